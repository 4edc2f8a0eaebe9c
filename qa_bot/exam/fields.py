"""The field of cooperation a stem names, and the choices said elsewhere.

An exam asks what came out of one field ("Which of the following came out of ASEAN's social
welfare and development cooperation?", "ข้อใดเป็นข้อริเริ่มของไทยในความร่วมมือด้านแรงงาน") and
offers real names of other fields as distractors: the labour section's "ASEAN-OSHNET
initiatives" scored 0.56 over the welfare section's "the first ASEAN Youth Development Index",
0.48, and was picked sure (FRESH25 K3). The documents' sections are their fields (the index's
section_label / section_label_en: "สวัสดิการสังคมและการพัฒนา", "Social Welfare and
Development"); a choice whose best place for the stem lies in another section than the one the
stem names is said of another field.

A stem names a field when it writes a section's whole label (Thai or English) in the frame a
field is named by: Thai ความร่วมมือด้าน… / สาขา… ด้าน… ("ความร่วมมือด้านแรงงาน"; the documents'
own headings are so written), English "<label> cooperation", "cooperation on / in <label>",
"the field / sector / area of <label>" (Huddleston & Pullum 2002, ch. 5: a noun modifier or an
of- / on-phrase names what cooperation is in). A label's word said otherwise ("occupational safety
and health in the workplace": health, not the Health field) names none.
"""

from __future__ import annotations

import re

from ..store import Index
from ..text import normalize
from .deliberation import Deliberation, Facts
from .score import is_supported, label_words
from .sectors import SECTION_LABELS, Sections
from .support import Support

# The frames that name a field (module docstring); the label's words follow or precede them.
_FIELD_TH = re.compile(r"(?:ความร่วมมือ|สาขา)\s*ด้าน\s*(\S+)")
_PHRASE = r"((?:[a-z-]+\s+){0,3}[a-z-]+)"  # up to four words
_FIELD_EN = (
    re.compile(rf"\b(?:cooperation|co-operation|collaboration)\s+(?:on|in)\s+(?:the\s+)?{_PHRASE}"),
    re.compile(rf"{_PHRASE}\s+(?:cooperation|co-operation|sector|field)\b"),
    re.compile(rf"\b(?:field|sector|area)\s+of\s+(?:the\s+)?{_PHRASE}"),
)


def _whole_label(index: Index, words: frozenset[str]) -> Sections | None:
    """The sections whose whole Thai or English label the words write (the longest such label,
    score.label_words), None when none or two labels as long."""
    best: tuple[int, set[Sections]] = (0, set())
    for keys, labels in SECTION_LABELS.of(index).items():
        for label in labels[:2]:  # the Thai label, the English name (not both together)
            if not label or not label <= words:
                continue
            if len(label) > best[0]:
                best = (len(label), {keys})
            elif len(label) == best[0]:
                best[1].add(keys)
    return next(iter(best[1])) if len(best[1]) == 1 else None


def field_named(index: Index, stem: str) -> Sections | None:
    """The (document id, section id) pairs of the one field the stem names (module docstring:
    the phrase of up to four words its frame takes writes a section's whole label), None when
    it names none or several."""
    text = normalize(stem)
    found: set[Sections] = set()
    for match in _FIELD_TH.finditer(text):
        named = _whole_label(index, label_words(match.group(1)))
        if named is not None:
            found.add(named)
    for pattern in _FIELD_EN:
        for match in pattern.finditer(text.lower()):
            named = _whole_label(index, label_words(match.group(1)))
            if named is not None:
                found.add(named)
    return next(iter(found)) if len(found) == 1 else None


def in_field(support: Support, field: Sections) -> bool:
    """Whether a choice's support (its best place for the stem) lies in the field's sections."""
    passage = support.passage
    return passage is not None and (passage.doc_id, passage.section_id) in field


def field_aside(f: Facts, st: Deliberation) -> None:
    """Under a positive stem with a topic that names a field (`field_named`; not one whose
    choices name the sections themselves, sectors.py), a pick whose place lies in another
    field's section moves to the best-supported choice placed in the named field, and the
    choices outside it are set aside (st.aside); with no supported choice in the field the pick
    stands (a field may be named beside what is asked: "the 28th-29th Summit adopted in the area
    of labour"). FRESH25 K3: the labour section's "ASEAN-OSHNET initiatives" 0.56 picked sure
    over the welfare section's Youth Development Index 0.48 under "… came out of ASEAN's social
    welfare and development cooperation"."""
    chosen, content, supports = st.chosen, f.content, st.supports
    if f.negative or f.free or f.scoring.sectors or chosen is None or chosen not in content:
        return
    field = field_named(f.index, f.stem)
    if field is None or in_field(supports[chosen], field):
        return
    left = [i for i in content if in_field(supports[i], field) and is_supported(supports[i], f.cfg)]
    if left:
        st.chosen = max(left, key=lambda i: supports[i].score)
        st.aside |= {i for i in content if i not in left}
