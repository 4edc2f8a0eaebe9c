"""A question's words as the lexical steps match them, worked out once per question.

BM25 (search.fair_bm25), the share of the question a Thai text can match (language_match), the
names bonus (search.name_share) and the answer sentence all read the same tokens, names, numbers,
dictionary translations and transliterated names (`QuestionWords`, carried on
`search.Retrieval.words`): before, the names were worked out four times a question.
The question is first read with its typos corrected (spelling.py), against what the corpus
knows (vocabulary.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from .config import DEFAULT, RetrievalConfig
from .english_names import thai_share, uses_capitals, written_as_names
from .kept_tables import handed
from .lexicon import (
    attested_words,
    common_word,
    dictionary_terms,
    tables,
    thai_synonyms,
    thai_words,
    translated_terms,
    untranslated_word,
)
from .sounds import english_sound, similarity, sounding_like, thai_sound
from .spelling import spelled
from .store import Derived, Index
from .text import (
    ENGLISH_STOPWORDS,
    is_content_word,
    is_english_stop_word,
    is_thai,
    normalize,
    stem_latin,
    tokenize,
    year_variants,
)
from .vocabulary import LATIN_RUN, idf_table, knows, rare_idf, vocabulary_text, writes

_LATIN_WORD = re.compile(r"^[a-z][a-z0-9]+$")
# English ordinal suffixes: `tokenize` cuts "28th" into 28 and "th"; a Thai text writes the
# number alone ("ครั้งที่ 28"), and the dictionary read "th" as thorium (WordNet's "Th").
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


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
    # The corpus's compounds one of its Thai words BM25 cannot match is a piece of (ทุน →
    # ทุนการศึกษา: `_compounds_of`): searched by BM25 only. The answer sentence and the judge
    # find the word inside them already (a substring of the text).
    compounds: tuple[str, ...] = ()


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
        if config.cut_again:
            tokens = [piece for t in tokens for piece in _nominalised(index, t)]
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
    translations = _translations(question, tokens, names, config) if config.translate else {}
    sounds = _sounds(index, question, tokens, names, config, near) if config.transliterate else {}
    translated = _translated(index, translations, sounds, config)
    if config.thai_synonyms:
        translated = _with_synonyms(index, tokens, translated)
    read = question if given is None else ""
    return QuestionWords(
        tokens,
        names,
        numbers,
        translations,
        translated,
        sounds,
        read,
        _compounds_of(index, tokens),
    )


# The prefixes that make a noun of a verb (การ) or of an adjective (ความ): Iwasaki &
# Ingkaphirom, A Reference Grammar of Thai (2005), on nominalisation.
_NOMINALISERS = ("การ", "ความ")


def _nominalised(index: Index, token: str) -> tuple[str, ...]:
    """A word the corpus does not know that is a nominaliser before a compound the corpus
    writes only across its own words (no corpus word is it or holds it), as the two:
    "การยุบสภา" → การ|ยุบสภา, where a decree writes "ให้ยุบสภาผู้แทนราษฎร" (newmm's
    ยุบ|สภาผู้แทนราษฎร). Any other token as it is: "การเมือง" (politics) is no การ + เมือง (a
    city) the text names, "การเรียน" no การ + the เรียน inside its นักเรียน."""
    if not is_thai(token) or knows(index)(token):
        return (token,)
    for head in _NOMINALISERS:
        tail = token.removeprefix(head)
        if (
            tail != token
            and is_content_word(tail)
            and tail not in vocabulary_text(index)  # no corpus word, nor inside one
            and writes(index, tail)
        ):
            return (head, tail)
    return (token,)


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
        # The sounds last: most English words the dictionary gives are none the corpus writes.
        if (
            stem in vocab
            and _LATIN_WORD.match(stem)
            and similarity(english_sound(english), thai_sound(token)) >= config.sound_similarity
        ):
            return stem
    return token


def _translated(
    index: Index,
    translations: dict[str, str],
    sounds: dict[str, dict[str, float]],
    config: RetrievalConfig = DEFAULT.retrieval,
) -> tuple[str, ...]:
    """The corpus words (sorted) among the Thai terms the dictionary gives for the translated
    English words (qa_bot/lexicon.py) and among the Thai spans that sound like its names.

    All of them make one BM25 query: a word's several senses are synonyms a passage seldom
    repeats, and a term of several words counts word by word ("กลุ่มผู้สูงอายุ" → กลุ่ม,
    ผู้สูงอายุ; matching whole terms only, bench/data/reading English answer@1 was 0.847 against
    0.864). A word one of whose terms the corpus writes as it sounds (`_spelled_in_thai`) is
    that word alone."""
    if not translations and not sounds:
        return ()
    vocab, _ = idf_table(index)
    found: set[str] = set()
    for word in translations.values():
        terms = _attested(index, word) if config.attested_senses else thai_words(word)
        words = {w for w in terms or family_words(word, config) if w in vocab}
        found |= _spelled_in_thai(word, words, config) or words
    found |= {w for spans in sounds.values() for span in spans for w in tokenize(span)}
    return tuple(sorted(w for w in found if w in vocab))


# English word → the words of its dictionary terms the corpus writes (`_attested`): a term
# missing from the text reads all of it (vocabulary.writes, ~1 ms a megabyte), and a question's
# English words recur.
ATTESTED: Derived[dict[str, tuple[str, ...]]] = Derived(
    "the words of an English word's dictionary terms the corpus writes whole", lambda index: {}
)


def _attested(index: Index, word: str) -> tuple[str, ...]:
    """lexicon.attested_words of a lower-case English word over the documents (a term counts
    where their running text holds it, normalised as that text is: vocabulary.writes),
    remembered per index."""
    known = ATTESTED.of(index)
    found = known.get(word)
    if found is None:
        found = known[word] = attested_words(word, lambda term: writes(index, normalize(term)))
    return found


def _spelled_in_thai(word: str, words: set[str], config: RetrievalConfig) -> set[str]:
    """Those of words (Thai corpus words the dictionary gives for an English word) that are the
    word written in Thai letters, sounding like it (sounds.similarity at least
    config.sound_similarity): a name in the other script, "asean" → อาเซียน, where the
    dictionary's other terms describe it (กลุ่ม ประเทศ … แห่ง เอเชียตะวันออกเฉียงใต้) and counted
    everyday words a Thai question naming อาเซียน never asks."""
    if not words:
        return set()
    sound = english_sound(word)
    return {
        w
        for w in words
        if is_thai(w) and similarity(sound, thai_sound(w)) >= config.sound_similarity
    }


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


def _compounds(index: Index) -> dict[str, tuple[str, ...]]:
    """Dictionary word → the corpus words that are it and another dictionary word written as
    one, each piece of _COMPOUND_PIECE characters or more (newmm keeps a compound of its
    dictionary whole, ทุนการศึกษา = ทุน + การศึกษา, so BM25 has no ทุน to match)."""
    from .extract.quality import thai_words as dictionary

    words = dictionary()
    vocab, _ = idf_table(index)
    found: dict[str, set[str]] = {}
    for word in vocab:
        if not is_thai(word) or len(word) < 2 * _COMPOUND_PIECE:
            continue
        for cut in range(_COMPOUND_PIECE, len(word) - _COMPOUND_PIECE + 1):
            head, tail = word[:cut], word[cut:]
            if head in words and tail in words:
                for piece in (head, tail):
                    if is_content_word(piece):
                        found.setdefault(piece, set()).add(word)
    return {piece: tuple(sorted(c)) for piece, c in found.items()}


# Shorter pieces are dictionary words by chance far more often than a compound's parts (กร|อบ
# in กรอบ, คม in สังคม).
_COMPOUND_PIECE = 3

COMPOUNDS: Derived[dict[str, tuple[str, ...]]] = Derived(
    "the corpus's compound words by their dictionary pieces", _compounds
)


def _compounds_of(index: Index, tokens: list[str]) -> tuple[str, ...]:
    """The corpus's compounds (sorted) of which a Thai content word of the question that BM25
    cannot match is a piece (`COMPOUNDS`: ทุน → ทุนการศึกษา; "ทุนเรียน" was matched by no
    passage, FRESH17 §3). A Thai compound's parts keep their sense inside it (Iwasaki &
    Ingkaphirom, A Reference Grammar of Thai, 2005, on compound nouns)."""
    vocab, _ = idf_table(index)
    table = COMPOUNDS.of(index)
    return tuple(
        sorted(
            {
                compound
                for t in set(tokens)
                if t not in vocab and is_thai(t) and is_content_word(t)
                for compound in table.get(t, ())
            }
        )
    )


# A name of up to this many words is tried whole, the longest run first: "Doi Phu Kha" is
# ดอยภูคา, "Phra Aphai Mani" พระอภัยมณี (RTGS writes a Thai name a syllable or a word apart).
_NAME_RUN_WORDS = 3


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
    the Thai spans that sound like it. Up to _NAME_RUN_WORDS such words in a row are first
    tried as one, the longest run first: "Chai Nat" is ชัยนาท, "Doi Phu Kha" ดอยภูคา; in a run,
    one word may be an English word too ("Bang Fai" บั้งไฟ). (A run that spells one everyday
    Thai word of the corpus and sounds like no name, "sathara nasuk" สาธารณสุข, is written in
    Thai letters already: spelling.py.)"""
    vocab, _ = idf_table(index)
    # A question written with capitals writes a name with one ("among" is no name).
    cased = thai_share(tokens) < 0.5 and uses_capitals(question)
    # (start, end, word in lower case, token, may stand alone)
    words: list[tuple[int, int, str, str, bool]] = []
    for match in LATIN_RUN.finditer(question):
        written, before = match.group(), question[: match.start()].rstrip()
        word = written.lower()
        token = stem_latin(word)
        # A sentence's first word has its capital whatever it is ("Until when …").
        named = written[0].isupper() and before and before[-1] not in ".?!"
        if (
            (cased and not named)
            or token not in tokens
            or token in names
            or token in vocab
            or written.isupper()
            or is_english_stop_word(word)
        ):
            continue
        # An English word is no name unless written as one ("waggle", "Colosseum"); in a run
        # with others, one may be a syllable of a Thai name ("bang fai" บั้งไฟ).
        english = (not (cased and named) and untranslated_word(word)) or bool(
            dictionary_terms(word)
        )
        words.append((match.start(), match.end(), word, token, not english))
    found: dict[str, dict[str, float]] = {}
    threshold = config.sound_similarity
    i = 0
    while i < len(words):
        joined = _joined_name(index, question, words, i, threshold, near)
        if joined is not None:
            n, spans = joined
            for _, _, _, token, _ in words[i : i + n]:
                found[token] = spans
            i += n
            continue
        _, _, word, token, alone = words[i]
        if alone and token not in found and len(word) >= config.sound_min_letters:
            spans = sounding_like(index, word, threshold, near)
            if spans:
                found[token] = spans
        i += 1
    return found


