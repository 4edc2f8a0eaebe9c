"""Which of a question's words the corpus knows, forgiving typos, compounds, stems, eras and
acronyms, and which can be compared with the text at all: the lexical evidence of the scope
judge (qa_bot/scope/). Settings: `config.ScopeConfig` (known_trigram_share, latin_stem_share,
latin_stem_min, acronym_corpus_min).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Mapping
from functools import lru_cache

from .config import DEFAULT, ScopeConfig
from .english_names import written_in_capitals
from .sounds import romanised_words
from .store import Derived, Index, lexical
from .text import is_thai, thai_word_counts, year_variants
from .vocabulary import idf_table, initialisms, uses, vocabulary_text

_ENGLISH_STEM_WORD = re.compile(r"^[a-z]{4,}$")


def _trigrams(text: str) -> set[str]:
    return {text[i : i + 3] for i in range(len(text) - 2)}


VOCABULARY_TRIGRAMS: Derived[frozenset[str]] = Derived(
    "character trigrams of the corpus words",
    lambda index: frozenset(_trigrams(vocabulary_text(index))),
)


def vocabulary_trigrams(index: Index) -> frozenset[str]:
    """Every character trigram of the corpus's words (typo-tolerant known-word test)."""
    return VOCABULARY_TRIGRAMS.of(index)


def is_known_word(index: Index, token: str, config: ScopeConfig = DEFAULT.scope) -> bool:
    """Does the corpus use this word, allowing for compounds, typos, eras and acronyms?
    (config: known_trigram_share, latin_stem_share, latin_stem_min)"""
    vocab, _ = idf_table(index)
    if token in vocab or any(variant in vocab for variant in year_variants(token)):
        return True
    if len(token) < 3:
        return False
    if token in initialisms(index):
        return True
    if _ENGLISH_STEM_WORD.match(token):
        return token in vocabulary_text(index) or _shares_a_stem(index, token, config)
    # Inside a corpus word, or a compound the text writes across two of its words ("ยุบสภา" in
    # "ยุบสภาผู้แทนราษฎร", which newmm cuts ยุบ|สภาผู้แทนราษฎร: its trigrams across the cut
    # are in no corpus word). Any word, not only the dictionary's: a typo's pieces too.
    if uses(index, token, dictionary_only=False, inside_min=3, across_min=4):
        return True
    grams = _trigrams(token)
    known = vocabulary_trigrams(index)
    return sum(g in known for g in grams) >= config.known_trigram_share * len(grams)


LATIN_VOCABULARY: Derived[list[str]] = Derived(
    "the corpus's English words, sorted",
    lambda index: sorted(w for w in lexical.vocabulary(index.bm25) if _ENGLISH_STEM_WORD.match(w)),
)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _shares_a_stem(index: Index, token: str, config: ScopeConfig) -> bool:
    """An English word is known when a corpus word starts the same way for most of its length
    ("universities" ~ "university"). Trigrams, which forgive Thai typos, match any long English
    word somewhere ("headquartered": "head", "quarter", "red")."""
    words = LATIN_VOCABULARY.of(index)
    at = bisect.bisect_left(words, token)
    # In sorted order, the longest common prefix is with a neighbour of the insertion point.
    best = max(
        (_common_prefix(token, words[i]) for i in (at - 1, at) if 0 <= i < len(words)), default=0
    )
    return best >= max(config.latin_stem_min, config.latin_stem_share * len(token))


