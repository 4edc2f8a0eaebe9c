"""Exam choices that are values of one kind (places, dates, counts) under a stem with a topic,
beside "ไม่มีข้อใดถูก" / "None of the above"; content-free stems with a clear winner; the JSON
contract of an undecided pick (FRESH14 §2; exam/claims.py, exam/decide.py).

Expected values are the document's (corpus/asean_socio_cultural_community.th.txt): "… (AMCA)
ครั้งที่ 8 ที่เมืองยอกยาการ์ตา อินโดนีเซีย"; "… (SAMCA) เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 ที่
สิงคโปร์"; "… (ACAI) ที่กรุงเทพฯ"; "กรอบความร่วมมือภายใต้เสาประชาคมสังคมและวัฒนธรรมอาเซียน ประกอบด้วย
15 สาขา"; "… ประชาคมสังคมและวัฒนธรรมอาเซียน มีคุณลักษณะ 5 ข้อ"; "… ที่ตั้งคลังเก็บสิ่งของช่วยเหลือของ
อาเซียน … ระยะที่ 2 ที่จังหวัดชัยนาท".
"""

from __future__ import annotations

import pytest

NONE_TH, NONE_EN = "ไม่มีข้อใดถูก", "None of the above"


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        # Places: the sentence that says the topic names another one (a city, a country).
        ("Which city hosted the 8th AMCA meeting?", ["Bangkok", "Manila", "Hanoi", NONE_EN], 3),
        ("ที่ประชุม SAMCA จัดขึ้นที่ใด", ["ภูเก็ต", "มะนิลา", "เวียงจันทน์", NONE_TH], 3),
        ("Where is ASEAN's relief warehouse in Thailand?", ["Phuket", "Rayong", NONE_EN], 2),
        # … and the one it names, when it is a choice.
        ("ศูนย์ ACAI ตั้งอยู่ที่ใด", ["ฮานอย", "กรุงเทพฯ", "จาการ์ตา", NONE_TH], 1),
        ("Where was the 8th AMCA meeting held?", ["Manila", "Indonesia", NONE_EN], 1),
        # Counts and dates: another number, another month.
        (
            "ความร่วมมือภายใต้เสาประชาคมสังคมและวัฒนธรรมอาเซียนมีกี่สาขา",
            ["9 สาขา", "12 สาขา", "20 สาขา", NONE_TH],
            3,
        ),
        (
            "การประชุม SAMCA จัดขึ้นเมื่อใด",
            ["10 มิถุนายน ค.ศ. 2018", "10 สิงหาคม ค.ศ. 2018", NONE_TH],
            2,
        ),
        (
            "การประชุม SAMCA จัดขึ้นเมื่อใด",
            ["10 มิถุนายน ค.ศ. 2018", "10 กรกฎาคม ค.ศ. 2018", NONE_TH],
            1,
        ),
        # One sentence dates two events: "… 22 – 23 พฤศจิกายน ค.ศ. 2017 ที่จังหวัดภูเก็ต และการประชุม
        # เชิงปฏิบัติการอาเซียน-จีน … ระหว่างวันที่ 11-13 สิงหาคม ค.ศ. 2018": the workshop's date is
        # the one after its name, not the year nearest its words.
        (
            "การประชุมเชิงปฏิบัติการอาเซียน-จีนว่าด้วยการปกป้องสิ่งแวดล้อมทางทะเลจัดขึ้นเมื่อใด",
            ["22 – 23 พฤศจิกายน ค.ศ. 2017", "11-13 สิงหาคม ค.ศ. 2018", NONE_TH],
            1,
        ),
    ],
)
def test_none_is_picked_where_the_document_gives_another_value(bot, stem, choices, right):
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None
    assert (choice.index, choice.decided) == (right, True)


def test_a_statement_said_across_a_sentence_break_is_said(bot) -> None:
    # "…ประชาคมสังคมและวัฒนธรรมอาเซียน | มีคุณลักษณะ 5 ข้อ": the sentence cut falls inside the
    # claim; 10 สาขา (15), "ต้อง…" (โดยไม่จำเป็นต้อง…) and 2025 (2030) are said otherwise.
    answer = bot.ask(
        "ข้อใดถูกต้อง",
        choices=[
            "ประชาคมสังคมและวัฒนธรรมอาเซียนมี 10 สาขา",
            "แผนงานประชาคมสังคมและวัฒนธรรมมีคุณลักษณะ 5 ข้อ",
            "AQRF ต้องปรับเปลี่ยนกรอบคุณวุฒิแห่งชาติเดิม",
            "อาเซียนตั้งเป้ายุติเอดส์ภายในปี 2025",
        ],
    )
    assert answer.choice is not None
    assert (answer.choice.index, answer.choice.decided, answer.verdict) == (1, True, "answered")


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        ("ข้อใดถูก", ["การท่องเที่ยว", "เยาวชน", "วัฒนธรรม"]),  # terms, no claims: undecided
        ("ข้อใดถูกต้อง", ["ไม่มีข้อใดถูก", "การท่องเที่ยว", "เยาวชน"]),
    ],
)
def test_an_undecided_index_is_the_best_scored_of_those_tied(bot, stem, choices) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None
    assert choice.tied and not choice.decided
    assert choice.index is not None and choice.index not in choice.tied
    assert all(choice.scores[choice.index] >= choice.scores[i] for i in choice.tied)


