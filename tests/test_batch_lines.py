"""What a batch line is (`qa-bot ask --json -`): text, a JSON string or a JSON object; any other
JSON value is that line's error, and the batch exits 2 after answering the rest."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from qa_bot import QABot
from qa_bot.cli import questions
from qa_bot.errors import QuestionError


def _run(bot: QABot, lines: list[str]) -> tuple[int, list[dict[str, Any]]]:
    out = io.StringIO()
    code = questions.run_batch(bot, io.StringIO("\n".join(lines) + "\n"), out, k=1)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("null", "null"),
        ("[1,2]", "a list"),
        ('["AQRF คืออะไร"]', "a list"),
        ("42", "a number"),
        ("-0.5", "a number"),
        ("NaN", "a number"),
        ("true", "true/false"),
        ("  false  ", "true/false"),
    ],
)
def test_a_json_value_that_is_not_an_object_or_a_string_is_an_error(line: str, kind: str) -> None:
    with pytest.raises(QuestionError) as raised:
        questions.read_batch_line(line)
    message = raised.value.message_en
    assert "must be an object or a string" in message and kind in message
    assert "object หรือข้อความ" in raised.value.message_th


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ('"AUN คืออะไร"', "AUN คืออะไร"),  # a JSON string: its text, without the quotes
        ('"\\u0041UN"', "AUN"),
        ('"AQRF" คืออะไร', '"AQRF" คืออะไร'),  # not JSON: the line as typed
        ("[AQRF] คืออะไร", "[AQRF] คืออะไร"),
        ("AUN คืออะไร", "AUN คืออะไร"),
        ("2562 ผ่านมา", "2562 ผ่านมา"),
    ],
)
def test_text_and_json_strings_are_questions(line: str, question: str) -> None:
    assert questions.read_batch_line(line) == (question, None, None, None)


def test_deeply_nested_json_is_an_error_not_a_crash() -> None:
    with pytest.raises(QuestionError):
        questions.read_batch_line("[" * 100_000 + "]" * 100_000)


def test_bad_lines_are_refused_the_others_answered_and_the_batch_exits_2(bot: QABot) -> None:
    code, records = _run(bot, ["null", '"AUN คืออะไร"', "[1,2]", "42", "AQRF คืออะไร"])
    assert code == 2
    assert [("error" in r) for r in records] == [True, False, True, True, False]
    assert records[0]["question"] == "null" and "null" in records[0]["error"]
    assert records[1]["question"] == "AUN คืออะไร" and records[1]["hits"]
    assert records[4]["hits"]


def test_a_batch_without_bad_lines_exits_0(bot: QABot) -> None:
    code, records = _run(bot, ['"AUN คืออะไร"', '{"question": "AQRF คืออะไร"}'])
    assert code == 0 and all(r["hits"] for r in records)
