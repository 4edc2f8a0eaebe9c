"""A batch line's own "k" (`qa-bot ask --json -`): honoured, read as the CLI's --k is."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from qa_bot import QABot
from qa_bot.cli import questions
from qa_bot.request import MAX_K


class KSpy:
    """A bot that records the k of each question and answers with the real one."""

    def __init__(self, bot: QABot) -> None:
        self.bot = bot
        self.index = bot.index
        self.asked: list[int] = []

    def ask(self, question: str, k: int = 5, **kwargs: Any) -> Any:
        self.asked.append(k)
        return self.bot.ask(question, k=k, **kwargs)


def _run(bot: Any, lines: list[str], k: int = 3) -> list[dict[str, Any]]:
    out = io.StringIO()
    assert questions.run_batch(bot, io.StringIO("\n".join(lines) + "\n"), out, k=k) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_lines_k_is_how_many_passages_it_gets(bot: QABot) -> None:
    spy = KSpy(bot)
    records = _run(
        spy,
        [
            '{"question": "AQRF คืออะไร", "k": 1}',
            '{"question": "AQRF คืออะไร", "k": 7}',
            '{"question": "AQRF คืออะไร"}',  # no k: the command's --k
            '{"question": "AQRF คืออะไร", "k": null}',
            "AQRF คืออะไร",  # plain text: the command's --k
            '{"question": "AQRF คืออะไร", "k": 500}',  # capped, as --k 500 is
            '{"question": "AQRF คืออะไร", "k": 2.0}',
        ],
        k=3,
    )
    assert spy.asked == [1, 7, 3, 3, 3, MAX_K, 2]
    assert [len(r["hits"]) for r in records[:5]] == [1, 7, 3, 3, 3]
    assert len(records[5]["hits"]) > 7


@pytest.mark.parametrize(
    ("k", "said"),
    [
        ("0", "at least 1"),
        ("-3", "at least 1"),
        ('"3"', "must be a number"),
        ("true", "must be a number"),
        ("[3]", "must be a number"),
    ],
)
def test_a_bad_k_is_that_lines_error_and_the_batch_goes_on(bot: QABot, k: str, said: str) -> None:
    spy = KSpy(bot)
    lines = [f'{{"question": "AQRF คืออะไร", "k": {k}}}', "ADDMER"]
    records = _run(spy, lines, k=2)  # exit 0: the batch ran on and answered ADDMER
    assert set(records[0]) == {"question", "error"}
    assert said in records[0]["error"] and "k (จำนวนข้อความ)" in records[0]["error"]
    assert records[0]["question"] == "AQRF คืออะไร"
    assert spy.asked == [2]  # only the next line was asked
    assert "error" not in records[1] and len(records[1]["hits"]) == 2
