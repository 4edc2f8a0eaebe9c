"""A choice whose year the documents give otherwise where they say the rest of it.

"It aims to end the AIDS epidemic by 2025" found its every word in "… To End the AIDS Epidemic
by 2030" but the year, and scored as the best choice: a year weighs little beside the words
(the document writes 2025 elsewhere, so it is no rare unit). An exam changes the year of a true
statement to make a distractor; where the place that says the choice's words writes another
year and not the choice's, the documents give that year, not the choice's. Years are matched
in either era (matching.units: 2561 ↔ 2018); other numbers (days, ordinals, counts) stand too
close to one another in running text ("ครั้งที่ 8 … 24 ตุลาคม") to tell a different value from
another fact, and are left alone.
"""

from __future__ import annotations

import re

import numpy as np

from ..events import HAPPENED, asked_and_said, pattern
from ..places import places_in
from ..text import BE_CE_OFFSET, BUDDHIST_ERA_YEARS, YEAR_IN_TEXT, christian_year, normalize
from .binding import clauses_of
from .matching import PassageUnits
from .parse import stem_topic
from .support import Query

# Christian-era years as matching.units writes them ("#2018"): the Buddhist-era years the text
# module reads as years, less the offset between the eras.
_YEARS = range(BUDDHIST_ERA_YEARS.start - BE_CE_OFFSET, BUDDHIST_ERA_YEARS.stop - BE_CE_OFFSET)


def year_unit(unit: str) -> bool:
    """Whether a matching unit is a year ("#2018"; not "#28", "~aids")."""
    return unit.startswith("#") and unit[1:].isdigit() and int(unit[1:]) in _YEARS


def other_year(pu: PassageUnits, query: Query, centre: float, half: float) -> bool:
    """Whether, within half (reading distance) of centre in the passage, the text writes a year
    that the choice does not and none of the years the choice does; False for a choice without
    a year."""
    mine = [u for u in query.weights if year_unit(u)]
    if not mine:
        return False

    def near(unit: str) -> bool:
        positions = pu.positions.get(unit)
        return positions is not None and bool((np.abs(positions - centre) <= half).any())

    if any(near(u) for u in mine):
        return False
    return any(year_unit(u) and u not in query.weights and near(u) for u in pu.positions)


# A year after these words is a deadline, not when something happened (dates.py reads a bare
# year as an event's time only after a temporal preposition, and ภายใน / by are not: "ยุติการ
# ระบาดของเอดส์ภายในปี 2030", "end the AIDS epidemic by 2030").
_DEADLINE_BEFORE = re.compile(
    r"(?:ภายใน|ไม่เกิน|\bby|\bwithin|\bbefore)\s*(?:ปี|the year|year)?\s*"
    r"(?:(?:พ|ค)\.\s?ศ\.|b\.\s?e\.|c\.\s?e\.|a\.\s?d\.)?\s*$",
    re.IGNORECASE,
)
# A stem that asks when something happened, not what it aims at: its verbs of happening
# (events.py's HAPPENED column: เกิด, จัด, ลงนาม, รับรอง, ประกาศ, ก่อตั้ง, เริ่ม; happened, held,
# signed, adopted, founded, established, launched, issued) and none of a deadline's or a
# target's words.
_HAPPENED = re.compile(pattern(HAPPENED), re.IGNORECASE)
_TARGET = re.compile(
    r"ภายใน|เป้า|ถึงปี|ไม่เกิน|สิ้นสุด|\b(?:by|aims?|target|goal|until|deadline|end)\b",
    re.IGNORECASE,
)


