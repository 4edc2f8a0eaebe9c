"""Dates in a document's text: time expressions in both eras, and numbered meetings
("การประชุมสุดยอดอาเซียน ครั้งที่ 28-29") with the date the document gives them.

A date is a Period of days: "13-15 พฤศจิกายน ค.ศ. 2018" three days, "กรกฎาคม 2018" a month,
"ในปี 2562" a year (Buddhist era, 2019). Used by exam.order to date exam choices.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..text import BUDDHIST_ERA_YEARS, year_variants


@dataclass(frozen=True)
class Period:
    """The days a time expression covers, first and last included."""

    first: date
    last: date

    def before(self, other: Period) -> bool:
        """True when this period ends before the other begins."""
        return self.last < other.first


ERA = r"(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.|b\.\s?e\.|a\.\s?d\.|c\.\s?e\.)"
_DAYS = r"(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?"


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """The one month table of exam reading: month names in lower case → 1..12, PyThaiNLP's Thai
    full and abbreviated names ("ตุลาคม", "ต.ค.") and the standard library's English ones
    ("october", "oct"); imported on first use."""
    from pythainlp.util.date import thai_abbr_months, thai_full_months

    numbers: dict[str, int] = {}
    names = (thai_full_months, thai_abbr_months, calendar.month_name[1:], calendar.month_abbr[1:])
    for number, spellings in enumerate(zip(*names, strict=True), start=1):
        numbers.update((name.lower(), number) for name in spellings)
    return numbers


def thai_month(number: int) -> str:
    """The Thai full name of a month (1..12): "ตุลาคม" for 10."""
    from pythainlp.util.date import thai_full_months

    return thai_full_months[number - 1]


@lru_cache(maxsize=1)
def _everyday_months() -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of a Thai month name, full or in its everyday short form without the ending
    คม / ยน / าพันธ์ ("สิงหา", "ตุลา", "กุมภา"), and each form's number."""
    forms: dict[str, int] = {}
    for number in range(1, 13):
        full = thai_month(number)
        forms[full] = number
        forms[re.sub(r"(?:คม|ยน|าพันธ์)$", "", full)] = number
    full = "|".join(re.escape(thai_month(n)) for n in range(1, 13))
    # A short form only before a space, a number or the end: "ตุลาการ" is a judge.
    short = "|".join(re.escape(f) for f, n in forms.items() if f != thai_month(n))
    return re.compile(rf"{full}|(?:{short})(?=\s|\d|$)"), forms


def months_named(text: str) -> frozenset[int]:
    """The months (1..12) a Thai text names, by full name or everyday short form (English month
    names are read as Thai first: matching.thai_months)."""
    pattern, forms = _everyday_months()
    return frozenset(forms[found] for found in pattern.findall(text))


@lru_cache(maxsize=1)
def _dates() -> tuple[dict[str, int], re.Pattern[str]]:
    """Month names to numbers (`month_numbers`) and the pattern of a date with its month."""
    numbers = month_numbers()
    month = "|".join(re.escape(m) for m in sorted(numbers, key=len, reverse=True))
    pattern = re.compile(
        rf"(?:{_DAYS}\s*)?(?<![a-z])(?P<month>{month})(?![a-z])\.?\s*,?\s*(?:{ERA}\s*)?"
        r"(?P<year>\d{4})"
        rf"|(?P<month2>{month})(?![a-z])\.?\s+(?P<e1>\d{{1,2}})(?:\s*[-–]\s*(?P<e2>\d{{1,2}}))?"
        r",?\s+(?P<year2>\d{4})",
        re.IGNORECASE,
    )
    return numbers, pattern


# A bare year is an event's time only after a temporal preposition (ใน, เมื่อ, ระหว่าง, ตั้งแต่,
# ช่วง; in, since, during): after a noun it names the thing ("แผนแม่บทอาเซียน พ.ศ. 2568",
# "Vision 2025"), and ภายใน / by give a deadline, not when something happened.
_YEAR = re.compile(
    r"(?:(?<!ภาย)ใน|เมื่อ|ระหว่าง|ตั้งแต่|ช่วง|\bin|\bsince|\bduring)\s*(?:ปี|the year)?\s*"
    rf"(?:{ERA}\s*)?(?P<year>\d{{4}})(?:\s*[-–]\s*(?P<until>\d{{4}}))?",
    re.IGNORECASE,
)


def year_of(text: str, era: str | None) -> int | None:
    """A written year in the Christian era: Buddhist-era years (พ.ศ., or 2400–2700 unmarked)."""
    year = int(text)
    buddhist = era[0].lower() in "พb" if era else year in BUDDHIST_ERA_YEARS
    if buddhist:
        other = year_variants(str(year))
        return int(other[0]) if other else None
    return year if 1000 <= year <= 2200 else None


def _days(year: int, month: int, d1: str | None, d2: str | None) -> Period | None:
    last_day = calendar.monthrange(year, month)[1]
    first = int(d1) if d1 else 1
    last = int(d2) if d2 else (first if d1 else last_day)
    if not 1 <= first <= last <= last_day:
        return None
    return Period(date(year, month, first), date(year, month, last))


