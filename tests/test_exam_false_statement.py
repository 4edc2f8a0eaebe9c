"""A negative stem with a topic that asks which statement about it is false (exam/parse.py
judges_truth, exam/scoring.py false_statement_asked): each choice with the topic is a claim
(exam/claims.py), and the one the document says with another place, year or count is the
false one.

Expected values are the document's (corpus/asean_socio_cultural_community.th.txt): "ประเทศไทย
ได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน ภายใต้โครงการระบบการส่งกำลังบำรุงหรือ
โลจิสติกส์ของปฏิบัติการด้านการบรรเทาทุกข์ … จากภัยพิบัติของอาเซียน ระยะที่ 2 ที่จังหวัดชัยนาท".
"""

from __future__ import annotations

import pytest

from qa_bot.exam.decide import verdict
from qa_bot.exam.parse import judges_truth
from qa_bot.exam.scoring import false_statement_asked, score_choices


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        (
            "Which statement about the ASEAN relief supplies warehouse in Thailand is NOT correct?",
            [
                "It is in Chai Nat province",
                "It is part of the logistics project for disaster relief operations",
                "It is a phase 2 project",
                "It is in Phuket province",  # ชัยนาท in the document
            ],
            3,
        ),
        (
            "ข้อใดไม่ถูกต้องเกี่ยวกับคลังเก็บสิ่งของช่วยเหลือของอาเซียน",
            [
                "ตั้งอยู่ที่จังหวัดชัยนาท",
                "อยู่ภายใต้โครงการโลจิสติกส์ระยะที่ 2",
                "ตั้งอยู่ที่จังหวัดภูเก็ต",  # ชัยนาท in the document
                "อยู่ในโครงการโลจิสติกส์ด้านภัยพิบัติ",
            ],
            2,
        ),
    ],
)
def test_the_statement_said_with_another_place_is_the_false_one(
    bot, stem: str, choices: list[str], right: int
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == right
    assert not choice.tied


@pytest.mark.parametrize(
    ("stem", "judged"),
    [
        ("ข้อใดไม่ถูกต้องเกี่ยวกับคลังเก็บสิ่งของช่วยเหลือของอาเซียน", True),
        ("ข้อใดกล่าวผิดเกี่ยวกับความร่วมมือด้านการจัดการภัยพิบัติของอาเซียน", True),
        ("All of the following statements about the ASEAN Cultural Year are true EXCEPT", True),
        ("Which statement about the AQRF is FALSE?", True),
        # Which item lies outside a class: not a statement judged true or false.
        ("ข้อใดไม่ใช่สาขาย่อยของความร่วมมือด้านสิ่งแวดล้อมของอาเซียน", False),
        ("Which is NOT a main activity of the ASEAN University Network?", False),
    ],
)
def test_a_stem_judges_statements_by_its_words_of_truth(stem: str, judged: bool) -> None:
    assert judges_truth(stem) is judged


def test_only_statements_under_a_negative_stem_with_a_topic_are_claims() -> None:
    statements = ["ตั้งอยู่ที่จังหวัดชัยนาท", "ตั้งอยู่ที่จังหวัดภูเก็ต", "อยู่ภายใต้โครงการโลจิสติกส์ระยะที่ 2"]
    assert false_statement_asked("ข้อใดไม่ถูกต้องเกี่ยวกับคลังเก็บสิ่งของช่วยเหลือของอาเซียน", statements)
    # A positive stem, a content-free one (claims.py judges those already) and one-word terms.
    assert not false_statement_asked("ข้อใดถูกต้องเกี่ยวกับคลังเก็บสิ่งของช่วยเหลือของอาเซียน", statements)
    assert not false_statement_asked("ข้อใดไม่ถูกต้อง", statements)
    assert not false_statement_asked(
        "ข้อใดไม่ถูกต้องเกี่ยวกับแผนงาน", ["ความครอบคลุม", "ความยั่งยืน", "ภูมิคุ้มกัน"]
    )


def test_the_scoring_says_once_whether_the_false_statement_is_asked(bot) -> None:
    # score_choices reads it for the claims, and the verdict reads it off the scoring
    # (bench/exam_cv.py varies the verdict's settings over one scoring).
    stem = "ข้อใดไม่ถูกต้องเกี่ยวกับคลังเก็บสิ่งของช่วยเหลือของอาเซียน"
    statements = ["ตั้งอยู่ที่จังหวัดชัยนาท", "อยู่ภายใต้โครงการโลจิสติกส์ระยะที่ 2", "ตั้งอยู่ที่จังหวัดภูเก็ต"]
    scoring = score_choices(bot.index, stem, statements)
    assert scoring.false_statement and all(scoring.claims[i] is not None for i in (0, 1, 2))
    assert verdict(bot.index, scoring).index == 2  # ชัยนาท in the document
    outside = "ข้อใดไม่ใช่สาขาย่อยของความร่วมมือด้านสิ่งแวดล้อมของอาเซียน"
    assert not score_choices(bot.index, outside, ["ขยะทะเล", "มลพิษทางอากาศข้ามแดน"]).false_statement
