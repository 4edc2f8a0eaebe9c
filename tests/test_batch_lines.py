"""What a batch line is (`qa-bot ask --json -`, README's batch contract): a line opening with "{"
or '"' is JSON (an object or a string), a JSON list is that line's error, any other line is the
question as typed ("2566" like "๒๕๖๖"), a blank line is skipped. The exit code is 0 when the batch
ran to its end and answered at least one line, 2 when every line was refused or none was read; a
refused line adds one summary line on stderr."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from qa_bot import QABot
from qa_bot.cli import questions
from qa_bot.errors import QuestionError


def _run(
    bot: QABot, lines: list[str], stderr: io.StringIO | None = None
) -> tuple[int, list[dict[str, Any]]]:
    out = io.StringIO()
    err = io.StringIO() if stderr is None else stderr
    code = questions.run_batch(bot, io.StringIO("\n".join(lines) + "\n"), out, k=1, stderr=err)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("line", ["[1,2]", '["AQRF คืออะไร"]', "[]", "  [null]  "])
def test_a_json_list_is_an_error(line: str) -> None:
    with pytest.raises(QuestionError) as raised:
        questions.read_batch_line(line)
    assert raised.value.message_en == "a JSON line must be an object or a string, not a list"
    assert "ออบเจกต์ JSON" in raised.value.message_th and "object" not in raised.value.message_th


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ('"AUN คืออะไร"', "AUN คืออะไร"),  # a JSON string: its text, without the quotes
        ('"\\u0041UN"', "AUN"),
        ('"AQRF" คืออะไร', '"AQRF" คืออะไร'),  # not JSON: the line as typed
        ("[AQRF] คืออะไร", "[AQRF] คืออะไร"),
        ("AUN คืออะไร", "AUN คืออะไร"),
        ("2562 ผ่านมา", "2562 ผ่านมา"),
        # Lines that are JSON scalars but do not open with { or ": the question as typed.
        ("2566", "2566"),
        ("๒๕๖๖", "๒๕๖๖"),
        ("1", "1"),
        ("-0.5", "-0.5"),
        ("true", "true"),
        ("  false  ", "false"),
        ("null", "null"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
    ],
)
def test_text_and_json_strings_are_questions(line: str, question: str) -> None:
    assert questions.read_batch_line(line) == (question, None, None, None)


def test_an_open_brace_that_is_not_json_is_an_error() -> None:
    with pytest.raises(QuestionError) as raised:
        questions.read_batch_line('{"question": "AUN"')
    assert raised.value.message_en.startswith("invalid JSON")


def test_deeply_nested_json_is_an_error_not_a_crash() -> None:
    with pytest.raises(QuestionError):
        questions.read_batch_line("[" * 100_000 + "]" * 100_000)


def test_years_in_arabic_and_thai_digits_are_both_asked(bot: QABot) -> None:
    err = io.StringIO()
    code, records = _run(bot, ["2566", "๒๕๖๖"], err)
    assert code == 0 and err.getvalue() == ""
    assert [r["question"] for r in records] == ["2566", "๒๕๖๖"]
    assert all("error" not in r and "verdict" in r for r in records)


def test_refused_lines_are_answered_in_place_then_summed_up_on_stderr(bot: QABot) -> None:
    err = io.StringIO()
    lines = ["[1,2]", '"AUN คืออะไร"', "{bad", "42", "AQRF คืออะไร"]
    code, records = _run(bot, lines, err)
    assert code == 0  # ran to its end, three lines answered
    assert [("error" in r) for r in records] == [True, False, True, False, False]
    assert records[0]["question"] == "[1,2]" and "list" in records[0]["error"]
    assert records[1]["question"] == "AUN คืออะไร" and records[1]["hits"]
    assert records[3]["question"] == "42" and "hits" in records[3]
    assert records[4]["hits"]
    assert err.getvalue() == "qa-bot: 2 จาก 5 บรรทัดถูกปฏิเสธ / 2 of 5 lines were refused\n"


def test_blank_lines_are_skipped_without_an_output_line(bot: QABot) -> None:
    err = io.StringIO()
    code, records = _run(bot, ["", "AQRF คืออะไร", "   ", "\t", "AUN คืออะไร", ""], err)
    assert code == 0 and err.getvalue() == ""
    assert [r["question"] for r in records] == ["AQRF คืออะไร", "AUN คืออะไร"]


def test_every_line_refused_exits_2(bot: QABot) -> None:
    err = io.StringIO()
    code, records = _run(bot, ["[1]", "", "{", '{"question": 5}'], err)
    assert code == 2 and len(records) == 3 and all("error" in r for r in records)
    assert err.getvalue() == "qa-bot: 3 จาก 3 บรรทัดถูกปฏิเสธ / 3 of 3 lines were refused\n"


@pytest.mark.parametrize("data", ["", "\n\n", "  \n"])
def test_nothing_to_ask_exits_2_with_a_message(bot: QABot, data: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert questions.run_batch(bot, io.StringIO(data), out, k=1, stderr=err) == 2
    assert out.getvalue() == "" and "no question lines" in err.getvalue()


def test_a_batch_without_bad_lines_exits_0(bot: QABot) -> None:
    err = io.StringIO()
    code, records = _run(bot, ['"AUN คืออะไร"', '{"question": "AQRF คืออะไร"}'], err)
    assert code == 0 and all(r["hits"] for r in records) and err.getvalue() == ""
