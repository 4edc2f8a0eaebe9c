"""Measures: the measure a count question asks for (`asked_measure`) and whether a text gives a
number with a unit of it (`has_measure`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..extract.types import CELL_SEPARATOR
from ..text import normalize
from .numerals import NUMBER, NUMBER_WORD, THAI_MAGNITUDES

# A question asking for a measure (the TREC taxonomy's NUM subtypes, the package's docstring:
# distance, money, temperature, speed, weight, size, period, age, percent) is answered by a number
# with a unit of that measure, not by any number: "แม่น้ำไรน์ยาวเท่าใด" is not answered by "274
# ดวง", nor "How much did the mission cost?" by "in 1997". Units: the SI and customary ones, with
# their Thai names as the Royal Institute's dictionary spells them. The question side: a Thai
# measure noun (ความยาว, ราคา, อุณหภูมิ…) or adjective before เท่าใด/เท่าไร, the English "how
# far/old/fast…"; the most specific first ("ค่าใช้จ่ายสูงเท่าใด" asks a sum, not a height).
_AMOUNT = r"เท่า(?:ใด|ไร|ไหร่)"
# A magnitude word between a number and its unit ("450.3 ล้านดอลลาร์", "$450 million").
_MAGNITUDE = "|".join((*THAI_MAGNITUDES, "hundred", "thousand", "million", "billion", "trillion"))
_LENGTH_UNITS = (
    r"(?:กิโล|เซนติ|มิลลิ|ไมโคร|นาโน)?เมตร|กม\.|ไมล์|ฟุต|นิ้ว|หลา|ปีแสง|หน่วยดาราศาสตร์"
    r"|\b(?:km|cm|mm|m|miles?|feet|foot|ft|inch(?:es)?|yards?|light[- ]years?|au)\b"
)
_PERIOD_UNITS = (
    r"ปี|เดือน|สัปดาห์|วัน|ชั่วโมง|นาที|วินาที|ศตวรรษ|ทศวรรษ"
    r"|\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\b"
)


@dataclass(frozen=True)
class _Measure:
    """One measure: how a question asks for it, and how a text gives a value of it."""

    name: str
    asked: re.Pattern[str]  # the question asks for this measure
    unit: re.Pattern[str]  # one of its units, alone (a table names it once, in a header)
    value: re.Pattern[str]  # a number, maybe a magnitude word, then one of its units
    unit_first: re.Pattern[str] | None  # a value written unit first ("$450", "ร้อยละ 30")


def _measure(name: str, asked: str, unit: str, unit_first: str | None = None) -> _Measure:
    return _Measure(
        name,
        re.compile(asked),
        re.compile(unit),
        re.compile(rf"{NUMBER_WORD}\s*(?:(?:{_MAGNITUDE})\s*)?(?:{unit})"),
        re.compile(unit_first) if unit_first else None,
    )


_MEASURES = (
    _measure(
        "percent",
        rf"ร้อยละ\s*{_AMOUNT}|เปอร์เซ็นต์\S*\s*{_AMOUNT}|กี่\s*เปอร์เซ็น"
        r"|\bwhat\s+(?:percentage|percent|proportion|share)\b",
        r"%|เปอร์เซ็น|\bper\s*cent\b|\bpercent\b",
        unit_first=rf"ร้อยละ\s*{NUMBER_WORD}",
    ),
    _measure(
        "temperature",
        r"อุณหภูมิ|\bhow\s+(?:hot|cold|warm)\b|\bwhat\s+temperature\b|\btemperature\b.*\?",
        r"องศา|°|เซลเซียส|ฟาเรนไฮต์|เคลวิน|\bdegrees?\b|\bkelvin\b",
    ),
    _measure(
        "speed",
        rf"ความเร็ว|เร็ว\s*{_AMOUNT}|\bhow\s+fast\b|\bwhat\s+speed\b",
        # a length per a time ("1.5 ถึง 2 เมตรต่อวัน", "25 km per hour"), or a unit of speed
        rf"(?:{_LENGTH_UNITS})\s*(?:ต่อ|/|per\b)\s*(?:{_PERIOD_UNITS}|h\b|s\b)"
        r"|นอต|\b(?:km/h|kph|mph|knots?)\b",
    ),
    _measure(
        "weight",
        rf"น้ำหนัก|มวล|หนัก\s*{_AMOUNT}|\bhow\s+heavy\b|\bhow\s+much\b.*\bweigh",
        r"(?:กิโล|มิลลิ)?กรัม|ตัน|ปอนด์|ออนซ์|\b(?:kg|g|tons?|tonnes?|pounds?|lbs?|ounces?|grams?)\b",
    ),
    _measure(
        "area",
        rf"พื้นที่\S*\s*\S*\s*{_AMOUNT}|\bwhat\s+(?:is\s+the\s+)?area\b|\bhow\s+much\s+land\b",
        r"ตาราง\S*(?:เมตร|ไมล์|วา)|ไร่|เฮกตาร์|เอเคอร์|km2|km²|\bsquare\b|\bhectares?\b|\bacres?\b",
    ),
    _measure(
        "money",
        # ค่า is a fee ("ค่าผ่านคลอง"), or a statistic's value ("ค่าเฉลี่ย", "ค่าความเป็นกรด")
        rf"(?:ราคา|ค่า(?!เฉลี่ย|สูงสุด|ต่ำสุด|ความ|มัธยฐาน)\S*|งบประมาณ|เงิน|ต้นทุน|รายได้|มูลค่า|กู้\S*|จ่าย)\S*\s*\S*\s*{_AMOUNT}"
        r"|\bhow\s+much\b.*\b(?:cost|costs|pay|paid|spend|spent|earn|earned|worth|price|raise"
        r"|raised|borrow|borrowed|charge|charged|sell|sold|lend|lent)\b"
        r"|\bwhat\s+(?:was\s+|is\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z\-]+\s+){0,2}?"
        r"(?:price|cost|budget|fee|salary|fine)s?\b",
        r"บาท|ดอลลาร์|ยูโร|ปอนด์|เยน|หยวน|รูปี|ริงกิต|ฟรังก์|มาร์ก|กิลเดอร์|ฟลอริน|ลีรา|เหรียญ"
        r"|\b(?:dollars?|euros?|pounds?|yen|yuan|francs?|marks?|guilders?|florins?|lire|baht|usd)\b",
        unit_first=rf"[$€£¥]\s*{NUMBER}",
    ),
    _measure(
        "age",
        rf"อายุ\S*\s*{_AMOUNT}|อายุ\s*กี่|\bhow\s+old\b|\bwhat\s+age\b|\bat\s+what\s+age\b",
        r"ปี|ขวบ|พรรษา|ชันษา|\byears?\b",
        unit_first=rf"อายุ\s*(?:ได้\s*)?{NUMBER_WORD}|\baged?\s+{NUMBER}",
    ),
    _measure(
        "period",
        rf"นาน\s*{_AMOUNT}|ระยะเวลา\S*\s*{_AMOUNT}",
        _PERIOD_UNITS,
    ),
    _measure(
        # English "how long" asks a length or a period ("How long was the railway / was he held
        # captive?"): either unit answers it.
        "length or period",
        r"\bhow\s+long\b",
        rf"{_LENGTH_UNITS}|{_PERIOD_UNITS}",
    ),
    _measure(
        "distance",
        rf"ความ(?:ยาว|สูง|ลึก|หนา|กว้าง)|ระยะ(?:ทาง|ห่าง)|ห่าง|(?:ยาว|สูง|ลึก|หนา|กว้าง)\s*{_AMOUNT}"
        # "how far has Thailand got with …" asks how much progress, not a distance
        r"|\bhow\s+far\b(?!.*\b(?:got|gotten|come|gone|progress\w*|advanced)\b)"
        r"|\bhow\s+(?:high|tall|deep|thick|wide)\b",
        _LENGTH_UNITS,
    ),
)
_MEASURE_BY_NAME = {m.name: m for m in _MEASURES}


def asked_measure(question: str) -> str | None:
    """The measure a count question asks for ("distance", "money", "temperature", "speed",
    "weight", "area", "period", "length or period", "percent", "age"), or None (a plain count,
    "กี่คน", "how many").

    >>> asked_measure("แม่น้ำไรน์มีความยาวเท่าใด"), asked_measure("How old was Einstein?")
    ('distance', 'age')
    """
    text = normalize(question)
    return next((m.name for m in _MEASURES if m.asked.search(text)), None)


@lru_cache(maxsize=1 << 14)
def has_measure(text: str, measure: str) -> bool:
    """Does the (any-form) text give a number with a unit of this measure ("171 กิโลเมตร",
    "$450 million", "อายุ 76 ปี")? Raises ValueError for an unknown measure."""
    if measure not in _MEASURE_BY_NAME:
        raise ValueError(f"unknown measure {measure!r}")
    found = _MEASURE_BY_NAME[measure]
    text = normalize(text)
    if found.value.search(text):
        return True
    if CELL_SEPARATOR in text and found.unit.search(text) and re.search(r"\d", text):
        # A table names the unit once, in a header ("งบประมาณ (บาท)"), and gives bare numbers
        # in its cells.
        return True
    return found.unit_first is not None and bool(found.unit_first.search(text))
