"""What a question asks for: the type of value (`asked_type`) and, of a question that asks two
things, the first (`first_question`). The sources of the grammar: the package's docstring."""

from __future__ import annotations

import re
import unicodedata

from ..text import normalize
from .kinds import COUNT, DATE, ORDINAL, PERSON, PLACE, TIME

# Thai writes a leading vowel (เ แ โ ใ ไ) before its syllable's first consonant, so a consonant
# after one is inside a syllable: "กี่" (how many) starts a word, the กี่ of "เกี่ยวกับ" (about)
# does not. ใคร (who) is not ใคร่ (wish, with a tone mark).
_SYLLABLE_START = r"(?<![\u0e40-\u0e44])"
# An English wh-word asks only where a question or clause starts — first, after punctuation, a
# conjunction, a preposition ("in what year", "by which year") or a verb of asking or knowing
# ("do you know when …") — or at the end ("… held when?"); after a noun it is a relative
# pronoun ("people who work …", "the city where …") and asks nothing.
_EN_START = (
    r"(?:^|[,;:?!(\"'“]\s*|\b(?:and|or|but|in|on|at|by|from|to|since|until|know|tell|say|ask"
    r"|asked|explain|wonder)\s+)"
)


def _english_wh(words: str) -> str:
    return rf"{_EN_START}(?:{words})\b|\b(?:{words})\s*\?\s*$"


_WHEN, _WHERE, _WHO = _english_wh("when"), _english_wh("where"), _english_wh("who|whom")


# A verb after "what" starts a clause ("what is the number of …" asks a count, not an ordinal);
# "what kind of budget" asks a kind.
_AUXILIARIES = (
    r"(?:is|are|was|were|be|do|does|did|has|have|had|will|would|can|could|should|may"
    r"|kinds?|types?|sorts?)"
)


# "What is the (annual) budget of …" asks the amount as "what budget" does: the copula and the
# article come between, then up to two modifiers.
_WHAT_IS_THE = r"\bwhat\s+(?:is|was|are|were)\s+(?:the\s+|its\s+|their\s+)(?:[a-z\-]+\s+){0,2}?"


def _what_noun(nouns: str) -> str:
    """ "what/which" + up to two modifiers + one of the head nouns: "what exact date", "in which
    Buddhist Era year", "by what percentage"."""
    return rf"\b(?:what|which)\s+(?:(?!{_AUXILIARIES}\b)[a-z\-]+\s+){{0,2}}?(?:{nouns})\b"


