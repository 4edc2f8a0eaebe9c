"""Many visitors: several `qa-bot serve` processes share one read-only index directory (the
README's "Large corpora and many visitors" puts them behind a load balancer)."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import INDEX_DIR, ROOT
from .test_exposure import free_port
from .test_server_reload import ask, stop_server, wait_answering

QUESTIONS = (
    "AQRF คืออะไร",
    "เครือข่ายเมืองอัจฉริยะอาเซียนมีวัตถุประสงค์อะไร",
    "AUN คืออะไร",
    "ความร่วมมือด้านการจัดการภัยพิบัติของอาเซียนมีอะไรบ้าง",
)


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every entry under folder: mode, modification time (ns) and content hash."""
    entries = {}
    for path in sorted(folder.rglob("*")):
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        entries[str(path.relative_to(folder))] = (info.st_mode, info.st_mtime_ns, digest)
    return entries


def make_read_only(folder: Path) -> None:
    for path in [*folder.rglob("*"), folder]:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


@pytest.fixture
def shared_index(tmp_path: Path) -> Iterator[Path]:
    index_dir = tmp_path / "shared" / "index"
    shutil.copytree(INDEX_DIR, index_dir)
    make_read_only(index_dir)
    make_read_only(index_dir.parent)
    yield index_dir
    for path in [index_dir.parent, index_dir, *index_dir.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def start_server(index_dir: Path, workdir: Path) -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "qa_bot.cli", "serve", "--index", str(index_dir)]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    return process, port


def test_two_servers_answer_at_the_same_time_from_one_read_only_index(
    shared_index: Path, tmp_path: Path
) -> None:
    before = snapshot(shared_index.parent)
    servers = []
    try:
        for name in ("a", "b"):
            (tmp_path / name).mkdir()
            servers.append(start_server(shared_index, tmp_path / name))
        for process, port in servers:
            wait_answering(process, port, QUESTIONS[0])

        # Two visitors per server, all released at once, each asking every question.
        spans: dict[int, list[tuple[float, float]]] = {port: [] for _, port in servers}
        answers: dict[tuple[int, str], tuple[str, int]] = {}
        failures: list[str] = []
        barrier = threading.Barrier(4)

        def visitor(port: int) -> None:
            barrier.wait()
            for question in QUESTIONS:
                started = time.monotonic()
                try:
                    top = ask(port, question)["hits"][0]
                except Exception as error:
                    failures.append(f"{port}: {error!r}")
                    continue
                spans[port].append((started, time.monotonic()))
                answers[(port, question)] = (top["document"], top["start"])

        threads = [
            threading.Thread(target=visitor, args=(port,)) for _, port in servers for _ in (1, 2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        assert not failures
        (_, a), (_, b) = servers
        assert len(spans[a]) == len(spans[b]) == 2 * len(QUESTIONS)
        # Each server answered the same, and some questions were in flight on both at once.
        assert all(answers[(a, q)] == answers[(b, q)] for q in QUESTIONS)
        overlapping = [(x, y) for x in spans[a] for y in spans[b] if x[0] < y[1] and y[0] < x[1]]
        assert overlapping
        for process, _ in servers:
            assert process.poll() is None
    finally:
        for process, _ in servers:
            stop_server(process)
    # Nothing was written to, added to or left beside the shared index.
    assert snapshot(shared_index.parent) == before
