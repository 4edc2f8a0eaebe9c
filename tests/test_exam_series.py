"""A series of named things set apart by spaces, each followed by its English name in brackets
(binding._series_items; FRESH24 K4): every item is a clause of its own, so the one whose own
words say what the stem asks binds its choice. The expected values are the document's culture
paragraph: "โดยได้มีการจัดทำปฏิญญาเวียงจันทน์ว่าด้วยการเสริมสร้างความร่วมมือด้านมรดกทางวัฒนธรรมใน
อาเซียน (Vientiane Declaration on Reinforcing Cultural Heritage Cooperation in ASEAN) ปฏิญญา
บันดาร์เสรีเบกาวันว่าด้วยวัฒนธรรมและศิลปะเพื่อการส่งเสริมอัตลักษณ์อาเซียน … (Bandar Seri Begawan
Declaration on Culture and the Arts …) และล่าสุด … ที่เมืองยอกยาการ์ตา อินโดนีเซีย ได้ให้การรับรอง
ปฏิญญายอกยาการ์ตาว่าด้วยการน้อมรับหลักการวัฒนธรรมแห่งการป้องกัน …": the declaration on cultural
heritage cooperation is Vientiane's; the disaster paragraph's "(… ADDMER) ลงนามโดยรัฐมนตรีต่าง
ประเทศอาเซียน" goes on with its predicate, no new item."""

from pathlib import Path

from qa_bot import QABot
from qa_bot.exam.binding import bound_choice, clauses_of, written
from qa_bot.exam.matching import unit_index
from qa_bot.text import normalize

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "asean_socio_cultural_community.th.txt"


def _statement(start: str, end: str) -> str:
    text = normalize(CORPUS.read_text(encoding="utf-8"))
    at = text.index(normalize(start))
    return text[at : text.index(normalize(end), at) + len(normalize(end))]


HERITAGE = ("โดยได้มีการจัดทำปฏิญญาเวียงจันทน์", "ที่เมืองยอกยาการ์ตา อินโดนีเซีย")
DISASTER = ("โดยได้มีการจัดทำความตกลงอาเซียนว่าด้วยการบริหาร", "ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน")


def _clause_of(text: str, words: str) -> int:
    at = text.index(normalize(words))
    return next(k for k, (lo, hi) in enumerate(clauses_of(text)) if lo <= at < hi)


def test_each_named_item_of_a_series_is_a_clause() -> None:
    heritage = _statement(*HERITAGE)
    vientiane = _clause_of(heritage, "ปฏิญญาเวียงจันทน์")
    assert _clause_of(heritage, "มรดกทางวัฒนธรรม") == vientiane
    assert _clause_of(heritage, "ปฏิญญาบันดาร์เสรีเบกาวัน") == vientiane + 1
    assert _clause_of(heritage, "อัตลักษณ์อาเซียนสู่ประชาคม") == vientiane + 1
    # a predicate after the bracket goes on with the clause its subject opened
    disaster = _statement(*DISASTER)
    assert _clause_of(disaster, "ลงนามโดย") == _clause_of(disaster, "ความตกลงอาเซียน")


def test_the_item_that_says_the_stem_binds_its_city(bot: QABot) -> None:
    ui = unit_index(bot.index, bot.config.exam)
    heritage = _statement(*HERITAGE)
    cities = ["บันดาร์เสรีเบกาวัน", "เวียงจันทน์", "ยอกยาการ์ตา"]
    stem = "ปฏิญญาว่าด้วยความร่วมมือด้านมรดกทางวัฒนธรรมตั้งชื่อตามเมืองใด"
    assert bound_choice(ui, heritage, stem, cities, [0, 1, 2]) == 1
    stem = "ปฏิญญาว่าด้วยวัฒนธรรมและศิลปะเพื่อการส่งเสริมอัตลักษณ์อาเซียนตั้งชื่อตามเมืองใด"
    assert bound_choice(ui, heritage, stem, cities, [0, 1, 2]) == 0
    # a Thai name transliterated with a space is the name the text writes without one, and an
    # English compound's head comes first in Thai ("Vientiane Declaration" → "ปฏิญญาเวียงจันทน์")
    assert written(heritage, "บันดาร์เสรี เบกาวัน")
    assert written(heritage, "เวียงจันทน์ ปฏิญญา")
    assert written(heritage, "บันดาร์เสรี เบกาวัน ปฏิญญา")
    assert not written(heritage, "กรุงมะนิลา ปฏิญญา")
    names = ["บันดาร์เสรี เบกาวัน ปฏิญญา", "ยอกยาการ์ตา ปฏิญญา", "เวียงจันทน์ ปฏิญญา"]
    stem = "Which declaration is about reinforcing มรดก cooperation?"
    assert bound_choice(ui, heritage, stem, names, [0, 1, 2]) == 2


