"""What a question asks for, and whether a text holds a value of that type.

Expected values come from the bundled document's own sentences (quoted) or from the issue's
examples of how documents write times ("07.30 ถึง 16.30 น.").
"""

from __future__ import annotations

import pytest

from qa_bot.answer_types import (
    CHECKABLE_TYPES,
    COUNT,
    DATE,
    PERSON,
    PLACE,
    TIME,
    asked_type,
    has_value,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("ห้องสมุดเปิดกี่โมง", TIME),
        ("ประชุมเริ่มเวลาใด", TIME),
        ("What time does the library open?", TIME),
        ("อาเซียนมีประเทศสมาชิกกี่ประเทศ", COUNT),
        ("How many characteristics does the ASCC Blueprint 2025 have?", COUNT),
        ("ใช้งบประมาณเท่าไร", COUNT),
        ("SAMCA จัดขึ้นเมื่อไร", DATE),
        ("ปฏิญญานี้รับรองในปีใด", DATE),
        ("When did SAMCA take place?", DATE),
        ("ที่ประชุมสุดยอดครั้งที่ 31 จัดที่ไหน", PLACE),
        ("คลังสิ่งของตั้งอยู่จังหวัดใด", PLACE),
        ("Where is the AHA Centre?", PLACE),
        ("ใครลงนามในปฏิญญา", PERSON),
        ("หน่วยงานใดรับผิดชอบ", PERSON),
        ("Who signed the declaration?", PERSON),
        ("AQRF คืออะไร", None),
        ("Why do ASEAN countries cooperate on culture?", None),
    ],
)
def test_what_the_question_asks_for(question: str, kind: str | None) -> None:
    assert asked_type(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "เกี่ยวกับ" (about) spells ก-ี-่ after the leading vowel เ: inside a syllable, not the
        # question word กี่ (how many). Questions of our sets read as counts because of it.
        ("ความตกลง ADDMER เกี่ยวกับเรื่องอะไร", None),
        ("ไทยจะทำอะไรเกี่ยวกับเครือข่ายเมืองอัจฉริยะ", None),
        ("ปฏิญญานี้เกี่ยวข้องกับกี่ประเทศ", COUNT),  # the real กี่ still counts
        ("เขาใคร่รู้ว่าอาเซียนทำอะไร", None),  # ใคร่ (wish) is not ใคร (who)
        # An English wh-word after a noun is a relative pronoun, not a question.
        ("For people who work without a contract, what protection does ASEAN offer?", None),
        ("What would a student who wants to study in Malaysia gain from AQRF?", None),
        ("What is the city where the summit met famous for?", None),
        # … but it asks after a preposition, a conjunction, a verb of knowing, or at the end.
        ("By which year is ASEAN to become resilient?", DATE),
        ("Do you know when SAMCA took place?", DATE),
        ("Where and when did Thailand host the conference?", DATE),
        ("SAMCA was held where?", PLACE),
    ],
)
def test_question_words_inside_other_words_ask_nothing(question: str, kind: str | None) -> None:
    assert asked_type(question) == kind


@pytest.mark.parametrize(
    ("text", "kind", "holds"),
    [
        # A document writes times with "น.", never "โมง" (the example).
        ("ห้องสมุดเปิดให้บริการเวลา 07.30 ถึง 16.30 น.", TIME, True),
        ("เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018", TIME, False),
        # The document: "มีคุณลักษณะ 5 ข้อ" is a count; "ครั้งที่ 28-29" and years are not.
        ("มีคุณลักษณะ 5 ข้อ ได้แก่", COUNT, True),
        ("ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 เมื่อปี 2559", COUNT, False),
        ("ความร่วมมือมีสามประเด็น", COUNT, True),
        ("อาเซียนสามารถรับมือได้", COUNT, False),  # "สาม" inside "สามารถ" is no numeral
        # Dates in either era, or a month name.
        ("SAMCA) เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018", DATE, True),
        ("ในปี 2562", DATE, True),
        # Years of any century (bench/data/reading/articles: translated articles date things
        # before 1900), and a century named; a count or a decimal is no year.
        ("มารี กูรีเกิดเมื่อวันที่ 7 พฤศจิกายน 1867 ที่กรุงวอร์ซอ", DATE, True),
        ("ประมาณปี 1440 กูเทนแบร์กได้พัฒนาแท่นพิมพ์", DATE, True),
        ("สร้างขึ้นในศตวรรษที่ 15", DATE, True),
        ("มีผู้เข้าชม 1,500 คน", DATE, False),
        ("มีผู้เข้าชม 1,500 คน", COUNT, True),
        ("ค่าประมาณ 3.1416", DATE, False),
        ("เพื่อส่งเสริมงานที่มีคุณค่า", DATE, False),
        # Places: "ณ กรุงมะนิลา ฟิลิปปินส์" (the document), a province from PyThaiNLP's list.
        ("ณ กรุงมะนิลา ฟิลิปปินส์", PLACE, True),
        ("คลังสิ่งของที่ชัยนาท", PLACE, True),
        ("เพื่อส่งเสริมงานที่มีคุณค่า", PLACE, False),
        ("ผู้นำประเทศสมาชิกอาเซียนลงนาม", PERSON, True),
    ],
)
def test_values_of_a_type_in_a_text(text: str, kind: str, holds: bool) -> None:
    assert has_value(text, kind) is holds


def test_only_closed_types_are_checked_against_a_text() -> None:
    # A translated article names people and places with no title or capital to spot:
    # "บิดาของเลโอนาร์โดคือเซอร์ปีเอโร" holds the answer to a who-question no pattern sees.
    assert asked_type("บิดาของเลโอนาร์โดคือใคร") == PERSON
    assert not has_value("บิดาของเลโอนาร์โดคือแซร์ ปีเอโร ดา วินชี", PERSON)
    assert {TIME, COUNT, DATE} == CHECKABLE_TYPES
