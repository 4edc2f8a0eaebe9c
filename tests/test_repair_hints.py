"""A damaged index's repair hint names a documents folder that is there, or asks for one: never a
folder that does not exist (an index copied or moved away from its documents, a manifest too
damaged to read). And `--corpus` given a file, not a folder, says a folder is expected."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa_bot import cli
from qa_bot.errors import IndexLoadError
from qa_bot.store import load_index

from .conftest import CORPUS_DIR, INDEX_DIR

RECORDED = json.loads((INDEX_DIR / "manifest.json").read_text(encoding="utf-8"))["corpus_dir"]


def _damage(index: Path) -> None:
    (index / "dense.faiss").write_bytes(b"not a faiss index")


def test_an_index_moved_away_from_its_documents_asks_for_the_documents_folder(
    tmp_path: Path,
) -> None:
    index = tmp_path / "moved" / "index"
    shutil.copytree(INDEX_DIR, index)
    _damage(index)
    gone = tmp_path / "moved" / "corpus"  # where the manifest's "../corpus" points from here
    assert RECORDED == "../corpus" and not gone.exists()
    with pytest.raises(IndexLoadError) as caught:
        load_index(index)
    english, thai = caught.value.message_en, caught.value.message_th
    assert f"--corpus {gone}" not in english and f"--corpus {gone}" not in thai
    assert f"the documents folder it was built from, {gone}, is not there" in english
    assert f"ไม่พบโฟลเดอร์เอกสาร {gone}" in thai
    assert english.endswith(f"qa-bot build --index {index} --corpus <documents>")
    assert thai.endswith(f"qa-bot build --index {index} --corpus <โฟลเดอร์เอกสาร>")


def test_an_index_beside_its_documents_names_them(tmp_path: Path) -> None:
    shutil.copytree(INDEX_DIR, tmp_path / "index")
    shutil.copytree(CORPUS_DIR, tmp_path / "corpus")
    _damage(tmp_path / "index")
    with pytest.raises(IndexLoadError) as caught:
        load_index(tmp_path / "index")
    command = f"qa-bot build --index {tmp_path / 'index'} --corpus {tmp_path / 'corpus'}"
    assert caught.value.message_en.endswith(f"rebuild it with: {command}")


def test_a_truncated_manifest_still_names_the_folder_it_records(tmp_path: Path) -> None:
    shutil.copytree(INDEX_DIR, tmp_path / "index")
    shutil.copytree(CORPUS_DIR, tmp_path / "corpus")
    manifest = tmp_path / "index" / "manifest.json"
    text = manifest.read_text(encoding="utf-8")
    cut = text.index('"corpus_dir"') + len('"corpus_dir": "../corpus",') + 20
    manifest.write_text(text[:cut], encoding="utf-8")  # a write cut short: no closing brace
    with pytest.raises(IndexLoadError) as caught:
        load_index(tmp_path / "index")
    assert "damaged" in caught.value.message_en
    assert caught.value.message_en.endswith(f"--corpus {tmp_path / 'corpus'}")


def test_a_manifest_with_no_folder_left_asks_for_the_documents_folder(tmp_path: Path) -> None:
    shutil.copytree(INDEX_DIR, tmp_path / "index")
    (tmp_path / "index" / "manifest.json").write_text("{", encoding="utf-8")
    with pytest.raises(IndexLoadError) as caught:
        load_index(tmp_path / "index")
    assert "which documents folder it was built from is not known" in caught.value.message_en
    assert caught.value.message_en.endswith("--corpus <documents>")


@pytest.mark.parametrize("command", ["build", "ask", "docs", "add", "remove"])
def test_corpus_given_a_file_says_a_folder_is_expected(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "report.txt"
    document.write_text("รายงานประจำปี\n\nโครงการนี้เริ่มในปี 2566\n", encoding="utf-8")
    extra = {"ask": ["คำถาม"], "add": [str(document)], "remove": ["report.txt"]}.get(command, [])
    code = cli.main(
        [command, *extra, "--index", str(tmp_path / "index"), "--corpus", str(document)]
    )
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    thai, english = err.removeprefix("qa-bot: ").split(" / ", 1)
    assert f"--corpus ต้องเป็นโฟลเดอร์ของเอกสาร แต่ {document} เป็นไฟล์" in thai
    assert f"--corpus expects a folder of documents, and {document} is a file" in english
    # What to do instead: the file's folder, or a folder of its own.
    assert f"--corpus {tmp_path}" in english and "put the file in a folder" in english
