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
