"""A percentage choice ("28%", "ร้อยละ 28") is said only where its number is written as a
percentage.

A number choice is matched by its number ("#28"), and a sentence that writes 28 in any role
supports it: "What share of ASEAN workers are in informal employment? 28%" was decided from
"… การประชุมสุดยอดอาเซียน ครั้งที่ 28-29 …" (FRESH23 N7), a meeting's ordinal. A share is
written with its sign or word: "28%", "28 percent" / "per cent", "28 เปอร์เซ็นต์", and in Thai
before the number, "ร้อยละ 28" (the Royal Institute's wording of a percentage).
"""

from __future__ import annotations

import re

from ..text import normalize

_NUMBER = r"\d+(?:[.,]\d+)?"
# The ways a share is written around its number (English, and Thai after or before it).
_AFTER = r"\s*(?:%|percent\b|per\s+cent\b|เปอร์เซ็นต์|เปอร์เซ็นต)"
_BEFORE = r"ร้อยละ\s*"
_PERCENT_CHOICE = re.compile(rf"^\s*(?:{_BEFORE}(?P<a>{_NUMBER})|(?P<b>{_NUMBER}){_AFTER})\s*$")


def percent_number(choice: str) -> str | None:
    """The number of a choice that is a percentage and nothing else ("28%", "28 percent",
    "ร้อยละ 28" → "28"), None for any other choice."""
    found = _PERCENT_CHOICE.match(normalize(choice))
    if found is None:
        return None
    return found["a"] or found["b"]


def percent_unbound(sentence: str, choice: str) -> bool:
    """Whether a sentence writes a percentage choice's number (`percent_number`) only in other
    roles than a percentage (an ordinal, a count, a date): True then; False when it writes it as
    a percentage, does not write it, or the choice is no percentage."""
    number = percent_number(choice)
    if number is None:
        return False
    text = normalize(sentence)
    spots = [m for m in re.finditer(rf"(?<![\d.,]){re.escape(number)}(?![\d])", text)]
    if not spots:
        return False
    as_share = re.compile(rf"(?:{_BEFORE})$")
    for spot in spots:
        if re.match(_AFTER, text[spot.end() :]) or as_share.search(text[: spot.start()]):
            return False
    return True
