"""Whether a choice's evidence says it as words, where it says what the stem asks about.

An exam whose stem the documents do not cover (the scope judge finds the stem alone not
answered: "ข้อใดคือเมืองหลวงของญี่ปุ่น") was still decided whenever one choice's letters occurred
somewhere: "สิงคโปร์" in a sentence on a meeting held there, "ประชา" inside ประชาคม, "เศรษฐา"
by three of its trigrams inside เศรษฐกิจ (FRESH16a K2). Trigram matching is right for typos and
segmentation differences in documents the stem is about; for a stem they are not about, a
choice counts only where its own words are whole words of the text (the tokenizer the index
uses, text.tokenize) and the stem's own topic words are said beside it.
"""

from __future__ import annotations

from ..corpus.model import Passage
from ..text import is_content_word, is_thai, normalize, tokenize
from .parse import stem_topic

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
