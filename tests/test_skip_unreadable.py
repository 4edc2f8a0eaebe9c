"""One damaged file in a folder of documents (FRESH10 §13): without --skip-unreadable the build
says that no index was built and what to do; with it the rest is indexed, the skipped file is
named with why (manifest and warning), and the index stays current while that file is
unchanged. Builds are atomic either way: nothing half-written is ever left."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from qa_bot.cli import main
from qa_bot.corpus.documents import load_corpus
from qa_bot.docs.change import add_document
from qa_bot.errors import CorpusError, IndexLoadError
from qa_bot.store import build_index, load_index

from .test_multidoc import HashEmbedder
from .test_unreadable_documents import _digest

NOTICE = "# ประกาศ\n\nห้องสมุดเปิดเวลา 08.30 น. ถึง 16.30 น.\n"
CAMP = "# ค่ายวิทยาศาสตร์\n\nค่ายจัดขึ้นวันที่ 12 มกราคม ที่อาคารเรียนรวม\n"


def _broken_pdf(path: Path) -> Path:
    """A PDF cut off half-way, as a failed download or copy leaves one."""
    from .test_extract import make_pdf

    whole = make_pdf(path.with_name("whole.tmp"), ["ประกาศโรงเรียนเรื่องการสอบปลายภาค"])
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    whole.unlink()
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notice.md").write_text(NOTICE, encoding="utf-8")
    (folder / "camp.md").write_text(CAMP, encoding="utf-8")
    _broken_pdf(folder / "broken.pdf")
    return folder


def test_the_refusal_says_no_index_was_built_and_what_to_do(corpus: Path) -> None:
    with pytest.raises(CorpusError) as error:
        load_corpus(corpus)
    thai, english = error.value.message_th, error.value.message_en
    assert "broken.pdf" in thai and "broken.pdf" in english
    assert "ยังไม่ได้สร้าง" in thai and "the index was not built" in english
    assert "ย้ายไฟล์" in thai and "move the file" in english
    assert "--skip-unreadable" in thai and "--skip-unreadable" in english
    assert "notice.md" not in str(error.value)


def test_skipping_indexes_the_rest_and_records_the_skipped_file(
    corpus: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    index = build_index(corpus, index_dir, embedder=HashEmbedder(), skip_unreadable=True)
    assert [doc.doc_id for doc in index.documents] == ["camp.md", "notice.md"]
    (entry,) = index.manifest.skipped_unreadable
    assert entry.doc_id == "broken.pdf"
    assert entry.sha256 == hashlib.sha256((corpus / "broken.pdf").read_bytes()).hexdigest()
    assert "damaged or not a PDF" in entry.reason_en and "broken.pdf" in entry.reason_th
    written = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    assert written["skipped_unreadable"][0]["doc_id"] == "broken.pdf"
    assert any("08.30" in passage.text for passage in index.passages)
    # Current while the damaged file is unchanged: it loads against its corpus.
    load_index(index_dir, corpus_dir=corpus, embedder=HashEmbedder())


def test_a_mended_file_makes_the_index_stale_and_the_hint_keeps_the_option(
    corpus: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=HashEmbedder(), skip_unreadable=True)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 still not whole")
    with pytest.raises(IndexLoadError) as error:
        load_index(index_dir, corpus_dir=corpus, embedder=HashEmbedder())
    assert "~broken.pdf" in error.value.message_en
    assert "--skip-unreadable" in error.value.message_en


def test_an_index_without_skips_writes_no_such_field(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.pdf").unlink()
    build_index(corpus, tmp_path / "index", embedder=HashEmbedder(), skip_unreadable=True)
    written = json.loads((tmp_path / "index" / "manifest.json").read_text(encoding="utf-8"))
    assert "skipped_unreadable" not in written  # other indexes' bytes as they were


def test_nothing_readable_builds_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _broken_pdf(folder / "broken.pdf")
    (folder / "latin1.txt").write_bytes("café".encode("latin-1"))
    with pytest.raises(CorpusError) as error:
        build_index(folder, tmp_path / "index", embedder=HashEmbedder(), skip_unreadable=True)
    english = error.value.message_en
    assert "no document" in english and "no index was built" in english
    assert "broken.pdf" in error.value.message_en and "latin1.txt" in error.value.message_th
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_adding_to_an_index_that_skipped_keeps_skipping(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=HashEmbedder(), skip_unreadable=True)
    extra = tmp_path / "bus.md"
    extra.write_text("# รถรับส่ง\n\nรถออกจากหน้าโรงเรียนเวลา 07.00 น.\n", encoding="utf-8")
    index = add_document(extra, corpus, index_dir, embedder=HashEmbedder())
    assert [doc.doc_id for doc in index.documents] == ["bus.md", "camp.md", "notice.md"]
    assert [entry.doc_id for entry in index.manifest.skipped_unreadable] == ["broken.pdf"]


def test_a_mended_copy_replaces_the_damaged_file(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=HashEmbedder(), skip_unreadable=True)
    from .test_extract import make_pdf

    mended = make_pdf(tmp_path / "broken.pdf", ["ประกาศโรงเรียนเรื่องการสอบปลายภาค"])
    index = add_document(mended, corpus, index_dir, replace=True, embedder=HashEmbedder())
    assert "broken.pdf" in [doc.doc_id for doc in index.documents]
    assert index.manifest.skipped_unreadable == ()


@pytest.mark.slow  # builds with the bundled model
def test_the_command_skips_names_and_exits_zero(corpus: Path, tmp_path: Path, capsys) -> None:
    index_dir = tmp_path / "index"
    argv = ["build", "--corpus", str(corpus), "--index", str(index_dir), "--quiet"]
    before = _digest(corpus)
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "broken.pdf" in err and "the index was not built" in err and "Traceback" not in err
    assert not index_dir.exists()
    assert main([*argv, "--skip-unreadable"]) == 0
    out, err = capsys.readouterr()
    assert "2 documents" in out
    assert "skipped 1 unreadable document" in err and "broken.pdf" in err
    assert "damaged or not a PDF" in err
    assert _digest(corpus) == before  # the documents folder untouched
    assert main(["ask", "--index", str(index_dir), "ห้องสมุดเปิดกี่โมง", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["hits"][0]["document"] == "notice.md"
