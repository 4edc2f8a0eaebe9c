"""Which of several choices one sentence states is the one it binds to what the stem asks.

A sentence may give the value of each of several things, one clause each: "ตาข่ายสูง 1.52 เมตร
สำหรับผู้ชาย และ 1.42 เมตรสำหรับผู้หญิง", "ความตกลง … ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน และ
ปฏิญญา … ลงนามโดยผู้นำประเทศสมาชิกอาเซียน", "นักเรียนยืมได้ครั้งละไม่เกิน 3 เล่ม … ส่วนครูยืมได้
ครั้งละไม่เกิน 10 เล่ม". Every choice it states is then found with the stem's words all around it,
and the scores tie (FRESH18a K4: the women's net height tied with the men's; NOTE18 Left 3:
signer order). What tells them apart is the clause each is stated in: the one whose own words
say what the stem asks about ("สำหรับผู้หญิง", "ปฏิญญา … หนึ่งเดียว …", "ครู").

Clauses are cut where the grammars join clauses (Iwasaki & Ingkaphirom Horie, A Reference
Grammar of Thai, CUP 2005, ch. 20 "Clause linkage": และ 'and', ส่วน 'as for', แต่ 'but',
ขณะที่ 'while', หรือ 'or', after a space, as Thai sets a clause apart; Huddleston & Pullum, The
Cambridge Grammar of the English Language, 2002, ch. 15 "Coordination": and, but, or, while,
whereas), or at a comma or semicolon. When a later clause opens with its value ("… และ 1.42
เมตรสำหรับผู้หญิง") the words before the first value are said of every value (the shared
frame: "ตาข่ายสูง") and count for none; otherwise each clause's words are its own.

A number choice is stated only where the text writes its number with its unit: "7 เล่ม" (or a
bare "7" under "… กี่เล่ม": answer_types.count_classifiers) is not stated by "… 3 เล่ม เป็นเวลา
7 วัน", which says 7 of days (`unit_bound`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..answer_types import count_classifiers
from ..corpus.model import Passage
from ..text import is_content_word, normalize, tokenize
from .matching import UnitIndex, unit_weights
from .parse import stem_topic

_CLAUSE_JOIN = re.compile(
    r"\s(?=และ|ส่วน|แต่|ขณะที่|หรือ)|[,;]\s*|\s(?=(?:and|but|or|while|whereas)\s)", re.IGNORECASE
)
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
# The word a number's unit is (a Thai classifier or unit: "เล่ม", "เมตร", "วัน"; or an English one).
_UNIT_WORD = re.compile(r"\s*([\u0e00-\u0e7f]+|[A-Za-z]+)")


def sentence_at(passage: Passage, source_pos: int) -> tuple[int, int] | None:
    """(start, end) source offsets of the passage's sentence holding source_pos."""
    for start, end in passage.sentences:
        if start <= source_pos < end:
            return start, end
    return None


def _unit_after(text: str, end: int) -> str:
    """The first word after a number ending at end ("" when none)."""
    found = _UNIT_WORD.match(text, end)
    if found is None:
        return ""
    word = found.group(1)
    thai = tokenize(word)
    return (thai[0] if thai else word).lower()


def number_and_unit(choice: str, stem: str) -> tuple[str, tuple[str, ...]] | None:
    """A number choice's number and the units it may be written in: the word the choice writes
    after it ("7 เล่ม" → ("7", ("เล่ม",))), or for a bare number the classifier the stem counts
    in ("กี่เล่ม" → ("เล่ม", …)); None for a choice that is not a number or has no unit."""
    text = normalize(choice).strip()
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1:
        return None
    found = _NUMBER.search(text)
    assert found is not None
    if text[: found.start()].strip():
        return None  # "ครั้งที่ 8", "ค.ศ. 2018": a name or a date, not a count in a unit
    unit = _unit_after(text, found.end())
    if unit:
        return found.group(), (unit,)
    if text[found.end() :].strip():
        return None
    asked = count_classifiers(stem)
    return (found.group(), asked) if asked else None


def unit_bound(sentence: str, choice: str, stem: str) -> bool | None:
    """Whether a sentence writes a number choice's number with its unit (`number_and_unit`):
    True when one of its occurrences is followed by that unit, False when the number is written
    only with other units, None when the choice is no number with a unit or the sentence does
    not write its number followed by a word."""
    known = number_and_unit(choice, stem)
    if known is None:
        return None
    number, units = known
    text = normalize(sentence)
    after = [_unit_after(text, m.end()) for m in _NUMBER.finditer(text) if m.group() == number]
    after = [u for u in after if u]
    if not after:
        return None
    return any(any(u.startswith(unit) or unit.startswith(u) for unit in units) for u in after)


def _stem_words(ui: UnitIndex, stem: str) -> dict[str, float]:
    """The stem's topic words (parse.stem_topic's content words), each weighed as exam matching
    weighs it (matching.unit_weights)."""
    words = [w for w in dict.fromkeys(tokenize(stem_topic(stem))) if is_content_word(w)]
    return {w: sum(unit_weights(ui, w).values()) for w in words}


