"""Stems that ask about the order of events in time, decided from the dates the document gives.

"ข้อใดเกิดขึ้นช้าที่สุด", "Which came first?", "ข้อใดเรียงลำดับเหตุการณ์จากก่อนไปหลังได้ถูกต้อง": every
choice is found in the document, so how well its words are found cannot answer; the dates the
document gives each choice where it says it can. A choice's date is the time expression
nearest to where it is matched, in the clause that says it (read by dates.py): a date with its
month ("13-15 พฤศจิกายน ค.ศ. 2018", "10 July 2018"), a year after a temporal preposition
("ในปี 2562", "in 2018"), or a numbered meeting ("การประชุมสุดยอดอาเซียน ครั้งที่ 28-29") that the
document dates elsewhere. Buddhist-era years are read as Christian-era ones (text.year_variants).

A date is a period of days (a year, a month, "13-15"); one period is before another only when it
ends before the other begins. What the dates cannot separate (no date, overlapping periods)
stays undecided: those choices are ranked by their support as before and reported as tied.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from datetime import date
from itertools import pairwise

import numpy as np

from ..config import DEFAULT, ExamConfig
from ..events import ORDER, english_alternatives, thai_alternatives
from ..lexicon import dictionary_terms, loanwords, number_word
from ..store import Derived, Index
from .dates import (
    ERA,
    PARENTHESES,
    Period,
    meeting_dates,
    meetings,
    time_expressions,
    year_of,
)
from .matching import PassageUnits, UnitIndex, query_form, unit_index
from .parse import is_negative
from .score import (
    choice_half,
    evidence_hit,
    support_of_choices,
)
from .support import Query, Support, choice_queries

EARLIEST, LATEST = "earliest", "latest"

# --- what the stem asks ---------------------------------------------------------------------

# Thai comparison of time (Iwasaki & Ingkaphirom, A Reference Grammar of Thai, 2005: the
# superlative ที่สุด / สุด on the temporal adverbs ก่อน, หลัง, แรก, เร็ว, ช้า, เก่า, ใหม่; ล่าสุด
# "most recent") and the English superlatives and "came first". เร็ว/ช้า ("fast"/"slow") are
# temporal only about something happening, so they need a verb of happening before them (เกิด,
# จัด, ลงนาม …: events.py's ORDER column; not ขึ้น: "เพิ่มขึ้นเร็วที่สุด" grew fastest);
# อันดับ/ลำดับแรก ("first in rank") likewise, or an event ("ให้ความสำคัญเป็นอันดับแรก" is a first
# priority).
_HAPPEN_TH = thai_alternatives(ORDER)
_EVENT_TH = r"(?:" + _HAPPEN_TH + r"|เหตุการณ์)"
_EARLIEST_TH = (
    r"ก่อนที่สุด|ก่อนสุด|แรกสุด|แรกที่สุด|เก่าที่สุด|เก่าแก่ที่สุด|ก่อน(?:ข้อ|เหตุการณ์)อื่น|"
    + _HAPPEN_TH
    + r"\S*?เร็วที่สุด|"
    + _EVENT_TH
    + r".*?(?:อันดับ|ลำดับ)แรก"
)
_LATEST_TH = (
    r"หลังที่สุด|หลังสุด|ล่าสุด|ใหม่ที่สุด|หลัง(?:ข้อ|เหตุการณ์)อื่น|"
    + _HAPPEN_TH
    + r"\S*?ช้าที่สุด|"
    + _EVENT_TH
    + r".*?(?:อันดับ|ลำดับ)สุดท้าย"
)
_HAPPEN_EN = english_alternatives(ORDER)  # happened, came, took place, held …
_EARLIEST_EN = rf"\b(?:earliest|oldest|{_HAPPEN_EN}\s+first|first\s+to\s+\w+)\b"
_LATEST_EN = rf"\b(?:latest|most recent(?:ly)?|newest|{_HAPPEN_EN}\s+last|last\s+to\s+\w+)\b"
# "ข้อใดเกิดขึ้นก่อน" ends on ก่อน / หลัง: first / last. With an event after it ("เกิดขึ้นก่อน
# การประชุม X") it asks about that event instead, which this module does not decide.
_ENDS_ON = re.compile(_HAPPEN_TH + r"\S*?(?P<word>ก่อน|หลัง)\s*[?？]?\s*$")
_EARLIEST = re.compile(_EARLIEST_TH + "|" + _EARLIEST_EN, re.IGNORECASE)
_LATEST = re.compile(_LATEST_TH + "|" + _LATEST_EN, re.IGNORECASE)

# "เรียงลำดับ", "ลำดับเหตุการณ์", "in chronological order": the choices are sequences.
_SEQUENCE_STEM = re.compile(
    r"เรียง(?:ลำดับ)?|ลำดับ(?:เหตุการณ์|ก่อนหลัง|เวลา)|chronolog|\border(?:ed)?\b|sequence",
    re.IGNORECASE,
)
# Newest first: "จากหลังไปก่อน", "จากใหม่ไปเก่า", "จากล่าสุด…", "latest to earliest".
_REVERSED = re.compile(
    r"หลังไปก่อน|หลังมาก่อน|ใหม่ไปเก่า|ล่าสุดไป|ย้อนหลัง|reverse|(?:latest|newest|most recent)\s+to",
    re.IGNORECASE,
)
# The steps of a sequence choice: arrows, or ">" between steps.
_STEP = re.compile(r"\s*(?:→|->|⟶|➝|➔|⇒|=>|>)\s*")


def order_asked(stem: str) -> str | None:
    """EARLIEST or LATEST when the stem asks which choice came first or last, else None."""
    text = unicodedata.normalize("NFC", stem)
    early, late = _EARLIEST.search(text), _LATEST.search(text)
    if early and not late:
        return EARLIEST
    if late and not early:
        return LATEST
    if early or late:
        return None  # both: "ข้อใดเกิดก่อนสุดหลังปี…" is not a plain first/last question
    ends = _ENDS_ON.search(text)
    if ends:
        return EARLIEST if ends.group("word") == "ก่อน" else LATEST
    return None


def sequence_steps(choice: str) -> list[str]:
    """The steps of a sequence choice ("ก → ข → ค"), or [] when it is not one."""
    steps = [s.strip() for s in _STEP.split(choice)]
    return steps if len(steps) >= 2 and all(steps) else []


def sequence_asked(stem: str, choices: Sequence[str]) -> str | None:
    """For a stem asking to put events in order whose choices are all sequences: EARLIEST when
    they must run from the earliest (the usual reading), LATEST when from the latest."""
    text = unicodedata.normalize("NFC", stem)
    if not _SEQUENCE_STEM.search(text) or not all(sequence_steps(c) for c in choices):
        return None
    return LATEST if _REVERSED.search(text) else EARLIEST


MEETING_DATES: Derived[dict[str, dict[tuple[str, str], Period]]] = Derived(
    "dates of numbered meetings, by document", lambda index: {}
)


def _document_meetings(index: Index, doc_id: str, text: str) -> dict[tuple[str, str], Period]:
    cache = MEETING_DATES.of(index)
    if doc_id not in cache:
        cache[doc_id] = meeting_dates(text)
    return cache[doc_id]


# --- each choice's date -----------------------------------------------------------------------


def _reading_at(pu: PassageUnits, source_offset: int) -> float:
    """The reading position (matching.PassageUnits) of a source offset inside the passage."""
    i = min(int(pu.to_source.searchsorted(source_offset)), len(pu.reading) - 1)
    return float(pu.reading[i])


# Thai clause linkers (Iwasaki & Ingkaphirom 2005, clause linkage: the coordinators และ,
# รวมทั้ง, อีกทั้ง and the discourse connectives นอกจากนี้ / นอกจากนั้น, ทั้งนี้, ต่อมา): a date on the
# other side of one belongs to another event of the sentence ("X … ค.ศ. 2017 และ Y … ค.ศ. 2018").
# และ / รวมทั้ง link clauses after a space; written on to a word they join nouns
# ("วัฒนธรรมและศิลปะ", "การคุ้มครองและส่งเสริม").
_CLAUSE_LINK = re.compile(r"\s(?:และ|รวมทั้ง)|อีกทั้ง|นอกจากนี้|นอกจากนั้น|ทั้งนี้|ต่อมา")


def dated_place(support: Support, home: Support | None, cfg: ExamConfig) -> Support | None:
    """Where to read a choice's date: where the stem's context puts it if it is said there (as
    much of it as the verdict shows as found, cfg.evidence_coverage), else where the document
    says most of it whatever the stem; None when it is said nowhere. An order stem
    ("ข้อใดเกิดขึ้นก่อน") has little topic of its own to place a choice by."""
    said = [p for p in (support, home) if p is not None and p.passage is not None]
    return next((p for p in said if p.coverage >= cfg.evidence_coverage), None)


def choice_period(
    index: Index, ui: UnitIndex, place: Support, query: Query, half: float
) -> Period | None:
    """The date the document gives a choice at place: of the time expressions (and dated
    numbered meetings) in the clause of the sentence that says it (clauses split at
    _CLAUSE_LINK), the nearest to the matched point. None when that clause has none."""
    passage = place.passage
    hit = evidence_hit(ui, 0, place, query, half, chosen=True) if passage else None
    if passage is None or hit is None:
        return None
    start, source = hit.answer_start, passage.source
    sentence = source[start : hit.answer_end]
    centre = min(max(place.source_pos - start, 0), len(sentence))
    # A linker inside parentheses ("(… and …)") does not split the Thai sentence.
    plain = PARENTHESES.sub(lambda m: " " * len(m.group()), sentence)
    links = [m.start() for m in _CLAUSE_LINK.finditer(plain)]
    first = max((a for a in links if a <= centre), default=0)
    last = min((a for a in links if a > centre), default=len(sentence))
    dated = time_expressions(sentence)
    known = _document_meetings(index, passage.doc_id, source)
    dated += [(a, b, known[key]) for a, b, key in meetings(sentence) if key in known]
    here = [(a, b, period) for a, b, period in dated if first <= a < last]
    if not here:
        return None
    pu = ui.units_of(passage.id)

    def distance(item: tuple[int, int, Period]) -> float:
        a, b = _reading_at(pu, start + item[0]), _reading_at(pu, start + item[1] - 1)
        return max(0.0, a - place.reading_pos, place.reading_pos - b)

    return min(here, key=distance)[2]


# --- deciding ---------------------------------------------------------------------------------


def _beyond(a: Period, b: Period, direction: str) -> bool:
    """True when b is further in the asked direction than a (later for LATEST)."""
    return a.before(b) if direction == LATEST else b.before(a)


def order_candidates(
    periods: Sequence[Period | None], among: Sequence[int], direction: str
) -> list[int]:
    """The choices (of among) that may be the earliest / latest: no other dated choice lies
    surely beyond them. A choice without a date cannot be ruled out, nor rule others out."""
    return [
        i
        for i in among
        if periods[i] is None
        or not any(
            periods[j] is not None and _beyond(periods[i], periods[j], direction)  # type: ignore[arg-type]
            for j in among
            if j != i
        )
    ]


def sequence_candidates(
    steps: Sequence[Sequence[Period | None]], among: Sequence[int], direction: str
) -> list[int]:
    """The sequence choices (of among) whose steps may be in the asked order (direction: the
    end they start from): those surely in order (every step dated, each surely after the one
    before it) if any, else those no two dated steps contradict; all of among when every one is
    contradicted."""

    def runs(a: Period, b: Period) -> bool:
        """a surely comes before b in a sequence starting from direction's end."""
        return a.before(b) if direction == EARLIEST else b.before(a)

    def surely(seq: Sequence[Period | None]) -> bool:
        dated = [p for p in seq if p is not None]
        return len(dated) == len(seq) and all(runs(a, b) for a, b in pairwise(dated))

    def contradicted(seq: Sequence[Period | None]) -> bool:
        dated = [p for p in seq if p is not None]
        return any(runs(b, a) for k, a in enumerate(dated) for b in dated[k + 1 :])

    sure = [i for i in among if surely(steps[i])]
    if sure:
        return sure
    open_ = [i for i in among if not contradicted(steps[i])]
    return open_ or list(among)


