"""From retrieved passages to an answer: the sentence that answers, and whether anything does."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .index import Index
from .search import Candidate, Retrieval
from .text import is_content_word, is_thai, normalize

# Answer sentence = cosine(question, sentence) + SENTENCE_LEXICAL_WEIGHT * share of the
# question's content words (IDF-weighted) found in the sentence. Measured in bench/RESULTS.md.
SENTENCE_LEXICAL_WEIGHT = 0.15


@dataclass(frozen=True)
class Hit:
    rank: int
    score: float
    section_id: int
    section_label: str
    section_label_en: str
    document: str
    document_title: str
    text: str
    start: int
    end: int
    answer_sentence: str
    answer_start: int
    answer_end: int
    passage_id: int = field(default=-1, compare=False)


@dataclass(frozen=True)
class Evidence:
    """Signals behind the answerable verdict, kept so that they can be inspected and tuned."""

    cosine: float
    margin: float
    coverage: float  # IDF-weighted share of content words found in the top passages
    unknown: float  # IDF-weighted share of content words the corpus never uses
    thai: bool
    probability: float


@dataclass(frozen=True)
class Choice:
    """Exam mode: which choice the corpus supports (or, for a negative stem, does not)."""

    index: int | None
    letter: str | None
    scores: list[float]
    evidence: list[Hit | None]
    negative: bool = False


@dataclass(frozen=True)
class Answer:
    question: str
    answerable: bool
    hits: list[Hit]
    elapsed_ms: float
    choice: Choice | None = None
    evidence: Evidence | None = field(default=None, compare=False)


def _idf(index: Index) -> tuple[dict[str, int], np.ndarray]:
    """Token → id, and the IDF of every token id, from the BM25 index's own counts."""
    cached = getattr(index, "_idf_cache", None)
    if cached is None:
        indptr = np.asarray(index.bm25.scores["indptr"])
        df = np.diff(indptr).astype(np.float64)
        n = max(len(index.passages), 1)
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        cached = (index.bm25.vocab_dict, idf)
        index._idf_cache = cached  # type: ignore[attr-defined] - a derived, read-only cache
    return cached


def unknown_idf(index: Index) -> float:
    """The weight of a word the corpus never uses: rarer than its rarest word."""
    n = max(len(index.passages), 1)
    return math.log(1.0 + (n + 0.5) / 0.5)


def content_weights(index: Index, tokens: list[str]) -> dict[str, float]:
    """Each distinct content word of the question with its IDF (unknown words weigh most)."""
    vocab, idf = _idf(index)
    weights: dict[str, float] = {}
    for token in tokens:
        if token in weights or not is_content_word(token):
            continue
        token_id = vocab.get(token)
        weights[token] = float(idf[token_id]) if token_id is not None else unknown_idf(index)
    return weights


def normalized_passage(index: Index, passage_id: int) -> str:
    cache: dict[int, str] = index.__dict__.setdefault("_normalized_cache", {})
    text = cache.get(passage_id)
    if text is None:
        text = cache[passage_id] = normalize(index.passages[passage_id].text)
    return text


def coverage(weights: dict[str, float], text: str) -> float:
    """IDF-weighted share of the words that occur in the (normalised) text."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return sum(w for token, w in weights.items() if token in text) / total


def best_sentence(
    index: Index, candidate: Candidate, query_vector: np.ndarray, weights: dict[str, float]
) -> tuple[int, int]:
    """Source offsets of the passage sentence that best answers the question."""
    passage = candidate.passage
    if not passage.sentences:
        return passage.start, passage.end
    cosines = index.passage_sentence_vectors(passage.id) @ query_vector
    doc_text = index.document(passage.doc_id).text  # type: ignore[union-attr]
    scores = [
        float(cos) + SENTENCE_LEXICAL_WEIGHT * coverage(weights, normalize(doc_text[a:b]))
        for cos, (a, b) in zip(cosines, passage.sentences, strict=True)
    ]
    return passage.sentences[int(np.argmax(scores))]


def make_hit(
    index: Index, rank: int, candidate: Candidate, query_vector: np.ndarray, weights: dict
) -> Hit:
    passage = candidate.passage
    start, end = best_sentence(index, candidate, query_vector, weights)
    doc_text = index.document(passage.doc_id).text  # type: ignore[union-attr]
    return Hit(
        rank=rank,
        score=round(candidate.score, 4),
        section_id=passage.section_id,
        section_label=passage.section_label,
        section_label_en=passage.section_label_en,
        document=passage.doc_id,
        document_title=passage.doc_title,
        text=passage.text,
        start=passage.start,
        end=passage.end,
        answer_sentence=doc_text[start:end],
        answer_start=start,
        answer_end=end,
        passage_id=passage.id,
    )


# Logistic model of "the corpus answers this", fitted on eval/ by bench/answerable.py.
ANSWERABLE_WEIGHTS = {
    "bias": -30.0,
    "cosine": 35.0,
    "margin": 0.0,
    "coverage": 3.0,
    "unknown": -3.0,
}
ANSWERABLE_THRESHOLD = 0.5


def evidence_for(index: Index, retrieval: Retrieval, weights: dict[str, float]) -> Evidence:
    candidates = retrieval.candidates
    top = candidates[0]
    margin = top.dense - (candidates[1].dense if len(candidates) > 1 else 0.0)
    top_text = " ".join(normalized_passage(index, c.passage.id) for c in candidates[:3])
    found = coverage(weights, top_text)
    total = sum(weights.values())
    vocab, _ = _idf(index)
    unknown = (
        sum(w for token, w in weights.items() if token not in vocab) / total if total else 0.0
    )
    features = {"cosine": top.dense, "margin": margin, "coverage": found, "unknown": unknown}
    logit = ANSWERABLE_WEIGHTS["bias"] + sum(
        ANSWERABLE_WEIGHTS[name] * value for name, value in features.items()
    )
    probability = 1.0 / (1.0 + math.exp(-max(min(logit, 50.0), -50.0)))
    return Evidence(
        cosine=top.dense,
        margin=margin,
        coverage=found,
        unknown=unknown,
        thai=is_thai(retrieval.question),
        probability=probability,
    )


def compose_answer(index: Index, retrieval: Retrieval, elapsed_ms: float = 0.0) -> Answer:
    if not retrieval.candidates:
        return Answer(retrieval.question, False, [], elapsed_ms)
    weights = content_weights(index, retrieval.tokens)
    hits = [
        make_hit(index, rank, candidate, retrieval.query_vector, weights)
        for rank, candidate in enumerate(retrieval.candidates, start=1)
    ]
    evidence = evidence_for(index, retrieval, weights)
    answerable = evidence.probability >= ANSWERABLE_THRESHOLD
    return Answer(retrieval.question, answerable, hits, elapsed_ms, evidence=evidence)
