"""The stem's subject: a choice is the answer only where the documents speak of what the stem
asks about.

"ข้อใดเป็นที่ตั้งของศูนย์ประสานงาน AHA Centre ก. กรุงเทพฯ ข. จาการ์ตา …" picked กรุงเทพฯ from the
sentence that puts another centre (ACAI) there: the stem's words around it ("ศูนย์", "อาเซียน")
and its embedding were close enough (FRESH11 §2). The document never says where the AHA Centre
is, and the honest verdict is that it does not say.

The subject is what the stem names by an acronym (a word in capitals the documents write:
"AHA", "AUN", "AQRF", "SAMCA"), an identifier of one body, meeting or document; not one the
documents write in more than SUBJECT_MAX_SHARE of their sentences ("ASEAN" in a document about
ASEAN picks out nothing). A choice is about the subject when the passage of its evidence writes
one of the stem's acronyms. On our pooled exam items (281, bench/exam_cv.py) every right pick of
a positive stem that names one is in such a passage, up to 337 characters from the acronym
(d017: "… เครือข่ายมหาวิทยาลัยอาเซียน (AUN) …" and the systems it develops further on): a
passage, not a sentence, is the unit.
"""

from __future__ import annotations

import math
import re

from ..text import stem_latin
from .matching import UnitIndex
from .support import Support

# A document's own topic is written everywhere: a name in more than this share of its
# sentences (their rarity, matching.unit_index's IDF) does not pick out one thing.
SUBJECT_MAX_SHARE = 0.25
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]+(?![A-Za-z0-9])")


def subject_names(ui: UnitIndex, stem: str) -> frozenset[str]:
    """The matching units (text.stem_latin's, "~aha") of the acronyms the stem writes that the
    documents write in at most SUBJECT_MAX_SHARE of their sentences; empty when none."""
    rare = math.log(1.0 / SUBJECT_MAX_SHARE)
    units = {"~" + stem_latin(word.lower()) for word in _ACRONYM.findall(stem)}
    return frozenset(u for u in units if ui.idf.get(u, 0.0) >= rare)


def about_subject(ui: UnitIndex, support: Support, subject: frozenset[str]) -> bool:
    """Whether the passage a choice's support is in writes one of the subject's units (True
    for an empty subject: the stem names none)."""
    if not subject:
        return True
    if support.passage is None:
        return False
    positions = ui.units_of(support.passage.id).positions
    return any(unit in positions for unit in subject)