def join_fragments(
    index: Index, tokens: list[str], config: ScopeConfig = DEFAULT.scope
) -> list[str]:
    """Glue runs of short unknown Thai pieces back together.

    newmm cuts a misspelt word into fragments ("อัจริยะ" → อัจ ริ ยะ); judged alone, each
    fragment is unknown, judged together the word is a near-miss of a corpus word.
    """
    joined: list[str] = []
    for token in tokens:
        if (
            joined
            and is_thai(token)
            and is_thai(joined[-1])
            and (len(token) < 3 or len(joined[-1]) < 3)
            and not is_known_word(index, token, config)
            and not is_known_word(index, joined[-1], config)
        ):
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def is_comparable(
    index: Index, token: str, config: ScopeConfig, acronyms: frozenset[str] = frozenset()
) -> bool:
    """Can the text's use of this word be judged at all? A word in the corpus's own script (Thai
    here), a number, a word the corpus uses, or an acronym (in acronyms: the question's words
    written in capitals) when the corpus writes acronyms itself. An English word the Thai text
    does not use is no evidence either way: the text says it in Thai ("characteristics" ~
    "คุณลักษณะ"); but a text that writes "AUN" and "ACDM" in Latin letters would write "NATO" so
    too, were it there."""
    if token.isdigit() or is_known_word(index, token, config):
        return True
    if token in acronyms and len(corpus_acronyms(index)) >= config.acronym_corpus_min:
        return True
    return is_thai(token) == corpus_is_thai(index)


def corpus_acronyms(index: Index) -> frozenset[str]:
    """The acronyms the corpus writes in Latin capitals, lowercased as tokens are."""
    return CORPUS_ACRONYM_SET.of(index)


CORPUS_ACRONYM_SET: Derived[frozenset[str]] = Derived(
    "the acronyms the corpus writes in Latin capitals, lower case",
    lambda index: frozenset(
        word.lower() for doc in index.documents for word in written_in_capitals(doc.text)
    ),
)


def corpus_is_thai(index: Index) -> bool:
    """Whether most of the corpus's words are Thai (decides which question words compare)."""
    return CORPUS_IS_THAI.of(index)


def _corpus_is_thai(index: Index) -> bool:
    words = list(lexical.vocabulary(index.bm25))
    return sum(map(is_thai, words)) * 2 >= len(words)


CORPUS_IS_THAI: Derived[bool] = Derived("most corpus words are Thai", _corpus_is_thai)


@lru_cache(maxsize=1)
def _thai_word_counts() -> tuple[Mapping[str, int], float]:
    """Word → count in the Thai National Corpus (PyThaiNLP's bundled `tnc_freq.txt`, 33.5
    million words), and the log of that total."""
    counts = thai_word_counts()
    return counts, math.log(sum(counts.values()))


def general_rarity(token: str) -> float:
    """0..1: the word's self-information in Thai at large, as a share of the rarest word's
    (log(total / count) / log(total) over the Thai National Corpus); 1 for a word the TNC
    never has. "คน" 0.29, "เดือน" 0.43, "โกดัง" 0.70."""
    counts, log_total = _thai_word_counts()
    count = counts.get(token)
    return 1.0 if not count else min(1.0, (log_total - math.log(count)) / log_total)


def everyday_discounted(index: Index, weights: dict[str, float]) -> dict[str, float]:
    """The question's word weights with each word the corpus never uses weighed by how rare it
    is in Thai at large, not as the corpus's rarest word: a paraphrase's everyday words ("ใคร
    เป็นคนเสนอ", "เดือนไหน") say little about whether the text answers, a rare word it lacks
    says much."""
    vocab, _ = idf_table(index)
    return {t: w if t in vocab else w * general_rarity(t) for t, w in weights.items()}


def romanised_thai(
    index: Index, token: str, config: ScopeConfig = DEFAULT.scope
) -> tuple[str, ...]:
    """The corpus's Thai words a Latin word spells by sound, as a Thai word romanised is typed
    on a kiosk ("satharanasuk" → สาธารณสุข; the Royal Thai General System): those of the
    same consonant classes whose sounds.similarity reaches config.romanised_similarity; () for
    a word of fewer than config.romanised_min_letters letters. Names are matched so by
    question_words' sounds; these are the everyday words it leaves out. 0.85: "satharanasuk" is
    0.91 like สาธารณสุข, "sukhaphap" 0.81 like ศักยภาพ."""
    return romanised_words(index, token, config.romanised_similarity, config.romanised_min_letters)
