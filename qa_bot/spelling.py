"""Typos in a question read as the words meant (kiosk typing): an acronym or name of the
corpus ("AADMER" → ADDMER), an English word ("safty" → safety), a Thai word the corpus writes
("อัจริยะ" → อัจฉริยะ, "ชัยนาด" → ชัยนาท). `spelled` rewrites the question once; every step
reads the spelled question (question_words.py, the query vector in search.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from .config import DEFAULT, RetrievalConfig, ScopeConfig
from .english_names import thai_share
from .extract.quality import thai_words
from .kept_tables import handed
from .lexicon import dictionary_terms, nearest_lemmas, untranslated_word
from .run_together import MIN_RUN_LETTERS, split_run
from .sounds import (
    THAI_WORDS_BY_SOUND,
    english_sound,
    romanised_words,
    similarity,
    sounding_like,
    thai_sound,
)
from .store import Derived, Index
from .text import (
    ENGLISH_STOPWORDS,
    is_content_word,
    is_english_stop_word,
    is_thai,
    normalize,
    stem_latin,
    tokenize,
    tokenize_within,
)
from .vocabulary import LATIN_RUN, idf_table, initialisms, knows, rare_idf, writes

_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
# Shorter words are not read as typos: one edit from a four-letter word reaches too many others.
_TYPO_MIN_LETTERS = 5
# The corpus's own acronyms and names are few (a document's dozens, not a dictionary's 50 k),
# so a four-letter acronym's typo is read as one ("AMAC" → AMCA); three letters reach too many.
_NAME_TYPO_MIN_LETTERS = 4
# A Thai word is read as a typo of a corpus word only from five characters (letters and marks
# counted alike): one edit from a shorter one reaches too many words.
_THAI_TYPO_MIN_CHARS = 5
# The Thai tone marks (mai ek, mai tho, mai tri, mai chattawa), typed with Shift on the Thai
# Kedmanee keyboard and the marks kiosk typing drops or swaps most.
_NO_TONE_MARKS = dict.fromkeys(map(ord, "\u0e48\u0e49\u0e4a\u0e4b"), None)


def _misspelt(index: Index, written: str, config: RetrievalConfig) -> bool:
    """Whether a Latin word of the question may be a typo: written in lower case (a capital
    is a name's or a sentence's first word), of _TYPO_MIN_LETTERS letters or more, no word of
    the corpus, the dictionary or English, no name the corpus writes in Thai letters (it
    sounds like none: "kaldi" ~ คาลดี), and no Thai word of the corpus romanised ("khong" is
    ของ, not a typo of "thong"; `_romanised`)."""
    word = written.lower()
    return (
        written[:1].islower()
        and len(word) >= _TYPO_MIN_LETTERS
        and _foreign(index, word, config)
        and not (config.transliterate and _romanised_words(index, word))
    )


def _foreign(index: Index, word: str, config: RetrievalConfig) -> bool:
    """Whether a lower-case Latin word is none of the corpus's words, no English word (the
    dictionary's or a stop word) and no name the corpus writes in Thai letters by its sound."""
    return (
        word not in ENGLISH_STOPWORDS
        and stem_latin(word) not in idf_table(index)[0]
        and not dictionary_terms(word)
        and not untranslated_word(word)
        and not (config.transliterate and sounding_like(index, word, config.sound_similarity))
    )


# The judge's reading of romanised Thai (config.ScopeConfig: known_words.romanised_thai): the
# question is read with the same words the judge counts as known.
_ROMANISED = ScopeConfig()


def romanised_corpus_words(index: Index, word: str) -> tuple[str, ...]:
    """The corpus's Thai words a lower-case Latin word spells by sound as the Royal Thai General
    System romanises Thai (sounds.romanised_words at the judge's thresholds,
    config.ScopeConfig.romanised_similarity and romanised_min_letters): "kansuksa" →
    ("การศึกษา",); () for none."""
    return romanised_words(
        index, word, _ROMANISED.romanised_similarity, _ROMANISED.romanised_min_letters
    )


_romanised_words = romanised_corpus_words


def _english(word: str) -> bool:
    """Whether a lower-case Latin word is an English word: the dictionary has it (with Thai
    terms, or as one WordNet writes in lower case)."""
    return bool(dictionary_terms(word)) or untranslated_word(word)