def test_the_series_decides_the_exam(bot: QABot) -> None:
    cases = [
        (
            "ปฏิญญาว่าด้วยความร่วมมือด้านมรดกทางวัฒนธรรมตั้งชื่อตามเมืองใด",
            ["บันดาร์เสรีเบกาวัน", "เวียงจันทน์", "ยอกยาการ์ตา", "มะนิลา"],
            1,
        ),
        (
            "Which city gave its name to the ASEAN declaration on cultural heritage cooperation?",
            ["Bandar Seri Begawan", "Vientiane", "Yogyakarta", "Manila"],
            1,
        ),
        (
            "Which declaration is about reinforcing cultural heritage cooperation in ASEAN?",
            [
                "Bandar Seri Begawan Declaration",
                "Yogyakarta Declaration",
                "Vientiane Declaration",
                "Manila Declaration",
            ],
            2,
        ),
    ]
    for stem, choices, key in cases:
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None
        assert (choice.index, choice.decided) == (key, True), (stem, choice.scores)


def test_the_statement_the_pick_stands_in_binds_and_ties_are_broken(bot: QABot) -> None:
    """The environment paragraph: "… อาทิ การแสดงท่าทีร่วมกันของผู้นำอาเซียนในเรื่องการเปลี่ยนแปลง
    สภาพภูมิอากาศ ผ่านการออกแถลงการณ์ร่วมอาเซียนต่อที่ประชุมรัฐภาคีอนุสัญญาสหประชาชาติว่าด้วยการ
    เปลี่ยนแปลงสภาพภูมิอากาศ และแถลงการณ์ร่วมอาเซียนว่าด้วยการอนุรักษ์ความหลากหลายทางชีวภาพสำหรับ
    การประชุมสมัชชาภาคีอนุสัญญาว่าด้วยความหลากหลายทางชีวภาพ": one sentence states both joint
    statements, though the sentence before it lists climate change among the sub-areas. The
    education paragraph: "… ครั้งที่ 28-29 … ที่เวียงจันทน์ สปป.ลาว ได้ให้การรับรองปฏิญญาอาเซียน
    ว่าด้วยเรื่องดังกล่าว": Manila is where the 31st summit was (the health paragraph)."""
    share = bot.config.exam.contradicted_share
    stem = "แถลงการณ์ร่วมอาเซียนสำหรับการประชุมสมัชชาภาคีอนุสัญญาว่าด้วยความหลากหลายทางชีวภาพเป็นเรื่องใด"
    choices = [
        "การเปลี่ยนแปลงสภาพภูมิอากาศ",
        "การอนุรักษ์ความหลากหลายทางชีวภาพ",
        "ขยะทะเล",
        "หมอกควันข้ามแดน",
    ]
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and (choice.index, choice.decided) == (1, True), choice.scores
    assert choice.scores[0] <= share  # said of the other statement
    stem = (
        "The 28th-29th ASEAN Summits that adopted the declaration on out-of-school children and "
        "youth were held in which city?"
    )
    choice = bot.ask(stem, choices=["Manila", "Vientiane", "Singapore", "Yogyakarta"]).choice
    assert choice is not None and (choice.index, choice.decided) == (1, True), choice.scores
    assert choice.scores[0] <= share and not choice.tied  # the 31st summit's city


