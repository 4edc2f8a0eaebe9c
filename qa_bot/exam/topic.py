"""Whether a choice's evidence says it as words, where it says what the stem asks about.

An exam whose stem the documents do not cover (the scope judge finds the stem alone not
answered: "ข้อใดคือเมืองหลวงของญี่ปุ่น") was still decided whenever one choice's letters occurred
somewhere: "สิงคโปร์" in a sentence on a meeting held there, "ประชา" inside ประชาคม, "เศรษฐา"
by three of its trigrams inside เศรษฐกิจ (FRESH16a K2). Trigram matching is right for typos and
segmentation differences in documents the stem is about; for a stem they are not about, a
choice counts only where its own words are whole words of the text (the tokenizer the index
uses, text.tokenize) and the stem's own topic words are said beside it.

A stem the judge finds neither answered nor out of scope (uncertain: "Which planet is the largest
in the solar system?" picked โลก from "… มากที่สุดในโลก") is answered only where what it asks
about is written beside the choice (`topic_share`), as the matching units read it: English
words as the Thai the passages write, years in either era.
"""

from __future__ import annotations

import numpy as np

from ..corpus.model import Passage
from ..text import is_content_word, is_thai, normalize, tokenize
from .matching import UnitIndex
from .parse import stem_topic
from .support import Support

# How far either side of the matched place the stem's words count as said beside the choice
# (characters of the document): about two sentences of the bundled text.
NEAR_CHARS = 300


def _words(text: str) -> list[str]:
    return [w for w in tokenize(text) if is_content_word(w)]


def said_here(passage: Passage | None, place: int, choice: str, stem: str) -> bool:
    """True when the text around place (a source offset in passage's document; -1: the whole
    passage) writes at least half of the choice's content words as whole words and at least
    one content word of the stem's topic (parse.stem_topic: without its question words).
    choice is the choice as matched (Thai names and glosses, exam.names / exam.glosses).
    A stem or choice without content words asks nothing here (True)."""
    if passage is None:
        return False
    text = passage.source
    lo, hi = passage.start, passage.end
    if place >= 0:
        lo, hi = max(lo, place - NEAR_CHARS), min(hi, place + NEAR_CHARS)
    words = set(_words(text[lo:hi]))
    folded = normalize(text[lo:hi]).lower()
    mine = _words(choice)
    if mine:
        whole = [w for w in mine if w in words or (not is_thai(w) and w in folded)]
        if 2 * len(whole) < len(mine):
            return False
    topic = _words(stem_topic(stem))
    return not topic or any(w in words for w in topic)


# Under a stem the scope judge does not find answered, a pick is said where at least this share
# of what the stem asks about is written (`topic_share`). On the pooled exam items whose stem
# alone is uncertain (1,763-item pool), right picks of positive stems with a topic have 0.11 or
# more (twg091; most 0.2–0.85) but for English topics matched only in part (twm023 "Where was
# the 32nd ASEAN Summit held?": 0.02), which is why such a pick is kept, undecided (decide.py);
# "Which planet is the largest in the solar system?" → โลก has 0, "Which city hosts the
# headquarters of the United Nations?" → กรุงเทพฯ 0.07.
TOPIC_SHARE = 0.1


def topic_share(ui: UnitIndex, support: Support, topic: dict[str, float]) -> float:
    """The weighted share (0..1) of the stem's topic units (matching.unit_weights of its topic
    as matched: score.matched_topic) its passage writes within NEAR_CHARS reading positions of
    the support's place (its sentence's start, when the embedding placed it: Support.sentence).
    Units the documents never write count against it: what the stem asks about is not said
    there. 0 without a place or a topic."""
    total = sum(topic.values())
    if support.passage is None or total <= 0:
        return 0.0
    pu = ui.units_of(support.passage.id)
    centre = support.reading_pos
    if support.sentence >= 0 and pu.passage.sentences:
        start = pu.passage.sentences[support.sentence][0]
        centre = float(
            pu.reading[min(int(np.searchsorted(pu.to_source, start)), len(pu.reading) - 1)]
        )
    said = 0.0
    for unit, weight in topic.items():
        positions = pu.positions.get(unit)
        if positions is not None and bool(np.any(np.abs(positions - centre) <= NEAR_CHARS)):
            said += weight
    return said / total
