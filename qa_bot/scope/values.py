"""What value a question asks for, and whether a text gives it: the asked type (a time, count,
ordinal, date, place…: qa_bot/answer_types/) with the unit, measure, counted noun, place level
or date parts the question names (`AskedValue`), a count answered by enumerating its members
(`enumerates`) and the question's ordinals said as the text writes them (`ordinals_said`). The
scope features type_missing*, unit_missing, together, count_listed and ordinal_said read them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..answer_types import (
    CHECKABLE_TYPES,
    COUNT,
    DATE,
    ORDINAL,
    PLACE,
    TIME,
    asked_date_parts,
    asked_measure,
    asked_place_level,
    count_classifiers,
    has_count_of,
    has_date_part,
    has_measure,
    has_place_level,
    has_value,
)
from ..config import ScopeConfig
from ..english_names import counted_terms
from ..known_words import corpus_is_thai
from ..ordinals import ordinal_numbers, question_ordinals
from ..question_words import counted_units
from ..search import Retrieval
from ..store import Index
from ..text import normalize

# The asked types whose value feature "together" looks for beside the question's words. A
# place, unlike in AskedValue's checks (a text's lack of a recognised place is no evidence), as it
# only weighs in the model: pooled 5-fold CV over 1,163 items, 8 fold seeds (2026-11-30),
# out-of-scope → not_found 0.624 → 0.652 with it. Not a person: a translated article names one
# bare ("ปีแยร์ กูรี"), and with persons too, over the 24 articles of bench/reading.py (never
# fitted on) "who" questions were uncertain 0.11 → 0.31 (Thai), 0.13 → 0.39 (English).
STRETCH_TYPES = CHECKABLE_TYPES | {PLACE}

# A time may be a part of the day, not a clock time: "ยุงลายกัดคนในเวลากลางวัน" answers "At what
# time of day do they bite?" (FRESH18a K1). The parts of the day as Thai names them (the Royal
# Institute dictionary's เช้า สาย เที่ยง บ่าย เย็น ค่ำ ดึก, กลางวัน กลางคืน, รุ่งเช้า เช้ามืด
# หัวค่ำ พลบค่ำ), after the words a reference grammar of Thai gives time-of-day phrases
# (ตอน / เวลา / ช่วง / ยาม, "ในเวลากลางวัน", "ตอนเช้า"; the compounds กลางวัน, กลางคืน,
# เที่ยงวัน, เที่ยงคืน after ใน too — not in a noun: อาหารกลางวัน is lunch); and English's (in
# the morning / afternoon / evening, at night / noon / midnight / dawn / dusk, during the day /
# night, daytime, night-time).
_PART_OF_DAY = re.compile(
    r"(?:ตอน|เวลา|ช่วง|ยาม)\s*(?:รุ่งเช้า|เช้ามืด|เช้า|สาย|เที่ยง|บ่าย|เย็น|หัวค่ำ|พลบค่ำ|ค่ำ|ดึก)"
    r"|(?:ตอน|เวลา|ช่วง|ยาม|ใน)\s*(?:กลางวัน|กลางคืน|เที่ยงวัน|เที่ยงคืน)"
    r"|\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+(?:night|noon|midnight|dawn|dusk)"
    r"|during\s+the\s+(?:day|night)|day\s*time|night\s*-?\s*time)\b",
    re.IGNORECASE,
)


def names_part_of_day(text: str) -> bool:
    """Does the text name a part of the day ("ในเวลากลางวัน", "ตอนเช้า", "at night"), a time
    as a clock's is?"""
    return bool(_PART_OF_DAY.search(text))


# "When …?" is also answered by a time counted back from now: a number of years (centuries,
# months …) followed by ก่อน / ที่แล้ว / มาแล้ว, as Thai grammar marks a past time by the
# duration since ("ประมาณ 20,000 ปีก่อน"), or English "… years ago".
_TIME_AGO = re.compile(
    r"\d[\d,.]*\s*(?:ล้าน|แสน|หมื่น|พัน)?\s*(?:ปี|ศตวรรษ|สหัสวรรษ|ทศวรรษ|เดือน|สัปดาห์|วัน)"
    r"\s*(?:ก่อน|ที่แล้ว|มาแล้ว)"
    r"|\b\d[\d,.]*\s*(?:million|thousand|billion)?\s*(?:years?|centuries|decades?|months?"
    r"|weeks?|days?)\s+ago\b",
    re.IGNORECASE,
)