# The health paragraph: "อาเซียนยังมีความร่วมมือด้านสาธารณสุขในประเด็นอื่น ๆ เช่น ภาวะทุพโภชนาการ
# การดื้อยาต้านจุลชีพ และการจัดการด้านสาธารณสุขในภาวะภัยพิบัติ เป็นต้น ซึ่งในการประชุมสุดยอดอาเซียน
# ครั้งที่ 31 … รับรองปฏิญญาผู้นำอาเซียนว่าด้วยการยุติภาวะทุพโภชนาการทุกรูปแบบ (…) ปฏิญญาผู้นำอาเซียน
# ว่าด้วยการดื้อยาต้านจุลชีพ: การต่อสู้กับการดื้อยาต้านจุลชีพภายใต้กรอบแนวคิดสุขภาพหนึ่งเดียว (…) และ
# ปฏิญญาผู้นำอาเซียนว่าด้วยการจัดการด้านสาธารณสุขในภาวะภัยพิบัติ (…)": the list names the three
# issues, then each declaration's clause says what it is; One Health is the resistance one's.
HEALTH = ("อาเซียนยังมีความร่วมมือด้านสาธารณสุขในประเด็นอื่น", "สาธารณสุขในภาวะภัยพิบัติ (ASEAN")
ISSUES = ["ภาวะทุพโภชนาการ", "การดื้อยาต้านจุลชีพ", "เอชไอวีและเอดส์", "สาธารณสุขในภาวะภัยพิบัติ"]


def test_a_list_ends_at_its_closing_word() -> None:
    health = _statement(*HEALTH)
    assert _clause_of(health, "เป็นต้น") != _clause_of(health, "ซึ่งในการประชุมสุดยอด")
    assert _clause_of(health, "ผู้นำประเทศสมาชิกอาเซียนรับรอง") != _clause_of(health, "เป็นต้น")


def test_a_choice_written_again_is_bound_where_its_own_clause_says_the_stem(bot: QABot) -> None:
    ui = unit_index(bot.index, bot.config.exam)
    health = _statement(*HEALTH)
    stem = "ปฏิญญาผู้นำอาเซียนที่ใช้กรอบแนวคิดสุขภาพหนึ่งเดียวว่าด้วยเรื่องใด"
    assert bound_choice(ui, health, stem, ISSUES, [0, 1, 3]) == 1
    choice = bot.ask(stem, choices=ISSUES).choice
    assert choice is not None and (choice.index, choice.decided) == (1, True), choice.scores
    # the list's own question is still the list's
    stem = "นอกจากโรคติดต่อ อาเซียนมีความร่วมมือด้านสาธารณสุขในประเด็นใด"
    choices = ["ภาวะทุพโภชนาการ", "โรคไข้เลือดออก", "ยาเสพติด", "การท่องเที่ยว"]
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and (choice.index, choice.decided) == (0, True), choice.scores


def test_a_choice_whose_statement_numbers_another_meeting_is_set_aside(bot: QABot) -> None:
    """The documents: "… ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 … ที่เวียงจันทน์ สปป.ลาว ได้ให้การ
    รับรองปฏิญญาอาเซียนว่าด้วยเรื่องดังกล่าว (ASEAN Declaration on Strengthening Education for
    Out-of-School Children and Youth)"; the Yogyakarta Declaration was adopted by "(AMCA) ครั้งที่ 8",
    the Enabling Master Plan by "ครั้งที่ 33", the declaration on antimicrobial resistance by "ครั้งที่
    31": their statements number other meetings than the stem's."""
    stem = "The 28th-29th ASEAN Summits adopted which of these documents?"
    choices = [
        "the Yogyakarta Declaration",
        "the ASEAN Enabling Master Plan 2025",
        "the ASEAN Declaration on Strengthening Education for Out-of-School Children and Youth",
        "the Leaders' Declaration on Antimicrobial Resistance",
    ]
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and (choice.index, choice.decided) == (2, True), choice.scores
    share = bot.config.exam.contradicted_share
    assert all(choice.scores[i] <= share for i in (0, 1, 3))
