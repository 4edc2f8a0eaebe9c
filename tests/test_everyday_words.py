"""Everyday and kiosk wording of what the document names otherwise (FRESH17 §3, FRESH17a §3.1,
NOTE17 Left 6): a piece of the document's compound, romanised Thai, tone marks left out. The
expected words are the bundled document's (corpus/)."""

from __future__ import annotations

import pytest

from qa_bot.question_words import question_words
from qa_bot.search import retrieve
from qa_bot.sounds import romanised_words
from qa_bot.spelling import spelled


def test_a_piece_of_the_document_s_compound_finds_the_compound(bot) -> None:
    # The document writes "การให้ทุนการศึกษา" (the AUN's activities); newmm keeps ทุนการศึกษา
    # whole, so a question's "ทุน" matched no passage.
    words = question_words(bot.index, "ทุนเรียน")
    assert "ทุนการศึกษา" in words.compounds
    top = retrieve(bot.index, "ทุนเรียน").candidates[0].passage
    assert "ทุนการศึกษา" in top.text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("khong", "ของ"),  # was "thong": romanised Thai is no typo of an English word
        ("kan suksa", "การศึกษา"),  # RTGS writes การ kan: a final ร sounds n
        ("kaan suksa", "การศึกษา"),
        ("raeng ngan tang dao", "แรงงาน ต่างด้าว"),  # "tang" is English, and a syllable here
        ("Phuket kaya thale", "Phuket ขยะ ทะเล"),  # a name by sound stays for the names bonus
    ],
)
def test_romanised_thai_is_read_as_the_document_s_thai_word(bot, typed: str, read: str) -> None:
    assert spelled(bot.index, typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "ACAI yu thi nai",  # อยู่ที่ไหน: romanised stop words are joined into no word
        "patinya Yokyakarta",  # sounds like ปฏิญญา and พัฒนา alike: left as typed
        "What does ASEAN do about migrant workers?",
    ],
)
def test_words_that_spell_no_one_thai_word_stay(bot, typed: str) -> None:
    assert spelled(bot.index, typed) == typed


def test_the_official_romanisation_spells_the_word(bot) -> None:
    # The Royal Institute's romanisations of the document's words.
    for typed, thai in (
        ("kansueksa", "การศึกษา"),
        ("raengngan", "แรงงาน"),
        ("sitthi", "สิทธิ"),
    ):
        assert romanised_words(bot.index, typed, 0.85, 4) == (thai,)


def test_tone_marks_left_out_are_read_as_the_document_s_word(bot) -> None:
    # Kiosk typing drops every tone mark: ต่างด้าว has two, one edit would not reach it.
    assert spelled(bot.index, "สิทธิแรงงานตางดาว") == "สิทธิแรงงานต่างด้าว"
    assert spelled(bot.index, "ความรวมมือสิงแวดลอม") == "ความรวมมือสิ่งแวดล้อม"
