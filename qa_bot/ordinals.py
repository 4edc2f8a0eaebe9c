"""Ordinals a question gives a named thing that the documents never give it.

"AMCA ครั้งที่ 7" / "the 7th AMCA" over a text that has only "AMCA ครั้งที่ 8", "การประชุม ASCN
ครั้งแรก" over one that has only "ASCN ครั้งที่ 2", "ดัชนี … ฉบับที่สอง" / "the second … Index"
over "ฉบับที่หนึ่ง (First … Index)": the frame matches the passage about the one the text has,
and only the number says it is another (FRESH12 §4) — a near-miss, as a year the text never
gives is (entities.unmentioned_numbers, answer_types).

An ordinal is read in every way it is written: classifier + ที่ + digits (Thai or Arabic) or a
Thai numeral ("ครั้งที่แปด"), classifier + แรก ("ครั้งแรก", "ฉบับแรก"), an English ordinal
("7th", "second"). It is attached to the thing it counts: in Thai the words just before the
classifier ("การประชุม AMCA ครั้งที่ 7"), in English the words just after the ordinal ("the 7th
AMCA meeting"). Each ordinal the corpus writes is kept with the words around it (the text
before it and an English name in brackets after it). The question's ordinal is compared with
those of the corpus's ordinals that share the question's most telling word for the thing (the
one fewest of them share): "AMCA" picks the AMCA's, "สุดยอด" the summits'. When none shares a
word, the ordinal is compared with every ordinal the corpus writes with that classifier (in
English, with any). An ordinal the question asks about ("ครั้งแรกหรือเปล่า", "ครั้งที่เท่าไร") is
no claim and is not compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .store import Derived, Index
from .text import arabic_digits, is_content_word, normalize, tokenize
from .vocabulary import RUNNING_TEXT

# A Thai ordinal is classifier + ที่ + number (Iwasaki & Ingkaphirom, *A Reference Grammar of
# Thai*, 2005): the classifiers that take ordinals in documents, as answer_types reads them.
ORDINAL_CLASSIFIERS = "ครั้ง|ฉบับ|ระยะ|รุ่น|ลำดับ|อันดับ|ชั้น|รอบ|สมัย|ภาค|บท|ตอน"
# Thai numeral words (the same grammar; pythainlp.util.thaiword_to_num reads them): the
# digits' names, สิบ, ยี่สิบ and their compounds ("สามสิบสอง").
_NUMERAL = "(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด)+"
_THAI_ORDINAL = re.compile(
    rf"({ORDINAL_CLASSIFIERS})\s*(?:ที่\s*(\d+|{_NUMERAL})"
    rf"(?:\s*(?:-|–|และ|ถึง)\s*(\d+|{_NUMERAL}))?|(?<!ตอน)(แรก))"
)  # not "ตอนแรก": "at first"
# A question checking an ordinal asks it ("ครั้งแรกหรือเปล่า", "ครั้งที่ 2 ใช่ไหม"): no claim.
_CHECKED = re.compile(r"\s*(?:หรือเปล่า|หรือไม่|รึเปล่า|ใช่ไหม|ใช่มั้ย|ไหม|มั้ย|หรือ)")

# English ordinals (any English grammar): "7th", "31st", and the words up to the tens.
_ENGLISH_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}  # fmt: skip
_ENGLISH_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ENGLISH_ORDINAL = re.compile(
    r"\b(?:(\d+)(?:st|nd|rd|th)|(?:(twenty|thirty|forty|fifty)[\s-])?("
    + "|".join(sorted(_ENGLISH_UNITS, key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)
# The name an English ordinal counts: the capitalised words right after it ("the 7th AMCA
# meeting", "the second ASEAN Youth Development Index"); an ordinal word with none is mostly
# an adverb ("who first proposed", "in the first place").
_NAME_RUN = re.compile(r"[\s-]+[A-Z][\w'’]*(?:[\s-]+[A-Z][\w'’]*)*")
# An English name in brackets right after an ordinal of the corpus.
_BRACKET = re.compile(r"\s*\([^()]{1,80}\)")

# The words that name the thing a Thai ordinal counts: in the question, the last few content
# words before it ("การประชุมสุดยอดอาเซียน ครั้งที่ 31": อาเซียน, สุดยอด, ประชุม; the words before
# those are the question's frame), within so many characters; in the corpus, the text before it.
_QUESTION_WORDS = 3
_QUESTION_BEFORE = 40  # characters
_CORPUS_BEFORE = 60  # characters


@dataclass(frozen=True)
class Ordinal:
    """One ordinal as written: its classifier (None for an English one), its number, the words
    around it (normalised), and how the question wrote it."""

    classifier: str | None
    number: int
    context: str
    written: str


def _number(word: str, text: str, at: int) -> int | None:
    """The number that the digits or the Thai numeral word at text[at:] give; None for a word
    that only starts like a numeral ("ที่สามารถ": newmm reads สามารถ there, not สาม)."""
    if word.isdigit():
        return int(word)
    from pythainlp.util import thaiword_to_num

    first = tokenize(text[at : at + len(word) + 6])[:1]
    if not first or not re.fullmatch(_NUMERAL, first[0]):
        return None
    try:
        return int(thaiword_to_num(word))
    except ValueError:
        return None


def _thai_ordinals(text: str, before: int, claims_only: bool) -> list[Ordinal]:
    """The Thai ordinals of a normalised text, each with the text before it (back to the
    previous ordinal at most: that names another thing) and an English name in brackets
    right after it ("ฉบับที่หนึ่ง (First ASEAN Youth Development Index)")."""
    found = []
    start = 0
    for m in _THAI_ORDINAL.finditer(text):
        if claims_only and _CHECKED.match(text, m.end()):
            continue
        bracket = _BRACKET.match(text, m.end())
        context = text[max(start, m.start() - before) : m.start()]
        context += " " + bracket.group() if bracket else ""
        start = m.end()
        numbers = (
            [1]
            if m.group(4)
            else [_number(m.group(g), text, m.start(g)) for g in (2, 3) if m.group(g)]
        )
        for number in numbers:
            if number is not None:
                found.append(Ordinal(m.group(1), number, context, m.group()))
    return found


def _english_ordinals(question: str) -> list[Ordinal]:
    """The English ordinals of a question as typed, each with the run of capitalised words
    right after it, the name it counts ("the 7th AMCA meeting": AMCA; "the second ASEAN Youth
    Development Index"): "7th" and "31st" always, an ordinal word only before a name."""
    text = arabic_digits(question)
    found = []
    for m in _ENGLISH_ORDINAL.finditer(text):
        name = _NAME_RUN.match(text, m.end())
        if m.group(1):
            number = int(m.group(1))
        elif name:
            number = _ENGLISH_UNITS[m.group(3).lower()]
            number += _ENGLISH_TENS[m.group(2).lower()] if m.group(2) else 0
        else:
            continue  # "who first proposed", "in the first place"
        found.append(Ordinal(None, number, normalize(name.group()) if name else "", m.group()))
    return found


def question_ordinals(question: str) -> list[Ordinal]:
    """The ordinals a question gives as claims (not those it asks about), Thai and English,
    each with the words naming what it counts (normalised)."""
    thai = _thai_ordinals(normalize(question), _QUESTION_BEFORE, claims_only=True)
    for at, ordinal in enumerate(thai):
        words = _key_words(ordinal.context)[-_QUESTION_WORDS:]
        thai[at] = Ordinal(ordinal.classifier, ordinal.number, " ".join(words), ordinal.written)
    return thai + _english_ordinals(question)


def ordinal_numbers(text: str) -> frozenset[int]:
    """The numbers of the Thai ordinals a text writes ("ครั้งที่ 28-29" → {28, 29}; "ฉบับที่หนึ่ง",
    "ครั้งแรก" → {1})."""
    return frozenset(o.number for o in _thai_ordinals(normalize(text), 0, claims_only=False))


def thai_ordinal_numbers(text: str) -> list[tuple[int, int]]:
    """(offset, number) of each number a normalised text writes as a Thai ordinal: the digits
    or numeral after classifier + ที่ ("ครั้งที่ 28-29": both numbers of a range), or the
    classifier's แรก (1, at แรก). Dates are no ordinals: "วันที่" takes no classifier here."""
    found = []
    for m in _THAI_ORDINAL.finditer(text):
        if m.group(4):
            found.append((m.start(4), 1))
            continue
        for group in (2, 3):
            if m.group(group):
                number = _number(m.group(group), text, m.start(group))
                if number is not None:
                    found.append((m.start(group), number))
    return found


def english_ordinal_word(word: str) -> int | None:
    """The value of a lower-case English ordinal word ("second" → 2, "eighth" → 8); None for
    other words (compounds such as "twenty-first" are not read here)."""
    return _ENGLISH_UNITS.get(word)


def _corpus_ordinals(index: Index) -> tuple[Ordinal, ...]:
    return tuple(_thai_ordinals(RUNNING_TEXT.of(index), _CORPUS_BEFORE, claims_only=False))


CORPUS_ORDINALS: Derived[tuple[Ordinal, ...]] = Derived(
    "the ordinals the corpus writes, with the words around each", _corpus_ordinals
)


# The prefixes that make a noun of a verb (การ) or an adjective (ความ) (Iwasaki &
# Ingkaphirom, on nominalisation): "การประชุมสุดยอด" names the thing "ที่ประชุมสุดยอด" does.
_NOMINALISERS = ("การ", "ความ")


def _key_words(context: str) -> list[str]:
    """The content words of a context, once each, in order (the last one's occurrence), each
    without a nominalising prefix."""
    words = []
    for word in tokenize(context):
        if not is_content_word(word):
            continue
        for prefix in _NOMINALISERS:
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                word = word[len(prefix) :]
                break
        words.append(word)
    return list(reversed(dict.fromkeys(reversed(words))))


def _same_thing(asked: Ordinal, written: tuple[Ordinal, ...]) -> list[Ordinal]:
    """The corpus's ordinals (of the asked one's classifier; any for an English one) that
    share the question's most telling word for the counted thing: of its words that some of
    them have around them, the one the fewest have. When none shares a word: all of them (the
    same number with the same classifier anywhere then counts)."""
    alike = [o for o in written if asked.classifier in (None, o.classifier)]
    if asked.classifier is None:  # an English name: written in brackets beside the ordinal
        return [o for o in alike if asked.context and asked.context in o.context] or alike
    best: list[Ordinal] = []
    for word in asked.context.split():
        sharing = [o for o in alike if word in o.context]
        if sharing and (not best or len(sharing) < len(best)):
            best = sharing
    return best or alike


def unmentioned_ordinals(index: Index, question: str) -> tuple[str, ...]:
    """The ordinals the question gives ("ครั้งที่ 7", "ครั้งแรก", "7th", "second") that the
    corpus never gives the thing they count (see the module's docstring), as the question
    writes them; () when the corpus is too large for its running text to be kept."""
    if not RUNNING_TEXT.of(index):
        return ()
    written = CORPUS_ORDINALS.of(index)
    missing = []
    for asked in question_ordinals(question):
        if asked.number not in {o.number for o in _same_thing(asked, written)}:
            missing.append(asked.written)
    return tuple(dict.fromkeys(missing))
