"""A greeting or thanks typed alone on the page gets a line back, not a refusal and every sector
(FRESH10 §14: "สวัสดี" and "ขอบคุณครับ" got "เอกสารไม่มีคำตอบสำหรับคำถามนี้" with 9 chips)."""

from __future__ import annotations

import pytest

from qa_bot import QABot
from qa_bot.web.service import ChatService


@pytest.mark.parametrize(
    ("typed", "thai", "english"),
    [
        ("สวัสดี", "พิมพ์คำถาม", "Hello"),
        ("ขอบคุณครับ", "ยินดี", "welcome"),
        ("ขอบคุณมากๆ ค่ะ", "ยินดี", "welcome"),
        ("Thank you!", "ยินดี", "welcome"),
        ("ลาก่อนครับ", "กลับมาถาม", "Goodbye"),
        ("Bye!", "กลับมาถาม", "Goodbye"),
        # Every polite particle the question reader knows (text.POLITE_PARTICLES), glued or
        # held as spoken, after a repetition mark too.
        ("สวัสดีค้าบ", "พิมพ์คำถาม", "Hello"),
        ("สวัสดีค่ะะ", "พิมพ์คำถาม", "Hello"),
        ("ขอบคุณมากๆค่ะ", "ยินดี", "welcome"),
        ("ขอบใจจ๊ะ", "ยินดี", "welcome"),
    ],
)
def test_a_greeting_or_thanks_gets_a_line_back(
    bot: QABot, typed: str, thai: str, english: str
) -> None:
    messages = ChatService(bot).reply(typed)
    assert [m["role"] for m in messages] == ["user", "assistant"]
    reply = messages[-1]
    assert "options" not in reply and "เอกสารนี้ไม่มีคำตอบ" not in reply["content"]
    assert reply["content"].index(thai) < reply["content"].index(english)  # Thai first


def test_a_question_with_a_greeting_is_still_a_question(bot: QABot) -> None:
    # The bundled document: "AQRF" is the ASEAN Qualifications Reference Framework (การศึกษา).
    reply = ChatService(bot).reply("สวัสดีครับ AQRF คืออะไร")[-1]
    assert "การศึกษา" in reply["content"] and "ยินดี" not in reply["content"]


def test_the_batch_and_ask_answer_small_talk_as_the_page_does(bot: QABot) -> None:
    # FRESH13 §8: in the batch, "สวัสดีครับ", "hello" and "thank you" came back not_found with
    # three unrelated passages, while the page said a line back.
    import io
    import json

    from qa_bot.cli.questions import run_batch

    lines = ["สวัสดีครับ", "hello", '"thank you"', '{"question": "ลาก่อนค่ะ", "k": 2}']
    out = io.StringIO()
    assert run_batch(bot, io.StringIO("\n".join(lines) + "\n"), out, k=3) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["small_talk"] for r in records] == ["greeting", "greeting", "thanks", "farewell"]
    for record in records:
        assert record["hits"] == [] and record["choice"] is None
        assert record["verdict"] == "not_found" and record["answerable"] is False
    assert ChatService(bot).ask("Thank you!")["small_talk"] == "thanks"
    assert ChatService(bot).ask("Thank you!", 3, None, None)["hits"] == []


def test_a_question_or_an_exam_is_no_small_talk_in_the_batch(bot: QABot) -> None:
    import io
    import json

    from qa_bot.cli.questions import run_batch

    exam = {"question": "hello", "choices": ["การศึกษา", "แรงงาน"]}
    lines = ["สวัสดีครับ AQRF คืออะไร", json.dumps(exam, ensure_ascii=False)]
    out = io.StringIO()
    run_batch(bot, io.StringIO("\n".join(lines) + "\n"), out, k=3)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all("small_talk" not in r and r["hits"] for r in records)
    # The bundled document: AQRF is the ASEAN Qualifications Reference Framework (การศึกษา).
    assert records[0]["hits"][0]["section_label"] == "การศึกษา"
    assert "small_talk" not in ChatService(bot).ask("สวัสดีครับ AQRF คืออะไร")


def test_the_terminal_and_the_page_say_the_same_words_back(bot: QABot, capsys) -> None:
    # FRESH14 item 6: the terminal's lines and the page's were two copies that had drifted
    # ("ถามคำถาม…" against "พิมพ์คำถาม…"); both come from qa_bot/wording.py now.
    import argparse
    import html

    from qa_bot.cli.questions import _ask_one
    from qa_bot.request import FAREWELL, GREETING, THANKS

    for typed, kind in (("สวัสดีครับ", GREETING), ("ขอบคุณค่ะ", THANKS), ("bye", FAREWELL)):
        args = argparse.Namespace(question=typed, choice=None, section=None, json=False, k=3)
        assert _ask_one(bot, args) == 0
        printed = capsys.readouterr().out.strip()
        page = html.unescape(ChatService(bot).reply(typed)[-1]["content"])
        thai, english = printed.split(" / ")
        assert thai in page and english.rstrip(".") in page, (printed, page)
        assert printed.startswith(
            ("สวัสดี", "ยินดี", "ลาก่อน")[(GREETING, THANKS, FAREWELL).index(kind)]
        )
