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
ขณะที่ 'while', หรือ 'or', and the connectives that open a new statement, ทั้งนี้ 'in this
regard', นอกจากนี้ 'besides', อย่างไรก็ตาม 'however', after a space, as Thai sets a clause
apart; Huddleston & Pullum, The
Cambridge Grammar of the English Language, 2002, ch. 15 "Coordination": and, but, or, while,
whereas), or at a comma or semicolon. When a later clause opens with its value ("… และ 1.42
เมตรสำหรับผู้หญิง") the words before the first value are said of every value (the shared
frame: "ตาข่ายสูง") and count for none; otherwise each clause's words are its own.

Choices near the pick (ExamConfig.bind_margin), not only tied ones, are so told apart: the
stem's words around each differ by how long its clause is more than by what it says (four
signers 0.69 / 0.65 in the ADDMER sentence). Besides the clause joins, the items of a list are
clauses of their own: after ได้แก่, อาทิ, เช่น, ประกอบด้วย each item set apart by a space ("ได้แก่
สีน้ำเงินสำหรับขยะทั่วไป สีเขียวสำหรับขยะอินทรีย์ …"; `_list_items`). A change ("จากเดือนละ 20 บาท
เป็นเดือนละ 30 บาท") binds its new value, or its old one under a stem that asks what held before
(`_changed`); a stem that asks a maximum or minimum binds the value written after the bound's
word ("ไม่เกิน 100 บาท"; `_limited`). A choice the statement does not write as matched (an English
one, matched by its glosses) is placed by the words that set it apart from the others
(`distinctive_place`), not by the words every bracketed name shares.

The same clauses judge a statement-choice (`paired_otherwise`): one that pairs one clause's
subject with another clause's value ("ปฏิญญา ONE ASEAN, ONE RESPONSE ลงนามโดยรัฐมนตรีต่างประเทศ
อาเซียน", the foreign ministers being the ADDMER clause's signers; a meeting placed where the
clause before it places two others) is said otherwise, though every word of it is written.

