"""Choices that name the documents' sections, said by the section where the stem's subject is.

"ดัชนีการพัฒนาเยาวชนอาเซียนอยู่ในความร่วมมือด้านใด ก. การศึกษา ข. สวัสดิการสังคมและการพัฒนา ค. สาธารณสุข
ง. แรงงาน" asks which part of the documents speaks of the stem's subject. A heading is not said
by its own words in a passage: the Education section writes "เยาวชน" and "การศึกษา" beside each
other, the Social Welfare section writes the index and never its own label, and a choice scored
by its words where the stem's words are picked การศึกษา, decided (FRESH16 §2: 4 of 19 such items
decided wrong, while retrieval's top hit for the stem was in the right section 19 of 19).

Here each choice is matched to the sections whose label it names (`sector_choices`): the
document's own label or its English name (the index's section_label / section_label_en,
"การศึกษา", "Culture and Arts"), whole or in part ("เครือข่ายเมืองอัจฉริยะ" of "เครือข่ายเมือง
อัจฉริยะอาเซียน", "Social welfare"), less the words the stem itself says ("ด้านการศึกษา" under
"… อยู่ในด้านใด"). A choice scores as the best sentence of its sections (among the passages
read) says the stem's subject (`sector_supports`): the weighted share of the stem's topic
units the sentence writes, blended with the stem's embedding closeness to it, as the stem's
context is weighed in scoring (ExamConfig.dense_share; the lexical part as far as the stem's
words are the corpus's own). That sentence is the choice's evidence. Any index's sections
count, the bundled document's sectors or the headings of one's own documents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..config import DEFAULT, ExamConfig
from ..corpus.model import Passage
from ..store import Derived, Index
from ..text import normalize
from .claims import sentence_shares
from .matching import PassageUnits, UnitIndex, unit_weights
from .score import label_words, matched_topic, sentence_closeness
from .support import Support, make_query

Sections = frozenset[tuple[str, int]]


def _labels(index: Index) -> dict[Sections, tuple[frozenset[str], ...]]:
    """Each section's label words (its Thai label's, its English name's, and both together),
    keyed by the sections that have those labels."""
    found: dict[tuple[str, int], tuple[frozenset[str], frozenset[str]]] = {}
    for passage in index.passages:
        key = (passage.doc_id, passage.section_id)
        if key not in found:
            found[key] = (
                label_words(passage.section_label),
                label_words(passage.section_label_en or ""),
            )
    # Sections of several documents under one label are named together.
    grouped: dict[tuple[frozenset[str], frozenset[str]], set[tuple[str, int]]] = {}
    for key, labels in found.items():
        grouped.setdefault(labels, set()).add(key)
    return {
        frozenset(keys): tuple(w for w in (thai, english, thai | english) if w)
        for (thai, english), keys in grouped.items()
    }


SECTION_LABELS: Derived[dict[Sections, tuple[frozenset[str], ...]]] = Derived(
    "each section's label words, Thai, English and both", _labels
)


def _named(index: Index, words: frozenset[str]) -> Sections | None:
    """The section a choice's words name: those of one of its labels (`_labels`) are all the
    choice's, or the choice's are all the label's and the label is half of the choice at least
    ("Public health" names "Health"; "ปฏิญญา…ว่าด้วยวัฒนธรรมและศิลปะ" names no label); of such
    sections the one whose label shares most of the choice (words in common over all words);
    None when none, or when two sections share as much."""
    if not words:
        return None
    best: tuple[float, set[Sections]] = (0.0, set())
    for keys, labels in SECTION_LABELS.of(index).items():
        for label in labels:
            if not (words <= label or (label <= words and 2 * len(label) >= len(words))):
                continue
            share = len(words & label) / len(words | label)
            if share > best[0]:
                best = (share, {keys})
            elif share == best[0]:
                best[1].add(keys)
    return next(iter(best[1])) if len(best[1]) == 1 else None


def sector_choices(index: Index, stem: str, choices: Sequence[str]) -> list[Sections] | None:
    """When every choice (two at least) names a section of the documents, and each another,
    the (document id, section id) pairs each one names; None otherwise.

    A choice names a section by its Thai label, its English name or both ("Culture and Arts
    (วัฒนธรรมและศิลปะ)"), whole or in part, as `_named` reads its content words
    (score.label_words); failing that, by its words less those the stem says ("ด้านแรงงาน"
    under "… อยู่ในด้านใด")."""
    if len(choices) < 2:
        return None
    stem_words = label_words(stem)
    found: list[Sections] = []
    for choice in choices:
        words = label_words(choice)
        named = _named(index, words)
        if named is None and words - stem_words != words:
            named = _named(index, words - stem_words)
        if named is None:
            return None
        found.append(named)
    if len(set(found)) != len(found):
        return None
    return found


def sector_supports(
    index: Index,
    ui: UnitIndex,
    stem: str,
    read: Sequence[PassageUnits],
    sectors: Sequence[Sections],
    stem_vector: np.ndarray | None,
    cfg: ExamConfig = DEFAULT.exam,
) -> list[Support]:
    """Each section choice's support: the sentence of its sections (among the passages read)
    that says the stem's subject best (module docstring), its score 0..1 that sentence's
    blend of the stem's unit share and embedding closeness (score.sentence_closeness: the
    passages' median sentence 0, the best 1; stem_vector None: the share alone).

    coverage is 1 (a heading is said of its whole section); in_words is True for the choice
    whose sections say the most of the stem's words in one sentence, alone: the documents'
    own words then decide, not the embedding alone. Support(0.0) for a choice none of whose
    sections is read, or when the stem has no units."""
    weights = unit_weights(ui, matched_topic(index, stem, read))
    query = make_query(ui, weights)
    if query.total <= 0:
        return [Support(0.0) for _ in sectors]
    lexical = 1.0
    closeness = None
    if stem_vector is not None:
        lexical = (1.0 - cfg.dense_share) * query.known / query.total
        closeness = sentence_closeness(index, stem_vector, read, cfg)
    best: list[tuple[float, PassageUnits | None, int]] = [(0.0, None, -1)] * len(sectors)
    most = [0.0] * len(sectors)  # the greatest share one sentence of each choice's sections says
    for pu in read:
        if not pu.passage.sentences:
            continue
        key = (pu.passage.doc_id, pu.passage.section_id)
        mine = [i for i, keys in enumerate(sectors) if key in keys]
        if not mine:
            continue
        shares = sentence_shares(pu, weights)
        blended = lexical * shares
        if closeness is not None:
            rows = pu.first_sentence_row + np.arange(len(shares))
            blended = blended + (1.0 - lexical) * closeness[rows]
        row = int(np.argmax(blended))
        for i in mine:
            most[i] = max(most[i], float(shares.max()))
            if blended[row] > best[i][0]:
                best[i] = (float(blended[row]), pu, row)
    top = max(most, default=0.0)
    alone = top > 0 and sum(m == top for m in most) == 1
    supports = []
    for i, (score, pu, row) in enumerate(best):
        if pu is None:
            supports.append(Support(0.0, in_words=False))
            continue
        start = pu.passage.sentences[row][0]
        reading = pu.reading[min(int(np.searchsorted(pu.to_source, start)), len(pu.reading) - 1)]
        supports.append(
            Support(
                score=score,
                passage=pu.passage,
                source_pos=start,
                reading_pos=float(reading),
                coverage=1.0,
                coherence=1.0,
                context=score,
                sentence=row,
                in_words=alone and most[i] == top,
            )
        )
    return supports


# A claim names a sector of cooperation by ด้าน 'in the field of' before its label ("ปฏิญญาด้าน
# แรงงาน", "ความร่วมมือด้านการศึกษา": Thai names a field so, as the documents' own headings do),
# up to the next space or the claim's end.
_FIELD = re.compile(r"ด้าน(\S+)")


def sector_otherwise(index: Index, claim: str, passage: Passage, sentence: str) -> bool:
    """Whether a claim names a section of the documents as its field (`_FIELD`, the words after
    ด้าน naming one label: `_named`) and the sentence that says it (in passage) lies in another
    section and does not write that field's words: "ปฏิญญาบันดาร์เสรีเบกาวันเป็นปฏิญญาด้านแรงงาน",
    said by the Culture and Arts section's sentence on the Bandar Seri Begawan declaration. An
    exam makes a false statement so, by moving a true one's subject to another field. The
    overview's sentence that lists the fields writes the field's words, and says it."""
    for found in _FIELD.finditer(normalize(claim)):
        words = label_words(found.group(1))
        named = _named(index, words)
        if named is None:
            continue
        if (passage.doc_id, passage.section_id) in named:
            return False
        return not words <= label_words(sentence)
    return False
