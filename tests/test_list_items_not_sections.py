"""A PDF's numbered list items are no sections (corpus/sections.py `without_list_items`): a
report's objectives "1.2.1 …", "1.2.2 …" under "1.2 วัตถุประสงค์", or steps "1) …", "2) …", stay
in the section of the heading above them, whole; its real numbered headings still make
sections. Fixtures are drawn here with fpdf2 and a Thai font (the real report in
../shared/docs-samples that showed it may not be committed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages

THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Loma.ttf")  # Debian fonts-thai-tlwg

# Words spaced so that fpdf2 wraps and justifies full lines, as Word does Thai.
BODY = (
    "โครงงาน นี้ ศึกษา การ รู้จำ อักขระ ภาษาไทย จาก ภาพ เอกสาร ที่ สแกน ด้วย เครื่อง สแกน "
    "ทั่วไป เพื่อ ให้ ได้ ข้อความ ที่ นำไป ค้นหา และ แก้ไข ต่อ ได้ โดย ไม่ ต้อง พิมพ์ ใหม่ "
    "ทั้งหมด และ เปรียบเทียบ วิธี ต่าง ๆ ที่ มี ผู้ เสนอ ไว้ ก่อนหน้า"
)
OBJECTIVES = [
    "1.2.1 เพื่อศึกษากระบวนการสำหรับการรู้จำอักขระภาษาไทย",
    "1.2.2 เพื่อ ออกแบบ ขั้นตอน วิธี สำหรับ การ รู้จำ อักขระ ภาษาไทย ที่ มี ประสิทธิภาพ "
    "สูงขึ้น กว่า วิธี เดิม ที่ ใช้ กัน อยู่ ใน ปัจจุบัน",
    "1.2.3 เพื่อ วิเคราะห์ และ เปรียบเทียบ ประสิทธิภาพ ของ ขั้นตอน วิธี การ รู้จำ "
    "อักขระ ภาษาไทย แบบ เฮาซดอรฟดิสแทนซ์ และ ไดนามิคไทม์วาร์ปพิง",
]
STEPS = [
    "1) กรอก ใบสมัคร ให้ ครบ ทุก ช่อง พร้อม แนบ สำเนา บัตรประชาชน และ รูปถ่าย ขนาด หนึ่ง นิ้ว จำนวน สอง รูป",
    "2) ชำระ ค่าสมัคร ที่ ห้อง การเงิน ชั้น หนึ่ง ภายใน วันที่ ยี่สิบ ของ เดือน แล้ว เก็บ ใบเสร็จ ไว้ เป็น หลักฐาน",
    "3) รอ ประกาศ รายชื่อ ผู้ มี สิทธิ์ สอบ ทาง เว็บไซต์ ของ โรงเรียน",
]


def _pdf(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """A PDF of (kind, text) blocks: "heading" one line, "body" a wrapped paragraph, "item" a
    wrapped list item; a gap after each block but the items (a list is set tight)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.add_page()
    for kind, text in blocks:
        pdf.set_font("Loma", size=16 if kind in ("heading", "title") else 14)
        align = "C" if kind == "title" else "J"
        pdf.multi_cell(0, 8, text, align=align, new_x="LMARGIN", new_y="NEXT")
        if kind != "item":
            pdf.ln(4)
    pdf.output(str(path))
    return path


def _body(n: int) -> str:
    """A paragraph of its own (a line printed twice on a page cannot be placed: layout.py)."""
    return f"ย่อหน้า ที่ {n} {BODY}"


