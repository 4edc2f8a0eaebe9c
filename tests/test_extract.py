"""PDF, Word and HTML extraction on fixtures made at test time (the real samples may not be
committed): a DOCX written with python-docx, a PDF drawn with a Thai font, a scanned page made by
rasterising that PDF, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.extract import ExtractionError, extract, sniff_format
from qa_bot.extract.ocr import ocr_available

THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Loma.ttf")  # Debian fonts-thai-tlwg
PAGES = [
    "ประกาศกระทรวงศึกษาธิการ เรื่อง การสอบคัดเลือกนักเรียน นักเรียนต้องมาถึงก่อนเวลาเก้านาฬิกา",
    "การประชุมคณะกรรมการจะจัดขึ้นในวันที่ ๑๕ มีนาคม ที่ห้องประชุมใหญ่ อาคารเรียนรวม",
    "ผู้เข้าร่วมต้องลงทะเบียนล่วงหน้าทางเว็บไซต์ของโรงเรียนภายในวันที่ ๑๐ มีนาคม",
]


def make_pdf(path: Path, pages: list[str], footer: bool = True) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.set_title("ประกาศทดสอบ")
    pdf.set_auto_page_break(False)
    for number, text in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Loma", size=14)
        pdf.multi_cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
        if footer:
            pdf.set_y(-20)
            pdf.cell(0, 10, f"หน้า {number}")
    pdf.output(str(path))
    return path


def rasterise(source: Path, target: Path) -> Path:
    """An image-only PDF of `source`'s pages (a 'scan' whose true text is known)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(source))
    images = [document[i].render(scale=2).to_pil().convert("RGB") for i in range(len(document))]
    document.close()
    images[0].save(target, save_all=True, append_images=images[1:], resolution=144)
    return target


@pytest.fixture(scope="module")
def thai_pdf(tmp_path_factory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "announcement.pdf", PAGES)


def test_pdf_text_pages_and_title(thai_pdf):
    result = extract(thai_pdf)
    assert result.format == "pdf" and result.title == "ประกาศทดสอบ"
    assert len(result.page_starts) == 3 and not result.skipped
    for number, text in enumerate(PAGES, 1):
        start = result.text.index(text.split()[0])
        assert result.page_at(start) == number
        assert "".join(result.text[start:].split()).startswith("".join(text.split()))
    assert "หน้า 2" not in result.text  # page numbers in the footer are dropped


