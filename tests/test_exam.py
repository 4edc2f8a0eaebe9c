"""Exam mode: reading a typed exam question, negative stems, deciding choices by the corpus."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

import numpy as np
import pytest

from qa_bot import QABot, QuestionError, exam
from qa_bot.cli import main
from qa_bot.cli.questions import run_batch
from qa_bot.config import Config, ExamConfig
from qa_bot.evaluate import read_items
from qa_bot.render_text import format_answer

from .conftest import CORPUS_DIR, INDEX_DIR, SHARED_DEV

STEM = "ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน"
CHOICES = ["การให้ทุนการศึกษา", "การลดปริมาณขยะทะเล", "ดัชนีการพัฒนาเยาวชน", "กรอบคุณวุฒิอ้างอิง"]


def labelled(labels: str | list[str], sep: str, style: str = "{}.") -> str:
    pairs = zip(labels, CHOICES, strict=True)
    return sep.join(style.format(label) + " " + text for label, text in pairs)


# --- the parser -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "style"),
    [
        ("กขคง", "{}."),
        ("กขคง", "{})"),
        ("กขคง", "({})"),
        ("1234", "{}."),
        ("1234", "{})"),
        ("1234", "({})"),
        ("abcd", "{})"),
        ("ABCD", "{}."),
        ("๑๒๓๔", "{}."),
        ("๑๒๓๔", "({})"),
    ],
)
@pytest.mark.parametrize("sep", ["\n", " ", "\r\n"])
def test_every_label_style_parses_one_a_line_and_inline(labels: str, style: str, sep: str) -> None:
    text = STEM + sep + labelled(list(labels), sep, style)
    assert exam.parse_exam(text) == (STEM, CHOICES)


def test_stray_spaces_and_missing_spaces_are_tolerated() -> None:
    a, b, c, d = CHOICES
    text = f"  {STEM}  \n  ก .  {a}  \nข .{b}\n ( ค )   {c}\nง  . {d} "
    assert exam.parse_exam(text) == (STEM, CHOICES)
    glued = f"{STEM} ก.{CHOICES[0]} ข.{CHOICES[1]} ค.{CHOICES[2]} ง.{CHOICES[3]}"
    assert exam.parse_exam(glued) == (STEM, CHOICES)


def test_a_stem_colon_and_choice_separators_are_dropped() -> None:
    text = f"{STEM}: ก) {CHOICES[0]}, ข) {CHOICES[1]}, ค) {CHOICES[2]}, ง) {CHOICES[3]}"
    assert exam.parse_exam(text) == (STEM, CHOICES)


def test_abbreviations_and_decimals_inside_choices_are_not_labels() -> None:
    text = "การประชุมจัดขึ้นเมื่อ ก. ค.ศ. 2018 ข. ค.ศ. 2017 ค. พ.ศ. 2559 ง. ก.พ. 2562"
    assert exam.parse_exam(text) == (
        "การประชุมจัดขึ้นเมื่อ",
        ["ค.ศ. 2018", "ค.ศ. 2017", "พ.ศ. 2559", "ก.พ. 2562"],
    )
    decimals = "ข้อใดถูก\n1. 1.5 ล้านคน\n2. 2.5 ล้านคน\n3. 3.5 ล้านคน"
    assert exam.parse_exam(decimals) == ("ข้อใดถูก", ["1.5 ล้านคน", "2.5 ล้านคน", "3.5 ล้านคน"])


def test_five_choices_and_three_choices_parse() -> None:
    five = "ข้อใดถูก ก. หนึ่ง ข. สอง ค. สาม ง. สี่ จ. ห้า"
    assert exam.parse_exam(five) == ("ข้อใดถูก", ["หนึ่ง", "สอง", "สาม", "สี่", "ห้า"])
    three = "Which one? (a) one (b) two (c) three"
    assert exam.parse_exam(three) == ("Which one?", ["one", "two", "three"])


@pytest.mark.parametrize(
    "text",
    [
        "AQRF คืออะไร",
        "1. AQRF คืออะไร",
        "วิสัยทัศน์ (1) และแผนงาน (2) ต่างกันอย่างไร",
        "แผนงานมีคุณลักษณะ 5 ข้อ ได้แก่ (1) มีปฏิสัมพันธ์ (2) ความครอบคลุม (3) ความยั่งยืน คืออะไร",
        "ประชาคมมีคุณลักษณะ (1) ความครอบคลุม (2) ความยั่งยืน (3) ภูมิคุ้มกัน",
        "ค.ศ. 2018 มีการประชุมอะไรบ้าง",
        "ข้อใดถูก ก. หนึ่ง ค. สาม ง. สี่",  # labels skip ข: not a run from the first
        "ข้อใดถูก ข. สอง ค. สาม ง. สี่",  # does not start at ก
        # two labels without a stem that asks to choose may be a quoted list
        "เสาหลักคืออะไร ก. การเมือง ข. เศรษฐกิจ",
        "ประชาคมมีเสาหลัก ก. การเมือง ข. เศรษฐกิจ",
        "ก. หนึ่ง ข. สอง ค. สาม",  # no stem
        "ข้อใดถูก ก. ข. ค. ง.",  # empty choices
        "ประชุมครั้งที่ 1. และ 2. ที่ไหน",
        "",
    ],
)
def test_ordinary_questions_are_not_exams(text: str) -> None:
    assert exam.parse_exam(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "ข้อใดถูก ก. AUN ข. AQRF",  # two choices after a stem that asks to choose
        "ข้อใดถูก\nก. AUN\nข. AQRF",
        "ข้อใดถูกก.AUN ข.AQRF",  # the first label typed against the stem
        "ข้อใดถูก1) AUN 2) AQRF",
    ],
)
def test_two_choices_after_a_choosing_stem_are_an_exam(text: str) -> None:
    assert exam.parse_exam(text) == ("ข้อใดถูก", ["AUN", "AQRF"])


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("ข้อใดถูก ก. AUN ข. AQRF ค. AHA ง. ASCC", "กขคง"),
        ("ข้อใดถูกก.AUN ข.AQRF ค.AHA ง.ASCC", "กขคง"),
        ("ข้อใดถูก 1) AUN 2) AQRF 3) AHA 4) ASCC", "1234"),
        ("Which is the university network? a. AUN b. AQRF c. AHA d. ASCC", "abcd"),
        ("Which is the university network? A) AUN B) AQRF C) AHA D) ASCC", "ABCD"),
        ("Which is the university network? 1.AUN 2.AQRF 3.AHA 4.ASCC", "1234"),
    ],
)
def test_one_line_exams_as_users_type_them(text: str, labels: str) -> None:
    stem, choices = exam.parse_exam(text)
    assert choices == ["AUN", "AQRF", "AHA", "ASCC"]
    assert stem in ("ข้อใดถูก", "Which is the university network?")
    assert exam.choice_labels(text, 4) == list(labels)


def test_a_choice_about_something_is_no_question() -> None:
    # "เกี่ยวกับ" (about) holds the letters of "กี่" (how many): a choice worded with it does
    # not ask, so numbered choices on one line stay an exam.
    text = (
        "ข้อใดกล่าวถูกต้องเกี่ยวกับการประชุม SAMCA 1. จัดที่สิงคโปร์ "
        "2. จัดเมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 3. เกี่ยวกับสภาพภูมิอากาศ 4. ถูกทุกข้อ"
    )
    assert exam.parse_exam(text) == (
        "ข้อใดกล่าวถูกต้องเกี่ยวกับการประชุม SAMCA",
        ["จัดที่สิงคโปร์", "จัดเมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018", "เกี่ยวกับสภาพภูมิอากาศ", "ถูกทุกข้อ"],
    )
    # … while a choice that does ask ("กี่ข้อ") still makes the line a quoted list.
    assert exam.parse_exam("ASCC มีคุณลักษณะ (1) ความครอบคลุม (2) ความยั่งยืน (3) กี่ข้อ") is None


def test_a_numbered_list_in_the_stem_does_not_hide_the_choices() -> None:
    text = "ข้อใดเป็นคุณลักษณะ (1) ของแผนงาน\n(1) ความครอบคลุม\n(2) ความยั่งยืน\n(3) ภูมิคุ้มกัน"
    assert exam.parse_exam(text) == (
        "ข้อใดเป็นคุณลักษณะ (1) ของแผนงาน",
        ["ความครอบคลุม", "ความยั่งยืน", "ภูมิคุ้มกัน"],
    )


# --- negative stems and matching units ------------------------------------------------------


@pytest.mark.parametrize(
    "stem",
    [
        "ข้อใดไม่ใช่สาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม",
        "ข้อใดไม่ได้เป็นหนึ่งใน 15 สาขาความร่วมมือ",
        "ข้อใดไม่ถูกต้องเกี่ยวกับเครือข่ายเมืองอัจฉริยะอาเซียน",
        "ข้อใดไม่เกี่ยวข้องกับความร่วมมือด้านสาธารณสุข",
        "ข้อใดกล่าวผิดเกี่ยวกับการจัดการภัยพิบัติ",
        "ข้อใดมิใช่ปฏิญญาด้านแรงงาน",
        "เอกสารต่อไปนี้เป็นผลงานด้านสวัสดิการสังคม ยกเว้นข้อใด",
        "Which of the following is NOT an ASEAN health declaration?",
    ],
)
def test_negative_stems_are_recognised(stem: str) -> None:
    assert exam.is_negative(stem)
    assert "ไม่" not in exam.stem_topic(stem) and "ข้อใด" not in exam.stem_topic(stem)


@pytest.mark.parametrize(
    "stem",
    [
        "ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน",
        "ข้อใดกล่าวถูกต้องเกี่ยวกับกรอบคุณวุฒิอ้างอิงอาเซียน",
        "ข้อใดกล่าวว่าประเทศสมาชิกไม่จำเป็นต้องปรับเปลี่ยนกรอบคุณวุฒิแห่งชาติเดิม",
        "Which is an ASEAN health declaration?",
    ],
)
def test_positive_stems_are_not_negative(stem: str) -> None:
    assert not exam.is_negative(stem)


def test_numbers_match_whole_and_across_eras() -> None:
    def keys(text: str) -> set[str]:
        return {unit for unit, _, _ in exam.units(exam.query_form(text))}

    assert "#2th" in keys("ครั้งที่ 2") and "#2th" not in keys("ครั้งที่ 28-29")  # an ordinal
    assert "#2018" in keys("พ.ศ. 2561") and "#2018" in keys("ค.ศ. 2018")
    assert "#2018" in keys("พ.ศ. ๒๕๖๑")  # Thai digits too
    assert keys("หน่วยกิต") & keys("หน่วยกิจ")  # the corpus's typo still meets the right spelling


# --- deciding through the public API ----------------------------------------------------------


def test_negative_stem_picks_the_choice_the_corpus_does_not_support(bot) -> None:
    choices = ["การจัดการสารเคมีและของเสีย", "การจัดการทรัพยากรน้ำ", "การให้ทุนการศึกษา", "สิ่งแวดล้อมศึกษา"]
    answer = bot.ask("ข้อใดไม่ใช่สาขาย่อยของความร่วมมือด้านสิ่งแวดล้อมของอาเซียน", choices=choices)
    choice = answer.choice
    assert choice is not None and choice.negative
    assert choice.index == 2 and choice.letter == "ค"
    assert choice.scores[2] == min(choice.scores)
    # The three sub-branches are found in the environment sector; the answer only elsewhere.
    assert all(choice.evidence[i].section_id == 7 for i in (0, 1, 3))
    assert choice.evidence[2] is None or choice.evidence[2].section_id != 7


def test_positive_stem_picks_the_choice_from_the_sector_it_asks_about(bot) -> None:
    choices = ["การให้ทุนการศึกษา", "การจัดการทรัพยากรน้ำ", "ภาวะทุพโภชนาการ", "การคุ้มครองแรงงานต่างด้าว"]
    answer = bot.ask("ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อมของอาเซียน", choices=choices)
    choice = answer.choice
    assert choice is not None and not choice.negative
    assert choice.index == 1 and choice.letter == "ข"
    assert choice.scores[1] == max(choice.scores)
    # Every distractor is a real phrase of the corpus, found in its own sector.
    assert [hit.section_id for hit in choice.evidence] == [1, 7, 5, 3]


def test_evidence_points_at_the_deciding_sentence_in_the_source(bot, source_text: str) -> None:
    answer = bot.ask(STEM, choices=CHOICES)
    assert answer.choice is not None and answer.choice.choices == tuple(CHOICES)
    for text, hit in zip(CHOICES, answer.choice.evidence, strict=True):
        assert hit is not None
        assert source_text[hit.start : hit.end] == hit.text
        assert source_text[hit.answer_start : hit.answer_end] == hit.answer_sentence
        assert hit.start <= hit.answer_start < hit.answer_end <= hit.end
        assert text[:6] in hit.answer_sentence  # the sentence that says the choice


def test_a_typed_exam_is_answered_like_explicit_choices(bot) -> None:
    typed = bot.ask(STEM + "\n" + labelled(list("กขคง"), "\n"))
    explicit = bot.ask(STEM, choices=CHOICES)
    assert typed.question == STEM  # the hits are for the stem
    assert typed.hits and typed.hits[0].section_id == 7
    assert typed.choice is not None and explicit.choice is not None
    assert typed.choice.choices == tuple(CHOICES)
    assert typed.choice.index == explicit.choice.index == 1
    assert typed.choice.scores == explicit.choice.scores
    inline = bot.ask(STEM + " " + labelled(list("๑๒๓๔"), " "))
    assert inline.choice is not None and inline.choice.index == 1


def test_an_ordinary_question_gets_no_choice(bot) -> None:
    assert bot.ask("แผนงานมีคุณลักษณะ (1) ความครอบคลุม (2) ความยั่งยืน (3) อะไรอีก").choice is None
    assert bot.ask("AQRF คืออะไร", choices=[]).choice is None


def test_no_supported_choice_gives_no_answer(bot) -> None:
    answer = bot.ask("ข้อใดคือเมืองหลวงของประเทศญี่ปุ่น", choices=["โตเกียว", "โอซาก้า", "เกียวโต"])
    assert answer.choice is not None
    assert answer.choice.none_supported and not answer.choice.decided
    assert answer.choice.confidence == "none" and answer.verdict != "answered"
    assert len(answer.choice.scores) == 3


@pytest.mark.parametrize(
    "choices",
    [["หนึ่ง"], ["หนึ่ง", "  "], ["หนึ่ง", 2], "หนึ่ง สอง", ["ก"] * 11, ["x" * 301, "y"]],
)
def test_choices_that_cannot_be_judged_raise_question_error(bot, choices: object) -> None:
    with pytest.raises(QuestionError) as raised:
        bot.ask(STEM, choices=choices)  # type: ignore[arg-type]
    assert raised.value.message_th and raised.value.message_en


@pytest.mark.parametrize("blank", ["", "   ", "🙂👍", "!!!", "\u200b"])
def test_a_choice_without_letters_or_digits_says_so(bot, blank: str) -> None:
    with pytest.raises(QuestionError) as raised:
        bot.ask(STEM, choices=["การลดปริมาณขยะทะเล", blank, "ดัชนีการพัฒนาเยาวชน"])
    assert "ตัวอักษรหรือตัวเลข" in raised.value.message_th
    assert "letters or digits" in raised.value.message_en


def test_big_corpora_read_only_retrieved_passages_with_one_batch_encoding(
    bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    encode = bot.index.embedder.encode_queries

    def counting(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return encode(texts)

    monkeypatch.setattr(bot.index.embedder, "encode_queries", counting)
    large = QABot(bot.index, config=Config(exam=ExamConfig(scan_all_passages=0)))
    answer = large.ask(STEM, choices=CHOICES)
    assert answer.choice is not None and answer.choice.index == 1
    assert calls == [1, len(CHOICES)]  # the stem, then every choice in one call


# --- the command line -------------------------------------------------------------------------


def test_cli_verdict_lists_every_choice_with_score_and_evidence(bot) -> None:
    answer = bot.ask(STEM, k=1, choices=CHOICES)
    text = format_answer(answer)
    for letter, choice in zip("กขคง", CHOICES, strict=True):
        assert f"{letter}. {choice}" in text
    assert f"► ข. {CHOICES[1]}" in text and text.count("►") == 1
    assert text.count("score") == len(CHOICES)  # each choice; hits are not scored (FRESH8)
    assert "ขยะทะเล" in text.split(f"► ข. {CHOICES[1]}")[1].split("ค.")[0]  # its evidence


def test_cli_reads_a_typed_exam_and_writes_the_choice_json() -> None:
    out = io.StringIO()
    typed = STEM + "\n" + labelled(list("กขคง"), "\n")
    with redirect_stdout(out):
        code = main(
            [
                "ask",
                typed,
                "--json",
                "--k",
                "1",
                "--index",
                str(INDEX_DIR),
                "--corpus",
                str(CORPUS_DIR),
            ]
        )
    assert code == 0
    record = json.loads(out.getvalue())
    assert record["question"] == STEM
    assert {"index", "letter", "scores", "evidence"} <= set(record["choice"])
    assert record["choice"]["index"] == 1 and record["choice"]["letter"] == "ข"
    assert record["choice"]["choices"] == CHOICES
    assert all(
        set(hit) >= {"section_id", "answer_sentence", "start"}
        for hit in record["choice"]["evidence"]
    )


def test_cli_rejects_an_empty_choice_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ask", STEM, "--choice", "หนึ่ง", "--choice", " ", "--index", str(INDEX_DIR)])
    assert code == 2
    assert "ตัวเลือก" in capsys.readouterr().err


def test_batch_choices_field_and_null_evidence(bot) -> None:
    lines = [
        json.dumps({"question": STEM, "choices": CHOICES}, ensure_ascii=False),
        json.dumps({"question": "ข้อใดคือเมืองหลวงของญี่ปุ่น", "choices": ["โตเกียว", "โอซาก้า"]}),
        json.dumps({"question": STEM, "choices": ["หนึ่ง"]}, ensure_ascii=False),
    ]
    out = io.StringIO()
    run_batch(bot, io.StringIO("\n".join(lines) + "\n"), out, k=1)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert records[0]["choice"]["index"] == 1
    # No choice supported: the closest one at most (exam/closest.py), never decided.
    outside = records[1]["choice"]
    assert outside["confidence"] == "none" and not outside["decided"]
    assert None in outside["evidence"]
    assert "error" in records[2]
    assert bot.ask("AQRF คืออะไร").to_dict()["choice"] is None


# --- accuracy guard ---------------------------------------------------------------------------


def test_dev_exam_accuracy_through_the_public_api(bot) -> None:
    """A guard, not the measurement: bench/exam_accuracy.py reports the real figures."""
    items = [item for item in read_items(SHARED_DEV) if item.choices]
    assert len(items) >= 5
    right = [bot.ask(item.question, choices=list(item.choices)).choice for item in items]
    accuracy = np.mean(
        [
            c is not None and c.index == item.answer_index
            for c, item in zip(right, items, strict=True)
        ]
    )
    assert accuracy >= 0.8


# --- choices about the other choices, and ties ---------------------------------------------------

ENVIRONMENT_STEM = "ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม"


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        (["น้ำ", "ดิน", "ลม", "ถูกทุกข้อ"], {3: {0, 1, 2}}),
        (["น้ำ", "ดิน", "ลม", "ทุกข้อที่กล่าวมา"], {3: {0, 1, 2}}),
        (["water", "soil", "All of the above."], {2: {0, 1}}),
        (["น้ำ", "ดิน", "ลม", "ไม่มีข้อใดถูก"], {3: set()}),
        (["water", "soil", "wind", "none of the above"], {3: set()}),
        (["น้ำ", "ดิน", "ก และ ข", "ไม่มีข้อใดถูก"], {2: {0, 1}, 3: set()}),
        (["น้ำ", "ดิน", "ข้อ ก, ข ถูก", "ทั้งหมดที่กล่าวมา"], {2: {0, 1}, 3: {0, 1}}),
        (["1 และ 2", "ครั้งที่ 2", "ปี 2561", "ทุกข้อ"], {3: {0, 1, 2}}),  # "1 และ 2" names itself
    ],
)
def test_choices_about_the_other_choices_are_recognised(choices, expected) -> None:
    from qa_bot.exam import choice_references

    assert {i: set(refs) for i, refs in choice_references(choices).items()} == expected


def test_all_of_the_above_is_picked_when_every_choice_is_in_the_sector(bot) -> None:
    # The environment sector lists all three as its sub-branches (the document, sector 7).
    typed = (
        f"{ENVIRONMENT_STEM} ก. การจัดการทรัพยากรน้ำ ข. สิ่งแวดล้อมศึกษา "
        "ค. การเปลี่ยนแปลงสภาพภูมิอากาศ ง. ถูกทุกข้อ"
    )
    choice = bot.ask(typed).choice
    assert choice is not None and choice.index == 3 and choice.letter == "ง"
    assert choice.evidence[3] is None  # it rests on the other three
    assert all(choice.evidence[i].section_id == 7 for i in range(3))


def test_all_of_the_above_is_not_picked_when_a_choice_belongs_elsewhere(bot) -> None:
    # ทุนการศึกษา is education (sector 1), ภาวะทุพโภชนาการ health (5): only น้ำ is environment.
    choices = ["การให้ทุนการศึกษา", "การจัดการทรัพยากรน้ำ", "ภาวะทุพโภชนาการ", "ถูกทุกข้อ"]
    choice = bot.ask(ENVIRONMENT_STEM, choices=choices).choice
    assert choice is not None and choice.index == 1


def test_a_combination_choice_is_picked_when_exactly_its_choices_hold(bot) -> None:
    choices = ["การจัดการทรัพยากรน้ำ", "การให้ทุนการศึกษา", "สิ่งแวดล้อมศึกษา", "ก และ ค"]
    choice = bot.ask(ENVIRONMENT_STEM, choices=choices).choice
    assert choice is not None and choice.index == 3


def test_all_true_choices_of_a_culture_item_give_all_of_the_above(bot) -> None:
    # The culture sector: "การอนุรักษ์มรดกทางวัฒนธรรมในอาเซียนและการส่งเสริมอัตลักษณ์อาเซียน".
    choices = ["การอนุรักษ์มรดกทางวัฒนธรรมในอาเซียน", "การส่งเสริมอัตลักษณ์อาเซียน", "ทุกข้อที่กล่าวมา"]
    choice = bot.ask("ข้อใดเป็นความร่วมมือด้านวัฒนธรรมและศิลปะของอาเซียน", choices=choices).choice
    assert choice is not None and choice.index == 2


def test_none_of_the_above_needs_a_stem_the_document_is_about(bot) -> None:
    outside = bot.ask(
        "ข้อใดคือเมืองหลวงของประเทศญี่ปุ่น", choices=["โตเกียว", "โอซาก้า", "เกียวโต", "ไม่มีข้อใดถูก"]
    )
    assert outside.choice is not None and outside.choice.index is None


def test_choices_within_noise_are_reported_as_tied() -> None:
    from qa_bot.exam import TIE_MARGIN, tied_with

    scores = [0.738, 0.742, 0.743, 0.1]
    assert tied_with(scores, 2, exclude=()) == [0, 1]
    assert tied_with(scores, 2, exclude={0}) == [1]
    assert tied_with([0.5, 0.5 + 2 * TIE_MARGIN], 1, exclude=()) == []
    assert tied_with(scores, None, exclude=()) == []


def test_a_tie_is_shown_in_the_verdict_and_the_json() -> None:
    from qa_bot.render_text import format_verdict
    from qa_bot.types import Answer, Choice

    choice = Choice(
        2, "ค", [0.1, 0.74, 0.75], [None, None, None], False, ("a", "b", "c"), (1,), False
    )
    head = format_verdict(choice, asked="ข้อใดถูก").splitlines()[0]
    # The headline says the documents cannot decide, in Thai and English, naming the tied ones.
    assert "ตัดสินไม่ได้ — ข้อ ค และ ข" in head and "cannot decide — ค and ข" in head
    assert "within noise" in head and "ข้อที่เอกสารสนับสนุน" not in head
    assert [line[0] for line in format_verdict(choice).splitlines()[1::2]] == [" ", "≈", "≈"]
    record = Answer("q", True, [], 0.0, choice=choice).to_dict()["choice"]
    assert record is not None and record["tied"] == [1]


def test_choices_all_near_nothing_are_tied_and_not_answered(bot) -> None:
    # The document never counts ASEAN's members ("ประเทศสมาชิกอาเซียน", no number of them): the
    # best choice is barely supported, below ExamConfig.weak_support.
    answer = bot.ask("ข้อใดถูกเกี่ยวกับอาเซียน", choices=["อาเซียนมี 10 ประเทศ", "อาเซียนมี 11 ประเทศ"])
    choice = answer.choice
    assert choice is not None and max(choice.scores) < ExamConfig().weak_support
    assert not choice.decided and answer.verdict != "answered"
    if not choice.none_supported:
        assert set(choice.tied) == {1 - choice.index}
        assert "within noise" in format_answer(answer)
    else:
        # A stem judged not_found: no choice is written beside enough of its topic
        # (ExamConfig.not_found_topic_share), so none is supported; the closest one, if the
        # scores rank them (exam/closest.py), is told from none of the others.
        assert answer.verdict == "not_found" and choice.confidence == "none"
        assert choice.index is None or set(choice.tied) == {1 - choice.index}


# --- a content-free stem ("ข้อใดถูก", "Which is right?"): the choices carry the whole claim ------


@pytest.mark.parametrize(
    "stem",
    [
        "ข้อใดถูก",
        "ข้อใดถูกต้อง",
        "ข้อใดกล่าวถูกต้อง",
        "ข้อใดต่อไปนี้ถูกต้องที่สุด",
        "ข้อใดกล่าวผิด",
        "Which is right?",
        "Which of the following statements is correct?",
        "Which one is true?",
        "Which statement is false?",
    ],
)
def test_stems_that_only_ask_which_choice_is_so_are_content_free(stem: str) -> None:
    assert exam.parse.content_free(stem) and exam.stem_topic(stem) == ""


@pytest.mark.parametrize(
    "stem",
    ["ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม", "ข้อใดถูกเกี่ยวกับ AUN", "Which is true of AUN?"],
)
def test_stems_about_something_are_not_content_free(stem: str) -> None:
    assert not exam.parse.content_free(stem) and exam.stem_topic(stem)


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        ("ข้อใดถูก", ["การท่องเที่ยว", "เยาวชน"]),  # two words the document uses: terms, no claim
        ("Which is right?", ["Tourism", "Youth"]),
        ("ข้อใดถูก", ["AUN", "AQRF"]),
        ("ข้อใดถูก", ["แมวบินได้", "ท้องฟ้าสีเขียว"]),  # only "พื้นที่สีเขียว" is in the document
        ("ข้อใดถูก", ["อาเซียนมี 10 ประเทศ", "อาเซียนมี 11 ประเทศ"]),  # it never counts them
    ],
)
def test_a_content_free_stem_is_undecided_when_no_single_choice_is_said(bot, stem, choices) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and not choice.decided
    assert choice.index is None or choice.tied


@pytest.mark.parametrize("stem", ["ข้อใดถูกต้อง", "ข้อใดกล่าวผิด"])
def test_a_content_free_stem_is_decided_by_the_one_claim_the_document_makes(bot, stem) -> None:
    # "อาเซียนได้จัดตั้งเครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN)"; the AQRF is
    # a qualifications framework.
    choices = ["AUN เป็นเครือข่ายมหาวิทยาลัย", "AQRF เป็นเครือข่ายมหาวิทยาลัย"]
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.decided and not choice.tied
    assert choice.index == (1 if exam.is_negative(stem) else 0)


def test_a_clear_thai_pick_is_decided_and_answered(bot) -> None:
    # The environment sector lists การจัดการทรัพยากรน้ำ among its sub-areas.
    answer = bot.ask(
        "ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม",
        choices=["การให้ทุนการศึกษา", "การจัดการทรัพยากรน้ำ", "ภาวะทุพโภชนาการ", "แรงงานต่างด้าว"],
    )
    assert answer.choice is not None and answer.choice.index == 1
    assert answer.choice.decided and not answer.choice.tied and answer.verdict == "answered"
