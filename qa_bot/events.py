"""The verbs of events, English and Thai: one table that every rule about events reads.

An exam asks when a document was signed, who founded a network, which meeting was held first;
its choices say a declaration was adopted or proposed. Five rules read the same verbs: a choice's
English event word glossed as the Thai verb the document writes (exam/glosses.EVENT_VERBS), a
stem that asks when something happened (exam/years.deadline_only), the event a stem asks the year
of and a sentence must say (exam/years.event_unwritten / event_unsaid, exam/binding's two events
in one sentence), a verb of happening before "first" or เร็วที่สุด (exam/order.order_asked), and a
question that asks a value "when it was founded" (answer/qualifiers.py). Below both the exam and
the answer steps (pyproject.toml's layers), so that each reads it. Each reads its own column
(`Use`) of `EVENTS`; a verb's row says which. The columns differ on purpose, each for its own
rule's reason, given at the row.

The Thai verbs are the Royal Institute Dictionary's (พจนานุกรม ฉบับราชบัณฑิตยสถาน) for each English
verb: ก่อตั้ง / จัดตั้ง / สถาปนา "found, establish"; รับรอง "adopt, endorse"; ลงนาม "sign"; จัด /
เป็นเจ้าภาพ "hold, host"; ริเริ่ม / เริ่ม / เปิดตัว "initiate, start, launch"; เสนอ / ข้อริเริ่ม
"propose, initiative"; เป็นประธาน "chair"; เกิด "happen, occur"; ประกาศ "announce, issue". English
forms are written out whole (no patterns), lower case, matched without regard to case.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import cache


class Use(enum.Flag):
    """Which rule reads a verb (a row may serve several)."""

    # glosses.EVENT_VERBS: a choice's English word (key) is matched as the event's Thai verbs
    # (values, in table order: the first the passages write is taken).
    GLOSS = enum.auto()
    # years._HAPPENED: the stem asks when something happened (a year that is only a deadline
    # does not answer it).
    HAPPENED = enum.auto()
    # order.py: a verb of happening before a temporal comparison (เร็วที่สุด, "held first").
    ORDER = enum.auto()
    # years._EVENTS, the stem's side: the stem asks the year or agent of this event.
    ASKED = enum.auto()
    # years._EVENTS, the sentence's side: a sentence that says this event.
    SAID = enum.auto()
    # answer/qualifiers.py: a question that sets its value at a thing's beginning by the event
    # that began it ("when it was founded"), in the past form a question asks with.
    PHASE = enum.auto()


GLOSS, HAPPENED, ORDER, ASKED, SAID = Use.GLOSS, Use.HAPPENED, Use.ORDER, Use.ASKED, Use.SAID
PHASE = Use.PHASE
EVERY = GLOSS | HAPPENED | ORDER | ASKED | SAID


@dataclass(frozen=True)
class Verb:
    """One written form of an event's verb and the rules that read it.

    word: Thai, or English in lower case (a phrase may hold a space: "set up").
    asked_unless: as a stem's word (ASKED) only, not where this follows it (จัด of จัดตั้ง, which
    asks of a founding, not a holding); the other uses read the word wherever it is written.
    """

    word: str
    uses: Use
    asked_unless: str = ""

    @property
    def thai(self) -> bool:
        """Whether the word is Thai (searched anywhere) rather than English (whole words)."""
        return not self.word.isascii()


@dataclass(frozen=True)
class Event:
    """An event and the forms of its verb: name (English, for reading), verbs (table order)."""

    name: str
    verbs: tuple[Verb, ...]


# Why the columns differ. GLOSS: verbs only, the nouns' own dictionary terms being right
# (proposal → ข้อเสนอ, establishment → การจัดตั้ง); "found" is also find's past; "hold" is left
# out, its Thai verb จัด being a syllable of การจัดการ (management), written all over; "host" has
# its own term (เจ้าภาพ). HAPPENED / ORDER: the past forms a stem asks with ("was signed", "held
# first") and the Thai verbs a stem says happening with (not ขึ้น: "เพิ่มขึ้นเร็วที่สุด" grew
# fastest); ORDER adds ประชุม (a meeting is an event in time) and the plain verbs of happening.
# ASKED / SAID: a sentence says an event in more forms than a stem asks it in (its nouns,
# "meeting", "summit"; ตั้งขึ้น; a Thai sentence's ประธาน without เป็น).
EVENTS: tuple[Event, ...] = (
    Event(
        "found",
        (
            Verb("ก่อตั้ง", EVERY),
            Verb("จัดตั้ง", GLOSS | ASKED | SAID),
            Verb("สถาปนา", ASKED | SAID),
            Verb("ตั้งขึ้น", SAID),
            Verb("found", SAID),
            Verb("founded", GLOSS | HAPPENED | ASKED | SAID | PHASE),
            Verb("founding", SAID),
            Verb("establish", GLOSS | SAID),
            Verb("established", GLOSS | HAPPENED | ASKED | SAID | PHASE),
            Verb("establishing", GLOSS | SAID),
            Verb("establishment", SAID),
            Verb("set up", ASKED | SAID | PHASE),
            Verb("created", ASKED),
            Verb("formed", ASKED),
        ),
    ),
    Event(
        "adopt",
        (
            Verb("รับรอง", EVERY),
            Verb("adopt", GLOSS | SAID),
            Verb("adopts", GLOSS),
            Verb("adopted", EVERY),
            Verb("adopting", GLOSS),
            Verb("adoption", SAID),
            Verb("endorse", GLOSS | SAID),
            Verb("endorsed", GLOSS | ASKED | SAID),
            Verb("endorses", SAID),
        ),
    ),
    Event(
        "sign",
        (
            Verb("ลงนาม", EVERY),
            Verb("sign", GLOSS | SAID),
            Verb("signs", GLOSS),
            Verb("signed", EVERY),
            Verb("signing", GLOSS | SAID),
        ),
    ),
    Event(
        "hold",
        (
            Verb("จัด", HAPPENED | ORDER | ASKED | SAID, asked_unless="ตั้ง"),
            Verb("เจ้าภาพ", ASKED | SAID),
            Verb("ประชุม", ORDER | SAID),
            Verb("hold", SAID),
            Verb("held", HAPPENED | ORDER | ASKED | SAID),
            Verb("host", ASKED | SAID),
            Verb("hosted", ASKED | SAID),
            Verb("organised", ASKED | SAID),
            Verb("organized", ASKED | SAID),
            Verb("meeting", SAID),
            Verb("summit", SAID),
        ),
    ),
    Event(
        "start",
        (
            Verb("ริเริ่ม", GLOSS | ASKED | SAID),
            Verb("เริ่ม", HAPPENED | ORDER | SAID),
            Verb("เปิดตัว", ASKED | SAID),
            Verb("launch", SAID),
            Verb("launched", HAPPENED | ASKED | SAID),
            Verb("initiate", GLOSS),
            Verb("initiated", GLOSS | ASKED | SAID),
            Verb("initiative", GLOSS | SAID),
            Verb("start", SAID),
            Verb("started", ASKED | SAID | PHASE),
            Verb("began", ASKED | SAID),
            Verb("begun", SAID),
        ),
    ),
    Event(
        "propose",
        (
            Verb("เสนอ", GLOSS | ASKED | SAID),
            Verb("ข้อริเริ่ม", ASKED),
            Verb("ริเริ่ม", SAID),
            Verb("propose", GLOSS),
            Verb("proposed", GLOSS | ASKED | SAID),
            Verb("proposing", GLOSS),
            Verb("proposal", SAID),
            Verb("suggested", ASKED | SAID),
            Verb("suggestion", SAID),
            Verb("initiative", ASKED | SAID),
            Verb("initiated", SAID),
        ),
    ),
    Event(
        "chair",
        (
            Verb("เป็นประธาน", ASKED),
            Verb("ดำรงตำแหน่งประธาน", ASKED),
            Verb("ประธาน", SAID),
            Verb("chair", ASKED | SAID),
            Verb("chairs", ASKED | SAID),
            Verb("chaired", ASKED | SAID),
            Verb("chairing", ASKED | SAID),
            Verb("chairman", SAID),
            Verb("chairmanship", ASKED | SAID),
        ),
    ),
    Event(
        "happen",
        (
            Verb("เกิด", HAPPENED | ORDER),
            Verb("happen", ORDER),
            Verb("happened", HAPPENED | ORDER),
            Verb("occur", ORDER),
            Verb("occurred", ORDER),
            Verb("came", ORDER),
            Verb("come", ORDER),
            Verb("took place", ORDER),
            Verb("take place", ORDER),
        ),
    ),
    Event("announce", (Verb("ประกาศ", HAPPENED | ORDER), Verb("issued", HAPPENED))),
)


def _verbs(use: Use, events: tuple[Event, ...] = EVENTS) -> list[Verb]:
    return [v for event in events for v in event.verbs if use in v.uses]


def _form(verb: Verb, use: Use) -> str:
    unless = f"(?!{re.escape(verb.asked_unless)})" if verb.asked_unless and use is ASKED else ""
    return re.escape(verb.word) + unless


def thai_alternatives(use: Use) -> str:
    """The Thai verbs one use reads as one regex alternation, "(?:เกิด|จัด|…)" (not bounded:
    Thai writes no spaces between words)."""
    return "(?:" + "|".join(_form(v, use) for v in _verbs(use) if v.thai) + ")"


def english_alternatives(use: Use) -> str:
    """The English forms one use reads as one regex alternation, "(?:happened|held|…)", not
    bounded (the caller puts it between its own word boundaries); match it ignoring case."""
    return "(?:" + "|".join(_form(v, use) for v in _verbs(use) if not v.thai) + ")"


def pattern(use: Use, events: tuple[Event, ...] = EVENTS) -> str:
    """The verbs one use reads, Thai anywhere or English as whole words: a regex to search
    ignoring case ("" when the events have no verb for the use)."""
    verbs = _verbs(use, events)
    thai = [_form(v, use) for v in verbs if v.thai]
    english = [_form(v, use) for v in verbs if not v.thai]
    if english:
        thai.append(r"\b(?:" + "|".join(english) + r")\b")
    return "|".join(thai)


@cache
def gloss_verbs() -> dict[str, tuple[str, ...]]:
    """English event word (lower case) → the Thai verbs it is glossed as, in table order (the
    GLOSS column). Raises ValueError when one English word glosses two events (a table error)."""
    glossed: dict[str, tuple[str, ...]] = {}
    for event in EVENTS:
        words = [v for v in event.verbs if GLOSS in v.uses]
        thai = tuple(v.word for v in words if v.thai)
        for verb in words:
            if not verb.thai:
                if verb.word in glossed:
                    raise ValueError(f"{verb.word!r} glosses two events")
                glossed[verb.word] = thai
    return glossed


@cache
def asked_and_said() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """For each event a stem may ask of (the ASKED column): (how a stem asks it, how a sentence
    says it: the SAID column), compiled to search ignoring case."""
    return tuple(
        (
            re.compile(pattern(ASKED, (event,)), re.IGNORECASE),
            re.compile(pattern(SAID, (event,)), re.IGNORECASE),
        )
        for event in EVENTS
        if any(ASKED in v.uses for v in event.verbs)
    )