def answers_when(text: str) -> bool:
    """Does the text say when as a part of the day or a time counted back from now ("ใน
    เวลากลางคืน", "20,000 ปีก่อน"), which a question asking when but for no day, month or year
    takes as a date?"""
    normal = normalize(text)
    return names_part_of_day(normal) or bool(_TIME_AGO.search(normal))


@dataclass(frozen=True)
class AskedValue:
    """The value a question asks for, as a text is checked for it.

    kind: answer_types' asked type (retrieval.asked; None: no particular value). units: the
    classifiers of a Thai count ("กี่คน" → ("คน",)); measure: the measure of a count with
    none ("ยาวเท่าใด" → "length or period"); counted: an English count's Thai units over a Thai
    corpus ("How many member countries" → ประเทศ…); level: "province" / "country" asked for
    (config.place_levels, a Thai corpus); parts: a date's day / month / year asked for; series:
    the classifiers of a numbered series one of which is asked ("ครั้งที่เท่าไร", "at which
    summit"); address: it asks for a web or e-mail address (`asks_address`)."""

    kind: str | None
    units: tuple[str, ...] = ()
    measure: str | None = None
    counted: tuple[str, ...] = ()
    level: str | None = None
    parts: tuple[str, ...] = ()
    series: tuple[str, ...] = ()
    address: bool = False

    @property
    def checkable(self) -> bool:
        """It asks for a time, count, ordinal or date (CHECKABLE_TYPES), the types the answer
        sentence is chosen by."""
        return self.kind in CHECKABLE_TYPES

    def holds(self, text: str) -> bool:
        """Does the (any-form) text give a value of the asked type, with the date parts asked?"""
        # A count in a series classifier is told by its last ordinal too ("กี่ฉบับ" ↔
        # "ฉบับที่หนึ่ง": answer_types.has_count_of's ordinal reading; unit_missing reads it
        # too). One pooled item moves (the lowest answerable Thai-script question); 8 fold
        # seeds: Thai out-of-scope → not_found 0.627 → 0.665 (the quota cut rises past it),
        # answerable → not_found 0.012 → 0.015, → uncertain 0.050 → 0.045.
        if any(has_count_of(text, unit, ordinal=True) for unit in self.units):
            return True
        if self.kind == TIME and names_part_of_day(normalize(text)):
            return True
        if self.kind == DATE and not self.parts and answers_when(text):
            return True
        return has_value(text, self.kind) and all(has_date_part(text, p) for p in self.parts)

    def unit_missing(self, text: str) -> bool:
        """It names a unit, measure, counted noun or place level, or asks one of a series or an
        address, and the text gives no number of that unit (or noun, either side of the number),
        of that measure, no name of that level, no ordinal of that series or no address."""
        return (
            (bool(self.units) and not any(has_count_of(text, u, ordinal=True) for u in self.units))
            or (bool(self.measure) and not has_measure(text, self.measure))
            or (
                bool(self.counted)
                and not any(
                    has_count_of(text, t, noun_first=True, ordinal=True) for t in self.counted
                )
            )
            or (bool(self.level) and not has_place_level(text, self.level))
            or (bool(self.series) and not any(has_ordinal_of(text, c) for c in self.series))
            or (self.address and not has_address(text))
        )


def asked_value(index: Index, retrieval: Retrieval, config: ScopeConfig) -> AskedValue:
    """The value retrieval's question asks for (`AskedValue`), read over this corpus."""
    kind = retrieval.asked
    # The classifier is the word after กี่ as the question writes it: retrieval's tokens leave
    # out words that are two stop words written together ("กี่วันหลังยุบสภา": วันหลัง), and
    # the next token left ("ยุบสภา") was taken for the unit, never found, and an answer giving
    # "สี่สิบห้าวัน" judged not_found (FRESH12 §5).
    units = count_classifiers(retrieval.question) if kind == COUNT else ()
    # … or in the words the text counts the same thing in (แต้ม: คะแนน; คน: ราย; the noun
    # counted: "มีอำเภอทั้งหมดกี่แห่ง" over "15 อำเภอ").
    units = counted_units(index, retrieval.question, units)
    measure = asked_measure(retrieval.question) if kind == COUNT and not units else None
    # An English count over Thai text ("How many member countries …") has no กี่ + classifier:
    # the Thai terms of the noun it counts are its units, written as a classifier ("10
    # ประเทศ", "15 สาขา" for sectors: ด้าน's alike) or before the number ("คุณลักษณะ 5 ข้อ").
    counted = (
        counted_terms(retrieval.question)
        if kind == COUNT and not units and not measure and corpus_is_thai(index)
        else ()
    )
    # The place names checked are Thai (PyThaiNLP's lists): over a text in another language
    # the level cannot be checked.
    level = (
        asked_place_level(retrieval.question)
        if config.place_levels and corpus_is_thai(index)
        else None
    )
    # A date question asking for a day, month or year is answered only by a text giving that
    # part ("จัดวันที่เท่าไหร่" not by "ในปี 2562"; answer_types.asked_date_parts).
    parts = asked_date_parts(retrieval.question) if kind == DATE else ()
    # A meeting asked by which one ("ครั้งไหน", "at which summit") whatever the asked type (a
    # two-part question may ask when too): the English frame over a Thai corpus only, whose
    # meetings are numbered (ครั้งที่ 31); a text in another language numbers them its own way.
    series = asked_series(retrieval.question) if kind == ORDINAL else ()
    if not series:
        series = which_meeting(retrieval.question, english=corpus_is_thai(index))
    return AskedValue(
        kind,
        tuple(units),
        measure,
        tuple(counted),
        level,
        tuple(parts),
        series,
        asks_address(retrieval.question),
    )


