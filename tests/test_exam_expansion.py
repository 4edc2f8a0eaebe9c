"""An acronym's expansion the document writes whole beside it decides the pick
(exam/subject.py expansion_written).

Expected values come from the bundled document: "… ชีวอนามัยและความปลอดภัย (occupational safety
and health – OSH) …" (labour) and "… (ASEAN Leaders' Declaration on Antimicrobial Resistance
(AMR): …" (health).
"""

from __future__ import annotations

import pytest

from qa_bot import pipeline
from qa_bot.exam.subject import expansion_written

OSH = [
    "Occupational safety and health",
    "Organisation for social housing",
    "Overseas skills and hiring",
    "Office of social harmony",
]
AMR = [
    "Antimicrobial resistance",
    "Asian medical research",
    "Antibiotic market regulation",
    "ASEAN medicine registry",
]


def test_an_expansion_is_written_whole_right_before_its_acronym(bot) -> None:
    assert expansion_written(bot.index, "OSH stands for", "Occupational safety and health")
    assert expansion_written(bot.index, "What does AMR stand for?", "antimicrobial resistance")
    assert not expansion_written(bot.index, "OSH stands for", "Organisation for social housing")
    assert not expansion_written(bot.index, "AMR stands for", "Occupational safety and health")
    assert not expansion_written(bot.index, "What is it?", "Occupational safety and health")


@pytest.mark.parametrize(("stem", "choices"), [("OSH refers to", OSH), ("AMR stands for", AMR)])
def test_the_expansion_the_document_gives_is_decided(bot, stem, choices) -> None:
    answer = pipeline.ask(bot.index, stem, choices=choices, config=bot.config)
    assert answer.choice is not None and answer.choice.index == 0 and answer.choice.decided
