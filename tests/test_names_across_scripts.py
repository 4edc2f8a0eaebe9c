"""A name written in one script in the question and in the other in the document (FRESH10 §2):
the bundled document (corpus/) writes อาเซียน in Thai letters in every passage and "ASEAN" only in
its English names in brackets. "ASEAN มีกี่สาขา" was not_found while "อาเซียนมีกี่สาขา" was answered
from the overview's "ประกอบด้วย 15 สาขา"."""

from __future__ import annotations

import pytest

from qa_bot.question_words import question_words
from qa_bot.spelling import spelled


def _top(bot, question: str) -> tuple[str, int | None, int | None]:
    answer = bot.ask(question)
    top = answer.hits[0] if answer.hits else None
    return answer.verdict, top and top.section_id, top and top.start


@pytest.mark.parametrize("typed", ["ASEAN มีกี่สาขา", "asean มีกี่สาขา", "aseanมีกี่สาขาา"])
def test_a_thai_question_naming_asean_in_latin_letters_is_asked_as_the_text_writes_it(
    bot, typed: str
) -> None:
    assert _top(bot, typed) == _top(bot, "อาเซียนมีกี่สาขา")
    verdict, section, _ = _top(bot, typed)
    assert (verdict, section) == ("answered", 0)  # the overview: "ประกอบด้วย 15 สาขา"


def test_the_latin_word_is_read_in_the_thai_letters_the_corpus_writes(bot) -> None:
    assert spelled(bot.index, "ASEAN มีกี่สาขา") == "อาเซียน มีกี่สาขา"
    assert question_words(bot.index, "asean มีกี่สาขา").tokens[0] == "อาเซียน"


@pytest.mark.parametrize(
    "question",
    [
        "How many sectors does ASEAN have?",  # an English question keeps its words
        "ADDMER มีจุดประสงค์อะไร",  # a name of the corpus: no dictionary term, written as it is
        "AHA Centre ตั้งอยู่ที่ไหน",  # a word the corpus writes only in Latin letters
    ],
)
def test_other_latin_words_stay_as_written(bot, question: str) -> None:
    assert spelled(bot.index, question) == question


def test_an_english_question_counts_the_name_s_thai_spelling_not_its_descriptions(bot) -> None:
    # The dictionary's terms for "ASEAN" are อาเซียน and descriptions of it (กลุ่มประเทศ…,
    # สมาคมประชาชาติแห่ง…): only the spelling that sounds like the name is searched.
    words = question_words(bot.index, "Which sectors does ASEAN cover?")
    assert "อาเซียน" in words.translated
    assert not {"กลุ่ม", "ประเทศ", "แห่ง"} & set(words.translated)
