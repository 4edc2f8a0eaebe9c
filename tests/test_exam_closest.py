"""An exam whose verdict picks no choice keeps the closest one as its index, never decided
(exam/closest.py). Expected values come from the bundled document:

- "… การประชุมเรื่องการลดปริมาณขยะทะเลในกลุ่มประเทศสมาชิกอาเซียน … 22 – 23 พฤศจิกายน ค.ศ. 2017
  ที่จังหวัดภูเก็ต และการประชุมเชิงปฏิบัติการอาเซียน-จีนว่าด้วยการปกป้องสิ่งแวดล้อมทางทะเลในทะเลจีนใต้ …
  ระหว่างวันที่ 11-13 สิงหาคม ค.ศ. 2018 ที่จังหวัดภูเก็ต": the workshop was held at Phuket in 2018.
- "… ไทยมีแผนที่จะจัดการประชุมรัฐมนตรีอาเซียนสมัยพิเศษด้านขยะทะเลที่กรุงเทพฯ ด้วย": the special
  meeting is planned in Bangkok, not Singapore.
- "การจัดการประชุม Special ASEAN Ministerial Meeting on Climate Action (SAMCA) เมื่อวันที่ 10 กรกฎาคม
  ค.ศ. 2018 ที่สิงคโปร์": SAMCA was held in Singapore.

The exams are written for this test from those sentences."""

from __future__ import annotations

from pathlib import Path

from qa_bot import QABot
from qa_bot.exam.binding import claim_dated_in_clause
from qa_bot.exam.closest import closest_choice
from qa_bot.exam.matching import unit_index
from qa_bot.exam.support import Support
from qa_bot.wording import PICK_NONE, pick_confidence

TEXT = (
    Path(__file__).resolve().parents[1] / "corpus" / "asean_socio_cultural_community.th.txt"
).read_text(encoding="utf-8")

# "ข้อใดกล่าวถูกต้อง" over four statements on the marine-environment paragraph and SAMCA: only the
# workshop's is true.
CLAIMS = [
    "การประชุมเรื่องการลดปริมาณขยะทะเลจัดขึ้นที่กรุงเทพฯ ในปี ค.ศ. 2017",
    "การประชุมเชิงปฏิบัติการอาเซียน-จีนว่าด้วยการปกป้องสิ่งแวดล้อมทางทะเลจัดขึ้นในเดือนสิงหาคม ค.ศ. 2018 ที่จังหวัดภูเก็ต",
    "การประชุม SAMCA จัดขึ้นที่กรุงเทพฯ",
    "ไทยมีแผนจัดการประชุมรัฐมนตรีอาเซียนสมัยพิเศษด้านขยะทะเลที่สิงคโปร์",
]


def test_the_closest_is_the_best_scored_when_the_rules_leave_no_supported_choice() -> None:
    supports = [Support(0.61), Support(0.82), Support(0.69), Support(0.63)]
    # every choice set aside (the verdict's scores all 0): the scores before the rules rank them
    assert closest_choice([0.0] * 4, supports, [0, 1, 2, 3], False, 0.1) == 1
    # a choice the rules left standing with support is the closest, whatever they set aside
    assert closest_choice([0.0, 0.0, 0.16, 0.0], supports, [0, 1, 2, 3], False, 0.1) == 2
    # under a negative stem, the least scored
    assert closest_choice([0.0] * 4, supports, [0, 1, 2, 3], True, 0.1) == 0
    # equal scores, or none above 0, rank nothing
    assert closest_choice([0.0] * 2, [Support(0.3), Support(0.3)], [0, 1], False, 0.1) is None
    assert closest_choice([0.0] * 2, [Support(0.0), Support(0.0)], [0, 1], False, 0.1) is None
    # only ordinary choices count ("None of the above" is no closest choice)
    assert (
        closest_choice([0.0] * 3, [Support(0.2), Support(0.1), Support(0.9)], [0, 1], False, 0.1)
        == 0
    )


def test_a_topicless_stem_over_statements_of_one_paragraph_keeps_its_true_one(bot: QABot) -> None:
    assert "11-13 สิงหาคม ค.ศ. 2018 ที่จังหวัดภูเก็ต" in TEXT
    assert "สมัยพิเศษด้านขยะทะเลที่กรุงเทพฯ" in TEXT
    answer = bot.ask("ข้อใดกล่าวถูกต้อง", choices=CLAIMS)
    choice = answer.choice
    assert choice is not None
    # The workshop's statement, decided or only the closest: a pick, never none.
    assert choice.index == 1, choice.scores
    # The planned meeting's place is said otherwise (its sentence places it ที่กรุงเทพฯ; ไทย, the
    # planner, is no place where): it is never the pick.
    assert choice.scores[3] < choice.scores[1]


def test_an_exam_with_no_supported_choice_keeps_the_closest_undecided(bot: QABot) -> None:
    # The document never names the AHA Centre's city; the scores still rank the choices.
    question = "ข้อใดเป็นที่ตั้งของศูนย์ประสานงาน AHA Centre\nก. กรุงเทพฯ\nข. จาการ์ตา\nค. มะนิลา\nง. ฮานอย"
    answer = bot.ask(question)
    choice = answer.choice
    assert choice is not None and choice.index is not None and choice.closest_only
    assert not choice.decided and choice.none_supported
    assert pick_confidence(choice) == PICK_NONE and choice.confidence == PICK_NONE
    assert answer.verdict != "answered"
    record = answer.to_dict()["choice"]
    assert record["index"] == choice.index and record["confidence"] == PICK_NONE
    assert not record["decided"]


def test_a_claim_is_dated_by_its_own_clause_in_a_sentence_dating_two_events(bot: QABot) -> None:
    ui = unit_index(bot.index, bot.config.exam)
    passage = next(p for p in bot.index.passages if "ASEAN-China Workshop" in p.text)
    at = passage.source.index("ASEAN-China Workshop")
    row = next(k for k, (lo, hi) in enumerate(passage.sentences) if lo <= at < hi)
    workshop = "การประชุมเชิงปฏิบัติการอาเซียน-จีนว่าด้วยการปกป้องสิ่งแวดล้อมทางทะเลจัดในปี ค.ศ. 2018 ที่จังหวัดภูเก็ต"
    assert claim_dated_in_clause(ui, passage, row, workshop)
    # the year the sentence gives the conference before it, or a place it does not give
    assert not claim_dated_in_clause(ui, passage, row, workshop.replace("2018", "2017"))
    assert not claim_dated_in_clause(ui, passage, row, workshop.replace("ภูเก็ต", "ชลบุรี"))
    conference = "การประชุมเรื่องการลดปริมาณขยะทะเลในกลุ่มประเทศสมาชิกอาเซียนจัดในปี ค.ศ. 2018"
    assert not claim_dated_in_clause(ui, passage, row, conference)
    assert claim_dated_in_clause(ui, passage, row, conference.replace("2018", "2017"))