def order_verdict(
    index: Index,
    stem: str,
    choices: Sequence[str],
    content: Sequence[int],
    supports: Sequence[Support],
    homes: Sequence[Support | None],
    queries: Sequence[Query | None],
    sections: Collection[tuple[str, int]] | None,
    query_vector: np.ndarray | None,
    cfg: ExamConfig = DEFAULT.exam,
) -> list[int] | None:
    """For a stem about the order of events (not negative), the ordinary choices (of content)
    the dates leave possible, best supported first; None for any other stem, and when nothing
    the choices say is found in the document.

    supports, homes and queries are the choices' (decide's: the place with the stem's context,
    the place that says most of the choice, its units); a choice the document does not say has
    no date. A sequence choice's steps are scored as choices of their own (support_of_choices),
    each dated where it is found.
    """
    if is_negative(stem) or not content:
        return None
    sequence = sequence_asked(stem, [choices[i] for i in content])
    direction = order_asked(stem) if sequence is None else None
    if direction is None and sequence is None:
        return None
    ui = unit_index(index, cfg)

    def dated(support: Support, home: Support | None, query: Query | None, text: str):
        place = dated_place(support, home, cfg)
        if query is None or place is None:
            return None
        return choice_period(index, ui, place, query, choice_half(len(query_form(text)), cfg))

    if direction is not None:
        if not any(dated_place(supports[i], homes[i], cfg) for i in content):
            return None  # the document says none of them: no order to read
        periods = [None] * len(choices)
        for i in content:
            periods[i] = dated(supports[i], homes[i], queries[i], choices[i])
        candidates = order_candidates(periods, content, direction)
    else:
        steps = {i: sequence_steps(choices[i]) for i in content}
        texts = sorted({s for i in content for s in steps[i]})
        found, places = support_of_choices(index, stem, texts, sections, query_vector, cfg)
        if not any(dated_place(*pair, cfg) for pair in zip(found, places, strict=True)):
            return None
        queries_ = choice_queries(ui, texts)
        when = {
            text: dated(support, home, query, text)
            for text, support, home, query in zip(texts, found, places, queries_, strict=True)
        }
        sequences: list[list[Period | None]] = [[] for _ in choices]
        for i in content:
            sequences[i] = [when[s] for s in steps[i]]
        candidates = sequence_candidates(sequences, content, sequence)  # type: ignore[arg-type]
    return sorted(candidates, key=lambda i: -supports[i].score)


