"""A stem that asks a number (a date, an ordinal) beside "ไม่มีข้อใดถูก" / "None of the above":
the number the document gives the stem's topic is the one written after it in the sentence
(exam/claims.py bound_number), not another number the same long sentence gives another event.

Expected values are the document's (corpus/asean_socio_cultural_community.th.txt):
"ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ได้ให้การรับรองปฏิญญาเวียงจันทน์ว่าด้วยการเปลี่ยนผ่านจากการจ้าง
งานนอกระบบ … ซึ่งต่อมาได้พัฒนาไปสู่การจัดทำแผนปฏิบัติการภูมิภาคเพื่อการอนุวัติปฏิญญาดังกล่าว ซึ่ง
ผู้นำประเทศสมาชิกอาเซียนรับทราบในการประชุมสุดยอดอาเซียน ครั้งที่ 32 เมื่อวันที่ 27-28 เมษายน ค.ศ.
2018 ที่สิงคโปร์"; "การประชุมเรื่องการลดปริมาณขยะทะเลในกลุ่มประเทศสมาชิกอาเซียน (ASEAN Conference on
Reducing Marine Debris in ASEAN Region 2017) ระหว่างวันที่ 22 – 23 พฤศจิกายน ค.ศ. 2017 ที่จังหวัด
ภูเก็ต และการประชุมเชิงปฏิบัติการอาเซียน-จีน … ระหว่างวันที่ 11-13 สิงหาคม ค.ศ. 2018".
"""

from __future__ import annotations

import pytest

from qa_bot.exam.claims import bound_number

PLAN = (
    "แผนปฏิบัติการภูมิภาคที่ต่อยอดจากปฏิญญาเวียงจันทน์เรื่องเปลี่ยนงานนอกระบบเป็นงานในระบบ "
    "ผู้นำอาเซียนรับทราบในการประชุมสุดยอดครั้งที่เท่าไร"
)
DEBRIS = (
    "Which dates are right for the ASEAN Conference on Reducing Marine Debris in ASEAN Region 2017?"
)


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        (PLAN, ["ครั้งที่ 28", "ครั้งที่ 29", "ครั้งที่ 31", "ไม่มีข้อใดถูก"], 3),
        (PLAN, ["ครั้งที่ 28", "ครั้งที่ 32", "ครั้งที่ 31", "ไม่มีข้อใดถูก"], 1),
        (DEBRIS, ["10 July 2018", "11-13 August 2018", "24 October 2018", "None of the above"], 3),
        (
            DEBRIS,
            ["10 July 2018", "11-13 August 2018", "22-23 November 2017", "None of the above"],
            2,
        ),
    ],
)
def test_the_number_written_after_the_topic_answers_it(
    bot, stem: str, choices: list[str], right: int
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == right


def test_bound_number_is_the_first_number_after_the_topic() -> None:
    sentence = (
        "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ได้ให้การรับรองปฏิญญาเวียงจันทน์ ซึ่งต่อมาได้พัฒนาไปสู่"
        "การจัดทำแผนปฏิบัติการภูมิภาคเพื่อการอนุวัติปฏิญญาดังกล่าว ซึ่งผู้นำประเทศสมาชิกอาเซียนรับทราบ"
        "ในการประชุมสุดยอดอาเซียน ครั้งที่ 32 เมื่อวันที่ 27-28 เมษายน ค.ศ. 2018 ที่สิงคโปร์"
    )
    topic = "แผนปฏิบัติการภูมิภาค ผู้นำ รับทราบ การประชุมสุดยอด"
    assert bound_number(sentence, topic, set()) == "#32"
    assert bound_number(sentence, "ไซเบอร์", set()) is None
