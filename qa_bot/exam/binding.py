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
(`distinctive_place`), not by the words every bracketed name shares. The items of a series of
names, each glossed in English in brackets and set apart by a space, are clauses of their own
too ("ปฏิญญาเวียงจันทน์ว่าด้วย … (Vientiane Declaration …) ปฏิญญาบันดาร์เสรีเบกาวันว่าด้วย … (…)";
`_series_items`): the declaration whose own words say the stem's topic binds the city it is
named after (FRESH24 K4). A Thai choice
matched from English is written where its words stand together in any order (`_written_apart`:
"เวียงจันทน์ ปฏิญญา" is the text's "ปฏิญญาเวียงจันทน์").

The same clauses judge a statement-choice (`paired_otherwise`): one that pairs one clause's
subject with another clause's value ("ปฏิญญา ONE ASEAN, ONE RESPONSE ลงนามโดยรัฐมนตรีต่างประเทศ
อาเซียน", the foreign ministers being the ADDMER clause's signers; a meeting placed where the
clause before it places two others) is said otherwise, though every word of it is written.

The role a place fills in its clause (where, whose, by whom) is exam/roles.py's.

A number choice is stated only where the text writes its number with its unit: "7 เล่ม" (or a
bare "7" under "… กี่เล่ม": answer_types.count_classifiers) is not stated by "… 3 เล่ม เป็นเวลา
7 วัน", which says 7 of days (`unit_bound`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from ..answer_types import COUNT, alike_classifiers, asked_type, count_classifiers
from ..corpus.model import Passage
from ..events import asked_and_said
from ..places import places_in
from ..text import YEAR_IN_TEXT, christian_year, is_content_word, is_thai, normalize, tokenize
from .dates import time_expressions
from .english_counts import english_count_classifiers
from .matching import UnitIndex, unit_weights
from .parse import stem_topic