def deadline_only(sentence: str, choice: str, stem: str) -> bool:
    """Whether a choice that is a year (either era) is written in the sentence only as a deadline
    (after `_DEADLINE_BEFORE`'s words) while the stem asks when something happened (`_HAPPENED`,
    without `_TARGET`'s words): the year a declaration aims at is not the year it was adopted
    (FRESH23 T15: "… ได้รับการรับรองในปี พ.ศ. ใด" picked พ.ศ. 2573 from "… ยุติการระบาดของเอดส์
    ภายในปี 2030"). False when the choice is no year, the sentence does not write it, or the
    stem asks a deadline."""
    mine = {christian_year(int(y)) for y in YEAR_IN_TEXT.findall(choice)}
    if len(mine) != 1 or not _HAPPENED.search(stem) or _TARGET.search(stem):
        return False
    spots = [m for m in YEAR_IN_TEXT.finditer(sentence) if christian_year(int(m[0])) in mine]
    return bool(spots) and all(_DEADLINE_BEFORE.search(sentence[: m.start()]) for m in spots)


def event_unwritten(stem: str, text: str) -> bool:
    """Whether the stem asks of an event that the text writes none of: the events a stem may
    ask the year or the agent of (founding, adopting, signing, holding, starting, proposing,
    chairing), each as a stem asks it and as a sentence that says it writes it (events.py's
    ASKED and SAID columns)."""
    asked = [said for stem_form, said in asked_and_said() if stem_form.search(stem)]
    return bool(asked) and not any(said.search(text) for said in asked)


def event_unsaid(sentence: str, choice: str, stem: str, following: str = "") -> bool:
    """Whether a choice that is a year (either era) is written in a sentence that says none of
    the events the stem asks the year of (`event_unwritten`), nor does the sentence following it
    (following: a Thai sentence is often cut at an abbreviation's full stop before its verb,
    "… ค.ศ. 2016 ที่เวียงจันทน์ สปป. | ลาว ได้ให้การรับรอง …"): the sentence dates something else.
    "In what year was the ASEAN University Network established?" is not answered by "… ไทยจะ
    ผลักดันการยกระดับเครือข่ายดังกล่าว … ในปี 2562", which upgrades the network (FRESH23 N3:
    decided 2019, sure). False when the choice is no year, the sentence does not write it, or
    the stem asks of no such event."""
    mine = {christian_year(int(y)) for y in YEAR_IN_TEXT.findall(choice)}
    if len(mine) != 1 or not any(
        christian_year(int(m[0])) in mine for m in YEAR_IN_TEXT.finditer(sentence)
    ):
        return False
    return event_unwritten(stem, f"{sentence} {following}")


def year_of_another_place(sentence: str, choice: str, stem: str) -> bool:
    """Whether a choice that is a year (either era) is written only in clauses (binding.
    clauses_of) that name places, none of them the one the stem's topic names: the year dates
    another place's thing. "ปฏิญญาบันดาร์เสรีเบกาวันว่าด้วยวัฒนธรรมและศิลปะได้รับการรับรองในปี พ.ศ. ใด" is
    not answered by "… ปฏิญญาบันดาร์เสรีเบกาวันว่าด้วย … และล่าสุด เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018
    ที่ประชุม … ที่เมืองยอกยาการ์ตา อินโดนีเซีย ได้ให้การรับรองปฏิญญายอกยาการ์ตา …", which dates the
    Yogyakarta declaration (FRESH24 N10, FRESH23 N4: 2561 / 2018 decided). Places are places.
    places_in's (whole names: the city a declaration is named after is its name's). False when
    the choice is no year, the stem names no place or the sentence does not write the year; a
    clause that names no place may be the stem's thing's and keeps the year."""
    mine = {christian_year(int(y)) for y in YEAR_IN_TEXT.findall(choice)}
    if len(mine) != 1:
        return False
    asked = places_in(stem_topic(stem))
    if not asked:
        return False
    text = normalize(sentence)
    dated = [
        text[a:b]
        for a, b in clauses_of(text)
        if any(christian_year(int(y)) in mine for y in YEAR_IN_TEXT.findall(text[a:b]))
    ]
    return bool(dated) and all(
        (named := places_in(clause)) and not named & asked for clause in dated
    )