# A web or e-mail address is a value of its own kind: "What's the website of the ASEAN
# University Network?" is not answered by a passage about the network that gives none. The
# nouns of an address (English website, web page, homepage, URL, web address, e-mail address;
# their Thai loans เว็บไซต์, เว็บเพจ, โฮมเพจ, อีเมล, ลิงก์ as the Royal Institute transliterates
# them) asked with a question word: English what / which / where before it, Thai อะไร / ไหน / ใด
# after it — not "ส่งทางอีเมลได้ไหม", which asks whether, not which address. (One pooled
# question asks one, out of scope; the bundled document gives no address.)
_ADDRESS_EN = r"(?:website|web\s*site|web\s*page|home\s*page|url|web\s+address|e-?mail\s+address)"
_ADDRESS_ASKED = re.compile(
    rf"\b(?:what|which|where)\b(?:'s)?(?:\s+\S+){{0,4}}?\s+{_ADDRESS_EN}\b"
    r"|(?:เว็บไซต์|เว็บเพจ|เว็บ|โฮมเพจ|อีเมล์?|ลิงก์|ลิงค์|ลิ้งค์)[^?\n]{0,40}?(?:อะไร|ไหน|ใด)",
    re.IGNORECASE,
)
# … answered by a URL (a scheme, www., or a host under a generic or Thai second-level domain,
# RFC 3986 / the IANA root zone) or an e-mail address (RFC 5322's local@domain).
_ADDRESS = re.compile(
    r"https?://|\bwww\.|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|int|edu|gov|info|asia"
    r"|(?:go|ac|or|co|in|mi|net)\.th)\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)


def asks_address(question: str) -> bool:
    """Whether the question asks for a web or e-mail address (_ADDRESS_ASKED).

    >>> asks_address("What's the website of the ASEAN University Network?")
    True
    >>> asks_address("ส่งใบสมัครทางอีเมลได้ไหม"), asks_address("the network linking universities")
    (False, False)
    """
    return bool(_ADDRESS_ASKED.search(normalize(question)))


def has_address(text: str) -> bool:
    """Whether the text gives a web or e-mail address ("www.aunsec.org", "info@school.ac.th")."""
    return bool(_ADDRESS.search(text))


# A Thai ordinal is classifier + ที่ + number, asked as classifier + ที่ + เท่าไร/กี่ ("ผ่านที่ประชุม
# สุดยอดครั้งที่เท่าไร": the reference grammar above, ch. on classifiers), and answered by an
# ordinal *of that classifier* ("ครั้งที่ 28", "ครั้งแรก"), not by any: "ฉบับที่หนึ่ง" (the first
# issue of an index) does not say at which meeting it was adopted. The classifiers that take
# ordinals in a series (answer_types' series classifiers: meetings, issues, phases, terms …;
# not ข้อ, ปี, คน, แห่ง, whose "ที่ N" may be an item, a year of age or a place).
_SERIES = "ครั้ง|ฉบับ|ระยะ|รุ่น|ลำดับ|อันดับ|ชั้น|รอบ|สมัย|ภาค|บท|ตอน"
_SERIES_ASKED = re.compile(rf"({_SERIES})\s*ที่\s*(?:เท่า(?:ไ[รห]|ใด)|กี่)")
# … answered by the classifier + ที่ + a number (digits or Thai numerals), แรก (first) or
# สุดท้าย / ล่าสุด (last, latest).
_SERIES_VALUE = r"\s*(?:ที่\s*(?:\d|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่สิบ)|แรก|สุดท้าย|ล่าสุด)"


def asked_series(question: str) -> tuple[str, ...]:
    """The series classifiers whose ordinal a Thai question asks ("ครั้งที่เท่าไร" → ("ครั้ง",)).

    >>> asked_series("ปฏิญญานี้ผ่านที่ประชุมสุดยอดครั้งที่เท่าไร"), asked_series("ปีไหน")
    (('ครั้ง',), ())
    """
    return tuple(dict.fromkeys(m.group(1) for m in _SERIES_ASKED.finditer(normalize(question))))


# "Which time" asks for one of a numbered series too: Thai ครั้ง + ไหน / ใด ("ผ่านการรับรองในการ
# ประชุมสุดยอดครั้งไหน": the reference grammar's selective question words after a classifier),
# and English which / what before "summit" ("at which summit", "which ASEAN Summit adopted …";
# one, not "which summits", whose answer is a list) — over a Thai text, answered by "ครั้งที่ 31"
# as the Thai question is. Not "which meeting" (ที่ประชุมไหน): a meeting may be one of its own,
# named, with no number ("การประชุมรัฐมนตรีอาเซียนสมัยพิเศษด้านวัฒนธรรมและศิลปะ"). Over the
# pooled sets (1,913 items, 2026-12-01) the 25 answerable questions that ask which summit all
# find an ordinal of ครั้ง in their best passage; 2 out-of-scope ones do not (unit_missing).
_WHICH_TIME_TH = re.compile(r"ครั้ง\s*(?:ไหน|ใด)")
_WHICH_MEETING_EN = re.compile(
    r"\b(?:which|what)\s+(?:asean\s+)?summit\b(?!s)",
    re.IGNORECASE,
)


def which_meeting(question: str, english: bool = True) -> tuple[str, ...]:
    """("ครั้ง",) when the question asks which one of a numbered series of meetings ("…ผ่านการ
    ประชุมสุดยอดครั้งไหน", and with english "At which summit was … adopted?"), else ().

    >>> which_meeting("ผ่านการประชุมสุดยอดครั้งไหน"), which_meeting("At which summit was it adopted?")
    (('ครั้ง',), ('ครั้ง',))
    """
    text = normalize(question)
    if _WHICH_TIME_TH.search(text) or (english and _WHICH_MEETING_EN.search(text)):
        return ("ครั้ง",)
    return ()


@lru_cache(maxsize=64)
def _ordinal_of(classifier: str) -> re.Pattern[str]:
    """An ordinal of one classifier, compiled once for it (a question asks few classifiers)."""
    return re.compile(re.escape(classifier) + _SERIES_VALUE)


def has_ordinal_of(text: str, classifier: str) -> bool:
    """Does the (any-form) text write an ordinal of this classifier ("ครั้งที่ 32", "ฉบับแรก")?"""
    return bool(_ordinal_of(classifier).search(normalize(text)))


# A count may be answered by naming the things counted rather than by a number ("กี่ฉบับ แต่ละ
# ฉบับว่าด้วยอะไร" over "ได้แก่ ปฏิญญา… และปฏิญญา…"): a sentence that enumerates, an enumeration
# word followed by at least two items. The words that introduce an enumeration, as the Royal
# Institute's dictionary defines them: อาทิ, เช่น ("for example"), ได้แก่, ประกอบด้วย, ดังนี้
# ("namely", "consisting of", "as follows").
_ENUMERATION = re.compile(r"(?:อาทิ|ได้แก่|ดังนี้|เช่น|ประกอบด้วย)\s*\S+.*?\s(?:และ)?\S+")


def enumerates(text: str) -> bool:
    """Does the text list things after an enumeration word ("อาทิ เอดส์ และโรคติดเชื้อไวรัส
    ซิกา")? For a count answered by its members."""
    return bool(_ENUMERATION.search(text))


def ordinals_said(question: str, sentence: str) -> float:
    """1.0 when the question gives ordinals (ordinals.question_ordinals: as claims, Thai or
    English) and the sentence writes each one's number as a Thai ordinal, else 0.0."""
    asked = question_ordinals(question)
    if not asked:
        return 0.0
    written = ordinal_numbers(sentence)
    return float(all(o.number in written for o in asked))
