"""One notice in four formats reads alike (FRESH17a §1.3–§1.4, FRESH17 §8): the same answer
sentences, each bullet its own, and no heading line inside one or alone as one, whatever the
format.

tests/fixtures/formats/science_day.{md,txt,docx,html} hold the same made-up notice: a Markdown
file with "##" headings, a plain-text file with numbered headings, a Word file (python-docx:
Title and Heading 1 styles, a List Bullet list) and an HTML page (h1, h2, ul)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa_bot.corpus.documents import indexed_text, read_document
from qa_bot.corpus.passages import split_passages

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
FORMATS = ("md", "txt", "docx", "html")
TITLE = "งานสัปดาห์วิทยาศาสตร์ โรงเรียนบ้านดอนแก้ว ประจำปี 2570"
DATE = "งานจัดขึ้นในวันพฤหัสบดีที่ 19 สิงหาคม 2570 ณ หอประชุมพิกุลทอง"
ROCKET = "13.00 น. การแข่งขันจรวดขวดน้ำที่สนามฟุตบอล"
HEADINGS = ("วันและสถานที่", "กิจกรรม", "ค่าใช้จ่าย", "ติดต่อ")
_BULLET = re.compile(r"^(?:[-•]\s+)")


def _passages(fmt: str):
    document = read_document(FIXTURES / f"science_day.{fmt}")
    return document, split_passages([document])


def _sentences(fmt: str) -> list[str]:
    document, passages = _passages(fmt)
    return [_BULLET.sub("", document.text[a:b]) for p in passages for a, b in p.sentences]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_has_the_notices_title(fmt):
    document, _ = _passages(fmt)
    assert document.title == TITLE


def test_every_format_gives_the_same_answer_sentences():
    markdown = sorted(_sentences("md"))
    for fmt in FORMATS[1:]:
        assert sorted(s for s in _sentences(fmt) if s != TITLE) == markdown, fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_heading_line_is_never_in_an_answer_sentence(fmt):
    for sentence in _sentences(fmt):
        assert not any(sentence.startswith(h) for h in HEADINGS), sentence
        assert "(Date and venue)" not in sentence and "(Activities)" not in sentence


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_scheduled_item_is_a_sentence_of_its_own(fmt):
    assert ROCKET in _sentences(fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_passage_is_indexed_under_the_title_and_its_heading(fmt):
    _, passages = _passages(fmt)
    (passage,) = [p for p in passages if DATE in p.text]
    indexed = indexed_text(passage)
    before = indexed[: indexed.index(DATE)]
    assert TITLE in before and "วันและสถานที่" in before and "Date and venue" in before


def test_a_pdf_heading_over_its_paragraph_without_a_blank_line_is_no_sentence():
    # A printed PDF may set the heading right above its paragraph (one line break, no gap):
    # "3. การสมัคร⏎สมัครได้ที่…" was one answer sentence, heading first (FRESH17a §1.3).
    from qa_bot.corpus.sentences import sentence_spans

    text = "3. การสมัคร\nสมัครได้ที่ห้องธุรการภายในวันที่ 12 สิงหาคม 2570 ในเวลาราชการ"
    spans = sentence_spans(text, 0, len(text), headings=("การสมัคร",))
    assert [text[a:b] for a, b in spans] == ["สมัครได้ที่ห้องธุรการภายในวันที่ 12 สิงหาคม 2570 ในเวลาราชการ"]


def test_a_tab_separated_table_in_a_text_file_is_one_sentence_a_row(tmp_path):
    # A table pasted into a .txt keeps its cells apart with tabs: a row is an answer of its own,
    # as the same table's row is in .docx, .html and .md (it was one sentence of six rows).
    path = tmp_path / "camp.txt"
    rows = [
        "วันที่\tเวลา\tกิจกรรม",
        "3 มีนาคม 2570\t08.00 น.\tออกเดินทาง",
        "4 มีนาคม 2570\t15.00 น.\tพิธีปิด",
    ]
    path.write_text("ค่ายลูกเสือ\n\nกำหนดการมีดังนี้\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    document = read_document(path)
    sentences = [document.text[a:b] for p in split_passages([document]) for a, b in p.sentences]
    assert rows[1] in sentences and rows[2] in sentences
