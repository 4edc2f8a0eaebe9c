"""Named things and numbers a question gives that the documents never write.

"ผู้นำอาเซียนพูดถึงโควิด-19 ว่าอย่างไร" over a text that never names COVID-19 is answered by its
frame alone ("ผู้นำอาเซียน … ว่าอย่างไร"); so is "AMCA ครั้งที่ 9 จัดที่ไหน" by the passage about
the 8th AMCA. A paraphrase also uses words the text does not (everyday words: "คนแก่" for
ผู้สูงอายุ), so a word the corpus lacks is no evidence by itself (issue #11). A *named thing* is:
a country (countries.py), a Latin name or acronym that no English dictionary has ("COVID",
"thaipdf"), a Thai word that neither the Royal Society's dictionary nor Thai text in general
uses (a transliterated name: โควิด, ไอโฟน), a sibling of a name the corpus writes
("ประชาคมเศรษฐกิจอาเซียน" beside ประชาคมสังคมและวัฒนธรรมอาเซียน), an ordinal with its classifier
("ครั้งที่ 9"), a count with its classifier ("๑๐ ประเทศ") and a year. Each is checked against
the corpus's running text in every spelling the corpus could use: the other era of a year, the
Thai terms the English–Thai dictionary gives a Latin word, its Thai spelling by sound, typos.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from .answer_types import ABSTRACT_CLASSIFIERS, MONTH_NAMES
from .config import DEFAULT
from .last_answer import LastAnswer
from .ordinals import unmentioned_ordinals
from .store import Derived, Index
from .text import (
    ENGLISH_STOPWORDS,
    YEAR_IN_TEXT,
    is_content_word,
    is_thai,
    normalize,
    thai_word_counts,
    tokenize,
    year_variants,
)
from .vocabulary import RUNNING_TEXT

# --- ordinals and counts -------------------------------------------------------------------
# (Ordinals: qa_bot/ordinals.py, which compares each with those the corpus gives its thing.)
_NUMBER = r"\d+"
# A count: a number then its classifier (a Thai word), not an ordinal's number ("ที่ 8") nor a
# name's ("โควิด-19").
_COUNT = re.compile(rf"(?<!ที่)(?<!ที่ )(?<![\d.,\-–])({_NUMBER})\s*([ก-๛]+)")


CORPUS_NUMBERS: Derived[frozenset[str]] = Derived(
    "the numbers the corpus writes (runs of digits)",
    lambda index: frozenset(re.findall(r"\d+", RUNNING_TEXT.of(index))),
)


def _unit(word: str) -> str:
    """The classifier a Thai count writes after its number: the first dictionary word of the
    run of Thai letters after it ("ประเทศใช่ไหม" → ประเทศ)."""
    words = tokenize(word)
    return words[0] if words else word


def unmentioned_numbers(index: Index, question: str) -> tuple[str, ...]:
    """The ordinals ("ครั้งที่ 9", "9th", "ครั้งแรก"), Thai counts ("10 ประเทศ") and years
    ("2565", "2022") the question gives that the corpus's running text never writes (a year in
    neither era, an ordinal the corpus never gives its thing: `ordinals.unmentioned_ordinals`,
    a count of that classifier never with that number), as the question writes them (after
    `text.normalize`, but an English ordinal); () when the corpus is too large for its running
    text to be kept."""
    running = RUNNING_TEXT.of(index)
    if not running:
        return ()
    text = normalize(question)
    missing = list(unmentioned_ordinals(index, question))
    numbers = CORPUS_NUMBERS.of(index)
    for m in YEAR_IN_TEXT.finditer(text):
        year = m.group()
        if not any(y in numbers for y in (year, *year_variants(year))):
            missing.append(year)
    for m in _COUNT.finditer(text):
        number, unit = m.group(1), _unit(m.group(2))
        if YEAR_IN_TEXT.fullmatch(number) or unit in MONTH_NAMES or not is_content_word(unit):
            continue  # a year, a day of a month, or no classifier ("19 ว่า…")
        alike = ABSTRACT_CLASSIFIERS if unit in ABSTRACT_CLASSIFIERS else {unit}
        units = "|".join(re.escape(u) for u in sorted(alike, key=len, reverse=True))
        if not re.search(rf"(?<![\d.,]){number}\s*(?:{units})", running):
            missing.append(f"{number} {unit}")
    return tuple(dict.fromkeys(missing))


# --- names ----------------------------------------------------------------------------------
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_MIN_LATIN = 3  # "UN", "EU": too short to tell a name from a chance match in the text
_MIN_THAI = 3  # characters: shorter pieces are newmm's fragments of a misspelt word
_THAI_VOWEL = re.compile("[\u0e30-\u0e39\u0e40-\u0e44\u0e47]")
# The prefixes that make a noun of a verb (การ) or of an adjective (ความ): Iwasaki &
# Ingkaphirom, *A Reference Grammar of Thai* (2005), on nominalisation.
_NOMINALISERS = ("การ", "ความ")


@lru_cache(maxsize=1)
def _royal_dictionary() -> frozenset[str]:
    """The headwords of the Royal Society of Thailand's dictionary (PyThaiNLP's bundled
    `orst_words_th.txt`): Thai's everyday and learned vocabulary, without names."""
    from pythainlp.corpus import thai_orst_words

    return frozenset(thai_orst_words())


