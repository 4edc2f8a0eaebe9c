"""A question asking a value at a phase of time — at the start, or now — is answered by the
sentence stating the value for that phase, not by the one giving the same kind of value for the
other (answer.qualifiers; FRESH18a K4: "How many employees did the company have at first?" was
answered with today's head count). Expected values are the document's own words."""

from __future__ import annotations

import pytest

from qa_bot import QABot
from qa_bot.answer.qualifiers import NOW, START, asked_phase, phase_term

CLUB = "\n".join(
    [
        "# ชมรมอาสาพัฒนาบ้านหนองบัว",
        "",
        "ชมรมอาสาพัฒนาบ้านหนองบัวก่อตั้งขึ้นเมื่อปี พ.ศ. 2548 โดยกลุ่มครูโรงเรียนบ้านหนองบัว"
        " ในระยะแรกชมรมมีสมาชิกเพียง 8 คน และทำกิจกรรมเฉพาะการเก็บขยะในหมู่บ้าน",
        "",
        "ปัจจุบันชมรมมีสมาชิกประมาณ 140 คน และจัดกิจกรรมปลูกป่าชุมชนทุกเดือน"
        " ชมรมได้รับรางวัลชุมชนต้นแบบของจังหวัดขอนแก่นในปี พ.ศ. 2565",
        "",
    ]
)


@pytest.fixture(scope="module")
def club(bot_over) -> QABot:
    return bot_over("club", {"club.md": CLUB})


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("ตอนแรกชมรมมีสมาชิกกี่คน", "เพียง 8 คน"),
        ("How many members did the club have at first?", "เพียง 8 คน"),
        ("ปัจจุบันชมรมมีสมาชิกกี่คน", "ประมาณ 140 คน"),
    ],
)
def test_the_sentence_of_the_asked_phase_answers(club: QABot, question: str, said: str) -> None:
    assert said in club.ask(question).hits[0].answer_sentence


def test_phases_are_read_from_phrases_not_from_an_ordinal() -> None:
    assert asked_phase("ตอนเริ่มกิจการบริษัทมีลูกจ้างกี่คน") == START
    assert asked_phase("Who is the company's CEO now?") == NOW
    assert asked_phase("ไทยอนุมัติวัคซีนชนิดแรกเมื่อใด") is None  # the first vaccine: an ordinal
    assert asked_phase("When was the first dengue vaccine approved?") is None
    assert phase_term("ปัจจุบันชมรมมีสมาชิกประมาณ 140 คน", START) == -1
    assert phase_term("ในระยะแรกชมรมมีสมาชิกเพียง 8 คน", START) == 1
    assert phase_term("ชมรมได้รับรางวัลชุมชนต้นแบบ", START) == 0
