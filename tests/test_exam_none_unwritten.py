""" "None of the above" where the sentence the document gives the stem's topic in writes none
of the choices' own words (exam/none.py none_unwritten).

Expected values come from the bundled document's labour section: "… ผู้นำประเทศสมาชิกอาเซียน
ได้ลงนามในฉันทามติอาเซียนว่าด้วยการคุ้มครองและส่งเสริมสิทธิแรงงานต่างด้าว …": the leaders signed
the consensus, not a minister nor the Secretary-General.
"""

from __future__ import annotations

from qa_bot import pipeline

STEM = "ใครเป็นผู้ลงนามในฉันทามติอาเซียนว่าด้วยการคุ้มครองและส่งเสริมสิทธิแรงงานต่างด้าว"


def test_none_is_the_answer_when_the_topics_sentence_writes_no_choice(bot) -> None:
    choices = ["รัฐมนตรีแรงงานอาเซียน", "รัฐมนตรีต่างประเทศอาเซียน", "เลขาธิการอาเซียน", "ไม่มีข้อใดถูก"]
    answer = pipeline.ask(bot.index, STEM, choices=choices, config=bot.config)
    assert answer.choice is not None and answer.choice.index == 3 and answer.choice.decided


def test_the_choice_the_topics_sentence_writes_is_the_answer_beside_none(bot) -> None:
    choices = ["รัฐมนตรีแรงงานอาเซียน", "ผู้นำประเทศสมาชิกอาเซียน", "เลขาธิการอาเซียน", "ไม่มีข้อใดถูก"]
    answer = pipeline.ask(bot.index, STEM, choices=choices, config=bot.config)
    assert answer.choice is not None and answer.choice.index == 1


def test_a_choices_own_words_leave_out_the_stems_and_what_the_text_cannot_judge() -> None:
    from qa_bot.exam.none import _own_words

    assert _own_words("รัฐมนตรีแรงงานอาเซียน", STEM) == ["รัฐมนตรี"]  # แรงงาน, อาเซียน: the stem's
    assert _own_words("ASEAN labour ministers", STEM) is None  # Latin words: not judged here
    assert _own_words("ครั้งที่ 31", STEM) is None  # a number: other rules read values