# Stop words of up to this many characters are one syllable or two (อยู่, ที่, ไหน, อะไร): a
# romanised question is typed a syllable a word, and romanising all 1,030 took ~0.8 s.
_SYLLABLE_STOP_CHARS = 4


@lru_cache(maxsize=1)
def romanised_stop_words() -> frozenset[str]:
    """PyThaiNLP's short Thai stop words romanised by the Royal Thai General System (its
    `royin` engine): "yu", "thi", "nai" (อยู่ ที่ ไหน), "khue", "arai" (คือ อะไร). ~30 ms once
    (`spelling_tables`); from warm_tables' cache when it was read."""
    kept = handed("romanised_stop_words")
    if kept is not None:
        return kept  # type: ignore[return-value]
    from pythainlp.corpus import thai_stopwords
    from pythainlp.transliterate import romanize

    short = (w for w in thai_stopwords() if len(w) <= _SYLLABLE_STOP_CHARS)
    return frozenset(romanize(w, engine="royin") for w in short) - {""}


def _may_join(question: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two Latin words may be two syllables of one romanised Thai word: one space
    apart, neither capitalised past the question's first word (a name written as one, "Chai
    Nat", "Krung Thep": names by sound are question_words' to read), and not both romanised
    Thai stop words ("yu thi nai" is อยู่ที่ไหน, no ยึด)."""
    a, b = first.group(), second.group()
    stop = romanised_stop_words()
    # A capital past the question's first word starts a name ("wai Krungthep").
    named = (a[:1].isupper() and question[: first.start()].strip()) or b[:1].isupper()
    return (
        question[first.end() : second.start()] == " "
        and not named
        and not (a.lower() in stop and b.lower() in stop)
    )


# Romanised Thai is typed a syllable a word: a word of up to this many syllables is tried whole
# ("phra aphai mani" พระอภัยมณี, "sathara nasuk" สาธารณสุข), the longest run first.
_RUN_WORDS = 3


def _name_run(question: str, group: list[re.Match[str]]) -> bool:
    """Whether Latin words one space apart are written as a name of several words, each with
    a capital ("Bang Fai Saen", "Phra Aphai Mani"): a Thai name romanised a syllable or a word
    apart (RTGS), read together, never word by word ("Aphai" alone is no ไผ่)."""
    return all(m.group()[:1].isupper() and not m.group().isupper() for m in group) and all(
        question[a.end() : b.start()] == " " for a, b in pairwise(group)
    )


def _romanised(
    index: Index,
    question: str,
    config: RetrievalConfig,
    *,
    alone: bool = True,
    names: set[str] | None = None,
) -> str:
    """The question with its romanised Thai written in Thai letters, where it spells exactly one
    Thai word of the corpus by sound (sounds.romanised_words: "raeng ngan tang dao" →
    "แรงงาน ต่างด้าว"): the embedding and BM25 then read the words the text writes, not Latin
    letters that mean nothing to either (FRESH17a §3.1, NOTE17 Left 6). Thai is romanised a
    syllable at a time, so up to _RUN_WORDS neighbouring words are first tried as one, the
    longest run first (`_may_join`): one of them may be a syllable that happens to be an English
    word ("tang" of ต่างด้าว), but not two, nor one the corpus uses in Thai (`_uses`). A word
    alone is read so only when it is no English word (with alone; without it, runs only). An
    acronym in capitals, a stop word, a word of the corpus and a word that sounds like a name
    the corpus writes in Thai letters (sounds.sounding_like: "chai nat", "phuket"; the names
    bonus is question_words') keep their own reading; so does a word spelling no corpus word,
    or several. names, when given, collects the words (lower case) of runs that sound like a
    name, which no later step reads as a typo ("wiang chan": เวียงจันทน์, no "wing")."""
    vocab = idf_table(index)[0]
    runs = [
        m
        for m in LATIN_RUN.finditer(question)
        if not m.group().isupper()
        and not is_english_stop_word(m.group().lower())
        and stem_latin(m.group().lower()) not in vocab
    ]
    english = [_english(m.group().lower()) for m in runs]
    replaced: list[tuple[int, int, str]] = []
    i = 0
    while i < len(runs):
        first = runs[i]
        joined = _joined_run(index, question, runs, english, i, config)
        if joined is not None:
            n, thai = joined
            if thai is not None:
                replaced.append((first.start(), runs[i + n - 1].end(), thai))
            elif names is not None:
                names.update(m.group().lower() for m in runs[i : i + n])
            i += n
            continue
        word = first.group().lower()
        foreign = (
            alone
            and not english[i]
            and not (config.transliterate and sounding_like(index, word, config.sound_similarity))
        )
        spelt = _romanised_words(index, word) if foreign else ()
        if len(spelt) == 1:
            replaced.append((first.start(), first.end(), spelt[0]))
        i += 1
    for start, end, thai in reversed(replaced):
        question = question[:start] + thai + question[end:]
    return question


def _joined_run(
    index: Index,
    question: str,
    runs: list[re.Match[str]],
    english: list[bool],
    i: int,
    config: RetrievalConfig,
) -> tuple[int, str | None] | None:
    """(how many words, the corpus word) for the longest run of two to _RUN_WORDS words from
    runs[i] that spells exactly one Thai word of the corpus by sound; (how many words, None)
    for one that sounds like a name the corpus writes in Thai letters ("chai nat": ชัยนาท,
    "phra aphai mani": พระอภัยมณี), whose words question_words reads together, so none of them
    is read alone; None for neither. Two English words are no romanised run ("migrant
    workers"); one may be ("tang dao")."""
    for n in range(min(_RUN_WORDS, len(runs) - i), 1, -1):
        group = runs[i : i + n]
        if sum(english[i : i + n]) > 1 or not (
            all(_may_join(question, a, b) for a, b in pairwise(group)) or _name_run(question, group)
        ):
            continue
        word = "".join(m.group() for m in group).lower()
        if sounding_like(index, word, config.sound_similarity):
            return n, None
        joined = _romanised_words(index, word)
        # An English word the corpus uses in Thai is English.
        if len(joined) == 1 and not any(
            english[j] and _uses(index, runs[j].group().lower()) for j in range(i, i + n)
        ):
            return n, joined[0]
    return None


def _run_together(index: Index, written: str, config: RetrievalConfig) -> bool:
    """Whether a Latin word of the question may be words typed without a space
    (run_together.split_run): of run_together.MIN_RUN_LETTERS or more, in any case ("AHACentre"),
    no word of the corpus, the dictionary or English (`_foreign`) and no Thai word of the corpus
    romanised ("kansuksa" is การศึกษา, not "kans uksa")."""
    word = written.lower()
    return (
        len(word) >= MIN_RUN_LETTERS
        and _foreign(index, word, config)
        and not (config.transliterate and _romanised_words(index, word))
    )


def _uses(index: Index, lemma: str) -> bool:
    """Whether the corpus uses an English lemma: the word itself (its stem), or one of its
    Thai terms, every content word of it ("safety" ~ ความปลอดภัย)."""
    vocab, _ = idf_table(index)
    if stem_latin(lemma) in vocab:
        return True
    for term in dictionary_terms(lemma):
        content = [w for w in tokenize(term) if is_content_word(w)]
        if content and all(w in vocab for w in content):
            return True
    return False


def _corpus_names(index: Index) -> tuple[str, ...]:
    names = {
        word
        for passage in index.passages
        for word in LATIN_RUN.findall(passage.text.lower())
        if len(word) >= _NAME_TYPO_MIN_LETTERS and word not in ENGLISH_STOPWORDS
    }
    return tuple(sorted(w for w in names if not dictionary_terms(w) and not untranslated_word(w)))


CORPUS_NAMES: Derived[tuple[str, ...]] = Derived(
    "the corpus's Latin words that are no English words (acronyms, names)", _corpus_names
)


def corpus_names(index: Index) -> tuple[str, ...]:
    """The corpus's own Latin words (lower case, sorted) that no English dictionary has: its
    acronyms and names ("addmer", "amca", "yokyakarta"), of _NAME_TYPO_MIN_LETTERS letters or
    more. English words are left to the dictionary's lemmas (`spelled`)."""
    return CORPUS_NAMES.of(index)


def _meant_name(index: Index, written: str) -> str | None:
    """The corpus's acronym or name a Latin word of the question is a typo of ("AADMER" for the
    document's "ADDMER"), in the case the question wrote it: the only one of `corpus_names` one
    edit away (optimal string alignment: an insertion, deletion, substitution or swap of two
    letters, Damerau 1964; `lexicon.nearest_lemmas` says why one). Only a word the corpus does
    not use and no dictionary has, of _NAME_TYPO_MIN_LETTERS letters or more, in any case: an
    acronym is typed in capitals, and the name a reader types right may be the one the text
    misspells (the bundled document writes "ADDMER" for AADMER)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    word = written.lower()
    if (
        len(word) < _NAME_TYPO_MIN_LETTERS
        or word in ENGLISH_STOPWORDS
        or stem_latin(word) in idf_table(index)[0]
        or dictionary_terms(word)
        or untranslated_word(word)
        or word in initialisms(index)
    ):
        return None
    found = process.extract(
        word, corpus_names(index), scorer=OSA.distance, score_cutoff=1, limit=None
    )
    near = [name for name, edits, _ in found if edits == 1]
    if len(near) != 1:
        return None
    return near[0].upper() if written.isupper() else near[0]


def _expanded(index: Index, written: str) -> str | None:
    """The English name of the corpus whose initials an acronym of the question is, when the
    corpus never writes the acronym and only that name has those initials (vocabulary.initialisms:
    "ASCC" → "ASEAN Socio-Cultural Community"; a plural's s aside, "SDGs" → "Sustainable
    Development Goals"). Acronyms are written in capitals, of three letters or more (two-letter
    initials are many names')."""
    letters = written[:-1] if written.endswith("s") else written
    if len(letters) < 3 or not letters.isupper() or not letters.isalpha():
        return None
    if stem_latin(written.lower()) in idf_table(index)[0]:
        return None
    return initialisms(index).get(letters.lower()) or None


def _thai_vocabulary(index: Index) -> tuple[str, ...]:
    vocab, _ = idf_table(index)
    return tuple(sorted(w for w in vocab if is_thai(w) and len(w) >= _THAI_TYPO_MIN_CHARS))


THAI_VOCABULARY: Derived[tuple[str, ...]] = Derived(
    "the corpus's Thai words long enough to be typed wrong", _thai_vocabulary
)

# The words compared with a span, found by their ends: a single edit (optimal string alignment)
# changes a word's length by at most one and, in a word of three letters or more, leaves its
# first or its last letter as it is (a substitution or a swap of two neighbours touches one end
# at most; an insertion or a deletion at one end keeps the other). Comparing the span with
# those few words only, not the whole vocabulary, found the same words: ~0.1 ms a question on
# the bundled document (bench/latency.py), more on a larger one.
_FIRST, _LAST = 0, 1


def _by_ends(index: Index) -> dict[tuple[int, int, str], tuple[str, ...]]:
    table: dict[tuple[int, int, str], list[str]] = {}
    for word in THAI_VOCABULARY.of(index):
        table.setdefault((len(word), _FIRST, word[0]), []).append(word)
        table.setdefault((len(word), _LAST, word[-1]), []).append(word)
    return {key: tuple(words) for key, words in table.items()}


THAI_VOCABULARY_ENDS: Derived[dict[tuple[int, int, str], tuple[str, ...]]] = Derived(
    "the corpus's Thai words long enough to be typed wrong, by length and first or last letter",
    _by_ends,
)


def _one_edit_candidates(index: Index, span: str) -> list[str]:
    """The words of THAI_VOCABULARY that may be one edit from span (three letters or more):
    those of its length or one more or less, starting or ending with its letter there."""
    table = THAI_VOCABULARY_ENDS.of(index)
    keys = [
        (length, end, letter)
        for length in (len(span) - 1, len(span), len(span) + 1)
        for end, letter in ((_FIRST, span[0]), (_LAST, span[-1]))
    ]
    return list(dict.fromkeys(word for key in keys for word in table.get(key, ())))


def _toneless(word: str) -> str:
    return word.translate(_NO_TONE_MARKS)


THAI_VOCABULARY_TONELESS: Derived[dict[str, tuple[str, ...]]] = Derived(
    "the corpus's Thai words long enough to be typed wrong, by their letters without tone marks",
    lambda index: _grouped(THAI_VOCABULARY.of(index), _toneless),
)


def _grouped(words: tuple[str, ...], key: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in words:
        table.setdefault(key(word), []).append(word)
    return {k: tuple(v) for k, v in table.items()}


def _thai_respelled(index: Index, run: str, whole: str = "") -> str:
    """A run of Thai letters (no space) with a word the corpus does not know, and the words
    beside it, replaced by the corpus word one edit away (optimal string alignment, Damerau
    1964): newmm cuts a misspelt word into pieces ("เมืองอัจริยะ" → เมือง|อัจ|ริ|ยะ), so the
    pieces around the unknown one are tried together, the longest span that is one edit from
    exactly one corpus word of _THAI_TYPO_MIN_CHARS characters or more (อัจริยะ → อัจฉริยะ).
    A missing or wrong tone mark is one edit too (ชัยนาด → ชัยนาท, ดือยา → ดื้อยา). A span the
    dictionary has is a word, not a typo (หน่อย is no หน่วย, จับมือ no รับมือ), unless a tone
    mark is all it lacks or has wrong (ต่างดาว "alien" → ต่างด้าว "foreign", where the corpus
    writes ต่างด้าว). Returns the run as it was when nothing is that near. whole: the
    normalised question the run is of, whose words are the run's (`text.tokenize_within`:
    segmenting each run again was ~3 % of the pipeline's own time); "": segment the run."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    known = knows(index)
    written, run = run, normalize(run)
    if len(run) < _THAI_TYPO_MIN_CHARS:
        return written  # no span of it is long enough to be read as a typo
    words = tokenize_within(whole, run) if whole else None
    if words is None:
        words = tokenize(run)
    if "".join(words) != run or all(known(w) for w in words):
        return written
    dictionary = thai_words()
    out: list[str] = []
    fixed = 0  # words before this one are already a replacement's
    i = 0
    while i < len(words):
        best: tuple[int, int, str] | None = None  # (start, end, the corpus word)
        if not known(words[i]):
            for start in range(max(fixed, i - 2), i + 1):
                for end in range(i + 1, min(len(words), i + 3) + 1):
                    span = "".join(words[start:end])
                    longer = best is None or end - start > best[1] - best[0]
                    if len(span) < _THAI_TYPO_MIN_CHARS or not longer:
                        continue
                    candidates = _one_edit_candidates(index, span)
                    found = process.extract(
                        span, candidates, scorer=OSA.distance, score_cutoff=1, limit=None
                    )
                    # Not a word of the span itself: "คอ|ล|เรื่อง" is no typo of เรื่อง
                    # with ล dropped.
                    near = [w for w, edits, _ in found if edits == 1 and w not in words[start:end]]
                    if span in dictionary:
                        near = [w for w in near if _toneless(w) == _toneless(span)]
                    if not near:
                        # Kiosk typing drops every tone mark, not one ("ตางดาว" for ต่างด้าว).
                        near = [
                            w
                            for w in THAI_VOCABULARY_TONELESS.of(index).get(_toneless(span), ())
                            if w != span
                        ]
                    if len(near) == 1:
                        best = (start, end, near[0])
        if best is None:
            out.append(words[i])
            i += 1
            continue
        start, end, word = best
        del out[len(out) - (i - start) :]
        out.append(word)
        i = fixed = end
    return "".join(out) if fixed else written


def _in_thai_letters(index: Index, written: str, config: RetrievalConfig) -> str | None:
    """The Thai spelling the corpus writes for a Latin word of a Thai question ("ASEAN" →
    อาเซียน): a term the dictionary gives for the word that sounds like it (sounds.similarity
    at least config.sound_similarity: a transliteration, not a description such as
    กลุ่มประเทศเอเชียตะวันออกเฉียงใต้) and that is a word of the corpus. None for a name of the
    corpus (a Latin word fewer than config.rare_name_share of the passages write: where it is
    written in Latin letters is what the question points at) and for a word without such a term.
    """
    word = written.lower()
    if len(word) < config.sound_min_letters or word in ENGLISH_STOPWORDS:
        return None
    vocab, idf = idf_table(index)
    latin = vocab.get(stem_latin(word))
    if latin is not None and idf[latin] >= rare_idf(index, config.rare_name_share):
        return None
    sound = english_sound(word)
    for term in dictionary_terms(word):
        thai = normalize(term)
        if thai in vocab and similarity(sound, thai_sound(thai)) >= config.sound_similarity:
            return term
    return None


# The English letters' names in Thai script, as the Royal Institute writes them (หลักเกณฑ์การ
# ทับศัพท์ภาษาอังกฤษ, ราชบัณฑิตยสถาน: the alphabet's names), with the spellings in common use
# beside them (ดับเบิ้ลยู, เอกซ์, เซด): a kiosk visitor types an acronym by its letters' names
# ("เอยูเอ็น" for AUN). ซี is C, and Z as some say it.
_LETTER_NAMES: dict[str, tuple[str, ...]] = {
    "เอ": ("a",),
    "บี": ("b",),
    "ซี": ("c", "z"),
    "ดี": ("d",),
    "อี": ("e",),
    "เอฟ": ("f",),
    "จี": ("g",),
    "เอช": ("h",),
    "ไอ": ("i",),
    "เจ": ("j",),
    "เค": ("k",),
    "แอล": ("l",),
    "เอ็ม": ("m",),
    "เอ็น": ("n",),
    "โอ": ("o",),
    "พี": ("p",),
    "คิว": ("q",),
    "อาร์": ("r",),
    "เอส": ("s",),
    "ที": ("t",),
    "ยู": ("u",),
    "วี": ("v",),
    "ดับเบิลยู": ("w",),
    "ดับเบิ้ลยู": ("w",),
    "ดับบลิว": ("w",),
    "เอ็กซ์": ("x",),
    "เอกซ์": ("x",),
    "วาย": ("y",),
    "แซด": ("z",),
    "เซด": ("z",),
}
_LONGEST_LETTER_NAME = max(map(len, _LETTER_NAMES))
_LETTER_NAME_STARTS = frozenset(name[:2] for name in _LETTER_NAMES)  # each is two letters or more
# An acronym's letters, at most: a span read letter by letter is no longer than this.
_ACRONYM_LETTERS = 10


@lru_cache(maxsize=1 << 12)
def _spelt_letters(text: str) -> frozenset[str]:
    """Every reading of a Thai text as the names of English letters, one after another
    (_LETTER_NAMES; "เอยูเอ็น" → {"aun"}); empty when it is not only letters' names."""
    if not text:
        return frozenset({""})
    found: set[str] = set()
    for size in range(1, min(_LONGEST_LETTER_NAME, len(text)) + 1):
        letters = _LETTER_NAMES.get(text[:size])
        if letters:
            rest = _spelt_letters(text[size:])
            found |= {a + b for a in letters for b in rest if len(b) < _ACRONYM_LETTERS}
    return frozenset(found)


def _corpus_acronyms(index: Index) -> frozenset[str]:
    return frozenset(
        word.lower()
        for passage in index.passages
        for word in LATIN_RUN.findall(passage.text)
        if len(word) >= 2 and word.isupper() and word.isalpha()
    )


CORPUS_ACRONYMS: Derived[frozenset[str]] = Derived(
    "the corpus's words written in capitals (acronyms), in lower case", _corpus_acronyms
)


def _acronyms_in_thai_letters(index: Index, run: str, whole: str = "") -> str:
    """A run of Thai letters with each span of its words that names English letters, one after
    another, spelling one acronym the corpus writes, replaced by that acronym in capitals, set
    apart by spaces: "เอยูเอ็นคืออะไร" → "AUN คืออะไร", "ศูนย์เอเอชเออยู่ที่ไหน" → "ศูนย์ AHA
    อยู่ที่ไหน" (at least two letters; the longest such span first), unless the text writes
    the span itself (เอชไอวี). whole: as for `_thai_respelled`."""
    words = tokenize_within(whole, run) if whole else None
    if words is None or "".join(words) != run:
        words = tokenize(run)
    if "".join(words) != run:
        return run
    acronyms = CORPUS_ACRONYMS.of(index)
    if not acronyms:
        return run
    out: list[str] = []
    replaced = False
    i = 0
    while i < len(words):
        # Most words start with no letter's name: spans from them are not tried.
        starts = words[i][:2] in _LETTER_NAME_STARTS
        for end in range(len(words), i, -1) if starts else ():
            span = "".join(words[i:end])
            meant = [w for w in _spelt_letters(span) if len(w) >= 2 and w in acronyms]
            # A span the text writes so itself (เอชไอวี beside HIV) is the text's word.
            if len(meant) == 1 and not writes(index, span):
                out.append(f" {meant[0].upper()} ")
                i, replaced = end, True
                break
        else:
            out.append(words[i])
            i += 1
    return "".join(out).strip() if replaced else run


def spelling_tables(index: Index) -> None:
    """Build what `spelled` reads once per corpus (its names, its Thai words, the words it
    knows, PyThaiNLP's dictionary), so that the first misspelt question does not wait."""
    corpus_names(index)
    CORPUS_ACRONYMS.of(index)
    THAI_VOCABULARY_ENDS.of(index)
    THAI_VOCABULARY_TONELESS.of(index)
    THAI_WORDS_BY_SOUND.of(index)  # romanised Thai (`_romanised`): ~16 ms on the bundled index
    romanised_stop_words()
    knows(index)
    thai_words()


def spelled(index: Index, question: str, config: RetrievalConfig = DEFAULT.retrieval) -> str:
    """The question with each typo of a Latin word replaced by the word meant: an acronym or
    name of the corpus (`_meant_name`, config.corpus_spelling: "AADMER" → "ADDMER"), else an
    English word ("workplace safty" → "workplace safety", config.translate): the dictionary's
    lemma one edit away (`lexicon.nearest_lemmas` says why), when it is the only one that near,
    or the only one of those the corpus uses (`_uses`; "polution" is pollution or solution: the
    corpus decides, as it does between a word's senses). Any other word stays as written
    (`_misspelt`). English words typed without a space are read apart when every piece is a
    word (`run_together.split_run`, config.run_together: "zikavirus" → "zika virus",
    "AHACentre" → "AHA Centre"). In a question mostly in Thai, a Latin word the corpus
    writes in Thai letters is read so (`_in_thai_letters`, config.transliterate: "ASEAN มีกี่สาขา" →
    "อาเซียน มีกี่สาขา")."""

    kept: set[str] = set()  # the words of names by sound, read together (`_romanised`)

    def meant(match: re.Match[str]) -> str:
        written = match.group()
        if written.lower() in kept:
            return written
        expansion = _expanded(index, written) if config.acronym_names else None
        if expansion is not None:
            return expansion
        name = _meant_name(index, written) if config.corpus_spelling else None
        if name is not None:
            return name
        if config.translate and _misspelt(index, written, config):
            near = nearest_lemmas(written.lower())
            used = [lemma for lemma in near if _uses(index, lemma)] if len(near) > 1 else near
            if len(used) == 1:
                return used[0]
        if config.run_together and _run_together(index, written, config):
            # After the typos: a word one edit from the one meant is a typo, not two words.
            pieces = split_run(index, written)
            if pieces is not None:
                return " ".join(pieces)
        return written

    if config.transliterate:
        # Romanised syllables first: "sathara nasuk" is สาธารณสุข, not a typo of "sahara".
        question = _romanised(index, question, config, alone=False, names=kept)
    question = LATIN_RUN.sub(meant, question)
    if config.transliterate:
        # After the typos: the corpus's own acronyms and names one edit away come first ("amac"
        # is AMCA); romanised Thai is no English typo (`_misspelt`).
        question = _romanised(index, question, config)
    if config.transliterate and is_thai(question) and thai_share(tokenize(question)) >= 0.5:
        # A Thai question naming in Latin letters what the corpus writes in Thai letters is
        # asked as the corpus writes it (FRESH10 §2: "ASEAN มีกี่สาขา" was not_found,
        # "อาเซียนมีกี่สาขา" answered): the embedding and the words read one spelling.
        question = LATIN_RUN.sub(
            lambda match: _in_thai_letters(index, match.group(), config) or match.group(),
            question,
        )
    if config.corpus_spelling and is_thai(question):
        # An acronym typed by its letters' names is the acronym ("เอยูเอ็น" → AUN).
        whole = normalize(question)
        question = _THAI_RUN.sub(
            lambda run: _acronyms_in_thai_letters(index, run.group(), whole), question
        )
    if config.thai_spelling:
        whole = normalize(question)
        question = _THAI_RUN.sub(lambda run: _thai_respelled(index, run.group(), whole), question)
    return question
