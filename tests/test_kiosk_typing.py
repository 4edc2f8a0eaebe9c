"""Kiosk typing: a key held down, English typos. A query typed so is answered as the same query
typed right; the expected words are the bundled document's (corpus/)."""

from __future__ import annotations

import json

import pytest

from qa_bot import cli
from qa_bot.question_words import question_words
from qa_bot.spelling import spelled
from qa_bot.text import normalize, tokenize

from .conftest import INDEX_DIR


def test_a_held_key_s_letters_at_a_word_s_end_are_one_letter() -> None:
    assert normalize("อาเซียนนนนน") == normalize("อาเซียน") == "อาเซียน"
    assert normalize("อาเซียนนน คืออะไร") == "อาเซียน คืออะไร"
    assert normalize("ASEANNNN?") == "asean?"
    assert tokenize("workplace safetyyyy") == tokenize("workplace safety")


@pytest.mark.parametrize(
    "text",
    [
        # Thai writes no spaces: a triple inside a stretch is one word's end and the next's
        # start (หรือ|ออก, ถนน|นนทบุรี, แบบ|บราวน์: the articles of bench/data/reading write them).
        "หรือออกเสียง",
        "ถนนนนทบุรี",
        "การเคลื่อนที่แบบบราวน์",
        "www",  # a word of one repeated letter is a word
        "coffee",
    ],
)
def test_repeated_letters_that_spell_words_stay(text: str) -> None:
    assert normalize(text) == text


def _same_answer(bot, typed: str, right: str) -> None:
    got, expected = bot.ask(typed), bot.ask(right)
    assert got.verdict == expected.verdict
    assert [(h.section_id, h.start) for h in got.hits] == [
        (h.section_id, h.start) for h in expected.hits
    ]


def test_a_held_key_is_answered_as_the_word(bot) -> None:
    # "อาเซียนนนนน" was not_found: its tail "นนนน" was an unknown word of the highest weight.
    _same_answer(bot, "อาเซียนนนนน", "อาเซียน")
    assert bot.ask("อาเซียนนนนน").verdict != "not_found"


def test_the_command_line_answers_a_held_key_as_the_word(capsys) -> None:
    verdicts = []
    for question in ("อาเซียนนนนน", "อาเซียน"):
        assert cli.main(["ask", question, "--json", "--index", str(INDEX_DIR)]) == 0
        verdicts.append(json.loads(capsys.readouterr().out)["verdict"])
    assert verdicts[0] == verdicts[1] != "not_found"


def test_an_english_typo_is_read_as_the_word_meant(bot) -> None:
    # The document writes "occupational safety and health" beside ความปลอดภัย; "safty" is one
    # letter from safety and from nothing else in the dictionary.
    assert spelled(bot.index, "workplace safty") == "workplace safety"
    assert "safeti" in question_words(bot.index, "workplace safty").tokens
    _same_answer(bot, "workplace safty", "workplace safety")
    # The only word one edit from "warehose": read so by the embedding as well.
    assert spelled(bot.index, "relief warehose") == "relief warehouse"
    assert spelled(bot.index, "the aseaan charter") == "the asean charter"


@pytest.mark.parametrize(
    "question",
    [
        "who was kaldi",  # a name: one edit from two lemmas (kali, kalki), neither the corpus's
        "Educaton cooperation",  # a capital: a name or a sentence's first word
        "the waggle dance",  # an English word the dictionary has no Thai term for
        "chai nat relief warehouse",  # a name the corpus writes in Thai letters (ชัยนาท)
        "has asean agreed on anything about that",  # two edits from "nothing": no typo
    ],
)
def test_names_and_words_are_no_typos(bot, question: str) -> None:
    assert spelled(bot.index, question) == question
