"""Ordinals a question gives a named thing that the document never gives it (qa_bot/ordinals.py,
FRESH12 §4).

What the bundled document writes is read from the document itself (source_text): each case
first checks which ordinal of the thing the document gives.
"""

from __future__ import annotations

import pytest

from qa_bot.ordinals import question_ordinals, unmentioned_ordinals
from qa_bot.types import ANSWERED


@pytest.mark.parametrize(
    ("question", "written", "missing"),
    [
        # The document has the 8th AMCA only.
        ("ปฏิญญาที่รับรองในการประชุม AMCA ครั้งที่ 7 คืออะไร", "(AMCA) ครั้งที่ 8", ("ครั้งที่ 7",)),
        ("What declaration did the 7th AMCA adopt?", "(AMCA) ครั้งที่ 8", ("7th",)),
        # The 2nd of something else (ASCN) is no 2nd AMCA.
        ("การประชุม AMCA ครั้งที่ 2 จัดที่ไหน", "ASCN ครั้งที่ 2", ("ครั้งที่ 2",)),
        # The 2nd ASCN meeting only: not the first, not the third.
        ("การประชุม ASCN ครั้งแรกจัดที่ไหน", "ASCN ครั้งที่ 2", ("ครั้งแรก",)),
        ("Where was the first ASCN meeting held?", "ASCN ครั้งที่ 2", ("first",)),
        ("ไทยจะเป็นเจ้าภาพประชุม ASCN ครั้งที่ 3 ที่ไหน", "ASCN ครั้งที่ 2", ("ครั้งที่ 3",)),
        # The first youth development index only, its number written as a word.
        ("ดัชนีการพัฒนาเยาวชนอาเซียนฉบับที่สองออกเมื่อไร", "ฉบับที่หนึ่ง", ("ฉบับที่สอง",)),
        (
            "When was the second ASEAN Youth Development Index published?",
            "ฉบับที่หนึ่ง (First ASEAN Youth Development Index)",
            ("second",),
        ),
        # Summits 28-29 and 31-33 only: an 8th summit is not the 8th AMCA.
        ("ประชุมสุดยอดอาเซียนครั้งที่ 8 จัดที่ไหน", "สุดยอดอาเซียน ครั้งที่ 31", ("ครั้งที่ 8",)),
    ],
)
def test_an_ordinal_the_document_never_gives_its_thing_is_unmentioned(
    bot, source_text: str, question: str, written: str, missing: tuple[str, ...]
) -> None:
    assert written in source_text
    assert unmentioned_ordinals(bot.index, question) == missing


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("ปฏิญญาที่รับรองในการประชุม AMCA ครั้งที่ 8 คืออะไร", "(AMCA) ครั้งที่ 8"),
        # A Thai numeral, Thai digits, แรก for หนึ่ง.
        ("รัฐมนตรีวัฒนธรรมของอาเซียนประชุมครั้งที่แปด จัดขึ้นที่ไหน", "(AMCA) ครั้งที่ 8"),
        ("ประชุมสุดยอดอาเซียนครั้งที่ ๓๑ จัดที่ไหน", "สุดยอดอาเซียน ครั้งที่ 31"),
        ("ดัชนีการพัฒนาเยาวชนอาเซียนฉบับแรก มีชื่อภาษาอังกฤษว่าอะไร", "ฉบับที่หนึ่ง"),
        # "ที่ประชุมสุดยอด" names what "การประชุมสุดยอด" does; 29 ends a range.
        ("ข้อใดได้รับการรับรองในการประชุมสุดยอดอาเซียน ครั้งที่ 28-29", "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29"),
        ("When is Thailand hosting the second ASCN meeting?", "ASCN ครั้งที่ 2"),
        ("Which city hosted the 32nd ASEAN Summit?", "ครั้งที่ 32"),
        # An ordinal the question asks about is no claim; "first" before no name is an adverb.
        ("ไทยจะเป็นเจ้าภาพประชุม ASCN ครั้งที่เท่าไร ครั้งแรกหรือเปล่า", "ASCN ครั้งที่ 2"),
        ("Which country first proposed the ASEAN guidelines on CSR for labour?", "CSR"),
    ],
)
def test_an_ordinal_the_document_gives_its_thing_is_mentioned(
    bot, source_text: str, question: str, written: str
) -> None:
    assert written in source_text
    assert unmentioned_ordinals(bot.index, question) == ()


def test_ordinals_are_read_in_every_spelling() -> None:
    numbers = [o.number for q in ("ครั้งที่ ๗", "ครั้งที่เจ็ด", "the 7th AMCA", "the seventh AMCA")
               for o in question_ordinals(q)]  # fmt: skip
    assert numbers == [7, 7, 7, 7]
    assert [o.number for o in question_ordinals("ฉบับแรก")] == [1]
    # สามารถ only starts like สาม; ตอนแรก is "at first".
    assert question_ordinals("ฉบับที่สามารถใช้ได้") == []
    assert question_ordinals("ตอนแรกไทยเสนออะไร") == []


def test_the_judge_reads_an_ordinal_the_document_never_gives(bot, source_text: str) -> None:
    assert "ASCN ครั้งที่ 2" in source_text and "ครั้งแรก" not in source_text
    values = bot.ask("การประชุม ASCN ครั้งแรกจัดที่ไหน").evidence.values
    assert values["unmentioned_entity"] == 1.0
    assert bot.ask("AMCA ครั้งที่ 8 จัดที่ไหน").evidence.values["unmentioned_entity"] == 0.0


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("การประชุม ASCN ครั้งแรกจัดที่ไหน", "ASCN ครั้งที่ 2"),
        ("ดัชนีการพัฒนาเยาวชนอาเซียนฉบับที่สองออกเมื่อไร", "ฉบับที่หนึ่ง"),
        ("When was the second ASEAN Youth Development Index published?", "ฉบับที่หนึ่ง"),
        ("What declaration did the 7th AMCA adopt?", "(AMCA) ครั้งที่ 8"),
        # Stop words (ครั้ง, รับรอง) and the number leave the acronym alone as its content, and
        # the passage spells AMCA out: still no question of what AMCA is (FRESH13 §3).
        ("AMCA ครั้งที่ 9 รับรองอะไร", "(AMCA) ครั้งที่ 8"),
    ],
)
def test_a_question_about_another_ordinal_is_not_answered(
    bot, source_text: str, question: str, written: str
) -> None:
    assert written in source_text
    assert bot.ask(question).verdict != ANSWERED


def test_a_question_about_the_ordinal_the_document_gives_is_answered(bot, source_text: str) -> None:
    assert "ครั้งที่ 8 ที่เมืองยอกยาการ์ตา" in source_text
    assert bot.ask("ปฏิญญาที่รับรองในการประชุม AMCA ครั้งที่ 8 คืออะไร").verdict == ANSWERED


def test_the_ordinal_numbers_a_text_writes() -> None:
    from qa_bot.ordinals import ordinal_numbers

    # The document writes "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29" and "ฉบับที่หนึ่ง"; "ครั้งแรก"
    # (first) is the grammar's other ordinal form.
    assert ordinal_numbers("ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ได้ให้การรับรอง") == {28, 29}
    assert ordinal_numbers("ดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง") == {1}
    assert ordinal_numbers("การประชุมครั้งแรก") == {1}
    assert ordinal_numbers("ความร่วมมือด้านสิ่งแวดล้อม") == frozenset()
