"""A document's "label⇥value" and "label: value" lines are answer units, as a table's rows are
(FRESH10 §6: a thesis abstract's "ผู้เขียน⇥…" line was never the answer, and its title line was
cut mid-title). A synthetic Word file made here with python-docx, and plain-text forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.answer import named_fields
from qa_bot.corpus.documents import read_document
from qa_bot.corpus.fields import field_label
from qa_bot.corpus.passages import split_passages
from qa_bot.corpus.sentences import sentence_spans
from qa_bot.text import tokenize

TITLE = "เครื่องกรองน้ำจากวัสดุธรรมชาติ สำหรับโรงเรียนในชนบทที่ไม่มีระบบประปา"
FIELDS = [
    ("ชื่อโครงงาน", TITLE),
    ("ผู้จัดทำ", "นางสาวสมศรี ใจดี"),
    ("สาขาวิชา", "วิทยาศาสตร์สิ่งแวดล้อม"),
    ("ปีการศึกษา", "2566"),
]
ABSTRACT = (
    "โครงงานนี้ศึกษาการกรองน้ำด้วยทราย ถ่าน และกรวด ที่หาได้ในท้องถิ่น "
    "ผลการทดลองพบว่าน้ำที่ผ่านการกรองมีความขุ่นลดลงร้อยละ 80 เมื่อเทียบกับน้ำก่อนกรอง "
    "ผู้จัดทำได้ทดลองซ้ำสามครั้งในช่วงฤดูฝน"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    from docx import Document

    document = Document()
    for label, value in FIELDS:
        document.add_paragraph(f"{label}\t{value}")
    document.add_heading("บทคัดย่อ", level=1)
    document.add_paragraph(ABSTRACT)
    path = tmp_path_factory.mktemp("docx") / "project.docx"
    document.save(str(path))
    return path


def _sentences(passage) -> list[str]:
    return [passage.source[a:b] for a, b in passage.sentences]


def test_each_field_line_is_one_sentence_and_the_title_is_whole(report: Path) -> None:
    passages = split_passages([read_document(report)])
    head = passages[0]
    assert _sentences(head) == [f"{label}\t{value}" for label, value in FIELDS]
    assert all(ABSTRACT[:20] not in sentence for sentence in _sentences(head))


def test_the_abstract_heading_goes_with_the_abstract_not_the_fields(report: Path) -> None:
    passages = split_passages([read_document(report)])
    assert passages[1].text.startswith("บทคัดย่อ")
    assert "ผลการทดลองพบว่า" in passages[1].text


def test_the_document_is_titled_by_the_first_fields_value(report: Path) -> None:
    assert read_document(report).title == TITLE


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("ใครเป็นผู้จัดทำโครงงานเครื่องกรองน้ำ", "ผู้จัดทำ"),
        ("โครงงานเครื่องกรองน้ำทำในปีการศึกษาใด", "ปีการศึกษา"),
        ("โครงงานนี้อยู่ในสาขาวิชาอะไร", "สาขาวิชา"),
        ("ชื่อโครงงานคืออะไร", "ชื่อโครงงาน"),
    ],
)
def test_a_question_naming_a_label_prefers_its_line(
    report: Path, question: str, label: str
) -> None:
    head = split_passages([read_document(report)])[0]
    (row,) = named_fields(head, frozenset(tokenize(question)))
    assert _sentences(head)[row].startswith(f"{label}\t")


def test_a_heading_of_the_document_is_no_field() -> None:
    text = "การทดลอง: ผลที่ได้\n\nน้ำที่กรองแล้วใสขึ้นอย่างเห็นได้ชัดเมื่อเทียบกับน้ำก่อนกรอง"
    assert field_label("การทดลอง: ผลที่ได้") == "การทดลอง"
    said = [text[a:b] for a, b in sentence_spans(text, 0, len(text), ["การทดลอง: ผลที่ได้"])]
    assert "การทดลอง: ผลที่ได้" not in said


def test_plain_text_fields_with_a_colon() -> None:
    text = "ใบสมัคร\n\nชื่อ: เด็กชายกล้า หาญ\nอายุ: 12 ปี\nโรงเรียน: บ้านหนองบัว\n"
    said = [text[a:b] for a, b in sentence_spans(text, 9, len(text))]
    assert said == ["ชื่อ: เด็กชายกล้า หาญ", "อายุ: 12 ปี", "โรงเรียน: บ้านหนองบัว"]


def test_a_wrapped_line_with_a_colon_stays_in_its_sentence() -> None:
    # A PDF paragraph's lines: the middle one reads like a field, its neighbours do not.
    text = (
        "โรงเรียนจัดกิจกรรมหลายอย่างตลอดภาคเรียนที่ผ่านมา\n"
        "ดังนี้: การแข่งขันกีฬาสี การทัศนศึกษา\n"
        "และการประกวดโครงงานวิทยาศาสตร์ของนักเรียนทุกระดับชั้น"
    )
    assert field_label("ดังนี้: การแข่งขันกีฬาสี การทัศนศึกษา") == "ดังนี้"
    said = [text[a:b] for a, b in sentence_spans(text, 0, len(text))]
    assert not any(sentence.startswith("ดังนี้:") for sentence in said)


@pytest.mark.parametrize(
    "line",
    [
        "เวลา 10:30 น. เริ่มพิธี",
        "ดูที่ https://example.org",
        "1: สอง",
        "บทที่ 1: บทนำ",
        "ภาคผนวก ก : แบบสอบถาม",
        "Chapter 2: Methods",
    ],
)
def test_not_field_lines(line: str) -> None:
    assert field_label(line) is None


@pytest.mark.slow  # builds an index with the bundled model
def test_asked_who_made_it_the_answer_is_the_authors_line(report: Path, tmp_path: Path) -> None:
    from qa_bot import QABot
    from qa_bot.store import build_index

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / report.name).write_bytes(report.read_bytes())
    build_index(corpus, tmp_path / "index")
    bot = QABot.load(tmp_path / "index")
    answer = bot.ask("ใครเป็นผู้จัดทำโครงงานเครื่องกรองน้ำ")
    assert answer.hits[0].answer_sentence == "ผู้จัดทำ\tนางสาวสมศรี ใจดี"


# A school's announcement written for this test: a preamble recalling a year ("ตั้งแต่ พ.ศ.
# ๒๕๖๔"), then the line that dates it, in Thai digits and the Buddhist era, as a decree's "ให้ไว้
# ณ วันที่ …" line is (FRESH13 §7: the date line was only the second hit).
ANNOUNCEMENT = """ประกาศโรงเรียนบ้านหนองบัว
เรื่อง ปิดภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๖

