"""Choices about the other choices: "ถูกทุกข้อ" / "all of the above", "ไม่มีข้อใดถูก" / "none of
the above", "ก และ ข" / "Both A and C" — which of the ordinary choices each says are true."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .matching import fold
from .parse import LABEL_OF

# The usual wordings of Thai and English exams (textbook and O-NET style).
_ALL_OF_THEM = re.compile(
    r"^(?:ถูก(?:ต้อง)?ทุกข้อ|ทุกข้อ(?:ที่กล่าวมา|ข้างต้น)?(?:ถูก(?:ต้อง)?)?|ถูก(?:ต้อง)?ทั้งหมด|"
    r"ทั้งหมด(?:ที่กล่าวมา)?(?:ข้างต้น)?(?:ถูก(?:ต้อง)?)?|ทุกข้อที่กล่าวมาข้างต้น|"
    r"all(?: of)?(?: the)? (?:above|choices|options|of these|these)"
    r"(?: (?:are|is) (?:true|correct|right))?|all are (?:true|correct))$"
)
_NONE_OF_THEM = re.compile(
    r"^(?:ไม่มีข้อ(?:ใด|ไหน)?(?:กล่าว)?ถูก(?:ต้อง)?|ไม่มีข้อ(?:ใด|ไหน)?(?:ที่)?(?:ถูก(?:ต้อง)?)?|"
    r"ผิดทุกข้อ|ไม่ถูกทุกข้อ|ไม่มีข้อใดเลย|ไม่มีข้อใดถูกต้องเลย|ไม่มีข้อใดกล่าวมา(?:ถูก(?:ต้อง)?)?|"
    r"none(?: of)?(?: the)? (?:above|choices|options|of these|these)"
    r"(?: (?:are|is) (?:true|correct|right))?|none (?:is|are) (?:true|correct))$"
)
# "ก และ ข", "ข้อ ก, ข และ ค ถูก", "1 และ 3", "a and b", "Both A and C are correct": letters of
# other choices.
_COMBINATION_WORDS = re.compile(
    r"ข้อ|ทั้ง|ถูก(?:ต้อง)?|เท่านั้น|และ|หรือ|\b(?:and|only|both|are|is|correct|true)\b|[,.&+/]"
)


def _letter_index(letter: str, n: int) -> int | None:
    named = LABEL_OF.get(letter)
    return named[1] if named is not None and named[1] < n else None


def choice_references(choices: Sequence[str]) -> dict[int, frozenset[int]]:
    """The choices that are about the other choices, each with the set of choices it says are
    true: all the others for "ถูกทุกข้อ" / "all of the above", none for "ไม่มีข้อใดถูก" / "none of
    the above", the named ones for "ก และ ข". Ordinary choices are not in the dict.
    """
    n = len(choices)
    all_of_them: list[int] = []
    meta: dict[int, frozenset[int]] = {}
    for i, choice in enumerate(choices):
        text = re.sub(r"\s+", " ", fold(choice)).strip(" .")
        if _ALL_OF_THEM.match(text):
            all_of_them.append(i)
            meta[i] = frozenset()
        elif _NONE_OF_THEM.match(text):
            meta[i] = frozenset()
        else:
            named = [_letter_index(word, n) for word in _COMBINATION_WORDS.sub(" ", text).split()]
            if len(named) >= 2 and all(j is not None and j != i for j in named):
                meta[i] = frozenset(j for j in named if j is not None)
    # "All of the above" means the ordinary choices, not the other choices about choices.
    content = frozenset(range(n)) - set(meta)
    for i in all_of_them:
        meta[i] = content
    return meta


def none_choices(references: Mapping[int, frozenset[int]]) -> list[int]:
    """The choices that say no ordinary choice is true ("ไม่มีข้อใดถูก", "None of the above"), in
    choice order: those of references (`choice_references`) that name none."""
    return [i for i, refs in references.items() if not refs]
