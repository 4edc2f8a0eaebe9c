"""Each sentence's score against the question (cosine, lexical share, exam choices, the asked
kind), kept for the last question (LAST_SCORES): the judge asks the top hit's again."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..answer_types import CHECKABLE_TYPES
from ..background import language_bias
from ..config import SentenceConfig
from ..last_answer import LastAnswer
from ..search import coverages, normalized_sentences, sentence_latin_shares
from ..store import Index
from .kinds import type_bonus
from .qualifiers import phase_term
from .tables import table_texts


def sentence_scores(
    index: Index,
    passage_id: int,
    query_vector: np.ndarray,
    weights: dict[str, float],
    config: SentenceConfig,
    choices: Sequence[dict[str, float]],
    typed: str | None,
    foreign: frozenset[str] = frozenset(),
    phase: str | None = None,
) -> list[float]:
    """best_sentence's score of each of the passage's sentences, from `LAST_SCORES` when the
    same question scored them already with the same settings (judged_sentence scores the top
    hit's sentences again, as choose_sentences did: ~0.05 ms a question). foreign: the words
    of weights (the question's English words that are no name: `weights.foreign_words`) a
    sentence holds only by its share of Latin letters, with config.language_fair. (Not an
    exam's English choices: read so, English exams' answer sentences were right 2 fewer times
    of 1,380 pooled.) phase: the phase of time the question sets its value at
    (`qualifiers.asked_phase`): a sentence stating it gains config.type_weight, one stating only
    the other phase loses as much."""
    asked = (
        query_vector.tobytes(),
        weights,
        list(choices),
        typed,
        foreign,
        phase,
        *_scoring_settings(config),
    )
    known = LAST_SCORES.get(index, asked) or {}
    if passage_id in known:
        return known[passage_id]
    cosines = index.passage_sentence_vectors(passage_id) @ query_vector
    if config.language_fair:
        cosines = cosines - language_offsets(index, passage_id, query_vector)
    texts = normalized_sentences(index, passage_id)
    # a value is read from a Markdown table's row under its header (a reason from the row)
    tables = table_texts(index, passage_id) if typed in CHECKABLE_TYPES else (None,) * len(texts)
    # Each term as a list first (an exam's choices only for an exam): the sums below add the
    # same numbers in the same order as one expression a sentence did.
    if config.language_fair and foreign:
        rows = slice(index.sentence_offsets[passage_id], index.sentence_offsets[passage_id + 1])
        lexical = fair_coverages(weights, texts, foreign, sentence_latin_shares(index)[rows])
    else:
        lexical = coverages(weights, texts)
    chosen = (
        [max(shares) for shares in zip(*(coverages(c, texts) for c in choices), strict=True)]
        if choices
        else [0.0] * len(texts)
    )
    scores = [
        float(cos)
        + config.lexical_weight * share
        + config.choice_weight * choice
        + (type_bonus(tables[row] or text, typed, config) if typed else 0.0)
        + config.type_weight * phase_term(text, phase)
        for row, (cos, text, share, choice) in enumerate(
            zip(cosines, texts, lexical, chosen, strict=True)
        )
    ]
    LAST_SCORES.put(index, asked, {**known, passage_id: scores})
    return scores


def fair_coverages(
    weights: dict[str, float], texts: Sequence[str], foreign: frozenset[str], latin: Sequence[float]
) -> list[float]:
    """`coverages` of the texts, each foreign word held counting × the text's share of Latin
    letters (latin: one per text, 0–1): an English word of the question that is no name is held
    by a Thai sentence only where it gives an English name in brackets ("(ASEAN Conference on
    Reducing Marine Debris …)"), and drew English questions to that sentence and away from the
    one beside it that answers in Thai ("… ด้านขยะทะเลที่กรุงเทพฯ")."""
    total = sum(weights.values())
    if total <= 0:
        return [0.0] * len(texts)
    own = {t: w for t, w in weights.items() if t not in foreign}
    other = {t: w for t, w in weights.items() if t in foreign}
    alike, english = coverages(own, texts), coverages(other, texts)
    own_total, other_total = sum(own.values()), sum(other.values())
    return [
        (a * own_total + float(share) * e * other_total) / total
        for a, e, share in zip(alike, english, latin, strict=True)
    ]


def _scoring_settings(config: SentenceConfig) -> tuple[float, float, float, float, bool]:
    return (
        config.lexical_weight,
        config.choice_weight,
        config.type_weight,
        config.reason_weight,
        config.language_fair,
    )


# The last question's sentence scores by passage, for one index (by identity) and one question:
# the query vector's values, its word weights, the exam's choices, the asked kind and the
# settings (`sentence_scores`'s inputs). A benchmark asking the same questions again is not
# served from it.
LAST_SCORES: LastAnswer[dict[int, list[float]]] = LastAnswer()


def language_offsets(index: Index, passage_id: int, query_vector: np.ndarray) -> np.ndarray:
    """(sentences,) what each of the passage's sentences' cosines with the question owes to its
    script: the question's language bias (background.language_bias: about +0.04 for an English
    question, −0.02 for a Thai one) × the sentence's share of Latin letters. A Thai sentence that
    gives a name's English title in brackets was nearer to an English question than the one
    beside it that answers it, as whole passages were in retrieval."""
    rows = slice(index.sentence_offsets[passage_id], index.sentence_offsets[passage_id + 1])
    return language_bias(index, query_vector) * sentence_latin_shares(index)[rows]
