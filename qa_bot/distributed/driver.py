"""The driver of a Ray build: `build_index_on_ray` runs the two stages (stages.py) on Ray and
writes the index once, on this machine, atomically, as build_index (qa_bot/store) writes it.
The package docstring (qa_bot/distributed/__init__.py) draws the whole build.
"""

from __future__ import annotations

import pickle
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..corpus.documents import corpus_files
from ..corpus.passages import DEFAULT_MAX_PASSAGE_CHARS
from ..embedders import DEFAULT_MODEL
from ..errors import CorpusError, EmbedderError, QABotError
from ..store import (
    APPROXIMATE_ABOVE,
    EmbeddingCache,
    Index,
    Progress,
    check_index_target,
    embedder_cache_id,
    embedding_key,
    finish_build,
    load_embedding_cache,
)
from ..store.atomic import remove_stale_builds
from ..store.build import skip_unreadable_documents
from ..store.manifest import BuildSettings, EmbedderInfo
from .cluster import build_failed, quiet_ray_data, ray_session, unwrap
from .options import RayOptions
from .stages import (
    EmbedderFactory,
    Encoder,
    LazyEmbedder,
    SplitCorpus,
    SplitDocument,
    describe_embedder,
    join_documents,
    missing_texts,
    split_batch,
)

MAX_SPLIT_BLOCKS = 1024


