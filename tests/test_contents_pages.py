"""A contents page answers nothing (corpus/contents.py `is_contents`): its entries ("1.1 ที่มาและ
ความสำคัญ 1", "2.2 … . . . . 14") and page numbers alone make no passage, so a question about the
objectives is answered from the objectives, not from the line that lists them with a page
number. A table's rows and prose that end in numbers stay. The fixture PDF is drawn here (the
real report that showed it, in ../shared/docs-samples, may not be committed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.corpus.contents import is_contents
from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages

from .test_list_items_not_sections import OBJECTIVES, _body, _pdf

CONTENTS = [
    "บทที่ 1 บทนำ 1",
    "1.1 ที่มาและความสำคัญ 1",
    "1.2 วัตถุประสงค์ 2",
    "1.3 ขอบเขตของการศึกษา 2",
    "บรรณานุกรม 9",
    "ภาคผนวก",  # a group of the contents page, over its parts: no page number of its own
    "ก แบบสอบถาม 10",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    blocks = [
        ("title", "รายงานโครงงานวิทยาศาสตร์"),
        ("heading", "สารบัญ"),
        *[("item", line) for line in CONTENTS],
        ("body", "ก"),  # the contents page's own number
        ("heading", "บทที่ 1 บทนำ"),
        ("heading", "1.1 ที่มาและความสำคัญ"),
        ("body", _body(1)),
        ("heading", "1.2 วัตถุประสงค์"),
        *[("item", item) for item in OBJECTIVES],
        ("heading", "1.3 ขอบเขตของการศึกษา"),
        ("body", _body(2)),
        ("heading", "บรรณานุกรม"),
        ("body", "สมชาย ใจดี. การรู้จำอักขระภาษาไทย. กรุงเทพฯ: สำนักพิมพ์ทดสอบ, 2549."),
        ("heading", "ภาคผนวก ก : แบบสอบถาม"),
        ("body", _body(3)),
    ]
    return read_document(_pdf(tmp_path_factory.mktemp("contents") / "report.pdf", blocks))


def test_no_passage_is_the_contents_page(report) -> None:
    passages = split_passages([report])
    for passage in passages:
        assert "1.2 วัตถุประสงค์ 2" not in passage.text
        assert passage.text.strip() != "ก"
    objectives = next(s for s in report.sections if s.label == "1.2 วัตถุประสงค์")
    assert any(p.section_id == objectives.section_id for p in passages)
    # The contents page is still a section of the document, with its text, but no passage.
    contents = next(s for s in report.sections if s.label == "สารบัญ")
    assert "1.2 วัตถุประสงค์ 2" in report.text[contents.start : contents.end]
    assert not [p for p in passages if p.section_id == contents.section_id]


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(CONTENTS),
        "Figure Page\n1.1 An example of the Range bitmap index . . . . . . . 2\n"
        "1.2 An example of the Interval bitmap index . . . . . . . 3\n"
        "1.3 An example of the Encoded bitmap index . . . . . . . 6",
        "ix",
    ],
)
def test_contents_entries_are_contents(text: str) -> None:
    assert is_contents(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "ค่าใช้สอย | 880,500 | ประจำปี\nค่าวัสดุ | 120,000 | จัดซื้อใหม่\nค่าตอบแทน | 45 | รายเดือน",
        "ชุดทดสอบ Angsana 95\nชุดทดสอบ Cordia 93\nชุดทดสอบ Pimdeed 88",  # a table's rows
        "โรงเรียนรับนักเรียนใหม่ปีละ 120\nคน แบ่งเป็นห้องละ 40\nคน รวม 3",  # prose wrapped at numbers
        "1.2 วัตถุประสงค์ 2",  # one entry outside a contents page: a heading can end in a number
    ],
)
def test_tables_and_prose_are_not_contents(text: str) -> None:
    assert not is_contents(text, 0, len(text))


def test_a_plain_text_guide_keeps_every_line(tmp_path: Path) -> None:
    """A plain-text document's passages: no line is a contents entry, nothing dropped."""
    text = "คู่มือ\n\n(1) การสมัคร\nสมัครได้ที่ห้อง 12\n\n(2) การสอบ\nสอบวันที่ 5\n"
    (tmp_path / "guide.txt").write_text(text, encoding="utf-8")
    document = read_document(tmp_path / "guide.txt")
    said = "".join(p.text for p in split_passages([document]))
    assert "สมัครได้ที่ห้อง 12" in said and "สอบวันที่ 5" in said


def test_the_parts_a_contents_page_lists_are_no_sections(report) -> None:
    labels = [section.label for section in report.sections]
    assert "ภาคผนวก" not in labels  # the contents page's line
    assert labels[-2:] == ["บรรณานุกรม", "ภาคผนวก ก : แบบสอบถาม"]  # the real parts
