"""Choices that carry the whole claim: judged within one sentence, with their year and place.

Under a stem that says nothing the choices are about ("ข้อใดถูกต้อง", "ข้อใดกล่าวผิด", "Which of
the following is true?": parse.content_free) each choice is a statement of its own. The scoring
window (score.passage_support) holds a choice's words where they stand close together, so a
claim whose words one sentence says far apart ("คลังเก็บสิ่งของช่วยเหลือ … ที่จังหวัดชัยนาท",
190 characters on) was found only in part, and a year or place the window reached in the
sentence before ("… ค.ศ. 2018 ที่จังหวัดภูเก็ต ทั้งนี้ ในปี 2562 ที่ไทยเป็นประธานอาเซียน") was taken
for the claim's own (FRESH12 §3: such stems were left undecided or refused). Here:

    share        the weighted share of the choice's matching units one sentence writes (the
                 sentence that writes most of it, over the passages read), and
    other value  whether the year that sentence writes nearest the claim's other words is
                 another than the choice's (years.year_unit, either era: "Thailand chaired
                 ASEAN in 2018" where one sentence says "… ค.ศ. 2018 ที่จังหวัดภูเก็ต ทั้งนี้ ในปี
                 2562 ที่ไทยเป็นประธานอาเซียน"), or the sentence names another place than the
                 choice's and none of its places: an exam makes a distractor by changing the
                 year or place of a true statement ("ACAI ตั้งที่เชียงใหม่" where the text says
                 "… ACAI) ที่กรุงเทพฯ").

Places are the names of Thailand's provinces in PyThaiNLP's corpus (pythainlp.corpus.provinces)
and of countries as every country check reads them (countries.country_names: PyThaiNLP's list
and the current spellings it lacks), with the Royal Institute's short form of the capital
(กรุงเทพฯ), less those that are Thai stop words ("เลย", the province Loei, is also "at all");
they are read as whole words (text.tokenize), never inside another word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..corpus.model import Passage
from ..text import thai_stopwords, tokenize
from .matching import PassageUnits
from .support import Query, latin_names
from .years import year_unit

# The capital as Thai texts write it, beside PyThaiNLP's full name (Royal Institute).
_CAPITAL_SHORT = ("กรุงเทพฯ", "กรุงเทพ")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Thai names of provinces and countries (module docstring), stop words left out."""
    from pythainlp.corpus import provinces

    from ..countries import country_names

    names = set(provinces()) | country_names() | set(_CAPITAL_SHORT)
    return frozenset(n for n in names if n not in thai_stopwords())


def places_in(text: str) -> frozenset[str]:
    """The places a text names as whole words; the capital in any of its forms as กรุงเทพฯ."""
    names = place_names()
    found = {w for w in tokenize(text) if w in names}
    # PyThaiNLP's tokeniser may keep the abbreviation mark apart ("กรุงเทพ", "ฯ").
    return frozenset("กรุงเทพฯ" if w in (*_CAPITAL_SHORT, "กรุงเทพมหานคร") else w for w in found)


@dataclass(frozen=True)
class Claim:
    """A choice's best sentence: how much of it that sentence says, and whether it gives
    another year or place."""

    share: float  # weighted share of the choice's judged units the sentence writes, 0..1
    passage: Passage | None = None
    sentence: int = -1  # index into passage.sentences
    other_value: bool = False


def _sentence_rows(pu: PassageUnits) -> np.ndarray:
    """The reading position where each of the passage's sentences starts."""
    starts = np.asarray([a for a, _ in pu.passage.sentences])
    bounds = np.searchsorted(pu.to_source, starts)
    return pu.reading[np.minimum(bounds, len(pu.reading) - 1)]


def _shares(pu: PassageUnits, weights: dict[str, float]) -> np.ndarray:
    """Each sentence's weighted share of the units (shape (sentences,))."""
    starts = _sentence_rows(pu)
    found = np.zeros(len(starts))
    for unit, weight in weights.items():
        positions = pu.positions.get(unit)
        if positions is None:
            continue
        rows = np.clip(np.searchsorted(starts, positions, side="right") - 1, 0, len(starts) - 1)
        found[np.unique(rows)] += weight
    return found / max(sum(weights.values()), 1e-9)


def judged_units(query: Query, matched: str) -> dict[str, float]:
    """The units of a choice a Thai text can confirm or deny: all but its everyday English words
    left untranslated ("warehouse" where the text writes คลังเก็บสิ่งของ, not the dictionary's
    คลังสินค้า; glosses.py), which count neither for nor against it, as in neutral.blend. Its
    names count, found or not ("Chiang Mai", which the document never writes)."""
    names = latin_names(matched)
    return {u: w for u, w in query.weights.items() if not u.startswith("~") or u in names}


def sentence_text(passage: Passage, sentence: int) -> str:
    """The text of one of a passage's sentences."""
    start, end = passage.sentences[sentence]
    return passage.text[start - passage.start : end - passage.start]


def _words_centre(
    pu: PassageUnits, query: Query, low: float, high: float, reach: float
) -> float | None:
    """Where in [low, high) the choice's words other than its years stand closest together:
    the occurrence with the most weight of distinct units within reach of it; None when the
    sentence writes none of them."""
    spots = []
    for unit, weight in query.weights.items():
        positions = pu.positions.get(unit)
        if positions is None or year_unit(unit):
            continue
        inside = positions[(positions >= low) & (positions < high)]
        spots.extend((float(p), unit, weight) for p in inside)
    best: tuple[float, float] | None = None
    for centre, _, _ in spots:
        near: dict[str, float] = {}
        for p, unit, weight in spots:
            if abs(p - centre) <= reach:
                near[unit] = weight
        gain = sum(near.values())
        if best is None or gain > best[0]:
            best = (gain, centre)
    return best[1] if best is not None else None


def other_value(pu: PassageUnits, sentence: int, query: Query, matched: str) -> bool:
    """Whether the sentence writes another year than the choice (none of the choice's), or
    another place than the choice names (none of its places); matched is the choice as
    matched (its English names in Thai)."""
    years = {u for u in query.weights if year_unit(u)}
    starts = _sentence_rows(pu)
    low = starts[sentence]
    high = starts[sentence + 1] if sentence + 1 < len(starts) else np.inf
    if years:
        centre = _words_centre(pu, query, low, high, float(len(matched)))
        nearest = None
        for unit, positions in pu.positions.items():
            inside = positions[(positions >= low) & (positions < high)]
            if year_unit(unit) and len(inside) and centre is not None:
                distance = float(np.abs(inside - centre).min())
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, unit)
        if nearest is not None and nearest[1] not in years:
            return True
    mine = places_in(matched)
    if mine:
        there = places_in(sentence_text(pu.passage, sentence))
        if there and not there & mine:
            return True
    return False


def best_claim(candidates: Sequence[PassageUnits], query: Query, matched: str) -> Claim:
    """The sentence of the passages read that writes most of the choice (ties: the first read),
    and whether it gives another year or place (`other_value`); Claim(0.0) for a choice with
    no units or passages without sentences."""
    best = Claim(0.0)
    weights = judged_units(query, matched)
    if not weights:
        return best
    for pu in candidates:
        if not pu.passage.sentences:
            continue
        shares = _shares(pu, weights)
        row = int(np.argmax(shares))
        if shares[row] > best.share:
            best = Claim(float(shares[row]), pu.passage, row)
            best_pu = pu
    if best.passage is None:
        return best
    return Claim(
        best.share, best.passage, best.sentence, other_value(best_pu, best.sentence, query, matched)
    )
