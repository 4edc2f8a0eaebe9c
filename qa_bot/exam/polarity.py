"""A choice's polarity against the document's at the place that says it.

"ต้องปรับเปลี่ยนกรอบคุณวุฒิแห่งชาติเดิม" has every word of the document's "โดยไม่จำเป็นต้อง
ปรับเปลี่ยนกรอบคุณวุฒิแห่งชาติเดิม", so it scores as said; the document says the opposite
(FRESH10 §11). Matching units cannot see this: a negator the document adds is text the choice
lacks, not a unit it misses. So the place a choice is found at is read for clausal negators —
the choice's own, and the document's in the stretch its words are found in with the few words
before it that a negator scopes over — and a choice whose polarity differs is *contradicted*.

Negators are those of the grammars, in Thai and English (an English choice over a Thai text
is read in its own words, the text in its own):

    Thai     ไม่ and its formal มิ before a verb or copula (ไม่ได้ / มิได้, ไม่ใช่ / มิใช่, ไม่มี,
             ไม่จำเป็นต้อง …; Iwasaki & Ingkaphirom Horie, A Reference Grammar of Thai, CUP
             2005, ch. 15 "Negation"; Smyth, Thai: An Essential Grammar, Routledge 2002,
             §§ on ไม่, ไม่ใช่, ไม่ได้), and the negative imperatives อย่า 'do not' and ห้าม
             'it is forbidden to' (the same grammars' imperatives: Iwasaki & Horie ch. 17,
             Smyth § "Imperatives"), which say of what follows that it is not to be done:
             "แนะนำให้ใช้ยาพาราเซตามอล … และห้ามใช้ยาแอสไพริน" recommends the one and says the
             other is not to be used (FRESH18a K7). Not the words that hold them: อย่าง 'kind,
             manner', หวงห้าม 'restricted' (a zone), ห้ามล้อ 'brake', ห้ามเลือด 'stanch'.
    English  not and n't, the absolute negators no, none, nothing, nobody, nowhere, neither,
             nor, never, cannot (Huddleston & Pullum, The Cambridge Grammar of the English
             Language, 2002, ch. 9 §§1–3), and without, the preposition Thai writes โดยไม่
             ("without needing to change" ↔ "โดยไม่จำเป็นต้องปรับเปลี่ยน")

Sub-clausal negation does not make a clause negative (the same chapter, §1.2: "not only",
"no fewer than", "not long after"); the Thai expressions that are the same kind (ไม่ว่า
'whatever', ไม่เพียง 'not only', ไม่กี่ 'a few', ไม่นาน 'soon', ไม่น้อยกว่า / ไม่ต่ำกว่า 'at least',
ไม่เกิน / ไม่มากกว่า 'at most') are not negators here.
"""

from __future__ import annotations

import re

import numpy as np

from .matching import PassageUnits, query_form, units
from .support import Query

_THAI_NEGATOR = re.compile(
    r"ไม่(?!ว่า|เพียง(?!พอ)|แต่เพียง|กี่|นาน|ช้า|น้อย|ต่ำกว่า|เกิน|มากกว่า)"
    r"|มิ(?=ได้|ใช่|ให้|ควร|อาจ|เคย|ต้อง|จำเป็น|สามารถ|เป็น|มี)"
    r"|อย่า(?!ง)|(?<!หวง)ห้าม(?!ล้อ|เลือด)"
)
_ENGLISH_SUBCLAUSAL = re.compile(
    r"\bnot\s+(?:only|just|merely|least|long|far|unlike)\b"
    r"|\bno\s+(?:less|fewer|more|later|earlier|sooner|longer\s+than|doubt)\b"
    r"|\bno\.\s*\d|\bnothing\s+but\b|\bnone\s+the\s+less\b",
    re.IGNORECASE,
)
_ENGLISH_NEGATOR = re.compile(
    r"\b(?:not|no|none|nothing|nobody|nowhere|neither|nor|never|cannot|without)\b"
    r"|[a-z]n['’]t\b",
    re.IGNORECASE,
)


def is_negated(text: str) -> bool:
    """True when a Thai or English text holds a clausal negator (module docstring)."""
    if _THAI_NEGATOR.search(text):
        return True
    return _ENGLISH_NEGATOR.search(_ENGLISH_SUBCLAUSAL.sub(" ", text)) is not None


# Before the stretch a choice is found in, a negator scopes over the words that follow it in
# the same clause: in Thai up to the last space (Thai sets clauses and phrases apart with a
# space, not words), in English the last few words (a negator stands before its verb).
SCOPE_CHARS = 24
ENGLISH_SCOPE_WORDS = 3
_CLAUSE_BREAK = re.compile(r"[\s,;:.!?()\[\]\"“”]")
_LATIN_BREAK = re.compile(r"[,;:.!?()\[\]\"“”]")


def _scope_before(text: str) -> str:
    """The end of text that a negator there would scope over from it to what follows."""
    text = text[-SCOPE_CHARS:]
    if re.search(r"[A-Za-z]\W*$", text):
        text = _LATIN_BREAK.split(text)[-1]
        return " ".join(text.split()[-ENGLISH_SCOPE_WORDS:])
    return _CLAUSE_BREAK.split(text)[-1]


def _found(pu: PassageUnits, query: Query, centre: float, reach: float) -> dict[str, float]:
    """Each of a choice's units the passage writes within reach (reading distance) of centre,
    at its occurrence nearest the centre (a common unit recurs nearby): unit → reading position."""
    found: dict[str, float] = {}
    for unit in query.weights:
        positions = pu.positions.get(unit)
        if positions is not None:
            nearest = float(positions[np.argmin(np.abs(positions - centre))])
            if abs(nearest - centre) <= reach:
                found[unit] = nearest
    return found


