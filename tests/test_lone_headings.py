"""Titles set as lines alone make sections when a document has no other marks (FRESH14 §6: the
4-page story PDF was one section "ภาพรวม" of 18 passages; Word gave its titles no other font
size or weight than its text)."""

from __future__ import annotations

from qa_bot.corpus.extracted import extracted_headings, lone_headings

BODY = (
    "เครื่องบินลำเลียงขนาดใหญ่ขนส่งทหาร อุปกรณ์ และความช่วยเหลือด้านมนุษยธรรมไปทั่วโลก "
    "ระบบซับซ้อนที่ต้องการความแม่นยำสมบูรณ์และความเข้าใจทุกชิ้นส่วนอย่างลึกซึ้ง"
)


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_short_lines_alone_that_name_something_are_headings() -> None:
    text = _text(
        "เรื่องเล่าจากกองทัพอากาศ",  # the document's title: no heading
        BODY,
        "งานซ่อมบำรุงอากาศยาน",
        BODY,
        "ลูกเรือและผู้โดยสารจะถึงที่หมาย",  # a clause (จะ): a one-line paragraph
        BODY,
        "ในวัฒนธรรมทหาร PTSD เป็นเรื่องซับซ้อน",  # opens with a preposition
        BODY,
        "คุณคือเส้นแบ่งสุดท้ายระหว่าง “ภารกิจสำเร็จ” กับ “หายนะ”",  # a quotation
        BODY,
        "ปฏิบัติการอิรัก",
        BODY,
        "เรื่องที่ 2 กลับบ้าน",
        BODY,
    )
    labels = [h.label for h in extracted_headings(text, ())]
    assert labels == ["งานซ่อมบำรุงอากาศยาน", "ปฏิบัติการอิรัก", "เรื่องที่ 2 กลับบ้าน"]
    for heading in lone_headings(text):
        assert text[heading.line_start : heading.line_end] == heading.label


def test_one_line_alone_is_a_paragraph_and_numbered_headings_win() -> None:
    assert lone_headings(_text("ชื่อเรื่อง", BODY, "งานซ่อมบำรุงอากาศยาน", BODY)) == []
    numbered = _text("ชื่อเรื่อง", "1. บทนำ", BODY, "ปฏิบัติการอิรัก", BODY, "2. สรุป", BODY)
    assert [h.style for h in extracted_headings(numbered, ())] == ["numbered", "numbered"]


# The real story, decree and budget PDFs of ../shared/docs-samples (never committed) are
# checked by bench/samples_check.py where they are present.