_CLAUSE_JOIN = re.compile(
    r"\s(?=และ|ส่วน|แต่|ขณะที่|หรือ|ทั้งนี้|นอกจากนี้|อย่างไรก็ตาม)|[,;]\s*"
    r"|\s(?=(?:and|but|or|while|whereas)\s)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
_LABEL = re.compile(r"\(\d+\)")  # a list item's number in brackets
# The word a number's unit is (a Thai classifier or unit: "เล่ม", "เมตร", "วัน"; or an English one).
_UNIT_WORD = re.compile(r"\s*([\u0e00-\u0e7f]+|[A-Za-z]+)")
# The suffixes of English ordinal numerals written in digits (1st, 2nd, 3rd, 4th …; any English
# grammar), glued to the number.
_ENGLISH_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


def sentence_at(passage: Passage, source_pos: int) -> tuple[int, int] | None:
    """(start, end) source offsets of the passage's sentence holding source_pos; a position in
    the space between two sentences is the next one's (the space Thai sets before a sentence:
    "… อาเซียน | มีคุณลักษณะ 5 ข้อ", where a support may be placed); None outside them all."""
    for start, end in passage.sentences:
        if start <= source_pos < end:
            return start, end
        if source_pos < start and not passage.source[source_pos:start].strip():
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
        return found.group(), _alike((unit,))
    if text[found.end() :].strip():
        return None
    # A Thai count names its classifier ("กี่ประการ"), an English one only its noun ("how many
    # areas": english_counts).
    asked = count_classifiers(stem) or english_count_classifiers(stem)
    return (found.group(), _alike(asked)) if asked else None


def _alike(units: Sequence[str]) -> tuple[str, ...]:
    """The units with the classifiers that count the same things (answer_types.
    alike_classifiers): "5 ประการ" is written "5 ข้อ" ("มีคุณลักษณะ 5 ข้อ")."""
    return tuple(dict.fromkeys(c for u in units for c in (u, *sorted(alike_classifiers(u)))))


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
    # A number alone in brackets labels a list's item ("(2) แผนงาน …", "(5) มีพลวัต"): it counts
    # nothing in a Thai classifier, as a number written with another one does not.
    counted = any(is_thai(u) for u in units)
    after = [
        ")"
        if counted and _LABEL.fullmatch(text, max(m.start() - 1, 0), m.end() + 1)
        else _unit_after(text, m.end())
        for m in _NUMBER.finditer(text)
        if m.group() == number
    ]
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
    if " " in own and is_thai_text(own):
        at = _written_apart(text, own)
        if at is not None:
            return at
    numbers = _NUMBER.findall(own)
    if len(numbers) == 1:
        found = [m.start() for m in _NUMBER.finditer(text) if m.group() == numbers[0]]
        if len(found) == 1:
            return found[0]
    return None


# How many characters beyond a choice's own length its words may stand apart and still be it.
APART_SLACK = 8


def _written_apart(text: str, own: str) -> int | None:
    """Where a text writes every word of a Thai choice made of several (`own`: normalised,
    words apart by spaces) close together, in any order: the start of the nearest such run.
    A choice matched from English comes with its words in the English order and spaced:
    English puts a compound's head last, Thai first (Iwasaki & Ingkaphirom Horie 2005, ch. 4
    on the noun phrase: "Vientiane Declaration" → "เวียงจันทน์ ปฏิญญา" beside the text's
    "ปฏิญญาเวียงจันทน์"), and a name is written without spaces ("บันดาร์เสรี เบกาวัน" beside
    "บันดาร์เสรีเบกาวัน")."""
    words = own.split()
    reach = len(own) + APART_SLACK
    anchor = max(words, key=len)
    for found in re.finditer(re.escape(anchor), text):
        lo, hi = max(found.start() - reach, 0), found.end() + reach
        spots = [found.start()]
        for word in words:
            if word == anchor:
                continue
            near = [m.start() for m in re.finditer(re.escape(word), text[lo:hi])]
            if not near:
                break
            spots.append(lo + min(near, key=lambda at: abs(lo + at - found.start())))
        else:
            if max(spots) - min(spots) <= reach:
                return min(spots)
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
    สำหรับขยะอันตราย"), up to the word that closes it; and where what follows a Thai closing
    word (เป็นต้น, ซึ่ง, เพื่อ) starts, no item of the list. Thai writes a list's items apart by
    spaces, not commas: each is a clause of its own for binding."""
    starts: set[int] = set()
    for opened in _LIST_OPEN.finditer(text):
        closed = _LIST_CLOSE.search(text, opened.end())
        end = closed.start() if closed is not None else len(text)
        region = text[opened.end() : end].rstrip()
        if re.search(r"[A-Za-z]", region) and re.search(r"[\u0e00-\u0e7f]", region):
            continue  # spaces inside English names glossed in Thai text cut nothing
        starts.add(opened.end())
        starts.update(opened.end() + m.end() for m in re.finditer(r"\s+", region))
        if closed is not None and re.fullmatch(r"เป็นต้น|ซึ่ง|เพื่อ", closed.group()):
            # What follows the list is no item of it ("… และการจัดการ … เป็นต้น | ซึ่งในการประชุม …")
            starts.add(closed.end() if closed.group() == "เป็นต้น" else closed.start())
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


# A series of named things, each followed by its English name in brackets and set apart from the
# next by a space, not by และ ("ปฏิญญาเวียงจันทน์ว่าด้วย … (Vientiane Declaration …) ปฏิญญาบันดาร์
# เสรีเบกาวันว่าด้วย … (Bandar Seri Begawan Declaration …) และ …"): Thai lists its items apart by
# spaces (as `_list_items`), and each item here opens with the same kind noun (ปฏิญญา).
_AFTER_BRACKET = re.compile(r"\)\s+(?=[\u0e00-\u0e7f])")


def _series_items(text: str) -> set[int]:
    """Where the later items of a series of bracketed names start (text normalised): after a
    closing bracket, where the word that follows opens the name that bracket glosses too (a
    kind noun: "ปฏิญญา … (…) ปฏิญญา …"). What follows a bracket otherwise continues its clause:
    a predicate ("… ADDMER) ลงนามโดย …"), an ordinal ("… (AMCA) ครั้งที่ 8")."""
    starts: set[int] = set()
    since = 0
    for closed in _AFTER_BRACKET.finditer(text):
        opened = text.rfind("(", since, closed.start())
        words = tokenize(text[closed.end() : closed.end() + 30])
        head = words[0] if words else ""
        kind_noun = is_thai(head) and is_content_word(head) and len(head) > 1
        named = text.rfind(head, since, opened) if opened >= 0 and kind_noun else -1
        # The name the bracket glosses opens with that word and is one clause: a word of an
        # earlier clause ("… ADDMER) ลงนามโดย … และปฏิญญา … (…) ลงนามโดย …") opens no item.
        if named >= 0 and _CLAUSE_JOIN.search(text, named, opened) is None:
            starts.add(closed.end())
        since = closed.end()
    return starts


def clauses_of(text: str, cuts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """(start, end) offsets of a statement's clauses (text normalised): cut at the clause joins
    (`_CLAUSE_JOIN`, module docstring), at cuts (offsets where clauses start besides: the
    sentences of a statement of several), before each list item (`_list_items`) and before each
    later item of a series of bracketed names (`_series_items`); not inside
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
        | _series_items(text)
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
    more. Read so at each choice's first place; where that binds none, at every place the
    statement writes a Thai choice again (`_said_again`: a list names them before the clauses
    that say what each is). cuts: offsets in sentence where clauses start besides (the
    sentences of a text of several: each is a clause). places: where in sentence each choice
    was found (its support's place), for a choice the sentence does not write as matched (an
    English choice over Thai text, matched by its glosses)."""
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
    # Two events of one kind in one sentence, each with its meeting ("ครั้งที่ 28-29 ได้ให้การ
    # รับรองปฏิญญา … ซึ่ง … รับทราบในการประชุมสุดยอดอาเซียน ครั้งที่ 32"): the event the stem asks
    # of binds the choice whose clause says it.
    weight = _stem_words(ui, topic)
    event = _event_bound(text, where, stem, choices, cuts, weight)
    if event is not None:
        return event
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
    if best > 0 and len(top) == 1 and own[top[0]] in alone:
        return top[0]
    return _said_again(text, clauses, choices, list(where), weight)


# A relative clause (ซึ่ง "which", after a space; Iwasaki & Ingkaphirom Horie, on relative
# clauses) says another event of the noun before it: "… ได้ให้การรับรองปฏิญญา … ซึ่งต่อมาได้พัฒนา
# ไปสู่การจัดทำแผนปฏิบัติการ … ซึ่งผู้นำ … รับทราบในการประชุม … ครั้งที่ 32". (ที่, which also opens
# one, is as often a preposition, "ที่สิงคโปร์", and is left out.)
_RELATIVE = re.compile(r"\s(?=ซึ่ง)")


def _event_bound(
    text: str,
    where: dict[int, int],
    stem: str,
    choices: Sequence[str],
    cuts: Sequence[int],
    weight: dict[str, float],
) -> int | None:
    """Of the choices a statement (text normalised) writes at where, each in a clause of its own
    (`clauses_of`, relative clauses cut too: `_RELATIVE`), the one whose clause says an event the
    stem asks of (events.py's ASKED and SAID columns: "ได้รับการรับรอง…ครั้งใด" asks of an
    adopting, "ได้ให้การรับรอง" says one) when no other choice's clause does, and no other
    choice's reading says more of the stem's words (weight: `_stem_words`) than its own. A
    relative clause is read with the clause before it, whose noun it is said of: "… ซึ่งผู้นำ …
    รับทราบในการประชุม … ครั้งที่ 32" of the action plan that clause names, so that a stem asking
    of that plan's adoption is no stem about the declaration the clause before it adopted.
    The choices' own words are no event or topic of a clause. None when the stem asks of no
    such event, a choice is not written in Thai (an English one placed by its glosses), two
    choices share a clause, or not exactly one clause says it."""
    asked = [said for form, said in asked_and_said() if form.search(stem)]
    if not asked or not all(is_thai_text(choices[i]) for i in where):
        return None  # … and a choice placed by its glosses is not written where it was placed
    clauses = clauses_of(text, [*cuts, *(m.end() for m in _RELATIVE.finditer(text))])
    own = {
        i: next(k for k, (lo, hi) in enumerate(clauses) if lo <= at < hi) for i, at in where.items()
    }
    if len(set(own.values())) < len(own):
        return None

    def without_choices(lo: int, hi: int) -> str:
        here = text[lo:hi]
        for j in where:
            here = here.replace(normalize(choices[j]).strip(), " ")
        return here

    saying = [
        i
        for i, k in own.items()
        if any(said.search(without_choices(*clauses[k])) for said in asked)
    ]
    if len(saying) != 1:
        return None
    read = {}
    for i, k in own.items():
        lo, hi = clauses[k]
        if k > 0 and text[lo:hi].lstrip().startswith("ซึ่ง"):
            lo = clauses[k - 1][0]
        here = without_choices(lo, hi)
        read[i] = sum(w for word, w in weight.items() if word in here)
    (bound,) = saying
    return bound if all(read[i] <= read[bound] for i in own) else None


def _said_again(
    text: str,
    clauses: Sequence[tuple[int, int]],
    choices: Sequence[str],
    group: Sequence[int],
    weight: dict[str, float],
) -> int | None:
    """Of Thai choices a statement writes more than once ("เช่น ภาวะทุพโภชนาการ การดื้อยาต้านจุลชีพ
    … เป็นต้น ซึ่ง … รับรองปฏิญญาผู้นำอาเซียนว่าด้วยการยุติภาวะทุพโภชนาการ … ปฏิญญา … ว่าด้วยการดื้อยา
    ต้านจุลชีพ: … กรอบแนวคิดสุขภาพหนึ่งเดียว"), the one whose clause, among all the clauses that
    write it and no other choice, says most of the stem's words (weight); None when no one does."""
    owners: dict[int, set[int]] = {}
    again = False
    for i in group:
        own = normalize(choices[i]).strip()
        if not own or not is_thai_text(own):
            return None
        spots = [m.start() for m in re.finditer(re.escape(own), text)]
        again = again or len(spots) > 1
        for at in spots:
            k = next(k for k, (lo, hi) in enumerate(clauses) if lo <= at < hi)
            owners.setdefault(k, set()).add(i)
    if not again:
        return None  # each written once: the reading above is the whole story
    said: dict[int, float] = {}
    for k, mine in owners.items():
        if len(mine) != 1:
            continue
        here = text[clauses[k][0] : clauses[k][1]]
        for j in group:
            here = here.replace(normalize(choices[j]).strip(), " ")
        (i,) = mine
        said[i] = max(said.get(i, 0.0), sum(w for word, w in weight.items() if word in here))
    if not said:
        return None
    best = max(said.values())
    top = [i for i, s in said.items() if s == best]
    return top[0] if best > 0 and len(top) == 1 else None


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


def claim_dated_in_clause(ui: UnitIndex, passage: Passage, sentence: int, claim: str) -> bool:
    """Whether a claim that writes a year is said whole by its own clause: of the clauses of its
    sentence and the ones beside it (`clauses_of`, as `claim_paired_otherwise` reads them), the
    one that says most of its other words (alone) writes each of its years (either era), its
    other numbers and the place it names last. A sentence that dates two events ("… 22 – 23
    พฤศจิกายน ค.ศ. 2017 ที่จังหวัดภูเก็ต และการประชุมเชิงปฏิบัติการอาเซียน-จีน … 11-13 สิงหาคม ค.ศ. 2018
    ที่จังหวัดภูเก็ต") gives the workshop's claim of 2018 the year its own clause gives, whichever
    year stands nearer the middle of its words."""
    mine = _years(normalize(claim))
    if not mine or not 0 <= sentence < len(passage.sentences):
        return False
    rows = passage.sentences[max(sentence - 1, 0) : sentence + 2]
    start, end = rows[0][0], rows[-1][1]
    text = normalize(passage.source[start:end])
    spans = clauses_of(text, [lo - start for lo, _ in rows[1:]])
    said = [{w for w in tokenize(text[lo:hi]) if is_content_word(w)} for lo, hi in spans]
    words = [w for w in tokenize(normalize(claim)) if is_content_word(w)]
    rest = {w for w in words if not any(ch.isdigit() for ch in w)}
    weight = {w: sum(unit_weights(ui, w).values()) for w in rest}
    found = [round(sum(weight[w] for w in rest if w in ws), 6) for ws in said]
    best = max(found, default=0.0)
    if best == 0 or found.count(best) > 1:
        return False
    clause = text[spans[found.index(best)][0] : spans[found.index(best)][1]]
    numbers = {n for n in _NUMBER.findall(normalize(claim)) if n not in _NUMBER.findall(clause)}
    places = places_in(normalize(claim))
    last = max(places, key=normalize(claim).rfind) if places else None
    return (
        mine <= _years(clause)
        and not {n for n in numbers if str(christian_year(int(n))) not in mine}
        and (last is None or last in places_in(clause))
    )