def _joined_name(
    index: Index,
    question: str,
    words: list[tuple[int, int, str, str, bool]],
    i: int,
    threshold: float,
    near: Sequence[int],
) -> tuple[int, dict[str, float]] | None:
    """(how many words, the Thai spans with their IDF) for the longest run of two to
    _NAME_RUN_WORDS of `_sounds`' words from words[i], one space apart, that sounds like Thai
    spans of the corpus, or None."""
    for n in range(min(_NAME_RUN_WORDS, len(words) - i), 1, -1):
        group = words[i : i + n]
        if any(question[a[1] : b[0]] != " " for a, b in pairwise(group)):
            continue
        # A run of English words is English ("Express Boat"): a name's syllables are mostly not.
        if sum(not alone for *_, alone in group) > 1:
            continue
        joined = "".join(word for _, _, word, _, _ in group)
        spans = sounding_like(index, joined, threshold, near)
        if spans:
            return n, spans
    return None


def _translations(
    question: str,
    tokens: list[str],
    names: dict[str, float],
    config: RetrievalConfig = DEFAULT.retrieval,
) -> dict[str, str]:
    """The question's English content words that are no name and that the dictionary has,
    itself or through a word of its family (`family_words`; token → the word as written, lower
    case: `lexicon.dictionary_terms` looks it up)."""
    english = {t for t in tokens if not neutral(t, names) and is_content_word(t)}
    found: dict[str, str] = {}
    for written in LATIN_RUN.findall(question):
        word = written.lower()
        token = stem_latin(word)
        if (
            token in english
            and token not in found
            and (dictionary_terms(word) or family_words(word, config))
        ):
            found[token] = word
    return found


