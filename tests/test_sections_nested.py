"""Sections follow a document's real structure (corpus/sections.py `outline`): a single top
heading is the title and the next level makes the sections; nested headings give sections
labelled under their parent ("Basic Usage › Customization"), or by their own label when it is
numbered in place ("๑.๑ …"); no text is lost; the title is the file's own title field when it
names the document. Fixtures are made here (the real samples may not be committed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.corpus.documents import read_document
from qa_bot.corpus.model import Document
from qa_bot.corpus.passages import split_passages
from qa_bot.corpus.sections import OVERVIEW_LABEL, split_sections
from qa_bot.extract.types import metadata_title

from .test_extract import THAI_FONT, add_budget_table


def _labels(document: Document) -> list[tuple[int, str]]:
    return [(s.section_id, s.label) for s in document.sections]


def _by_section(document: Document) -> dict[str, list[str]]:
    """Each section's passages' texts, by section label."""
    found: dict[str, list[str]] = {s.label: [] for s in document.sections}
    for passage in split_passages([document]):
        found[passage.section_label].append(passage.text)
    return found


def _one_after_another(document: Document) -> None:
    """Sections in text order, none overlapping another."""
    for section, following in zip(document.sections, document.sections[1:], strict=False):
        assert section.start <= section.end <= following.start


PAGE = """<!DOCTYPE html><html><head><title>thaipdf • thaipdf</title></head><body>
<nav>Reference Articles</nav><main>
<h1>thaipdf</h1>
<h3>Introduction</h3><p>แพ็กเกจนี้ช่วยสร้างเอกสาร PDF ภาษาไทยจาก R Markdown</p>
<h3>Installation</h3><p>ติดตั้งจาก CRAN ด้วยคำสั่ง install.packages</p>
<h2>Basic Usage</h2>
<h3>Stand-alone Template</h3><p>เลือกแม่แบบ Thai PDF จากเมนู New File</p>
<h3>Customization</h3><p>เปลี่ยนฟอนต์ได้ที่ตัวแปร mainfont ในส่วนหัวของเอกสาร</p>
<h2>Special Thanks</h2><p>ขอบคุณผู้พัฒนา pandoc และ LaTeX</p>
</main></body></html>"""


def test_a_page_with_one_h1_is_sectioned_by_its_h2_and_h3(tmp_path: Path) -> None:
    path = tmp_path / "thaipdf.html"
    path.write_text(PAGE, encoding="utf-8")
    document = read_document(path)
    assert document.title == "thaipdf"  # "thaipdf • thaipdf": the site's name once
    assert _labels(document) == [
        (1, "Introduction"),
        (2, "Installation"),
        (3, "Basic Usage › Stand-alone Template"),
        (4, "Basic Usage › Customization"),
        (5, "Special Thanks"),
    ]
    _one_after_another(document)
    passages = _by_section(document)
    # Before, the whole page was one section "thaipdf" holding every paragraph.
    # A heading line joins the paragraph under it in one passage (corpus.passages).
    assert passages["Basic Usage › Customization"] == [
        "Customization\n\nเปลี่ยนฟอนต์ได้ที่ตัวแปร mainfont ในส่วนหัวของเอกสาร",
    ]
    # No text lost: every line is in a passage, the headings too (each the first line of its
    # section); the title heading leads the first section's, so that a question naming only
    # the title finds it.
    texts = [text for section in passages.values() for text in section]
    assert "\n\n".join(texts) == document.text
    assert passages["Introduction"][0].startswith("thaipdf\n\nIntroduction\n\n")
    assert passages["Basic Usage › Stand-alone Template"][0].startswith("Basic Usage\n\n")


def _report(path: Path, core_title: str = "") -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = core_title
    document.add_paragraph("รายงานการทดสอบระบบจัดทำเอกสาร")
    document.add_paragraph("สารบัญ")
    document.add_heading("บทที่ ๑ บทนำ", level=1)
    document.add_paragraph("เอกสารฉบับนี้จัดทำขึ้นเพื่อทดสอบการสร้างไฟล์ Word ภาษาไทย")
    document.add_heading("๑.๑ วัตถุประสงค์", level=2)
    document.add_paragraph("เพื่อให้การจัดทำเอกสารราชการเป็นไปอย่างมีประสิทธิภาพ")
    document.add_heading("ตารางสรุปงบประมาณ", level=2)
    add_budget_table(document)
    document.save(path)
    return path


def test_a_word_report_with_one_heading_1_is_sectioned_by_its_heading_2(tmp_path: Path) -> None:
    document = read_document(_report(tmp_path / "report.docx"))
    # No title in its properties: its opening line, not its chapter heading "บทที่ ๑ บทนำ".
    assert document.title == "รายงานการทดสอบระบบจัดทำเอกสาร"
    assert _labels(document) == [
        (0, OVERVIEW_LABEL),
        (1, "บทที่ ๑ บทนำ"),
        (2, "๑.๑ วัตถุประสงค์"),
        (3, "ตารางสรุปงบประมาณ"),  # under the title heading: no "บทที่ ๑ บทนำ › "
    ]
    _one_after_another(document)
    passages = _by_section(document)
    assert passages["บทที่ ๑ บทนำ"] == [
        "บทที่ ๑ บทนำ\n\nเอกสารฉบับนี้จัดทำขึ้นเพื่อทดสอบการสร้างไฟล์ Word ภาษาไทย"
    ]
    assert passages["ตารางสรุปงบประมาณ"] == [
        "ตารางสรุปงบประมาณ\n\nรายการ | งบประมาณ\nครุภัณฑ์ | ๘๘๐,๕๐๐",
    ]
    assert passages[OVERVIEW_LABEL] == ["รายงานการทดสอบระบบจัดทำเอกสาร\n\nสารบัญ"]


@pytest.mark.parametrize(
    ("core_title", "expected"),
    [
        ("รายงานประจำปี ๒๕๖๖", "รายงานประจำปี ๒๕๖๖"),
        # A template's placeholder left in the properties names no document.
        ("(ตัวอย่างปกนอก แบบไม่ศึกษารายวิชา)", "รายงานการทดสอบระบบจัดทำเอกสาร"),
        ("Document1", "รายงานการทดสอบระบบจัดทำเอกสาร"),
    ],
)
def test_a_word_files_title_property_when_it_names_the_document(
    tmp_path: Path, core_title: str, expected: str
) -> None:
    assert read_document(_report(tmp_path / "report.docx", core_title)).title == expected


def test_chapters_with_subsections_label_them_under_the_chapter(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("1 บทนำ", level=1)
    document.add_paragraph("ที่มาของโครงงาน")
    document.add_heading("2 วิธีการ", level=1)
    document.add_heading("2.1 ข้อมูล", level=2)
    document.add_paragraph("เก็บข้อมูลจากนักเรียน ๑๒๐ คน")
    document.add_heading("เครื่องมือ", level=2)
    document.add_paragraph("แบบสอบถามออนไลน์")
    document.add_heading("แบบสอบถาม", level=3)
    document.add_paragraph("มีคำถาม ๒๐ ข้อ")
    path = tmp_path / "project.docx"
    document.save(path)
    read = read_document(path)
    assert read.title == "1 บทนำ"  # nothing else names it: its first heading
    assert _labels(read) == [
        (1, "1 บทนำ"),
        (2, "2 วิธีการ"),
        (3, "2.1 ข้อมูล"),  # numbered in place: its own label
        (4, "2 วิธีการ › เครื่องมือ"),
        (5, "เครื่องมือ › แบบสอบถาม"),
    ]
    passages = _by_section(read)
    # "2 วิธีการ" holds no text of its own, but "2.1 ข้อมูล" does not carry its name: it stays
    # listed, without passages, its heading line leading the subsection's passage.
    assert passages["2 วิธีการ"] == []
    assert passages["2.1 ข้อมูล"] == ["2 วิธีการ\n\n2.1 ข้อมูล\n\nเก็บข้อมูลจากนักเรียน ๑๒๐ คน"]
    assert passages["1 บทนำ"] == ["1 บทนำ\n\nที่มาของโครงงาน"]
    assert passages["เครื่องมือ › แบบสอบถาม"] == ["แบบสอบถาม\n\nมีคำถาม ๒๐ ข้อ"]


def test_markdown_subsections_are_sections_and_deeper_headings_stay_text() -> None:
    text = (
        "# คู่มือค่าย\n\nนำ\n\n## กำหนดการ\n\nสามวัน\n\n### วันแรก\n\nลงทะเบียน\n\n"
        "#### ช่วงเช้า\n\nพิธีเปิด\n\n##### หมายเหตุ\n\nแต่งกายสุภาพ\n\n### วันที่สอง\n\n"
        "#### ช่วงบ่าย\n\nกีฬาสี\n\n## สถานที่ (Venue)\n\n### ที่พัก (Lodging)\n\nหอพักนักศึกษา\n"
    )
    title, sections = split_sections("camp.md", text)
    assert title == "คู่มือค่าย"
    assert [(s.section_id, s.label, s.label_en) for s in sections] == [
        (0, OVERVIEW_LABEL, "Overview"),
        (1, "กำหนดการ", ""),
        (2, "กำหนดการ › วันแรก", ""),
        (3, "วันแรก › ช่วงเช้า", ""),
        # "### วันที่สอง" holds no text and its subsection carries its name: no section of its
        # own, its line leads its subsection's text.
        (4, "วันที่สอง › ช่วงบ่าย", ""),
        (5, "สถานที่ › ที่พัก", "Venue › Lodging"),
    ]
    afternoon = sections[4]
    assert text[afternoon.start : afternoon.end].split("\n\n")[:3] == [
        "### วันที่สอง",
        "#### ช่วงบ่าย",
        "กีฬาสี",
    ]
    morning = next(s for s in sections if s.section_id == 3)
    assert "##### หมายเหตุ" in text[morning.start : morning.end]  # a fourth level stays text
    assert text[sections[-1].start :].startswith("### ที่พัก")


def test_plain_text_headings_of_one_level_are_as_before() -> None:
    text = "แผนการสอน\n\n(1) บทนำ\n\nทบทวน\n\n(2) กิจกรรม\n\n1. ทดลอง\n\n2. สรุป\n"
    _, sections = split_sections("plan.txt", text)
    assert [(s.section_id, s.label) for s in sections] == [(1, "บทนำ"), (2, "กิจกรรม")]
    assert text[sections[0].start : sections[0].end].strip() == "ทบทวน"


@pytest.mark.skipif(not THAI_FONT.is_file(), reason="needs fonts-thai-tlwg")
def test_pdf_bookmarks_nest_and_each_is_found_on_its_own_line(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.set_title("Microsoft Word - manual.doc")  # a file name, not a title
    pdf.add_page()
    pdf.set_font("Loma", size=14)

    def line(text: str) -> None:
        pdf.multi_cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")

    line("คู่มือการติดตั้งและการใช้งาน")
    for name, level, body in (
        ("การติดตั้ง", 0, "ดาวน์โหลดโปรแกรมจากเว็บไซต์ของโรงเรียน"),
        ("ความต้องการของระบบ", 1, "หน่วยความจำอย่างน้อย ๘ กิกะไบต์"),
        ("ขั้นตอน", 1, "เปิดไฟล์แล้วกดติดตั้ง"),
        ("การใช้งาน", 0, "เข้าสู่ระบบด้วยรหัสนักเรียน"),
    ):
        pdf.start_section(name, level=level)
        line(name)
        line(body)
    path = tmp_path / "manual.pdf"
    pdf.output(str(path))
    document = read_document(path)
    assert document.title == "คู่มือการติดตั้งและการใช้งาน"
    assert _labels(document) == [
        (0, OVERVIEW_LABEL),
        (1, "การติดตั้ง"),
        (2, "การติดตั้ง › ความต้องการของระบบ"),
        (3, "การติดตั้ง › ขั้นตอน"),
        (4, "การใช้งาน"),
    ]
    _one_after_another(document)
    text = document.text
    # "การติดตั้ง" and "การใช้งาน" are inside the title line too: each section starts at its own
    # heading's line, so the title line stays whole in the overview.
    overview = document.sections[0]
    assert text[overview.start : overview.end].strip() == "คู่มือการติดตั้งและการใช้งาน"
    use = document.sections[-1]
    assert "เข้าสู่ระบบด้วยรหัสนักเรียน" in text[use.start : use.end]
    assert "ขั้นตอน" not in text[use.start : use.end]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("R Markdown ภาษาไทย", "R Markdown ภาษาไทย"),
        ("  คู่มือ\tนักศึกษา ", "คู่มือ นักศึกษา"),
        ("thaipdf • thaipdf", "thaipdf"),
        ("Getting started | Docs | docs", "Getting started • Docs"),
        (
            "R Markdown for PDF in Thai language • thaipdf",
            "R Markdown for PDF in Thai language • thaipdf",
        ),
        ("Microsoft Word - part1.doc", ""),
        ("report-final.docx", ""),
        ("(ตัวอย่างปกนอก แบบไม่ศึกษารายวิชา ปริญญาโท)", ""),
        ("[Title]", ""),
        ("Untitled 1", ""),
        ("Document1", ""),
        ("เอกสาร1", ""),
        ("", ""),
        ("ผลการทดลอง (ภาคผนวก)", "ผลการทดลอง (ภาคผนวก)"),
    ],
)
def test_a_files_own_title_field_when_it_names_a_document(raw: str, expected: str) -> None:
    assert metadata_title(raw) == expected


@pytest.mark.skipif(not THAI_FONT.is_file(), reason="needs fonts-thai-tlwg")
def test_a_report_pdf_without_bookmarks_is_sectioned_by_its_chapters(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.set_title("Microsoft Word - report.doc")
    pages = [
        # front matter: the contents page's lines end in page numbers
        ["รายงานโครงงานวิทยาศาสตร์", "สารบัญ", "บทที่ 1 บทนำ 1", "1.1 ที่มาและความสำคัญ 1",
         "บรรณานุกรม 3"],
        ["บทที่ 1", "บทนำ", "1.1 ที่มาและความสำคัญ", "โครงงานนี้ศึกษาการรู้จำอักขระภาษาไทย",
         "1. เก็บตัวอย่างเอกสาร", "2. สแกนเอกสาร", "2.5 ล้านบาทคืองบประมาณของโครงงาน",
         "1.2 วัตถุประสงค์", "เพื่อพัฒนาโปรแกรมรู้จำอักขระ"],
        ["บทที่ 2 ผลการทดลอง", "2.1 วิธีการทดสอบ", "ทดสอบกับเอกสารสามสิบหน้า", "บรรณานุกรม",
         "สมชาย ใจดี. 2550. การรู้จำอักขระภาษาไทย."],
    ]  # fmt: skip
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Loma", size=14)
        for line in lines:
            pdf.multi_cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    document = read_document(path)
    assert document.title == "รายงานโครงงานวิทยาศาสตร์"
    assert _labels(document) == [
        (0, OVERVIEW_LABEL),
        (1, "สารบัญ"),  # its lines end in page numbers: not chapters
        (2, "บทที่ 1 บทนำ"),  # "บทที่ 1" alone is named by the line after it
        (3, "1.1 ที่มาและความสำคัญ"),
        (4, "1.2 วัตถุประสงค์"),
        (5, "บทที่ 2 ผลการทดลอง"),
        (6, "2.1 วิธีการทดสอบ"),
        (7, "บรรณานุกรม"),
    ]
    _one_after_another(document)
    text = document.text
    background = next(s for s in document.sections if s.section_id == 3)
    # List items and a line that starts with a decimal stay text of their subsection.
    for line in ("1. เก็บตัวอย่างเอกสาร", "2.5 ล้านบาทคืองบประมาณของโครงงาน"):
        assert line in text[background.start : background.end]
    assert document.page_at(background.start) == 2
    references = document.sections[-1]
    assert "สมชาย ใจดี" in text[references.start : references.end]


def test_a_title_styled_paragraph_titles_a_word_file_without_a_title_property(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("ฉบับร่าง")  # a short opening line, but the Title style says more
    document.add_heading("คู่มือผู้ใช้ระบบลงทะเบียน", level=0)  # python-docx: the Title style
    document.add_heading("การเข้าสู่ระบบ", level=1)
    document.add_paragraph("ใช้รหัสนักศึกษาเป็นชื่อผู้ใช้")
    path = tmp_path / "manual.docx"
    document.save(path)
    read = read_document(path)
    assert read.title == "คู่มือผู้ใช้ระบบลงทะเบียน"
    assert _labels(read) == [(0, OVERVIEW_LABEL), (1, "การเข้าสู่ระบบ")]


def test_an_english_heading_with_its_thai_name_in_brackets_is_labelled_in_thai_first() -> None:
    # A translated English template: "Math (คณิตศาสตร์)", as "ตารางเรียน (Timetable)" reversed.
    text = (
        "# คู่มือ\n\n## Math (คณิตศาสตร์)\n\n### Math Equation (สมการทางคณิตศาสตร์)\n\nก\n\n"
        "## Lists\n\nข\n\n## C++ (ภาษา C++)\n\nค\n"
    )
    _, sections = split_sections("m.md", text)
    assert [(s.label, s.label_en) for s in sections] == [
        ("คณิตศาสตร์ › สมการทางคณิตศาสตร์", "Math › Math Equation"),
        ("Lists", ""),
        ("C++ (ภาษา C++)", ""),  # Latin letters inside the brackets: not a Thai name
    ]
