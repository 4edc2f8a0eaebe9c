"""What a question asks for (a time, a count, an ordinal, a date, a place, a person or body) and
whether a text holds a value of that type.

The question side follows the interrogatives of a Thai reference grammar (Iwasaki &
Ingkaphirom, *A Reference Grammar of Thai*, 2005, ch. on content questions: ใคร "who", ที่ไหน
"where", เมื่อไร "when", กี่ + classifier "how many", เท่าไร (written เท่าใด) "how much",
ใด/ไหน "which" after a noun; an ordinal is asked with classifier + ที่ + เท่าไร, "ครั้งที่เท่าไร"
"the how-manyth time") and the English wh-words, with the numeric answer types of the TREC
question taxonomy (Li & Roth, "Learning Question Classifiers", COLING 2002: NUM:count, money,
percent, date, and the measures: "what percentage", "what budget", "which Buddhist Era year",
"how long", "how old" — the Thai twin asks เท่าใด). The value side is language-neutral where it
can be: numbers (Thai or Arabic digits, Thai numeral words), ordinals ("ครั้งที่ 28", "31st"),
clock times ("07.30 น." — Thai documents write times with น., people ask กี่โมง), years in either
era (พ.ศ. = ค.ศ. + 543), Thai and English month names, and PyThaiNLP's lists of country and
province names for places.

Used by the scope judge (qa_bot/scope.py): a question asking for a value the best passage and
its answer sentence do not hold is a likely near-miss — the documents talk about the thing but
do not give what is asked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .extract.types import CELL_SEPARATOR
from .text import normalize

TIME, COUNT, ORDINAL, DATE = "time", "count", "ordinal", "date"
PLACE, PERSON = "place", "person"
# The types whose values a pattern recognises in any text: clock times, dates and years, counts.
# Places and persons are open classes — a translated article writes "ปีแยร์ กูรี" or "มิลาน" with
# no title or capital letter to spot — so a text's lack of a recognised one is no evidence:
# checked against a text, person and place questions refused answerable questions over
# translated articles (bench/reading.py; bench/RESULTS.md "Scope judge over a second corpus").
CHECKABLE_TYPES = frozenset({TIME, COUNT, ORDINAL, DATE})

# --- what the question asks for ------------------------------------------------------------
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


# A Thai ordinal is classifier + ที่ + number (the reference grammar above), "ครั้งที่ 28"; so
# it is asked as classifier + ที่ + เท่าไร/กี่. The classifiers that take ordinals in documents
# (not พื้นที่ "area": "พื้นที่กี่ตารางเมตร" asks a count):
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
# grounds of the Royal Institute dictionary, as VENUE below).
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
# People ask two things at once ("ปีแห่งวัฒนธรรมอาเซียนคือปีไหน แล้วใครเป็นคนเสนอ", "What does
# SAMCA stand for and when did it take place?"): the second clause drops the subject, and its
# words dilute the first one's cosine and coverage. Its first clause is the question with its
# subject. A clause ends, after its question word, at a space in Thai (the reference grammar
# above: Thai writes no punctuation between clauses but a space) and at punctuation or "and" +
# a question word in English. Question words that carry no type ("อะไร", "what") count too.
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


# --- requests, not questions ----------------------------------------------------------------
# A directive (Searle's class of speech acts that get the hearer to do something) asking the bot
# to compose a text, to translate into a language other than Thai or English (the languages it
# reads), or to give its own opinion, is answered by no passage. The verbs of producing text,
# with the Thai request frame (ช่วย … ให้หน่อย, กรุณา, โปรด: the reference grammar above, ch. on
# directives). Excluded: เขียนว่า "is written as", แต่งตั้ง "appoint", แต่งงาน/แต่งกาย, แปลว่า
# "means"; an English "write" only of "a/an …" ("write me a poem", not "write the full name").
_OTHER_LANGUAGE_TH = r"เป็นภาษา(?!ไทย|อังกฤษ)"
# A verb after คน/ผู้/ที่ names who did it ("ใครเป็นคนเขียน", "ผู้แต่ง"): a fact, not a request.
_NOT_AGENT = r"(?<!คน)(?<!ผู้)(?<!ที่)"
_TH_PRODUCE = rf"{_NOT_AGENT}(?:เขียน(?!ว่า|อย่างไร|ยังไง)|แต่ง(?!ตั้ง|งาน|กาย)|แปล.*{_OTHER_LANGUAGE_TH})"
_TH_REQUEST = r"ช่วย|กรุณา|โปรด|หน่อย|ให้ที"
_EN_COMPOSE = r"(?:write|compose)\s+(?:(?:me|us)\s+)?(?:a|an|some)\b"
# A Thai request holds a verb of producing text and a request word, in either order: two
# searches (one lookahead pair tried at every position took ~70 µs a question, these ~5 µs).
_TH_PRODUCE_WORD = re.compile(_TH_PRODUCE, re.S)
_TH_REQUEST_WORD = re.compile(_TH_REQUEST)
_REQUEST = re.compile(
    r"คุณคิดว่า|ความ(?:คิด)?เห็นของคุณ"
    rf"|^\W*(?:please\s+)?{_EN_COMPOSE}"
    rf"|\b(?:can|could|would|will)\s+you\s+(?:please\s+)?{_EN_COMPOSE}"
    r"|\btranslate\b.*\binto\s+(?!thai\b|english\b)[a-z]"
    r"|\bdo\s+you\s+think\b|\bin\s+your\s+(?:opinion|view)\b",
    re.S,
)


def _asks_to_produce(text: str) -> bool:
    """A request (normalised text): a Thai verb of producing text beside a request word, an
    opinion asked, or an English request to write, compose or translate."""
    return bool(
        _REQUEST.search(text) or (_TH_PRODUCE_WORD.search(text) and _TH_REQUEST_WORD.search(text))
    )


# `is_request`'s default: no asked type given, work it out (None is a type: "asks for none").
_WORK_IT_OUT = "?"


def is_request(question: str, asked: str | None = _WORK_IT_OUT) -> bool:
    """Does the question ask the bot to produce a text or an opinion rather than for a fact?
    asked: its `asked_type` if the caller has it (search.Retrieval.asked), else worked out.

    >>> is_request("ช่วยเขียนเรียงความเรื่องอาเซียนให้หน่อย"), is_request("AUN เขียนว่าอย่างไร")
    (True, False)
    """
    if asked == _WORK_IT_OUT:
        asked = asked_type(question)
    # A question that asks for a value ("ช่วยบอกหน่อยว่าใครเขียน…") asks for a fact.
    return asked is None and _asks_to_produce(normalize(question))


# --- values in a text ----------------------------------------------------------------------
_NUMBER = r"\d+(?:[.,]\d+)*"
# Thai numeral words, matched as whole words (PyThaiNLP tokens): "สาม" is also in "สามารถ".
_THAI_NUMERALS = frozenset("หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ ยี่สิบ".split())
_THAI_MAGNITUDES = frozenset("ร้อย พัน หมื่น แสน ล้าน".split())
_THAI_MONTHS = (
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน "
    "ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."
).split()
_ENGLISH_MONTHS = (
    "january february march april may june july august september october november december".split()
)
MONTH_NAMES = frozenset((*_THAI_MONTHS, *_ENGLISH_MONTHS))  # as `text.normalize` writes them
_TIME_VALUE = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:น\.|นาฬิกา|a\.?m|p\.?m|hrs?)|\d+\s*(?:นาฬิกา|โมง)")
_YEAR_VALUE = re.compile(r"(?<!\d)(?:19|20|21|24|25|26)\d{2}(?!\d)")
# A year of any century in a date: ค.ศ. 1000–2199 or พ.ศ. 2400–2699 as four digits (not part
# of a longer number or a decimal), or a century named. Counts keep the narrower _YEAR_VALUE
# test: "1,500 คน" is a count, "ค.ศ. 1867" a year.
_ANY_YEAR = re.compile(r"(?<![\d.,])(?:1\d{3}|2[01]\d{2}|2[4-6]\d{2})(?![\d,]|\.\d)|ศตวรรษ|century")
# A count: a number (not a year, not an ordinal "ครั้งที่ 8"/"ฉบับที่ 2") before a word.
_COUNT_VALUE = re.compile(rf"(?<!ที่)(?<!ที่ )(?<![\d.\-–])({_NUMBER})\s*[ก-๛a-z%]")
# A table cell under its header (extract.types.table_lines writes "header: value"): a header
# names the unit once, in brackets ("งบประมาณ (บาท): 1,250,000"), and the cell gives the number.
_HEADED_CELL = re.compile(rf"\((?P<unit>[^()\n|]{{1,30}})\)\s*:\s*(?P<number>{_NUMBER})")
# English month names as whole words, not inside others ("mayor", "marched", "junes").
_MONTH_NAMES = "|".join(
    [re.escape(m) for m in sorted(_THAI_MONTHS, key=len, reverse=True)]
    + [rf"\b{m}\b" for m in _ENGLISH_MONTHS]
)
# A date's words: a month's name (English ones whole, as above) or an era.
# A day named by an event is a "when" answered too: the formula of Thai laws, "ให้ใช้บังคับ
# ตั้งแต่วันประกาศในราชกิจจานุเบกษาเป็นต้นไป" / "ตั้งแต่วันถัดจากวันประกาศ…" (from the day it is
# published; FRESH12 §5: "มีผลบังคับใช้เมื่อไร" was not_found over it), "นับแต่วันที่…".
_EVENT_DAY = r"(?:ตั้งแต่|นับแต่|นับจาก)วัน|วันถัดจาก|\b(?:from|on) the (?:day|date) (?:after|of|on|when)\b"
_DATE_WORDS = re.compile(rf"{_MONTH_NAMES}|พ\.ศ\.|ค\.ศ\.|{_EVENT_DAY}")
# A day of the month is a date, not a count: "10 กรกฎาคม", "23 พ.ย.", "10 july" (a count's
# number is followed by its classifier or noun, a day's by a month's name).
_DAY_OF_MONTH = re.compile(rf"\s*(?:{_MONTH_NAMES})")
# An ordinal: "ครั้งที่ 28", "ฉบับที่หนึ่ง", "ครั้งแรก", "the 31st", "first" (a date's "วันที่ 10"
# is one too: lenient, as only its absence is evidence).
_ORDINAL_VALUE = re.compile(
    rf"ที่\s*(?:{_NUMBER}|{'|'.join(sorted(_THAI_NUMERALS, key=len, reverse=True))})|แรก"
    r"|\b\d+\s*(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)\b"
)
_PLACE_WORDS = re.compile(r"(?:^|\s|\()ณ\s|กรุง|จังหวัด|เมือง|ตั้งอยู่|ที่ตั้ง|\bin\s+[a-z]")
_BODY_WORDS = re.compile(
    r"องค์กร|องค์การ|หน่วยงาน|กระทรวง|กรม|สำนักงาน|สำนักเลขาธิการ|ศูนย์|คณะ|ที่ประชุม|รัฐมนตรี"
    r"|ผู้นำ|นาย|นาง|ดร\.|ประเทศ|สมาชิก|เครือข่าย|\b(?:centre|center|council|committee|network"
    r"|secretariat|ministers?|organi[sz]ation|agency|body)\b"
)


# A Thai count is number + classifier ("มีคุณลักษณะ 5 ข้อ", "ราว 22,000 คน": the reference grammar
# above, ch. on classifiers), so "กี่ + classifier" is answered by a number of that classifier, not
# by any number: "มีบุตรกี่คน" is not answered by "ในปี 1905 … 3 เล่ม". Percentages are also
# written ร้อยละ N or N %.
_NUMBER_WORDS = "|".join(sorted({*_THAI_NUMERALS, *_THAI_MAGNITUDES}, key=len, reverse=True))
_NUMBER_WORD = rf"(?:{_NUMBER}|{_NUMBER_WORDS})"
_PERCENT = frozenset({"เปอร์เซ็นต์", "เปอร์เซ็น", "%"})


def count_classifiers(question: str, tokens: Sequence[str] | None = None) -> tuple[str, ...]:
    """The classifier a Thai count question counts in ("กี่คน" → ("คน",); "how many": ()).

    tokens: the question's words if the caller has them (search.Retrieval.tokens), else
    `text.tokenize` of the question. newmm may join the classifier to the next word
    ("กี่คนในช่วง…" → กี่ | คนใน): a token that splits into two dictionary words also offers its
    first ("คนใน" → "คนใน", "คน")."""
    from pythainlp.corpus import thai_words

    from .text import tokenize

    if tokens is None:
        tokens = tokenize(normalize(question))
    tokens = [t for t in tokens if t.strip()]
    for at, token in enumerate(tokens[:-1]):
        if token != "กี่" or (at and tokens[at - 1] == "ไม่"):
            continue
        following = tokens[at + 1]
        if following == "โมง" or following.isdigit():
            return ()
        words = thai_words()
        heads = [
            following[:cut]
            for cut in range(1, len(following))
            if following[:cut] in words and following[cut:] in words
        ]
        return (following, *heads)
    return ()


# Classifiers of abstract things — points, kinds, aspects, matters, fields: the abstract-noun
# classifiers of the Royal Institute's list of Thai classifiers (ราชบัณฑิตยสถาน, ลักษณนาม).
ABSTRACT_CLASSIFIERS = frozenset("ข้อ ประการ อย่าง ด้าน เรื่อง ประเด็น สาขา ประเภท ชนิด แบบ".split())
# Those of them that count the same things in turn: a text lists "คุณลักษณะ 5 ข้อ" or "15 สาขา"
# where a reader asks "กี่อย่าง" or "กี่ด้าน". Not the whole group: "5 ข้อ" (traits) does not
# answer "กี่สาขา", nor "15 สาขา" (fields) "กี่ข้อ". By what each counts, as the Royal
# Institute's dictionary defines them by one another (ประการ "อย่าง, ข้อ"; ประเด็น "ข้อสำคัญ";
# อย่าง "ชนิด, ประเภท, แบบ"): points (ข้อ ประการ ประเด็น, and อย่าง, the general classifier of
# things), kinds (ประเภท ชนิด แบบ อย่าง), fields and aspects (ด้าน สาขา), matters (เรื่อง
# ประเด็น ด้าน).
_ALIKE_GROUPS = (
    frozenset("ข้อ ประการ ประเด็น อย่าง".split()),
    frozenset("ประเภท ชนิด แบบ อย่าง".split()),
    frozenset("ด้าน สาขา".split()),
    frozenset("เรื่อง ประเด็น ด้าน".split()),
)


def alike_classifiers(classifier: str) -> frozenset[str]:
    """The classifiers that count what this one counts (itself included): "ด้าน" → {ด้าน,
    สาขา, เรื่อง, ประเด็น}; "ข้อ" → {ข้อ, ประการ, ประเด็น, อย่าง}; a concrete one alone ("คน")."""
    found = {classifier}
    for group in _ALIKE_GROUPS:
        if classifier in group:
            found |= group
    return frozenset(found)


# A Thai count names its noun and then, within a clause, the number and its classifier: most
# nouns take a classifier of their own (ลักษณนาม: เรือ … ลำ, ไข่ … ฟอง, ดวงจันทร์ … ดวง), which
# an English question's noun does not give. Over 24 translated articles (bench/reading.py) the
# noun stood at most 40 characters before the number of every English count question answered
# there.
NOUN_TO_NUMBER = 40


# A count in things that come in a numbered series (issues, meetings, rounds, terms) is also
# told by the ordinal of the last one: "ดัชนี … ฉบับที่หนึ่ง" answers "ออกมากี่ฉบับแล้ว", "ครั้งที่ 8"
# "How many times has AMCA met?" (the ordinal-taking classifiers of the reference grammar
# above, as ordinals.ORDINAL_CLASSIFIERS: not ข้อ, ปี, คน, where "ข้อ 5" names an item).
_SERIES_CLASSIFIERS = frozenset("ครั้ง ฉบับ ระยะ รุ่น ลำดับ อันดับ ชั้น รอบ สมัย ภาค บท ตอน".split())


@lru_cache(maxsize=1 << 14)
def has_count_of(
    text: str, classifier: str, noun_first: bool = False, ordinal: bool = False
) -> bool:
    """Does the (any-form) text give a number of this classifier ("5 ข้อ", "สาม คน"), or of
    a classifier that counts the same things (`alike_classifiers`: "กี่ด้าน" ↔ "15 สาขา")?
    noun_first: a number after it, within NOUN_TO_NUMBER characters, counts too, the noun
    counted before its number and classifier ("มีคุณลักษณะ 5 ข้อ" counts ลักษณะ; "ดวงจันทร์ที่
    ได้รับการยืนยันแล้ว 274 ดวง" counts ดวงจันทร์, whose classifier is ดวง): for a noun an English
    question counts ("How many moons"), not a Thai classifier ("ข้อ 5" is item five).
    ordinal: an ordinal of a series classifier counts too ("ฉบับที่หนึ่ง", "ครั้งแรก" for
    ฉบับ, ครั้ง: _SERIES_CLASSIFIERS)."""
    text = normalize(text)
    alike = alike_classifiers(classifier)
    units = "|".join(re.escape(c) for c in sorted(alike, key=len, reverse=True))
    if re.search(rf"{_NUMBER_WORD}\s*(?:{units})", text):
        return True
    if (
        ordinal
        and classifier in _SERIES_CLASSIFIERS
        and re.search(rf"{re.escape(classifier)}\s*(?:ที่\s*{_NUMBER_WORD}|แรก)", text)
    ):
        return True
    if noun_first and re.search(rf"(?:{units}).{{0,{NOUN_TO_NUMBER}}}?{_NUMBER_WORD}", text):
        return True
    if any(re.search(units, m.group("unit")) for m in _HEADED_CELL.finditer(text)):
        return True
    return classifier in _PERCENT and bool(re.search(rf"ร้อยละ\s*{_NUMBER}|{_NUMBER}\s*%", text))


# --- measures -------------------------------------------------------------------------------
# A question asking for a measure (the TREC taxonomy's NUM subtypes above: distance, money,
# temperature, speed, weight, size, period, age, percent) is answered by a number with a unit of
# that measure, not by any number: "แม่น้ำไรน์ยาวเท่าใด" is not answered by "274 ดวง", nor "How
# much did the mission cost?" by "in 1997". Units: the SI and customary ones, with their Thai
# names as the Royal Institute's dictionary spells them. The question side: a Thai measure noun
# (ความยาว, ราคา, อุณหภูมิ…) or adjective before เท่าใด/เท่าไร, the English "how far/old/fast…";
# the most specific first ("ค่าใช้จ่ายสูงเท่าใด" asks a sum, not a height).
_AMOUNT = r"เท่า(?:ใด|ไร|ไหร่)"
# A magnitude word between a number and its unit ("450.3 ล้านดอลลาร์", "$450 million").
_MAGNITUDE = "|".join((*_THAI_MAGNITUDES, "hundred", "thousand", "million", "billion", "trillion"))
_LENGTH_UNITS = (
    r"(?:กิโล|เซนติ|มิลลิ|ไมโคร|นาโน)?เมตร|กม\.|ไมล์|ฟุต|นิ้ว|หลา|ปีแสง|หน่วยดาราศาสตร์"
    r"|\b(?:km|cm|mm|m|miles?|feet|foot|ft|inch(?:es)?|yards?|light[- ]years?|au)\b"
)
_PERIOD_UNITS = (
    r"ปี|เดือน|สัปดาห์|วัน|ชั่วโมง|นาที|วินาที|ศตวรรษ|ทศวรรษ"
    r"|\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\b"
)


@dataclass(frozen=True)
class _Measure:
    """One measure: how a question asks for it, and how a text gives a value of it."""

    name: str
    asked: re.Pattern[str]  # the question asks for this measure
    unit: re.Pattern[str]  # one of its units, alone (a table names it once, in a header)
    value: re.Pattern[str]  # a number, maybe a magnitude word, then one of its units
    unit_first: re.Pattern[str] | None  # a value written unit first ("$450", "ร้อยละ 30")


def _measure(name: str, asked: str, unit: str, unit_first: str | None = None) -> _Measure:
    return _Measure(
        name,
        re.compile(asked),
        re.compile(unit),
        re.compile(rf"{_NUMBER_WORD}\s*(?:(?:{_MAGNITUDE})\s*)?(?:{unit})"),
        re.compile(unit_first) if unit_first else None,
    )


_MEASURES = (
    _measure(
        "percent",
        rf"ร้อยละ\s*{_AMOUNT}|เปอร์เซ็นต์\S*\s*{_AMOUNT}|กี่\s*เปอร์เซ็น"
        r"|\bwhat\s+(?:percentage|percent|proportion|share)\b",
        r"%|เปอร์เซ็น|\bper\s*cent\b|\bpercent\b",
        unit_first=rf"ร้อยละ\s*{_NUMBER_WORD}",
    ),
    _measure(
        "temperature",
        r"อุณหภูมิ|\bhow\s+(?:hot|cold|warm)\b|\bwhat\s+temperature\b|\btemperature\b.*\?",
        r"องศา|°|เซลเซียส|ฟาเรนไฮต์|เคลวิน|\bdegrees?\b|\bkelvin\b",
    ),
    _measure(
        "speed",
        rf"ความเร็ว|เร็ว\s*{_AMOUNT}|\bhow\s+fast\b|\bwhat\s+speed\b",
        # a length per a time ("1.5 ถึง 2 เมตรต่อวัน", "25 km per hour"), or a unit of speed
        rf"(?:{_LENGTH_UNITS})\s*(?:ต่อ|/|per\b)\s*(?:{_PERIOD_UNITS}|h\b|s\b)"
        r"|นอต|\b(?:km/h|kph|mph|knots?)\b",
    ),
    _measure(
        "weight",
        rf"น้ำหนัก|มวล|หนัก\s*{_AMOUNT}|\bhow\s+heavy\b|\bhow\s+much\b.*\bweigh",
        r"(?:กิโล|มิลลิ)?กรัม|ตัน|ปอนด์|ออนซ์|\b(?:kg|g|tons?|tonnes?|pounds?|lbs?|ounces?|grams?)\b",
    ),
    _measure(
        "area",
        rf"พื้นที่\S*\s*\S*\s*{_AMOUNT}|\bwhat\s+(?:is\s+the\s+)?area\b|\bhow\s+much\s+land\b",
        r"ตาราง\S*(?:เมตร|ไมล์|วา)|ไร่|เฮกตาร์|เอเคอร์|km2|km²|\bsquare\b|\bhectares?\b|\bacres?\b",
    ),
    _measure(
        "money",
        # ค่า is a fee ("ค่าผ่านคลอง"), or a statistic's value ("ค่าเฉลี่ย", "ค่าความเป็นกรด")
        rf"(?:ราคา|ค่า(?!เฉลี่ย|สูงสุด|ต่ำสุด|ความ|มัธยฐาน)\S*|งบประมาณ|เงิน|ต้นทุน|รายได้|มูลค่า|กู้\S*|จ่าย)\S*\s*\S*\s*{_AMOUNT}"
        r"|\bhow\s+much\b.*\b(?:cost|costs|pay|paid|spend|spent|earn|earned|worth|price|raise"
        r"|raised|borrow|borrowed|charge|charged|sell|sold|lend|lent)\b"
        r"|\bwhat\s+(?:was\s+|is\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z\-]+\s+){0,2}?"
        r"(?:price|cost|budget|fee|salary|fine)s?\b",
        r"บาท|ดอลลาร์|ยูโร|ปอนด์|เยน|หยวน|รูปี|ริงกิต|ฟรังก์|มาร์ก|กิลเดอร์|ฟลอริน|ลีรา|เหรียญ"
        r"|\b(?:dollars?|euros?|pounds?|yen|yuan|francs?|marks?|guilders?|florins?|lire|baht|usd)\b",
        unit_first=rf"[$€£¥]\s*{_NUMBER}",
    ),
    _measure(
        "age",
        rf"อายุ\S*\s*{_AMOUNT}|อายุ\s*กี่|\bhow\s+old\b|\bwhat\s+age\b|\bat\s+what\s+age\b",
        r"ปี|ขวบ|พรรษา|ชันษา|\byears?\b",
        unit_first=rf"อายุ\s*(?:ได้\s*)?{_NUMBER_WORD}|\baged?\s+{_NUMBER}",
    ),
    _measure(
        "period",
        rf"นาน\s*{_AMOUNT}|ระยะเวลา\S*\s*{_AMOUNT}",
        _PERIOD_UNITS,
    ),
    _measure(
        # English "how long" asks a length or a period ("How long was the railway / was he held
        # captive?"): either unit answers it.
        "length or period",
        r"\bhow\s+long\b",
        rf"{_LENGTH_UNITS}|{_PERIOD_UNITS}",
    ),
    _measure(
        "distance",
        rf"ความ(?:ยาว|สูง|ลึก|หนา|กว้าง)|ระยะ(?:ทาง|ห่าง)|ห่าง|(?:ยาว|สูง|ลึก|หนา|กว้าง)\s*{_AMOUNT}"
        # "how far has Thailand got with …" asks how much progress, not a distance
        r"|\bhow\s+far\b(?!.*\b(?:got|gotten|come|gone|progress\w*|advanced)\b)"
        r"|\bhow\s+(?:high|tall|deep|thick|wide)\b",
        _LENGTH_UNITS,
    ),
)
_MEASURE_BY_NAME = {m.name: m for m in _MEASURES}


def asked_measure(question: str) -> str | None:
    """The measure a count question asks for ("distance", "money", "temperature", "speed",
    "weight", "area", "period", "length or period", "percent", "age"), or None (a plain count,
    "กี่คน", "how many").

    >>> asked_measure("แม่น้ำไรน์มีความยาวเท่าใด"), asked_measure("How old was Einstein?")
    ('distance', 'age')
    """
    text = normalize(question)
    return next((m.name for m in _MEASURES if m.asked.search(text)), None)


@lru_cache(maxsize=1 << 14)
def has_measure(text: str, measure: str) -> bool:
    """Does the (any-form) text give a number with a unit of this measure ("171 กิโลเมตร",
    "$450 million", "อายุ 76 ปี")? Raises ValueError for an unknown measure."""
    if measure not in _MEASURE_BY_NAME:
        raise ValueError(f"unknown measure {measure!r}")
    found = _MEASURE_BY_NAME[measure]
    text = normalize(text)
    if found.value.search(text):
        return True
    if CELL_SEPARATOR in text and found.unit.search(text) and re.search(r"\d", text):
        # A table names the unit once, in a header ("งบประมาณ (บาท)"), and gives bare numbers
        # in its cells.
        return True
    return found.unit_first is not None and bool(found.unit_first.search(text))


# A place question may ask for a place of one level, answered only by a name of that level:
# "ตั้งอยู่จังหวัดใด" is not answered by a passage that names only a country. The names are
# PyThaiNLP's bundled lists (read by places.py: the 77 Thai provinces, Thai and English names;
# 247 countries, Thai names, with the current spellings countries.country_names adds); a city
# has no such list, so "เมืองใด" stays a plain place question.
_PLACE_LEVELS = {
    "province": re.compile(r"จังหวัด\s*(?:ใด|อะไร|ไหน)|\b(?:which|what)\s+(?:\w+\s+)?provinces?\b"),
    "country": re.compile(
        r"ประเทศ\s*(?:ใด|อะไร|ไหน)|\b(?:which|what)\s+(?:\w+\s+)?(?:country|countries)\b"
    ),
}


def asked_place_level(question: str) -> str | None:
    """ "province" or "country" when the question asks for a place of that level, else None.

    >>> asked_place_level("คลังเก็บสิ่งของตั้งอยู่ที่จังหวัดใด"), asked_place_level("Which city?")
    ('province', None)
    """
    text = normalize(question)
    return next((level for level, asked in _PLACE_LEVELS.items() if asked.search(text)), None)


@lru_cache(maxsize=2)
def _place_names(level: str) -> re.Pattern[str]:
    from .countries import country_names
    from .places import provinces

    if level == "province":
        names = {*provinces(), *provinces().values()}  # English (lower case) and Thai names
        names.add("กรุงเทพ")  # Bangkok as texts write it ("กรุงเทพฯ"), not only กรุงเทพมหานคร
    elif level == "country":
        names = set(country_names())
    else:
        raise ValueError(f"unknown place level {level!r}")
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n))


@lru_cache(maxsize=1 << 14)
def has_place_level(text: str, level: str) -> bool:
    """Does the (any-form) text name a place of this level ("province": ชัยนาท, ภูเก็ต…;
    "country")? Raises ValueError for an unknown level."""
    return bool(_place_names(level).search(normalize(text)))


# A date question may ask for one part of a date: "วันที่เท่าไร" / "on what date" is answered by
# a day of a month ("19 กันยายน", "July 10"), not by a sentence that gives only the year;
# "ปีใด" / "what year" by a year, "เดือนใด" by a month. "เมื่อไร" / "when" asks no part: any
# date answers it. The parts are the calendar's (day, month, year); the Thai frames are the
# date questions of the reference grammar above.
_DATE_PARTS = {
    "day": re.compile(
        r"วันที่\s*(?:เท่า(?:ไ[รห]|ใด)|ใด|ไหน)|วัน\s*(?:ใด|ไหน)|"
        r"\b(?:what|which)\s+(?:exact\s+|precise\s+)?(?:date|day)\b"
    ),
    "month": re.compile(r"เดือน\s*(?:ใด|ไหน|อะไร)|\b(?:what|which)\s+month\b"),
    "year": re.compile(
        r"ปี\s*(?:พ\.ศ\.|ค\.ศ\.)?\s*(?:ใด|ไหน|อะไร)|\b(?:what|which)\s+(?:\w+\s+){0,2}?years?\b"
    ),
}
_DAY_VALUE = re.compile(
    rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|ถึง|and|to)?\s*(?:\d{{1,2}}\s*)?(?:{_MONTH_NAMES})"
    rf"|(?:{'|'.join(_ENGLISH_MONTHS)})\s+\d{{1,2}}(?!\d)|วันที่\s*\d"
)
_MONTH_VALUE = re.compile(_MONTH_NAMES)


def asked_date_parts(question: str) -> tuple[str, ...]:
    """The parts of a date the question asks for ("day", "month", "year"), in that order; ()
    for a question asking no part ("เมื่อไร", "when") or no date.

    >>> asked_date_parts("จัดวันที่เท่าไหร่"), asked_date_parts("ลงนามเดือนไหน ปีอะไร")
    (('day',), ('month', 'year'))
    """
    text = normalize(question)
    return tuple(part for part, asked in _DATE_PARTS.items() if asked.search(text))


@lru_cache(maxsize=1 << 14)
def has_date_part(text: str, part: str) -> bool:
    """Does the (any-form) text give this part of a date ("day": "10 กรกฎาคม", "July 10",
    "วันที่ 19"; "month": a month's name; "year": a year)? Raises ValueError for another part."""
    text = normalize(text)
    if part == "day":
        return bool(_DAY_VALUE.search(text))
    if part == "month":
        return bool(_MONTH_VALUE.search(text))
    if part == "year":
        return bool(_ANY_YEAR.search(text))
    raise ValueError(f"unknown date part {part!r}")


def gazetteer_names() -> list[str]:
    """Country names (countries.country_names), Thai province names from PyThaiNLP's corpus
    (bundled, offline) and the world's cities the dictionary names (places.cities: "ที่เวียงจันทน์",
    "ณ กรุงมะนิลา" state where a summit was held as "ที่สิงคโปร์" does), longest first, each of
    two characters or more (normalised: none begins with a space)."""
    from .countries import country_names
    from .places import cities, provinces

    names = sorted({*country_names(), *provinces().values(), *cities()}, key=len, reverse=True)
    return [n for n in names if len(n) >= 2]


@lru_cache(maxsize=1)
def _gazetteer() -> re.Pattern[str]:
    """`gazetteer_names` as one pattern, compiled once: the longest name at a position."""
    return re.compile("|".join(map(re.escape, gazetteer_names())))


_NUMERAL_HINT = re.compile("|".join(sorted(_THAI_NUMERALS, key=len, reverse=True)))


# The answer sentence chooser asks this of every sentence of every hit of a typed question:
# corpus sentences recur from question to question, and the Thai-numeral test tokenises.
@lru_cache(maxsize=1 << 16)
def has_value(text: str, kind: str) -> bool:
    """Does the (any-form) text hold a value of this type?

    >>> has_value("เปิดให้บริการเวลา 07.30 ถึง 16.30 น.", "time")
    True
    """
    text = normalize(text)
    if kind == TIME:
        return bool(_TIME_VALUE.search(text))
    if kind == DATE:
        return bool(_ANY_YEAR.search(text) or _DATE_WORDS.search(text))
    if kind == COUNT:
        if any(
            not _YEAR_VALUE.fullmatch(m.group(1)) and not _DAY_OF_MONTH.match(text, m.end(1))
            for m in _COUNT_VALUE.finditer(text)
        ):
            return True
        if _HEADED_CELL.search(text):
            return True
        if not _NUMERAL_HINT.search(text):  # no numeral word even inside another word
            return False
        from .text import tokenize

        return any(token in _THAI_NUMERALS for token in tokenize(text))
    if kind == ORDINAL:
        return bool(_ORDINAL_VALUE.search(text))
    if kind == PLACE:
        return bool(_PLACE_WORDS.search(text) or _gazetteer().search(text))
    if kind == PERSON:
        return bool(_BODY_WORDS.search(text))
    raise ValueError(f"unknown answer type {kind!r}")


# --- a value stated as the answer states it -------------------------------------------------
# has_value is lenient: any year is a date, any country name a place ("…รับรองข้อเสนอของไทยใน
# การกำหนดให้ปี 2562 เป็นปีแห่งวัฒนธรรม…" holds both). A sentence that answers "when" or "where"
# of an event states the value as the event's adverbial of time or place: a preposition of time
# (เมื่อ, ใน, ณ, ตั้งแต่, ระหว่าง, ภายใน, จนถึง, นับแต่; in, on, since, during, until, by, from,
# between) before a date, or of place (ที่, ณ, ใน, ตั้งอยู่; in, at) before a place's name or
# its head noun (เมือง, จังหวัด, กรุง, ประเทศ …): the adverbials of the reference grammar above
# (ch. on adverbial phrases of time and location), Quirk et al. (above) for English.
_TIME_PREPOSITION = (
    r"(?:เมื่อ|ใน|ณ|ตั้งแต่|ระหว่าง|ภายใน|จนถึง|นับแต่|นับจาก"
    r"|\b(?:in|on|since|during|until|by|from|between))"
)
_DATE_HEAD = (
    r"(?:(?:วันที่|ปี|เดือน|ช่วง|ต้น|ปลาย|กลาง|ราว|ประมาณ|the|year|early|late|mid|about|around)\s*)*"
)
_STATED_DATE = re.compile(
    rf"{_TIME_PREPOSITION}\s*{_DATE_HEAD}"
    rf"(?:(?<![\d.,])(?:1\d{{3}}|2[01]\d{{2}}|2[4-6]\d{{2}})(?![\d,]|\.\d)|\d{{1,2}}\s*(?:{_MONTH_NAMES})"
    # after an era any number is a year ("จนถึง ค.ศ. 523")
    rf"|{_MONTH_NAMES}|(?:ค\.ศ\.|พ\.ศ\.)\s*\d)"
)
# ที่ ending a word is no preposition: หน้าที่ (duty) before ตั้งแต่, พื้นที่ (area).
_NOT_IN_WORD = r"(?<!หน้า)(?<!พื้น)"
# "ในประเทศสมาชิก" (in the member countries), "ในภูมิภาค" name no place.
_PLACE_HEADS = r"เมือง|จังหวัด|กรุง|ประเทศ(?!สมาชิก|ต่าง|อื่น|กำลัง|ที่|ของ|เพื่อน)|อำเภอ|ตำบล|นคร|เกาะ|มณฑล"


# The gazetteer is compiled once (~2,200 names, a 24,000-character pattern: 0.05–0.1 s to
# compile on the 2-core machine, three times at every start when each place pattern held its
# own copy); the place patterns below hold only what comes before a name, and the name is read
# with the gazetteer where they end.
_PLACE_PREPOSITION = re.compile(rf"(?:{_NOT_IN_WORD}(?:ที่|ณ|ใน)|ตั้งอยู่|\b(?:in|at))\s*")
_PLACE_HEAD = re.compile(_PLACE_HEADS)
_PLACE_HEAD_NAMING = re.compile(rf"(?:{_PLACE_HEADS})(?=[ก-ฮa-z])")
_LOCATED = re.compile(rf"ตั้งอยู่|{_NOT_IN_WORD}ที่ตั้ง(?!แต่|ขึ้น)")


def _stated_place(text: str) -> bool:
    """A place's name or head noun after a preposition of place, or ตั้งอยู่ / ที่ตั้ง (normalised
    text). No name begins with a space, so the name is read where the preposition's spaces end."""
    if _LOCATED.search(text):
        return True
    names = _gazetteer()
    return any(
        _PLACE_HEAD.match(text, found.end()) or names.match(text, found.end())
        for found in _PLACE_PREPOSITION.finditer(text)
    )


def _named_place(text: str) -> bool:
    """A place's head noun before a name, or a place's name, anywhere (normalised text)."""
    return bool(_PLACE_HEAD_NAMING.search(text) or _gazetteer().search(text))


# A venue: what follows ณ, the preposition of place (and of time: ณ วันที่ …, ณ ปัจจุบัน), or
# ที่ / จาก / ไปยัง before a noun of a building or ground (the Royal Institute Dictionary's
# ณ = ที่, ใน, แห่ง; the nouns: อาคาร, ห้อง, โรงแรม, อุทยาน …). The place test above waits for a
# place's name or head noun (เมือง, จังหวัด …) after the preposition: "ณ หอประชุมอาคาร 3",
# "ที่อุทยานแห่งชาติภูพาน" are where an event is held too.
VENUE = re.compile(
    r"(?:^|\s)ณ\s*(?!วัน|เวลา|ปี|เดือน|ขณะ|ปัจจุบัน|ตอน|ช่วง|บัดนี้)[ก-ฮ]"
    r"|(?:(?<!หน้า)(?<!พื้น)ที่|จาก|ไปยัง)\s*(?:อาคาร|ตึก|ห้อง|โรงแรม|โรงเรียน|โรงพยาบาล|ศูนย์|สนาม|ลาน"
    r"|อุทยาน|วัด|มหาวิทยาลัย|สถาบัน|ทุ่ง|สวน|ศาลา|หมู่บ้าน|หาด|ท่าเรือ|สถานี|ตลาด|หอ)"
)


# "Which city / province / country" (เมืองใด, จังหวัดใด, ประเทศใด) is answered by the place
# named, wherever the sentence names it ("ยึดเมืองบูร์ซาและสถาปนาให้เป็นเมืองหลวง", "บราซิลเป็นผู้
# ผลิตรายใหญ่"), not only after a preposition of place as "where" is.
_WHICH_PLACE = re.compile(
    r"(?:จังหวัด|ประเทศ|เมือง|กรุง)\s*(?:ใด|ไหน|อะไร)"
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:country|countries|city|cities|provinces?)\b"
)


def asked_parts(question: str, kind: str | None) -> tuple[str, ...]:
    """What `states_value` reads of the question besides its type: a date question's parts
    (`asked_date_parts`), ("which",) for a place asked by its noun ("เมืองใด", "which
    country"), else ()."""
    if kind == DATE:
        return asked_date_parts(question)
    if kind == PLACE and _WHICH_PLACE.search(normalize(question)):
        return ("which",)
    return ()


@lru_cache(maxsize=1 << 16)
def states_value(text: str, kind: str, parts: tuple[str, ...] = ()) -> bool:
    """Does the (any-form) text state a value of this type as an answer to it does? A date: the
    parts asked (`asked_date_parts`) when there are any, else a day of a month or a date after
    a preposition of time ("ในปี 1981", "เมื่อวันที่ 24 ตุลาคม"; not "ให้ปี 2562 เป็น…"); a place:
    a place's name or head noun after a preposition of place ("ที่เมืองยอกยาการ์ตา", "ณ
    กรุงเทพฯ"; not "ข้อเสนอของไทย") or a venue (VENUE: "ณ หอประชุมอาคาร 3", "ที่ห้องวิชาการ"), or
    anywhere when the question asks which city, province or country (parts ("which",):
    `asked_parts`); any other type: `has_value`.

    >>> states_value("ที่ประชุมรับรองข้อเสนอของไทยให้ปี 2562 เป็นปีแห่งวัฒนธรรม", "date")
    False
    """
    if kind == DATE:
        if parts:
            return all(has_date_part(text, part) for part in parts)
        text = normalize(text)
        return has_date_part(text, "day") or bool(_STATED_DATE.search(text))
    if kind == PLACE:
        if "which" in parts:
            return _named_place(normalize(text))
        text = normalize(text)
        return _stated_place(text) or bool(VENUE.search(text))
    return has_value(text, kind)
