"""A PDF's wrapped lines are joined inside their sentence (FRESH14 §6: "…นับแต่วันที่
พระราชกฤษฎีกานี้⏎ใช้บังคับ" was an answer sentence on the page): nothing between two Thai
letters, a space elsewhere; title blocks, numbered items and headings stay lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.extract import extract
from qa_bot.extract.layout import LineShapes, line_key
from qa_bot.extract.wraps import join_wrapped, spaced_ends

THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Loma.ttf")

# Words written together, as Thai is: fpdf2 can wrap only at the spaces, between phrases, so
# each wrap is inside a sentence.
PARAGRAPH = (
    "โครงการนี้มุ่งพัฒนาระบบค้นหาเอกสารราชการ ให้เจ้าหน้าที่ค้นข้อมูลได้รวดเร็ว "
    "โดยใช้ดัชนีคำและเวกเตอร์ความหมายร่วมกัน ระบบรองรับเอกสารภาษาไทยและภาษาอังกฤษ "
    "ทั้งไฟล์ PDF และ Word ที่หน่วยงานจัดเก็บไว้ตั้งแต่ปี 2560 เป็นต้นมา "
    "และจะเปิดให้ทุกหน่วยงานใช้งานภายในเดือนมีนาคม 2568"
)


def _pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.add_page()
    pdf.set_font("Loma", size=18)
    for line in ("รายงานโครงการ", "ระบบค้นหาเอกสาร", "ปีงบประมาณ 2567"):
        pdf.cell(0, 10, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Loma", size=14)
    pdf.multi_cell(0, 8, PARAGRAPH, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.skipif(not THAI_FONT.is_file(), reason="needs fonts-thai-tlwg")
def test_a_wrapped_paragraph_is_one_line_and_the_title_block_stays_lines(tmp_path: Path) -> None:
    text = extract(_pdf(tmp_path / "report.pdf"), use_ocr=False).text
    title, *body = text.split("\n\n")
    assert title.split("\n") == ["รายงานโครงการ", "ระบบค้นหาเอกสาร", "ปีงบประมาณ 2567"]
    assert body and all("\n" not in paragraph for paragraph in body)
    # fpdf2 wraps at a space and drops it: Thai phrases meet without one, a Latin word is set
    # apart by one; every word is there, in order.
    assert "ค้นข้อมูลได้รวดเร็วโดยใช้ดัชนีคำ" in text
    assert " ".join(text.split()).count("Word ที่หน่วยงาน") == 1
    assert "".join("".join(body).split()) == "".join(PARAGRAPH.split())


def _shapes(lines: list[str], full: list[str], short: list[str] = ()) -> list[LineShapes]:
    keys = [line_key(line) for line in lines]
    assert all(key for key in keys)
    return [
        LineShapes(
            short=frozenset(line_key(x) for x in short),
            full=frozenset(line_key(x) for x in full),
            spans_page=True,
        )
    ]


def test_thai_joins_without_a_space_latin_and_numbers_with_one() -> None:
    lines = [
        "ให้มีการเลือกตั้งภายในหกสิบวันนับแต่วันที่พระราชกฤษฎีกานี้",
        "ใช้บังคับ และให้รายงานผลการเลือกตั้งทั้งหมดภายในปี",
        "2567 ต่อคณะรัฐมนตรีตามแบบที่กำหนด โดยส่งผ่านระบบ",
        "e-Saraban ของสำนักงาน",
    ]
    page = "\n".join(lines)
    joined = join_wrapped([page], _shapes(lines, full=lines[:3]))[0]
    assert joined == (
        "ให้มีการเลือกตั้งภายในหกสิบวันนับแต่วันที่พระราชกฤษฎีกานี้ใช้บังคับ"
        " และให้รายงานผลการเลือกตั้งทั้งหมดภายในปี"
        " 2567 ต่อคณะรัฐมนตรีตามแบบที่กำหนด โดยส่งผ่านระบบ e-Saraban ของสำนักงาน"
    )


def test_items_contents_lines_and_a_line_alone_after_a_paragraph_stay() -> None:
    lines = [
        "ขั้นตอนการดำเนินงานของโครงการที่คณะทำงานกำหนดไว้มีรายละเอียดดังนี้",
        "2.1 การเก็บข้อมูลเอกสารจากหน่วยงานต่าง ๆ ทั้งหมดที่เข้าร่วมโครงการ",
        "2.2 การสร้างดัชนีเพื่อค้นหาเอกสารจากข้อมูลที่เก็บรวบรวมไว้แล้วทั้งหมด",
    ]
    joined = join_wrapped(["\n".join(lines)], _shapes(lines, full=lines))[0]
    assert joined.split("\n") == lines  # numbered items are no wraps
    contents = ["บทคัดย่อภาษาไทย ก", "กิตติกรรมประกาศ ค", "บทที่ 1 บทนำ 1"]
    assert (
        join_wrapped(["\n".join(contents)], _shapes(contents, full=contents))[0].split("\n")
        == contents
    )
    # A paragraph's last line ended at a space short of the margin (pypdf writes it), then a
    # short line ends the block: a heading, set apart.
    story = [
        "ครูฝึกสังเกตเห็นทันที นี่ไม่ใช่แค่ทหารใหม่ที่ทำตามหน้าที่ไปวัน ๆ แต่คือคนที่รักงานนี้อย่างแท้จริง ",
        "งานซ่อมบำรุงอากาศยาน ",
    ]
    spaced = spaced_ends(["\n".join(story)])
    page = "\n".join(line.rstrip() for line in story)
    assert join_wrapped([page], _shapes(story, full=[], short=story[1:]), spaced)[0] == (
        page.replace("\n", "\n\n")
    )


def test_a_page_of_short_lines_is_not_joined() -> None:
    # No measure across the page (a slide, a form): its longest line is no full line.
    lines = ["รายงานการประชุมคณะกรรมการ ครั้งที่ 1", "ที่ประชุมมีมติเห็นชอบงบประมาณ 1007 บาท"]
    shapes = [LineShapes(full=frozenset(line_key(x) for x in lines), spans_page=False)]
    assert join_wrapped(["\n".join(lines)], shapes)[0] == "\n".join(lines)


# The real decree and story PDFs of ../shared/docs-samples (never committed) are checked by
# bench/samples_check.py where they are present.
