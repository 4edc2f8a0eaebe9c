"""PDF paragraphs and Thai law structure (qa_bot/extract/layout.py, corpus/extracted.py): a
PDF's wrapped lines are joined into paragraphs, never across a numbered clause; a law's มาตรา,
หมวด and named parts are its sections; its title block is its title. Fixtures are made here
(the real samples may not be committed): a law drawn with a Thai font by fpdf2."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages
from qa_bot.extract import extract
from qa_bot.extract.layout import (
    Clauses,
    LineShapes,
    VisualLine,
    line_key,
    line_shapes,
    mark_paragraphs,
)

THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Loma.ttf")  # Debian fonts-thai-tlwg

# Words spaced so that fpdf2 justifies every full line to the margin, as Word does Thai.
PREAMBLE = (
    "โดยที่ เป็นการ สมควร ปรับปรุง กฎหมาย ว่าด้วย การทดสอบ ระบบ เอกสาร ให้ เหมาะสม กับ "
    "สภาพการณ์ ใน ปัจจุบัน และ ให้ การอ่าน เอกสาร ราชการ ด้วย เครื่อง เป็นไป อย่าง ถูกต้อง "
    "รวดเร็ว และ ตรวจสอบ ได้ จึง ทรง พระกรุณา โปรดเกล้าฯ ให้ ตรา พระราชบัญญัติ ขึ้นไว้ "
    "ดังต่อไปนี้"
)
SECOND = (
    "พระราชบัญญัติ นี้ ตราขึ้น โดย คำแนะนำ และ ยินยอม ของ รัฐสภา เพื่อให้ หน่วยงาน ของ รัฐ "
    "ใช้ ระบบ ค้นหา เอกสาร ร่วมกัน"
)
SECTIONS = [
    "มาตรา ๑ พระราชบัญญัติ นี้ เรียกว่า พระราชบัญญัติ การทดสอบ ระบบเอกสาร พ.ศ. ๒๕๖๗",
    "มาตรา ๒ พระราชบัญญัติ นี้ ให้ ใช้บังคับ ตั้งแต่ วันถัดจาก วันประกาศ ใน ราชกิจจานุเบกษา "
    "เป็นต้นไป และ ให้ หน่วยงาน ทุกแห่ง รายงาน ผลการทดสอบ ภายใน หนึ่งร้อยแปดสิบ วัน",
    "มาตรา ๓ ให้ รัฐมนตรี ว่าการ กระทรวง ดิจิทัล รักษาการ ตาม พระราชบัญญัติ นี้",
]


def _law_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.add_page()
    pdf.set_font("Loma", size=20)
    for line in ("พระราชบัญญัติ", "การทดสอบระบบเอกสาร", "พ.ศ. ๒๕๖๗"):
        pdf.cell(0, 10, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Loma", size=14)
    for paragraph in (PREAMBLE, SECOND):
        pdf.multi_cell(0, 8, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
    for line in SECTIONS:
        pdf.multi_cell(0, 8, line, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)  # the countersignature set apart
    pdf.cell(0, 8, "ผู้รับสนองพระบรมราชโองการ", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "นายทดสอบ ระบบดี", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def law_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _law_pdf(tmp_path_factory.mktemp("law") / "act.pdf")


def _squash(text: str) -> str:
    return "".join(text.split())


def test_a_laws_lines_become_paragraphs_never_across_a_clause(law_pdf: Path) -> None:
    text = extract(law_pdf, use_ocr=False).text
    paragraphs = [_squash(p) for p in text.split("\n\n")]
    assert _squash(PREAMBLE) in paragraphs  # its wrapped lines one paragraph …
    assert _squash(SECOND) in paragraphs  # … ended where its last line stops short
    for section in SECTIONS:  # each มาตรา its own paragraph, its wrapped lines joined
        assert _squash(section) in paragraphs


def test_a_laws_sections_are_its_มาตรา_and_its_title_the_title_block(law_pdf: Path) -> None:
    document = read_document(law_pdf)
    assert document.title == "พระราชบัญญัติ การทดสอบระบบเอกสาร พ.ศ. ๒๕๖๗"
    labels = [(s.label, s.label_en) for s in document.sections]
    assert labels == [
        ("ภาพรวม", "Overview"),
        ("มาตรา ๑", "Section 1"),
        ("มาตรา ๒", "Section 2"),
        ("มาตรา ๓", "Section 3"),
        ("ผู้รับสนองพระบรมราชโองการ", "Countersignature"),
    ]
    passages = split_passages([document])
    by_label = {p.section_label: p for p in passages}
    # A มาตรา's passage is its text, its number leading (a question may name "มาตรา ๓").
    assert _squash(by_label["มาตรา ๓"].text) == _squash(SECTIONS[2])
    assert "นายทดสอบ" in by_label["ผู้รับสนองพระบรมราชโองการ"].text
    # No answer sentence runs from one มาตรา into the next.
    for passage in passages:
        for start, end in passage.sentences:
            assert document.text[start:end].count("มาตรา") <= 1


JOURNAL_HEADER = "วารสารวิชาการ มหาวิทยาลัยทดสอบ ปีที่ 5 ฉบับที่ 2"
BODY = (
    "งานวิจัย นี้ ศึกษา การค้นคืน เอกสาร ภาษาไทย ด้วย ดัชนี คำ และ เวกเตอร์ ความหมาย "
    "เพื่อให้ ผู้ใช้ ได้ คำตอบ ที่ ตรง กับ คำถาม มากที่สุด ภายใน เวลา อันสั้น"
)


def _article_pdf(path: Path, title_lines: tuple[str, ...]) -> Path:
    """A journal article: the journal's running header atop each of three pages, the article's
    centred title (no /Title) on page 1 below it, then body text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    for page in range(3):
        pdf.add_page()
        pdf.set_font("Loma", size=10)
        pdf.cell(0, 8, JOURNAL_HEADER, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
        if page == 0:
            pdf.set_font("Loma", size=20)
            for line in title_lines:
                pdf.cell(0, 12, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(14)
        pdf.set_font("Loma", size=14)
        for n in range(3):  # numbered: each line's key unique on its page
            text = f"ย่อหน้า ที่ {3 * page + n + 1} {BODY}"
            pdf.multi_cell(0, 8, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "title_lines",
    [
        ("การศึกษาระบบค้นคืนเอกสารภาษาไทย",),
        ("การศึกษาระบบค้นคืนเอกสาร", "ภาษาไทยด้วยดัชนีคำ"),
    ],
)
def test_a_running_header_is_never_the_title(tmp_path: Path, title_lines: tuple[str, ...]) -> None:
    extracted = extract(_article_pdf(tmp_path / "article.pdf", title_lines), use_ocr=False)
    assert extracted.title == " ".join(title_lines)
    # The header is page furniture: not in the text at all.
    assert JOURNAL_HEADER not in extracted.text


def test_clauses_break_only_in_sequence() -> None:
    page = "\n".join(
        [
            "ข้อความนำ",
            "มาตรา ๑ ข้อแรก",
            "มาตรา ๒ ข้อสอง อาศัยอำนาจตามความใน",
            "มาตรา ๑๗๕ ของรัฐธรรมนูญ",  # not ๓: a wrapped cross-reference
            "มาตรา ๒/๑ ข้อที่แทรก",  # an inserted section follows its own number
            "มาตรา ๓ ข้อสาม",
            "(๑) รายการแรก",
            "(๒) รายการที่สอง",
            "• หัวข้อย่อย",
        ]
    )
    assert mark_paragraphs([page])[0].split("\n\n") == [
        "ข้อความนำ",
        "มาตรา ๑ ข้อแรก",
        "มาตรา ๒ ข้อสอง อาศัยอำนาจตามความใน\nมาตรา ๑๗๕ ของรัฐธรรมนูญ",
        "มาตรา ๒/๑ ข้อที่แทรก",
        "มาตรา ๓ ข้อสาม",
        "(๑) รายการแรก",
        "(๒) รายการที่สอง",
        "• หัวข้อย่อย",
    ]


def test_a_law_never_restarts_its_มาตรา_or_หมวด_but_a_list_may() -> None:
    # REVIEW7 #5: a wrapped line opening with a cited "มาตรา ๑" is no restart; the real
    # มาตรา ๓ after it still starts a section, the cited "มาตรา ๒" does not.
    clauses = Clauses()
    lines = ["มาตรา ๑ ก", "มาตรา ๒ ข", "มาตรา ๑ แห่งพระราชบัญญัติ", "มาตรา ๓ ค", "มาตรา ๒ ง"]
    assert [clauses.starts(line) for line in lines] == [True, True, False, True, False]
    chapters = Clauses()
    assert [chapters.starts(x) for x in ("หมวด ๑ บททั่วไป", "หมวด ๒ ค", "หมวด ๑ ง")] == [
        True,
        True,
        False,
    ]
    # Lists, ข้อ and ส่วนที่ (numbered within each หมวด) start again at 1.
    items = Clauses()
    lines = ["(๑) ก", "(๒) ข", "(๑) ค", "ข้อ ๑ ก", "ข้อ ๒ ข", "ข้อ ๑ ค", "ส่วนที่ ๑ ก", "ส่วนที่ ๑ ข"]
    assert all(items.starts(line) for line in lines)


@pytest.mark.parametrize(
    ("thai", "latin"),
    [  # the Office of the Council of State's English names of the insertion ordinals
        ("ทวิ", "bis"),
        ("ตรี", "ter"),
        ("จัตวา", "quater"),
        ("เบญจ", "quinquies"),
        ("ฉ", "sexies"),
        ("สัตต", "septies"),
        ("อัฏฐ", "octies"),
        ("นว", "novies"),
        ("ทศ", "decies"),
    ],
)
def test_every_inserted_section_is_recognised_and_labelled_alike(thai: str, latin: str) -> None:
    from qa_bot.corpus.sections import _labels

    # REVIEW7 #6: "มาตรา ๕ เบญจ" was a section (layout's list) labelled "Section 5" (sections'
    # shorter list), colliding with the real มาตรา ๕.
    assert _labels(f"มาตรา ๕ {thai}") == (f"มาตรา ๕ {thai}", f"Section 5 {latin}")
    clauses = Clauses()
    assert clauses.starts("มาตรา ๑ ข้อความ") and clauses.starts(f"มาตรา ๑ {thai} ข้อที่แทรก")
    assert clauses.starts("มาตรา ๒ ข้อความ")


def test_a_word_that_starts_like_an_ordinal_is_no_insertion() -> None:
    from qa_bot.corpus.sections import _labels

    assert _labels("มาตรา ๕ ฉบับนี้")[1] == "Section 5"  # ฉบับ, not ฉ
    clauses = Clauses()
    assert clauses.starts("มาตรา ๑ ก") and not clauses.starts("มาตรา ๑ ฉบับที่สอง")


def _line(text: str, right: float, baseline: float) -> VisualLine:
    return VisualLine(line_key(text), 70.0, right, baseline, 10.0)


def test_short_lines_next_to_full_ones_end_paragraphs_a_run_of_short_lines_stays() -> None:
    lines = [
        ("ชื่อเรื่อง", 300.0),  # a block of short lines (a centred title) …
        ("บรรทัดรอง", 280.0),
        ("ย่อหน้าแรกเต็มบรรทัด", 525.0),  # … before a full line: one break, after the block
        ("จบย่อหน้าแรก", 200.0),
        ("ย่อหน้าที่สองเต็มบรรทัด", 524.0),
        ("ย่อหน้าที่สองยังเต็ม", 526.0),
        ("ข้อความท้ายที่ยาวเกือบเต็ม", 470.0),  # ragged, not short: says nothing
        ("ต่อท้ายสั้น", 150.0),
    ]
    printed = [_line(text, right, 700.0 - 20 * i) for i, (text, right) in enumerate(lines)]
    shapes = line_shapes([printed])
    page = "\n".join(text for text, _ in lines)
    assert mark_paragraphs([page], shapes)[0].split("\n\n") == [
        "ชื่อเรื่อง\nบรรทัดรอง",
        "ย่อหน้าแรกเต็มบรรทัด\nจบย่อหน้าแรก",
        "ย่อหน้าที่สองเต็มบรรทัด\nย่อหน้าที่สองยังเต็ม\nข้อความท้ายที่ยาวเกือบเต็ม\nต่อท้ายสั้น",
    ]
    # Without shapes (pypdfium2 could not read the page) nothing but clauses breaks a line.
    assert mark_paragraphs([page], [LineShapes()]) == [page]


def test_a_line_set_below_a_gap_starts_a_paragraph() -> None:
    texts = [f"บรรทัดที่ {i} ของเนื้อความที่เต็มบรรทัด" for i in range(12)]
    baselines = [700.0 - 18 * i for i in range(12)]
    baselines[6:] = [b - 60 for b in baselines[6:]]  # a gap of 78 pt where the pitch is 18
    printed = [_line(text, 525.0, base) for text, base in zip(texts, baselines, strict=True)]
    marked = mark_paragraphs(["\n".join(texts)], line_shapes([printed]))[0]
    assert marked.split("\n\n") == ["\n".join(texts[:6]), "\n".join(texts[6:])]


def test_line_keys_match_across_extractors_and_repairs() -> None:
    # pypdf's lost SARA AM and a ligature against pypdfium2's repaired text
    assert line_key("ด าเนินไป ﬁnal  ๑") == line_key("ดำเนินไป final ๑")
    assert line_key("เป\uf712น") == line_key("เป็น")  # a legacy-font PUA mark


def test_a_staff_documents_passages_are_indexed_with_their_title_and_section(
    law_pdf: Path, tmp_path: Path
) -> None:
    from qa_bot.corpus.documents import indexed_text

    document = read_document(law_pdf)
    passages = split_passages([document])
    section = next(p for p in passages if p.section_label == "มาตรา ๓")
    # The title, the law's kind and the English label are indexed with it; the Thai label
    # opens its text.
    assert indexed_text(section) == "\n".join([document.title, "Act", "Section 3", section.text])
    overview = passages[0]
    assert indexed_text(overview).startswith(document.title)
    assert indexed_text(overview).count(document.title) == 1  # not repeated before itself
    # A plain-text document is indexed alike: its title, then its section's labels (FRESH17 §8).
    plain = tmp_path / "notes.md"
    plain.write_text("# บันทึก\n\n## มาตรา 1\n\nข้อความของมาตราแรก\n", encoding="utf-8")
    (passage,) = split_passages([read_document(plain)])
    assert indexed_text(passage) == "บันทึก\nมาตรา 1\nSection 1\nข้อความของมาตราแรก"


def test_a_title_every_passage_shares_is_indexed_once(tmp_path: Path) -> None:
    from qa_bot.corpus.documents import indexed_texts

    # One document: its first passage carries the title (its words stay known), the others
    # only their section's labels; a second document puts the title back on every passage.
    notes = tmp_path / "notes.md"
    notes.write_text(
        "# บันทึก\n\n## มาตรา 1\n\nข้อความของมาตราแรก\n\n## มาตรา 2\n\nข้อความของมาตราสอง\n",
        encoding="utf-8",
    )
    other = tmp_path / "other.md"
    other.write_text("# ประกาศ\n\n## ข้อ 1\n\nข้อความของประกาศ\n", encoding="utf-8")
    alone = split_passages([read_document(notes)])
    assert indexed_texts(alone) == [
        "บันทึก\nมาตรา 1\nSection 1\nข้อความของมาตราแรก",
        "มาตรา 2\nSection 2\nข้อความของมาตราสอง",
    ]
    both = split_passages([read_document(notes), read_document(other)])
    assert [text.split("\n")[0] for text in indexed_texts(both)] == ["บันทึก", "บันทึก", "ประกาศ"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Laws: the kind is the first word and the title shows a law's form (year or ว่าด้วย);
        # English names as the Office of the Council of State translates them.
        ("พระราชกฤษฎีกา ยุบสภาผู้แทนราษฎร พ.ศ. ๒๕๖๖", "Royal Decree"),
        ("พระราชบัญญัติการศึกษาแห่งชาติ พ.ศ. ๒๕๔๒", "Act"),
        ("ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ", "Regulation"),
        ("รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช ๒๕๖๐", "Constitution of the Kingdom of Thailand"),
        ("ประกาศกระทรวงสาธารณสุข (ฉบับที่ ๔๒๐) พ.ศ. ๒๕๖๓", "Notification of the Ministry"),
        # Not laws: a longer word that starts with a kind, or no law's form (REVIEW7 #4).
        ("ระเบียบวิธีวิจัยทางการศึกษา", ""),  # research methodology, a textbook
        ("ระเบียบวิธีวิจัยทางการศึกษา พ.ศ. 2560", ""),
        ("พระราชบัญญัติ", ""),
        ("ประกาศผลการสอบ พ.ศ. 2566", ""),
    ],
)
def test_a_laws_kind_only_when_the_title_shows_a_laws_form(title: str, kind: str) -> None:
    from qa_bot.corpus.sections import law_kind_en

    assert law_kind_en(title) == kind


ACT = """พระราชบัญญัติทดสอบ
พ.ศ. ๒๕๖๗

มาตรา ๑ พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติทดสอบ

มาตรา ๒ ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศ ตามความใน
มาตรา ๑๗๕ ของรัฐธรรมนูญ

หมวด ๑
บททั่วไป

มาตรา ๓ ในพระราชบัญญัตินี้ เอกสาร หมายความว่า ข้อความที่บันทึกไว้

หมวด ๒
การตรวจเอกสาร

ส่วนที่ ๑
ผู้ตรวจ

มาตรา ๔ ให้มีผู้ตรวจเอกสารตามมาตรา ๓

มาตรา ๔/๑ ผู้ตรวจต้องมีคุณสมบัติตามที่กำหนด

ส่วนที่ ๒ การรายงาน

มาตรา ๕ ให้ผู้ตรวจรายงานผลทุกปี

บทเฉพาะกาล

มาตรา ๖ ในวาระเริ่มแรก ให้ใช้ระเบียบเดิมไปก่อน
"""


def test_a_laws_chapters_and_parts_nest_its_sections() -> None:
    from qa_bot.corpus.extracted import extracted_headings
    from qa_bot.corpus.sections import assemble_sections

    headings = extracted_headings(ACT, ())
    sections = assemble_sections("act.pdf", ACT, 0, headings, keep_lines=True)
    assert [(s.label, s.label_en) for s in sections] == [
        ("ภาพรวม", "Overview"),
        ("มาตรา ๑", "Section 1"),
        ("มาตรา ๒", "Section 2"),  # "มาตรา ๑๗๕" at a line start is cited, not a section
        ("หมวด ๑ บททั่วไป › มาตรา ๓", "Chapter 1 › Section 3"),
        ("ส่วนที่ ๑ ผู้ตรวจ › มาตรา ๔", "Part 1 › Section 4"),
        ("ส่วนที่ ๑ ผู้ตรวจ › มาตรา ๔/๑", "Part 1 › Section 4/1"),  # inserted after ๔
        ("ส่วนที่ ๒ การรายงาน › มาตรา ๕", "Part 2 › Section 5"),
        ("บทเฉพาะกาล › มาตรา ๖", "Transitory Provisions › Section 6"),
    ]
    # No text lost: a chapter's and a part's heading lines lead their first section's text.
    chapter_2 = sections[4]
    assert ACT[chapter_2.start : chapter_2.end].startswith("หมวด ๒\nการตรวจเอกสาร\n\nส่วนที่ ๑")
    assert "".join(ACT[s.start : s.end] for s in sections) == ACT


# A regulation (ระเบียบ, ข้อบังคับ) numbers its clauses ข้อ where an Act has มาตรา; its preamble
# cites the Act's มาตรา, and a clause cites other ข้อ (FRESH19a K8: a leave regulation's
# ข้อ ๑–๑๔ made one section, so no section label said where an answer stood).
REGULATION = """ระเบียบมหาวิทยาลัยทดสอบ
ว่าด้วยการลาของพนักงาน พ.ศ. ๒๕๖๘

อาศัยอำนาจตามความใน
มาตรา ๒๔ แห่งพระราชบัญญัติมหาวิทยาลัยทดสอบ จึงออกระเบียบไว้ ดังต่อไปนี้

ข้อ ๑ ระเบียบนี้เรียกว่า ระเบียบมหาวิทยาลัยทดสอบ ว่าด้วยการลาของพนักงาน พ.ศ. ๒๕๖๘

ข้อ ๒ พนักงานมีสิทธิลาป่วยได้ปีละไม่เกินสามสิบวันทำการ

ข้อ ๓ ให้คณบดีเป็นผู้อนุญาตการลาตาม
ข้อ ๒ และให้อธิการบดีรักษาการตามระเบียบนี้
"""


def test_a_regulations_ข้อ_are_its_sections() -> None:
    from qa_bot.corpus.extracted import extracted_headings
    from qa_bot.corpus.sections import assemble_sections

    headings = extracted_headings(REGULATION, ())
    sections = assemble_sections("reg.pdf", REGULATION, 0, headings, keep_lines=True)
    assert [(s.label, s.label_en) for s in sections] == [
        ("ภาพรวม", "Overview"),  # the preamble citing มาตรา ๒๔ at a line start: no Act
        ("ข้อ ๑", "Clause 1"),
        ("ข้อ ๒", "Clause 2"),
        ("ข้อ ๓", "Clause 3"),  # "ข้อ ๒" at a wrapped line's start is cited, not a clause
    ]
    clause_2 = sections[2]
    assert "สามสิบวันทำการ" in REGULATION[clause_2.start : clause_2.end]
    assert "".join(REGULATION[s.start : s.end] for s in sections) == REGULATION


def test_an_acts_numbered_items_are_no_sections_of_it() -> None:
    from qa_bot.corpus.extracted import extracted_headings

    act = ACT.replace("มาตรา ๖ ในวาระเริ่มแรก", "ข้อ ๑ ในวาระเริ่มแรก\n\nข้อ ๒ ต่อมา\n\nมาตรา ๖ ต่อ")
    labels = [h.label for h in extracted_headings(act, ())]
    assert "มาตรา ๖" in labels and not any(label.startswith("ข้อ") for label in labels)


def test_a_text_citing_a_มาตรา_or_two_is_not_a_law() -> None:
    from qa_bot.corpus.extracted import extracted_headings

    text = "บทความ\n\nมาตรา ๕ ของกฎหมายนี้กล่าวถึงการตรวจ\n\nซึ่งต่างจากเดิม\n"
    assert all(h.style != "law" for h in extracted_headings(text, ()))


def test_a_page_whose_boxes_cannot_be_read_keeps_its_text(
    law_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdfium2

    from qa_bot.extract import pdf

    document = pypdfium2.PdfDocument(str(law_pdf))
    try:
        text, lines, width = pdf._pdfium_page(document, 0)
        assert 590 < width < 600  # fpdf2's A4 page: 210 mm
        assert lines and "มาตรา" in text
        # Each line's key is made of the page's own characters, in the text's order.
        assert all(line.key for line in lines)

        def broken(self: object, index: int) -> None:
            raise pypdfium2.PdfiumError("no box")

        monkeypatch.setattr(pypdfium2.PdfTextPage, "get_charbox", broken)
        kept, none, _ = pdf._pdfium_page(document, 0)
        assert kept == text and none == []
    finally:
        document.close()


GAZETTE_HEADER = "เล่ม ๙๙ ตอนที่ ๗ ก ราชกิจจานุเบกษา ๑๕ มกราคม ๒๕๖๗"


def _gazette_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A law printed in the manner of the Royal Gazette: its header atop every page, "หน้า N"
    at the foot, the page's มาตรา between. As in the Gazette's own files, the header is drawn
    last, so the text of each page ends with it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname=str(THAI_FONT))
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_y(28)
        pdf.set_font("Loma", size=14)
        for line in lines:
            pdf.multi_cell(0, 8, line, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.set_font("Loma", size=10)
        pdf.cell(0, 8, f"หน้า {number}", align="C")
        pdf.set_y(10)
        pdf.cell(0, 8, GAZETTE_HEADER, align="R")
    pdf.output(str(path))
    return path


def test_a_running_header_is_no_part_of_any_section(tmp_path: Path) -> None:
    # FRESH11 §5: the gazette's header, kept once, sat inside the มาตรา its page ended with
    # and was that มาตรา's answer sentence ("when does it take effect" → the header's date).
    title = ["พระราชบัญญัติ", "การทดสอบระบบเอกสาร", "พ.ศ. ๒๕๖๗"]
    pdf = _gazette_pdf(tmp_path / "gazette.pdf", [title + SECTIONS[:2], SECTIONS[2:]])
    extracted = extract(pdf, use_ocr=False)
    assert _squash(GAZETTE_HEADER) not in _squash(extracted.text)
    assert "หน้า" not in extracted.text  # the page numbers too
    assert len(extracted.page_starts) == 2
    assert extracted.page_at(extracted.text.index("มาตรา ๓")) == 2  # pages still known
    passages = split_passages([read_document(pdf)])
    by_label = {p.section_label: p for p in passages}
    for number, section in zip(("๑", "๒", "๓"), SECTIONS, strict=True):
        assert _squash(by_label[f"มาตรา {number}"].text) == _squash(section)
    assert all("ราชกิจจานุเบกษา๑๕" not in _squash(p.text) for p in passages)


def test_a_single_page_keeps_its_top_line(tmp_path: Path) -> None:
    # One page: nothing repeats, so nothing is page furniture.
    pdf = _gazette_pdf(tmp_path / "one.pdf", [["พระราชบัญญัติ", *SECTIONS]])
    assert _squash(extract(pdf, use_ocr=False).text).count(_squash(GAZETTE_HEADER)) == 1


def test_a_ragged_right_line_the_next_word_would_not_fit_after_is_wrapped() -> None:
    # A browser's or Word's left-aligned Thai paragraph wraps between dictionary words, short
    # of the margin (FRESH17a §1.3: "…ผู้ที่เข้า⏎อบรมครบ…" stayed two lines of one sentence).
    from qa_bot.extract.wraps import join_wrapped

    def line(text: str, right: float, base: float, lead: float) -> VisualLine:
        return VisualLine(line_key(text), 70.0, right, base, 10.0, (), lead)

    rows = [  # text, where it ends, how wide its first word is
        *((f"วิทยากรบรรยายเรื่องการช่วยฟื้นคืนชีพภาคเช้าหัวข้อที่ {n}", 525.0, 60.0) for n in range(4)),
        ("การอบรมจัดในวันเสาร์ที่เก้ามกราคมเวลาเก้านาฬิกาถึงบ่ายสามโมงครึ่ง", 525.0, 60.0),
        ("ลงทะเบียนผ่านแบบฟอร์มออนไลน์ภายในวันที่ห้ามกราคมผู้ที่เข้า", 480.0, 40.0),
        ("อบรมครบตามเวลาจะได้รับวุฒิบัตรจากโรงพยาบาลประจำจังหวัดนี้", 470.0, 60.0),
        ("ติดต่อสอบถาม", 150.0, 20.0),  # room for a 20-point word: a line of its own
    ]
    printed = [
        line(text, right, 700.0 - 20 * i, lead) for i, (text, right, lead) in enumerate(rows)
    ]
    shapes = line_shapes([printed], [595.0])
    page = "\n".join(text for text, _, _ in rows)
    (joined,) = join_wrapped(mark_paragraphs([page], shapes), shapes)
    assert "ผู้ที่เข้าอบรมครบ" in joined
    assert joined.endswith("\nติดต่อสอบถาม")
