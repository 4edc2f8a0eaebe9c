"""Exam choices decided by what the stem is about (FRESH11 §2): a choice is the answer only
where the document speaks of the stem's subject (exam/subject.py); a stem that asks only what
the document mentions is decided by whether each choice occurs in it at all (parse.mention_stem);
a choice whose words the document says with another year is not what it says (exam/years.py).
Expected values are read from the bundled document's text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa_bot import QABot
from qa_bot.exam import parse_exam
from qa_bot.exam.matching import unit_index
from qa_bot.exam.parse import content_free, is_negative, mention_stem
from qa_bot.exam.subject import named_subjects
from qa_bot.render_text import format_verdict

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "corpus" / "asean_socio_cultural_community.th.txt").read_text(encoding="utf-8")
CITIES = ["กรุงเทพฯ", "จาการ์ตา", "มะนิลา", "ฮานอย"]


def _paragraph_with(word: str) -> str:
    return next(line for line in TEXT.splitlines() if word in line)


def test_the_document_places_acai_but_never_the_aha_centre() -> None:
    aha = _paragraph_with("AHA Centre")
    assert not any(city in aha for city in CITIES)
    assert "กรุงเทพฯ" in _paragraph_with("ACAI)")


def test_a_choice_found_beside_another_centre_is_not_the_answer(bot: QABot) -> None:
    question = "ข้อใดเป็นที่ตั้งของศูนย์ประสานงาน AHA Centre\nก. กรุงเทพฯ\nข. จาการ์ตา\nค. มะนิลา\nง. ฮานอย"
    answer = bot.ask(question)
    choice = answer.choice
    # The ACAI sentence says กรุงเทพฯ; nothing the document says of the AHA Centre names a city.
    assert choice is not None and choice.none_supported and not choice.decided
    assert answer.to_dict()["verdict"] != "answered"
    head = format_verdict(choice, asked=question).splitlines()[0]
    assert head.startswith("ไม่มีตัวเลือกใดที่เอกสารสนับสนุน")
    assert "►" not in format_verdict(choice, asked=question)


def test_the_centre_the_document_places_is_still_answered(bot: QABot) -> None:
    choice = bot.ask("ศูนย์ ACAI ตั้งอยู่ที่ใด", choices=CITIES).choice
    assert choice is not None and choice.letter == "ก" and choice.decided


MENTION_STEMS = [
    "ข้อใดไม่ได้กล่าวไว้ในเอกสาร",
    "ข้อใดไม่ได้กล่าวถึง",
    "ข้อใดไม่ปรากฏในเอกสาร",
    "ข้อใดที่เอกสารไม่ได้กล่าวถึง",
    "Which is not mentioned in the document?",
    "Which of the following is NOT stated in the passage?",
]


@pytest.mark.parametrize("stem", MENTION_STEMS)
def test_stems_that_ask_what_the_document_mentions(stem: str) -> None:
    assert mention_stem(stem) and content_free(stem) and is_negative(stem)


@pytest.mark.parametrize(
    "stem",
    [
        "ข้อใดถูก",  # content-free, but about truth, not mention
        "ข้อใดไม่ใช่เอกสารในความร่วมมือด้านวัฒนธรรม",  # a document of a sector: a topic
        "ข้อใดคือหัวข้อความร่วมมือที่กล่าวถึง ASEAN Leaders’ Declaration",
        "Which is NOT an ASEAN labour document?",
    ],
)
def test_stems_with_a_topic_are_not_mention_stems(stem: str) -> None:
    assert not mention_stem(stem)


MENTIONED = ["ไวรัสซิกา", "ขยะทะเล", "โควิด-19", "คนพิการ"]


@pytest.mark.parametrize("stem", MENTION_STEMS[:4])
def test_the_choice_the_document_never_mentions(bot: QABot, stem: str) -> None:
    absent = [i for i, c in enumerate(MENTIONED) if c.split("-")[0] not in TEXT]
    assert absent == [2]  # โควิด-19; the other three are in the text
    choice = bot.ask(stem, choices=MENTIONED).choice
    assert choice is not None and choice.index == absent[0] and choice.decided


def test_english_choices_the_document_writes_in_brackets_are_mentioned(bot: QABot) -> None:
    # "Zika virus" and "Persons with Disabilities" are English names the text gives in
    # brackets, "Marine Debris" inside one; COVID is in neither script.
    assert "Zika virus" in TEXT and "Persons with Disabilities" in TEXT
    assert "Marine Debris" in TEXT and "COVID" not in TEXT
    choices = ["Zika virus", "Marine debris", "COVID-19", "Persons with disabilities"]
    for stem in MENTION_STEMS[4:]:
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None and choice.index == 2 and choice.decided


def test_the_one_choice_the_document_mentions(bot: QABot) -> None:
    choices = ["โควิด-19", "ไข้หวัดนก", "ไวรัสซิกา", "อีโบลา"]
    present = [i for i, c in enumerate(choices) if c in TEXT]
    assert present == [2]
    choice = bot.ask("ข้อใดกล่าวถึงในเอกสาร", choices=choices).choice
    assert choice is not None and choice.index == present[0] and choice.decided


def test_a_typed_mention_exam_is_parsed_and_decided(bot: QABot) -> None:
    typed = "ข้อใดไม่ได้กล่าวไว้ในเอกสาร\nก. ไวรัสซิกา\nข. ขยะทะเล\nค. โควิด-19\nง. คนพิการ"
    assert parse_exam(typed) == ("ข้อใดไม่ได้กล่าวไว้ในเอกสาร", MENTIONED)
    choice = bot.ask(typed).choice
    assert choice is not None and choice.letter == "ค" and choice.decided


def test_a_choice_with_another_year_than_the_document_gives() -> None:
    # The document: "… ยุติการระบาดของเอดส์ภายในปี 2030 (… To End the AIDS Epidemic by 2030)".
    assert re.findall(r"ภายในปี (\d{4})", TEXT) == ["2030"]
    assert "by 2030" in TEXT


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        (
            "ข้อใดกล่าวถูกต้องเกี่ยวกับแถลงการณ์อาเซียนว่าด้วยความมุ่งมั่นในการยุติเอชไอวีและเอดส์",
            ["ยุติการระบาดของเอดส์ภายในปี 2025", "ยุติการระบาดของเอดส์ภายในปี 2030"],
        ),
        (
            "Which statement about the ASEAN declaration of commitment on HIV and AIDS is correct?",
            [f"It aims to end the AIDS epidemic by {year}" for year in (2025, 2030)],
        ),
    ],
)
def test_the_year_the_document_gives_decides(bot: QABot, stem: str, choices: list[str]) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 1 and choice.decided


def test_a_stem_naming_the_body_by_its_thai_term_is_answered_where_the_documents_speak_of_it(
    bot,
) -> None:
    # "ประเทศสมาชิกอาเซียนได้ร่วมกันจัดตั้งเครือข่ายเมืองอัจฉริยะอาเซียน (ASEAN Smart Cities
    # Network: ASCN)"; "แลกเปลี่ยนนักศึกษา" is the university network's (AUN) passage.
    choice = bot.ask(
        "เครือข่ายเมืองอัจฉริยะอาเซียนตั้งขึ้นเพื่ออะไร",
        choices=[
            "ใช้เทคโนโลยีช่วยให้คนในเมืองมีชีวิตที่ดีขึ้น",
            "ส่งเสริมการท่องเที่ยว",
            "จัดการภัยพิบัติ",
            "แลกเปลี่ยนนักศึกษา",
        ],
    ).choice
    assert choice is not None and choice.index != 3


@pytest.mark.parametrize(
    ("stem", "unit"),
    [
        ("เครือข่ายเมืองอัจฉริยะอาเซียนตั้งขึ้นเพื่ออะไร", "~ascn"),
        ("ข้อใดเป็นกิจกรรมของเครือข่ายมหาวิทยาลัยอาเซียน", "~aun"),
        ("What is the main purpose of the ASEAN Smart Cities Network?", "~ascn"),
    ],
)
def test_the_documents_own_names_of_an_acronym_name_its_subject(bot, stem, unit) -> None:
    ui = unit_index(bot.index, bot.config.exam)
    assert named_subjects(bot.index, ui, stem) == {unit}


# --- a bare value written of another subject (FRESH22 N3) ---------------------------------------

# The one sentence that writes ปี 2562 beside จัดตั้ง: Thailand chairs ASEAN that year and plans to
# set up a training centre; the document never says when ASEAN was founded.
CHAIR = re.search(r"ทั้งนี้ ในช่วงที่ไทย[^\n]*?ไทยมีแผนที่จะจัดตั้งศูนย์อบรมอาเซียน[^\n]*?ด้วย", TEXT)[0]
FOUNDED = "อาเซียนก่อตั้งขึ้นในปี พ.ศ. ใด"
YEARS = ["พ.ศ. 2510", "พ.ศ. 2520", "พ.ศ. 2540", "พ.ศ. 2562"]


def test_the_document_never_says_when_asean_was_founded() -> None:
    assert "ก่อตั้ง" not in TEXT
    assert "ประธานอาเซียน ปี 2562" in CHAIR and "จัดตั้งศูนย์อบรมอาเซียน" in CHAIR


def test_a_value_is_given_to_the_subject_its_statement_names(bot: QABot) -> None:
    from qa_bot.exam.subject import value_of_subject

    ui = unit_index(bot.index, bot.config.exam)
    assert not value_of_subject(ui, FOUNDED, YEARS, CHAIR)
    assert value_of_subject(ui, "ไทยดำรงตำแหน่งประธานอาเซียนในปีใด", YEARS, CHAIR)
    # an English stem's words are not the text's: the rule leaves it to the others
    assert value_of_subject(ui, "In which year was ASEAN founded?", ["1967", "2019"], CHAIR)


def test_a_year_of_another_subject_does_not_answer_the_stem(bot: QABot) -> None:
    answer = bot.ask(FOUNDED, choices=YEARS)
    assert answer.choice is not None and not answer.choice.decided
    assert answer.to_dict()["verdict"] != "answered"


def test_the_same_year_answers_the_subject_it_is_written_of(bot: QABot) -> None:
    choice = bot.ask("ไทยดำรงตำแหน่งประธานอาเซียนในปีใด", choices=YEARS).choice
    assert choice is not None and choice.index == 3 and choice.decided