ด้วยโรงเรียนบ้านหนองบัวได้จัดการเรียนการสอนภาคเรียนที่ ๒ ตามปฏิทินการศึกษาที่ใช้มาตั้งแต่ พ.ศ. ๒๕๖๔ \
และบัดนี้การสอบปลายภาคของนักเรียนทุกระดับชั้นได้เสร็จสิ้นแล้ว โรงเรียนจึงประกาศปิดภาคเรียนเพื่อให้นักเรียน\
ได้พักผ่อนและครูได้เตรียมการสอนสำหรับปีการศึกษาใหม่

ข้อ ๑ ให้นักเรียนมารับผลการเรียนที่ห้องธุรการของโรงเรียนพร้อมผู้ปกครอง

ข้อ ๒ ให้ครูประจำชั้นส่งรายงานผลการเรียนต่อฝ่ายวิชาการภายในสิบห้าวัน

ประกาศ ณ วันที่ ๒๘ มีนาคม พ.ศ. ๒๕๖๗
นายสมชาย ใจงาม
ผู้อำนวยการโรงเรียนบ้านหนองบัว
"""


@pytest.mark.slow  # builds an index with the bundled model
def test_own_documents_answer_with_the_line_that_states_the_value(
    report: Path, tmp_path: Path
) -> None:
    from qa_bot import QABot
    from qa_bot.store import build_index

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / report.name).write_bytes(report.read_bytes())
    (corpus / "announcement.th.txt").write_text(ANNOUNCEMENT, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    bot = QABot.load(tmp_path / "index")
    # "who" over a block of fields: the line whose value names a person, not the title's line
    # that repeats the question's words, and no other field joined to it
    answer = bot.ask("Who made the water filter project?")
    (fields,) = [hit for hit in answer.hits if hit.text.startswith("ชื่อโครงงาน")]
    assert fields.answer_sentence == "ผู้จัดทำ\tนางสาวสมศรี ใจดี"
    # "on what day": the date line, not the preamble's year
    answer = bot.ask("ประกาศปิดภาคเรียนให้ไว้วันที่เท่าไร")
    assert answer.hits[0].answer_sentence.startswith("ประกาศ ณ วันที่ ๒๘ มีนาคม พ.ศ. ๒๕๖๗")