def royal_dictionary_word(word: str) -> bool:
    """Whether a Thai word is a headword of the Royal Society's dictionary (no names)."""
    return word in _royal_dictionary()


# A Thai word used at least this often in the Thai National Corpus (33.5 million words) is
# everyday Thai, dictionary headword or not (วิดีโอ 497, ออนไลน์ 797); names and new terms are
# rarer (ซีเกมส์ 190, ติมอร์ 124, โควิด and สึนามิ never).
_EVERYDAY_COUNT = 300
# … and so is a word newmm keeps whole that is cut into common words, each used at least this
# often ("ออกมา", "คนแก่", "ภาษาอังกฤษ", "ขาดสารอาหาร"); a transliterated name is cut, if at all,
# into rare pieces (โควิด: โค | วิด).
_COMMON_PIECE_COUNT = 1000


@lru_cache(maxsize=1)
def _common_words() -> tuple[frozenset[str], object]:
    from pythainlp.util import Trie

    common = frozenset(w for w, n in thai_word_counts().items() if n >= _COMMON_PIECE_COUNT)
    return common, Trie(w for w in common if len(w) >= 2)


# A Thai spelling of an English word sounds like that word at least this much
# (config.RetrievalConfig.sound_similarity reads loanwords with the same bar).
_LOANWORD_SOUND = 0.75


def _english_loanword(word: str) -> bool:
    """Whether a Thai word is an English dictionary word written by its sound (เวิร์กช็อป,
    วิดีโอ): the English–Thai dictionary gives it an English word that sounds like it."""
    from .lexicon import translated_terms
    from .sounds import english_sound, similarity, thai_sound

    return any(
        similarity(english_sound(english), thai_sound(word)) >= _LOANWORD_SOUND
        for english in translated_terms().get(word, ())
    )


def is_everyday_thai(word: str) -> bool:
    """Whether a Thai word is everyday Thai: a headword of the Royal Society's dictionary, a word
    Thai text in general uses (_EVERYDAY_COUNT), a stop word, or a compound of common words
    (_COMMON_PIECE_COUNT). Not: a transliterated name or a new term ("โควิด", "สึนามิ")."""
    from pythainlp.corpus import thai_stopwords
    from pythainlp.tokenize import word_tokenize

    for prefix in _NOMINALISERS:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            word = word[len(prefix) :]  # ความสามัคคี: สามัคคี
            break
    if word in _royal_dictionary() or word in thai_stopwords():
        return True
    if thai_word_counts().get(word, 0) >= _EVERYDAY_COUNT:
        return True
    if _english_loanword(word):  # after the count: its sounds cost more than a look-up
        return True
    common, trie = _common_words()
    pieces = word_tokenize(word, custom_dict=trie, engine="newmm")
    return len(pieces) > 1 and all(p in common for p in pieces)


def is_everyday_english(word: str) -> bool:
    """Whether a lower-case Latin word is English of the dictionary (WordNet, as the lexicon
    reads it), a stop word, or two dictionary words run together ("masterplan"): not a name."""
    from .lexicon import dictionary_terms, untranslated_word

    def in_dictionary(w: str) -> bool:
        return w in ENGLISH_STOPWORDS or bool(dictionary_terms(w)) or untranslated_word(w)

    if in_dictionary(word):
        return True
    return any(
        in_dictionary(word[:cut]) and in_dictionary(word[cut:]) for cut in range(3, len(word) - 2)
    )


