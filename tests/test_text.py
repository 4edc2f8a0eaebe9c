"""Normalisation, tokens and question checks, the same on both sides."""

from __future__ import annotations

import pytest

from qa_bot.errors import QuestionError
from qa_bot.text import (
    MAX_QUESTION_CHARS,
    check_question,
    clean,
    is_content_word,
    normalize,
    tokenize,
    with_year_variants,
    year_variants,
)


def test_normalize_folds_forms_digits_case_and_invisible_characters() -> None:
    decomposed = "ก\u0e33"  # sara am written as nikhahit + sara aa
    assert normalize("ASEAN\u200b ๒๕๖๑") == "asean 2561"
    assert normalize("  a \t\n b ") == "a b"
    assert normalize("เเรงงาน") == "แรงงาน"  # two sara e typed for sara ae
    assert normalize(decomposed) == normalize("กำ")


def test_clean_keeps_case_and_digits_but_drops_controls() -> None:
    assert clean("AQRF\x00 ๑\u200d") == "AQRF ๑"


def test_tokens_are_thai_words_with_latin_and_numbers_whole() -> None:
    tokens = tokenize("เครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN) ปี 2562!")
    assert "เครือข่าย" in tokens and "มหาวิทยาลัย" in tokens
    assert {"asean", "university", "network", "aun", "2562"} <= set(tokens)
    assert all(t.strip() and t not in "()!:" for t in tokens)


def test_same_tokens_for_differently_typed_text() -> None:
    assert tokenize("AS\u200bEAN Uni\u00adversity ๒๕๖๒") == tokenize("asean university 2562")


def test_years_are_also_searched_in_the_other_era() -> None:
    assert year_variants("2561") == ["2018"]
    assert year_variants("2018") == ["2561"]
    assert year_variants("28") == []
    assert "2018" in with_year_variants(tokenize("ประชุม ๒๕๖๑"))


def test_question_words_are_not_content_words() -> None:
    assert not is_content_word("อะไร")
    assert not is_content_word("ใด")
    assert not is_content_word("the")
    assert is_content_word("แรงงาน")


@pytest.mark.parametrize(
    "question",
    ["", "   \n\t", "\u200b\u200b", "?!?", "😀😀", "x" * (MAX_QUESTION_CHARS + 1), None],
)
def test_questions_that_cannot_be_asked(question: object) -> None:
    with pytest.raises(QuestionError) as error:
        check_question(question)
    assert error.value.message_th and error.value.message_en


def test_a_normal_question_is_cleaned() -> None:
    assert check_question("  AQRF\u200b คืออะไร \x07") == "AQRF คืออะไร"
