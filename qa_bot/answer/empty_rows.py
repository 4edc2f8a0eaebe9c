"""Rows of a passage that say nothing on their own: a heading line naming its section ("6.
ผู้ประสานงาน", "การแต่งกาย (Dress code)") and a lead-in closing the passage whose list is not in
it ("ความคืบหน้า … ในด้านต่าง ๆ อาทิ"). They hold the topic's words and no predicate or value."""

from __future__ import annotations

import re
from functools import lru_cache

from ..corpus.boundaries import NUMBERING, is_heading_line
from ..corpus.lists import LEAD_IN_END
from ..corpus.model import Passage
from ..corpus.sections import LABEL_JOIN
from ..text import normalize

# A heading's gloss in another language, in brackets after it: "การแต่งกาย (Dress code)" is
# the section labelled การแต่งกาย.
_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")


def _bare(text: str) -> str:
    """A heading or label without its number or Markdown marks and its bracketed gloss, in
    matching form (text.normalize: a PDF's text may write a tone mark before the vowel its
    label writes it after)."""
    return " ".join(normalize(_GLOSS.sub("", NUMBERING.sub("", text))).split())


@lru_cache(maxsize=1 << 14)
def empty_rows(passage: Passage) -> frozenset[int]:
    """Rows of the passage's sentences that answer nothing alone:
    - a heading line (corpus.boundaries.is_heading_line: a short whole line with no sentence
      end) naming its section (a part of its label, less numbers and a bracketed gloss):
      asked "Who is the coordinator?", the heading "6. ผู้ประสานงาน" scored above the sentence
      under it that names her (FRESH17a §1.3);
    - the passage's last row when it ends announcing a list (corpus.lists.LEAD_IN_END: อาทิ,
      ได้แก่, ดังนี้, a colon …) whose items are not in the passage: "ความคืบหน้าในการ
      ดำเนินการ … ในด้านต่าง ๆ อาทิ" (its items are the sections that follow) was the answer to
      "Do sport and information count as areas of cooperation?" over the sentence before it
      that lists the 15 sectors."""
    names = {_bare(part) for part in passage.section_label.split(LABEL_JOIN.strip())}
    names.discard("")
    source, spans = passage.source, passage.sentences
    empty = {
        row
        for row, (start, end) in enumerate(spans)
        if _bare(source[start:end]) in names and is_heading_line(source, (start, end))
    }
    if spans and LEAD_IN_END.search(source[slice(*spans[-1])].rstrip()):
        empty.add(len(spans) - 1)
    return frozenset(empty)
