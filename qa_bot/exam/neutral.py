"""Language-neutral support for exam choices: where the embedding puts each choice.

The exam's matching units (matching.py) judge a choice by the corpus's own words, so a choice
written in another language than the corpus ("Malnutrition" over Thai text that says
"ภาวะทุพโภชนาการ") matches nothing, true or false alike: English twins of our Thai exam items
scored 0.30, chance 0.25 (bench/cv.py's cross-language check). The multilingual embedding
places a choice near the sentences that say it in any language. A choice is supported here as
far as the sentences closest to it (its cosine, from its median sentence, 0, to its closest, 1)
are where the stem is, at the one sentence where the product is highest:

    neutral(choice) = max over sentences s of  near(choice, s) × stem(s) ** power
    place(s) = closeness(stem, s) × retrieved(stem, passage of s) / the best such product
    stem(s) = place(s) × the best place(t) of the sentences t of s's section (normalised)

closeness is the stem's cosine with the sentence (`score.sentence_closeness`'s scale),
retrieved the fused retrieval score of its passage for the stem (search.retrieve: the dense,
lexical, name and gloss evidence an English question has over Thai text), both from their
median (0) to their best (1); the section factor keeps the stem to the sector(s) it is
found in (`in_its_sector`). A distractor is usually a true phrase from elsewhere in the
document: its closest sentences are not the stem's. `score.support_of_choices` weighs this
against the lexical support by the share of the choices' words the corpus cannot judge
(`Query.foreign`).

A content-free stem ("Which statement is true?", parse.content_free) is nowhere in particular:
there each choice is the whole claim, and its support on this side is how close it comes to
one sentence, read as a passage as the sentences are (`claim_support`, topic ""). On the 19
English content-free stems of the pooled exam items (exam21en), the lexical side alone picked
8 right (glosses in the wrong sense, Latin words the Thai text cannot judge), blended so 14.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

import numpy as np

from ..background import BACKGROUND
from ..config import RetrievalConfig
from ..embedders import encode_passages_asked
from ..search import retrieve
from ..store import Index
from ..text import embedding_text
from .support import Query, Support


def _from_median(values: np.ndarray) -> np.ndarray:
    """values rescaled from their median (0) to their maximum (1), clipped to 0..1."""
    middle = np.median(values)
    return np.clip((values - middle) / max(float(values.max()) - middle, 1e-6), 0.0, 1.0)


def retrieved(
    index: Index,
    stem: str,
    sections: Collection[tuple[str, int]] | None,
    stem_vector: np.ndarray,
    rows: np.ndarray,
    config: RetrievalConfig,
) -> np.ndarray:
    """The stem's fused retrieval score of each row's passage, from the median of the passages
    read (0) to the best (1); shape (len(index.sentence_vectors),), 0 outside rows and for a
    passage retrieval did not return."""
    out = np.zeros(len(index.sentence_vectors), dtype=np.float32)
    if not len(rows):
        return out
    owner = np.searchsorted(index.sentence_offsets, rows, side="right") - 1
    passages = np.unique(owner)
    found = retrieve(index, stem, len(passages), sections, query_vector=stem_vector, config=config)
    fused = {c.passage.id: c.score for c in found.candidates}
    scores = np.asarray([fused.get(int(p), -np.inf) for p in passages], dtype=np.float64)
    floor = scores[np.isfinite(scores)].min() if np.isfinite(scores).any() else 0.0
    scaled = _from_median(np.where(np.isfinite(scores), scores, floor))
    out[rows] = scaled[np.searchsorted(passages, owner)]
    return out


def in_its_sector(index: Index, there: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """there (how much each sentence row is where the stem is, 0..1) × the best of it in the
    row's section, rescaled to 1 at best: the sector the stem retrieves counts whole, another
    sector as far as the stem is found there at all.

    A distractor is usually a true phrase of another sector (the health sector's
    "Malnutrition" for an environment stem); the sentence that says it may still be close to
    the stem's words ("ASEAN", "cooperation"). The Thai scoring weighs the stem's words in the
    choice's section (ExamConfig.stem_section); this is its language-neutral counterpart.
    Shape (len(index.sentence_vectors),); 0 outside rows.
    """
    out = np.zeros_like(there)
    if not len(rows):
        return out
    owner = np.searchsorted(index.sentence_offsets, rows, side="right") - 1
    sectors = [(index.passages[p].doc_id, index.passages[p].section_id) for p in owner]
    best: dict[tuple[str, int], float] = {}
    for row, sector in zip(rows, sectors, strict=True):
        best[sector] = max(best.get(sector, 0.0), float(there[row]))
    standing = np.asarray([best[sector] for sector in sectors], dtype=there.dtype)
    out[rows] = there[rows] * standing
    return out / max(float(out.max()), 1e-6)


def neutral_support(
    index: Index,
    choices: Sequence[str],
    rows: np.ndarray,
    stem_there: np.ndarray,
    power: float,
) -> list[tuple[float, int]]:
    """(support in 0..1, 1 for the best choice; the row of the sentence where it is highest) of
    each choice.

    rows are the rows of index.sentence_vectors read (every sentence of a small corpus, the
    passages read of a large one), stem_there how much each row is where the stem is (shape
    (len(index.sentence_vectors),), 0..1: closeness × retrieved, 1 at best), power its weight
    (ExamConfig.neutral_power). A choice is encoded as a query, like the stem; with no rows,
    every choice has (0.0, -1).
    """
    if not len(rows) or not choices:
        return [(0.0, -1)] * len(choices)
    vectors = index.embedder.encode_queries([embedding_text(c) for c in choices])
    cosines = index.sentence_vectors[rows].astype(np.float32) @ vectors.T  # (rows, choices)
    near = np.apply_along_axis(_from_median, 0, cosines)
    products = near * (stem_there[rows] ** power)[:, None]
    best = np.argmax(products, axis=0)
    supports = products[best, np.arange(len(choices))]
    # Relative to the best choice (1): the products' size says how sharply the stem's place
    # stands out, not whether a choice is true (whether the documents are about the stem at
    # all is about_the_documents' call).
    supports = supports / max(float(supports.max()), 1e-9)
    return [(float(supports[i]), int(rows[b])) for i, b in enumerate(best)]


def claim_closeness(
    index: Index, topic: str, choices: Sequence[str], rows: np.ndarray
) -> list[float]:
    """How close each choice said with the stem's topic ("<topic> <choice>", a claim) comes to
    one sentence of rows, encoded as a passage as the sentences are (passage to passage: a
    statement against statements, in any language), from the least of the choices (0) to the
    best (1); all 0 with fewer than two choices or no rows. One batch for all the choices.

    The lexical side judges an English choice by the Thai of its words (glosses.py), some of
    them in the wrong sense ("took place" → สถานที่); `neutral_support` places the choice alone,
    which says nothing of the stem's topic. The claim is read whole by the multilingual
    embedding, no glosses: `score.support_of_choices` counts it ExamConfig.claim_share of a
    choice's score where the language-neutral side is used (bench: exam20en's within-fold fit
    in ExamConfig.claim_share's comment)."""
    return [score for score, _ in claim_support(index, topic, choices, rows)]


def claim_support(
    index: Index, topic: str, choices: Sequence[str], rows: np.ndarray
) -> list[tuple[float, int]]:
    """`claim_closeness` with the row of index.sentence_vectors where each claim is closest:
    (closeness 0..1 from the least choice to the best, row; -1 with fewer than two choices or
    no rows). topic "" reads each choice alone as the claim (a content-free stem)."""
    if len(choices) < 2 or not len(rows):
        return [(0.0, -1)] * len(choices)
    texts = [embedding_text(f"{topic} {c}".strip()) for c in choices]
    vectors = encode_passages_asked(index.embedder, texts)
    cosines = index.sentence_vectors[rows].astype(np.float32) @ vectors.T  # (rows, choices)
    where = cosines.argmax(axis=0)
    best = cosines[where, np.arange(len(choices))]
    low, high = float(best.min()), float(best.max())
    return [
        (float(b - low) / max(high - low, 1e-6), int(rows[w]))
        for b, w in zip(best, where, strict=True)
    ]


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
