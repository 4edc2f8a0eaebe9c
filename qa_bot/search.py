"""Dense + lexical retrieval, fused by a weighted sum of scores.

Plain reciprocal-rank fusion scored below dense search alone on this corpus (bench/RESULTS.md):
ranks throw away how sure each retriever is. A weighted sum of the cosine and the BM25 score
(scaled by the best BM25 score of the question) keeps that, and lets a strong exact match of a
rare word (an acronym, a name) lift a passage the dense model ranked second.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from .corpus import Passage
from .index import Index
from .text import embedding_text, query_tokens

# Measured on eval/*.jsonl by bench/fusion.py; see bench/RESULTS.md.
LEXICAL_WEIGHT = 0.03
CANDIDATES = 50


@dataclass(frozen=True)
class Candidate:
    passage: Passage
    score: float  # fused
    dense: float  # cosine
    lexical: float  # BM25 divided by the question's best BM25 score (0..1)


@dataclass(frozen=True)
class Retrieval:
    """What a question retrieved, with what later steps need to reuse (no second encoding)."""

    question: str
    tokens: list[str]
    query_vector: np.ndarray
    candidates: list[Candidate]
    bm25_max: float


def allowed_passages(index: Index, sections: Collection[tuple[str, int]] | None) -> np.ndarray:
    if sections is None:
        return np.arange(len(index.passages), dtype=np.int64)
    wanted = set(sections)
    return np.array(
        [p.id for p in index.passages if (p.doc_id, p.section_id) in wanted], dtype=np.int64
    )


def _dense_top(index: Index, query: np.ndarray, n: int, allowed: np.ndarray | None) -> np.ndarray:
    import faiss

    params = None
    if allowed is not None:
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    _, ids = index.dense.search(query[None, :], n, params=params)
    return ids[0][ids[0] >= 0]


def retrieve(
    index: Index,
    question: str,
    k: int = 5,
    sections: Collection[tuple[str, int]] | None = None,
    lexical_weight: float | None = None,
    query_vector: np.ndarray | None = None,
) -> Retrieval:
    """The k best passages for a question, best first (fewer if the filter leaves fewer)."""
    tokens = query_tokens(question)
    if query_vector is None:
        query_vector = index.embedder.encode_queries([embedding_text(question)])[0]
    allowed = allowed_passages(index, sections) if sections is not None else None
    total = len(index.passages) if allowed is None else len(allowed)
    if total == 0:
        return Retrieval(question, tokens, query_vector, [], 0.0)
    n = min(total, max(CANDIDATES, 4 * k))

    ids_in_vocab = index.bm25.get_tokens_ids(tokens)
    if ids_in_vocab:
        bm25 = index.bm25.get_scores_from_ids(ids_in_vocab).astype(np.float32)
        if allowed is not None:
            mask = np.zeros(len(bm25), dtype=bool)
            mask[allowed] = True
            bm25 = np.where(mask, bm25, 0.0)
    else:
        bm25 = np.zeros(len(index.passages), dtype=np.float32)
    bm25_max = float(bm25.max()) if len(bm25) else 0.0

    dense_ids = _dense_top(index, query_vector, n, allowed)
    lexical_ids = np.argpartition(-bm25, min(n, len(bm25) - 1))[:n] if bm25_max > 0 else []
    lexical_ids = [i for i in lexical_ids if bm25[i] > 0]
    ids = np.unique(np.concatenate([dense_ids, np.asarray(lexical_ids, dtype=np.int64)]))
    cosines = index.dense.reconstruct_batch(ids) @ query_vector
    lexical = bm25[ids] / bm25_max if bm25_max > 0 else np.zeros(len(ids), dtype=np.float32)
    weight = LEXICAL_WEIGHT if lexical_weight is None else lexical_weight
    fused = cosines + weight * lexical
    order = np.argsort(-fused, kind="stable")[:k]
    candidates = [
        Candidate(
            passage=index.passages[int(ids[i])],
            score=float(fused[i]),
            dense=float(cosines[i]),
            lexical=float(lexical[i]),
        )
        for i in order
    ]
    return Retrieval(question, tokens, query_vector, candidates, bm25_max)
