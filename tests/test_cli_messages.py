"""What the command line tells a person besides answers: a missing index, build progress."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from qa_bot import cli
from qa_bot.cli import fallback
from qa_bot.cli.common import progress_bar
from qa_bot.store.embedding_cache import encode_in_batches

from .conftest import CORPUS_DIR, INDEX_DIR


def _ask_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli.main(["ask", "AQRF คืออะไร", *argv]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_ask_where_there_is_neither_index_nor_documents_suggests_no_build_that_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user runs `qa-bot ask` outside the repository: no ./index, no ./corpus, and here
    # no bundled index to fall back on either. A bare `qa-bot build --index index` would fail
    # there (it reads ./corpus).
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(fallback, "BUNDLED_INDEX", tmp_path / "installed" / "index")
    err = _ask_error(capsys)
    assert f"no bundled index at {tmp_path / 'installed' / 'index'}" in err
    assert "ไม่พบดัชนีที่มากับโปรแกรม" in err
    thai, english = err.removeprefix("qa-bot: ").split(" / no index", 1)
    assert "ไม่พบดัชนีที่ index" in thai and "ไม่มีโฟลเดอร์เอกสาร corpus/" in thai
    assert "--index" in thai and "qa-bot build --corpus <โฟลเดอร์เอกสาร> --index index" in thai
    assert "no corpus/ folder of documents here" in english
    assert "give --index the index folder" in english
    assert "qa-bot build --corpus <documents> --index index" in english
    assert not re.search(r"qa-bot build --index index\s*(/|$)", err)


def test_ask_without_an_index_beside_documents_gives_the_command_that_builds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(CORPUS_DIR, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    err = _ask_error(capsys)
    assert "qa-bot build --index index --corpus corpus" in err
    assert "build it from the documents in corpus" in err and "ไม่มีโฟลเดอร์" not in err
    # An explicit --corpus is the folder the command builds from.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    err = _ask_error(capsys, "--corpus", str(tmp_path / "corpus"))
    assert f"qa-bot build --index index --corpus {tmp_path / 'corpus'}" in err


def test_a_damaged_bundled_index_is_not_fallen_back_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The bundled index is used only when every file it lists is intact: a truncated one stops
    # with the missing-index message (exit 1), never a load error from deep inside.
    bundled = tmp_path / "checkout" / "index"
    shutil.copytree(INDEX_DIR, bundled)
    passages = bundled / "passages.jsonl"
    passages.write_bytes(passages.read_bytes()[:100])
    monkeypatch.setattr(fallback, "BUNDLED_INDEX", bundled)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    err = _ask_error(capsys)
    assert "no index found at index" in err and f"no bundled index at {bundled}" in err
    assert "using the bundled index" not in err


def test_documents_or_an_index_here_are_never_passed_over_for_the_bundled_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder of documents (corpus/ here, or --corpus) means the person's own documents: the
    # message says how to build their index. An index/ that is here is theirs, damaged or not.
    monkeypatch.chdir(tmp_path)
    assert fallback.choose_index(None, print) == str(fallback.BUNDLED_INDEX)
    assert fallback.choose_index(str(CORPUS_DIR), print) == "index"
    (tmp_path / "index").mkdir()
    assert fallback.choose_index(None, print) == "index"


def test_the_build_progress_bar_shows_counts_and_no_speed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A stage's first report can come after work already done (cached texts, the Ray build's
    # first report): a speed computed over it is impossible ("743670.92/s").
    progress = progress_bar()
    progress("passages", 40, 100)
    progress("passages", 100, 100)
    progress("sentences", 0, 7)
    progress("sentences", 7, 7)
    err = capsys.readouterr().err
    assert "100/100" in err and "7/7" in err
    assert not re.search(r"[\d?]\s*(?:it)?/s\b|s/it", err), err  # no "743670.92/s", "?it/s"


def test_encoding_reports_its_start_so_a_bar_times_only_the_encoding() -> None:
    seen: list[tuple[str, int, int]] = []
    texts = [f"ข้อความ {i}" for i in range(70)]
    vectors = encode_in_batches(
        lambda batch: np.ones((len(batch), 3), dtype=np.float32),
        texts,
        3,
        "passages",
        lambda *report: seen.append(report),
    )
    assert vectors.shape == (70, 3)
    assert seen == [("passages", 0, 70), ("passages", 64, 70), ("passages", 70, 70)]
