"""A Word or HTML list keeps the bullets and numbers its reader sees (Word draws them from its
numbering definitions, a browser from <ol>/<ul>: neither is in the paragraphs' text), so its
items read as a list, answer as one with their lead-in, and "ขั้นตอนที่ 2" has its "2." to find.
Fixtures are made here (python-docx's default template's List Bullet / List Number styles)."""

from __future__ import annotations

from pathlib import Path

from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages
from qa_bot.extract.html import extract_html
from qa_bot.extract.types import formatted_number
from qa_bot.extract.word import extract_docx


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("คู่มือการสมัครสอบ", style="Title")
    document.add_paragraph("วัตถุประสงค์ของการสอบ มีดังนี้")
    document.add_paragraph("เพื่อคัดเลือกนักเรียนเข้าห้องเรียนพิเศษ", style="List Bullet")
    document.add_paragraph("เพื่อวัดความรู้พื้นฐานด้านวิทยาศาสตร์", style="List Bullet")
    document.add_paragraph("ขั้นตอนการสมัคร มีดังนี้")
    for step in ("กรอกใบสมัครออนไลน์", "ชำระค่าสมัคร 300 บาท", "รอประกาศรายชื่อผู้มีสิทธิ์สอบ"):
        document.add_paragraph(step, style="List Number")
    document.save(str(path))
    return path


def test_a_word_lists_bullets_and_numbers_are_in_its_text(tmp_path: Path) -> None:
    text = extract_docx(_docx(tmp_path / "guide.docx")).text
    assert "• เพื่อคัดเลือกนักเรียนเข้าห้องเรียนพิเศษ\n\n• เพื่อวัดความรู้พื้นฐานด้านวิทยาศาสตร์" in text
    assert "1. กรอกใบสมัครออนไลน์\n\n2. ชำระค่าสมัคร 300 บาท\n\n3. รอประกาศรายชื่อผู้มีสิทธิ์สอบ" in text
    assert "คู่มือการสมัครสอบ\n\nวัตถุประสงค์" in text  # a paragraph that is no item: as it was


def test_a_word_list_answers_as_one_with_its_lead_in(tmp_path: Path) -> None:
    document = read_document(_docx(tmp_path / "guide.docx"))
    sentences = [
        document.text[a:b] for passage in split_passages([document]) for a, b in passage.sentences
    ]
    assert (
        "ขั้นตอนการสมัคร มีดังนี้\n\n1. กรอกใบสมัครออนไลน์\n\n2. ชำระค่าสมัคร 300 บาท\n\n"
        "3. รอประกาศรายชื่อผู้มีสิทธิ์สอบ"
    ) in sentences


def test_an_html_lists_items_show_their_labels(tmp_path: Path) -> None:
    page = tmp_path / "guide.html"
    page.write_text(
        "<html><body><main><h1>คู่มือ</h1><p>ขั้นตอนการสมัคร มีดังนี้</p>"
        '<ol start="2"><li>กรอก<b>ใบสมัคร</b>ออนไลน์</li><li><p>ชำระค่าสมัคร</p></li></ol>'
        '<ol type="i"><li>ข้อแรก</li><li>ข้อสอง</li></ol>'
        "<ul><li>ผัก<ul><li>คะน้า</li></ul></li><li>ผลไม้</li></ul></main></body></html>",
        encoding="utf-8",
    )
    text = extract_html(page).text
    assert "2. กรอกใบสมัครออนไลน์\n\n3. ชำระค่าสมัคร" in text
    assert "i. ข้อแรก\n\nii. ข้อสอง" in text
    assert "• ผัก\n\n• คะน้า\n\n• ผลไม้" in text


def test_numbers_in_a_lists_formats() -> None:
    assert formatted_number(12, "decimal") == "12"
    assert formatted_number(12, "thaiNumbers") == "๑๒"
    assert formatted_number(3, "thaiLetters") == "ค"
    assert formatted_number(4, "upperRoman") == "IV"
    assert formatted_number(2, "lowerLetter") == "b"