# A Thai ordinal is classifier + ที่ + number (Iwasaki & Ingkaphirom, the package's docstring),
# "ครั้งที่ 28"; so it is asked as classifier + ที่ + เท่าไร/กี่. The classifiers that take ordinals
# in documents (not พื้นที่ "area": "พื้นที่กี่ตารางเมตร" asks a count):
_ORDINAL_CLASSIFIERS = "(?:ครั้ง|ฉบับ|ระยะ|รุ่น|ลำดับ|อันดับ|ชั้น|ข้อ|ปี|รอบ|สมัย|ภาค|บท|ตอน|คน|แห่ง)"
# ไม่กี่ + classifier is "a few" ("ภายในไม่กี่สัปดาห์"), not a question.
_NOT_FEW = r"(?<!ไม่)(?<!ไม่ )"
# A place asked through a noun of place rather than ที่ไหน: "ข้อใดเป็นที่ตั้งของศูนย์ …" (which
# item is the location of …: ข้อใด/สิ่งใด "which item" equated by เป็น/คือ with the noun, the
# reference grammar's ใด after a noun), "สถานที่จัดประชุมคืออะไร", "ที่ตั้งของศูนย์อยู่ที่ใด".
# ที่ตั้ง / สถานที่ are the Royal Institute dictionary's nouns of location (not ที่ตั้งขึ้น "which
# was set up").
_PLACE_NOUNS = r"(?:ที่ตั้ง(?!ขึ้น)|สถานที่)"
_PLACE_NOUN_ASKED = (
    rf"(?:ข้อ|สิ่ง)\s*ใด\s*(?:เป็น|คือ)\s*{_PLACE_NOUNS}"
    rf"|{_PLACE_NOUNS}\S*(?:\s+\S+)?\s*(?:คือ|อยู่)\s*(?:ที่)?\s*(?:ใด|ไหน|อะไร)"
)
# A venue asked by its noun: a room, building or ground + ใด/ไหน ("อบรมจัดที่ห้องไหน", "สอบที่
# อาคารใด": the reference grammar's ใด/ไหน "which" after a noun; the nouns of buildings and
# grounds of the Royal Institute dictionary, as place.VENUE).
_VENUE_ASKED = r"(?:ห้อง|อาคาร|ตึก|หอ|สนาม)(?:ประชุม|เรียน|กีฬา)?\s*(?:ใด|ไหน)"
# Order matters: "กี่โมง" is a time before it is a count; "ปีใด" a date before "ใด" is anything;
# "ครั้งที่เท่าไร" an ordinal before เท่าไร is a count, "วันที่เท่าไร" a date before an ordinal.
_ASKS = (
    (
        TIME,
        rf"{_SYLLABLE_START}กี่(?:โมง|นาฬิกา)|เวลา\s*(?:ใด|ไหน|เท่า(?:ไ[รห]|ใด)|อะไร)|what\s+time"
        r"|at\s+what\s+hour",
    ),
    (
        DATE,
        r"เมื่อ\s*(?:ไร|ไหร่|ใด)|(?:ปี|วัน(?:ที่)?|เดือน|ช่วง|ระยะเวลา)\s*(?:ใด|ไหน|อะไร|เท่า(?:ไ[รห]|ใด))"
        rf"|ปี\s*(?:พ\.ศ\.|ค\.ศ\.)\s*(?:ใด|ไหน|อะไร)|{_WHEN}|{_what_noun('years?|dates?|months?|days?')}",
    ),
    (
        ORDINAL,
        rf"{_ORDINAL_CLASSIFIERS}\s*ที่\s*(?:เท่า(?:ไ[รห]|ใด)|กี่)|{_what_noun('number|edition')}",
    ),
    (
        COUNT,
        rf"{_SYLLABLE_START}{_NOT_FEW}กี่\s*(?!โมง)\S|เท่า(?:ไ[รห]|ใด)|\bhow\s+many\b|\bhow\s+much\b"
        rf"|\bnumber\s+of\b|{_what_noun('percentage|percent|proportion|share|budget|amount|cost|price|sum')}"
        rf"|{_WHAT_IS_THE}(?:percentage|proportion|budget|amount|cost|price|sum|fee|salary|population)s?\b"
        r"|\bhow\s+(?:long|old|far|high|tall|big|large|deep|fast|heavy|wide|often)\b",
    ),
    (
        PLACE,
        rf"ที่\s*(?:ไหน|ใด)|(?:จังหวัด|ประเทศ|เมือง|สถานที่|กรุง)\s*(?:ใด|ไหน|อะไร)|{_WHERE}"
        rf"|{_PLACE_NOUN_ASKED}|ตั้งอยู่\s*(?:ที่|ใน)?\s*(?:ใด|ไหน)|{_VENUE_ASKED}"
        r"|which\s+(?:country|city|province|place|location|venue|room|hall|building)"
        r"|\bwhat\s+(?:is|was|are|were)\s+the\s+(?:location|venue|site)\b",
    ),
    (
        PERSON,
        r"ใคร(?![\u0e48-\u0e4b])|ผู้\s*ใด|(?:หน่วยงาน|องค์กร|องค์การ|ประเทศ\s*สมาชิก|ฝ่าย)\s*(?:ใด|ไหน)"
        rf"|{_WHO}|which\s+(?:organi[sz]ation|body|agency|person|member)",
    ),
)
_ASK_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in _ASKS)