def _source_at(pu: PassageUnits, reading: float) -> int:
    """The source offset of a reading position."""
    last = len(pu.to_source) - 1
    return int(pu.to_source[min(int(np.searchsorted(pu.reading, reading)), last)])


def found_stretch(
    pu: PassageUnits, query: Query, centre: float, reach: float
) -> tuple[int, int] | None:
    """(start, end) source offsets of the stretch of a passage where a choice's units are found
    nearest centre, within reach (reading distance) of it; None when none is."""
    found = list(_found(pu, query, centre, reach).values())
    if not found or not len(pu.to_source):
        return None
    last = len(pu.to_source) - 1
    first = min(int(np.searchsorted(pu.reading, min(found))), last)
    end = min(int(np.searchsorted(pu.reading, max(found))) + 3, last)  # a unit is ≤ 3 letters
    return int(pu.to_source[first]), int(pu.to_source[end]) + 1


# Joins that set a clause against the one before it (Iwasaki & Ingkaphirom Horie, A Reference
# Grammar of Thai, ch. 20 "Clause linkage", contrast: แต่ 'but', ส่วน 'as for', ขณะที่ 'while',
# ทว่า 'however'; Huddleston & Pullum ch. 15: but, whereas, while), or a semicolon: a negator
# before such a join does not scope over the clause after it ("ห้ามนำอาหารเข้าห้องค้นคว้า แต่
# อนุญาตให้นำน้ำดื่มในขวดที่มีฝาปิดได้"). Not และ / หรือ: a negator scopes over what they join
# ("ห้ามใช้ยาแอสไพรินหรือไอบูโพรเฟน").
_CONTRAST = re.compile(r"\s(?=แต่|ส่วน|ขณะที่|ทว่า)|;\s*|\s(?=(?:but|whereas|while)\s)", re.IGNORECASE)


def clause_stretch(
    pu: PassageUnits,
    query: Query,
    stretch: tuple[int, int],
    centre: float,
    reach: float,
    typed: str = "",
) -> tuple[int, int]:
    """The part of a found stretch (`found_stretch`) that is the clause holding most of the
    choice's weight, where contrasting clauses (`_CONTRAST`) divide it; the stretch itself when
    none does. The units of the choice's own negators (typed: the choice as asked) are not
    counted: they are what is compared. "ห้ามนำน้ำดื่มเข้าห้อง" is found across "ห้ามนำอาหารเข้า
    ห้องค้นคว้า | แต่อนุญาตให้นำน้ำดื่ม…": its น้ำดื่ม is in the second clause, which allows it."""
    start, end = stretch
    text = pu.passage.source[start:end]
    cuts = [
        m.end()
        for m in _CONTRAST.finditer(text)
        if text[: m.start()].count("(") <= text[: m.start()].count(")")
    ]
    if not cuts:
        return stretch
    bounds = [0, *cuts, len(text)]
    negators = [*_THAI_NEGATOR.finditer(typed), *_ENGLISH_NEGATOR.finditer(typed)]
    own = {u for m in negators for u in _units_of(m.group())}
    weight = [0.0] * (len(bounds) - 1)
    for unit, reading in _found(pu, query, centre, reach).items():
        if unit in own:
            continue
        at = _source_at(pu, reading) - start
        k = max(int(np.searchsorted(bounds, at, side="right")) - 1, 0)
        weight[min(k, len(weight) - 1)] += query.weights[unit]
    best = int(np.argmax(weight))
    if weight[best] <= 0:
        return stretch
    return start + bounds[best], start + bounds[best + 1]


def _units_of(word: str) -> set[str]:
    """The matching units of a word (matching.units)."""
    return {u for u, _, _ in units(query_form(word))}


def place_negated(pu: PassageUnits, stretch: tuple[int, int]) -> bool:
    """Whether the passage says the stretch negatively: a negator in it, or before it in the
    same clause (_scope_before)."""
    start, end = stretch
    source = pu.passage.source
    before = source[max(pu.passage.start, start - SCOPE_CHARS) : start]
    return is_negated(_scope_before(before) + " " + source[start:end])


def contradicts(
    pu: PassageUnits,
    query: Query,
    typed: str,
    centre: float,
    reach: float,
    stem_negated: bool = False,
) -> bool:
    """True when the choice (typed: as the asker wrote it) and the passage's stretch that says
    it around centre differ in polarity (one negated, the other not). stem_negated: the stem
    says what it asks for negatively (`stem_negation`: "ยาใดที่ห้ามใช้ …", "What should patients
    not take?"), so the choice it asks for is the one the text says so, and a choice the text
    says positively is the one said against."""
    stretch = found_stretch(pu, query, centre, reach)
    if stretch is None:
        return False
    stretch = clause_stretch(pu, query, stretch, centre, reach, typed)
    return (is_negated(typed) != stem_negated) != place_negated(pu, stretch)


def stem_negation(topic: str) -> bool:
    """Whether a stem's topic (parse.stem_topic: without its question words) is negated: the
    stem asks for what is not to be done or is not so ("ยาใดที่ห้ามใช้ลดไข้", "ข้อใดที่ผู้ป่วยไม่ควร
    ทำ"). The caller leaves out stems that ask for the choice that is not so (parse.is_negative:
    "ข้อใดไม่ใช่ …", "… EXCEPT"), which pick the choice the text does not say."""
    return is_negated(topic)
