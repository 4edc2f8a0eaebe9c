"""An operating-system error in a message: its reason in Thai in the Thai half, the system's own
English text in the English half (GUIDE: "a clear message in Thai and English")."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from qa_bot import cli
from qa_bot.errors import CorpusError, os_reason
from qa_bot.fileio import read_regular_file

from .conftest import CORPUS_DIR, INDEX_DIR

THAI = re.compile(r"[\u0e00-\u0e7f]")


def halves(message: str) -> tuple[str, str]:
    thai, english = message.removeprefix("qa-bot: ").split(" / ", 1)
    return thai, english


def test_adding_a_file_that_is_not_there_says_so_in_thai_and_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's `qa-bot add nofile.txt`: the Thai half quoted "No such file or directory".
    missing = str(tmp_path / "nofile.txt")
    args = ["add", missing, "--corpus", str(CORPUS_DIR), "--index", str(INDEX_DIR), "--quiet"]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    thai, english = halves(err.strip())
    assert "ไม่พบไฟล์" in thai and "nofile.txt" in thai
    assert "No such file" not in thai
    assert "No such file or directory" in english and "nofile.txt" in english


@pytest.mark.parametrize(
    ("code", "thai"),
    [
        (errno.ENOENT, "ไม่พบไฟล์"),
        (errno.EACCES, "ไม่มีสิทธิ์"),
        (errno.ENOSPC, "ดิสก์เต็ม"),
        (errno.EISDIR, "โฟลเดอร์"),
    ],
)
def test_os_reason_says_the_common_reasons_in_thai(code: int, thai: str) -> None:
    said_th, said_en = os_reason(OSError(code, os.strerror(code)))
    assert thai in said_th and said_en == os.strerror(code)


@pytest.mark.parametrize("code", sorted(errno.errorcode))
def test_every_os_reason_has_a_thai_half(code: int) -> None:
    said_th, said_en = os_reason(OSError(code, os.strerror(code)))
    assert THAI.search(said_th) and os.strerror(code) not in said_th
    assert said_en


def test_reading_a_file_without_permission_names_the_reason_in_thai(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Root may read anything, so the refusal is the operating system's answer, simulated.
    path = tmp_path / "locked.txt"
    path.write_text("ข้อความ", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(CorpusError) as raised:
        read_regular_file(path)
    assert "ไม่มีสิทธิ์เข้าถึง" in raised.value.message_th
    assert "Permission denied" not in raised.value.message_th
    assert "Permission denied" in raised.value.message_en


def test_an_os_error_reaching_the_command_is_thai_then_english(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(args: object) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), "/srv/index")

    monkeypatch.setattr(cli, "cmd_docs", fail)  # the parser takes its handler from here
    assert cli.main(["docs", "--index", str(INDEX_DIR)]) == 1
    thai, english = halves(capsys.readouterr().err.strip())
    assert "/srv/index" in thai and "ไม่มีสิทธิ์เข้าถึง" in thai and "Permission" not in thai
    assert "Permission denied" in english and "/srv/index" in english