def test_a_bare_number_is_no_evidence_outside_the_picks_section(bot) -> None:
    # "… ปี 2562 เป็นปีแห่งวัฒนธรรมอาเซียน" (Culture and the arts); 2560 (2017) is written only
    # where the marine-debris meeting is dated (Environment): no evidence of the choice.
    choice = bot.ask("ปีแห่งวัฒนธรรมอาเซียนคือปีใด", choices=["2560", "2561", "2562", "2563"]).choice
    assert choice is not None and choice.index == 2
    picked = choice.evidence[2]
    assert picked is not None and "2562" in picked.answer_sentence
    assert choice.evidence[0] is None
    assert all(e is None or e.section_id == picked.section_id for e in choice.evidence)


@pytest.mark.parametrize(
    "stem",
    [
        "ข้อใดถูกต้องตามเอกสาร",
        "ข้อใดกล่าวถูกต้องตามบทความนี้",
        "Which statement is true according to the document?",
    ],
)
def test_according_to_the_document_is_no_topic(bot, stem) -> None:
    from qa_bot.exam import stem_topic

    # The source a statement is judged by says nothing the choices are about: each choice is a
    # claim of its own. "… ที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน … ที่จังหวัดชัยนาท"; the
    # document puts ACAI in กรุงเทพฯ and dates the ASEAN Cultural Year 2562.
    assert stem_topic(stem) == ""
    choice = bot.ask(
        stem,
        choices=[
            "ศูนย์ ACAI ตั้งที่จังหวัดเชียงใหม่",
            "คลังเก็บสิ่งของช่วยเหลือของอาเซียนตั้งที่จังหวัดชัยนาท",
            "ปีแห่งวัฒนธรรมอาเซียนคือปี 2561",
        ],
    ).choice
    assert choice is not None and choice.index == 1


# --- a year the document writes only as a deadline (FRESH23 T15) --------------------------------

# "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 รับรองแถลงการณ์อาเซียนว่าด้วยความมุ่งมั่นในการยุติเอชไอวีและเอดส์
# … ในการยุติการระบาดของเอดส์ภายในปี 2030": 2030 (พ.ศ. 2573) is what it aims at; the summit that
# adopted it met in 2016 (พ.ศ. 2559).
AIDS = "ซึ่งที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 รับรองแถลงการณ์อาเซียน … ในการยุติการระบาดของเอดส์ภายในปี 2030"
ADOPTED = "แถลงการณ์อาเซียนว่าด้วยความมุ่งมั่นในการยุติเอชไอวีและเอดส์ ได้รับการรับรองในปี พ.ศ. ใด"


def test_the_document_writes_2030_as_the_deadline() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "corpus").glob("*.th.txt")
    assert any("การยุติการระบาดของเอดส์ภายในปี 2030" in p.read_text(encoding="utf-8") for p in text)


def test_a_deadline_year_is_not_when_something_happened() -> None:
    from qa_bot.exam.years import deadline_only

    assert deadline_only(AIDS, "พ.ศ. 2573", ADOPTED)  # either era
    assert deadline_only(AIDS, "2030", "In which year was the AIDS declaration adopted?")
    # a stem that asks the deadline, a year the sentence writes otherwise, a year not written
    assert not deadline_only(AIDS, "ค.ศ. 2030", "ตั้งเป้ายุติการระบาดของเอดส์ภายในปี ค.ศ. ใด")
    assert not deadline_only(AIDS, "2030", "By which year does the declaration aim to end AIDS?")
    assert not deadline_only("ในปี 2030 ที่ประชุมรับรองแถลงการณ์", "2030", ADOPTED)
    assert not deadline_only(AIDS, "2016", ADOPTED)


def test_the_deadline_is_not_picked_as_the_adoption_year(bot) -> None:
    choices = ["พ.ศ. 2559", "พ.ศ. 2562", "พ.ศ. 2568", "พ.ศ. 2573"]
    choice = bot.ask(ADOPTED, choices=choices).choice
    assert choice is not None and not (choice.index == 3 and choice.decided)
    # … and still the answer where the stem asks the deadline
    stem = "แถลงการณ์อาเซียนว่าด้วยความมุ่งมั่นในการยุติเอชไอวีและเอดส์ ตั้งเป้ายุติการระบาดของเอดส์ภายในปี ค.ศ. ใด"
    choice = bot.ask(stem, choices=["ค.ศ. 2016", "ค.ศ. 2025", "ค.ศ. 2030", "ค.ศ. 2035"]).choice
    assert choice is not None and choice.index == 2 and choice.decided
