"""What the documents say about a thing they name: a detail they never state of something they
do cover.

On staff's own small notices the commonest unanswerable question names a covered event or body
and asks a detail the notice never gives: "ใครเป็นหัวหน้าสีฟ้า" over a notice naming the blue team
only in the list of teams, "อาเซียนร่วมมือด้านกีฬาอย่างไรบ้าง" over a document naming กีฬา only
in its list of fifteen sectors (FRESH17a §1.1, FRESH17 §2). The name carries the match, and on a
small corpus every passage's cosine is high, so the dense scores cannot tell.

A thing the documents name only as a member of an enumeration — after an enumeration word
(ได้แก่, อาทิ, เช่น, ประกอบด้วย, ดังนี้) — is named, never described: a question about it beyond
its being listed has no answer there (`listed_only`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from .store import Derived, Index
from .text import is_content_word, normalize
from .vocabulary import RUNNING_TEXT, idf_table, rare_idf

# The words that introduce an enumeration, as the Royal Institute's dictionary defines them:
# ได้แก่, ประกอบด้วย ("namely", "consisting of"), อาทิ, เช่น ("for example"), ดังนี้, ดังต่อไปนี้
# ("as follows"); English "such as", "including", "namely" (Quirk et al., apposition).
_ENUMERATOR = re.compile(r"ได้แก่|อาทิ(?:เช่น)?|เช่น|ประกอบด้วย|ดัง(?:ต่อไป)?นี้|such as|including|namely")
# One item: a run of letters (no space), after spaces, a comma or a number in brackets "(1)".
_ITEM = re.compile(r"[ \t]*(?:\(\d+\)|\d+\)|,)?[ \t]*([^\s,()]+)")
# The conjunctions that open an enumeration's last item ("… สีเขียว และสีฟ้า"): and, or.
_LAST = ("และ", "หรือ", "and", "or")
_MIN_ITEMS = 3  # "ได้แก่ X และ Y" names a pair, often described after; three or more is a list
_MAX_ITEM = 40  # letters: an item is a name or a noun phrase, not a clause
_HAS_DIGIT = re.compile(r"\d")


def enumeration_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the enumerations in a (normalised) text: from the first item
    after an enumeration word to the end of the last, at least _MIN_ITEMS items of no more than
    _MAX_ITEM letters and no digit each, on one line; the last item is the one after และ/หรือ
    (written apart or joined: "และสีฟ้า") or the one before a line end or a longer run.

    >>> text = "แบ่งเป็น 4 สี ได้แก่ สีแดง สีเหลือง สีเขียว และสีฟ้า แต่ละสีมีครูที่ปรึกษา"
    >>> [text[s:e] for s, e in enumeration_spans(text)]
    ['สีแดง สีเหลือง สีเขียว และสีฟ้า']
    """
    spans = []
    for found in _ENUMERATOR.finditer(text):
        at, items, start, end = found.end(), 0, -1, -1
        while True:
            item = _ITEM.match(text, at)
            if item is None or "\n" in text[at : item.start(1)]:
                break
            word = item.group(1)
            if len(word) > _MAX_ITEM or _HAS_DIGIT.search(word) or _ENUMERATOR.fullmatch(word):
                break
            if start < 0:
                start = item.start(1)
            at, end, items = item.end(), item.end(), items + 1
            if word in _LAST:  # "และ สีฟ้า": the next item is the last
                last = _ITEM.match(text, at)
                if last is not None and "\n" not in text[at : last.start(1)]:
                    end = last.end()
                break
            if word.startswith(_LAST) and items > 1:
                break
        if items >= _MIN_ITEMS:
            spans.append((start, end))
    return spans


def _spans(index: Index) -> tuple[list[int], list[int]]:
    spans = sorted(enumeration_spans(RUNNING_TEXT.of(index)))
    return [s for s, _ in spans], [e for _, e in spans]


ENUMERATIONS: Derived[tuple[list[int], list[int]]] = Derived(
    "the enumerations of the corpus's running text (starts, ends)", _spans
)


def _inside(starts: Sequence[int], ends: Sequence[int], at: int, length: int) -> bool:
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at + length <= ends[i]


def only_listed(index: Index, word: str) -> bool:
    """Whether the corpus writes the (normalised) word, and every time as (part of) an item of
    an enumeration (`enumeration_spans`). False for a corpus too large to keep its running text
    (vocabulary.RUNNING_TEXT)."""
    running = RUNNING_TEXT.of(index)
    if not word or word not in running:
        return False
    starts, ends = ENUMERATIONS.of(index)
    if not starts:
        return False
    at = running.find(word)
    while at >= 0:
        if not _inside(starts, ends, at, len(word)):
            return False
        at = running.find(word, at + 1)
    return True


