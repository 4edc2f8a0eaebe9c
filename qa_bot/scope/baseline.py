"""The dense yardsticks of the scope judge: what a question's cosine with "any passage" looks
like (the corpus's own passages spread evenly, Thai text in general for a small corpus), how far
the best passage stands out from it, and the top passage's sentence closest to the question."""

from __future__ import annotations

import numpy as np

from ..background import BACKGROUND
from ..config import DEFAULT, ScopeConfig
from ..store import Derived, Index


def baseline_vectors(index: Index, config: ScopeConfig = DEFAULT.scope) -> np.ndarray:
    """(n, dim) float32 unit vectors of up to config.baseline_passages passages spread evenly
    over the index: what the cosine of a question to "any passage" looks like. A corpus of
    fewer than config.baseline_min_passages passages adds the background paragraphs of Thai text
    in general (qa_bot/background.py): over two passages the best one always stands exactly one
    spread above their mean, whatever the question."""
    built = BASELINES.of(index)  # one per sample size (configs may differ)
    key = (config.baseline_passages, config.baseline_min_passages)
    vectors = built.get(key)
    if vectors is None:
        total = len(index.passages)
        wanted = min(total, config.baseline_passages)
        ids = np.unique(np.linspace(0, total - 1, wanted).astype(np.int64))
        vectors = np.asarray(index.dense.reconstruct_batch(ids), dtype=np.float32)
        if total < config.baseline_min_passages:
            vectors = np.vstack([vectors, BACKGROUND.of(index)]).astype(np.float32)
        vectors = built.setdefault(key, vectors)
    return vectors


BASELINES: Derived[dict[tuple[int, int], np.ndarray]] = Derived(
    "passage vectors of the cosine baseline, by sample size", lambda index: {}
)


def cosine_baseline(
    index: Index, query_vector: np.ndarray, config: ScopeConfig = DEFAULT.scope
) -> tuple[float, float]:
    """(mean, standard deviation) of the question's cosines with up to
    config.baseline_passages passages spread over the index: what "any passage" scores."""
    cosines = baseline_vectors(index, config) @ query_vector
    return float(cosines.mean()), float(cosines.std())


def standout(
    index: Index, query_vector: np.ndarray, cosine: float, config: ScopeConfig = DEFAULT.scope
) -> float:
    """How many standard deviations a cosine stands above the question's cosines with passages
    in general. Language-neutral: an English question's cosines with a Thai text all run lower,
    its best passage still stands out; a question about the documents' topic but not their
    content is about as close to every passage."""
    return standout_from(cosine, *cosine_baseline(index, query_vector, config))


def standout_from(cosine: float, mean: float, spread: float) -> float:
    """`standout` from the cosine baseline's (mean, spread) already computed."""
    return (cosine - mean) / spread if spread > 1e-6 else 0.0


def closest_sentence(index: Index, passage_id: int, query_vector: np.ndarray) -> str:
    """The passage's sentence whose vector is closest to the question's (its whole text when
    it has no sentences)."""
    passage = index.passages[passage_id]
    vectors = index.passage_sentence_vectors(passage_id)
    if not len(vectors):
        return passage.text
    start, end = passage.sentences[int(np.argmax(vectors @ query_vector))]
    return passage.source[start:end]
