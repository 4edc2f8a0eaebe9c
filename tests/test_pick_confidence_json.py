"""The JSON contract carries how sure an exam's pick is (Choice.confidence), as the page and the
CLI show it (wording.pick_confidence; FRESH17 §5: a script reading `verdict` and `decided` took a
pick the page marks "likely" for the documents' answer)."""

from qa_bot import QABot
from qa_bot.wording import exam_verdicts, pick_confidence


def test_a_decided_pick_whose_stem_the_document_answers_is_sure(bot: QABot) -> None:
    # Issue #11 point 8: the document lists all three as sub-sectors of the environment.
    answer = bot.ask(
        "ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม",
        choices=["การจัดการทรัพยากรน้ำ", "สิ่งแวดล้อมศึกษา", "การเปลี่ยนแปลงสภาพภูมิอากาศ", "ถูกทุกข้อ"],
    )
    choice = answer.to_dict()["choice"]
    assert choice["index"] == 3 and choice["decided"] is True
    assert choice["confidence"] == "sure"


def test_the_json_confidence_is_the_one_the_page_shows(bot: QABot) -> None:
    # A stem the document does not cover (Japan's capital) and a topicless claim stem.
    cases = [
        ("ข้อใดคือเมืองหลวงของญี่ปุ่น", ["โตเกียว", "สิงคโปร์", "ปักกิ่ง", "โซล"], False),
        (
            "ข้อใดถูกต้อง",
            ["AUN เป็นเครือข่ายมหาวิทยาลัยอาเซียน", "AUN เป็นเครือข่ายโรงพยาบาล", "AUN ก่อตั้งที่ดาวอังคาร"],
            True,
        ),
    ]
    for stem, choices, topicless in cases:
        answer = bot.ask(stem, choices=choices)
        assert answer.choice is not None
        shown = pick_confidence(answer.choice, *exam_verdicts(answer, topicless))
        assert answer.to_dict()["choice"]["confidence"] == shown
    japan = bot.ask(cases[0][0], choices=cases[0][1]).to_dict()["choice"]
    assert japan["confidence"] != "sure"
