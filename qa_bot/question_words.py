"""A question's words as the lexical steps match them, worked out once per question.

BM25 (search.fair_bm25), the share of the question a Thai text can match (language_match), the
names bonus (search.name_share) and the answer sentence all read the same tokens, names, numbers,
dictionary translations and transliterated names (`QuestionWords`, carried on
`search.Retrieval.words`): before, the names were worked out four times a question.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .config import DEFAULT, RetrievalConfig
from .english_names import thai_share, uses_capitals, written_as_names
from .lexicon import (
    dictionary_terms,
    nearest_lemmas,
    thai_synonyms,
    thai_words,
    translated_terms,
    untranslated_word,
)
from .sounds import english_sound, similarity, sounding_like, thai_sound
from .store import Derived, Index, lexical
from .text import (
    ENGLISH_STOPWORDS,
    is_content_word,
    is_thai,
    normalize,
    stem_latin,
    tokenize,
    year_variants,
)

_LATIN_WORD = re.compile(r"^[a-z][a-z0-9]+$")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][A-Za-z]*[\s\-–]+)+[A-Z][A-Za-z]*")
_WORD_INITIAL = re.compile(r"[A-Za-z]+")
# English ordinal suffixes: `tokenize` cuts "28th" into 28 and "th"; a Thai text writes the
# number alone ("ครั้งที่ 28"), and the dictionary read "th" as thorium (WordNet's "Th").
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
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


@dataclass(frozen=True)
class QuestionWords:
    """A question's words as the lexical steps match them, worked out once per question
    (`question_words`): BM25, the language share, the names bonus and the answer sentence all
    read the same names and translations."""

    tokens: list[str]  # the question's words (years only as written; "28th" is 28)
    # Its Latin words that few passages use (acronyms, English names), with their IDF (`_names`).
    names: dict[str, float]
    # Its numbers that few passages hold, with their IDF (`_numbers`; {} with
    # config.number_names off): as language-neutral as names.
    numbers: dict[str, float]
    # Its English content words that are no name and that the dictionary has: token → the word
    # as written, lower case ({} with config.translate off).
    translations: dict[str, str]
    # The corpus words (sorted) among the Thai terms the dictionary gives for them, the Thai
    # spellings of its transliterated names and the Thai WordNet synonyms of its Thai words
    # (config.thai_synonyms): BM25 searches them, the answer sentence counts them.
    translated: tuple[str, ...]
    # Its Latin words that no passage and no dictionary has but that a Thai span of the corpus
    # sounds like (qa_bot/sounds.py: "kaldi" → {"คาลดี": its IDF}); {} with config.transliterate
    # off. They count as names do.
    sounds: dict[str, dict[str, float]] = field(default_factory=dict)
    # The question as its words were read: typos of English words replaced by the words meant
    # (`spelled`; "" when the caller gave the tokens). The embedding reads it too.
    spelled: str = ""


def neutral(token: str, names: dict[str, float]) -> bool:
    """A word whose match means the same in any language: Thai, a number, a name."""
    return is_thai(token) or not _LATIN_WORD.match(token) or token in names


def question_words(
    index: Index,
    question: str,
    tokens: list[str] | None = None,
    config: RetrievalConfig = DEFAULT.retrieval,
    near: Sequence[int] = (),
    read: str | None = None,
) -> QuestionWords:
    """The question's tokens (`text.tokenize` when None; an English ordinal's suffix dropped),
    names, rare numbers, dictionary translations, transliterated names and the Thai corpus words
    for them, once for all the steps that match words. near: the passages (ids) the embedding
    found nearest, where names are looked for by sound on a corpus too large for its table
    (`sounds.sounding_like`); read: `spelled(index, question, config)` when the caller has it
    (it scans the corpus's vocabulary: ~2 ms a question on the bundled document)."""
    given = tokens
    if tokens is None:
        # Typos of the corpus's names and of English words are read as the words meant (kiosk
        # typing), for every step.
        question = read if read is not None else spelled(index, question, config)
        tokens = tokenize(question, knows(index) if config.cut_again else None)
    tokens = [
        t
        for i, t in enumerate(tokens)
        if not (t in _ORDINAL_SUFFIXES and i and tokens[i - 1].isdigit())
    ]
    if config.loanwords:
        tokens = [_as_written(index, t, config) for t in tokens]
    if config.number_words:
        tokens = _in_digits(index, tokens, question)
    names = _names(index, tokens, question, config)
    numbers = _numbers(index, tokens, config) if config.number_names else {}
    translations = _translations(question, tokens, names) if config.translate else {}
    sounds = _sounds(index, question, tokens, names, config, near) if config.transliterate else {}
    translated = _translated(index, translations, sounds)
    if config.thai_synonyms:
        translated = _with_synonyms(index, tokens, translated)
    read = question if given is None else ""
    return QuestionWords(tokens, names, numbers, translations, translated, sounds, read)


def language_match(words: QuestionWords) -> float:
    """The share of the question's content words that a Thai text can match as they are: Thai
    words, numbers and names (1.0 for a Thai question, low for an English one without names),
    and English words the dictionary translates.

    Lexical scores are scaled by it: BM25 divided by its best is 1.0 for the best passage however
    little of the question it matched, so one chance match in an English question counted as
    much as a Thai question's every word.
    """
    content = [t for t in words.tokens if is_content_word(t)]
    if not content:
        return 1.0
    names = words.names
    return sum(
        neutral(t, names) or t in words.translations or t in words.sounds for t in content
    ) / len(content)


# English ordinals as tokens (stem_latin) with their values: "the eighth meeting" is
# "ครั้งที่ 8" in a Thai text, which writes an ordinal in digits. Not cardinals: a text may
# count in words ("สองคน"; bench/data/reading English answer@1 lost a question with them), nor
# "first" ("the first index" is ฉบับแรก).
_ENGLISH_ORDINALS = {
    stem_latin(w): n
    for n, w in enumerate(
        (
            "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
        ).split(),
        2,
    )
}
_ENGLISH_ORDINALS |= {
    stem_latin(w): n * 10
    for n, w in enumerate(
        "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(), 2
    )
}
# A ten before an ordinal: "thirty-third" (tokens thirti, third).
_ENGLISH_TENS = {
    stem_latin(w): n * 10
    for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_ENGLISH_FIRST = stem_latin("first")  # only after a ten: "twenty-first"
_ORDINAL_ADJECTIVE = re.compile(r"\b([A-Za-z]+)-[A-Za-z]")
# Thai numerals (หนึ่ง … เก้า, สิบ, ยี่สิบ, เอ็ด, ร้อย, พัน: the reference grammar's cardinal
# numbers), alone or run together as newmm writes them ("สามสิบ", "สาม").
_THAI_NUMERAL = re.compile(r"^(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน)+$")


def _in_digits(index: Index, tokens: list[str], question: str = "") -> list[str]:
    """The question's numbers written in words as the digits documents write them: a run of
    Thai numeral words the corpus does not write so ("ครั้งที่แปด" → 8, "สามสิบ|สาม" → 33;
    PyThaiNLP's thaiword_to_num) and English ordinals ("eighth" → 8, "thirty-third" → 33).
    The digits count in BM25 and as the question's rare numbers (`_numbers`). An ordinal
    joined to the word after it by a hyphen makes an adjective ("the second-largest producer",
    "a third-party"): no number."""
    from pythainlp.util import thaiword_to_num

    vocab, _ = idf_table(index)
    joined = {stem_latin(w.lower()) for w in _ORDINAL_ADJECTIVE.findall(question)}
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        end = i
        while end < len(tokens) and _THAI_NUMERAL.match(tokens[end]):
            end += 1
        if end > i:
            written = "".join(tokens[i:end])
            try:
                value = None if written in vocab else thaiword_to_num(written)
            except ValueError:
                value = None
            out.extend([str(value)] if value is not None else tokens[i:end])
            i = end
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        unit = 1 if following == _ENGLISH_FIRST else _ENGLISH_ORDINALS.get(following, 10)
        if token in _ENGLISH_TENS and unit < 10:
            out.append(str(_ENGLISH_TENS[token] + unit))
            i += 2
            continue
        ordinal = token in _ENGLISH_ORDINALS and token not in joined
        out.append(str(_ENGLISH_ORDINALS[token]) if ordinal else token)
        i += 1
    return out


def _as_written(index: Index, token: str, config: RetrievalConfig) -> str:
    """A Thai word the corpus does not know that is an English word written in Thai letters
    (a loanword: วิดีโอ, เวิร์กช็อป), as the corpus writes it in Latin letters (its stem:
    "video"): the dictionary gives the English word for the Thai term, and the two sound alike
    (sounds.similarity at least config.sound_similarity; ถูกต้อง is "right" but no loanword).
    Any other token as it is."""
    if not is_thai(token) or knows(index)(token):
        return token
    vocab, _ = idf_table(index)
    for english in translated_terms().get(token, ()):
        stem = stem_latin(english)
        sound = similarity(english_sound(english), thai_sound(token))
        if stem in vocab and _LATIN_WORD.match(stem) and sound >= config.sound_similarity:
            return stem
    return token


def _translated(
    index: Index, translations: dict[str, str], sounds: dict[str, dict[str, float]]
) -> tuple[str, ...]:
    """The corpus words (sorted) among the Thai terms the dictionary gives for the translated
    English words (qa_bot/lexicon.py) and among the Thai spans that sound like its names.

    All of them make one BM25 query: a word's several senses are synonyms a passage seldom
    repeats, and a term of several words counts word by word ("กลุ่มผู้สูงอายุ" → กลุ่ม,
    ผู้สูงอายุ; matching whole terms only, bench/data/reading English answer@1 was 0.847 against
    0.864)."""
    if not translations and not sounds:
        return ()
    vocab, _ = idf_table(index)
    found = {w for word in translations.values() for w in thai_words(word) if w in vocab}
    found |= {w for spans in sounds.values() for span in spans for w in tokenize(span)}
    return tuple(sorted(w for w in found if w in vocab))


def _with_synonyms(index: Index, tokens: list[str], translated: tuple[str, ...]) -> tuple[str, ...]:
    """translated plus the corpus words that share a Thai WordNet synset with one of the
    question's Thai content words (lexicon.thai_synonyms: แต่งงาน → สมรส)."""
    vocab, _ = idf_table(index)
    asked = set(tokens)
    found = {
        w
        for t in asked
        if is_thai(t) and is_content_word(t)
        for w in thai_synonyms(t)
        if w in vocab and w not in asked
    }
    return tuple(sorted(found | set(translated)))


def _sounds(
    index: Index,
    question: str,
    tokens: list[str],
    names: dict[str, float],
    config: RetrievalConfig,
    near: Sequence[int] = (),
) -> dict[str, dict[str, float]]:
    """The question's Latin words that may be transliterated names (not a name or word of the
    corpus, not in the dictionary, not an acronym or stop word, at least
    config.sound_min_letters letters, capitalised in a question that uses capitals), each with
    the Thai spans that sound like it. Two such words in a row are first tried as one: "Chai
    Nat" is ชัยนาท."""
    vocab, _ = idf_table(index)
    # A question written with capitals writes a name with one ("among" is no name).
    cased = thai_share(tokens) < 0.5 and uses_capitals(question)
    words: list[tuple[int, int, str, str]] = []  # (start, end, word in lower case, token)
    for match in _LATIN_RUN.finditer(question):
        written, before = match.group(), question[: match.start()].rstrip()
        word = written.lower()
        token = stem_latin(word)
        # A sentence's first word has its capital whatever it is ("Until when …").
        named = written[0].isupper() and before and before[-1] not in ".?!"
        if not (
            (cased and not named)
            # An English word is no name unless written as one ("waggle", "Colosseum").
            or (not (cased and named) and untranslated_word(word))
            or token not in tokens
            or token in names
            or token in vocab
            or written.isupper()
            or token in ENGLISH_STOPWORDS
            or word in ENGLISH_STOPWORDS
            or dictionary_terms(word)
        ):
            words.append((match.start(), match.end(), word, token))
    found: dict[str, dict[str, float]] = {}
    threshold = config.sound_similarity
    i = 0
    while i < len(words):
        _, end, word, token = words[i]
        if i + 1 < len(words) and question[end : words[i + 1][0]] == " ":
            spans = sounding_like(index, word + words[i + 1][2], threshold, near)
            if spans:
                found[token] = found[words[i + 1][3]] = spans
                i += 2
                continue
        if token not in found and len(word) >= config.sound_min_letters:
            spans = sounding_like(index, word, threshold, near)
            if spans:
                found[token] = spans
        i += 1
    return found


def _misspelt(index: Index, written: str, config: RetrievalConfig) -> bool:
    """Whether a Latin word of the question may be a typo: written in lower case (a capital
    is a name's or a sentence's first word), of _TYPO_MIN_LETTERS letters or more, no word of
    the corpus, the dictionary or English, and no name the corpus writes in Thai letters (it
    sounds like none: "kaldi" ~ คาลดี)."""
    word = written.lower()
    return (
        written[:1].islower()
        and len(word) >= _TYPO_MIN_LETTERS
        and word not in ENGLISH_STOPWORDS
        and stem_latin(word) not in idf_table(index)[0]
        and not dictionary_terms(word)
        and not untranslated_word(word)
        and not (config.transliterate and sounding_like(index, word, config.sound_similarity))
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
        for word in _LATIN_RUN.findall(passage.text.lower())
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


def _thai_vocabulary(index: Index) -> tuple[str, ...]:
    vocab, _ = idf_table(index)
    return tuple(sorted(w for w in vocab if is_thai(w) and len(w) >= _THAI_TYPO_MIN_CHARS))


THAI_VOCABULARY: Derived[tuple[str, ...]] = Derived(
    "the corpus's Thai words long enough to be typed wrong", _thai_vocabulary
)


def _toneless(word: str) -> str:
    return word.translate(_NO_TONE_MARKS)


def _thai_respelled(index: Index, run: str) -> str:
    """A run of Thai letters (no space) with a word the corpus does not know, and the words
    beside it, replaced by the corpus word one edit away (optimal string alignment, Damerau
    1964): newmm cuts a misspelt word into pieces ("เมืองอัจริยะ" → เมือง|อัจ|ริ|ยะ), so the
    pieces around the unknown one are tried together, the longest span that is one edit from
    exactly one corpus word of _THAI_TYPO_MIN_CHARS characters or more (อัจริยะ → อัจฉริยะ).
    A missing or wrong tone mark is one edit too (ชัยนาด → ชัยนาท, ดือยา → ดื้อยา). A span the
    dictionary has is a word, not a typo (หน่อย is no หน่วย, จับมือ no รับมือ), unless a tone
    mark is all it lacks or has wrong (ต่างดาว "alien" → ต่างด้าว "foreign", where the corpus
    writes ต่างด้าว). Returns the run as it was when nothing is that near."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    known = knows(index)
    written, run = run, normalize(run)
    words = tokenize(run)
    if "".join(words) != run or all(known(w) for w in words):
        return written
    vocabulary = THAI_VOCABULARY.of(index)
    dictionary = _thai_dictionary()
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
                    found = process.extract(
                        span, vocabulary, scorer=OSA.distance, score_cutoff=1, limit=None
                    )
                    # Not a word of the span itself: "คอ|ล|เรื่อง" is no typo of เรื่อง
                    # with ล dropped.
                    near = [w for w, edits, _ in found if edits == 1 and w not in words[start:end]]
                    if span in dictionary:
                        near = [w for w in near if _toneless(w) == _toneless(span)]
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


def spelling_tables(index: Index) -> None:
    """Build what `spelled` reads once per corpus (its names, its Thai words, the words it
    knows, PyThaiNLP's dictionary), so that the first misspelt question does not wait."""
    corpus_names(index)
    THAI_VOCABULARY.of(index)
    knows(index)
    _thai_dictionary()


def spelled(index: Index, question: str, config: RetrievalConfig = DEFAULT.retrieval) -> str:
    """The question with each typo of a Latin word replaced by the word meant: an acronym or
    name of the corpus (`_meant_name`, config.corpus_spelling: "AADMER" → "ADDMER"), else an
    English word ("workplace safty" → "workplace safety", config.translate): the dictionary's
    lemma one edit away (`lexicon.nearest_lemmas` says why), when it is the only one that near,
    or the only one of those the corpus uses (`_uses`; "polution" is pollution or solution: the
    corpus decides, as it does between a word's senses). Any other word stays as written
    (`_misspelt`)."""

    def meant(match: re.Match[str]) -> str:
        written = match.group()
        name = _meant_name(index, written) if config.corpus_spelling else None
        if name is not None:
            return name
        if config.translate and _misspelt(index, written, config):
            near = nearest_lemmas(written.lower())
            used = [lemma for lemma in near if _uses(index, lemma)] if len(near) > 1 else near
            if len(used) == 1:
                return used[0]
        return written

    question = _LATIN_RUN.sub(meant, question)
    if config.thai_spelling:
        question = _THAI_RUN.sub(lambda run: _thai_respelled(index, run.group()), question)
    return question


def _translations(question: str, tokens: list[str], names: dict[str, float]) -> dict[str, str]:
    """The question's English content words that are no name and that the dictionary has
    (token → the word as written, lower case: `lexicon.dictionary_terms` looks it up)."""
    english = {t for t in tokens if not neutral(t, names) and is_content_word(t)}
    found: dict[str, str] = {}
    for written in _LATIN_RUN.findall(question):
        word = written.lower()
        token = stem_latin(word)
        if token in english and token not in found and dictionary_terms(word):
            found[token] = word
    return found


def _names(
    index: Index,
    tokens: list[str],
    question: str | None = None,
    config: RetrievalConfig = DEFAULT.retrieval,
) -> dict[str, float]:
    """The question's Latin words that few passages use (acronyms, English names), with IDF.

    Stop words are never names. In a question mostly in English every word is Latin, so there a
    name is written as one (a capital or a digit): "What is the AHA Centre for?" has the names
    aha and centre, not "for".
    """
    vocab, idf = idf_table(index)
    rare = config.rare_name_share
    rare_idf = math.log(1.0 + (1 - rare) / rare)
    written = None
    if question is not None and thai_share(tokens) < 0.5 and uses_capitals(question):
        written = written_as_names(question)
    names = {}
    for token in tokens:
        token_id = vocab.get(token)
        if (
            token_id is not None
            and _LATIN_WORD.match(token)
            and idf[token_id] >= rare_idf
            and token not in ENGLISH_STOPWORDS
            and (written is None or token in written)
        ):
            names[token] = float(idf[token_id])
    return names


def _numbers(index: Index, tokens: list[str], config: RetrievalConfig) -> dict[str, float]:
    """The question's numbers that at most config.rare_name_share of the passages hold, with
    their IDF (a year in either era: the rarer of the two counts, as a passage may write either).
    A number is an exact-match signal in any language: "the 8th AMCA meeting" ↔ "AMCA ครั้งที่ 8";
    one most passages hold (a common year) says nothing."""
    vocab, idf = idf_table(index)
    rare = config.rare_name_share
    rare_idf = math.log(1.0 + (1 - rare) / rare)
    numbers = {}
    for token in tokens:
        if not token.isdigit() or token in numbers:
            continue
        known = [vocab[f] for f in (token, *year_variants(token)) if f in vocab]
        if known and min(float(idf[i]) for i in known) >= rare_idf:
            numbers[token] = min(float(idf[i]) for i in known)
    return numbers


def initialisms(index: Index) -> frozenset[str]:
    """Acronyms a reader may form from the corpus's English names: "ascc" from "ASEAN
    Socio-Cultural Community", although the text never writes ASCC."""
    return INITIALISMS.of(index)


def _initialisms(index: Index) -> frozenset[str]:
    letters: set[str] = set()
    for doc in index.documents:
        for run in _CAPITALISED_RUN.findall(doc.text):
            initials = "".join(w[0] for w in _WORD_INITIAL.findall(run)).lower()
            for i in range(len(initials)):
                for j in range(i + 2, min(len(initials), i + 7) + 1):
                    letters.add(initials[i:j])
    return frozenset(letters)


INITIALISMS: Derived[frozenset[str]] = Derived("acronyms of the corpus's names", _initialisms)


def vocabulary_text(index: Index) -> str:
    """Every corpus word on a line of its own, to find a question word inside corpus words.

    PyThaiNLP keeps compounds whole ("การประชุม"), so a question's "ประชุม" is no vocabulary
    entry although the corpus plainly uses it.
    """
    return VOCABULARY_TEXT.of(index)


VOCABULARY_TEXT: Derived[str] = Derived(
    "the corpus words, one a line", lambda index: "\n".join(lexical.vocabulary(index.bm25))
)


def knows(index: Index) -> Callable[[str], bool]:
    """Whether the corpus knows a Thai word, as a question's words are cut (`text.tokenize`):
    a word of its index, a word of PyThaiNLP's dictionary written inside one of them
    ("ประชุม" in การประชุม), or a stop word or question word (text.is_content_word)."""
    return KNOWS.of(index)


@lru_cache(maxsize=1)
def _thai_dictionary() -> frozenset[str]:
    """PyThaiNLP's Thai dictionary (the words newmm cuts text into)."""
    from pythainlp.corpus import thai_words as dictionary

    return frozenset(dictionary())


def _knows(index: Index) -> Callable[[str], bool]:
    vocab, _ = idf_table(index)
    words = _thai_dictionary()
    text = vocabulary_text(index)

    @lru_cache(maxsize=1 << 14)
    def known(word: str) -> bool:
        if word in vocab or (word in words and word in text):
            return True
        # A stop word or question word is a word whether or not the text uses it: a text
        # asks no questions ("ไหน", "คะ").
        return len(word) >= 2 and not is_content_word(word)

    return known


KNOWS: Derived[Callable[[str], bool]] = Derived("the Thai words the corpus knows", _knows)


def _idf_table(index: Index) -> tuple[dict[str, int], np.ndarray]:
    df = lexical.document_frequencies(index.bm25)
    n = max(len(index.passages), 1)
    idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
    return lexical.vocabulary(index.bm25), idf


IDF_TABLE: Derived[tuple[dict[str, int], np.ndarray]] = Derived("IDF per word", _idf_table)


def idf_table(index: Index) -> tuple[dict[str, int], np.ndarray]:
    """Token → id, and the IDF of every token id ((vocabulary size,) float64), from the BM25
    index's own counts."""
    return IDF_TABLE.of(index)


def unknown_idf(index: Index) -> float:
    """The weight of a word the corpus never uses: rarer than its rarest word."""
    n = max(len(index.passages), 1)
    return math.log(1.0 + (n + 0.5) / 0.5)
