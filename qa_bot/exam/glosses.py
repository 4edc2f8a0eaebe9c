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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import dictionary_terms
from ..text import ENGLISH_STOPWORDS, thai_stopwords
from .matching import PassageUnits

_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z'’]*(?![A-Za-z0-9])")
MIN_TERM = 2  # a one-letter Thai term is a fragment, found in any text


def _gloss(text_read: str, word: str) -> str | None:
    """The first of a word's dictionary terms the passages read write, not a Thai stop word."""
    stop = thai_stopwords()
    terms = dictionary_terms(word.lower())
    for term in terms:
        if len(term) >= MIN_TERM and term not in stop and term in text_read:
            return term
    return None


def thai_glosses(choices: Sequence[str], read: Sequence[PassageUnits]) -> list[str]:
    """The choices with each everyday English word replaced by its Thai term where the passages
    read write one (see the module docstring); words in capitals after a choice's first word
    are names (names.thai_names bridges them) and stay, as do acronyms and English stop words.
    read are the passages an exam reads (score.passages_read)."""
    text_read = "\n".join(pu.passage.text for pu in read)
    out = []
    for choice in choices:
        found: list[tuple[int, int, str]] = []
        for i, match in enumerate(_LATIN_WORD.finditer(choice)):
            word = match.group()
            if word.lower() in ENGLISH_STOPWORDS or (word[0].isupper() and i > 0):
                continue
            thai = _gloss(text_read, word)
            if thai is not None:
                found.append((match.start(), match.end(), thai))
        text = choice
        for start, end, thai in reversed(found):
            text = text[:start] + thai + text[end:]
        out.append(text)
    return out
