"""A count question's unit is the word after กี่ as written (FRESH12 §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot import QABot
from qa_bot.answer_types import count_classifiers
from qa_bot.english_names import counted_terms, counted_words

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


def test_an_english_count_is_counted_in_the_thai_terms_of_its_noun() -> None:
    assert counted_words("How many member countries does the ARF have?") == ("member", "countries")
    assert counted_words("What is the ASEAN Secretariat?") == ()
    assert "ประเทศ" in counted_terms("How many member countries does the ARF have?")
    # WordNet lists "days" as a lemma of its own (an era: ปี); a count of days is in วัน.
    assert "วัน" in counted_terms("Within how many days must the election be held?")
    assert "ครั้ง" in counted_terms("How many times has Phuket hosted the meeting?")


def test_an_english_count_question_reads_a_count_in_thai_words(decree: QABot) -> None:
    answer = decree.ask("Within how many days must the general election be held?")
    assert "สี่สิบห้าวัน" in answer.hits[0].text
    assert answer.evidence is not None
    assert answer.evidence.values["unit_missing"] == 0.0


def test_an_ordinal_of_a_series_counts_only_when_asked() -> None:
    from qa_bot.answer_types import has_count_of

    # The document: "ดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง", "ประชุมสุดยอดอาเซียน ครั้งที่ 32".
    assert has_count_of("ดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง", "ฉบับ", ordinal=True)
    assert has_count_of("การประชุมสุดยอดอาเซียน ครั้งที่ 32", "ครั้ง", ordinal=True)
    assert not has_count_of("ดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง", "ฉบับ")
    # ข้อ names an item, not the last of a series: "ข้อที่ 5" (a made-up clause) is no count.
    assert not has_count_of("ตามข้อที่ 5 ของแผนงาน", "ข้อ", ordinal=True)
