"""What exam scoring works on: a choice or stem as weighted units (Query), and how the corpus
supports a choice at one place (Support)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from ..corpus.model import Passage
from ..text import stem_latin
from .matching import UnitIndex, unit_weights


@dataclass(frozen=True)
class Support:
    """How the corpus supports one choice, at the place that supports it best."""

    score: float
    passage: Passage | None = None
    source_pos: int = -1
    reading_pos: float = 0.0  # the same place in the passage's reading positions
    coverage: float = 0.0  # weighted share of the choice's units found there (order-aware)
    coherence: float = 0.0  # coverage / share of the choice the corpus has at all
    context: float = 0.0  # how much of the stem is around it
    sentence: int = -1  # the passage's sentence that carries it, when the language-neutral
    # side decided (see neutral_support); -1: the matched place (reading_pos) does
    in_words: bool = True  # the corpus's own words, names or numbers support it; False when
    # the score rests on the embedding alone (neutral.blend of a choice the text cannot judge)
    contradicted: bool = False  # the place that says its words says them with the opposite
    # polarity (one negated, the other not: polarity.contradicts); the verdict counts its score
    # at ExamConfig.contradicted_share
    other_year: bool = False  # the place that says its words writes another year, not its own
    # (years.other_year); counted as contradicted is


@dataclass(frozen=True)
class Query:
    """A choice or a stem as weighted units, in the order the text says them."""

    weights: dict[str, float]
    total: float
    known: float  # weight of the units the corpus has
    foreign: float = 0.0  # weight of its Latin words the corpus does not write: words of
    # another language than the corpus's, which its text cannot confirm or deny
    reordered: tuple[int, ...] = ()  # when some of its words are the Thai of English words
    # (glosses, names): each unit's rank with the words in the opposite order. English puts a
    # modifier before its head, Thai after ("water resources management" ↔
    # "การจัดการทรัพยากรน้ำ"), so their order may run either way


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def latin_names(text: str) -> set[str]:
    """The matching units of the Latin words a text writes as names: in capitals or with a
    digit ("AUN", "G20"), or capitalised after its first word ("the ASEAN Smart Cities
    Network"; a choice's first word is capitalised as a sentence's is)."""
    words = _LATIN_WORD.findall(text)
    starts = text.lstrip()[:1].isalpha()
    return {
        "~" + stem_latin(word.lower())
        for i, word in enumerate(words)
        if word.isupper()
        or any(c.isdigit() for c in word)
        or (word[0].isupper() and (i or not starts))
    }


def make_query(ui: UnitIndex, weights: dict[str, float], names: Collection[str] = ()) -> Query:
    """A query from its unit weights (`unit_weights`), with their total, the part of it the
    corpus has (units with a known rarity) and the part it cannot judge (`Query.foreign`):
    Latin words the corpus lacks, and those it has that the text does not write as names
    (units of `latin_names`): over Thai text, an everyday English word ("management") is found
    only in the English names the document gives in brackets, by chance."""
    known = sum(w for u, w in weights.items() if u in ui.idf)
    foreign = sum(
        w for u, w in weights.items() if u.startswith("~") and (u not in ui.idf or u not in names)
    )
    return Query(weights, sum(weights.values()), known, foreign)


def choice_queries(
    ui: UnitIndex, choices: Sequence[str], as_typed: Sequence[str] | None = None
) -> list[Query]:
    """One query per choice; units every choice has weigh shared_unit_weight (they cannot tell
    the choices apart; ui.config). as_typed: the choices as typed, when choices are their
    matching forms (a choice that differs is Query.translated)."""
    cfg = ui.config
    weights = [unit_weights(ui, c) for c in choices]
    if len(weights) > 1:
        shared = set.intersection(*(set(w) for w in weights))
        for w in weights:
            for unit in shared:
                w[unit] *= cfg.shared_unit_weight
    typed = as_typed if as_typed is not None else choices
    queries = []
    for w, c, t in zip(weights, choices, typed, strict=True):
        query = make_query(ui, w, latin_names(c))
        if c != t:
            opposite = {u: r for r, u in enumerate(unit_weights(ui, " ".join(c.split()[::-1])))}
            last = len(opposite)
            query = replace(query, reordered=tuple(opposite.get(u, last) for u in w))
        queries.append(query)
    return queries
