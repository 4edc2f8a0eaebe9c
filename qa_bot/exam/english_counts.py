"""The Thai classifiers an English count stem counts in ("How many sectors …?" → สาขา, ด้าน).

A Thai text counts a noun by a number and the noun's classifier (ลักษณนาม): "มีคุณลักษณะ 5 ข้อ",
"ประกอบด้วย 15 สาขา". A Thai stem names the classifier itself ("กี่สาขา": answer_types.
count_classifiers), an English one only the noun it counts ("how many sectors", "into how many
areas"). Where one sentence writes two counts, the classifier tells which counts what the stem
asks: the Blueprint's "5 ข้อ" (characteristics) does not answer "How many areas of cooperation
…?", the pillar's "15 สาขา" does (FRESH25 K2; binding.number_and_unit, unit_bound).
"""

from __future__ import annotations

import re

from ..lexicon import singular_lemmas

# English nouns a count asks by → the Thai classifiers that count them: the classifiers of the
# Royal Institute's list of Thai classifiers (ราชบัณฑิตยสถาน, ลักษณนาม: สาขา/ด้าน for fields and
# areas of work, ข้อ/ประการ for points and characteristics, ประเทศ, เมือง/แห่ง for places, ฉบับ for
# documents, ครั้ง for events, คน for people, ระดับ for levels), each keyed by the English noun an
# English–Thai dictionary gives for the noun it counts (LEXiTRON: สาขา "branch, field, sector",
# ด้าน "aspect, side, area", ข้อ "item, point, clause"). Units of time (days, years) are left out:
# a date's numbers are no count ("13-15 พฤศจิกายน"), and dates.py / order.py read lengths.
_COUNTED = {
    "sector": ("สาขา", "ด้าน"),
    "area": ("สาขา", "ด้าน"),
    "field": ("สาขา", "ด้าน"),
    "branch": ("สาขา",),
    "aspect": ("ด้าน",),
    "dimension": ("ด้าน",),
    "characteristic": ("ข้อ", "ประการ"),
    "feature": ("ข้อ", "ประการ"),
    "point": ("ข้อ", "ประการ"),
    "principle": ("ข้อ", "ประการ"),
    "item": ("ข้อ", "รายการ"),
    "goal": ("ข้อ", "ประการ", "เป้าหมาย"),
    "country": ("ประเทศ",),
    "state": ("ประเทศ",),
    "nation": ("ประเทศ",),
    "city": ("เมือง", "แห่ง"),
    "centre": ("แห่ง",),
    "center": ("แห่ง",),
    "university": ("แห่ง",),
    "declaration": ("ฉบับ",),
    "document": ("ฉบับ",),
    "agreement": ("ฉบับ",),
    "plan": ("ฉบับ",),
    "meeting": ("ครั้ง",),
    "summit": ("ครั้ง",),
    "time": ("ครั้ง",),
    "person": ("คน",),
    "people": ("คน",),
    "level": ("ระดับ",),
}
# The words that end the noun phrase after "how many": a verb, a preposition or the question's
# end ("How many sectors of cooperation …", "… characteristics does …", "… into how many areas?").
_NOUN_PHRASE = re.compile(
    r"\bhow\s+many\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+)"
    r"(?=\s+(?:of|does|do|did|are|is|were|was|have|has|had|make|makes|come|comes|in|on|at|"
    r"under|for|within|can|will|would|should|took|take|there)\b|\s*[?.,]|\s*$)",
    re.IGNORECASE,
)


def english_count_classifiers(stem: str) -> tuple[str, ...]:
    """The Thai classifiers of the noun an English stem counts: the head of the noun phrase after
    "how many" (its last word; of a compound "sub-areas", the part after the hyphen), () when
    the stem asks no such count or counts a noun not in the table (`_COUNTED`). A plural head is
    read as its singular by WordNet's noun rules (lexicon.singular_lemmas: "cities" → city)."""
    found = _NOUN_PHRASE.search(stem)
    if found is None:
        return ()
    head = found.group(1).split()[-1].lower().strip("'").split("-")[-1]
    return _COUNTED.get(next(iter(singular_lemmas(head)), head), ())
