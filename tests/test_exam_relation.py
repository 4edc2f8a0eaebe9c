"""Choices one statement states as values of one relation, a clause each (binding.one_relation;
FRESH22 K1 E13: "signed by the ASEAN leaders" picked under a stem about ADDMER; the pooled
"Who signed … ONE ASEAN, ONE RESPONSE? … All of the above" picked "all"). The expected values
are the document's: "ความตกลงอาเซียนว่าด้วยการบริหารจัดการภัยพิบัติและการตอบโต้สถานการณ์ฉุกเฉิน
(… ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน และปฏิญญาอาเซียนว่าด้วยความเป็นหนึ่งเดียวในการตอบโต้
ภัยพิบัติ … (ASEAN Declaration on ONE ASEAN, ONE RESPONSE …) ลงนามโดยผู้นำประเทศสมาชิกอาเซียน": the
foreign ministers signed ADDMER, the leaders the declaration. The AUN's activities, a list that
names no relation twice ("โดยมีกิจกรรมหลัก อาทิ การให้ทุนการศึกษา … การแลกเปลี่ยนนักศึกษา …
การเสริมสร้างความร่วมมือด้านการวิจัย"), stay "all of the above". The exams are written for this
test from those sentences."""

from pathlib import Path

from qa_bot import QABot
from qa_bot.exam.binding import one_relation, relation_before, stated_whole
from qa_bot.text import normalize

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "asean_socio_cultural_community.th.txt"


def _sentence(start: str, end: str) -> str:
    text = normalize(CORPUS.read_text(encoding="utf-8"))
    at = text.index(normalize(start))
    return text[at : text.index(normalize(end), at) + len(normalize(end))]


def test_two_signers_are_values_of_one_relation() -> None:
    text = _sentence("โดยได้มีการจัดทำความตกลงอาเซียน", "ลงนามโดยผู้นำประเทศสมาชิกอาเซียน")
    ministers = text.index("รัฐมนตรีต่างประเทศอาเซียน")
    leaders = text.index("ผู้นำประเทศสมาชิกอาเซียน")
    assert relation_before(text, ministers) == relation_before(text, leaders)
    assert relation_before(text, ministers) != ()
    assert one_relation(text, {0: ministers, 1: leaders})
    # one place is no pair
    assert not one_relation(text, {0: ministers})
    # an English choice is stated where all of what sets it apart is written
    others = ["ASEAN ผู้นำ"]
    assert stated_whole(text, "ASEAN ต่างประเทศ รัฐมนตรี", others, ministers)
    assert not stated_whole(text, "ASEAN สุขภาพ รัฐมนตรี", others, ministers)


def test_the_items_of_a_list_are_no_values_of_one_relation() -> None:
    text = _sentence("โดยมีกิจกรรมหลัก อาทิ", "การเสริมสร้างความร่วมมือด้านการวิจัย")
    places = {
        0: text.index("การให้ทุนการศึกษา"),
        1: text.index("การแลกเปลี่ยนนักศึกษา"),
        2: text.index("การเสริมสร้างความร่วมมือด้านการวิจัย"),
    }
    assert not one_relation(text, places)
    assert not one_relation(text, {0: places[0], 1: places[1]})


def test_the_clause_that_says_the_stem_binds_the_signer(bot: QABot) -> None:
    cases = [
        (
            "Which statement about ADDMER is true?",
            [
                "It was signed by the leaders of the ASEAN member states",
                "It was signed by the ASEAN foreign ministers",
                "It was signed by the ASEAN labour ministers",
                "It was adopted at the 31st ASEAN Summit",
            ],
            1,
        ),
        (
            "Who signed the ASEAN Declaration on ONE ASEAN, ONE RESPONSE?",
            [
                "ASEAN foreign ministers",
                "The leaders of the ASEAN member states",
                "The AHA Centre",
                "All of the above",
            ],
            1,
        ),
        (
            "ความตกลง ADDMER ลงนามโดยผู้ใด",
            ["ผู้นำประเทศสมาชิกอาเซียน", "รัฐมนตรีต่างประเทศอาเซียน", "ศูนย์ AHA", "ถูกทุกข้อ"],
            1,
        ),
        (
            "Which of these are main activities of the ASEAN University Network?",
            ["Scholarships", "Student exchanges", "Research cooperation", "All of the above"],
            3,
        ),
    ]
    for stem, choices, key in cases:
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None
        assert (choice.index, choice.decided) == (key, True), (stem, choice.scores)
