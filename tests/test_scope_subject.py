"""Scope feature "subject_value": the question's named subject (an acronym the corpus writes, an
ordinal) written beside a value of the asked type in one stretch of the answer sentence (FRESH17
§6: right sentences left uncertain).

Sentences are cut from the bundled document between two phrases it writes, so what is expected is
what the document says: it places the ACAI centre in กรุงเทพฯ, and gives the 8th AMCA meeting's
date (24 October 2018), but no 9th meeting and no seat of the ASEAN Secretariat.
"""

from __future__ import annotations

from qa_bot.scope import features
from qa_bot.scope.subject import named_subject
from qa_bot.search import retrieve

from .conftest import CORPUS_DIR

DOCUMENT = (CORPUS_DIR / "asean_socio_cultural_community.th.txt").read_text(encoding="utf-8")


def _between(first: str, last: str) -> str:
    """The document's text from `first` through `last` (the first such span)."""
    start = DOCUMENT.index(first)
    return DOCUMENT[start : DOCUMENT.index(last, start) + len(last)]


ACAI = _between("โดยเสนอให้มีการจัดตั้งศูนย์อาเซียนเพื่อผู้สูงวัย", "ACAI) ที่กรุงเทพฯ")
AMCA = _between("และล่าสุด เมื่อวันที่ 24 ตุลาคม", "(AMCA) ครั้งที่ 8")


def _subject_value(bot, question: str, sentence: str) -> float:
    values, _ = features(bot.index, retrieve(bot.index, question, k=5), answer_sentence=sentence)
    return values["subject_value"]


def test_the_document_places_the_acai_centre_beside_its_name(bot) -> None:
    assert _subject_value(bot, "Where will the ACAI centre be set up?", ACAI) == 1.0
    # A sentence about the 8th AMCA holds a place too, but not the ACAI.
    assert _subject_value(bot, "Where will the ACAI centre be set up?", AMCA) == 0.0


def test_the_document_dates_the_eighth_meeting_not_a_ninth(bot) -> None:
    asked = "การประชุมรัฐมนตรีวัฒนธรรมครั้งที่ {} จัดวันที่เท่าไร"
    assert _subject_value(bot, asked.format(8), AMCA) == 1.0
    assert _subject_value(bot, asked.format(9), AMCA) == 0.0


def test_a_question_asking_no_value_names_no_subject_value(bot) -> None:
    assert _subject_value(bot, "ACAI คืออะไร", ACAI) == 0.0


def test_a_word_of_nearly_every_passage_is_no_subject(bot) -> None:
    # "ASEAN" is written all over a document about ASEAN: it names nothing in particular.
    retrieval = retrieve(bot.index, "Where is the ASEAN Secretariat located?", k=5)
    assert named_subject(bot.index, retrieval, bot.config.scope) == []
