"""`qa-bot eval --by-writer`: cross-validation leaving one writer out (evaluate.cv.BY_WRITER),
as bench/cv.py --by-writer does; the writers are the files' (eval/README.md)."""

from __future__ import annotations

from typing import Any

import pytest

from qa_bot import cli
from qa_bot.cli import questions
from qa_bot.evaluate import read_items
from qa_bot.evaluate.cv import BY_WRITER, file_writers

from .conftest import ROOT

EVAL = ROOT / "eval"


def _files(*names: str) -> list[tuple[str, Any]]:
    return [(name, read_items(EVAL / f"{name}.jsonl")) for name in names]


def test_a_files_writer_is_its_set_the_teams_sets_one_and_a_translation_its_originals() -> None:
    assert file_writers(_files("dev", "extra", "kinds")) == ["team", "kinds"]
    # eval/twins.jsonl translates items of other sets: pooled with them, each is theirs
    assert "twins" not in file_writers(_files("dev2", "twins", *_originals()))


def _originals() -> list[str]:
    twins = {item.twin for item in read_items(EVAL / "twins.jsonl")}
    names = []
    for path in sorted(EVAL.glob("*.jsonl")):
        if path.stem in ("twins", "dev2") or path.stem.startswith("heldout"):
            continue
        if twins & {item.id for item in read_items(path)}:
            names.append(path.stem)
    return names


def test_by_writer_runs_leave_one_writer_out_folds(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: dict[str, Any] = {}

    def run_cv(bot: object, files: list, k_folds: int, k: int) -> dict[str, Any]:
        asked.update(sources=[name for name, _ in files], folds=k_folds, k=k)
        return {"folds": k_folds, "table": {}, "twins": {"pairs": 0}}

    monkeypatch.setattr(questions, "_load_bot", lambda args: object())
    monkeypatch.setattr("qa_bot.evaluate.cv.run_cv", run_cv)
    argv = ["eval", str(EVAL / "dev.jsonl"), str(EVAL / "kinds.jsonl"), "--by-writer"]
    assert cli.main(argv) == 0
    assert asked == {"sources": ["dev", "kinds"], "folds": BY_WRITER, "k": 5}
    assert "leave-one-writer-out CV" in capsys.readouterr().out


def test_by_writer_over_one_writers_files_is_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    # dev and extra are both the team's: nothing to hold out
    argv = ["eval", str(EVAL / "dev.jsonl"), str(EVAL / "extra.jsonl"), "--by-writer"]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "--by-writer needs the questions of at least two writers" in err
    assert "ผู้เขียนอย่างน้อยสองคน" in err and "Traceback" not in err


def test_cv_folds_and_by_writer_together_is_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["eval", str(EVAL / "dev.jsonl"), str(EVAL / "kinds.jsonl"), "--cv", "5", "--by-writer"]
    assert cli.main(argv) == 2
    assert (
        "--cv and --by-writer are two ways to cross-validate: give one" in capsys.readouterr().err
    )