def time_expressions(text: str) -> list[tuple[int, int, Period]]:
    """(start, end, period) of each date and dated year in text, in order of start."""
    # \d and int() read Thai digits too ("๒๕๖๑" is 2561).
    months, pattern = _dates()
    found: list[tuple[int, int, Period]] = []
    for m in pattern.finditer(text):
        month_name = m.group("month") or m.group("month2")
        year = year_of(m.group("year") or m.group("year2"), m.group("era"))
        if year is None:
            continue
        month = months[month_name.lower()]
        period = _days(year, month, m.group("d1") or m.group("e1"), m.group("d2") or m.group("e2"))
        if period is not None:
            found.append((m.start(), m.end(), period))
    taken = [(a, b) for a, b, _ in found]
    for m in _YEAR.finditer(text):
        if any(a < m.end("year") and m.start("year") < b for a, b in taken):
            continue
        first = year_of(m.group("year"), m.group("era"))
        last = year_of(m.group("until"), m.group("era")) if m.group("until") else first
        if first is not None and last is not None and first <= last:
            found.append((m.start("year"), m.end(), Period(date(first, 1, 1), date(last, 12, 31))))
    return sorted(found, key=lambda item: item[0])


# --- numbered meetings ("ครั้งที่ 28-29") ---------------------------------------------------------

_MEETING_NUMBER = re.compile(r"ครั้งที่\s*(?P<n>\d+(?:\s*[-–]\s*\d+)?)")
# What may stand between a meeting's number and its date: "ระหว่างวันที่", "เมื่อวันที่", ",".
_DATE_FOLLOWS = re.compile(r"^[\s,]*(?:ระหว่าง|เมื่อ|ใน|on|from)?\s*(?:วันที่|ปี)?\s*$", re.I)
PARENTHESES = re.compile(r"\([^()]*\)")
_ACRONYM = re.compile(r"\(?\s*(?P<name>[A-Z][A-Za-z]*[A-Z])\s*\)?\s*$")


def _series(before: str) -> tuple[str, int] | None:
    """The name of the meeting series whose number follows, and where in before the meeting's
    name starts (-1 when not seen): its acronym ("(AMCA)", "AMCA"), else the words after
    "ประชุม" ("สุดยอดอาเซียน" in ที่ประชุม / การประชุมสุดยอดอาเซียน)."""
    head = before.rfind("ประชุม")
    start = head
    for prefix in ("ที่", "การ"):
        if head >= len(prefix) and before[head - len(prefix) : head] == prefix:
            start = head - len(prefix)
    acronym = _ACRONYM.search(before)
    if acronym:
        return acronym.group("name"), start
    if head < 0:
        return None
    name = re.sub(r"\s+", "", PARENTHESES.sub(" ", before[head + len("ประชุม") :]))
    return (name, start) if name else None


_NAME_WINDOW = 100  # characters before "ครั้งที่" searched for the meeting's name


def _meetings(text: str) -> list[tuple[int, int, tuple[str, str], int]]:
    """(start, end, (series, number), where its name starts or -1) of each numbered meeting."""
    found = []
    for m in _MEETING_NUMBER.finditer(text):
        window = max(0, m.start() - _NAME_WINDOW)
        series = _series(text[window : m.start()])
        if series is not None:
            name, name_at = series
            first, _, last = re.sub(r"\s+", "", m.group("n")).replace("–", "-").partition("-")
            number = f"{int(first)}-{int(last)}" if last else str(int(first))
            found.append(
                (m.start(), m.end(), (name, number), window + name_at if name_at >= 0 else -1)
            )
    return found


def meetings(text: str) -> list[tuple[int, int, tuple[str, str]]]:
    """(start, end, (series, number)) of each numbered meeting in a text."""
    return [(a, b, key) for a, b, key, _ in _meetings(text)]


def meeting_dates(text: str) -> dict[tuple[str, str], Period]:
    """The date of each numbered meeting where the document writes it next to the meeting:
    right after its number ("… ครั้งที่ 28-29 ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016") or right
    before its name ("เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม … (AMCA) ครั้งที่ 8"); a meeting
    dated twice differently is left out."""
    dates = time_expressions(text)
    found: dict[tuple[str, str], Period] = {}
    clashes: set[tuple[str, str]] = set()
    for _, end, key, name_at in _meetings(text):
        after = next(((a, p) for a, _, p in dates if a >= end), None)
        before = next(((b, p) for _, b, p in reversed(dates) if 0 <= b <= name_at), None)
        if after is not None and _DATE_FOLLOWS.match(text[end : after[0]]):
            period = after[1]
        elif before is not None and not text[before[0] : name_at].strip(" ,"):
            period = before[1]
        else:
            continue
        if key in found and found[key] != period:
            clashes.add(key)
        found[key] = period
    return {key: period for key, period in found.items() if key not in clashes}
