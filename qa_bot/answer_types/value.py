"""Whether a text holds a value of a type (`has_value`) and whether it states one as an answer
does (`states_value`, `asked_parts`); the time, ordinal and person patterns, which no other
module reads."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import normalize
from .count import count_in
from .date import asked_date_parts, date_in, date_stated
from .kinds import COUNT, DATE, ORDINAL, PERSON, PLACE, TIME
from .numerals import NUMBER, THAI_NUMERALS
from .place import place_in, place_stated, which_place_asked

_TIME_VALUE = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:น\.|นาฬิกา|a\.?m|p\.?m|hrs?)|\d+\s*(?:นาฬิกา|โมง)")
# An ordinal: "ครั้งที่ 28", "ฉบับที่หนึ่ง", "ครั้งแรก", "the 31st", "first" (a date's "วันที่ 10"
# is one too: lenient, as only its absence is evidence).
_ORDINAL_VALUE = re.compile(
    rf"ที่\s*(?:{NUMBER}|{'|'.join(sorted(THAI_NUMERALS, key=len, reverse=True))})|แรก"
    r"|\b\d+\s*(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)\b"
)
_BODY_WORDS = re.compile(
    r"องค์กร|องค์การ|หน่วยงาน|กระทรวง|กรม|สำนักงาน|สำนักเลขาธิการ|ศูนย์|คณะ|ที่ประชุม|รัฐมนตรี"
    r"|ผู้นำ|นาย|นาง|ดร\.|ประเทศ|สมาชิก|เครือข่าย|\b(?:centre|center|council|committee|network"
    r"|secretariat|ministers?|organi[sz]ation|agency|body)\b"
)


# The answer sentence chooser asks this of every sentence of every hit of a typed question:
# corpus sentences recur from question to question, and the Thai-numeral test tokenises.
@lru_cache(maxsize=1 << 16)
def has_value(text: str, kind: str) -> bool:
    """Does the (any-form) text hold a value of this type?

    >>> has_value("เปิดให้บริการเวลา 07.30 ถึง 16.30 น.", "time")
    True
    """
    text = normalize(text)
    if kind == TIME:
        return bool(_TIME_VALUE.search(text))
    if kind == DATE:
        return date_in(text)
    if kind == COUNT:
        return count_in(text)
    if kind == ORDINAL:
        return bool(_ORDINAL_VALUE.search(text))
    if kind == PLACE:
        return place_in(text)
    if kind == PERSON:
        return bool(_BODY_WORDS.search(text))
    raise ValueError(f"unknown answer type {kind!r}")


# --- a value stated as the answer states it -------------------------------------------------
# has_value is lenient: any year is a date, any country name a place ("…รับรองข้อเสนอของไทยใน
# การกำหนดให้ปี 2562 เป็นปีแห่งวัฒนธรรม…" holds both). A sentence that answers "when" or "where"
# of an event states the value as the event's adverbial of time or place: a preposition of time
# (เมื่อ, ใน, ณ, ตั้งแต่, ระหว่าง, ภายใน, จนถึง, นับแต่; in, on, since, during, until, by, from,
# between) before a date, or of place (ที่, ณ, ใน, ตั้งอยู่; in, at) before a place's name or
# its head noun (เมือง, จังหวัด, กรุง, ประเทศ …): the adverbials of the reference grammar
# (Iwasaki & Ingkaphirom, ch. on adverbial phrases of time and location), Quirk et al. (A
# Comprehensive Grammar of the English Language, 1985) for English: date.py and place.py.


def asked_parts(question: str, kind: str | None) -> tuple[str, ...]:
    """What `states_value` reads of the question besides its type: a date question's parts
    (`asked_date_parts`), ("which",) for a place asked by its noun ("เมืองใด", "which
    country"), else ()."""
    if kind == DATE:
        return asked_date_parts(question)
    if kind == PLACE and which_place_asked(question):
        return ("which",)
    return ()


@lru_cache(maxsize=1 << 16)
def states_value(text: str, kind: str, parts: tuple[str, ...] = ()) -> bool:
    """Does the (any-form) text state a value of this type as an answer to it does? A date: the
    parts asked (`asked_date_parts`) when there are any, else a day of a month or a date after
    a preposition of time ("ในปี 1981", "เมื่อวันที่ 24 ตุลาคม"; not "ให้ปี 2562 เป็น…"); a place:
    a place's name or head noun after a preposition of place ("ที่เมืองยอกยาการ์ตา", "ณ
    กรุงเทพฯ"; not "ข้อเสนอของไทย") or a venue (VENUE: "ณ หอประชุมอาคาร 3", "ที่ห้องวิชาการ"), or
    anywhere when the question asks which city, province or country (parts ("which",):
    `asked_parts`); any other type: `has_value`.

    >>> states_value("ที่ประชุมรับรองข้อเสนอของไทยให้ปี 2562 เป็นปีแห่งวัฒนธรรม", "date")
    False
    """
    if kind == DATE:
        return date_stated(text, parts)
    if kind == PLACE:
        return place_stated(text, parts)
    return has_value(text, kind)
