"""Everyday English words in choices over Thai text, matched as the Thai the passages write.

An English choice ("Water resources management") shares no matching unit with a Thai text
("การจัดการทรัพยากรน้ำ") but its names and numbers, so it was judged by the embedding alone,
which tells a sector's sub-areas from another sector's poorly (English twins of our Thai exam
items: 0.75 right, the Thai items 0.98). Each word the choice does not write as a name is
matched, where the passages an exam reads write one, as its Thai dictionary term
(lexicon.dictionary_terms: Princeton WordNet × Thai WordNet, its three commonest senses,
commonest first): the first term the passages read write ("water" → น้ำ, "management" →
การจัดการ). A word without such a term stays as typed (a foreign word the text cannot judge,
support.Query.foreign); names are names.thai_names', acronyms and numbers are matched as
typed. The shown choice stays as typed.

A choice's word the dictionary has no term for in the passages ("disaster": Thai WordNet
lacks it) is matched as the Thai word the documents themselves translate it by, where they
write English names in brackets beside their Thai terms (qa_bot/glosses.py's pairs, "…การจัดการ
ด้านสาธารณสุขในภาวะภัยพิบัติ (… Health Management in Disaster)", "…ในการจัดการภัยพิบัติ (… on
disaster management …)"): the Thai word of those pairs with the highest Dice association with
it (Melamed, "Models of translational equivalence among words", Computational Linguistics
26(2), 2000: association over aligned segments), ties broken by the embedding's cosine between
the English word and the Thai word. A word bracketed in one name only ("Malnutrition") is
associated with every word of that name alike (MIN_PAIRS). The stem keeps the dictionary
alone: with the documents' terms too, English exam items 0.782 → 0.774 (a stem's "marine" as
the tokeniser's "ทะเลใน"), choices alone 0.782 → 0.789 (bench in the commit 'Exam: English
words …').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..glosses import bracketed_pairs
from ..lexicon import dictionary_terms
from ..store import Derived, Index
from ..text import (
    ENGLISH_STOPWORDS,
    embedding_text,
    is_content_word,
    is_thai,
    stem_latin,
    thai_stopwords,
    tokenize,
)
from .matching import PassageUnits

_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z'’]*(?![A-Za-z0-9])")
MIN_TERM = 2  # a one-letter Thai term is a fragment, found in any text
MIN_PAIRS = 2  # an English word bracketed once shares its pair with every other word of it
MIN_DICE = 0.5  # below, an English word's Thai partner is shared with as many other pairs as
# not: no translation (a Dice of 0.5 is one pair of two, or two of four)


def _gloss(text_read: str, word: str) -> str | None:
    """The first of a word's dictionary terms the passages read write, not a Thai stop word."""
    stop = thai_stopwords()
    terms = dictionary_terms(word.lower())
    for term in terms:
        if len(term) >= MIN_TERM and term not in stop and term in text_read:
            return term
    return None


@dataclass(frozen=True)
class PairWords:
    """The documents' bilingual pairs as words: for each English word (text.tokenize's stem)
    the Thai words it is most associated with (equal best Dice), and that association."""

    best: dict[str, tuple[tuple[str, ...], float]]


def _pair_words(index: Index) -> PairWords:
    pairs: set[tuple[frozenset[str], frozenset[str]]] = set()
    for passage in index.passages:
        for chunk, english in bracketed_pairs(passage.text):
            thai = frozenset(w for w in tokenize(chunk) if is_thai(w) and is_content_word(w))
            latin = frozenset(w for w in tokenize(english) if not is_thai(w) and is_content_word(w))
            if thai and latin:
                pairs.add((latin, thai))
    english: Counter[str] = Counter()
    thai: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for latin, words in pairs:
        english.update(latin)
        thai.update(words)
        both.update((e, t) for e in latin for t in words)
    best: dict[str, tuple[tuple[str, ...], float]] = {}
    for (e, t), n in both.items():
        if english[e] < MIN_PAIRS:
            continue
        dice = 2.0 * n / (english[e] + thai[t])
        held = best.get(e)
        if held is None or dice > held[1] + 1e-9:
            best[e] = ((t,), dice)
        elif abs(dice - held[1]) <= 1e-9:
            best[e] = ((*held[0], t), dice)
    return PairWords(best)


PAIR_WORDS: Derived[PairWords] = Derived(
    "English words and the Thai words the documents' bracketed names pair them with", _pair_words
)


def document_term(index: Index, word: str) -> str | None:
    """The Thai word the documents translate an English word by in their bracketed names
    (module docstring), at Dice association ≥ MIN_DICE; None when they never write it in a
    bracket beside a Thai term."""
    found = PAIR_WORDS.of(index).best.get(stem_latin(word.lower()))
    if found is None or found[1] < MIN_DICE:
        return None
    terms = sorted(found[0])
    if len(terms) == 1:
        return terms[0]
    vectors = index.embedder.encode_queries([embedding_text(t) for t in [word, *terms]])
    return terms[int(np.argmax(vectors[1:] @ vectors[0]))]


def thai_glosses(
    choices: Sequence[str], read: Sequence[PassageUnits], index: Index | None = None
) -> list[str]:
    """The choices with each everyday English word replaced by its Thai term where the passages
    read write one (see the module docstring); words in capitals after a choice's first word
    are names (names.thai_names bridges them) and stay, as do acronyms and English stop words.
    read are the passages an exam reads (score.passages_read); with index, a word the
    dictionary cannot gloss there is glossed as the documents' own bracketed names translate it
    (document_term)."""
    text_read = "\n".join(pu.passage.text for pu in read)
    out = []
    for choice in choices:
        found: list[tuple[int, int, str]] = []
        for i, match in enumerate(_LATIN_WORD.finditer(choice)):
            word = match.group()
            if word.lower() in ENGLISH_STOPWORDS or (word[0].isupper() and i > 0):
                continue
            thai = _gloss(text_read, word)
            if thai is None and index is not None:
                thai = document_term(index, word)
            if thai is not None:
                found.append((match.start(), match.end(), thai))
        text = choice
        for start, end, thai in reversed(found):
            text = text[:start] + thai + text[end:]
        out.append(text)
    return out