@lru_cache(maxsize=1)
def word_families() -> dict[str, tuple[str, ...]]:
    """Snowball stem → the dictionary's one-word English lemmas with that stem (from
    warm_tables' cache when it was read)."""
    kept = handed("word_families")
    if kept is not None:
        return kept  # type: ignore[return-value]
    lemmas, _ = tables()
    families: dict[str, list[str]] = {}
    for lemma in lemmas:
        if lemma.isalpha():
            families.setdefault(stem_latin(lemma), []).append(lemma)
    return {stem: tuple(sorted(words)) for stem, words in families.items()}


@lru_cache(maxsize=1 << 12)
def family_words(word: str, config: RetrievalConfig = DEFAULT.retrieval) -> tuple[str, ...]:
    """For a lower-case English word the dictionary has no Thai term for, the Thai words of the
    lemmas of its family: those with the same Snowball stem ("adopted" → adoption, "cultural" →
    culture, "protect" → protection, "proposed" → proposal). The Thai WordNet files few verbs
    and adjectives under Princeton WordNet's synsets, and English questions ask with them:
    ("Which declaration did ASEAN adopt?"). () when the dictionary has the word itself or
    config.stem_family is off."""
    if not config.stem_family or dictionary_terms(word):
        return ()
    family = word_families().get(stem_latin(word), ())
    return tuple(w for lemma in family for w in thai_words(lemma))


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
    rare = rare_idf(index, config.rare_name_share)
    written = None
    if question is not None and thai_share(tokens) < 0.5 and uses_capitals(question):
        written = written_as_names(question)
    # Where case cannot tell (a kiosk query in lower case; a question with no capital after its
    # first word), a word WordNet writes in lower case is no name ("maintain", "days"): a
    # corpus that writes it once, in a page's furniture ("Author, maintainer", "The Day in
    # History"), made it rare, and the name bonus lifted that line over the passage that
    # answers "What aircraft did she maintain?" (FRESH12 §6). Names WordNet capitalises
    # (Bangkok, ASEAN) and words it lacks (AUN, SAMCA, Chainat) still count.
    common = (
        {stem_latin(w.lower()) for w in LATIN_RUN.findall(question) if common_word(w.lower())}
        if written is None and question is not None
        else set()
    )
    names = {}
    for token in tokens:
        token_id = vocab.get(token)
        if (
            token_id is not None
            and _LATIN_WORD.match(token)
            and idf[token_id] >= rare
            and token not in ENGLISH_STOPWORDS
            and (written is None or token in written)
            and token not in common
        ):
            names[token] = float(idf[token_id])
    return names


