"""Damaged files and interrupted builds: the previous index survives, `qa-bot build` recovers.

What test_index.py already shows (each damage is detected with a "qa-bot build" message; a build
whose embedder raises keeps the old index) is not repeated here. This file kills real build
processes with SIGKILL, fills the disk (simulated), makes the index read-only, and runs the
recovery through the command line for every kind of damage.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa_bot import QABot
from qa_bot.cli import main
from qa_bot.errors import IndexLoadError
from qa_bot.store import build_index, load_index

from .conftest import CORPUS_DIR, INDEX_DIR, ROOT

FIXTURE_DOC = ROOT / "tests" / "fixtures" / "science_camp_handout.th.md"
QUESTION = "AQRF คืออะไร"
CHILD_TIMEOUT_S = 300


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A private corpus and a copy of the committed index built from it (both writable)."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS_DIR, corpus)
    shutil.copytree(INDEX_DIR, index)
    for path in [corpus, index, *corpus.rglob("*"), *index.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    return corpus, index


def snapshot(directory: Path) -> dict[str, tuple[int, int, str]]:
    """Every file and folder under directory: size, modification time, content hash."""
    state = {}
    for path in sorted([directory, *directory.rglob("*")]):
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        state[str(path.relative_to(directory))] = (info.st_size, info.st_mtime_ns, digest)
    return state


def leftovers(index: Path) -> list[str]:
    """What builds left beside the index folder (.index.tmp-*, .index.old-*)."""
    return sorted(p.name for p in index.parent.iterdir() if p.name.startswith(f".{index.name}."))


def child_env() -> dict[str, str]:
    # One OpenMP thread: the child shares two cores with the test runner.
    return {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"}


def cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "qa_bot.cli", *argv]


def assert_answers(index: Path, corpus: Path) -> None:
    answer = QABot.load(index, corpus_dir=corpus).ask(QUESTION)
    assert answer.hits and answer.hits[0].section_label == "การศึกษา"


class StderrWatcher:
    """Collects a child's stderr on a thread, so the test can wait for a given text."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.text = ""
        self._process = process
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stderr is not None
        while chunk := os.read(self._process.stderr.fileno(), 4096):
            self.text += chunk.decode("utf-8", "replace")

    def wait_for(self, needle: str, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if needle in self.text:
                return True
            if self._process.poll() is not None:
                self._thread.join(5)
                return needle in self.text
            time.sleep(0.02)
        return False


def kill(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGKILL)
    return process.wait(CHILD_TIMEOUT_S)


# --- a build killed half way -----------------------------------------------------------------


def test_build_killed_while_embedding_keeps_the_old_index(workspace: tuple[Path, Path]) -> None:
    corpus, index = workspace
    before = snapshot(index)
    # --full embeds everything again; each stage's bar appears as its embedding starts, so
    # the sentences (the longer part) are being embedded when the signal lands.
    process = subprocess.Popen(
        cli("build", "--full", "--corpus", str(corpus), "--index", str(index)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=child_env(),
    )
    watcher = StderrWatcher(process)
    try:
        assert watcher.wait_for("sentences", CHILD_TIMEOUT_S), watcher.text
    finally:
        code = kill(process)
    assert code == -signal.SIGKILL, "the build finished before it could be killed"
    assert leftovers(index) == []  # killed before it wrote anything: while embedding
    assert snapshot(index) == before
    assert_answers(index, corpus)
    # The next build runs normally (reusing the old index's vectors) and leaves nothing behind.
    rebuilt = subprocess.run(
        cli("build", "--quiet", "--corpus", str(corpus), "--index", str(index)),
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=CHILD_TIMEOUT_S,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert leftovers(index) == []
    assert_answers(index, corpus)


HANG_AT = {
    # The new index is complete in its staging folder, not yet moved into place.
    "staging": """
        real = build_module.fsync_tree
        def hang(directory):
            real(directory)
            marker.write_text(str(directory))
            time.sleep(600)
        build_module.fsync_tree = hang
    """,
    # Without an atomic swap (other systems): the old index is moved aside, the new one not in.
    "between_renames": """
        atomic_module.exchange_directories = lambda a, b: False
        real = os.replace
        def hang(source, target):
            real(source, target)
            if ".old-" in str(target):
                marker.write_text(str(target))
                time.sleep(600)
        atomic_module.os.replace = hang
    """,
}


def run_build_until(point: str, corpus: Path, index: Path, marker: Path) -> int:
    """A `qa-bot build` process that stops at the given point; killed there with SIGKILL."""
    code = textwrap.dedent(
        """
        import os, sys, time
        from pathlib import Path
        import qa_bot.store.atomic as atomic_module
        import qa_bot.store.build as build_module
        from qa_bot.cli import main
        marker = Path(sys.argv[1])
        """
    ) + textwrap.dedent(HANG_AT[point])
    code += (
        "\nsys.exit(main(['build', '--quiet', '--corpus', sys.argv[2], '--index', sys.argv[3]]))\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(marker), str(corpus), str(index)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=child_env(),
    )
    watcher = StderrWatcher(process)
    try:
        deadline = time.monotonic() + CHILD_TIMEOUT_S
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), watcher.text
    finally:
        returncode = kill(process)
    return returncode


def test_build_killed_with_the_new_index_half_in_place(
    workspace: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index = workspace
    before = snapshot(index)
    marker = tmp_path / "marker"
    assert run_build_until("staging", corpus, index, marker) == -signal.SIGKILL
    staging = Path(marker.read_text())
    assert staging.is_dir() and staging.name in leftovers(index)  # what a killed build leaves
    assert snapshot(index) == before
    assert_answers(index, corpus)
    assert main(["build", "--quiet", "--corpus", str(corpus), "--index", str(index)]) == 0
    assert leftovers(index) == []  # the dead build's staging folder is cleared
    assert_answers(index, corpus)


def test_build_killed_between_two_renames_is_put_back_by_the_next_build(
    workspace: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index = workspace
    before = snapshot(index)
    marker = tmp_path / "marker"
    assert run_build_until("between_renames", corpus, index, marker) == -signal.SIGKILL
    # Only where directories cannot be swapped in one step: the old index waits beside.
    assert not index.exists()
    [aside] = [name for name in leftovers(index) if name.startswith(".index.old-")]
    with pytest.raises(IndexLoadError) as error:
        load_index(index)
    assert "qa-bot build" in error.value.message_en
    assert snapshot(tmp_path / aside) == before  # intact, only moved
    assert main(["build", "--quiet", "--corpus", str(corpus), "--index", str(index)]) == 0
    assert leftovers(index) == []
    assert_answers(index, corpus)


def test_a_running_build_keeps_its_staging_folder(workspace: tuple[Path, Path]) -> None:
    """Clearing leftovers must not touch the staging folder of a build that is still running."""
    corpus, index = workspace
    alive = index.with_name(f".index.tmp-{os.getpid()}-1")
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = finished.stdout.strip()
    dead = index.with_name(f".index.tmp-{dead_pid}-1")
    alive.mkdir()
    dead.mkdir()
    build_index(corpus, index)
    assert alive.is_dir() and not dead.exists()


# --- disk full, read-only ---------------------------------------------------------------------


def _disk_full(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("writer", ["faiss.write_index", "numpy.save", "embedding cache"])
def test_disk_full_during_build_is_a_clear_error_and_keeps_the_old_index(
    workspace: tuple[Path, Path],
    writer: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import faiss
    import numpy

    from qa_bot.store.embedding_cache import EmbeddingCache

    corpus, index = workspace
    before = snapshot(index)
    target = {
        "faiss.write_index": (faiss, "write_index"),
        "numpy.save": (numpy, "save"),
        "embedding cache": (EmbeddingCache, "save"),
    }[writer]
    monkeypatch.setattr(*target, _disk_full)
    assert main(["build", "--quiet", "--corpus", str(corpus), "--index", str(index)]) == 1
    err = capsys.readouterr().err
    assert "ดิสก์เต็ม" in err and "the disk is full" in err and "unchanged" in err
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert snapshot(index) == before
    assert leftovers(index) == []
    assert_answers(index, corpus)
    monkeypatch.undo()  # space again: the same command now works
    assert main(["build", "--quiet", "--corpus", str(corpus), "--index", str(index)]) == 0
    assert_answers(index, corpus)


@pytest.fixture
def read_only_index(tmp_path: Path) -> Iterator[Path]:
    index = tmp_path / "ro" / "index"
    shutil.copytree(INDEX_DIR, index)
    paths = [index, *index.rglob("*")]
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
    index.parent.chmod(0o555)
    yield index
    for path in [index.parent, *paths]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_loading_and_asking_never_write_to_the_index(
    read_only_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root (CI) chmod does not stop writes, so this checks that nothing is even tried:
    every Python-level open for writing under the index folder fails, and afterwards every
    file's bytes and modification time, and the folders' listings, are as they were."""
    import builtins
    import io

    before = snapshot(read_only_index.parent)
    guarded = str(read_only_index.parent)
    attempts: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def is_guarded(file: Any) -> bool:
        return isinstance(file, str | os.PathLike) and os.path.abspath(file).startswith(guarded)

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if is_guarded(file) and any(flag in mode for flag in "wax+"):
            attempts.append(f"open({file}, {mode})")
            raise PermissionError(errno.EACCES, "read-only", str(file))
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
        if is_guarded(path) and flags & writing:
            attempts.append(f"os.open({path})")
            raise PermissionError(errno.EACCES, "read-only", str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    bot = QABot.load(read_only_index, corpus_dir=CORPUS_DIR)
    assert bot.ask(QUESTION).hits[0].section_label == "การศึกษา"
    bot.ask("What is the ASEAN Smart Cities Network?", k=10)
    bot.ask("ความร่วมมือ", sections=[(bot.index.documents[0].doc_id, 5)])
    bot.ask("ข้อใดเป็นโรคติดต่อ", choices=["ไข้หวัดนก", "ฟุตบอล", "ราคาทอง"])
    monkeypatch.undo()
    assert attempts == []
    assert snapshot(read_only_index.parent) == before


# Capabilities that let root ignore file permissions; without them chmod binds root too.
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, CAP_SETPCAP = 1, 2, 3, 8
PR_CAPBSET_DROP = 24


def _drop_root_file_powers() -> None:  # runs in the child between fork and exec
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)


READ_ONLY_CHILD = """
import json, sys
from pathlib import Path
from qa_bot import QABot
index = Path(sys.argv[1])
try:
    (index / "probe").write_text("x")
    denied = False
except PermissionError:
    denied = True
bot = QABot.load(index, corpus_dir=sys.argv[2])
answer = bot.ask(sys.argv[3])
print(json.dumps({"denied": denied, "label": answer.hits[0].section_label}))
"""


def test_a_read_only_index_still_answers(read_only_index: Path) -> None:
    """A real read-only folder: as root the child drops the capabilities that bypass chmod."""
    as_root = os.geteuid() == 0
    process = subprocess.run(
        [sys.executable, "-c", READ_ONLY_CHILD, str(read_only_index), str(CORPUS_DIR), QUESTION],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=CHILD_TIMEOUT_S,
        preexec_fn=_drop_root_file_powers if as_root else None,
    )
    assert process.returncode == 0, process.stderr
    result = json.loads(process.stdout.strip().splitlines()[-1])
    assert result["label"] == "การศึกษา"
    # Where root could drop those capabilities (it needs CAP_SETPCAP, which Docker's default set
    # has) the folder really was read-only for the child; otherwise the test above, which
    # needs no permissions, is the check.
    if not as_root or _has_capability(CAP_SETPCAP):
        assert result["denied"], "the read-only index folder was writable"


def _has_capability(cap: int) -> bool:
    status = Path("/proc/self/status").read_text()
    effective = next(line for line in status.splitlines() if line.startswith("CapEff:"))
    return bool(int(effective.split()[1], 16) >> cap & 1)


# --- every kind of damage, then `qa-bot build` ---------------------------------------------


@pytest.fixture(scope="module")
def other_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of another corpus (the science-camp handout): its files belong to no other."""
    corpus = tmp_path_factory.mktemp("other") / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE_DOC, corpus)
    index = corpus.parent / "index"
    build_index(corpus, index)
    return index


def _truncate(index: Path, corpus: Path, other: Path) -> None:
    path = index / "dense.faiss"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _delete(index: Path, corpus: Path, other: Path) -> None:
    shutil.rmtree(index / "bm25")


def _other_builds_files(index: Path, corpus: Path, other: Path) -> None:
    for name in ("passages.jsonl", "dense.faiss", "sentences.npy"):
        shutil.copy(other / name, index / name)


def _edit_corpus(index: Path, corpus: Path, other: Path) -> None:
    [document] = corpus.glob("*.txt")  # (its title file, *.meta.json, stays as it is)
    with document.open("a", encoding="utf-8") as handle:
        handle.write("\nอาเซียนจัดการประชุมเยาวชนด้านดิจิทัลเป็นประจำทุกปี\n")


DAMAGE = {
    "truncated": _truncate,
    "deleted": _delete,
    "another build's files": _other_builds_files,
    "corpus edited": _edit_corpus,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_qa_bot_build_recovers_from_damage(
    workspace: tuple[Path, Path],
    other_build: Path,
    damage: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    corpus, index = workspace
    DAMAGE[damage](index, corpus, other_build)
    paths = ["--corpus", str(corpus), "--index", str(index)]
    assert main(["ask", QUESTION, *paths]) == 1
    err = capsys.readouterr().err
    assert "qa-bot build" in err and "Traceback" not in err
    assert main(["build", "--quiet", *paths]) == 0
    capsys.readouterr()
    assert main(["ask", QUESTION, "--json", *paths]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["hits"][0]["section_label"] == "การศึกษา"
    assert leftovers(index) == []