def written(text: str, choice: str) -> bool:
    """Whether a text writes the choice (`_where`)."""
    return _where(normalize(text), choice) is not None


def is_thai_text(text: str) -> bool:
    """Whether a choice as matched is Thai only (no Latin word left of an English choice)."""
    return re.search(r"[A-Za-z]", text) is None


def _where(text: str, choice: str) -> int | None:
    """Where a sentence (normalised) writes the choice: the choice whole, else its number."""
    own = normalize(choice).strip()
    at = text.find(own)
    if at >= 0:
        return at
    numbers = _NUMBER.findall(own)
    if len(numbers) == 1:
        found = [m.start() for m in _NUMBER.finditer(text) if m.group() == numbers[0]]
        if len(found) == 1:
            return found[0]
    return None


_JOINS = ("และ", "ส่วน", "แต่", "หรือ", "ขณะที่", "and", "but", "or", "while", "whereas")


def _topic(clause: str) -> str:
    """A clause's first content word after its joining word ("" when none)."""
    for word in tokenize(clause):
        if word.lower() in _JOINS or not is_content_word(word):
            continue
        return word
    return ""


def bound_choice(
    ui: UnitIndex,
    sentence: str,
    stem: str,
    choices: Sequence[str],
    group: Sequence[int],
    cuts: Sequence[int] = (),
    places: dict[int, int] | None = None,
) -> int | None:
    """Of the choices in group (indices into choices, as matched), all stated in one sentence,
    the one stated in the clause whose own words say most of what the stem asks about (module
    docstring), its words weighed as exam matching weighs them (matching.unit_weights); None
    when the sentence writes fewer than two of them, two share a clause, or no one clause says
    more. cuts: offsets in sentence where clauses start besides (the sentences of a text of
    several: each is a clause). places: where in sentence each choice was found (its support's
    place), for a choice the sentence does not write as matched (an English choice over Thai
    text, matched by its glosses)."""
    text = normalize(sentence)
    # A choice the sentence does not write is not one of those it states (its support's window
    # reached into it from the sentence before).
    found = places or {}
    where = {
        i: at
        for i in group
        if (at := _where(text, choices[i]) if is_thai_text(choices[i]) else found.get(i))
        is not None
        and 0 <= at < len(text)
    }
    group = list(where)
    if len(group) < 2:
        return None
    # Not inside brackets (an English name glossed beside its Thai: "(ASEAN Agreement on
    # Disaster Management and Emergency Response: ADDMER)"), nor at an English word in Thai text.
    thai = re.search(r"[\u0e00-\u0e7f]", text) is not None
    joins = {
        m.end()
        for m in _CLAUSE_JOIN.finditer(text)
        if text[: m.start()].count("(") <= text[: m.start()].count(")")
        and not (thai and re.match(r"\s*[A-Za-z]", text[m.end() - 1 :]))
    } | set(cuts)
    starts = [0, *sorted(c for c in joins if 0 < c < len(text)), len(text)]
    clauses = list(itertools.pairwise(starts))

    def clause_of(at: int) -> int:
        return next(k for k, (lo, hi) in enumerate(clauses) if lo <= at < hi)

    own = {i: clause_of(at) for i, at in where.items() if at is not None}
    # Choices one clause states together cannot be told apart by it: only a clause that states
    # one choice alone can bind it ("สนามมีขนาดกว้าง 6.10 เมตร ยาว 13.40 เมตร" beside the net's).
    alone = {k for k in own.values() if list(own.values()).count(k) == 1}
    if not alone:
        return None
    first = min(where.values(), key=lambda at: at if at is not None else 0)
    assert first is not None
    # A later clause that opens with its value: the words before the first value are the frame.
    framed = any(
        not [
            w
            for w in tokenize(text[clauses[own[i]][0] : at])
            if is_content_word(w) and w.lower() not in _JOINS
        ]
        for i, at in where.items()
        if at is not None and at != first
    )
    weight = _stem_words(ui, stem)
    words = list(weight)
    if not framed:
        # Each clause is about its first words (Thai is topic-prominent: the clause-initial noun
        # phrase is what it is about, Iwasaki & Horie ch. 12 "Topic"; "ส่วนครูยืมได้ …" is about
        # ครู and leaves the books it lends unsaid): the one clause whose topic the stem names.
        topics = {i: _topic(text[clauses[own[i]][0] : clauses[own[i]][1]]) for i in group}
        named = [i for i, t in topics.items() if t and any(t == w for w in words)]
        if len(named) == 1 and len(set(topics.values())) == len(group) and own[named[0]] in alone:
            return named[0]
    said: dict[int, float] = {}
    for i, at in where.items():
        assert at is not None
        lo, hi = clauses[own[i]]
        if framed and at == first:
            lo = at
        here = text[lo:hi]
        # The choice's own words are no evidence that its clause is the stem's.
        here = here.replace(normalize(choices[i]).strip(), " ")
        said[i] = sum(weight[w] for w in words if w in here)
    best = max(said.values())
    top = [i for i, s in said.items() if s == best]
    return top[0] if best > 0 and len(top) == 1 and own[top[0]] in alone else None
