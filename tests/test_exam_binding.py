"""Which of several choices one sentence states is the stem's (exam/binding.py), and a number
choice said only with its own unit. Expected values are read from the documents' text: the
bundled document here, small documents of the tests' own in the slow tests at the end."""

from __future__ import annotations

import re
from pathlib import Path

from qa_bot import QABot
from qa_bot.exam.binding import bound_choice, number_and_unit, unit_bound
from qa_bot.exam.matching import unit_index

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "corpus" / "asean_socio_cultural_community.th.txt").read_text(encoding="utf-8")
SIGNERS = ["รัฐมนตรีต่างประเทศอาเซียน", "ผู้นำประเทศสมาชิกอาเซียน"]


def _sentence_with(*words: str) -> str:
    """The stretch of one line of the document between two sentence-ish breaks that holds every
    word (the bundled document puts a statement's clauses on one line)."""
    line = next(line for line in TEXT.splitlines() if all(w in line for w in words))
    start = min(line.index(w) for w in words)
    end = max(line.index(w) + len(w) for w in words)
    return line[max(line.rfind(" ซึ่ง", 0, start), 0) : line.find(" ซึ่ง", end)]


def test_two_signers_in_one_sentence_are_bound_to_what_each_clause_names(bot: QABot) -> None:
    # The document signs the ADDMER agreement by the foreign ministers and, in the next clause of
    # the same sentence, the ONE ASEAN ONE RESPONSE declaration by the leaders.
    addmer = re.search(r"ADDMER\)\s*ลงนามโดย(\S+)", TEXT)
    one = re.search(r"ONE RESPONSE[^)]*\)\s*ลงนามโดย(\S+)", TEXT)
    assert addmer and one and {addmer.group(1), one.group(1)} == set(SIGNERS)
    sentence = _sentence_with(*SIGNERS)
    ui = unit_index(bot.index)
    agreement = "ความตกลงอาเซียนว่าด้วยการบริหารจัดการภัยพิบัติและการตอบโต้สถานการณ์ฉุกเฉินลงนามโดยใคร"
    declaration = "ปฏิญญาอาเซียนว่าด้วยความเป็นหนึ่งเดียวในการตอบโต้ภัยพิบัติลงนามโดยใคร"
    assert SIGNERS[bound_choice(ui, sentence, agreement, SIGNERS, [0, 1])] == addmer.group(1)
    assert SIGNERS[bound_choice(ui, sentence, declaration, SIGNERS, [0, 1])] == one.group(1)


def test_english_signers_are_bound_where_they_were_found(bot: QABot) -> None:
    # The same sentence, asked in English: each choice is placed where its glosses were found.
    addmer = re.search(r"ADDMER\)\s*ลงนามโดย(\S+)", TEXT)
    assert addmer and addmer.group(1) == "รัฐมนตรีต่างประเทศอาเซียน"  # the foreign ministers
    choices = ["the ASEAN foreign ministers", "the leaders of the ASEAN member states"]
    stems = {
        "By whom was the ASEAN Agreement on Disaster Management and Emergency Response signed?": 0,
        "By whom was the ASEAN Declaration on ONE ASEAN, ONE RESPONSE signed?": 1,
    }
    for stem, expected in stems.items():
        answer = bot.ask(stem, choices=choices)
        assert answer.choice is not None and answer.choice.decided
        assert answer.choice.index == expected


def test_a_choice_the_sentence_does_not_write_is_not_bound(bot: QABot) -> None:
    sentence = _sentence_with(*SIGNERS)
    assert "ศูนย์ AHA" not in sentence
    # One choice written is no comparison: nothing is bound.
    choices = [SIGNERS[0], "ศูนย์ AHA"]
    assert bound_choice(unit_index(bot.index), sentence, "ใครลงนาม", choices, [0, 1]) is None


def test_a_number_is_said_only_with_its_unit() -> None:
    # The document writes 10 once, as a day of July (SAMCA), and "15 สาขา" as its sectors.
    tens = re.findall(r"(?<![\d.,])10\s*(\S+)", TEXT)
    assert tens and all(not unit.startswith("ประเทศ") for unit in tens)
    july = _sentence_with("SAMCA", "10 ")
    assert unit_bound(july, "10 ประเทศ", "อาเซียนมีสมาชิกกี่ประเทศ") is False
    assert unit_bound(july, "10", "อาเซียนมีสมาชิกกี่ประเทศ") is False  # the stem's classifier
    sectors = _sentence_with("15 สาขา")
    assert unit_bound(sectors, "15 สาขา", "ประกอบด้วยกี่สาขา") is True
    # Not counts: a year, an ordinal, a bare number under a stem that counts nothing.
    assert number_and_unit("ค.ศ. 2018", "จัดขึ้นปีใด") is None
    assert number_and_unit("ครั้งที่ 8", "ครั้งใด") is None
    assert number_and_unit("2018", "จัดขึ้นปีใด") is None