# --- the date of a numbered meeting the stem names ------------------------------------------

# A choice that is a year and nothing else: "พ.ศ. 2561", "B.E. 2561", "ค.ศ. 2018", "2018".
_YEAR_CHOICE = re.compile(
    rf"^\s*(?:(?:ปี|the year|year)\s*)?(?:{ERA}\s*)?(?P<year>\d{{4}})\s*$", re.IGNORECASE
)
# An English numbered meeting by its acronym: "the 8th AMCA", "the 28th-29th ASEAN Summits" is
# no acronym (its Thai series name is a phrase the stem does not give).
# Two numbers of one meeting held as a pair: "28th-29th", "28th and 29th" (the Thai "ครั้งที่
# 28-29", "ครั้งที่ 28 และ 29").
_SECOND = r"(?:\s*(?:[-–]|and|&)\s*(?P<m>\d+)(?:st|nd|rd|th))?"
_ENGLISH_MEETING = re.compile(
    rf"\b(?P<n>\d+)(?:st|nd|rd|th){_SECOND}\s+(?P<name>[A-Z][A-Za-z]*[A-Z])\b"
)
# … or by its capitalised name ("the 33rd ASEAN Summit"), read through the Thai of its words
# (_translated_meeting).
_ENGLISH_NAMED_MEETING = re.compile(
    rf"\b(?P<n>\d+)(?:st|nd|rd|th){_SECOND}\s+(?P<name>[A-Z][A-Za-z]*(?:\s+[A-Z][a-z]+)+)\b"
)


