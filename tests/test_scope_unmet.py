"""Scope feature unmet_rarity (scope/spellings.translation_signals): how rare the rarest English
word of a question is that the Thai text meets in no Thai term. A near-miss asks about something
the document has no word for ("the ASEAN anthem": the document writes no Thai term of anthem,
เพลงสดุดี or เพลงสวดสรรเสริญ); an answerable question's words are all said ("Which city hosted
the 32nd ASEAN Summit?" over a document that names the city of each summit).

What is expected is what the bundled document writes (and does not write).
"""

from __future__ import annotations

from qa_bot.lexicon import dictionary_terms
from qa_bot.scope import features
from qa_bot.search import retrieve

from .conftest import CORPUS_DIR

DOCUMENT = (CORPUS_DIR / "asean_socio_cultural_community.th.txt").read_text(encoding="utf-8")


def _unmet(bot, question: str) -> float:
    values, _ = features(bot.index, retrieve(bot.index, question, k=5))
    return values["unmet_rarity"]


def test_a_word_the_document_has_no_term_for_is_unmet(bot) -> None:
    assert not any(term in DOCUMENT for term in dictionary_terms("anthem"))
    assert _unmet(bot, "What is the name of the ASEAN anthem?") > 0.5


def test_every_word_said_leaves_nothing_unmet(bot) -> None:
    assert "ประชุมสุดยอดอาเซียน" in DOCUMENT and "ครั้งที่ 32" in DOCUMENT
    assert _unmet(bot, "Which city hosted the 32nd ASEAN Summit?") == 0.0


def test_a_thai_question_has_no_english_word_to_meet(bot) -> None:
    assert _unmet(bot, "อาเซียนมีเพลงประจำหรือไม่") == 0.0
