"""A choice that says one party acted alone, where the documents say the act was joint.

An exam makes a false statement from a true one by making a joint act one party's own:
"Thailand set up the ASCN on its own" where the text says "ประเทศสมาชิกอาเซียนได้ร่วมกันจัดตั้ง
เครือข่ายเมืองอัจฉริยะอาเซียน (ASEAN Smart Cities Network: ASCN)" (FRESH22 K1, E26: picked, sure).
Every word the text can judge is there (Thailand, ASCN), and the words that make it false ("on
its own") have no Thai gloss, so the choice scored as said. Here a choice that writes a marker
of sole agency (`SOLE`) is said against where the sentence that supports it, or one beside it,
writes a marker of joint agency (`JOINT`) and no marker of sole agency of its own.

The sentences beside the support's are read too, as binding.claim_paired_otherwise reads them:
sentence cutting may cut one statement apart, and a choice placed by its subject's name can
land on the sentence after the one that says what the subject did ("… ร่วมกันจัดตั้ง … ASCN …
| ซึ่งประเทศไทยจะสานต่อเรื่องนี้ …").
"""

from __future__ import annotations

import re

from ..corpus.model import Passage
from ..text import normalize

# Markers of sole agency: Princeton WordNet 3.0's adverbs of acting without others (alone,
# unaided, single-handedly, unilaterally, the antonym of multilaterally; on one's own, by
# oneself) and their Thai terms in the Thai WordNet the lexicon is built from
# (qa_bot/data/en_th_lexicon.json.gz: alone → โดยลำพัง, ตามลำพัง; unilaterally → โดยฝ่ายเดียว),
# with the Thai "only the one party" (แต่เพียงผู้เดียว) and reflexive "by oneself" (ด้วยตนเอง,
# ด้วยตัวเอง; Iwasaki & Ingkaphirom Horie, A Reference Grammar of Thai, CUP 2005, on ตัวเอง/ตนเอง).
SOLE = re.compile(
    r"\b(?:alone|unaided|single-?handed(?:ly)?|unilateral(?:ly)?"
    r"|on (?:its|their|his|her|one's) own|by (?:itself|themselves|himself|herself|oneself))\b"
    r"|ลำพัง|ฝ่ายเดียว|ผู้เดียว|ด้วยตนเอง|ด้วยตัวเอง",
    re.IGNORECASE,
)

# Markers of joint agency: WordNet's jointly, collectively, together and their Thai WordNet
# terms (jointly, collectively → โดยร่วมมือกัน; together → ด้วยกัน), the collective กัน of
# ร่วมกัน 'jointly' besides (Iwasaki & Ingkaphirom Horie 2005, on the reciprocal/collective กัน).
JOINT = re.compile(
    r"ร่วมกัน|ร่วมมือกัน|ด้วยกัน|\b(?:jointly|together|collectively|with each other|with one another)\b",
    re.IGNORECASE,
)


def sole_agency(choice: str) -> bool:
    """Whether a choice says that one party acted alone (`SOLE`)."""
    return SOLE.search(normalize(choice)) is not None


def said_jointly(passage: Passage | None, source_pos: int, choice: str) -> bool:
    """Whether a choice that says one party acted alone (`sole_agency`) is supported at
    source_pos of passage (a source offset, as Support.source_pos) by a sentence that, with the
    ones before and after it, says the act was joint (`JOINT`) and says nothing of sole agency
    itself. False for a choice without such a marker, or no passage or place."""
    if passage is None or source_pos < 0 or not sole_agency(choice):
        return False
    rows = passage.sentences
    at = next((k for k, (lo, hi) in enumerate(rows) if lo <= source_pos < hi), None)
    if at is None:
        return False
    near = rows[max(at - 1, 0) : at + 2]
    text = normalize(passage.source[near[0][0] : near[-1][1]])
    return JOINT.search(text) is not None and SOLE.search(text) is None
