"""`qa-bot add` / `remove` with real processes: serialised by a lock, whole or not at all.

Two adds at once, or an add beside a remove, used to leave corpus/ and index/ disagreeing (every
`ask` then failed), and `kill -9` at several moments did the same and left .NAME.removed-PID
files. Here processes run at once for real, and are killed (QA_BOT_FAULT_AT makes a process
SIGKILL itself at a named point) at every step of a change; after each, `ask` still works, the
next command finishes or undoes the change and says so, and nothing is left behind.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from qa_bot import QABot
from qa_bot.cli import main
from qa_bot.corpus.documents import corpus_files
from qa_bot.store import load_index

from .conftest import CORPUS_DIR, INDEX_DIR
from .test_multidoc import FIXTURE, LIBRARY_TXT

CHILD_TIMEOUT_S = 600
NOTICE_TXT = "ประกาศโรงเรียน\n\nพรุ่งนี้โรงเรียนปิดเพื่อซ่อมแซมอาคารเรียน นักเรียนไม่ต้องมาเรียน\n"


def child_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1", **extra}


def qa_bot(*argv: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "qa_bot.cli", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(**env),
    )


def files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def assert_clean(corpus: Path, index: Path) -> None:
    """No lock, journal, staged or set-aside file, no build leftovers beside the index."""
    assert [p.name for p in corpus.iterdir() if p.name.startswith(".")] == []
    assert [p.name for p in index.parent.iterdir() if p.name.startswith(".")] == []


def assert_agree(corpus: Path, index: Path) -> QABot:
    """The index holds exactly the corpus's documents, and answers."""
    bot = QABot.load(index, corpus_dir=corpus)  # raises "documents changed" otherwise
    assert sorted(d.doc_id for d in bot.index.documents) == sorted(
        p.name for p in corpus_files(corpus)
    )
    assert bot.ask("AQRF คืออะไร").hits
    return bot


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, Path]:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS_DIR, corpus)
    shutil.copytree(INDEX_DIR, index)
    (corpus / "library.th.txt").write_text(LIBRARY_TXT, encoding="utf-8")
    assert main(["build", "--quiet", "--corpus", str(corpus), "--index", str(index)]) == 0
    return corpus, index


