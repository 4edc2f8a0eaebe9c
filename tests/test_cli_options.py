"""Numeric CLI options out of range: a Thai / English message and exit code 2, before anything
is loaded or built (GUIDE: "Bad input: ... non-zero exit and clear message on the CLI")."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot import cli
from qa_bot.corpus.passages import MIN_PASSAGE_CHARS, split_passages

from .conftest import CORPUS_DIR, ROOT


@pytest.mark.parametrize("chars", ["0", "-5", str(MIN_PASSAGE_CHARS - 1)])
def test_build_refuses_a_passage_too_short_to_hold_a_sentence(
    tmp_path: Path, chars: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--max-passage-chars 0` ended in a ZeroDivisionError traceback.
    index = tmp_path / "index"
    argv = ["build", "--corpus", str(CORPUS_DIR), "--index", str(index), "--quiet"]
    assert cli.main([*argv, "--max-passage-chars", chars]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and not index.exists()
    assert f"ต้องอย่างน้อย {MIN_PASSAGE_CHARS} ตัวอักษร (ได้รับ {chars})" in err
    assert f"must be at least {MIN_PASSAGE_CHARS} characters (got {chars})" in err


def test_split_passages_refuses_no_length() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split_passages([], 0)


@pytest.mark.parametrize("folds", ["0", "1", "-2"])
def test_eval_cv_below_two_folds_is_a_message(
    folds: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--cv 0` ran a plain eval instead (0 read as "no --cv").
    assert cli.main(["eval", str(ROOT / "eval" / "dev.jsonl"), "--cv", folds]) == 2
    err = capsys.readouterr().err
    assert "--cv ต้องอย่างน้อย 2 / --cv needs at least 2 folds" in err


@pytest.mark.parametrize("megabytes", ["0", "-1", "nan"])
def test_a_file_size_limit_that_is_not_positive_is_a_message(
    megabytes: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["ask", "AQRF", "--max-file-mb", megabytes]) == 2
    err = capsys.readouterr().err
    assert "--max-file-mb ต้องเป็นจำนวนเมกะไบต์ที่มากกว่า 0" in err
    assert "--max-file-mb must be a positive number of MB" in err


def test_the_text_of_a_document_not_indexed_names_the_command_that_lists_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["docs", "--text", "missing.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qa-bot: ไม่มีเอกสาร missing.txt ในดัชนี (ดูรายชื่อด้วย qa-bot docs) / ")
    assert "no document missing.txt in the index (list them with: qa-bot docs)" in err
