"""Own documents and typed input (FRESH16a K6): `qa-bot build` names the files of the corpus
folder it leaves out for their type, `add` of a folder says it is one, an old Windows Thai file
is named as such, and bidirectional controls never turn a question around on the page."""

from __future__ import annotations

from pathlib import Path

from qa_bot.cli import main


def test_a_build_names_the_files_it_leaves_out_for_their_type(tmp_path: Path) -> None:
    from qa_bot.corpus.documents import other_files

    (tmp_path / "rules.txt").write_text("ห้องสมุดเปิดวันจันทร์ถึงวันศุกร์", encoding="utf-8")
    (tmp_path / "rules.txt.meta.json").write_text('{"title": "ระเบียบ"}', encoding="utf-8")
    (tmp_path / "poster.png").write_bytes(b"\x89PNG")
    (tmp_path / "scores.csv").write_text("a,b\n", encoding="utf-8")
    assert other_files(tmp_path) == ["poster.png", "scores.csv"]


def test_the_cli_says_so_on_stderr(tmp_path: Path, capsys) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rules.txt").write_text("ห้องสมุดเปิดวันจันทร์ถึงวันศุกร์ เวลาแปดโมงครึ่ง", encoding="utf-8")
    (docs / "poster.png").write_bytes(b"\x89PNG")
    code = main(["build", "--quiet", "--corpus", str(docs), "--index", str(tmp_path / "idx")])
    err = capsys.readouterr().err
    assert code == 0
    assert "poster.png" in err and "ไม่ได้นำเข้า" in err and "left out" in err


def test_adding_a_folder_says_it_is_a_folder(tmp_path: Path, capsys) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rules.txt").write_text("ห้องสมุดเปิดวันจันทร์ถึงวันศุกร์ เวลาแปดโมงครึ่ง", encoding="utf-8")
    index = str(tmp_path / "idx")
    assert main(["build", "--quiet", "--corpus", str(docs), "--index", index]) == 0
    folder = tmp_path / "more"
    folder.mkdir()
    capsys.readouterr()
    assert main(["add", str(folder), "--index", index]) == 2
    err = capsys.readouterr().err
    assert "เป็นโฟลเดอร์" in err and "is a folder" in err


def test_an_old_windows_thai_file_is_named_as_such(tmp_path: Path) -> None:
    import pytest

    from qa_bot.corpus.documents import read_document
    from qa_bot.errors import CorpusError

    old = tmp_path / "rules.txt"
    old.write_bytes("ห้องสมุดเปิดวันจันทร์ถึงวันศุกร์".encode("cp874"))
    with pytest.raises(CorpusError) as caught:
        read_document(old)
    assert "TIS-620" in str(caught.value)


def test_bidirectional_controls_do_not_turn_a_question_around(bot) -> None:
    from qa_bot.web.service import ChatService

    messages = ChatService(bot).reply("\u202eAQRF คืออะไร")
    assert "\u202e" not in messages[0]["content"] and "AQRF คืออะไร" in messages[0]["content"]
