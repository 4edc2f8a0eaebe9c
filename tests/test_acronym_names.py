"""An acronym the document never writes, of a name it writes out (FRESH10 §5): the bundled
document (corpus/) names "ASEAN Socio-Cultural Community" in English but never writes ASCC, and
"How many sectors are in the ASCC framework?" matched nothing of it."""

from __future__ import annotations

import pytest

from qa_bot.spelling import spelled
from qa_bot.vocabulary import initialisms


def test_the_initials_of_the_document_s_names_give_the_name(bot) -> None:
    names = initialisms(bot.index)
    assert names["ascc"] == "ASEAN Socio-Cultural Community"
    assert names["asccb"] == "ASEAN Socio-Cultural Community Blueprint"
    assert names["aqrf"] == "ASEAN Qualifications Reference Framework"
    assert names["sdg"] == "Sustainable Development Goals"


def test_an_acronym_the_document_never_writes_is_read_as_its_name(bot) -> None:
    question = "How many sectors are in the ASCC framework?"
    assert spelled(bot.index, question) == (
        "How many sectors are in the ASEAN Socio-Cultural Community framework?"
    )
    assert spelled(bot.index, "SDGs คืออะไร") == "Sustainable Development Goals คืออะไร"
    # One edit from the document's ASCN too, but the initials of its name: the community.
    assert spelled(bot.index, "What is the ASCC Blueprint?") == (
        "What is the ASEAN Socio-Cultural Community Blueprint?"
    )
    # The pillar's overview, whose first paragraphs name its 15 sectors, comes first.
    assert bot.ask(question).hits[0].section_id == 0


@pytest.mark.parametrize(
    "question",
    [
        "What does AUN do?",  # the document writes AUN: it stays
        "What is NATO?",  # the initials of none of the document's names
        "Is the AC in Bangkok?",  # two letters are the initials of too many names
    ],
)
def test_other_acronyms_stay_as_written(bot, question: str) -> None:
    assert spelled(bot.index, question) == question