def _numbers(index: Index, tokens: list[str], config: RetrievalConfig) -> dict[str, float]:
    """The question's numbers that fewer than config.rare_name_share of the passages hold, with
    their IDF (a year in either era: the rarer of the two counts, as a passage may write either).
    A number is an exact-match signal in any language: "the 8th AMCA meeting" ↔ "AMCA ครั้งที่ 8";
    one most passages hold (a common year) says nothing."""
    vocab, idf = idf_table(index)
    rare = rare_idf(index, config.rare_name_share)
    numbers = {}
    for token in tokens:
        if not token.isdigit() or token in numbers:
            continue
        known = [vocab[f] for f in (token, *year_variants(token)) if f in vocab]
        if known and min(float(idf[i]) for i in known) >= rare:
            numbers[token] = min(float(idf[i]) for i in known)
    return numbers


# Words between a counted noun and กี่ that say "in all" ("มีอำเภอทั้งหมดกี่แห่ง"): the
# totalising adverbs of the reference grammar (Iwasaki & Ingkaphirom 2005, quantifiers).
_IN_ALL = frozenset("ทั้งหมด ทั้งสิ้น รวม รวมทั้งหมด ทั้งนั้น ด้วยกัน".split())
# The classifiers that count people, which a text uses for one another ("มีคนตาย … กี่คน"
# over "ผู้เสียชีวิต 171 ราย"): คน, and ราย and ท่าน, which the Royal Institute's dictionary
# (ราชบัณฑิตยสถาน, 2554) defines as classifiers of persons (ราย: of people or cases counted one
# by one; ท่าน: of persons, politely).
_PERSON_CLASSIFIERS = frozenset("คน ราย ท่าน".split())


def counted_units(index: Index, question: str, units: Sequence[str]) -> tuple[str, ...]:
    """units (the classifiers a Thai count question counts in: answer_types.count_classifiers)
    and the other words the text may count the same thing in, as everyday words ask it:
    a classifier's Thai WordNet synonyms the corpus writes ("กี่แต้ม" over "21 คะแนน":
    lexicon.thai_synonyms); the classifiers of people for one of them (_PERSON_CLASSIFIERS);
    and the noun the question counts, just before กี่ (past "ทั้งหมด"), as its own classifier
    ("มีอำเภอทั้งหมดกี่แห่ง" over "15 อำเภอ": a noun used as its own classifier, a
    "repeater", Haas 1942, The use of numeral classifiers in Thai). () for no units."""
    if not units:
        return ()
    vocab, _ = idf_table(index)
    found = list(units)
    for unit in units:
        found += [w for w in thai_synonyms(unit) if w in vocab]
        if unit in _PERSON_CLASSIFIERS:
            found += sorted(_PERSON_CLASSIFIERS)
    tokens = [t for t in tokenize(question) if t.strip()]
    at = tokens.index("กี่") if "กี่" in tokens else 0
    before = [t for t in tokens[:at] if t not in _IN_ALL]
    if before and is_thai(before[-1]) and is_content_word(before[-1]) and before[-1] in vocab:
        found.append(before[-1])
    return tuple(dict.fromkeys(found))