def latin_names(question: str) -> tuple[str, ...]:
    """The Latin words a question writes as names, lower case, that no English dictionary has:
    in a Thai question any ("thaipdf", "covid"); in an English one those written in capitals or
    with a capital after the first word ("COVID", "NATO")."""
    thai = is_thai(question)
    words = list(_LATIN_WORD.finditer(question))
    names = []
    for at, m in enumerate(words):
        word = m.group()
        if len(word) < _MIN_LATIN or any(c.isdigit() for c in word):
            continue
        capitalised = word.isupper() or (word[0].isupper() and at > 0)
        if not thai and not capitalised:
            continue
        lower = word.lower()
        if word[:-1].isupper() and lower.endswith("s") and len(lower) > _MIN_LATIN:
            lower = lower[:-1]  # SDGs: the acronym SDG, many of it
        if not is_everyday_english(lower):
            names.append(lower)
    return tuple(dict.fromkeys(names))


def thai_names(question: str, tokens: Iterable[str] | None = None) -> tuple[str, ...]:
    """The question's Thai words (`text.tokenize`) that are no everyday Thai
    (`is_everyday_thai`) nor a country's name: transliterated names and new terms ("โควิด",
    "สึนามิ", "ไอโฟน")."""
    from .countries import country_names

    countries = country_names()
    return tuple(
        dict.fromkeys(
            word
            for word in (tokenize(normalize(question)) if tokens is None else tokens)
            if is_thai(word)
            and _THAI_VOWEL.search(word)  # an abbreviation (กทม, ก.พ.) writes no vowel
            and len(word) >= _MIN_THAI
            and not is_everyday_thai(word)
            and normalize(word) not in countries  # countries.py reads them with their spellings
        )
    )


