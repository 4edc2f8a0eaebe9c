"""Choices typed in the question count as `--choice` does (FRESH16a K6): two labelled choices
one a line under a question are an exam, on the page and the command line; one choice alone is
refused with a Thai and English message (exit 2 on the command line), wherever it is given."""

from __future__ import annotations

import re

import pytest

from qa_bot import QABot, cli
from qa_bot.web.service import ChatService

TWO = "AQRF คืออะไร\nก. กรอบคุณวุฒิ\nข. ทุนการศึกษา"
ONE = "AQRF คืออะไร\nก. กรอบคุณวุฒิ"
ONE_TH = "มีตัวเลือกเพียงข้อเดียว ข้อสอบต้องมีตัวเลือกอย่างน้อย 2 ข้อ"
ONE_EN = "only one choice: an exam needs at least 2 choices"


def test_two_typed_choices_one_a_line_are_an_exam(bot: QABot) -> None:
    answer = bot.ask(TWO)
    assert answer.question == "AQRF คืออะไร" and answer.choice is not None
    assert answer.choice.choices == ("กรอบคุณวุฒิ", "ทุนการศึกษา")
    # The document: "อาเซียนได้จัดทำกรอบคุณวุฒิอ้างอิงอาเซียน (… AQRF)".
    assert answer.choice.index == 0
    typed = bot.ask("AQRF คืออะไร", choices=["กรอบคุณวุฒิ", "ทุนการศึกษา"])
    assert answer.to_dict()["choice"] == typed.to_dict()["choice"]  # as `--choice` twice
    reply = ChatService(bot).reply(TWO)[-1]["content"]
    assert len(re.findall(r'<li class="qa-choice', reply)) == 2
    assert '<span class="qa-choice-letter">ก.</span>' in reply


def test_two_labels_on_the_line_of_a_question_stay_a_quoted_list(bot: QABot) -> None:
    answer = bot.ask("เสาหลักคืออะไร ก. การเมือง ข. เศรษฐกิจ")
    assert answer.choice is None


@pytest.mark.parametrize("typed", [ONE, "ข้อใดถูก ก. AUN", "Which is AQRF?\na) a framework"])
def test_one_typed_choice_is_refused_in_thai_and_english(bot: QABot, typed: str) -> None:
    messages = ChatService(bot).reply(typed)
    assert 'class="qa-error"' in messages[-1]["content"]
    assert ONE_TH in messages[-1]["content"] and ONE_EN in messages[-1]["content"]
    record = ChatService(bot).ask(typed)
    assert ONE_EN in record["error"] and "answerable" not in record


def test_one_choice_in_the_box_or_as_one_option_says_the_same(
    bot: QABot, capsys: pytest.CaptureFixture[str]
) -> None:
    box = ChatService(bot).reply("AQRF คืออะไร", choices_text="ก. กรอบคุณวุฒิ\n\n")
    assert ONE_TH in box[-1]["content"] and ONE_EN in box[-1]["content"]
    assert cli.main(["ask", "AQRF คืออะไร", "--choice", "กรอบคุณวุฒิ"]) == 2
    err = capsys.readouterr().err
    assert ONE_TH in err and ONE_EN in err and "Traceback" not in err
    assert cli.main(["ask", ONE]) == 2
    err = capsys.readouterr().err
    assert ONE_TH in err and "Traceback" not in err
