"""Dense + lexical retrieval, fused by a weighted sum of scores.

Plain reciprocal-rank fusion scored below dense search alone on this corpus (bench/RESULTS.md):
ranks throw away how sure each retriever is. A weighted sum of the cosine and the BM25 score
(scaled by the best BM25 score of the question) keeps that, and lets a strong exact match of a
rare word (an acronym, a name) lift a passage the dense model ranked second.

The dense score of a passage is half its own cosine and half the better of that and its best
sentence's cosine: a long paragraph's single vector blurs its topics, so a question about one
sentence of it ("AHA Centre") otherwise loses to a short passage that is vaguely similar.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from .corpus import Passage
from .index import Index
from .text import (
    embedding_text,
    is_content_word,
    normalize,
    tokenize,
    with_year_variants,
    year_variants,
)

# Measured on shared dev + eval/extra.jsonl by bench/fusion.py; see bench/RESULTS.md.
LEXICAL_WEIGHT = 0.03
SENTENCE_SHARE = 0.5
CANDIDATES = 50
# A passage that holds the question's acronym or English name ("AHA Centre", "AQRF") gains this
# much: BM25 alone (LEXICAL_WEIGHT) is too little to beat a passage the model finds similar.
NAME_WEIGHT = 0.05
RARE_NAME_SHARE = 0.2  # a Latin word in at most this share of passages is a name
_LATIN_WORD = re.compile(r"^[a-z][a-z0-9]+$")
EXACT_FILTER_SHARE = 0.05  # a section filter keeping at most this share is searched exactly


@dataclass(frozen=True)
class Candidate:
    passage: Passage
    score: float  # fused
    dense: float  # cosine of the passage
    sentence: float  # cosine of the passage's best sentence
    lexical: float  # BM25 divided by the question's best BM25 score (0..1)
    names: float = 0.0  # share of the question's rare Latin words (acronyms, names) it holds


@dataclass(frozen=True)
class Retrieval:
    """What a question retrieved, with what later steps need to reuse (no second encoding)."""

    question: str
    tokens: list[str]  # the question's words (years only as written)
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
        small = len(allowed) <= EXACT_FILTER_SHARE * len(index.passages)
        if small and index.manifest.get("dense_kind") == "hnsw":
            # A graph search finds few passages of a small filter: at 100 k passages, recall@10
            # 0.14 for 0.1 % of them, 0.95 for 2 %, 0.98 for 4 %. Score such a subset exactly
            # (about 2 µs a passage).
            cosines = index.dense.reconstruct_batch(allowed) @ query
            return allowed[np.argsort(-cosines, kind="stable")[:n]]
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    _, ids = index.dense.search(query[None, :], n, params=params)
    return ids[0][ids[0] >= 0]


def _best_sentence_cosine(index: Index, passage_id: int, query_vector: np.ndarray) -> float:
    vectors = index.passage_sentence_vectors(passage_id)
    return float((vectors @ query_vector).max()) if len(vectors) else -1.0


def retrieve(
    index: Index,
    question: str,
    k: int = 5,
    sections: Collection[tuple[str, int]] | None = None,
    lexical_weight: float | None = None,
    query_vector: np.ndarray | None = None,
) -> Retrieval:
    """The k best passages for a question, best first (fewer if the filter leaves fewer)."""
    tokens = tokenize(question)
    if query_vector is None:
        query_vector = index.embedder.encode_queries([embedding_text(question)])[0]
    allowed = allowed_passages(index, sections) if sections is not None else None
    total = len(index.passages) if allowed is None else len(allowed)
    if total == 0:
        return Retrieval(question, tokens, query_vector, [], 0.0)
    n = min(total, max(CANDIDATES, 4 * k))

    ids_in_vocab = index.bm25.get_tokens_ids(with_year_variants(tokens))
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
    sentence_cosines = np.array(
        [_best_sentence_cosine(index, int(i), query_vector) for i in ids], dtype=np.float32
    )
    # A long passage's vector blurs its many topics; its best sentence does not.
    dense = (1 - SENTENCE_SHARE) * cosines + SENTENCE_SHARE * np.maximum(cosines, sentence_cosines)
    lexical = bm25[ids] / bm25_max if bm25_max > 0 else np.zeros(len(ids), dtype=np.float32)
    weight = LEXICAL_WEIGHT if lexical_weight is None else lexical_weight
    names = name_share(index, tokens, ids)
    fused = dense + weight * lexical + NAME_WEIGHT * names
    order = np.argsort(-fused, kind="stable")[:k]
    candidates = [
        Candidate(
            passage=index.passages[int(ids[i])],
            score=float(fused[i]),
            dense=float(cosines[i]),
            sentence=float(sentence_cosines[i]),
            lexical=float(lexical[i]),
            names=float(names[i]),
        )
        for i in order
    ]
    return Retrieval(question, tokens, query_vector, candidates, bm25_max)


def _names(index: Index, tokens: list[str]) -> dict[str, float]:
    """The question's Latin words that few passages use (acronyms, English names), with IDF."""
    vocab, idf = idf_table(index)
    rare_idf = math.log(1.0 + (1 - RARE_NAME_SHARE) / RARE_NAME_SHARE)
    names = {}
    for token in tokens:
        token_id = vocab.get(token)
        if token_id is not None and _LATIN_WORD.match(token) and idf[token_id] >= rare_idf:
            names[token] = float(idf[token_id])
    return names