def test_pdf_outline_gives_sections(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    for label, text in (("บทนำ", PAGES[0]), ("การประชุม", PAGES[1])):
        pdf.add_page()
        pdf.set_font("Loma", size=14)
        pdf.start_section(label)
        pdf.multi_cell(0, 10, label, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "outline.pdf"
    pdf.output(str(path))
    result = extract(path)
    assert [s.label for s in result.sections] == ["บทนำ", "การประชุม"]
    second = result.sections[1]
    assert result.text[second.start :].startswith("การประชุม")
    assert result.page_at(second.start) == 2


@pytest.mark.skipif(not ocr_available(), reason="needs tesseract-ocr + tesseract-ocr-tha")
def test_scanned_page_is_read_by_ocr(thai_pdf, tmp_path):
    scan = rasterise(thai_pdf, tmp_path / "scan.pdf")
    result = extract(scan)
    assert result.extractor == "tesseract" and not result.skipped
    assert "การประชุมคณะกรรมการ" in result.text
    assert result.page_at(result.text.index("การประชุมคณะกรรมการ")) == 2


def test_scanned_page_without_ocr_is_skipped_with_reasons(thai_pdf, tmp_path):
    from fpdf import FPDF

    scan = rasterise(thai_pdf, tmp_path / "scan.pdf")
    # One page with text, then the scanned pages: the text is kept, the scans are reported.
    mixed = FPDF()
    mixed.add_font("Loma", fname=str(THAI_FONT))
    mixed.add_page()
    mixed.set_font("Loma", size=14)
    mixed.multi_cell(0, 10, PAGES[0])
    import pypdf

    writer = pypdf.PdfWriter()
    writer.append(pypdf.PdfReader(__import__("io").BytesIO(bytes(mixed.output()))))
    writer.append(pypdf.PdfReader(str(scan)))
    path = tmp_path / "mixed.pdf"
    writer.write(path)
    result = extract(path, use_ocr=False)
    assert [s.page for s in result.skipped] == [2, 3, 4]
    assert "ไม่มีข้อความ" in result.skipped[0].reason_th
    assert "no text layer" in result.skipped[0].reason_en
    assert PAGES[0][:20] in result.text


def add_budget_table(document) -> None:
    """A two-row table (a python-docx Document): "รายการ | งบประมาณ" / "ครุภัณฑ์ | ๘๘๐,๕๐๐"."""
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("รายการ", "งบประมาณ"), ("ครุภัณฑ์", "๘๘๐,๕๐๐")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text


def test_docx_headings_table_digits_and_title(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = "รายงานประจำปี"
    document.add_heading("บทที่ ๑ บทนำ", level=1)
    document.add_paragraph("เอกสาร\u200bฉบับ\u200bนี้จัดทำขึ้นเพื่อทดสอบ งบประมาณ ๑,๒๕๐,๐๐๐ บาท")
    document.add_heading("๑.๑ ตารางสรุป", level=2)
    add_budget_table(document)
    document.add_paragraph("ข้อความหลังตาราง")
    # A heading style abused for layout: a field and its value. Not a section.
    document.add_heading("ชื่อวิทยานิพนธ์\tการลงรหัสดัชนี", level=3)
    path = tmp_path / "report.docx"
    document.save(path)
    result = extract(path)
    assert result.title == "รายงานประจำปี"
    assert [(s.label, s.level) for s in result.sections] == [
        ("บทที่ ๑ บทนำ", 1),
        ("๑.๑ ตารางสรุป", 2),
    ]
    for section in result.sections:
        assert result.text[section.start :].startswith(section.label)
    assert "เอกสารฉบับนี้จัดทำขึ้น" in result.text  # zero-width spaces removed
    table_at = result.text.index("รายการ | งบประมาณ\nครุภัณฑ์ | ๘๘๐,๕๐๐")
    assert result.text.index("๑.๑ ตารางสรุป") < table_at < result.text.index("ข้อความหลังตาราง")
    assert result.page_at(0) is None


def test_html_sections_title_and_no_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>คู่มือ</title><style>p{}</style></head><body>"
        "<nav>เมนู หน้าแรก</nav><h1>คู่มือนักศึกษา</h1><p>ยินดี<b>ต้อนรับ</b> สู่มหาวิทยาลัย</p>"
        "<h2>การลงทะเบียน</h2><p>ลงทะเบียนภายในวันที่ ๑๐</p><script>var x = 'ลับ';</script>"
        "<table><tr><td>วัน</td><td>เวลา</td></tr></table></body></html>",
        encoding="utf-8",
    )
    result = extract(path)
    assert result.title == "คู่มือ"
    assert [s.label for s in result.sections] == ["คู่มือนักศึกษา", "การลงทะเบียน"]
    assert "ยินดีต้อนรับ สู่มหาวิทยาลัย" in result.text and "วัน | เวลา" in result.text
    assert "ลับ" not in result.text and "เมนู" not in result.text and "p{}" not in result.text


def test_lying_extension_is_refused(tmp_path, thai_pdf):
    fake = tmp_path / "report.docx"
    fake.write_bytes(thai_pdf.read_bytes())
    with pytest.raises(ExtractionError) as error:
        extract(fake)
    assert "does not match" in error.value.message_en and "ไม่ตรง" in error.value.message_th
    text = tmp_path / "notes.pdf"
    text.write_text("ไม่ใช่ PDF", encoding="utf-8")
    with pytest.raises(ExtractionError):
        extract(text)
    assert sniff_format(thai_pdf) == "pdf"


def test_corrupt_and_encrypted_pdfs_are_refused(tmp_path, thai_pdf):
    import pypdf

    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(thai_pdf.read_bytes()[:400])
    with pytest.raises(ExtractionError) as error:
        extract(corrupt)
    assert "PDF" in error.value.message_en
    writer = pypdf.PdfWriter(clone_from=str(thai_pdf))
    writer.encrypt(user_password="secret", algorithm="AES-128")
    encrypted = tmp_path / "encrypted.pdf"
    writer.write(encrypted)
    with pytest.raises(ExtractionError) as error:
        extract(encrypted)
    assert "encrypted" in error.value.message_en and "รหัสผ่าน" in error.value.message_th


def test_pdf_without_any_text_is_refused_when_ocr_is_off(tmp_path, thai_pdf):
    scan = rasterise(thai_pdf, tmp_path / "scan.pdf")
    with pytest.raises(ExtractionError) as error:
        extract(scan, use_ocr=False)
    assert "No text" in error.value.message_en


def test_unsupported_extension_is_refused(tmp_path):
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ExtractionError):
        extract(path)


@pytest.mark.skipif(not ocr_available(), reason="needs tesseract-ocr + tesseract-ocr-tha")
def test_text_that_exists_only_in_a_picture_is_read(tmp_path):
    import pypdfium2 as pdfium
    from fpdf import FPDF

    headline = make_pdf(tmp_path / "headline.pdf", ["การปฏิรูปกฎหมาย"], footer=False)
    document = pdfium.PdfDocument(str(headline))
    picture = document[0].render(scale=2, crop=(0, 560, 0, 0)).to_pil().convert("RGB")
    document.close()
    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.add_page()
    pdf.set_font("Loma", size=10)
    pdf.text(20, 20, "ภาพประกอบ หน้าปก")
    pdf.image(picture, x=10, y=30, w=190)
    path = tmp_path / "cover.pdf"
    pdf.output(str(path))
    result = extract(path)
    assert "ภาพประกอบ" in result.text and "tesseract" in result.extractor
    assert "กฎหมาย" in result.text  # only in the picture
    assert "กฎหมาย" not in extract(path, use_ocr=False).text