A place or a country fills a role in its clause, marked by the preposition before it: where (ที่,
ณ, ใน) or whose / by whom (ของ, โดย) (`place_roles`). A choice that names a place its statement
writes only in another role, beside another place in the choice's role, is said otherwise
(`said_in_another_role`: "Laos" for "whose initiative" where the text says "ข้อริเริ่มของไทย …
ที่เวียงจันทน์ สปป.ลาว"); under a stem that asks where or who, the sentence that says the stem's
topic binds the one choice it writes (`topic_bound`).

A number choice is stated only where the text writes its number with its unit: "7 เล่ม" (or a
bare "7" under "… กี่เล่ม": answer_types.count_classifiers) is not stated by "… 3 เล่ม เป็นเวลา
7 วัน", which says 7 of days (`unit_bound`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..answer_types import COUNT, asked_type, count_classifiers
from ..corpus.model import Passage
from ..places import places_in
from ..text import YEAR_IN_TEXT, christian_year, is_content_word, is_thai, normalize, tokenize
from .dates import time_expressions
from .matching import UnitIndex, unit_weights
from .parse import stem_topic

_CLAUSE_JOIN = re.compile(
    r"\s(?=และ|ส่วน|แต่|ขณะที่|หรือ|ทั้งนี้|นอกจากนี้|อย่างไรก็ตาม)|[,;]\s*"
    r"|\s(?=(?:and|but|or|while|whereas)\s)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
# The word a number's unit is (a Thai classifier or unit: "เล่ม", "เมตร", "วัน"; or an English one).
_UNIT_WORD = re.compile(r"\s*([\u0e00-\u0e7f]+|[A-Za-z]+)")
# The suffixes of English ordinal numerals written in digits (1st, 2nd, 3rd, 4th …; any English
# grammar), glued to the number.
_ENGLISH_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


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
    if _ENGLISH_ORDINAL_SUFFIX.match(text, found.end()):
        # "33rd", "the 2nd meeting": an English ordinal names one of a series as "ครั้งที่ 33"
        # does; its suffix is no unit (FRESH22 K3: "33rd" was set aside as a count of "rd").
        return None
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


def dated_only(sentence: str, choice: str, stem: str) -> bool:
    """Whether a bare-number choice under a stem that asks a count (answer_types.asked_type
    COUNT: "How many member states does ASEAN have?") is written in the sentence only inside
    dates (dates.time_expressions: a day of "13-15 พฤศจิกายน ค.ศ. 2018", a year): the sentence
    counts nothing by it (FRESH22 K5: "15" was read out of the 33rd summit's dates)."""
    number = normalize(choice).strip()
    if not number.isdigit() or asked_type(stem) != COUNT:
        return False
    text = normalize(sentence)
    spots = [m.start() for m in _NUMBER.finditer(text) if m.group() == number]
    if not spots:
        return False
    dated = [(a, b) for a, b, _ in time_expressions(text)]
    return all(any(a <= at < b for a, b in dated) for at in spots)


def _stem_words(ui: UnitIndex, topic: str) -> dict[str, float]:
    """The stem's topic words (topic: parse.stem_topic of the stem; its content words), each
    weighed as exam matching weighs it (matching.unit_weights)."""
    words = [w for w in dict.fromkeys(tokenize(topic)) if is_content_word(w)]
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


def distinctive_place(text: str, choice: str, others: Sequence[str], reach: int = 80) -> int | None:
    """Where a text (a statement of several clauses, as normalised) writes what sets a choice
    apart from the others: the occurrence of its own content words (those no other choice
    has: "ยอกยาการ์ตา" of "The ยอกยาการ์ตา Declaration on …" beside "The เวียงจันทน์
    Declaration on …") with most of them within reach characters; None when the text writes
    none of them. A choice matched only in part (an English one over Thai text, its glosses)
    is placed by its own words, not by the words every choice shares ("Declaration", "ASEAN"),
    which the text writes in every clause."""
    shared = {w.lower() for other in others for w in tokenize(normalize(other))}
    own = {
        w.lower()
        for w in tokenize(normalize(choice))
        if is_content_word(w) and w.lower() not in shared and len(w) > 1
    }
    lowered = text.lower()
    spots = sorted(m.start() for w in own for m in re.finditer(re.escape(w), lowered))
    if not spots:
        return None
    return max(spots, key=lambda at: (sum(abs(o - at) <= reach for o in spots), -at))


# Words that open an enumeration, and those that close one (Iwasaki & Ingkaphirom Horie, A
# Reference Grammar of Thai, ch. 20: listing with ได้แก่, คือ, อาทิ, เช่น … เป็นต้น; a relative
# clause, ซึ่ง, or a purpose, เพื่อ, ends the list); Huddleston & Pullum ch. 15 for English.
_LIST_OPEN = re.compile(r"(?:ได้แก่|ดังนี้|อาทิ|เช่น|ประกอบด้วย|\b(?:including|namely|such as)\b)\s*")
_LIST_CLOSE = re.compile(r"เป็นต้น|ซึ่ง|เพื่อ|[.;:(]|\b(?:which|that|to)\b")


def _list_items(text: str) -> set[int]:
    """Where the items of the text's enumerations start: after a word that opens one, each item
    set apart by a space ("ได้แก่ สีน้ำเงินสำหรับขยะทั่วไป สีเขียวสำหรับขยะอินทรีย์ … และสีแดง
    สำหรับขยะอันตราย"), up to the word that closes it. Thai writes a list's items apart by spaces,
    not commas: each is a clause of its own for binding."""
    starts: set[int] = set()
    for opened in _LIST_OPEN.finditer(text):
        closed = _LIST_CLOSE.search(text, opened.end())
        end = closed.start() if closed is not None else len(text)
        region = text[opened.end() : end].rstrip()
        if re.search(r"[A-Za-z]", region) and re.search(r"[\u0e00-\u0e7f]", region):
            continue  # spaces inside English names glossed in Thai text cut nothing
        starts.add(opened.end())
        starts.update(opened.end() + m.end() for m in re.finditer(r"\s+", region))
    return starts


# A change stated as "จาก <old> เป็น <new>" / "from <old> to <new>" (Iwasaki & Ingkaphirom Horie
# ch. 9, the resultative เป็น 'become'): its new value is what holds, the old one what held. A
# stem asks the old one by a word of time before ("ค่าธรรมเนียมเดิม", "the previous fee").
_FROM = re.compile(r"จาก|\bfrom\b")
_TO = re.compile(r"เป็น|\bto\b")
_ASKS_BEFORE = re.compile(
    r"เดิม|ก่อน|แต่ก่อน|อดีต|\b(?:old|previous|former|before|originally|used to)\b", re.IGNORECASE
)
_CHANGE_REACH = 40  # characters from จาก to its old value, and from the old value to เป็น


# A bound stated before its value ("ไม่เกิน 100 บาท", "อย่างน้อย 1 วัน", "at most 2 hours"), and a
# stem that asks the bound (ค่าปรับสูงสุด, "the maximum fine"): the Thai and English words of
# comparison with a limit (Iwasaki & Ingkaphirom Horie ch. 15 "Comparison"; Huddleston & Pullum
# ch. 5 on "at most"/"at least").
_AT_MOST = r"ไม่เกิน|สูงสุด|ไม่มากกว่า|มากที่สุด|\b(?:at most|up to|no more than|maximum|max)\b"
_AT_LEAST = r"อย่างน้อย|ไม่น้อยกว่า|ไม่ต่ำกว่า|ต่ำสุด|น้อยที่สุด|\b(?:at least|no less than|minimum|min)\b"
_LIMIT_REACH = 12  # characters from a bound's word to its value


def _limited(text: str, where: dict[int, int], topic: str) -> int | None:
    """Under a stem whose topic (parse.stem_topic) asks a maximum or a minimum (`_AT_MOST`,
    `_AT_LEAST`), the one choice the text writes right after that bound's word; None otherwise."""
    for bound in (_AT_MOST, _AT_LEAST):
        if not re.search(bound, topic, re.IGNORECASE):
            continue
        after = [
            i
            for i, at in where.items()
            if re.search(rf"(?:{bound})\s*\S{{0,{_LIMIT_REACH}}}$", text[max(at - 30, 0) : at])
        ]
        return after[0] if len(after) == 1 else None
    return None


def _changed(text: str, where: dict[int, int], topic: str) -> tuple[int, int] | None:
    """The choice a change binds (`_FROM`, `_TO`) and the one it does not: of two choices
    written one after the other, the first after จาก/from and the second after เป็น/to between
    them, the new value (the old one under a stem whose topic, parse.stem_topic, asks what held
    before) and the other; None when no two choices are so written."""
    spots = sorted(where.items(), key=lambda item: item[1])
    for (old, at_old), (new, at_new) in itertools.pairwise(spots):
        before = text[max(at_old - _CHANGE_REACH, 0) : at_old]
        between = text[at_old:at_new]
        if _FROM.search(before) and _TO.search(between) and at_new - at_old <= 2 * _CHANGE_REACH:
            return (old, new) if _ASKS_BEFORE.search(topic) else (new, old)
    return None


def clauses_of(text: str, cuts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """(start, end) offsets of a statement's clauses (text normalised): cut at the clause joins
    (`_CLAUSE_JOIN`, module docstring), at cuts (offsets where clauses start besides: the
    sentences of a statement of several) and before each list item (`_list_items`); not inside
    brackets (an English name glossed beside its Thai: "(ASEAN Agreement on Disaster Management
    and Emergency Response: ADDMER)"), nor at an English word in Thai text."""
    thai = re.search(r"[\u0e00-\u0e7f]", text) is not None
    joins = (
        {
            m.end()
            for m in _CLAUSE_JOIN.finditer(text)
            if text[: m.start()].count("(") <= text[: m.start()].count(")")
            and not (thai and re.match(r"\s*[A-Za-z]", text[m.end() - 1 :]))
        }
        | set(cuts)
        | _list_items(text)
    )
    starts = [0, *sorted(c for c in joins if 0 < c < len(text)), len(text)]
    return list(itertools.pairwise(starts))


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
    # What the stem asks about, without its question words: read by each rule below.
    topic = stem_topic(stem)
    limited = _limited(text, where, topic)
    if limited is not None:
        return limited
    changed = _changed(text, where, topic)
    if changed is not None:
        # Of a change's two values the stem asks one: the other is no answer. With other
        # choices stated beside them ("… ส่วนร้านค้า … 150 บาท") the clauses decide among the rest.
        kept, dropped = changed
        if len(where) == 2:
            return kept
        del where[dropped]
        group = list(where)
    clauses = clauses_of(text, cuts)

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
    # Only its joining word may stand before the value ("และ 1.42 เมตร …"): a qualifier ("แต่
    # ไม่เกิน 100 บาท", "ไม่เกิน" being stop words) limits the value before it, it opens no item.
    framed = any(
        not [
            w
            for w in tokenize(text[clauses[own[i]][0] : at])
            if w.strip() and w.lower() not in _JOINS and not re.fullmatch(r"\W+", w)
        ]
        for i, at in where.items()
        if at is not None and at != first
    )
    weight = _stem_words(ui, topic)
    words = list(weight)
    if not framed:
        # Each clause is about its first words (Thai is topic-prominent: the clause-initial noun
        # phrase is what it is about, Iwasaki & Horie ch. 12 "Topic"; "ส่วนครูยืมได้ …" is about
        # ครู and leaves the books it lends unsaid): the one clause whose topic the stem names.
        topics = {i: _topic(text[clauses[own[i]][0] : clauses[own[i]][1]]) for i in group}
        # A topic every clause writes ("การประชุม … และการประชุมเชิงปฏิบัติการ …") names none.
        named = [
            i
            for i, t in topics.items()
            if t
            and any(t == w for w in words)
            and not any(t in text[clauses[own[j]][0] : clauses[own[j]][1]] for j in group if j != i)
        ]
        if len(named) == 1 and len(set(topics.values())) == len(group) and own[named[0]] in alone:
            return named[0]
    said: dict[int, float] = {}
    for i, at in where.items():
        assert at is not None
        lo, hi = clauses[own[i]]
        if framed and at == first:
            lo = at
        here = text[lo:hi]
        # The choices' own words are no evidence that a clause is the stem's ("สีใด" beside
        # "สีเขียว … สีเหลือง" in the clause of the choices listed before the last).
        for j in where:
            here = here.replace(normalize(choices[j]).strip(), " ")
        said[i] = sum(weight[w] for w in words if w in here)
    best = max(said.values())
    top = [i for i, s in said.items() if s == best]
    return top[0] if best > 0 and len(top) == 1 and own[top[0]] in alone else None


# How many words before a choice make the relation it is stated by ("ลงนาม" "โดย" before
# "รัฐมนตรีต่างประเทศอาเซียน" and before "ผู้นำประเทศสมาชิกอาเซียน"): a verb and its preposition.
RELATION_WORDS = 2


def relation_before(text: str, at: int) -> tuple[str, ...]:
    """The RELATION_WORDS words (text.tokenize) right before offset at of a text (normalised),
    lower-cased; () when fewer are written there or none of them is a Thai content word (an
    English word glossed in brackets, a list's opening word, is no relation)."""
    words = [w.lower() for w in tokenize(text[max(at - 60, 0) : at]) if w.strip()]
    last = tuple(words[-RELATION_WORDS:])
    if len(last) < RELATION_WORDS or not any(is_thai(w) and is_content_word(w) for w in last):
        return ()
    return last


def stated_whole(text: str, choice: str, others: Sequence[str], at: int, reach: int = 80) -> bool:
    """Whether a text (normalised) writes every word that sets a choice apart from the others
    (`distinctive_place`'s own words, Thai ones: an English choice's glosses) within reach
    characters of offset at: "ASEAN สุขภาพ รัฐมนตรี" is not stated at "ลงนามโดยรัฐมนตรีต่างประเทศ"
    though รัฐมนตรี is written there."""
    shared = {w.lower() for other in others for w in tokenize(normalize(other))}
    own = {
        w
        for w in tokenize(normalize(choice))
        if is_thai(w) and is_content_word(w) and w not in shared and len(w) > 1
    }
    near = text[max(at - reach, 0) : at + reach]
    return all(w in near for w in own)


def one_relation(text: str, places: dict[int, int]) -> bool:
    """Whether a statement (normalised) states the choices at places (choice → offset) as values
    of one relation, each in a clause of its own (`clauses_of`): the same words right before each
    (`relation_before`: "… ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน และปฏิญญา … ลงนามโดยผู้นำ
    ประเทศสมาชิกอาเซียน"). Such a statement relates each value to its own clause's subject: of
    the choices only one is the stem's, whatever the others' scores. The items of a list do not
    so ("อาทิ การให้ทุนการศึกษา … การแลกเปลี่ยนนักศึกษา …": each follows the one before)."""
    if len(places) < 2:
        return False
    before = {relation_before(text, at) for at in places.values()}
    if len(before) != 1 or () in before:
        return False
    spans = clauses_of(text)
    owners = {
        next((k for k, (lo, hi) in enumerate(spans) if lo <= at < hi), -1) for at in places.values()
    }
    return len(owners) == len(places)


# How many of a claim's content words after its relation word are its value: a body's head and
# its kind ("ลงนามโดย" → "รัฐมนตรี" "ต่างประเทศ"), as claims.SLOT_WORDS reads a slot.
VALUE_WORDS = 2


def paired_otherwise(ui: UnitIndex, statement: str, claim: str, cuts: Sequence[int] = ()) -> bool:
    """Whether a statement of several clauses (`clauses_of`; cuts as there) gives the claim's
    value to another subject than the claim's: one clause relates something to the claim's
    value by the claim's relation word, another relates something else by the same word, and
    the second says more of the claim's subject than the first (its subject words a strict
    superset). "ปฏิญญา ONE ASEAN, ONE RESPONSE ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน" where the text
    says "ความตกลง … ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน และปฏิญญา … ONE ASEAN, ONE RESPONSE
    …) ลงนามโดยผู้นำประเทศสมาชิกอาเซียน": every word of the claim is in the statement, but its
    subject and its value in two clauses each of which has its own. An exam makes a false
    statement so, from a sentence that relates two things alike (NOTE21 Left 1: e031).

    The claim's relation word is one of its Thai content words after the first, its value the
    Thai content words right after it (VALUE_WORDS at most), its subject the content words
    before it. False when no clause writes the relation with the claim's value or no other
    clause writes it with another."""
    text = normalize(statement)
    spans = clauses_of(text, cuts)
    if len(spans) < 2:
        return False
    said = [[w for w in tokenize(text[lo:hi]) if is_content_word(w)] for lo, hi in spans]
    words = [w for w in tokenize(normalize(claim)) if is_content_word(w)]
    for j, relation in enumerate(words):
        if j == 0 or not is_thai(relation):
            continue
        value = list(itertools.takewhile(is_thai, words[j + 1 : j + 1 + VALUE_WORDS]))
        if not value:
            continue
        subject = set(words[:j])
        # What each clause relates by the claim's relation word (the Thai content word after
        # it: a number is compared as a number, claims.other_number).
        after = [
            {ws[k + 1] for k in range(len(ws) - 1) if ws[k] == relation and is_thai(ws[k + 1])}
            for ws in said
        ]
        # The same word, whatever word cutting joined to it ("ทะเลใน" for ทะเล + ใน).
        own = [k for k, found in enumerate(after) if any(_same(value[0], w) for w in found)]
        # Another value: a word the claim does not write at all.
        other = [
            k
            for k, found in enumerate(after)
            if found and k not in own and not any(_same(w, x) for w in found for x in words)
        ]
        for v in own:
            mine = subject & set(said[v])
            for o in other:
                if after[o] & set(said[v]):
                    # What follows the relation there follows it here too, after the claim's
                    # value: the same statement with a word left out ("นักเรียนยืมหนังสือได้ครั้งละ
                    # … ส่วนครูยืมได้ครั้งละ …"), not another value.
                    continue
                if mine < subject & set(said[o]):
                    return True
    return _placed_otherwise(ui, text, spans, said, words, claim) or _dated_otherwise(
        ui, text, spans, said, words, claim
    )


def _same(word: str, other: str) -> bool:
    """Whether two words are one, either the start of the other (word cutting may join the next
    word to it: "ทะเลใน")."""
    return word.startswith(other) or other.startswith(word)


def _placed_otherwise(
    ui: UnitIndex,
    text: str,
    spans: Sequence[tuple[int, int]],
    said: Sequence[Sequence[str]],
    words: Sequence[str],
    claim: str,
) -> bool:
    """Whether the clause that says most of a claim's words other than its place names another
    place, when another clause names the claim's (the place it names last; `_valued_otherwise`):
    "ไทยมีแผนจัดการประชุมรัฐมนตรีอาเซียนสมัยพิเศษด้านขยะทะเลที่จังหวัดภูเก็ต" where the meeting's
    clause says "… สมัยพิเศษด้านขยะทะเลที่กรุงเทพฯ" and the clause before it "… ค.ศ. 2018 ที่
    จังหวัดภูเก็ต". A place the claim opens with is its subject ("ไทย…"), no value; so is one
    inside a name before its last ("การประชุมเชิงปฏิบัติการอาเซียน-จีน … จัดขึ้นที่กรุงเทพฯ")."""
    subject = places_in(words[0]) if words else frozenset()
    as_said = normalize(claim)
    named_all = places_in(as_said) - subject
    if not named_all:
        return False
    last = max(named_all, key=as_said.rfind)
    aside = subject | (named_all - {last})
    rest = [w for w in words if last not in w and w not in last]
    return _valued_otherwise(
        ui, text, spans, said, rest, frozenset({last}), lambda t: places_in(t) - aside
    )


def _years(text: str) -> frozenset[str]:
    """The years a text writes, either era, as Christian-era years (text.YEAR_IN_TEXT)."""
    return frozenset(str(christian_year(int(y))) for y in YEAR_IN_TEXT.findall(text))


def _dated_otherwise(
    ui: UnitIndex,
    text: str,
    spans: Sequence[tuple[int, int]],
    said: Sequence[Sequence[str]],
    words: Sequence[str],
    claim: str,
) -> bool:
    """As `_placed_otherwise`, for the claim's years (either era): "การประชุมเชิงปฏิบัติการ
    อาเซียน-จีนเรื่องทะเลจีนใต้จัดในปี ค.ศ. 2017" where the workshop's clause dates it 2018 and the
    clause before it dates the marine-debris conference 2017 (FRESH22 K1)."""
    mine = _years(normalize(claim))
    if not mine:
        return False
    rest = [w for w in words if not any(ch.isdigit() for ch in w)]
    return _valued_otherwise(ui, text, spans, said, rest, mine, _years)


def _valued_otherwise(
    ui: UnitIndex,
    text: str,
    spans: Sequence[tuple[int, int]],
    said: Sequence[Sequence[str]],
    rest: Sequence[str],
    mine: frozenset[str],
    values: Callable[[str], frozenset[str]],
) -> bool:
    """Whether the clause that says most of a claim's words other than its value (rest: distinct
    content words, each weighed as exam matching weighs it, matching.unit_weights) gives values
    (values: those a text gives), none of the claim's (mine), while another clause gives the
    claim's: the statement gives the claim's value to something else. Not when two clauses say
    as much of it."""
    weight = {w: sum(unit_weights(ui, w).values()) for w in set(rest)}
    found = [round(sum(weight[w] for w in weight if w in set(ws)), 6) for ws in said]
    best = max(found, default=0.0)
    if best == 0 or found.count(best) > 1:
        return False
    k = found.index(best)
    there = values(text[spans[k][0] : spans[k][1]])
    named = any(values(text[lo:hi]) & mine for j, (lo, hi) in enumerate(spans) if j != k)
    return bool(there) and not there & mine and named


def claim_paired_otherwise(ui: UnitIndex, passage: Passage, sentence: int, claim: str) -> bool:
    """`paired_otherwise` read in a passage's sentence (an index into passage.sentences) with
    the ones before and after it, each sentence a clause besides: sentence cutting may have
    cut one statement's clauses apart."""
    if not 0 <= sentence < len(passage.sentences):
        return False
    rows = passage.sentences[max(sentence - 1, 0) : sentence + 2]
    start, end = rows[0][0], rows[-1][1]
    statement = passage.source[start:end]
    cuts = [lo - start for lo, _ in rows[1:]]
    return paired_otherwise(ui, statement, claim, cuts)


# --- the role a name fills ------------------------------------------------------------------
# Thai marks the role of a noun phrase by the preposition before it (Iwasaki & Ingkaphirom Horie,
# A Reference Grammar of Thai, CUP 2005, ch. 7 "Prepositions": ที่ and ณ 'at', ใน 'in' of place;
# ของ 'of', the possessor, and โดย 'by', the agent of a passive or a nominalised act), as English
# does by at/in and of/by (Huddleston & Pullum 2002, ch. 7). A place name's class noun may stand
# between ("ที่จังหวัดภูเก็ต", "ณ กรุงมะนิลา", "ของประเทศไทย"), and a run of places is one place
# ("ที่เวียงจันทน์ สปป.ลาว": ลาว is where, as เวียงจันทน์ is).
_CLASS_NOUN = r"(?:กรุง|จังหวัด|เมือง|นคร|ประเทศ|สปป\.?)?"
_AT = re.compile(rf"(?:ที่|ณ|ใน|\b(?:in|at)\b)\s*{_CLASS_NOUN}\s*$", re.IGNORECASE)
_BY = re.compile(rf"(?:ของ|โดย|\b(?:by|of)\b)\s*{_CLASS_NOUN}\s*$", re.IGNORECASE)
AT, BY = "at", "by"


@lru_cache(maxsize=4096)
def _places(text: str) -> frozenset[str]:
    """places.places_in, remembered: a choice's, its stem's and its statement's places are read
    for every choice, and again at every verdict of one scoring."""
    return places_in(text)


def place_roles(text: str, place: str) -> frozenset[str]:
    """The roles a text (normalised) gives a place (places.places_in's form: "ลาว", "ไทย") where
    it writes it: AT where the run of places it stands in (places written within PLACE_RUN_GAP
    characters of each other) follows a preposition of place (`_AT`), BY where it follows one of
    possession or agency (`_BY`), "" elsewhere (a clause's subject, "ไทยมีแผน …"). Empty when
    the text does not write the place."""
    return frozenset(role for name, role in _roles_written(text) if name == place)


@lru_cache(maxsize=256)
def _roles_written(text: str) -> tuple[tuple[str, str], ...]:
    """(place, role) of each place a text (normalised) writes, in order (`place_roles`); one
    statement is read for each of an exam's choices, so it is read once."""
    found = sorted(
        (m.start() + max(m.group().find(p), 0), m.start() + max(m.group().find(p), 0) + len(p), p)
        for m in re.finditer(r"\S+", text)
        for p in _places(m.group())
    )
    roles: list[tuple[str, str]] = []
    run_start = -1
    last_end = -(10**9)
    for start, end, name in found:
        if start - last_end > PLACE_RUN_GAP:
            run_start = start
        last_end = max(last_end, end)
        before = text[max(run_start - 24, 0) : run_start]
        roles.append((name, AT if _AT.search(before) else BY if _BY.search(before) else ""))
    return tuple(roles)


# How far apart, in characters, places written one after another are one place (as
# claims.PLACE_RUN_GAP: "ยอกยาการ์ตา อินโดนีเซีย", "เวียงจันทน์ สปป.ลาว").
PLACE_RUN_GAP = 8


# A stem that asks where (answer_types' PLACE words: "where", "ที่ใด", "จังหวัดใด", "in which
# city") and one that asks whose act or by whom (the possessor or agent: "whose initiative",
# "who proposed", "ข้อริเริ่มของประเทศใด", "ประเทศใดเป็นผู้ริเริ่ม").
_ASKS_AT = re.compile(
    r"\bwhere\b|\b(?:in|at)\s+which\b|ที่\s*(?:ไหน|ใด)|(?:จังหวัด|เมือง|กรุง|สถานที่)\s*(?:ใด|ไหน)"
    r"|which\s+(?:city|province|place|venue|location)",
    re.IGNORECASE,
)
_ASKS_BY = re.compile(
    r"\bwho(?:se|m)?\b|which\s+(?:country|member\s+state|government)"
    r"|ใคร|ผู้\s*ใด|ประเทศ(?:สมาชิก)?\s*ใด",
    re.IGNORECASE,
)


def asked_role(stem: str) -> str:
    """AT for a stem that asks where, BY for one that asks whose act or by whom, "" otherwise."""
    text = normalize(stem)
    if _ASKS_AT.search(text):
        return AT
    return BY if _ASKS_BY.search(text) else ""


def statement_around(passage: Passage, source_pos: int) -> str:
    """The sentence of a passage at source_pos with the ones before and after it (normalised):
    sentence cutting may cut one statement apart ("… ที่เวียงจันทน์ สปป. | ลาว ได้ให้การรับรอง")."""
    rows = passage.sentences
    at = next((k for k, (lo, hi) in enumerate(rows) if lo <= source_pos < hi), None)
    if at is None:
        return ""
    near = rows[max(at - 1, 0) : at + 2]
    return normalize(passage.source[near[0][0] : near[-1][1]])


# The roles in which a choice's place the statement does not write at all is said otherwise by
# another place in that role ("proposed by อินโดนีเซีย" beside "ข้อเสนอของไทย"). Not AT: over the
# pooled exams a claim "in X" read at a statement that places something else elsewhere set a
# true choice aside (en16-014), where BY set aside 26 choices, none of them true.
RELAX = frozenset({BY})


def said_in_another_role(stem: str, matched: str, statement: str) -> bool:
    """Whether a statement (normalised; `statement_around` a choice's support) writes a place
    of the choice, but never in the role the choice gives it, and another place, not the
    choice's, in that role: "It was proposed by อินโดนีเซีย" (BY) where the statement says "…
    ที่เมืองยอกยาการ์ตา อินโดนีเซีย (AT) … รับรองข้อเสนอของไทย (BY)"; under "… was whose
    initiative?" the bare "ลาว" (the role the stem asks, `asked_role`) where it says "ซึ่งเป็น
    ข้อริเริ่มของไทย … ที่เวียงจันทน์ สปป.ลาว" (FRESH23 K2, K3). An exam makes a distractor by
    naming a country or place the sentence names in another role. The role of a choice's place
    is the one its own words give it (`place_roles` of the choice: "by X", "in X"); a name its
    words give no role (a bare "ลาว") takes the one the stem asks. A place the statement does
    not write at all is read so only where the choice's own words make it the possessor or
    agent (`RELAX`): a place where is judged by claims.other_value. Places the stem names itself
    count on neither side."""
    claim = normalize(matched)
    mine = _places(claim)
    if not statement or not mine:
        return False
    given = _places(normalize(stem))
    mine -= given
    others = _places(statement) - given - mine
    asked = asked_role(stem)
    for place in mine:
        roles = set(place_roles(claim, place)) - {""}
        own = bool(roles)  # the choice's own words give it a role, else the stem's
        roles = roles or ({asked} - {""})
        if len(roles) != 1:
            continue
        role = next(iter(roles))
        written = place_roles(statement, place)
        # Written only without a role (a clause's subject, "ไทยมีแผน …", or inside a name,
        # "ปฏิญญาเวียงจันทน์ว่าด้วย …") is no other role: it may be the agent or the name asked.
        if role in written or not (written - {""} or (own and role in RELAX)):
            continue
        if any(role in place_roles(statement, q) for q in others):
            return True
    return False


# The nouns a stem asks a place or a body by ("จังหวัดใด", "In which city", "Which body"): the
# class nouns of places.py (กรุง, เมือง, จังหวัด, ประเทศ, นคร) and answer_types' nouns of
# places and bodies asked (สถานที่, หน่วยงาน, องค์กร, องค์การ).
ASKED_NOUNS = "กรุง เมือง จังหวัด ประเทศ นคร สถานที่ หน่วยงาน องค์กร องค์การ"
# An acronym as a stem writes it ("SAMCA", "ASEAN-OSHNET"): capitals and digits.
_STEM_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\b")
# A sentence says a stem's topic when it writes most of it (by weight). Below, the best sentence
# of the passages given is another event's that shares a word or two with it (pooled and fresh
# exams: the sentences so found that wrote a wrong choice said 0.11–0.22 of the topic, those
# that wrote the key 0.46 and up; a majority, not a value fitted between them).
TOPIC_MAJORITY = 0.5
# The roles `topic_bound` binds: where, and who (bodies only).
ROLES_BOUND = frozenset({AT, BY})


def _topic_sentence(
    ui: UnitIndex, stem: str, topic: dict[str, float], passages: Sequence[Passage]
) -> str | None:
    """Of the sentences of the passages given, the one (normalised) with the greatest weighted
    share of the topic's Thai units and the stem's acronyms (topic: unit → weight, as matched;
    its English words left untranslated count nowhere, nor the nouns a stem asks by,
    `ASKED_NOUNS`), if no other says as much, it says more than TOPIC_MAJORITY of it and it
    writes every number of the topic; None otherwise."""
    from .claims import sentence_shares, sentence_starts, sentence_text

    # The noun a stem asks by ("In which city …" → เมือง) names the answer's kind, not its topic:
    # it is written beside every place ("… Special ASEAN Ministerial Meeting … เมือง …"). An
    # English word left untranslated is written only in a bracketed English name, if anywhere;
    # an acronym ("SAMCA") is the name the Thai text writes too.
    asked = set(unit_weights(ui, ASKED_NOUNS))
    acronyms = set(unit_weights(ui, " ".join(_STEM_ACRONYM.findall(stem))))
    weights = {
        u: w
        for u, w in topic.items()
        if (not u.startswith("~") or u in acronyms) and u not in asked
    }
    if not weights:
        return None
    ranked: list[tuple[float, Passage, int]] = []
    for passage in {p.id: p for p in passages}.values():
        if not passage.sentences:
            continue
        shares = sentence_shares(ui.units_of(passage.id), weights)
        ranked.extend((round(float(s), 6), passage, k) for k, s in enumerate(shares))
    ranked.sort(key=lambda r: -r[0])
    if not ranked or ranked[0][0] <= 0 or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0]):
        return None
    share, passage, row = ranked[0]
    if share <= TOPIC_MAJORITY:
        return None
    # A number of the topic names its event ("ครั้งที่ 31", "ค.ศ. 2018"): a sentence without it
    # speaks of another one (the passages given may not hold the event's own sentence).
    numbers = {u for u in weights if u.startswith("#")}
    pu = ui.units_of(passage.id)
    starts = sentence_starts(pu)
    low = starts[row]
    high = starts[row + 1] if row + 1 < len(starts) else float("inf")
    for unit in numbers:
        positions = pu.positions.get(unit)
        if positions is None or not ((positions >= low) & (positions < high)).any():
            return None
    return normalize(sentence_text(passage, row))


def topic_bound(
    ui: UnitIndex,
    stem: str,
    topic: dict[str, float],
    matched: Sequence[str],
    passages: Sequence[Passage],
    content: Sequence[int],
) -> int | None:
    """Under a stem that asks where (`asked_role` AT), the one choice whose place the sentence
    that says most of the stem's topic (`_topic_sentence`; passages: those where the choices
    were found) writes; under one that asks who (BY) over choices that name bodies and no
    place, the one whose own words it writes, all of them. A paragraph may name the places of
    several events, one sentence each ("… ค.ศ. 2017 ที่จังหวัดภูเก็ต … | ไทยมีแผนที่จะจัดการประชุม
    รัฐมนตรีอาเซียนสมัยพิเศษด้านขยะทะเลที่กรุงเทพฯ"), or the next paragraph a body the stem's act
    is not said of ("… แผนปฏิบัติการภูมิภาค … ซึ่งผู้นำประเทศสมาชิกอาเซียนรับทราบ" | "ASEAN-OSHNET
    Initiatives …"): the event the stem asks of is the one its words say (FRESH23 K2: E11, E08).
    None when that sentence writes no choice or more than one."""
    role = asked_role(stem)
    if role not in ROLES_BOUND:
        return None
    sentence = _topic_sentence(ui, stem, topic, passages)
    if sentence is None:
        return None
    given = _places(normalize(stem))
    named = {i: _places(normalize(matched[i])) - given for i in content}
    if role == AT:
        there = _places(sentence) - given
        bound = [i for i in content if named[i] & there]
    elif not any(named.values()):
        # Bodies, not places ("ASEAN leaders", "ASEAN-OSHNET"): the one choice whose own Thai
        # words (those no other choice writes) the sentence writes, all of them. (Not countries:
        # a country's name is written in many roles, `said_in_another_role`.)
        bound = []
        for i in content:
            others = [matched[j] for j in content if j != i]
            shared = {w for o in others for w in tokenize(normalize(o))}
            own = {
                w
                for w in tokenize(normalize(matched[i]))
                if is_thai(w) and is_content_word(w) and w not in shared and len(w) > 1
            }
            # A word the stem's topic writes itself ("สิทธิแรงงานต่างด้าว" beside "รัฐมนตรีแรงงาน")
            # is in the sentence because the topic is: no sign of the body.
            own = {w for w in own if not set(unit_weights(ui, w)) <= set(topic)}
            if own and all(w in sentence for w in own):
                bound.append(i)
    else:
        return None
    return bound[0] if len(bound) == 1 else None


def topic_placed_elsewhere(
    ui: UnitIndex,
    stem: str,
    topic: dict[str, float],
    matched: Sequence[str],
    passages: Sequence[Passage],
    content: Sequence[int],
) -> bool:
    """Under a stem that asks where (`asked_role` AT), whether the sentence that says the stem's
    topic (`_topic_sentence`) writes a place where (`place_roles` AT), not the stem's own, and
    none of the choices' places, each choice naming one: "… สมัยพิเศษด้านขยะทะเลที่กรุงเทพฯ"
    beside Phuket / Singapore / Chai Nat — a "none of the above" is then what the documents
    say (FRESH23 K5, E11)."""
    if asked_role(stem) != AT:
        return False
    sentence = _topic_sentence(ui, stem, topic, passages)
    if sentence is None:
        return False
    given = _places(normalize(stem))
    named = [_places(normalize(matched[i])) - given for i in content]
    there = _places(sentence) - given
    if not all(named) or any(places & there for places in named):
        return False  # choices that are no places ("The 32nd"): the stem asks no place of them
    return any(AT in place_roles(sentence, p) for p in there)


def role_otherwise(stem: str, matched: str, passage: Passage | None, source_pos: int) -> bool:
    """`said_in_another_role` read in the statement at a choice's support (passage and a source
    offset in it, as Support gives them; `statement_around`); False without a place."""
    if passage is None or source_pos < 0 or not _places(normalize(matched)):
        return False  # (a choice that names no place: no statement read)
    return said_in_another_role(stem, matched, statement_around(passage, source_pos))
