"""Ray itself for a build: importing it (a clear message when it is missing), checking a
cluster's address answers, the session (a running one, a new local Ray, or a cluster), Ray
Data's own output turned off, and Ray's errors turned into ours (RayBuildError).

Ray is imported only inside these functions, never when the module is imported.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import socket
import sys
from collections.abc import Iterator
from typing import Any

from ..errors import QABotError, os_reason
from .options import RayOptions


class RayBuildError(QABotError):
    """A build on Ray failed (no Ray, no cluster, workers lost); the previous index is kept."""


def import_ray() -> Any:
    """The ray module, with ray.data imported too. Raises RayBuildError (Thai and English)
    when Ray or its data extra is not installed."""
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
        thai, english = os_reason(exc)
        raise RayBuildError(
            f"ไม่มี Ray ตอบที่ {address} ({thai}) ดัชนีเดิมยังอยู่ครบ",
            f"no Ray cluster answers at {address} ({english}); the previous index is unchanged",
        ) from exc


@contextlib.contextmanager
def ray_session(options: RayOptions) -> Iterator[Any]:
    """Ray, connected: the running session if there is one (left running), else a new local
    Ray or a connection to options.address (stopped at the end)."""
    ray = import_ray()
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
            f"เชื่อมต่อ Ray ที่ {where} ไม่ได้ ดัชนีเดิมยังอยู่ครบ",
            f"cannot start or reach Ray at {where} ({exc}); the previous index is unchanged",
        ) from exc
    try:
        yield ray
    finally:
        ray.shutdown()


def quiet_ray_data(ray: Any) -> None:
    """One progress bar is ours (over passages): Ray Data's own bars and banners are off."""
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False


def build_failed(exc: BaseException) -> RayBuildError:
    """The RayBuildError for an error a Ray build met: the first line of its message (or its
    type's name) and a note that the previous index is kept. Returned, not raised."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return RayBuildError(
        f"การสร้างดัชนีบน Ray ล้มเหลว ({detail}) ดัชนีเดิมยังอยู่ครบและใช้ได้ตามเดิม",
        f"the build on Ray failed ({detail}); the previous index is unchanged and still works",
    )


def unwrap(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
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
