"""Dates: the parts of a date a question asks for (`asked_date_parts`), whether a text gives
them (`has_date_part`), holds a date at all (`date_in`), or states one as an answer to "when"
does (`date_stated`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import normalize
from .numerals import ENGLISH_MONTHS, MONTH_PATTERN

# A year of any century in a date: ค.ศ. 1000–2199 or พ.ศ. 2400–2699 as four digits (not part
# of a longer number or a decimal), or a century named. Counts keep the narrower _YEAR_VALUE
# test: "1,500 คน" is a count, "ค.ศ. 1867" a year.
_ANY_YEAR = re.compile(r"(?<![\d.,])(?:1\d{3}|2[01]\d{2}|2[4-6]\d{2})(?![\d,]|\.\d)|ศตวรรษ|century")
# A date's words: a month's name (English ones whole: numerals.MONTH_PATTERN) or an era.
# A day named by an event is a "when" answered too: the formula of Thai laws, "ให้ใช้บังคับ
# ตั้งแต่วันประกาศในราชกิจจานุเบกษาเป็นต้นไป" / "ตั้งแต่วันถัดจากวันประกาศ…" (from the day it is
# published; FRESH12 §5: "มีผลบังคับใช้เมื่อไร" was not_found over it), "นับแต่วันที่…".
_EVENT_DAY = r"(?:ตั้งแต่|นับแต่|นับจาก)วัน|วันถัดจาก|\b(?:from|on) the (?:day|date) (?:after|of|on|when)\b"
_DATE_WORDS = re.compile(rf"{MONTH_PATTERN}|พ\.ศ\.|ค\.ศ\.|{_EVENT_DAY}")


# A date question may ask for one part of a date: "วันที่เท่าไร" / "on what date" is answered by
# a day of a month ("19 กันยายน", "July 10"), not by a sentence that gives only the year;
# "ปีใด" / "what year" by a year, "เดือนใด" by a month. "เมื่อไร" / "when" asks no part: any
# date answers it. The parts are the calendar's (day, month, year); the Thai frames are the
# date questions of the reference grammar (Iwasaki & Ingkaphirom, the package's docstring).
_DATE_PARTS = {
    "day": re.compile(
        r"วันที่\s*(?:เท่า(?:ไ[รห]|ใด)|ใด|ไหน)|วัน\s*(?:ใด|ไหน)|"
        r"\b(?:what|which)\s+(?:exact\s+|precise\s+)?(?:date|day)\b"
    ),
    "month": re.compile(r"เดือน\s*(?:ใด|ไหน|อะไร)|\b(?:what|which)\s+month\b"),
    "year": re.compile(
        r"ปี\s*(?:พ\.ศ\.|ค\.ศ\.)?\s*(?:ใด|ไหน|อะไร)|\b(?:what|which)\s+(?:\w+\s+){0,2}?years?\b"
    ),
}
_DAY_VALUE = re.compile(
    rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|ถึง|and|to)?\s*(?:\d{{1,2}}\s*)?(?:{MONTH_PATTERN})"
    rf"|(?:{'|'.join(ENGLISH_MONTHS)})\s+\d{{1,2}}(?!\d)|วันที่\s*\d"
)
_MONTH_VALUE = re.compile(MONTH_PATTERN)


def asked_date_parts(question: str) -> tuple[str, ...]:
    """The parts of a date the question asks for ("day", "month", "year"), in that order; ()
    for a question asking no part ("เมื่อไร", "when") or no date.

    >>> asked_date_parts("จัดวันที่เท่าไหร่"), asked_date_parts("ลงนามเดือนไหน ปีอะไร")
    (('day',), ('month', 'year'))
    """
    text = normalize(question)
    return tuple(part for part, asked in _DATE_PARTS.items() if asked.search(text))


@lru_cache(maxsize=1 << 14)
def has_date_part(text: str, part: str) -> bool:
    """Does the (any-form) text give this part of a date ("day": "10 กรกฎาคม", "July 10",
    "วันที่ 19"; "month": a month's name; "year": a year)? Raises ValueError for another part."""
    text = normalize(text)
    if part == "day":
        return bool(_DAY_VALUE.search(text))
    if part == "month":
        return bool(_MONTH_VALUE.search(text))
    if part == "year":
        return bool(_ANY_YEAR.search(text))
    raise ValueError(f"unknown date part {part!r}")


def date_in(text: str) -> bool:
    """Does the normalised text hold a date: a year (either era, any century) or a date's
    words (a month's name, an era, a day named by an event)?"""
    return bool(_ANY_YEAR.search(text) or _DATE_WORDS.search(text))


# A date stated as an answer to "when" states it: after a preposition of time (value.py's
# stated values say why).
_TIME_PREPOSITION = (
    r"(?:เมื่อ|ใน|ณ|ตั้งแต่|ระหว่าง|ภายใน|จนถึง|นับแต่|นับจาก"
    r"|\b(?:in|on|since|during|until|by|from|between))"
)
_DATE_HEAD = (
    r"(?:(?:วันที่|ปี|เดือน|ช่วง|ต้น|ปลาย|กลาง|ราว|ประมาณ|the|year|early|late|mid|about|around)\s*)*"
)
_STATED_DATE = re.compile(
    rf"{_TIME_PREPOSITION}\s*{_DATE_HEAD}"
    rf"(?:(?<![\d.,])(?:1\d{{3}}|2[01]\d{{2}}|2[4-6]\d{{2}})(?![\d,]|\.\d)|\d{{1,2}}\s*(?:{MONTH_PATTERN})"
    # after an era any number is a year ("จนถึง ค.ศ. 523")
    rf"|{MONTH_PATTERN}|(?:ค\.ศ\.|พ\.ศ\.)\s*\d)"
)


def date_stated(text: str, parts: tuple[str, ...] = ()) -> bool:
    """Does the (any-form) text state a date as an answer to "when" does: the parts asked
    (`asked_date_parts`) when there are any, else a day of a month or a date after a preposition
    of time ("ในปี 1981", "เมื่อวันที่ 24 ตุลาคม"; not "ให้ปี 2562 เป็น…")?"""
    if parts:
        return all(has_date_part(text, part) for part in parts)
    text = normalize(text)
    return has_date_part(text, "day") or bool(_STATED_DATE.search(text))