def _encoder_workers(ray: Any, options: RayOptions) -> int:
    if options.workers is not None:
        return options.workers
    resources = ray.cluster_resources()
    if options.gpus_per_worker > 0:
        return max(1, int(resources.get("GPU", 0) // options.gpus_per_worker))
    return max(1, int(resources.get("CPU", 1) // options.cpus_per_worker))


def _describe_on_ray(ray: Any, model: str, factory: EmbedderFactory | None) -> EmbedderInfo:
    """Load the model once on a worker: a model that cannot load fails here, with its own
    message, before any work is sent."""
    describe = ray.remote(num_cpus=0)(describe_embedder)
    try:
        return ray.get(describe.remote(model, factory))
    except Exception as exc:
        found = unwrap(exc, EmbedderError)
        if isinstance(found, EmbedderError):
            raise EmbedderError(found.message_th, found.message_en) from exc
        raise build_failed(exc) from exc


def _split_on_ray(
    ray: Any, files: list[Path], max_passage_chars: int, cache_id: str
) -> tuple[SplitCorpus, list[tuple[Path, CorpusError]]]:
    """(the readable documents split and joined, (path, why) of each unreadable one), both in
    corpus order."""
    items = [{"order": i, "path": str(path)} for i, path in enumerate(files)]
    # A block is a task's worth of documents: one each for a small corpus, and no more than
    # MAX_SPLIT_BLOCKS tasks (each costs scheduling) for a corpus of many files.
    blocks = min(len(items), MAX_SPLIT_BLOCKS)
    dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
        split_batch,
        batch_size=1,
        fn_kwargs={
            "max_passage_chars": max_passage_chars,
            "cache_id": cache_id,
            "alone": len(files) == 1,
        },
        num_cpus=1,
    )
    splits: dict[int, SplitDocument] = {}
    errors: dict[int, CorpusError] = {}
    for row in dataset.iter_rows():
        if row["error"]:
            message_th, message_en = str(row["error"]).split("\x00", 1)
            errors[int(row["order"])] = CorpusError(message_th, message_en)
        else:
            splits[int(row["order"])] = pickle.loads(row["payload"])
    corpus = join_documents([splits[i] for i in sorted(splits)])
    return corpus, [(files[i], errors[i]) for i in sorted(errors)]


def _encode_on_ray(
    ray: Any,
    rows: list[dict[str, Any]],
    dim: int,
    model: str,
    factory: EmbedderFactory | None,
    options: RayOptions,
    on_rows: Callable[[int], None],
) -> dict[str, np.ndarray]:
    """Vectors of every row's texts by key; on_rows(n) after each n passages come back."""
    if not rows:
        return {}
    keys_of = {row["row"]: row["keys"] for row in rows}
    items = [{"row": row["row"], "texts": row["texts"]} for row in rows]
    workers = _encoder_workers(ray, options)
    stage: dict[str, Any] = {
        "batch_size": options.batch_size,
        "compute": ray.data.ActorPoolStrategy(size=workers),
        "fn_constructor_kwargs": {
            "model": model,
            "factory": factory,
            "gpu": options.gpus_per_worker > 0,
        },
        "num_cpus": options.cpus_per_worker,
        "num_gpus": options.gpus_per_worker or None,
    }
    restarts = {"max_restarts": options.max_restarts, "max_task_retries": options.max_restarts}
    source = ray.data.from_items(items)
    try:
        with warnings.catch_warnings():
            # Worker restarts are settable only through ray_remote_args, deprecated since
            # Ray 2.60 (to be removed in 2.64) in favour of named parameters that lack them.
            warnings.simplefilter("ignore")
            dataset = source.map_batches(Encoder, **stage, **restarts)
    except TypeError:  # a Ray without them: its default, retrying forever
        dataset = source.map_batches(Encoder, **stage)
    vectors: dict[str, np.ndarray] = {}
    for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
        for row, blob in zip(batch["row"], batch["vectors"], strict=True):
            keys = keys_of[int(row)]
            block = np.frombuffer(blob, dtype="<f4").reshape(len(keys), dim)
            vectors.update(zip(keys, block, strict=True))
        on_rows(len(batch["row"]))
    return vectors


def build_index_on_ray(
    corpus_dir: Path,
    index_dir: Path,
    model: str = DEFAULT_MODEL,
    max_passage_chars: int = DEFAULT_MAX_PASSAGE_CHARS,
    approximate_above: int = APPROXIMATE_ABOVE,
    progress: Progress | None = None,
    reuse: bool = True,
    options: RayOptions | None = None,
    embedder_factory: EmbedderFactory | None = None,
    timings: dict[str, float] | None = None,
    skip_unreadable: bool = False,
) -> Index:
    """build_index (qa_bot/store), with the work done on Ray; the same index, written the same way.

    embedder_factory, when given, makes each worker's embedder instead of loading `model`
    (it must be picklable). progress(stage, done, total) is called with stage "passages" as
    passages are encoded. Raises CorpusError / EmbedderError as build_index does, and
    RayBuildError when Ray cannot start or the workers fail; the previous index then stays.
    timings, when given, receives the seconds of each phase: start (Ray up, the model loaded
    once on a worker), split (stage 1), encode (stage 2), write (on the driver).
    """
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    options = options or RayOptions()
    clock = _Clock(timings)
    # Refused before Ray starts, as build_index refuses it before any work.
    remove_stale_builds(check_index_target(index_dir, corpus_dir))
    files = corpus_files(corpus_dir)
    with ray_session(options) as ray:
        quiet_ray_data(ray)
        embedder = LazyEmbedder(_describe_on_ray(ray, model, embedder_factory), model)
        clock.lap("start")
        try:
            corpus, errors = _split_on_ray(
                ray, files, max_passage_chars, embedder_cache_id(embedder)
            )
            # Every unreadable document named, in corpus order, as build_index does.
            unreadable = skip_unreadable_documents(
                corpus.documents, errors, corpus_dir, skip_unreadable
            )
            clock.lap("split")
            cached = load_embedding_cache(index_dir, embedder) if reuse else {}
            rows = missing_texts(corpus, cached)
            total = len(corpus.passages)
            done = total - len(rows)
            if progress:
                progress("passages", done, total)

            def advance(count: int) -> None:
                nonlocal done
                done += count
                if progress:
                    progress("passages", done, total)

            fresh = _encode_on_ray(
                ray, rows, embedder.dim, model, embedder_factory, options, advance
            )
            clock.lap("encode")
        except (CorpusError, EmbedderError):
            raise
        except Exception as exc:
            found = unwrap(exc, CorpusError) or unwrap(exc, EmbedderError)
            if isinstance(found, QABotError):
                raise type(found)(found.message_th, found.message_en) from exc
            raise build_failed(exc) from exc
    # The build's own cache and write from here: the texts the cache lacks are the ones the
    # workers encoded (the TextEncoder seam hands them over by key).
    cache = EmbeddingCache(embedder, cached)
    cache_id = embedder_cache_id(embedder)

    def encoded(texts: list[str]) -> np.ndarray:
        # A text no worker encoded: a corpus of files that left one document (duplicates,
        # skipped unreadable ones) is indexed untitled but was split titled (indexed_texts).
        missing = [text for text in texts if embedding_key(cache_id, text) not in fresh]
        if missing:
            vectors = embedder.encode_passages(missing)
            fresh.update(zip((embedding_key(cache_id, t) for t in missing), vectors, strict=True))
        return np.stack([fresh[embedding_key(cache_id, text)] for text in texts])

    settings = BuildSettings(max_passage_chars, approximate_above)
    index = finish_build(
        index_dir,
        corpus_dir,
        corpus.documents,
        corpus.passages,
        embedder,
        settings,
        cache,
        corpus.skipped,
        encoder=encoded,
        tokens=corpus.tokens,
        unreadable=unreadable,
    )
    clock.lap("write")
    return index


class _Clock:
    """Seconds since the last lap, by phase name, into a caller's dict (or nowhere)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings, self.last = timings, time.perf_counter()

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[phase] = now - self.last
        self.last = now
