"""Language-neutral support for exam choices: where the embedding puts each choice.

The exam's matching units (matching.py) judge a choice by the corpus's own words, so a choice
written in another language than the corpus ("Malnutrition" over Thai text that says
"ภาวะทุพโภชนาการ") matches nothing, true or false alike: English twins of our Thai exam items
scored 0.30, chance 0.25 (bench/cv.py's cross-language check). The multilingual embedding
places a choice near the sentences that say it in any language. A choice is supported here as
far as the sentences closest to it (its cosine, from its median sentence, 0, to its closest, 1)
are the sentences closest to the stem (`score.sentence_closeness`, the same scale), at the one
sentence where the product is highest:

    neutral(choice) = max over sentences s of  near(choice, s) × stem_closeness(s) ** power

A distractor is usually a true phrase from elsewhere in the document: its closest sentences
are not the stem's. `score.support_of_choices` weighs this against the lexical support by the
share of the choices' words the corpus cannot judge (`Query.foreign`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from ..background import BACKGROUND
from ..store import Index
from ..text import embedding_text
from .support import Query, Support


def neutral_support(
    index: Index,
    choices: Sequence[str],
    rows: np.ndarray,
    closeness: np.ndarray,
    power: float,
) -> list[tuple[float, int]]:
    """(support in 0..1, the row of the sentence where it is highest) of each choice.

    rows are the rows of index.sentence_vectors read (every sentence of a small corpus, the
    passages read of a large one), closeness the stem's closeness of every row (shape
    (len(index.sentence_vectors),), 0..1), power the weight of the stem's closeness
    (ExamConfig.neutral_power). A choice is encoded as a query, like the stem; with no rows,
    every choice has (0.0, -1).
    """
    if not len(rows) or not choices:
        return [(0.0, -1)] * len(choices)
    vectors = index.embedder.encode_queries([embedding_text(c) for c in choices])
    cosines = index.sentence_vectors[rows].astype(np.float32) @ vectors.T  # (rows, choices)
    middle = np.median(cosines, axis=0)
    top = cosines.max(axis=0)
    near = np.clip((cosines - middle) / np.maximum(top - middle, 1e-6), 0.0, 1.0)
    products = near * (closeness[rows] ** power)[:, None]
    best = np.argmax(products, axis=0)
    return [(float(products[b, i]), int(rows[b])) for i, b in enumerate(best)]


def about_the_documents(index: Index, stem_vector: np.ndarray, rows: np.ndarray) -> bool:
    """True when some sentence read is closer to the stem than every paragraph of generic Thai
    text (qa_bot/background.py). The embedding puts any choice somewhere; for a stem the
    documents are not about ("Which is the capital of Japan?") that place means nothing. On
    our exam items every stem passes (English twins: the margin is 0.013 at least, 0.076 at the
    median); "Which is the capital of Japan?" and "Which planet is largest?" fail (−0.013,
    −0.029). The yardstick is the background itself, no fitted number."""
    if not len(rows):
        return False
    best = float((index.sentence_vectors[rows].astype(np.float32) @ stem_vector).max())
    return best > float((BACKGROUND.of(index) @ stem_vector).max())


def foreign_share(queries: Sequence[Query]) -> float:
    """The mean share of the choices' weight in words the corpus cannot judge (Query.foreign):
    how far the exam is in another language than the corpus. One share for all the choices, so
    that their blended scores stay comparable."""
    shares = [q.foreign / q.total for q in queries if q.total > 0]
    return sum(shares) / len(shares) if shares else 0.0


def blend(
    index: Index,
    lexical: Support,
    query: Query,
    neutral: tuple[float, int],
    foreign: float,
) -> Support:
    """A choice's support: the lexical one weighs 1 − foreign, the language-neutral one
    (`neutral_support`: support, sentence row) foreign. Its coverage is the lexical coverage
    of the words the corpus can judge (the choice's own foreign words left out), blended with
    1 for the rest: words the corpus cannot check do not count against a choice, which is then
    judged by its score. The place shown is the sentence of the side that weighs more in the
    score."""
    score, row = neutral
    mix = (1.0 - foreign) * lexical.score + foreign * score
    judged = query.total - query.foreign
    coverage = min(lexical.coverage * query.total / judged, 1.0) if judged > 0 else 0.0
    cover = (1.0 - foreign) * coverage + foreign
    if row < 0 or foreign * score <= (1.0 - foreign) * lexical.score:
        return replace(lexical, score=mix, coverage=cover)
    passage_id = int(np.searchsorted(index.sentence_offsets, row, side="right")) - 1
    passage = index.passages[passage_id]
    sentence = row - int(index.sentence_offsets[passage_id])
    return Support(
        score=mix,
        passage=passage,
        source_pos=passage.sentences[sentence][0],
        coverage=cover,
        coherence=lexical.coherence,
        context=lexical.context,
        sentence=sentence,
    )
