"""PDF, Word and HTML documents in the corpus and the index: `qa-bot add` / `build` take them,
offsets count in the stored (extracted, repaired) text, hits from a PDF name their page, and bad
files are refused with the corpus and index unchanged. Fixtures are made at test time."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa_bot.cli import main
from qa_bot.corpus.documents import read_document
from qa_bot.docs.change import add_document
from qa_bot.store import build_index, load_index
from tests.test_extract import THAI_FONT, make_pdf, rasterise
from tests.test_multidoc import HashEmbedder, tree_digest

NOTICE = """# ประกาศโรงเรียนเรื่องค่ายวิทยาศาสตร์

## กำหนดการ
ค่ายวิทยาศาสตร์ภาคฤดูร้อนจัดขึ้นระหว่างวันที่ ๓ ถึง ๕ เมษายน ที่ศูนย์การเรียนรู้ของโรงเรียน
นักเรียนชั้นมัธยมศึกษาปีที่สองสมัครได้ที่ห้องวิชาการ
"""
# One fact per page, each page a bookmarked section (fpdf2 start_section → PDF outline).
ADMISSION = [
    ("บทนำ", "โรงเรียนเปิดรับสมัครนักเรียนใหม่ประจำปีการศึกษา ๒๕๖๘ ผู้สนใจอ่านรายละเอียดในประกาศนี้"),
    (
        "ค่าธรรมเนียม",
        "ค่าธรรมเนียมการสมัครสอบคัดเลือกคือสามร้อยห้าสิบบาท ชำระที่ห้องการเงินก่อนวันที่ ๒๐ พฤษภาคม",
    ),
    (
        "การสอบสัมภาษณ์",
        "การสอบสัมภาษณ์จัดขึ้นที่อาคารเรียนรวมชั้นสาม ผู้ปกครองต้องมาพร้อมนักเรียนในวันสอบ",
    ),
]


def make_sectioned_pdf(path: Path, sections=ADMISSION) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.set_title("ประกาศรับสมัครนักเรียน")
    for label, text in sections:
        pdf.add_page()
        pdf.set_font("Loma", size=14)
        pdf.start_section(label)
        pdf.multi_cell(0, 10, label, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def small_setup(tmp_path_factory) -> tuple[Path, Path]:
    """A one-document corpus and its index, built with the default model."""
    root = tmp_path_factory.mktemp("small")
    corpus, index = root / "corpus", root / "index"
    corpus.mkdir()
    (corpus / "camp.md").write_text(NOTICE, encoding="utf-8")
    build_index(corpus, index)
    return corpus, index


@pytest.fixture(scope="module")
def with_pdf(small_setup, tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("with_pdf")
    corpus, index = root / "corpus", root / "index"
    shutil.copytree(small_setup[0], corpus)
    shutil.copytree(small_setup[1], index)
    pdf = make_sectioned_pdf(root / "admission.pdf")
    assert main(["add", str(pdf), "--corpus", str(corpus), "--index", str(index), "--quiet"]) == 0
    return corpus, index


def ask_json(question: str, corpus: Path, index: Path, capsys) -> dict:
    capsys.readouterr()
    code = main(["ask", question, "--json", "--corpus", str(corpus), "--index", str(index)])
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_a_fact_on_page_two_is_answered_from_that_page_with_its_section(with_pdf, capsys):
    corpus, index = with_pdf
    answer = ask_json("ค่าธรรมเนียมการสมัครสอบคัดเลือกเท่าไร", corpus, index, capsys)
    top = answer["hits"][0]
    assert top["document"] == "admission.pdf"
    assert top["page"] == 2
    assert top["section_label"] == "ค่าธรรมเนียม"
    assert "สามร้อยห้าสิบบาท" in top["answer_sentence"]
    stored = load_index(index).document("admission.pdf").text
    assert top["text"] == stored[top["start"] : top["end"]]
    assert top["answer_sentence"] == stored[top["answer_start"] : top["answer_end"]]
    camp = ask_json("ค่ายวิทยาศาสตร์จัดที่ไหน", corpus, index, capsys)["hits"][0]
    assert camp["document"] == "camp.md" and camp["page"] is None


def test_the_page_card_names_the_page(with_pdf):
    from qa_bot import QABot
    from qa_bot.cards import hit_card

    corpus, index = with_pdf
    bot = QABot.load(index, corpus_dir=corpus)
    hit = bot.ask("การสอบสัมภาษณ์จัดที่อาคารไหน").hits[0]
    assert hit.page == 3
    assert "หน้า 3" in hit_card(bot.index, hit)
    assert "หน้า 3 <small>page 3</small>" in hit_card(bot.index, hit, english=True)


def test_the_cli_names_the_page_and_docs_prints_the_stored_text(with_pdf, capsys):
    corpus, index = with_pdf
    capsys.readouterr()
    main(["ask", "การสอบสัมภาษณ์จัดที่อาคารไหน", "--corpus", str(corpus), "--index", str(index)])
    assert "หน้า 3 / page 3" in capsys.readouterr().out
    assert main(["docs", "--text", "admission.pdf", "--index", str(index)]) == 0
    printed = capsys.readouterr().out
    assert printed.rstrip("\n") == load_index(index).document("admission.pdf").text
    assert "การสอบสัมภาษณ์จัดขึ้นที่อาคารเรียนรวมชั้นสาม" in printed
    assert main(["docs", "--text", "missing.pdf", "--index", str(index)]) == 2


def test_word_and_html_documents_are_indexed_with_their_sections(tmp_path):
    import docx

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    document = docx.Document()
    document.add_heading("ระเบียบการแต่งกาย", level=1)
    document.add_paragraph("นักเรียนต้องสวมเครื่องแบบทุกวันจันทร์ถึงวันพฤหัสบดี")
    document.add_heading("การลา", level=1)
    document.add_paragraph("นักเรียนที่ลาป่วยต้องส่งใบลาภายในสามวัน")
    document.save(corpus / "rules.docx")
    (corpus / "clubs.html").write_text(
        "<html><head><title>ชมรม</title></head><body><h2>ชมรมดนตรี</h2>"
        "<p>ชมรมดนตรีซ้อมทุกวันพุธ</p><h2>ชมรมหมากรุก</h2><p>แข่งขันทุกเดือน</p></body></html>",
        encoding="utf-8",
    )
    index = build_index(corpus, tmp_path / "index", embedder=HashEmbedder())
    rules = index.document("rules.docx")
    assert [s.label for s in rules.sections] == ["ระเบียบการแต่งกาย", "การลา"]
    clubs = index.document("clubs.html")
    assert clubs.title == "ชมรม"
    assert [s.label for s in clubs.sections] == ["ชมรมดนตรี", "ชมรมหมากรุก"]
    for passage in index.passages:
        stored = index.document(passage.doc_id).text
        assert passage.text == stored[passage.start : passage.end] and passage.page is None
    leave = next(p for p in index.passages if "ใบลา" in p.text)
    assert leave.section_label == "การลา"


def bad_files(tmp_path: Path) -> dict[str, Path]:
    import pypdf
    from fpdf import FPDF

    tmp_path.mkdir()
    good = make_pdf(tmp_path / "good.pdf", ["ข้อความทดสอบภาษาไทยสำหรับไฟล์ที่เข้ารหัส"])
    files = {}
    writer = pypdf.PdfWriter(clone_from=str(good))
    writer.encrypt(user_password="secret", algorithm="AES-128")
    files["encrypted"] = tmp_path / "encrypted.pdf"
    writer.write(files["encrypted"])
    files["corrupt"] = tmp_path / "corrupt.pdf"
    files["corrupt"].write_bytes(good.read_bytes()[:300])
    files["lying"] = tmp_path / "report.docx"
    files["lying"].write_bytes(good.read_bytes())
    blank = FPDF()
    blank.add_page()
    blank.add_page()
    files["no text"] = tmp_path / "blank.pdf"
    blank.output(str(files["no text"]))
    return files


@pytest.mark.parametrize("kind", ["encrypted", "corrupt", "lying", "no text"])
def test_bad_files_are_refused_and_nothing_changes(small_setup, tmp_path, capsys, kind):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(small_setup[0], corpus)
    shutil.copytree(small_setup[1], index)
    bad = bad_files(tmp_path / "files")
    before = (tree_digest(corpus), tree_digest(index))
    capsys.readouterr()
    code = main(["add", str(bad[kind]), "--corpus", str(corpus), "--index", str(index)])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err and bad[kind].name in err
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in err)
    assert (tree_digest(corpus), tree_digest(index)) == before


def test_scanned_pages_are_reported_as_skipped_when_ocr_is_off(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("qa_bot.extract.ocr.ocr_available", lambda: False)
    import pypdf

    text_pdf = make_pdf(tmp_path / "text.pdf", ["หน้าแรกมีข้อความเกี่ยวกับการรับสมัครนักเรียน"])
    scan = rasterise(make_pdf(tmp_path / "s.pdf", ["หน้าที่ถูกสแกนเป็นภาพ"]), tmp_path / "scan.pdf")
    writer = pypdf.PdfWriter()
    writer.append(str(text_pdf))
    writer.append(str(scan))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    writer.write(corpus / "mixed.pdf")
    document = read_document(corpus / "mixed.pdf")
    assert len(document.skipped_pages) == 1 and document.skipped_pages[0].startswith("2: ")
    assert "tesseract-ocr-tha" in document.skipped_pages[0]
    code = main(["build", "--corpus", str(corpus), "--index", str(tmp_path / "index"), "--quiet"])
    assert code == 0
    out = capsys.readouterr().out
    assert "mixed.pdf: ข้ามหน้า / skipped page 2: ไม่มีข้อความ" in out


def test_a_500_page_pdf_is_added_with_every_page_numbered(tmp_path):
    from fpdf import FPDF

    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "camp.md").write_text(NOTICE, encoding="utf-8")
    build_index(corpus, index_dir, embedder=HashEmbedder())
    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.set_font("Loma", size=12)
    for number in range(1, 501):
        pdf.add_page()
        pdf.text(20, 30, f"รายงานการประชุมคณะกรรมการ ครั้งที่ {number}")
        pdf.text(20, 40, f"ที่ประชุมมีมติเห็นชอบงบประมาณ {number * 1000 + 7} บาท")
    path = tmp_path / "minutes.pdf"
    pdf.output(str(path))
    index = add_document(path, corpus, index_dir, embedder=HashEmbedder())
    document = index.document("minutes.pdf")
    assert len(document.page_starts) == 500 and not document.skipped_pages
    last = next(p for p in index.passages if "ครั้งที่ 500" in p.text)
    assert last.page == 500 and "500007" in last.text
    assert {p.page for p in index.passages if p.doc_id == "minutes.pdf"} == set(range(1, 501))
