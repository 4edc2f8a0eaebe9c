"""A question with no word in it — punctuation, symbols, emoji, or letters that make no word
alone (a Thai vowel or sign without a consonant, a blank-looking Hangul filler) — gets the
"please type a question" message in Thai and English: on the terminal (exit 2), in the batch,
on the page and from /ask alike. Never a search, never a traceback."""

from __future__ import annotations

import json

import pytest

from qa_bot import QABot, cli
from qa_bot.errors import QuestionError
from qa_bot.text import check_question
from qa_bot.web.service import ChatService

from .conftest import INDEX_DIR

WORDLESS = [
    "???",
    "....",
    "😀",
    "👍🏽❤️",
    "🇹🇭",
    "!!! ???",
    "— … ・",
    "฿ % $ © ° →",
    "ๆ",  # MAIYAMOK, the repetition sign
    "ฯ",  # PAIYANNOI, the abbreviation sign
    "ะ า ๅ",  # Thai vowels without a consonant
    "่ ้",  # tone marks alone
    "\u3164",  # HANGUL FILLER: a letter drawn as nothing
    "ー",  # a modifier letter (Katakana's prolonged sound mark)
]
# The smallest questions that are questions: a Thai consonant, a Latin letter, a year written
# either way (the batch contract asks "2566" and "๒๕๖๖" as typed), a word with a sign.
ASKABLE = ["ก", "a", "2566", "๒๕๖๖", "ต่าง ๆ", "ฯลฯ", "AUN?"]


@pytest.mark.parametrize("question", WORDLESS)
def test_a_wordless_question_is_asked_to_be_typed(question: str) -> None:
    with pytest.raises(QuestionError) as caught:
        check_question(question)
    assert caught.value.message_th.startswith("กรุณาพิมพ์คำถาม")
    assert caught.value.message_en.startswith("please type a question")


@pytest.mark.parametrize("question", ASKABLE)
def test_a_question_with_a_word_is_asked(question: str) -> None:
    assert check_question(question) == question


@pytest.mark.parametrize("question", ["???", "😀", "....", "ๆ"])
def test_the_terminal_says_so_and_exits_2(
    question: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["ask", question, "--index", str(INDEX_DIR)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == "" and "Traceback" not in captured.err
    thai, english = captured.err.removeprefix("qa-bot: ").strip().split(" / ", 1)
    assert thai.startswith("กรุณาพิมพ์คำถาม") and english.startswith("please type a question")


def test_the_page_and_the_api_say_the_same(bot: QABot) -> None:
    service = ChatService(bot)
    for question in ("???", "😀", "...."):
        messages = service.reply(question)
        assert messages[-1]["role"] == "assistant"
        assert "กรุณาพิมพ์คำถาม" in messages[-1]["content"]
        assert "please type a question" in messages[-1]["content"]
        record = service.ask(question)
        assert set(record) == {"question", "error"}
        assert "please type a question" in record["error"]


def test_a_batch_line_of_symbols_is_a_refused_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    stdin = io.TextIOWrapper(io.BytesIO("😀\nAQRF คืออะไร\n".encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    code = cli.main(["ask", "-", "--json", "--index", str(INDEX_DIR)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and lines[0]["question"] == "😀"
    assert lines[0]["error"].split(" / ")[1].startswith("please type a question")
    assert lines[1]["verdict"] == "answered"
