"""Bare numbers as the ordinals a stem asks for.

"การประชุมสุดยอดอาเซียนครั้งใดรับรองแผนแม่บท … ก. 28-29 ข. 31 ค. 32 ง. 33": the stem asks which
one of a series (classifier + ใด / ที่เท่าใด / ที่กี่), and each choice is its number alone. The
documents write that number as an ordinal ("ครั้งที่ 33"), which matching reads as the unit
"#33th", apart from the count "#33" (matching.units: "How many sectors … ? eight" is no "AMCA
ครั้งที่ 8"); so a bare "33" met nothing and every choice scored 0 (FRESH22 K3). Such a choice
is matched as the stem's classifier + ที่ + its number, as the stem itself would write it.
"""

from __future__ import annotations

import re

from ..ordinals import ORDINAL_CLASSIFIERS
from ..text import normalize

# The classifiers that take ordinals in documents (ordinals.ORDINAL_CLASSIFIERS, after Iwasaki &
# Ingkaphirom, *A Reference Grammar of Thai*, 2005), followed by the question words that ask
# which one of the series: ใด / ไหน ("which"), ที่เท่าใด / ที่เท่าไร / ที่กี่ ("the
# how-many-th"). Not ปี: "ปีใด" asks a year (answer_types' DATE).
_WHICH_ONE = r"(?:ใด|ไหน|ที่\s*(?:เท่า(?:ใด|ไร|ไหร่|ไหร)|กี่))"
_ASKED = re.compile(rf"({ORDINAL_CLASSIFIERS})\s*{_WHICH_ONE}(?!\S*(?:ปี|วัน))")
# A choice that is a number or a range of numbers and nothing else ("33", "28-29", "๓๓").
_BARE = re.compile(r"\s*\d+(?:\s*[-–]\s*\d+)?\s*")


def asked_classifier(stem: str) -> str | None:
    """The classifier a stem asks an ordinal in ("ครั้งใด", "ครั้งที่เท่าใด" → "ครั้ง"); None
    when it asks none (or asks it only in English: "the 33rd" is matched as written)."""
    text = normalize(stem)
    found = _ASKED.search(text)
    if found is not None:
        return found.group(1)
    return None


def ordinal_choices(stem: str, choices: list[str]) -> list[str]:
    """The choices as matched under stem: each bare number (or range) as the stem's classifier
    + ที่ + it ("33" → "ครั้งที่ 33") when the stem asks an ordinal in a classifier, the others
    as they are. Only when at least two choices are bare: a lone number among names is no
    series. Same length and order as choices."""
    classifier = asked_classifier(stem)
    bare = [i for i, c in enumerate(choices) if _BARE.fullmatch(normalize(c))]
    if classifier is None or len(bare) < 2:
        return choices
    return [
        f"{classifier}ที่ {normalize(c).strip()}" if i in bare else c for i, c in enumerate(choices)
    ]