# An English question may open with an adverbial clause ("When a disaster strikes, through which
# body does ASEAN send help?", "When the ministers met in 2018, what did they conclude?"): its
# when/where/if is a subordinator (Quirk et al., *A Comprehensive Grammar of the English
# Language*, 1985, ch. 15, adverbial clauses) and the question is the main clause after the
# comma (or a preposition and its wh-word: "through which"). A subordinator is followed by its
# clause's subject; a wh-word asking a question by an auxiliary ("When was ASEAN founded, who
# signed …" asks both) or a second wh-word ("When and where …").
_AUXILIARY_VERBS = (
    r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might)"
)
_LEADING_CLAUSE = re.compile(
    rf"^(?:when|whenever|where|wherever|if|while|once|after|before)\b"
    rf"(?!\s+(?:{_AUXILIARY_VERBS}|and|or|exactly)\b)\s+[^,?]+,\s*"
    r"(?=(?:(?:in|on|at|by|from|to|through|with|for|of|under|during|since|until)\s+)?"
    rf"(?:what|which|who|whom|whose|where|when|how|why|{_AUXILIARY_VERBS})\b)"
)


def asked_type(question: str) -> str | None:
    """The type of value the question asks for, or None (what, why, how, yes/no...).

    >>> asked_type("ห้องสมุดเปิดกี่โมง"), asked_type("When did SAMCA take place?")
    ('time', 'date')
    """
    text = _LEADING_CLAUSE.sub("", normalize(question).strip())
    for kind, pattern in _ASK_PATTERNS:
        if pattern.search(text):
            return kind
    return None


# --- a question that asks two things --------------------------------------------------------
# People ask two things at once ("ปีแห่งวัฒนธรรมอาเซียนคือปีไหน แล้วใครเป็นคนเสนอ", "What does SAMCA
# stand for and when did it take place?"): the second clause drops the subject, and its words dilute
# the first one's cosine and coverage. Its first clause is the question with its subject. A clause
# ends, after its question word, at a space in Thai (the reference grammar (Iwasaki & Ingkaphirom):
# Thai writes no punctuation between clauses but a space) and at punctuation or "and" + a question
# word in English. Question words that carry no type ("อะไร", "what") count too.
_UNTYPED_ASKS = re.compile(
    rf"{_SYLLABLE_START}(?:อะไร|อย่างไร|ยังไง|ทำไม|หรือไม่|ไหม|มั้ย)|\b(?:what|how|why|which)\b"
)
_THAI_CLAUSE_END = re.compile(r"\s+|[?,;]")
_ENGLISH_CLAUSE_END = re.compile(
    r"\s*[?,;]|\s+-\s+|\s+and\s+(?=(?:what|where|when|who|whom|whose|which|how|why|in|at|on"
    r"|for|by)\b)"
)
_MIN_CLAUSE_CHARS = 8  # characters beyond the question word: "when and where …" has no clause


def first_question(question: str) -> str | None:
    """The first of the two questions a question asks in two clauses, or None (one question,
    or two question words in one clause: "When and where …", "ที่ไหนเมื่อไร").

    >>> first_question("ปีแห่งวัฒนธรรมอาเซียนคือปีไหน แล้วใครเป็นคนเสนอ")
    'ปีแห่งวัฒนธรรมอาเซียนคือปีไหน'
    """
    normal = normalize(question).strip()
    text = _LEADING_CLAUSE.sub("", normal)
    spans: list[tuple[int, int]] = []
    patterns = [pattern for _, pattern in _ASK_PATTERNS] + [_UNTYPED_ASKS]
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not any(m.start() < end and start < m.end() for start, end in spans):
                spans.append((m.start(), m.end()))
    if len(spans) < 2:
        return None
    spans.sort()
    (start, end), (next_start, _) = spans[0], spans[1]
    clause_end = _ENGLISH_CLAUSE_END if text[start:end].isascii() else _THAI_CLAUSE_END
    found = clause_end.search(text, end)
    if found is None or found.start() >= next_start:
        return None
    first = text[: found.start()].strip()
    if len(first) - (end - start) < _MIN_CLAUSE_CHARS:
        return None
    # As written, when normalising only changed letter case (acronyms are read by their capitals).
    written = unicodedata.normalize("NFC", question).strip()
    skipped = len(normal) - len(text)  # an opening adverbial clause
    if len(written) == len(normal) and written.lower() == normal:
        return written[skipped : skipped + found.start()].strip()
    return first
