"""A plain handout PDF (FRESH16a K3): each text run drawn at its place, as reportlab and fpdf2's
text() write it — numbered headings with space under them, two paragraphs apart by half a
line, a numbered list with its numbers at a tab stop, a bordered table with a wrapped cell.
Its table rows are one line each ("header: value | …", as the Word reader gives them), its
list items one line with their numbers, its paragraphs apart, and its headings the sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.corpus.extracted import extracted_headings
from qa_bot.extract import extract

THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Loma.ttf")
LEFT, PITCH = 20.0, 7.0  # mm: the text's left margin and its line pitch

PARAGRAPH_1 = (
    "การอบรมครูบรรณารักษ์จัดขึ้นที่หอสมุดกลางของจังหวัดเป็นเวลาสองวัน",
    "ผู้เข้าอบรมทุกคนจะได้รับวุฒิบัตรและคู่มือการจัดหมวดหมู่หนังสือ",
)
PARAGRAPH_2 = (
    "ในช่วงบ่ายของวันที่สองผู้เข้าอบรมจะฝึกซ่อมหนังสือเก่าด้วยกาวแป้งเปียก",
    "ซึ่งวิทยากรจะเตรียมอุปกรณ์ให้ทั้งหมด",
)
ITEMS = (
    ("บัตรประชาชนหรือบัตรข้าราชการ",),
    ("ผ้ากันเปื้อนสำหรับฝึกซ่อมหนังสือ ซึ่งต้องเขียนชื่อผู้เข้าอบรมไว้ที่มุมขวาล่าง", "ให้เห็นชัดเจน"),
    ("แว่นขยายส่วนตัว",),
)
HEADER = ("วัน", "เวลา", "หัวข้อ", "วิทยากร")
ROWS = (
    (("วันแรก",), ("๐๙.๐๐ น.",), ("การจัดหมวดหมู่แบบดิวอี้",), ("นางสาวกานดา ศรีสวัสดิ์",)),
    (("วันแรก",), ("๑๔.๐๐ น.",), ("การลงทะเบียนหนังสือใหม่",), ("นายพิชัย บุญมา",)),
    (("วันที่สอง",), ("๑๐.๐๐ น.",), ("การซ่อมหนังสือเก่า", "ด้วยกาวแป้งเปียก"), ("นางวรรณา ทองคำ",)),
)
COLUMNS = (LEFT, LEFT + 25, LEFT + 50, LEFT + 115, 190.0)


def _handout(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.add_page()
    y = 30.0

    def line(x: float, text: str, size: float = 12) -> None:
        pdf.set_font("Loma", size=size)
        pdf.text(x, y, text)

    def heading(text: str) -> None:
        nonlocal y
        line(LEFT, text, 15)
        y += 1.9 * PITCH  # space under the heading

    heading("๑. รายละเอียดการอบรม")
    for text in PARAGRAPH_1:
        line(LEFT, text)
        y += PITCH
    y += 0.5 * PITCH  # half a line between the paragraphs
    for text in PARAGRAPH_2:
        line(LEFT, text)
        y += PITCH
    y += PITCH
    heading("๒. สิ่งที่ต้องนำมา")
    for number, item in enumerate(ITEMS, 1):
        line(LEFT, f"{number}.")  # the number at the margin, its text at a tab stop
        for text in item:
            line(LEFT + 8, text)
            y += PITCH
    y += PITCH
    heading("๓. ตารางการอบรม")
    for row in ((tuple((h,) for h in HEADER)), *ROWS):
        height = max(len(cell) for cell in row) * 6 + 3
        pdf.rect(LEFT, y - 5, COLUMNS[-1] - LEFT, height)
        for column, cell in enumerate(row):
            for n, text in enumerate(cell):
                pdf.set_font("Loma", size=11)
                pdf.text(COLUMNS[column] + 1.5, y + n * 6, text)
        y += height
    y += PITCH
    heading("๔. การสมัคร")
    line(LEFT, "สมัครได้ที่ครูอรทัย ใจงาม ห้องสมุดโรงเรียน ภายในวันที่ ๓๐ มิถุนายน")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory):
    if not THAI_FONT.is_file():
        pytest.skip("needs fonts-thai-tlwg")
    return extract(_handout(tmp_path_factory.mktemp("pdf") / "handout.pdf"), use_ocr=False)


def test_a_table_row_is_one_line_of_header_value_cells(handout) -> None:
    lines = handout.text.split("\n")
    for row in ROWS:
        cells = [f"{name}: {''.join(cell)}" for name, cell in zip(HEADER, row, strict=True)]
        assert " | ".join(cells) in lines
    assert not any(line.strip() in ("๐๙.๐๐ น.", "วันแรก", "วิทยากร") for line in lines)


def test_list_numbers_stay_with_their_items_and_a_wrapped_item_is_joined(handout) -> None:
    lines = handout.text.split("\n")
    for number, item in enumerate(ITEMS, 1):
        assert f"{number}. {''.join(item)}" in lines


def test_paragraphs_set_apart_by_half_a_line_stay_apart(handout) -> None:
    # Their lines end short of the margin (ragged right): whether they wrapped is not asked here.
    paragraphs = [block.replace("\n", "") for block in handout.text.split("\n\n")]
    assert "".join(PARAGRAPH_1) in paragraphs
    assert "".join(PARAGRAPH_2) in paragraphs
    assert "๑. รายละเอียดการอบรม" in paragraphs  # the heading is not glued to its paragraph


def test_the_numbered_headings_are_the_sections_not_the_table_times(handout) -> None:
    labels = [h.label for h in extracted_headings(handout.text, handout.sections)]
    assert labels == ["รายละเอียดการอบรม", "สิ่งที่ต้องนำมา", "ตารางการอบรม", "การสมัคร"]


def test_a_wrapped_line_that_starts_with_a_number_is_joined() -> None:
    from qa_bot.extract.layout import LineShapes, line_key
    from qa_bot.extract.wraps import join_wrapped

    lines = [
        "ค่ายรับนักเรียนชั้นมัธยมศึกษาปีที่สามถึงปีที่ห้าจากทุกอำเภอในจังหวัด จำนวนทั้งสิ้น",
        "๑๒๐ คน ค่าลงทะเบียนคนละ ๓๕๐ บาท ซึ่งรวมค่าอาหารและเอกสารประกอบการเรียนแล้ว",
        "2. ผู้ปกครองต้องลงนามในใบอนุญาตและส่งคืนครูประจำชั้นภายในวันศุกร์นี้",
    ]
    keys = frozenset(line_key(line) for line in lines)
    shape = LineShapes(full=keys, spans_page=True)
    joined = join_wrapped(["\n".join(lines)], [shape])[0].split("\n")
    assert joined == [lines[0] + " " + lines[1], lines[2]]  # an item's number still keeps it
