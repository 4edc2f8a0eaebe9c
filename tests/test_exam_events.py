"""The one table of event verbs (qa_bot/events.py) and the rules that read its columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa_bot.events import (
    ASKED,
    EVENTS,
    GLOSS,
    HAPPENED,
    ORDER,
    SAID,
    asked_and_said,
    gloss_verbs,
    pattern,
)
from qa_bot.exam.glosses import EVENT_VERBS, event_verb
from qa_bot.exam.order import EARLIEST, LATEST, order_asked
from qa_bot.exam.years import event_unwritten

DOCUMENT = (
    Path(__file__).resolve().parent.parent / "corpus" / "asean_socio_cultural_community.th.txt"
).read_text(encoding="utf-8")


def _sentence_with(words: str) -> str:
    """The bundled document around where it first writes words (120 characters either side)."""
    at = DOCUMENT.index(words)
    return DOCUMENT[max(0, at - 120) : at + 120]


def test_an_english_verb_is_glossed_as_the_thai_verb_the_document_writes() -> None:
    # The document: "อาเซียนได้จัดตั้งเครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN)",
    # "ผู้นำประเทศสมาชิกอาเซียนได้ลงนามในฉันทามติอาเซียน…" — it never writes ก่อตั้ง.
    assert event_verb(DOCUMENT, "Established") == "จัดตั้ง"
    assert event_verb(DOCUMENT, "signed") == "ลงนาม"
    assert event_verb(DOCUMENT, "held") is None  # hold is left out: จัด is a syllable of การจัดการ
    assert EVENT_VERBS is gloss_verbs()


def test_every_event_the_document_names_is_written_as_a_verb_of_the_table() -> None:
    # Each GLOSS event with a Thai verb the bundled document writes: a misspelt table verb would
    # gloss an English claim as a word no Thai text holds.
    written = {thai for verbs in gloss_verbs().values() for thai in verbs if thai in DOCUMENT}
    assert written == {"ลงนาม", "รับรอง", "จัดตั้ง", "เสนอ", "ริเริ่ม"}


def test_one_english_word_glosses_one_event_only() -> None:
    glossed = [v.word for e in EVENTS for v in e.verbs if GLOSS in v.uses and v.word.isascii()]
    assert len(glossed) == len(set(glossed)) == len(gloss_verbs())


def test_a_founding_is_asked_and_said_as_the_document_says_it() -> None:
    # "In what year was the ASEAN University Network established?": the document's sentence
    # says the founding (จัดตั้ง); the sentence of Thailand's chairmanship says none of it.
    stem = "In what year was the ASEAN University Network established?"
    assert not event_unwritten(stem, _sentence_with("อาเซียนได้จัดตั้งเครือข่ายมหาวิทยาลัยอาเซียน"))
    chair = _sentence_with("โดยมีแผนที่จะเป็นเจ้าภาพจัดกิจกรรมระดับภูมิภาค")
    assert "จัดตั้ง" not in chair
    assert event_unwritten(stem, chair)


def test_a_thai_stem_asking_of_a_founding_does_not_ask_of_a_holding() -> None:
    # จัด asks of a holding, but not as the first syllable of จัดตั้ง (asked_unless); a sentence's
    # จัด says a holding wherever it is written.
    hold_asked, hold_said = next(
        (asked, said) for asked, said in asked_and_said() if asked.search("จัดขึ้นที่ใด")
    )
    assert not hold_asked.search("เครือข่ายมหาวิทยาลัยอาเซียนจัดตั้งขึ้นในปีใด")
    assert hold_said.search("จัดตั้ง")
    assert len(asked_and_said()) == 7  # found, adopt, sign, hold, start, propose, chair


@pytest.mark.parametrize(
    ("stem", "asked"),
    [
        ("Which was held first?", EARLIEST),
        ("Which of these declarations was adopted last?", LATEST),
        ("ข้อใดจัดขึ้นเร็วที่สุด", EARLIEST),
        ("ข้อใดเกิดขึ้นก่อน", EARLIEST),
        ("ข้อใดประชุมช้าที่สุด", LATEST),
        ("ข้อใดเพิ่มขึ้นเร็วที่สุด", None),  # grew fastest: no verb of happening
    ],
)
def test_a_verb_of_happening_makes_a_comparison_temporal(stem: str, asked: str | None) -> None:
    assert order_asked(stem) == asked


def test_each_use_reads_its_own_column() -> None:
    happened = re.compile(pattern(HAPPENED), re.IGNORECASE)
    assert happened.search("When was it ISSUED?") and not happened.search("ประชุม")
    assert "ประชุม" in pattern(ORDER) and "issued" not in pattern(ORDER)
    # A sentence says a chairing as ประธาน alone; a stem asks it as เป็นประธาน.
    assert re.search(pattern(SAID), "ประธาน") and not re.search(pattern(ASKED), "ประธาน")


def test_the_phase_column_is_what_sets_a_question_at_a_beginning() -> None:
    # answer/qualifiers.py reads the PHASE column: "when it was founded" asks the value at the
    # start, as "at first" does; a verb outside the column sets no phase.
    from qa_bot.answer.qualifiers import START, asked_phase
    from qa_bot.events import PHASE, english_alternatives

    phase_verbs = re.findall(r"[a-z]+(?:\\ [a-z]+)?", english_alternatives(PHASE))
    assert {v.replace("\\ ", " ") for v in phase_verbs} == {
        "founded",
        "established",
        "set up",
        "started",
    }
    for verb in ("founded", "established", "set up", "started"):
        assert asked_phase(f"How many staff did it have when it was {verb}?") == START
    assert asked_phase("How many staff did it have when it was renamed?") is None