# --- a sibling's name ----------------------------------------------------------------------
# A name of a family the corpus names, with a member it never names: "ประชาคมเศรษฐกิจอาเซียน" /
# "ASEAN Economic Community" over a text about ประชาคมสังคมและวัฒนธรรมอาเซียน / the ASEAN
# Socio-Cultural Community. The name starts and ends as one the corpus writes (ประชาคม …
# อาเซียน; ASEAN … Community), and the words between are none the corpus writes there. A Thai
# name is a title of the Thai Wikipedia (PyThaiNLP's bundled list of its 290 k titles) of three
# words or more; an English one, a run of capitalised words.
_MAX_MIDDLE_CHARS = 30  # between a Thai name's first and last word, as the corpus writes it
_MAX_MIDDLE_WORDS = 4  # … an English name's
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s+){2,}[A-Z][\w'’-]*")


# PyThaiNLP's thai_wikipedia_titles() keeps its frozenset of the 290 k titles for the process:
# ~36 MiB of resident memory at a kiosk (bench/cold_start.py measured RSS 446 → 543 MiB over the
# twelfth session, this list the largest part). The titles' hashes, sorted, take 2.3 MiB and
# answer membership by binary search; str hashes are fixed within a process, which is all a
# lookup needs (a false match needs a 64-bit collision among 290 k titles).
_WIKIPEDIA_TITLES_FILE = "wikipedia_titles_th.txt"  # pythainlp/corpus: thai_wikipedia_titles' file


@lru_cache(maxsize=1)
def _wikipedia_title_hashes() -> np.ndarray:
    from importlib.resources import files

    # Read as pythainlp.corpus.get_corpus(comments=False) reads it, which would keep the set.
    text = files("pythainlp.corpus").joinpath(_WIKIPEDIA_TITLES_FILE).read_text("utf-8-sig")
    titles = {line.split("#", 1)[0].strip() for line in text.splitlines()} - {""}
    return np.sort(np.fromiter(map(hash, titles), dtype=np.int64, count=len(titles)))


def is_wikipedia_title(name: str) -> bool:
    """Whether name is, as written, a title of the Thai Wikipedia (PyThaiNLP's bundled list)."""
    hashes, key = _wikipedia_title_hashes(), hash(name)
    at = int(hashes.searchsorted(key))  # the method: np.searchsorted's wrapper costs ~1 µs more
    return at < len(hashes) and int(hashes[at]) == key


def wikipedia_titles(names: Sequence[str]) -> list[bool]:
    """Whether each name is, as written, a title of the Thai Wikipedia (`is_wikipedia_title`),
    in one binary search over them all: a question's spans are looked up together (~1 µs each
    one by one, mostly numpy's call)."""
    if not names:
        return []
    hashes = _wikipedia_title_hashes()
    keys = np.fromiter(map(hash, names), dtype=np.int64, count=len(names))
    at = np.minimum(hashes.searchsorted(keys), len(hashes) - 1)
    return (hashes[at] == keys).tolist()


def _thai_siblings(running: str, question: str) -> list[str]:
    from .text import segmented

    words = segmented(normalize(question))
    # A name spans no blank word: each span from `start` ends before the first one after it.
    blank_from = [len(words)] * (len(words) + 1)
    for at in range(len(words) - 1, -1, -1):
        blank_from[at] = at if not words[at].strip() else blank_from[at + 1]
    spans: list[tuple[int, int, str]] = []
    for start in range(len(words)):
        if len(words[start]) < 2:
            continue  # a one-letter first word starts no name
        for end in range(start + 2, min(start + 7, len(words), blank_from[start])):
            if len(words[end]) >= 2:
                spans.append((start, end, "".join(words[start : end + 1])))
    found: list[str] = []
    # Cheapest first: the title lookups all at once, a search of the running text ~10 µs.
    titled_spans = zip(spans, wikipedia_titles([name for *_, name in spans]), strict=True)
    for (start, end, name), titled in titled_spans:
        if not titled or name in running:
            continue
        if differs_between(words[start], list(words[start + 1 : end]), words[end], running):
            found.append(name)
    return found


def differs_between(first: str, middle: list[str], last: str, running: str) -> bool:
    """Whether a Thai name (its first word, middle words, last word) is a sibling of one the
    running text writes: the text writes first … last within _MAX_MIDDLE_CHARS characters, and
    none of the name's middle content words between them ("ประชาคมเศรษฐกิจอาเซียน" beside
    "ประชาคมสังคมและวัฒนธรรมอาเซียน"). Shared by sibling_names and topic_words' listed names."""
    between = re.findall(
        rf"{re.escape(first)}(\S{{1,{_MAX_MIDDLE_CHARS}}}?){re.escape(last)}", running
    )
    content = [w for w in middle if is_content_word(w)]
    return bool(between and content) and not any(w in b for w in content for b in between)


def _english_key(text: str) -> str:
    """An English name as compared: stemmed words, "’s" and "'" dropped, lower case."""
    from .text import stem_latin

    words = text.replace("’", "'").lower().split()
    return " ".join(stem_latin(w.removesuffix("'s").rstrip("'")) for w in words)


def _corpus_names(index: Index) -> tuple[str, ...]:
    return tuple(
        sorted(
            {_english_key(run) for d in index.documents for run in _CAPITALISED_RUN.findall(d.text)}
        )
    )


CORPUS_NAMES: Derived[tuple[str, ...]] = Derived(
    "the corpus's English names (runs of capitalised words), as compared", _corpus_names
)


def _english_siblings(index: Index, question: str) -> list[str]:
    names, found = CORPUS_NAMES.of(index), []
    for run in _CAPITALISED_RUN.findall(question):
        words = _english_key(run).split()
        for start in range(len(words)):
            for end in range(start + 2, len(words)):
                name = " ".join(words[start : end + 1])
                if any(name in n for n in names):
                    continue
                first, middle, last = words[start], words[start + 1 : end], words[end]
                pattern = re.compile(
                    rf"\b{re.escape(first)} ((?:\S+ ){{1,{_MAX_MIDDLE_WORDS}}}?){re.escape(last)}\b"
                )
                between = [m for n in names for m in pattern.findall(n)]
                if between and not any(w in b.split() for w in middle for b in between):
                    found.append(name)
    return found


def sibling_names(index: Index, question: str) -> tuple[str, ...]:
    """The names of the question that are a sibling of a name the corpus writes (same first and
    last word, other words between: "ประชาคมเศรษฐกิจอาเซียน" beside ประชาคมสังคมและวัฒนธรรม
    อาเซียน), as written normalised or compared (`_english_key`); () when the corpus is too
    large for its running text to be kept."""
    running = RUNNING_TEXT.of(index)
    if not running:
        return ()
    kept = _LAST_SIBLINGS.get(running, question)
    if kept is not None:
        return kept
    found = tuple(
        dict.fromkeys(_thai_siblings(running, question) + _english_siblings(index, question))
    )
    return _LAST_SIBLINGS.put(running, question, found)


# The last question's sibling names: the scope judge asks for them twice a question (its names,
# entities.unmentioned_names, and its topics, topic_words.absent_topics).
_LAST_SIBLINGS: LastAnswer[tuple[str, ...]] = LastAnswer()


def _written(index: Index, word: str, also: Iterable[str] = ()) -> bool:
    """Whether the corpus writes the (normalised) word, or one of its other spellings."""
    from .known_words import is_known_word

    running = RUNNING_TEXT.of(index)
    return word in running or is_known_word(index, word) or any(s in running for s in also)


# A Latin name is taken as written when a Thai span of the corpus sounds like it this much: below
# the loanword bar (_LOANWORD_SOUND), as a translation transliterates a foreign name its own way
# ("Verrocchio", "Tokugawa") and a name wrongly taken for unwritten costs an answer.
MENTION_SOUND = 0.6


def _latin_written(index: Index, word: str, sounded: frozenset[str]) -> bool:
    """Whether the corpus writes a lower-case Latin word in some spelling: as written (typos
    and word endings forgiven, known_words.is_known_word), one of the Thai terms the dictionary
    gives it, or a Thai span that sounds like it (sounded: the question's words, stemmed, that
    question_words found so; else `sounds.sounding_like`: "Yogyakarta" ↔ ยอกยาการ์ตา)."""
    from .lexicon import thai_words
    from .sounds import sounding_like
    from .text import stem_latin

    if word in sounded or stem_latin(word) in sounded:
        return True
    return _written(index, word, thai_words(word)) or bool(
        sounding_like(index, word, MENTION_SOUND)
    )


def unmentioned_names(
    index: Index,
    question: str,
    sounds: Iterable[str] = (),
    tokens: Iterable[str] | None = None,
    acronym_corpus_min: int = DEFAULT.scope.acronym_corpus_min,
) -> tuple[str, ...]:
    """The names the question gives (`latin_names`, `thai_names`, countries, `sibling_names`)
    that the corpus never writes in any spelling (`_latin_written`; a Thai name as written,
    typos forgiven). A name of several capitalised words ("Tokugawa Yoshinobu", "Hagia Sophia")
    is written when any of its words is: a translation transliterates each word its own way,
    and the sound of one may be missed. sounds: the question's Latin words a Thai span of the
    corpus sounds like (question_words.QuestionWords.sounds). () when the corpus is too large
    for its running text to be kept. acronym_corpus_min: the scope config's (ScopeConfig): an
    acronym is evidence only over a corpus writing at least this many."""
    from .countries import unmentioned_countries

    if not RUNNING_TEXT.of(index):
        return ()
    sounded = frozenset(sounds)
    missing = []
    from .known_words import corpus_acronyms

    # An acronym is evidence only over a text that writes acronyms itself (as the scope judge
    # compares them: known_words.is_comparable); a translated article spells "IOC" out in Thai.
    writes_acronyms = len(corpus_acronyms(index)) >= acronym_corpus_min
    acronyms = {w.lower() for w in _LATIN_WORD.findall(question) if w.isupper()}
    for name in latin_names(question):
        if name in acronyms and not writes_acronyms:
            continue
        if _latin_written(index, name, sounded):
            continue
        partners = _name_partners(question, name)
        if any(_latin_written(index, other, sounded) for other in partners):
            continue
        missing.append(name)
    missing += [name for name in thai_names(question, tokens) if not _written(index, name)]
    missing += list(unmentioned_countries(index, question))
    missing += list(sibling_names(index, question))
    return tuple(dict.fromkeys(missing))


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def _name_partners(question: str, name: str) -> list[str]:
    """The other words, lower case, of the runs of capitalised words the name is in ("Tokugawa
    Yoshinobu" → yoshinobu for tokugawa); the first word of the question is no name's."""
    partners = []
    for run in _NAME_RUN.finditer(question):
        words = [w.lower() for w in _LATIN_WORD.findall(run.group())]
        if name in words:
            partners += [w for w in words if w != name and len(w) >= _MIN_LATIN]
    return partners