REPORT = [
    ("title", "รายงานโครงงานวิทยาศาสตร์"),
    ("heading", "บทที่ 1 บทนำ"),
    ("heading", "1.1 ที่มาและความสำคัญ"),
    ("body", _body(1)),
    ("body", _body(2)),
    ("heading", "1.2 วัตถุประสงค์"),
    *[("item", item) for item in OBJECTIVES],
    ("heading", "1.3 ขอบเขตของการศึกษา"),
    ("body", _body(3)),
    ("heading", "บทที่ 2 ทฤษฎีที่เกี่ยวข้อง"),
    ("heading", "2.1 ขั้นตอนวิธีของโอซีอาร์"),
    ("heading", "2.1.1 ขั้นตอนโดยทั่วไป"),
    ("body", _body(4)),
    ("heading", "2.1.2 ขั้นตอนวิธีที่เคยได้รับการศึกษาวิจัย"),
    ("body", _body(5)),
    ("body", _body(6)),
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    path = _pdf(tmp_path_factory.mktemp("report") / "report.pdf", REPORT)
    return read_document(path)


def _squash(text: str) -> str:
    return "".join(text.split())


def test_a_reports_numbered_headings_are_its_sections_and_its_objectives_are_not(report) -> None:
    labels = [section.label for section in report.sections if section.section_id]
    assert labels == [
        "บทที่ 1 บทนำ",
        "1.1 ที่มาและความสำคัญ",
        "1.2 วัตถุประสงค์",
        "1.3 ขอบเขตของการศึกษา",
        "บทที่ 2 ทฤษฎีที่เกี่ยวข้อง",
        "2.1 ขั้นตอนวิธีของโอซีอาร์",
        "2.1.1 ขั้นตอนโดยทั่วไป",
        "2.1.2 ขั้นตอนวิธีที่เคยได้รับการศึกษาวิจัย",
    ]


def test_the_objectives_stay_whole_in_their_section(report) -> None:
    objectives = next(s for s in report.sections if s.label == "1.2 วัตถุประสงค์")
    said = _squash(report.text[objectives.start : objectives.end])
    for item in OBJECTIVES:  # the short one-line item too
        assert _squash(item) in said
    # … and in one passage: a question about the objectives gets the list, not one item of it.
    passages = [p for p in split_passages([report]) if p.section_id == objectives.section_id]
    assert any(all(_squash(item) in _squash(p.text) for item in OBJECTIVES) for p in passages)


def test_steps_numbered_1_2_3_are_no_sections(tmp_path: Path) -> None:
    blocks = [
        ("title", "การสมัครสอบเข้าเรียน"),
        *[("body", _body(n)) for n in range(4)],
        ("body", "ขั้นตอน การ สมัคร มี ดังนี้"),
        *[("item", step) for step in STEPS],
        *[("body", _body(n)) for n in range(4, 6)],
    ]
    document = read_document(_pdf(tmp_path / "steps.pdf", blocks))
    assert [section.label for section in document.sections] == ["ภาพรวม"]
    said = _squash(document.text)
    assert all(_squash(step) in said for step in STEPS)


def test_a_list_is_one_answer_sentence_with_its_lead_in(report) -> None:
    objectives = next(s for s in report.sections if s.label == "1.2 วัตถุประสงค์")
    passage = next(p for p in split_passages([report]) if p.section_id == objectives.section_id)
    sentences = [_squash(report.text[a:b]) for a, b in passage.sentences]
    whole = _squash("1.2 วัตถุประสงค์") + "".join(_squash(item) for item in OBJECTIVES)
    assert whole in sentences


def test_a_list_too_long_for_one_answer_keeps_its_items_apart() -> None:
    from qa_bot.corpus.lists import MAX_LIST_CHARS
    from qa_bot.corpus.sentences import prose_spans

    item = "การ ทดสอบ ระบบ ค้นหา เอกสาร ภาษาไทย ด้วย คำถาม ที่ ผู้ใช้ พิมพ์ เอง " * 3
    text = "ขั้นตอน มี ดังนี้\n" + "\n\n".join(f"{n}) {item.strip()}" for n in range(1, 6))
    assert len(text) > MAX_LIST_CHARS
    spans = prose_spans(text, 0, len(text))
    starts = [text[a:b][:2] for a, b in spans]
    assert [s for s in starts if s[0].isdigit()] == ["2)", "3)", "4)", "5)"]


def test_a_lead_in_counting_its_parts_is_whole() -> None:
    """ "แบ่งได้ 3 ส่วน คือ": ส่วน counts the parts here (a classifier), it does not open a
    sentence ("as for …"), so the lead-in is not cut before it and the list follows it."""
    from qa_bot.corpus.sentences import prose_spans

    lead = "ขั้นตอนวิธีของโอซีอาร์ สามารถแบ่งได้ 3 ส่วน คือ"
    parts = [
        "- การประมวลผลส่วนหน้า เป็นส่วนที่รวมตั้งแต่การนำเข้าข้อมูลภาพ ไปจนถึงการค้นหาตัวอักษร",
        "- การประมวลผล เป็นการนำตัวอักษรที่ได้มาหาลักษณะเด่น",
        "- การรู้จำ เป็นการนำลักษณะเด่นมาเทียบกับต้นแบบ",
    ]
    text = lead + "\n\n" + "\n\n".join(parts)
    assert [text[a:b] for a, b in prose_spans(text, 0, len(text))] == [text]
    # "ส่วน" opening a topic after a year still starts a sentence.
    prose = (
        "ผึ้งลูกผสมแอฟริกาถูกพบครั้งแรกในพื้นที่เปิดโล่งเมื่อปี 2018 "
        "ส่วนในทวีปอเมริกา ผึ้งลูกผสมแอฟริกาแพร่กระจายไปทั่วภูมิภาคอย่างรวดเร็วในเวลาไม่กี่ปี"
    )
    starts = [prose[a:b][:4] for a, b in prose_spans(prose, 0, len(prose))]
    assert starts == ["ผึ้ง", "ส่วน"]


def test_items_that_follow_one_another_are_no_sections(tmp_path: Path) -> None:
    """Short items one a line ("1. กรอกใบสมัคร⏎2. ชำระค่าสมัคร") have nothing under them: a list;
    numbered headings with their paragraphs under them stay sections."""
    steps = ["1. กรอกใบสมัครออนไลน์", "2. ชำระค่าสมัคร 300 บาท", "3. รอประกาศรายชื่อผู้มีสิทธิ์สอบ"]
    guide = "คู่มือการสมัครสอบ\n\nขั้นตอนการสมัคร มีดังนี้\n" + "\n".join(steps) + "\n"
    (tmp_path / "guide.txt").write_text(guide + "\nสอบถามได้ที่ห้องธุรการ\n", encoding="utf-8")
    document = read_document(tmp_path / "guide.txt")
    assert [section.label for section in document.sections] == ["ภาพรวม"]
    passage = split_passages([document])[0]
    answers = [document.text[a:b] for a, b in passage.sentences]
    assert "ขั้นตอนการสมัคร มีดังนี้\n" + "\n".join(steps) in answers
    handbook = (
        "คู่มือนักเรียน\n\n(1) การสมัคร\nนักเรียนสมัครได้ที่ห้องธุรการในวันและเวลาราชการ\n\n"
        "(2) การสอบ\nการสอบจัดในวันเสาร์ที่สองของเดือนมีนาคม\n"
    )
    (tmp_path / "handbook.txt").write_text(handbook, encoding="utf-8")
    labels = [s.label for s in read_document(tmp_path / "handbook.txt").sections]
    assert labels == ["การสมัคร", "การสอบ"]


def test_one_numbered_line_is_no_list() -> None:
    """A caption over a numbered heading is no lead-in over a list of one."""
    from qa_bot.corpus.sentences import prose_spans

    text = (
        "ภาพที่ 2.9 ตัวอย่างผลลัพธ์ที่ได้จากการทำให้บาง\n\n"
        "2.7.1 การทำให้บางโดยใช้ Parallel Thinning Algorithm\n\n"
        "เป็นวิธีการทำให้บางวิธีหนึ่ง ซึ่งทำให้ผลลัพธ์มีความหนาเพียง 1 พิกเซล"
    )
    for a, b in prose_spans(text, 0, len(text)):
        assert not ("ภาพที่" in text[a:b] and "2.7.1" in text[a:b]), text[a:b]
