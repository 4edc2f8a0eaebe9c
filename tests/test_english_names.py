"""How a question writes English (qa_bot/english_names.py): functions of the text alone."""

from __future__ import annotations

from qa_bot.english_names import question_acronyms, written_as_names, written_in_capitals


def test_acronyms_are_whole_words_all_in_capitals_lowercased_as_tokens() -> None:
    question = "NATO กับ AUN ต่างกันอย่างไร (Centre, COVID19, G20, aun, A)"
    assert question_acronyms(question) == frozenset({"nato", "aun"})


def test_names_are_wider_than_acronyms() -> None:
    # A capital or a digit anywhere makes a name (cut into tokens, stemmed); only all-capital
    # words are acronyms.
    question = "What did the AHA Centre do after COVID19?"
    assert {"aha", "centr", "covid", "19"} <= written_as_names(question)
    assert question_acronyms(question) == frozenset({"aha"})


def test_a_text_s_acronyms_keep_their_case_and_count_once() -> None:
    text = "ASEAN และ AUN; ASEAN อีกครั้ง แต่ไม่ใช่ Asean หรือ ASEAN2025"
    assert written_in_capitals(text) == {"ASEAN", "AUN"}
