"""Not-in-document exams decided from another clause's value (FRESH24 K9), left without a pick
(exam/years.py: the chairing event of `event_unwritten`, `year_of_another_place`).

Expected values come from the bundled document: it says Thailand chairs ASEAN in 2562 (2019)
and names no chair of 2018; the 32nd summit was held in Singapore in 2018. It lists the
Bandar Seri Begawan declaration on culture and the arts without a date, beside the Yogyakarta
declaration the 8th AMCA adopted on 24 October 2018.
"""

from __future__ import annotations

from qa_bot import pipeline
from qa_bot.exam.years import year_of_another_place

# The culture section's sentence, as the document writes it (shortened inside the names).
CULTURE = (
    "โดยได้มีการจัดทำปฏิญญาเวียงจันทน์ว่าด้วยการเสริมสร้างความร่วมมือด้านมรดกทางวัฒนธรรมในอาเซียน "
    "ปฏิญญาบันดาร์เสรีเบกาวันว่าด้วยวัฒนธรรมและศิลปะเพื่อการส่งเสริมอัตลักษณ์อาเซียน และล่าสุด "
    "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุมรัฐมนตรีอาเซียนที่กำกับดูแลงานด้านวัฒนธรรมและศิลปะ (AMCA) "
    "ครั้งที่ 8 ที่เมืองยอกยาการ์ตา อินโดนีเซีย ได้ให้การรับรองปฏิญญายอกยาการ์ตาว่าด้วยการน้อมรับหลักการ"
    "วัฒนธรรมแห่งการป้องกันเพื่อเสริมสร้างอัตลักษณ์อาเซียน"
)


def test_a_year_written_in_another_places_clause_is_not_the_stems() -> None:
    stem = "ปฏิญญาบันดาร์เสรีเบกาวันว่าด้วยวัฒนธรรมและศิลปะได้รับการรับรองในปี พ.ศ. ใด"
    assert year_of_another_place(CULTURE, "2561", stem)
    assert year_of_another_place(CULTURE, "ค.ศ. 2018", stem)


def test_the_year_of_the_stems_own_place_is_kept() -> None:
    stem = "ปฏิญญายอกยาการ์ตาได้รับการรับรองในปี ค.ศ. ใด"
    assert not year_of_another_place(CULTURE, "2018", stem)
    assert not year_of_another_place(CULTURE, "2018", "ปฏิญญานี้ได้รับการรับรองในปี ค.ศ. ใด")


def test_a_declaration_the_document_never_dates_gets_no_decided_year(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "ปฏิญญาบันดาร์เสรีเบกาวันว่าด้วยวัฒนธรรมและศิลปะ ได้รับการรับรองเมื่อปี พ.ศ. ใด",
        choices=["2558", "2559", "2560", "2561"],
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided


def test_the_yogyakarta_declarations_year_is_still_decided(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "ปฏิญญายอกยาการ์ตาว่าด้วยการน้อมรับหลักการวัฒนธรรมแห่งการป้องกันได้รับการรับรองในปี ค.ศ. ใด",
        choices=["2015", "2016", "2017", "2018"],
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 3 and answer.choice.decided


def test_a_country_said_only_as_a_summits_host_did_not_chair(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "Which member state chaired ASEAN in 2018?",
        choices=["Singapore", "Thailand", "the Philippines", "Lao PDR"],
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided


def test_the_chair_the_document_names_is_still_the_answer(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "ประเทศใดเป็นประธานอาเซียนในปี 2562",
        choices=["สิงคโปร์", "ไทย", "ฟิลิปปินส์", "ลาว"],
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 1 and answer.choice.decided