def choice_year(choice: str) -> Period | None:
    """The year a choice is, in the Christian era ("พ.ศ. 2561" → 2018), or None when the choice
    is more than a year."""
    match = _YEAR_CHOICE.match(unicodedata.normalize("NFC", choice))
    if match is None:
        return None
    year = year_of(match.group("year"), match.group("era"))
    return Period(date(year, 1, 1), date(year, 12, 31)) if year is not None else None


def choice_date(choice: str) -> Period | None:
    """The days a choice is when it is a date or a year and nothing else ("13-15 พฤศจิกายน ค.ศ.
    2018", "27-28 April 2018", "พ.ศ. 2561"; dates.time_expressions), or None when it says more
    than a date."""
    text = unicodedata.normalize("NFC", choice).strip().rstrip(".").strip()
    year = choice_year(text)
    if year is not None:
        return year
    found = time_expressions(text)
    if len(found) != 1:
        return None
    start, end, period = found[0]
    return period if start == 0 and end == len(text) else None


def stem_meetings(stem: str) -> set[tuple[str, str]]:
    """The numbered meetings a stem names: "ที่ประชุม AMCA ครั้งที่ 8", "the 8th AMCA"."""
    text = unicodedata.normalize("NFC", stem)
    found = {key for _, _, key in meetings(text)}
    for m in _ENGLISH_MEETING.finditer(text):
        first, last = int(m.group("n")), m.group("m")
        number = f"{first}-{int(last)}" if last else str(first)
        found.add((m.group("name"), number))
    return found


