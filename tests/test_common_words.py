"""An English dictionary word is no name where the question's case cannot tell (FRESH12 §6):
"What aircraft did she maintain?" over a Thai story beside a package page whose one English
line "Author, maintainer" made "maintain" a rare Latin word of the corpus, and the name bonus
lifted that line over the story's passage."""

from __future__ import annotations

import shutil

import pytest

from qa_bot import QABot
from qa_bot.lexicon import common_word
from qa_bot.question_words import question_words
from qa_bot.store import build_index

from .conftest import ASEAN_FILE


def test_words_wordnet_writes_in_lower_case_are_common() -> None:
    assert common_word("maintain") and common_word("days") and common_word("network")
    # Names WordNet writes only with a capital, and words it does not have, are not.
    assert not common_word("bangkok") and not common_word("asean")
    assert not common_word("samca") and not common_word("chainat")


def test_a_common_word_is_no_name_where_case_cannot_tell(bot) -> None:
    # The document writes "(ASEAN University Network: AUN)" and "(SAMCA)": both words are rare
    # Latin words of the corpus.
    text = ASEAN_FILE.read_text(encoding="utf-8")
    assert "University Network" in text and "SAMCA" in text
    assert question_words(bot.index, "when was samca held").names.keys() == {"samca"}
    assert "network" not in question_words(bot.index, "what does the university network do").names
    # A writer who capitalises names it so.
    assert "network" in question_words(bot.index, "What does the University Network do?").names


# A package page's furniture, as an HTML page's extracted lines read (written for this test).
_PAGE = "Developers\n\nSomchai Jaidee\nAuthor, maintainer\n\nLast Updated: 2022-03-21\n"


@pytest.mark.slow
def test_an_english_question_is_not_pulled_to_a_furniture_line(tmp_path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    shutil.copyfile(ASEAN_FILE, corpus / ASEAN_FILE.name)
    (corpus / "package_page.en.txt").write_text(_PAGE, encoding="utf-8")
    build_index(corpus, index)
    bot = QABot.load(index)
    # The document: "…คลังเก็บสิ่งของช่วยเหลือของอาเซียน … ระยะที่ 2 ที่จังหวัดชัยนาท".
    # Before, "maintain" was a name here and the page's line came first.
    for question in (
        "who will maintain the relief warehouse",
        "what is maintained in the relief warehouse",
    ):
        top = bot.ask(question).hits[0]
        assert top.document == ASEAN_FILE.name, question
        assert "ชัยนาท" in top.text
