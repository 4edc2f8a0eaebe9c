"""A document's title when nothing names it, and names put into Thai example text (README,
"Your own documents": "its first line when that is short enough to be a title (at most 200
characters ...); a document that starts with a paragraph is titled by its file name without
the extension, underscores read as spaces (`marie_curie.txt` → "marie curie")")."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.cards import SectorRef
from qa_bot.corpus.documents import read_document
from qa_bot.corpus.sections import OVERVIEW_LABEL
from qa_bot.web.service import example_question
from qa_bot.wording import in_thai

PARAGRAPH = (
    "มารี กูรี มีชื่อเดิมว่า มาเรีย ซาโลเมอา สกวอดอฟสกา เกิดเมื่อวันที่ 7 พฤศจิกายน 1867 ที่กรุงวอร์ซอ "
    "เป็นนักฟิสิกส์และนักเคมีผู้บุกเบิกการวิจัยเรื่องกัมมันตภาพรังสี และเป็นสตรีคนแรกที่ได้รับรางวัลโนเบล "
    "ทั้งยังเป็นบุคคลเดียวที่ได้รับรางวัลโนเบลในสองสาขาวิทยาศาสตร์ที่แตกต่างกัน"
)
MORE = "\n\nในปี 1903 เธอได้รับรางวัลโนเบลสาขาฟิสิกส์ร่วมกับสามีของเธอ\n"


def test_a_document_that_starts_with_a_paragraph_is_titled_by_its_file_name(
    tmp_path: Path,
) -> None:
    assert len(PARAGRAPH) > 200
    path = tmp_path / "marie_curie.txt"
    path.write_text(PARAGRAPH + MORE, encoding="utf-8")
    document = read_document(path)
    assert document.title == "marie curie"
    # The paragraph stays in the text (it is searched), not taken away as a title.
    assert document.sections[0].start == 0


def test_a_short_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "marie_curie.txt"
    path.write_text("ชีวประวัติมารี กูรี\n\n" + PARAGRAPH + MORE, encoding="utf-8")
    assert read_document(path).title == "ชีวประวัติมารี กูรี"


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("เรื่อง", "coffee", "มีสาระสำคัญอะไรบ้าง"), "เรื่อง coffee มีสาระสำคัญอะไรบ้าง"),
        (("เรื่อง", "marie curie", "มีสาระสำคัญอะไรบ้าง"), "เรื่อง marie curie มีสาระสำคัญอะไรบ้าง"),
        (("เรื่อง", "สาธารณสุข", "มีสาระสำคัญอะไรบ้าง"), "เรื่องสาธารณสุขมีสาระสำคัญอะไรบ้าง"),
        (("เรื่อง", "กีฬา 1964", "คืออะไร"), "เรื่องกีฬา 1964 คืออะไร"),
        (("เรื่อง ", "AQRF", " คืออะไร"), "เรื่อง AQRF คืออะไร"),
    ],
)
def test_a_latin_name_in_thai_text_is_set_apart_by_spaces(
    parts: tuple[str, ...], expected: str
) -> None:
    assert in_thai(*parts) == expected


def test_the_page_example_for_a_document_titled_in_latin_letters_reads_as_thai() -> None:
    # A fresh user's chips read "เรื่องcoffeeมีสาระสำคัญอะไรบ้าง"; a document as a whole is
    # asked what it is about (FRESH14 §6).
    coffee = SectorRef("coffee.txt", 0, OVERVIEW_LABEL, "Overview", "coffee", several=True)
    assert example_question(coffee) == "coffee เกี่ยวกับอะไร"
    thai = SectorRef("a.txt", 1, "ตารางซ้อม", "", "เอกสาร", several=True)
    assert example_question(thai) == "เรื่องตารางซ้อมมีสาระสำคัญอะไรบ้าง"
