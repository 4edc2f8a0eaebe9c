"""A heading line that only names its section ("6. ผู้ประสานงาน", "การแต่งกาย (Dress code)"), or
a lead-in closing its passage ("… ในด้านต่าง ๆ อาทิ") whose list is elsewhere, is never an answer
sentence while its passage has another line (FRESH17a §1.3: asked who the coordinator is, the
heading alone was the answer; the sentence under it names her). Expected values are the
documents' own words."""

from __future__ import annotations

import pytest

from qa_bot import QABot
from qa_bot.answer.empty_rows import empty_rows
from qa_bot.corpus.model import Passage

# A school's sports-day page: each h2 carries an English gloss in brackets.
SPORTS_DAY = """<!doctype html><html lang="th"><head><meta charset="utf-8">
<title>กีฬาสีโรงเรียนหนองบัววิทยาคม</title></head><body>
<h1>กำหนดการงานกีฬาสีภายใน</h1>
<p>งานกีฬาสีภายในประจำปีการศึกษา 2569 จัดขึ้นเพื่อส่งเสริมความสามัคคีและการออกกำลังกาย</p>
<h2>การแต่งกาย (Dress code)</h2>
<p>นักเรียนสวมเสื้อสีประจำสีกับกางเกงวอร์มของโรงเรียน และต้องนำขวดน้ำส่วนตัวมาเอง</p>
<h2>ติดต่อสอบถาม (Contact)</h2>
<p>ครูวิชัย แข็งแรง ครูพลศึกษา ผู้ประสานงานการแข่งขัน โทร 035-521-777</p>
</body></html>
"""


def _passage(source: str, label: str) -> Passage:
    lines, start = [], 0
    for line in source.split("\n"):
        if line.strip():
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return Passage(
        id=0,
        doc_id="cpr_training.pdf",
        doc_title="โครงการอบรมการปฐมพยาบาลเบื้องต้น",
        section_id=6,
        section_label=label,
        section_label_en="",
        start=0,
        end=len(source),
        source=source,
        sentences=tuple(lines),
    )


def test_a_numbered_heading_line_naming_the_section_is_a_heading_row() -> None:
    source = "6. ผู้ประสานงาน\n\nผู้ประสานงานโครงการคือ คุณนภา รักษ์สุข พยาบาลประจำโรงเรียน\n"
    assert empty_rows(_passage(source, "ผู้ประสานงาน")) == {0}


def test_a_sentence_that_opens_with_the_sections_name_is_no_heading_row() -> None:
    source = "ผู้ประสานงาน\nผู้ประสานงานโครงการคือ คุณนภา รักษ์สุข\nโทร 089-765-4321"
    assert empty_rows(_passage(source, "ผู้ประสานงาน")) == {0}
    assert empty_rows(_passage(source, "วิทยากร")) == set()  # another section's name


def test_a_lead_in_closing_the_passage_is_an_empty_row() -> None:
    source = (
        "กรอบความร่วมมือประกอบด้วย 15 สาขา ดังนี้ การศึกษา กีฬา วัฒนธรรมและศิลปะ สารสนเทศ\n"
        "ความคืบหน้าในการดำเนินการในด้านต่าง ๆ อาทิ"
    )
    assert empty_rows(_passage(source, "ภาพรวม")) == {1}
    listed = source + "\nการศึกษามีความคืบหน้าหลายประการ"  # its list goes on in the passage
    assert empty_rows(_passage(listed, "ภาพรวม")) == set()


@pytest.fixture(scope="module")
def page(bot_over) -> QABot:
    return bot_over("sports", {"sports_day.html": SPORTS_DAY})


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("กีฬาสีต้องแต่งกายอย่างไร", "กางเกงวอร์ม"),
        ("ติดต่อสอบถามเรื่องกีฬาสีได้ที่ใคร", "ครูวิชัย แข็งแรง"),
    ],
)
def test_the_answer_is_the_line_under_the_heading(page: QABot, question: str, said: str) -> None:
    top = page.ask(question).hits[0]
    assert said in top.answer_sentence
    assert "(Dress code)" not in top.answer_sentence and "(Contact)" not in top.answer_sentence
