""" "All of the above" when the choices are the items of one list sentence, and "none of the
above" when each choice comes from a section of its own, none the stem's, or names something
the document never writes (exam/all_none.py said_together, exam/none.py none_scattered and
none_unknown).

Expected values come from the bundled document:
- the disaster section: "… ส่งผลกระทบในวงกว้างต่อภาคเศรษฐกิจ อุตสาหกรรม และการท่องเที่ยว" (every
  item true: "all of the above");
- the environment section: "สาขาย่อยเรื่องการอนุรักษ์ธรรมชาติและความหลากหลายทางชีวภาพ … การจัดการ
  สารเคมีและของเสีย … และสิ่งแวดล้อมศึกษา" (three sub-areas, one worded otherwise);
- the education section: the declaration on out-of-school children and youth was adopted by the
  28th–29th summits "ที่เวียงจันทน์ สปป.ลาว"; Manila (the 31st summit, health section), Singapore
  (the 32nd, labour section) and Yogyakarta (the 8th AMCA, culture section) adopted others;
- the health section: the ministers' special video conference of 19 September 2016 was on the
  Zika virus.
"""

from __future__ import annotations

import pytest

from qa_bot import pipeline


def _ask(bot, stem: str, choices: list[str]):
    answer = pipeline.ask(bot.index, stem, choices=choices, config=bot.config)
    assert answer.choice is not None
    return answer.choice


@pytest.mark.parametrize(
    "stem",
    [
        "Natural disasters in ASEAN hit which of these hard, according to the document?",
        "Which does the document say disasters in the region affect widely?",
    ],
)
def test_every_item_of_the_one_list_sentence_is_all_of_the_above(bot, stem) -> None:
    # "tourism" is matched in part only (no gloss the text writes whole), yet it is placed in
    # the same list sentence as the economy and industry: all three are said.
    choice = _ask(bot, stem, ["the economy", "industry", "tourism", "all of the above"])
    assert choice.index == 3 and choice.decided


def test_a_list_item_the_text_words_otherwise_is_still_one_of_all(bot) -> None:
    # "การดูแลสารเคมีและขยะของเสีย" is the text's "การจัดการสารเคมีและของเสีย" in other words:
    # found there in part, in the same list as the two written whole.
    choice = _ask(
        bot,
        "ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อมของอาเซียน",
        [
            "การดูแลสารเคมีและขยะของเสีย",
            "การให้ความรู้ด้านสิ่งแวดล้อม",
            "การอนุรักษ์ธรรมชาติและความหลากหลายทางชีวภาพ",
            "ถูกทุกข้อ",
        ],
    )
    assert choice.index == 3


def test_one_list_item_beside_choices_from_elsewhere_is_not_all_of_the_above(bot) -> None:
    # Only the economy is in the disaster sentence's list; AUN scholarships and the Zika video
    # conference are other sections' things: "all" is not said.
    choice = _ask(
        bot,
        "Which does the document say disasters in the region affect widely?",
        [
            "the economy",
            "scholarships of the ASEAN University Network",
            "the Zika video conference",
            "all of the above",
        ],
    )
    assert choice.index == 0


CITIES = ["กรุงมะนิลา", "สิงคโปร์", "ยอกยาการ์ตา", "ไม่มีข้อใดถูก"]


def test_cities_gathered_from_other_sections_give_none_of_the_above(bot) -> None:
    choice = _ask(bot, "ปฏิญญาอาเซียนเรื่องการศึกษาของเด็กและเยาวชนนอกระบบได้รับการรับรองที่เมืองใด", CITIES)
    assert choice.index == 3 and choice.decided


def test_the_city_the_stems_section_writes_is_the_answer_beside_none(bot) -> None:
    choice = _ask(
        bot,
        "ปฏิญญาอาเซียนเรื่องการศึกษาของเด็กและเยาวชนนอกระบบได้รับการรับรองที่เมืองใด",
        ["กรุงมะนิลา", "เวียงจันทน์", "ยอกยาการ์ตา", "ไม่มีข้อใดถูก"],
    )
    assert choice.index == 1


ZIKA_STEM = (
    "Which disease was the ASEAN health ministers' special video conference"
    " of September 2016 about?"
)


def test_choices_naming_what_the_document_never_writes_give_none_of_the_above(bot) -> None:
    # The health section: the video conference of 19 September 2016 was on the Zika virus
    # (ไวรัสซิกา); the document never writes Ebola, cholera or measles.
    choice = _ask(bot, ZIKA_STEM, ["Ebola", "cholera", "measles", "None of the above"])
    assert choice.index == 3


def test_the_disease_the_document_names_is_the_answer_beside_none(bot) -> None:
    choice = _ask(bot, ZIKA_STEM, ["Ebola", "cholera", "Zika", "None of the above"])
    assert choice.index == 2 and choice.decided