def _meeting_date(index: Index, stem: str) -> Period | None:
    """The date the documents give the one numbered meeting a stem names (dates.meeting_dates;
    an English name the documents do not write, as `_translated_meeting` reads it), or None when
    it names none or several, or they date it nowhere or differently."""
    named = stem_meetings(stem)
    if len(named) > 1:
        return None
    for key in (*named, *_translated_meeting(index, stem)):
        dated = {
            known[key]
            for doc in index.documents
            if key in (known := _document_meetings(index, doc.doc_id, doc.text))
        }
        if dated:
            return next(iter(dated)) if len(dated) == 1 else None
    return None


def _translated_meeting(index: Index, stem: str) -> set[tuple[str, str]]:
    """The document's numbered meeting an English stem names by a capitalised name ("the 33rd
    ASEAN Summit"): the one meeting of that number whose Thai series writes a Thai term of one
    of the name's words (lexicon.dictionary_terms, lexicon.loanwords: ASEAN → อาเซียน in
    สุดยอดอาเซียน); empty when none or several do."""
    found: set[tuple[str, str]] = set()
    for m in _ENGLISH_NAMED_MEETING.finditer(unicodedata.normalize("NFC", stem)):
        words = [w.lower() for w in m.group("name").split()]
        terms = {t for w in words for t in (*dictionary_terms(w), *loanwords(w)) if len(t) > 2}
        last = m.group("m")
        number = f"{int(m.group('n'))}-{int(last)}" if last else m.group("n")
        for doc in index.documents:
            for key in _document_meetings(index, doc.doc_id, doc.text):
                if key[1] == number and any(t in key[0] for t in terms):
                    found.add(key)
    return found if len(found) == 1 else set()


# A stem asking how many days something lasted (Quirk §8.54: how + many with a count noun).
_DAYS_ASKED = re.compile(r"\bhow\s+many\s+days\b|กี่วัน", re.IGNORECASE)
_DAYS_CHOICE = re.compile(
    r"^\s*(?P<n>\d+|[A-Za-z]+|[\u0e01-\u0e4e]+?)\s*(?:days?|วัน)?\s*\.?$", re.IGNORECASE
)


def choice_days(choice: str) -> int | None:
    """The number of days a choice is ("Three days", "3 วัน", "สามวัน", "1 day", or a bare count,
    "three", which a stem asking how many days makes one; English number words are WordNet's
    cardinals, lexicon.number_word, Thai ones PyThaiNLP's thaiword_to_num), or None when the
    choice is more than that."""
    match = _DAYS_CHOICE.match(unicodedata.normalize("NFC", choice))
    if match is None:
        return None
    word = match.group("n")
    if word.isdigit():
        return int(word)
    if word.isascii():
        return number_word(word.lower())
    from pythainlp.util import thaiword_to_num

    try:
        return thaiword_to_num(word)
    except ValueError:
        return None


def meeting_length_verdict(
    index: Index,
    stem: str,
    choices: Sequence[str],
    content: Sequence[int],
    nothing: Sequence[int] = (),
) -> int | None:
    """For a stem asking how many days one numbered meeting lasted ("How many days did the 33rd
    ASEAN Summit last?") whose choices are counts of days, the one choice as long as the date
    the document gives that meeting ("ครั้งที่ 33 ระหว่างวันที่ 13-15 พฤศจิกายน ค.ศ. 2018": three
    days, first and last included); None when the stem is negative or asks otherwise, a choice
    is no count of days, the meeting is not dated (`_meeting_date`), or not one choice fits.
    nothing: the "none of the above" choices (references.choice_references); with one, it is the
    answer when no count is the meeting's (FRESH22 K4's kind)."""
    if is_negative(stem) or not content or not _DAYS_ASKED.search(stem):
        return None
    days = {i: choice_days(choices[i]) for i in content}
    if any(n is None for n in days.values()):
        return None
    when = _meeting_date(index, stem)
    if when is None:
        return None
    length = (when.last - when.first).days + 1
    fitting = [i for i, n in days.items() if n == length]
    if not fitting and len(nothing) == 1:
        return nothing[0]  # every count is not the document's: "none of them" is
    return fitting[0] if len(fitting) == 1 else None


