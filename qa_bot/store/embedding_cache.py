"""Vectors of embedded texts, kept by key between builds, and the one place texts are embedded.

A text's key is sha256(embedder cache id, text): a build embeds only the texts whose keys the
previous index's embeddings.npz does not hold (EmbeddingCache.embed). What embeds the missing
texts is a seam (TextEncoder): by default the embedder in batches of ENCODE_BATCH; a
distributed build passes its own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..embedders import Embedder
from ..errors import IndexLoadError
from .atomic import sha256_file
from .layout import EMBEDDINGS
from .manifest import CacheSummary, read_manifest

ENCODE_BATCH = 64

Progress = Callable[[str, int, int], None]
# Texts missing from the cache → their vectors: (len(texts), dim) float32, L2-normalised rows,
# in the order given. Called once per stage ("passages", "sentences") with every missing text.
TextEncoder = Callable[[list[str]], np.ndarray]


def encode_in_batches(
    encode: Callable[[Sequence[str]], np.ndarray],
    texts: list[str],
    dim: int,
    stage: str,
    progress: Progress | None,
) -> np.ndarray:
    """encode(texts) ENCODE_BATCH (64) texts at a time → (len(texts), dim) float32 in order;
    progress(stage, 0, len(texts)) before the first batch (a bar's clock starts with the
    work), then progress(stage, texts done, len(texts)) after each batch."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    if progress and texts:
        progress(stage, 0, len(texts))
    for start in range(0, len(texts), ENCODE_BATCH):
        batch = texts[start : start + ENCODE_BATCH]
        out[start : start + len(batch)] = encode(batch)
        if progress:
            progress(stage, start + len(batch), len(texts))
    return out


def embedder_cache_id(embedder: Embedder) -> str:
    """What decides a text's vector besides the text: the model and the prompt it adds."""
    prompt = getattr(embedder, "passage_prompt", None)
    return embedder.model_id if prompt is None else f"{embedder.model_id}|passage:{prompt}"


def embedding_key(cache_id: str, text: str) -> str:
    """A text's key in the cache: sha256 hex (64 characters) of the embedder cache id
    (embedder_cache_id), a NUL, and the text."""
    return hashlib.sha256(f"{cache_id}\x00{text}".encode()).hexdigest()


def load_embedding_cache(index_dir: Path, embedder: Embedder) -> dict[str, np.ndarray]:
    """The vectors an existing index already holds, by key; empty if it has none to trust.

    A cache is only a shortcut, so anything wrong with it (no index, a checksum mismatch,
    another vector size) means embedding again, never a failed build.
    """
    path = Path(index_dir) / EMBEDDINGS
    try:
        manifest = read_manifest(Path(index_dir))
    except IndexLoadError:
        return {}
    expected = manifest.files.get(EMBEDDINGS)
    if expected is None or not path.is_file() or sha256_file(path) != expected:
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            keys, vectors = data["keys"], np.asarray(data["vectors"], dtype=np.float32)
    except Exception:  # an unreadable cache is no cache
        return {}
    if vectors.ndim != 2 or vectors.shape != (len(keys), embedder.dim):
        return {}
    return dict(zip(keys.tolist(), vectors, strict=True))


@dataclass
class EmbeddingCache:
    """Vectors by key while building: the old index's, then every text embedded now."""

    embedder: Embedder
    vectors: dict[str, np.ndarray]
    used: dict[str, None] = field(default_factory=dict)  # keys of this build, in order
    encoded: int = 0

    def embed(
        self,
        texts: list[str],
        stage: str,
        progress: Progress | None,
        encoder: TextEncoder | None = None,
    ) -> np.ndarray:
        """Vectors of texts, (len(texts), dim) float32 in order; only texts the cache lacks
        (each once) are encoded, by encoder or else the embedder in batches."""
        cache_id = embedder_cache_id(self.embedder)
        keys = [embedding_key(cache_id, text) for text in texts]
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in self.vectors:
                missing.setdefault(key, text)
        if missing:
            if encoder is None:
                fresh = encode_in_batches(
                    self.embedder.encode_passages,
                    list(missing.values()),
                    self.embedder.dim,
                    stage,
                    progress,
                )
            else:
                fresh = np.asarray(encoder(list(missing.values())), dtype=np.float32)
                if fresh.shape != (len(missing), self.embedder.dim):
                    raise ValueError(
                        f"the encoder returned {fresh.shape} for {len(missing)} texts "
                        f"of dimension {self.embedder.dim}"
                    )
            self.vectors.update(zip(missing, fresh, strict=True))
            self.encoded += len(missing)
        self.used.update(dict.fromkeys(keys))
        if not keys:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([self.vectors[key] for key in keys]).astype(np.float32)

    def save(self, path: Path) -> None:
        """Write the vectors this build used (not the whole cache), in first-use order, to path as
        an .npz: keys (<U64 strings) and vectors ((n, dim) float32). Raises OSError."""
        keys = list(self.used)
        vectors = (
            np.stack([self.vectors[key] for key in keys]).astype(np.float32)
            if keys
            else np.zeros((0, self.embedder.dim), dtype=np.float32)
        )
        with path.open("wb") as handle:
            np.savez(handle, keys=np.array(keys, dtype="<U64"), vectors=vectors)

    def summary(self) -> CacheSummary:
        """What the manifest records of the cache: the same for the same texts, whatever this
        build had to embed (so a build with nothing changed writes the same manifest)."""
        return CacheSummary(EMBEDDINGS, embedder_cache_id(self.embedder), len(self.used))

    def stats(self) -> dict[str, int]:
        """What this build embedded and reused (Index.build_stats; not written to the index)."""
        return {"encoded": self.encoded, "reused": len(self.used) - self.encoded}
