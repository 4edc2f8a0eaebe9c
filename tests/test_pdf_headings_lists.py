"""A PDF's headings known only by their font size, list items whose wrapped lines are set in
under the item's text, and pypdfium2's ghost letters (NOTE18 Left 4).

- A line set larger than the body text is a paragraph of its own (extract.layout: HEADING_SIZE),
  so a heading with nothing to number it is no part of the sentence before or after it, and the
  document's sections are its headings.
- A list item's wrapped line, set in under the item's text (a browser's <li>, Word's hanging
  indent), is joined to the item like any wrapped line (layout._hanging); a paragraph's indented
  first line stays a line.
- Chromium's PDFs map a Thai cluster's stacked-marks glyph to the whole cluster, so pypdfium2
  reads "ชั้นชั้มัธยม": those ghost letters (above the line, back over the cluster) are left out of
  the printed line, which then matches pypdf's text of it (layout._ghosts).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages
from qa_bot.extract import extract
from qa_bot.extract.layout import line_key, visual_lines

THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Loma.ttf")

INTRO = (
    "โรงเรียนบ้านดอนแก้วจัดงานสัปดาห์วิทยาศาสตร์ประจำปี เพื่อให้นักเรียนได้ทดลอง "
    "และนำเสนอโครงงานต่อผู้ปกครองและชุมชน โดยครูทุกกลุ่มสาระร่วมกันเตรียมฐานการเรียนรู้ "
    "ทั้งในห้องปฏิบัติการและลานกิจกรรมกลางแจ้ง ผู้ปกครองเข้าชมได้ตลอดวันโดยไม่เสียค่าใช้จ่าย"
)
PLACE = (
    "งานจัดขึ้นในวันพฤหัสบดีที่ 19 สิงหาคม 2570 ณ หอประชุมพิกุลทองของโรงเรียน "
    "ตั้งแต่เวลา 08.30 ถึง 15.00 น. ผู้เข้าชมลงทะเบียนที่โต๊ะหน้าหอประชุม "
    "และรับเอกสารแนะนำฐานกิจกรรมได้ที่จุดเดียวกัน"
)
# Schedule items, each long enough to wrap under its own text.
ITEMS = (
    "09.00 น. พิธีเปิดโดยนายกเทศมนตรีตำบลดอนแก้ว พร้อมการแสดงของนักเรียน "
    "ชั้นประถมศึกษาปีที่ 6 และการกล่าวรายงานของผู้อำนวยการโรงเรียน",
    "10.00 น. การประกวดโครงงานวิทยาศาสตร์ระดับประถมศึกษา ณ ห้องปฏิบัติการ "
    "วิทยาศาสตร์ อาคาร 2 โดยคณะกรรมการจากมหาวิทยาลัยราชภัฏนครราชสีมา",
)
FEES = (
    "ผู้เข้าชมไม่ต้องเสียค่าเข้างาน ส่วนนักเรียนที่ส่งจรวดขวดน้ำเข้าแข่งขันเสียค่าสมัครทีมละ 50 บาท "
    "ชำระได้ที่ห้องธุรการของโรงเรียนในวันและเวลาราชการ"
)
# A heading whose words read as a clause ("ผู้เข้าร่วม…") stands alone as no heading's line
# does to the corpus's reading (corpus.extracted.lone_headings): only its size tells it.
HEADINGS = ("วันและสถานที่", "ผู้เข้าร่วมและค่าใช้จ่าย", "กำหนดการ")


def _notice(path: Path) -> Path:
    """A notice as a browser prints one: a title and two headings set larger than the body
    text, nothing numbering them; the schedule's items set in, wrapped under their text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.add_page()
    pdf.set_font("Loma", size=22)
    pdf.cell(0, 12, "งานสัปดาห์วิทยาศาสตร์", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Loma", size=12)
    pdf.multi_cell(0, 7, INTRO, align="J", new_x="LMARGIN", new_y="NEXT")
    for heading, body in zip(HEADINGS, (PLACE, FEES, None), strict=True):
        pdf.set_font("Loma", size=17)
        pdf.cell(0, 10, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Loma", size=12)
        if body:
            pdf.multi_cell(0, 7, body, align="J", new_x="LMARGIN", new_y="NEXT")
    for item in ITEMS:
        pdf.set_x(pdf.l_margin + 12)
        pdf.multi_cell(0, 7, item, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


needs_font = pytest.mark.skipif(not THAI_FONT.is_file(), reason="needs fonts-thai-tlwg")


@needs_font
def test_headings_set_larger_are_the_sections_and_no_part_of_a_sentence(tmp_path: Path) -> None:
    document = read_document(_notice(tmp_path / "notice.pdf"))
    # The title, set larger still, is the document's title, not a section.
    assert document.title == "งานสัปดาห์วิทยาศาสตร์"
    labels = [section.label for section in document.sections if section.section_id]
    assert labels == list(HEADINGS)
    sentences = [
        document.text[a:b] for passage in split_passages([document]) for a, b in passage.sentences
    ]
    for heading in HEADINGS:
        assert not any(heading in s and s.strip() != heading for s in sentences), heading
    assert f"\n\n{HEADINGS[0]}\n\n" in document.text


@needs_font
def test_a_list_items_wrapped_lines_set_in_under_its_text_join_the_item(tmp_path: Path) -> None:
    text = extract(_notice(tmp_path / "notice.pdf"), use_ocr=False).text
    lines = ["".join(line.split()) for line in text.split("\n") if line.strip()]
    for item in ITEMS:
        # fpdf2 wraps at a space and drops it: the item's words are one line, in order.
        assert "".join(item.split()) in lines, (item[:8], lines)


def test_ghost_letters_of_a_cluster_are_left_out_of_the_printed_line() -> None:
    # "ชั้นมัธยม" as pypdfium2 reads a Chromium PDF: the cluster ชั้ again after น, its boxes
    # those of the stacked marks (above the line, back over the cluster).
    text = "ชั้นชั้มัธยม"
    line = [
        (0.0, 0.0, 3.0, 9.5),
        (3.0, 0.0, 6.0, 9.5),
        (6.0, 0.0, 9.0, 9.5),
        (10.0, 0.0, 19.0, 9.0),
    ]
    ghosts = [(4.5, 13.0, 6.5, 17.0), (6.5, 13.0, 8.5, 17.0), (8.5, 13.0, 10.5, 17.0)]
    rest = [(20.0 + 6 * n, 0.0, 25.0 + 6 * n, 9.0) for n in range(5)]
    printed = visual_lines(text, line + ghosts + rest)
    assert [p.key for p in printed] == [line_key("ชั้นมัธยม")]


def test_headings_the_text_numbers_come_before_those_set_larger() -> None:
    # A law's มาตรา (corpus.extracted._law_headings) are its sections even where its PDF sets
    # its title lines larger (the Royal Gazette decree's king's title).
    from qa_bot.corpus.extracted import extracted_headings
    from qa_bot.extract.types import SectionMark

    text = (
        "พระราชกฤษฎีกา\n\nพระบาทสมเด็จพระเจ้าอยู่หัว\n\nมาตรา ๑ พระราชกฤษฎีกานี้เรียกว่า พระราชกฤษฎีกายุบสภา\n\n"
        "มาตรา ๒ พระราชกฤษฎีกานี้ให้ใช้บังคับตั้งแต่วันประกาศในราชกิจจานุเบกษาเป็นต้นไป\n"
    )
    marks = [SectionMark("พระบาทสมเด็จพระเจ้าอยู่หัว", 15, 1, by_size=True)]
    assert [h.label for h in extracted_headings(text, marks)] == ["มาตรา ๑", "มาตรา ๒"]
