"""A count question's unit is the word after กี่ as written (FRESH12 §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot import QABot
from qa_bot.answer_types import count_classifiers

# A decree's article in the words of Thai law (the count in Thai words, as laws write it).
ARTICLE = (
    "มาตรา ๔ ให้มีการเลือกตั้งสมาชิกสภาผู้แทนราษฎรเป็นการทั่วไปในวันที่คณะกรรมการการเลือกตั้ง"
    "ประกาศกำหนด ซึ่งต้องไม่น้อยกว่าสี่สิบห้าวันแต่ไม่เกินหกสิบวันนับแต่วันที่พระราชกฤษฎีกานี้ใช้บังคับ\n"
)


@pytest.fixture(scope="module")
def decree(tmp_path_factory: pytest.TempPathFactory) -> QABot:
    from qa_bot.store import build_index

    root: Path = tmp_path_factory.mktemp("decree")
    (root / "docs").mkdir()
    (root / "docs" / "decree.txt").write_text(ARTICLE, encoding="utf-8")
    build_index(root / "docs", root / "index")
    return QABot.load(root / "index")


def test_the_unit_is_the_word_after_the_question_word() -> None:
    # newmm writes วันหลัง as one word; its first word is the unit.
    assert "วัน" in count_classifiers("ต้องเลือกตั้งใหม่ภายในกี่วันหลังยุบสภา")


def test_a_count_in_thai_words_answers_a_count_question(decree: QABot) -> None:
    for question in ("ต้องเลือกตั้งใหม่ภายในกี่วันหลังยุบสภา", "ต้องเลือกตั้งภายในกี่วัน"):
        answer = decree.ask(question)
        assert "สี่สิบห้าวัน" in answer.hits[0].text
        assert answer.evidence is not None
        assert answer.evidence.values["unit_missing"] == 0.0, question
        assert answer.verdict != "not_found", question
