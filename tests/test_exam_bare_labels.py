"""Exams typed with bare letters as labels ("… ก การจัดการทรัพยากรน้ำ ข สิ่งแวดล้อมศึกษา …",
"a Singapore b Vientiane …"): read only when the run of letters is unambiguous, since Thai words
start with ก ข ค ง and English has the article "a"."""

from __future__ import annotations

import json

import pytest

from qa_bot.exam import choice_labels, parse_exam

from .conftest import EVAL_DIR

ENVIRONMENT = (
    "ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม ก การจัดการทรัพยากรน้ำ ข สิ่งแวดล้อมศึกษา "
    "ค การเปลี่ยนแปลงสภาพภูมิอากาศ ง ถูกทุกข้อ"
)


def test_thai_bare_labels_on_one_line_parse() -> None:
    stem, choices = parse_exam(ENVIRONMENT)
    assert stem == "ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม"
    assert choices == [
        "การจัดการทรัพยากรน้ำ",
        "สิ่งแวดล้อมศึกษา",
        "การเปลี่ยนแปลงสภาพภูมิอากาศ",
        "ถูกทุกข้อ",
    ]
    assert choice_labels(ENVIRONMENT, 4) == list("กขคง")


def test_bare_labels_one_a_line_and_in_english_parse() -> None:
    assert parse_exam(ENVIRONMENT.replace(" ก ", "\nก ").replace(" ข ", "\nข "))[1][0] == (
        "การจัดการทรัพยากรน้ำ"
    )
    typed = "Where was the 31st ASEAN Summit held? a Singapore b Vientiane c Manila d Jakarta"
    assert parse_exam(typed) == (
        "Where was the 31st ASEAN Summit held?",
        ["Singapore", "Vientiane", "Manila", "Jakarta"],
    )
    assert choice_labels(typed, 4) == list("abcd")
    # An article in the stem before the labels, the stem ending in "?".
    assert parse_exam("Which is a sub-area of it? A Tourism B Water C Youth D Waste") == (
        "Which is a sub-area of it?",
        ["Tourism", "Water", "Youth", "Waste"],
    )


@pytest.mark.parametrize(
    "text",
    [
        # an "a" inside a choice: where do the labels start?
        "Which is a sub-area? a Setting up a centre b Water c Malnutrition d Youth",
        # an article in a stem that does not end before the labels
        "Which is a sub-area a Tourism b Water c Malnutrition d Youth",
        # three bare letters are not enough (ค and ง are words too)
        "ข้อใดถูก ก การศึกษา ข แรงงาน ค สาธารณสุข",
        # letters out of order
        "ข้อใดถูก ก การศึกษา ค แรงงาน ข สาธารณสุข ง วัฒนธรรม",
        # a stem that does not ask
        "ความร่วมมือ ก การศึกษา ข แรงงาน ค สาธารณสุข ง วัฒนธรรม",
    ],
)
def test_ambiguous_bare_letters_are_no_exam(text: str) -> None:
    assert parse_exam(text) is None


def test_no_ordinary_question_of_our_sets_reads_as_an_exam() -> None:
    asked = 0
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        if path.name.startswith("heldout"):  # held-out sets feed no test or tuning
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if item.get("kind") == "mcq" or not isinstance(item.get("question"), str):
                continue
            asked += 1
            assert parse_exam(item["question"]) is None, item["question"]
    assert asked > 500


def test_a_bare_thai_exam_with_all_of_the_above_picks_it(bot) -> None:
    # The environment sector lists การจัดการทรัพยากรน้ำ, สิ่งแวดล้อมศึกษา and
    # การเปลี่ยนแปลงสภาพภูมิอากาศ among its sub-areas (#11 point 8): ง. ถูกทุกข้อ.
    answer = bot.ask(ENVIRONMENT)
    assert answer.choice is not None and answer.choice.index == 3


def test_a_bare_english_exam_about_a_place_is_answered(bot) -> None:
    # "ครั้งที่ 31 … ณ กรุงมะนิลา ฟิลิปปินส์"
    answer = bot.ask(
        "Where was the 31st ASEAN Summit held? a Singapore b Vientiane c Manila d Jakarta"
    )
    assert answer.choice is not None and answer.choice.index == 2
