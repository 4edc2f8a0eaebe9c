"""A question's compound that the documents write across two of their words is a word they use
(FRESH10 §2: a decree's "ให้ยุบสภาผู้แทนราษฎร", which newmm cuts ยุบ|สภาผู้แทนราษฎร, asked about
as "ยุบสภา"): not unknown, so the question is not ruled out as one about something else."""

from __future__ import annotations

import pytest

from qa_bot import QABot, build_index
from qa_bot.known_words import is_known_word
from qa_bot.question_words import question_words
from qa_bot.text import tokenize
from qa_bot.vocabulary import knows, writes

# Sentences in the manner of a Royal Gazette decree (the sample's own words are not committed).
DECREE = (
    "พระราชกฤษฎีกา ยุบสภาผู้แทนราษฎร\n\n"
    "โดยที่นายกรัฐมนตรีได้นำความกราบบังคมทูลว่า สภาผู้แทนราษฎรชุดปัจจุบันจะสิ้นอายุในไม่ช้า "
    "จึงสมควรยุบสภาผู้แทนราษฎรเพื่อจัดให้มีการเลือกตั้งสมาชิกสภาผู้แทนราษฎรใหม่เป็นการทั่วไป\n\n"
    "มาตรา ๑ พระราชกฤษฎีกานี้ให้ใช้บังคับตั้งแต่วันประกาศในราชกิจจานุเบกษาเป็นต้นไป\n\n"
    "มาตรา ๒ ให้ยุบสภาผู้แทนราษฎร และให้มีการเลือกตั้งทั่วไปภายในสี่สิบห้าวัน\n"
)


@pytest.fixture(scope="module")
def decree_bot(tmp_path_factory) -> QABot:
    corpus = tmp_path_factory.mktemp("decree")
    (corpus / "decree.txt").write_text(DECREE, encoding="utf-8")
    index = tmp_path_factory.mktemp("built") / "index"
    build_index(corpus, index)
    return QABot.load(index)


def test_a_compound_written_across_the_text_s_words_is_known(decree_bot) -> None:
    index = decree_bot.index
    assert "ยุบสภา" in tokenize("ยุบสภาเพราะอะไร", knows(index))  # the question's one word
    assert "ยุบสภา" not in tokenize(DECREE)  # the text's words are ยุบ | สภาผู้แทนราษฎร
    assert writes(index, "ยุบสภา")
    assert is_known_word(index, "ยุบสภา")
    assert knows(index)("ยุบสภา")
    # A word the text never writes stays unknown.
    assert not writes(index, "โควิด") and not is_known_word(index, "โควิด")


def test_a_question_in_the_compound_is_not_ruled_out(decree_bot) -> None:
    answer = decree_bot.ask("ยุบสภาเพราะอะไร")
    assert answer.verdict != "not_found"
    assert answer.evidence.values["ruled_out"] == 0.0
    assert "ยุบสภาผู้แทนราษฎร" in answer.hits[0].text
    assert decree_bot.ask("โควิดคืออะไร").verdict == "not_found"


def test_a_nominalised_compound_is_the_compound_the_text_writes(decree_bot) -> None:
    # การ makes a noun of a verb: "การยุบสภา" is การ + ยุบสภา, which the decree writes only
    # across its words; newmm kept it whole and it was a word the text never uses (not_found).
    question = "เหตุผลในการยุบสภาคืออะไร"
    assert question_words(decree_bot.index, question).tokens[2:4] == ["การ", "ยุบสภา"]
    assert decree_bot.ask(question).verdict != "not_found"
    # A word of the text stays whole (การเลือกตั้ง), and so does one whose rest it never writes.
    assert "การเลือกตั้ง" in question_words(decree_bot.index, "การเลือกตั้งจัดเมื่อไร").tokens
    assert "การเมือง" in question_words(decree_bot.index, "การเมืองคืออะไร").tokens