def name_share(index: Index, tokens: list[str], ids: np.ndarray) -> np.ndarray:
    """For each passage, the IDF-weighted share of the question's rare Latin words it holds."""
    names = _names(index, tokens)
    total = sum(names.values())
    if total <= 0:
        return np.zeros(len(ids), dtype=np.float32)
    return np.array(
        [
            sum(w for name, w in names.items() if name in normalized_passage(index, int(i))) / total
            for i in ids
        ],
        dtype=np.float32,
    )


def idf_table(index: Index) -> tuple[dict[str, int], np.ndarray]:
    """Token → id, and the IDF of every token id, from the BM25 index's own counts."""
    cached = index.derived.get("idf")
    if cached is None:
        indptr = np.asarray(index.bm25.scores["indptr"])
        df = np.diff(indptr).astype(np.float64)
        n = max(len(index.passages), 1)
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        cached = index.derived["idf"] = (index.bm25.vocab_dict, idf)
    return cached


def unknown_idf(index: Index) -> float:
    """The weight of a word the corpus never uses: rarer than its rarest word."""
    n = max(len(index.passages), 1)
    return math.log(1.0 + (n + 0.5) / 0.5)


def content_weights(index: Index, tokens: list[str]) -> dict[str, float]:
    """Each distinct content word of the question with its IDF (unknown words weigh most)."""
    vocab, idf = idf_table(index)
    weights: dict[str, float] = {}
    for token in tokens:
        if token in weights or not is_content_word(token):
            continue
        token_id = vocab.get(token)
        weights[token] = float(idf[token_id]) if token_id is not None else unknown_idf(index)
    return weights


# Normalised texts are kept for the passages questions touched most recently: enough for the
# candidates of many questions, without growing to a copy of a large corpus in a long-running
# server.
NORMALIZED_CACHE_SIZE = 4096


def _normalizer(index: Index, kind: str, make: Callable[[int], Any]) -> Callable[[int], Any]:
    cached = index.derived.get(kind)
    if cached is None:
        cached = index.derived.setdefault(kind, lru_cache(NORMALIZED_CACHE_SIZE)(make))
    return cached


def normalized_passage(index: Index, passage_id: int) -> str:
    def make(pid: int) -> str:
        return normalize(index.passages[pid].text)

    return _normalizer(index, "normalized_passage", make)(passage_id)


def normalized_sentences(index: Index, passage_id: int) -> tuple[str, ...]:
    def make(pid: int) -> tuple[str, ...]:
        passage = index.passages[pid]
        return tuple(normalize(passage.source[a:b]) for a, b in passage.sentences)

    return _normalizer(index, "normalized_sentences", make)(passage_id)


def _occurs(token: str, text: str) -> bool:
    return token in text or any(variant in text for variant in year_variants(token))


def coverage(weights: dict[str, float], text: str) -> float:
    """IDF-weighted share of the words that occur in the (normalised) text."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return sum(w for token, w in weights.items() if _occurs(token, text)) / total