def meeting_year_verdict(
    index: Index,
    stem: str,
    choices: Sequence[str],
    content: Sequence[int],
    nothing: Sequence[int] = (),
) -> int | None:
    """For a stem naming one numbered meeting whose choices are years or dates ("ที่ประชุม AMCA
    ครั้งที่ 8 จัดขึ้นในปี พ.ศ. ใด", "การประชุมสุดยอดอาเซียน ครั้งที่ 33 จัดขึ้นในช่วงเวลาใด"; `choice_date`),
    the one choice that holds the date the document gives that meeting (dates.meeting_dates:
    "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม … (AMCA) ครั้งที่ 8"; a year holds its first day, a
    date all of its days). None when the stem is negative, names no meeting or several, a choice
    is no year or date, the document dates the meeting nowhere or differently in two places, or
    not one choice holds it.

    nothing: the "none of the above" choices (references.choice_references). With one, it is the
    answer when no choice holds the meeting's date and none shares a day with it either: each
    is a near miss the document's own date rules out ("13-14 พฤศจิกายน ค.ศ. 2017" for the 33rd
    summit's "13-15 พฤศจิกายน ค.ศ. 2018"; FRESH22 K4). A choice that shares some of its days
    ("13 พฤศจิกายน ค.ศ. 2018", its first day) may be what the writer meant by when: no verdict.
    """
    if is_negative(stem) or not content:
        return None
    periods = {i: choice_date(choices[i]) for i in content}
    if any(period is None for period in periods.values()):
        return None
    when = _meeting_date(index, stem)
    if when is None:
        return None
    holding = [
        i
        for i, p in periods.items()
        if p is not None
        and p.first <= when.first <= p.last
        and (choice_year(choices[i]) is not None or when.last <= p.last)
    ]
    if len(holding) == 1:
        return holding[0]
    touching = [
        i
        for i, p in periods.items()
        if p is not None and p.first <= when.last and when.first <= p.last
    ]
    return nothing[0] if not holding and not touching and len(nothing) == 1 else None


def _same_meeting(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """One numbered meeting named two ways: the same number, and one series name inside the
    other ("สุดยอด" in a stem, "สุดยอดอาเซียน" in the text)."""
    return a[1] == b[1] and (a[0] in b[0] or b[0] in a[0])


def met_elsewhere(index: Index, stem: str, sentences: Sequence[str | None]) -> int | None:
    """Under a negative stem naming one numbered meeting ("Which of the following was not
    adopted at the 28th-29th ASEAN Summit?", "ข้อใดไม่ใช่ปฏิญญาที่รับรองในการประชุมสุดยอดอาเซียน
    ครั้งที่ 31"), the position of the one choice whose sentence (sentences: each ordinary
    choice's, at its support; three at least) names numbered meetings, none of them the stem's,
    when every other choice's sentence names the stem's: the documents say that one at another
    meeting ("ผู้นำประเทศสมาชิกอาเซียนได้ลงนามในฉันทามติ … ครั้งที่ 31" beside three documents of the
    28-29th). None otherwise: the stem names no meeting or several, a choice was found nowhere,
    or the sentences do not single one out. The meetings as exam/placed_elsewhere reads places.
    """
    if not is_negative(stem) or len(sentences) < 3 or any(s is None for s in sentences):
        return None
    named = stem_meetings(stem) | _translated_meeting(index, stem)
    numbers = {number for _, number in named}
    if len(numbers) != 1:
        return None
    said = [{key for _, _, key in meetings(s)} if s is not None else set() for s in sentences]
    at_stem = [any(_same_meeting(k, m) for k in found for m in named) for found in said]
    odd = [i for i, found in enumerate(said) if found and not at_stem[i]]
    if len(odd) != 1 or not all(at_stem[i] for i in range(len(said)) if i != odd[0]):
        return None
    return odd[0]