def listed_only(index: Index, units: Iterable[Sequence[str]]) -> tuple[str, ...]:
    """The question's words (each given by its forms: a Thai word, or the Thai terms of an
    English one) that the corpus writes only as items of enumerations (`only_listed`): a
    word counts when its content forms of at least two letters that are words of the corpus
    (its index's vocabulary) are all written so."""
    vocabulary, _ = idf_table(index)
    found = []
    for forms in units:
        # A word of the corpus's own (its index's vocabulary): ข้าม written only inside ข้ามแดน
        # is a piece of another word, not the word the question says.
        written = [normalize(f) for f in forms if len(f) >= 2 and is_content_word(f)]
        written = [f for f in written if f in vocabulary]
        if written and all(only_listed(index, f) for f in written):
            found.append(written[0])
    return tuple(dict.fromkeys(found))


# The question words that ask for a description or an account rather than a yes or a no: Thai
# อย่างไร/ยังไง (how), อะไร (what), ทำไม (why), แบบไหน (what kind); English how, what, why, which
# (the interrogatives of the reference grammars, answer_types). A yes/no question about a
# listed thing ("…นับเป็นสาขาความร่วมมือด้วยไหม") is answered by the list itself.
_DESCRIBE = re.compile(r"อย่างไร|ยังไง|อะไร|ทำไม|แบบไหน|\b(?:how|what|why|which)\b")


def asks_detail(question: str, asked: str | None) -> bool:
    """Whether the question asks for a value (asked: answer_types.asked_type) or a description
    ("อย่างไรบ้าง", "what does … do about"), not only yes or no."""
    return asked is not None or bool(_DESCRIBE.search(normalize(question)))


# Yes/no questions: Thai ไหม/มั้ย/หรือไม่/หรือเปล่า/รึเปล่า/ใช่ไหม at the end (the reference
# grammar's interrogative particles), English an auxiliary first ("Does …", "Is there …").
_YES_NO = re.compile(
    r"(?:ไหม|มั้ย|มั๊ย|หรือไม่|หรือเปล่า|รึเปล่า|ป่าว)\s*(?:ครับ|คะ|ค่ะ|จ้ะ|นะ)?\s*\??\s*$"
    r"|^(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had|should|may)\b"
)


def asks_yes_no(question: str) -> bool:
    """Whether the question asks only yes or no ("ห้องสมุดมี wifi ไหม", "Does the camp provide
    insurance?")."""
    return bool(_YES_NO.search(normalize(question)))


def listed_detail(
    index: Index, question: str, asked: str | None, units: Iterable[Sequence[str]]
) -> bool:
    """Whether the question asks a detail (`asks_detail`) of a thing the corpus names only as
    an item of an enumeration (`listed_only`; units: its words, each by its forms — a Thai token,
    or the Thai terms of an English word the corpus uses): named, never described
    ("อาเซียนร่วมมือด้านกีฬาอย่างไรบ้าง")."""
    return asks_detail(question, asked) and bool(listed_only(index, units))


def topic_unknown(
    index: Index,
    weights: Iterable[str],
    unknown: Collection[str],
    translations: Mapping[str, Sequence[str]],
    wide_share: float,
) -> bool:
    """Whether every word the question asks about, beyond what the whole corpus is about, is one
    the corpus writes in no spelling: "What does ASEAN do about cybersecurity?" over a document
    on ASEAN that never speaks of it (FRESH17 §2), where ASEAN alone carries the match.

    weights: the question's content words as the judge weighs them; unknown: those of them the
    corpus does not know (the judge's unknown words: typos and other spellings forgiven);
    translations: its English words with a dictionary entry → the Thai terms of them the corpus
    writes (together.english_terms, other spellings included). A word is what the whole corpus
    is about when it, or one of its Thai terms, is held by at least wide_share of the passages
    (ScopeConfig.corpus_wide_share, as scope.rules.corpus_wide reads it: "อาเซียน", "asean").
    An English word is known when the corpus writes a Thai term of it or writes it as it is; a
    question of corpus-wide words alone is about the corpus, not unknown."""
    vocabulary, idf = idf_table(index)
    line = rare_idf(index, wide_share)

    def wide(word: str) -> bool:
        forms = (word, *translations.get(word, ()))
        return any(f in vocabulary and float(idf[vocabulary[f]]) <= line for f in forms)

    def known(word: str) -> bool:
        return bool(translations.get(word)) or word not in unknown

    asked = [w for w in weights if not wide(w)]
    return bool(asked) and not any(known(w) for w in asked)
