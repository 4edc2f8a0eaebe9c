"""Measures of damage in extracted Thai text (shared by the PDF extractor and bench/extraction.py).

The signals and their precision were measured on ../shared/docs-samples/ (its README):
"space + า" and characters in U+F700–U+F71F are high-precision signs of damage; a plain count of
the whole Private Use Area is not (LaTeX maths fonts use U+F8F1–F8F4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text import ZERO_WIDTH_CHARS
from ..thai_dictionary import newmm

THAI_PUA = re.compile("[\uf700-\uf71f]")
# A dependent vowel or tone mark (U+0E31, U+0E34–0E3A, U+0E47–0E4E) at a line start or after a
# space / NBSP: a mark has no base there.
ORPHAN_MARK = re.compile("(?:^|(?<=[ \u00a0]))[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", re.MULTILINE)
# No Thai word starts with SARA AA (U+0E32): a space before it is a lost SARA AM.
SPACE_AA = re.compile("[ \u00a0]\u0e32")
THAI_RUN = re.compile("[\u0e01-\u0e4f]+")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")


@lru_cache(maxsize=1)
def thai_words() -> frozenset[str]:
    """PyThaiNLP's default word list (pythainlp.corpus.thai_words, ~62 k words in 5.x)."""
    from pythainlp.corpus import thai_words as words

    return frozenset(words())


def thai_tokens(text: str) -> list[str]:
    """newmm tokens of every Thai run of the text (whitespace and non-Thai dropped)."""
    tokens: list[str] = []
    for run in THAI_RUN.findall(text):
        tokens.extend(t for t in newmm(run, keep_whitespace=False) if t)
    return tokens


def in_dictionary_share(text: str) -> float | None:
    """Share of newmm tokens over Thai runs found in PyThaiNLP's word list (None: no Thai)."""
    tokens = thai_tokens(text)
    if not tokens:
        return None
    words = thai_words()
    return sum(token in words for token in tokens) / len(tokens)


@dataclass(frozen=True)
class Damage:
    """Counts of the faults a text shows (the columns of ../shared/docs-samples/README.md)."""

    thai_chars: int
    thai_pua: int
    orphan_marks: int
    space_aa: int
    nikhahit_aa: int  # ํา (U+0E4D U+0E32) or าํ: SARA AM written as two characters
    sara_am: int  # ำ (U+0E33)
    zero_width: int

    @property
    def total(self) -> int:
        """Damage signs counted together: PUA characters, orphan marks, "space + า" and SARA AM
        written as two characters (thai_chars, sara_am and zero_width are not damage)."""
        return self.thai_pua + self.orphan_marks + self.space_aa + self.nikhahit_aa


def damage(text: str) -> Damage:
    """Counts of each damage sign in the text (occurrences, not characters affected, except
    thai_chars: Thai characters U+0E00-U+0E7F, the scale to compare them with)."""
    return Damage(
        thai_chars=len(THAI_CHAR.findall(text)),
        thai_pua=len(THAI_PUA.findall(text)),
        orphan_marks=len(ORPHAN_MARK.findall(text)),
        space_aa=len(SPACE_AA.findall(text)),
        nikhahit_aa=text.count("\u0e4d\u0e32") + text.count("\u0e32\u0e4d"),
        sara_am=text.count("\u0e33"),
        zero_width=sum(text.count(ch) for ch in ZERO_WIDTH_CHARS),
    )