def test_a_count_choice_the_document_writes_only_as_a_date_is_not_picked(bot: QABot) -> None:
    tens = re.findall(r"(?<![\d.,])10\s*(\S+)", TEXT)
    assert tens and not any(unit.startswith("ประเทศ") for unit in tens)
    answer = bot.ask("อาเซียนมีประเทศสมาชิกกี่ประเทศ", choices=["5 ประเทศ", "8 ประเทศ", "10 ประเทศ"])
    assert answer.choice is not None and not answer.choice.decided


# --- small documents of the tests' own (slow: each builds an index) ---------------------------

RULES = (
    "# กติกาการแข่งขันตะกร้อ\n\n"
    "สนามมีขนาดกว้าง 6.10 เมตร ยาว 13.40 เมตร\n"
    "ตาข่ายสูง 1.52 เมตรสำหรับผู้ชาย และ 1.42 เมตรสำหรับผู้หญิง การแข่งขันใช้ระบบ 3 เซต\n\n"
    "# การยืมหนังสือ\n\n"
    "นักเรียนยืมหนังสือได้ครั้งละไม่เกิน 3 เล่ม เป็นเวลา 7 วัน ส่วนครูยืมได้ครั้งละไม่เกิน 10 เล่ม "
    "เป็นเวลา 30 วัน ต้องแสดงบัตรทุกครั้งที่ยืม\n\n"
    "# การดูแลผู้ป่วยไข้เลือดออก\n\n"
    "ผู้ป่วยควรพักผ่อนและดื่มน้ำมาก ๆ แพทย์แนะนำให้ใช้ยาพาราเซตามอลลดไข้ "
    "และห้ามใช้ยาแอสไพรินหรือไอบูโพรเฟน เพราะอาจทำให้เลือดออกง่าย\n"
)


def _value_for(pattern: str) -> str:
    found = re.search(pattern, RULES)
    assert found is not None
    return found.group(1)


def test_the_qualifier_in_the_stem_selects_the_value(bot_over) -> None:
    bot = bot_over("bound", {"rules.md": RULES})
    heights = ["1.52 เมตร", "1.42 เมตร", "6.10 เมตร", "13.40 เมตร"]
    for who in ("ผู้หญิง", "ผู้ชาย"):
        expected = _value_for(rf"(\d+\.\d+ เมตร)สำหรับ{who}")
        answer = bot.ask(f"ข้อใดคือความสูงของตาข่ายตะกร้อสำหรับ{who}", choices=heights)
        assert answer.choice is not None
        # The men's value comes first in the sentence, tied with the court's two in the sentence
        # before: decided or not, a decided pick is the stem's (the women's is decided).
        assert answer.choice.decided or who == "ผู้ชาย"
        if answer.choice.decided:
            assert heights[answer.choice.index] == expected
    loans = ["3 เล่ม", "7 เล่ม", "10 เล่ม", "30 เล่ม"]
    teachers = _value_for(r"ครูยืมได้ครั้งละไม่เกิน (\d+ เล่ม)")
    answer = bot.ask("ครูยืมหนังสือได้ครั้งละกี่เล่ม", choices=loans)
    assert answer.choice is not None and loans[answer.choice.index] == teachers
    assert answer.choice.decided
    days = ["3 วัน", "7 วัน", "10 วัน", "30 วัน"]
    students = _value_for(r"นักเรียนยืม.*?เป็นเวลา (\d+ วัน)")
    answer = bot.ask("นักเรียนยืมหนังสือได้นานกี่วัน", choices=days)
    assert answer.choice is not None and days[answer.choice.index] == students
    assert answer.choice.decided


def test_a_medicine_the_text_forbids_is_not_the_recommended_one(bot_over) -> None:
    bot = bot_over("forbidden", {"rules.md": RULES})
    drugs = ["แอสไพริน", "ไอบูโพรเฟน", "พาราเซตามอล"]
    recommended = _value_for(r"แนะนำให้ใช้ยา(\S+?)ลดไข้")
    forbidden = _value_for(r"ห้ามใช้ยา(\S+?)หรือ")
    answer = bot.ask("ข้อใดเป็นยาที่แนะนำให้ใช้ลดไข้ในผู้ป่วยไข้เลือดออก", choices=drugs)
    assert answer.choice is not None and answer.choice.decided
    assert drugs[answer.choice.index] == recommended
    # A stem that asks for what is not to be used: the text's forbidden one.
    answer = bot.ask("ข้อใดเป็นยาที่ห้ามใช้ในผู้ป่วยไข้เลือดออก", choices=drugs[::2])
    assert answer.choice is not None and drugs[::2][answer.choice.index] == forbidden