def test_changes_at_the_same_time_are_serialised(site: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, index = site
    notice = tmp_path / "notice.th.txt"
    notice.write_text(NOTICE_TXT, encoding="utf-8")
    paths = ("--corpus", str(corpus), "--index", str(index), "--quiet")
    processes = [
        qa_bot("add", str(FIXTURE), *paths),
        qa_bot("add", str(notice), *paths),
        qa_bot("remove", "library.th.txt", *paths),
    ]
    results = [(p.wait(CHILD_TIMEOUT_S), *p.communicate()) for p in processes]
    for code, _, err in results:
        assert code == 0, err
    assert any("waiting for another qa-bot command" in err for _, _, err in results)
    assert sorted(files(corpus)) == sorted(
        [
            FIXTURE.name,
            "notice.th.txt",
            "asean_socio_cultural_community.th.txt",
            "asean_socio_cultural_community.th.txt.meta.json",  # its title
        ]
    )
    bot = assert_agree(corpus, index)
    assert bot.ask("พรุ่งนี้โรงเรียนปิดเพราะอะไร").hits[0].document == "notice.th.txt"
    assert_clean(corpus, index)


# Where a change is killed, and whether the next command must finish it or undo it.
ADD_POINTS = [
    ("add:journal", "undone"),
    ("add:staged", "undone"),
    ("add:renamed", "undone"),
    ("build:swapped", "completed"),
    ("add:built", "completed"),
]
REPLACE_POINTS = [("add:aside", "undone"), ("add:renamed", "undone"), ("add:built", "completed")]
REMOVE_POINTS = [
    ("remove:journal", "undone"),
    ("remove:aside", "undone"),
    ("build:swapped", "completed"),
    ("remove:built", "completed"),
]


def _killed_at(point: str, *argv: str) -> None:
    process = qa_bot(*argv, "--quiet", QA_BOT_FAULT_AT=point)
    code = process.wait(CHILD_TIMEOUT_S)
    _, err = process.communicate()
    assert code == -signal.SIGKILL, f"{point} was not reached: {err}"


def _recover_and_check(corpus: Path, index: Path, outcome: str, capsys) -> None:
    # While the change waits, reading commands work (and never write).
    assert_agree_or_pending(corpus, index)
    capsys.readouterr()
    assert main(["build", "--quiet", "--corpus", str(corpus), "--index", str(index)]) == 0
    err = capsys.readouterr().err
    assert f"has been {outcome}" in err, err
    assert_agree(corpus, index)
    assert_clean(corpus, index)


def assert_agree_or_pending(corpus: Path, index: Path) -> None:
    bot = QABot.load(index, corpus_dir=corpus)
    assert bot.ask("AQRF คืออะไร").hits


@pytest.mark.parametrize(("point", "outcome"), ADD_POINTS, ids=[p for p, _ in ADD_POINTS])
def test_an_add_killed_anywhere_is_finished_or_undone(
    site: tuple[Path, Path], tmp_path: Path, point: str, outcome: str, capsys
) -> None:
    corpus, index = site
    before = files(corpus)
    notice = tmp_path / "notice.th.txt"
    notice.write_text(NOTICE_TXT, encoding="utf-8")
    _killed_at(point, "add", str(notice), "--corpus", str(corpus), "--index", str(index))
    _recover_and_check(corpus, index, outcome, capsys)
    expected = dict(before)
    if outcome == "completed":
        expected["notice.th.txt"] = hashlib.sha256(notice.read_bytes()).hexdigest()
    assert files(corpus) == expected


@pytest.mark.parametrize(("point", "outcome"), REPLACE_POINTS, ids=[p for p, _ in REPLACE_POINTS])
def test_a_replace_killed_anywhere_keeps_one_whole_edition(
    site: tuple[Path, Path], tmp_path: Path, point: str, outcome: str, capsys
) -> None:
    corpus, index = site
    before = files(corpus)
    edition = tmp_path / "library.th.txt"
    edition.write_text(LIBRARY_TXT.replace("7 วัน", "14 วัน"), encoding="utf-8")
    argv = ("add", str(edition), "--replace", "--corpus", str(corpus), "--index", str(index))
    _killed_at(point, *argv)
    _recover_and_check(corpus, index, outcome, capsys)
    expected = dict(before)
    if outcome == "completed":
        expected["library.th.txt"] = hashlib.sha256(edition.read_bytes()).hexdigest()
    assert files(corpus) == expected
    text = load_index(index).document("library.th.txt").text
    assert ("14 วัน" in text) == (outcome == "completed")


@pytest.mark.parametrize(("point", "outcome"), REMOVE_POINTS, ids=[p for p, _ in REMOVE_POINTS])
def test_a_remove_killed_anywhere_is_finished_or_undone(
    site: tuple[Path, Path], point: str, outcome: str, capsys
) -> None:
    corpus, index = site
    before = files(corpus)
    _killed_at(point, "remove", "library.th.txt", "--corpus", str(corpus), "--index", str(index))
    _recover_and_check(corpus, index, outcome, capsys)
    expected = dict(before)
    if outcome == "completed":
        del expected["library.th.txt"]
    assert files(corpus) == expected


def test_the_next_add_also_recovers_and_a_failed_change_leaves_nothing(
    site: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    corpus, index = site
    notice = tmp_path / "notice.th.txt"
    notice.write_text(NOTICE_TXT, encoding="utf-8")
    _killed_at("add:renamed", "add", str(notice), "--corpus", str(corpus), "--index", str(index))
    capsys.readouterr()
    code = main(["add", "--quiet", str(notice), "--corpus", str(corpus), "--index", str(index)])
    assert code == 0
    assert "has been undone" in capsys.readouterr().err
    assert_agree(corpus, index)
    assert_clean(corpus, index)
