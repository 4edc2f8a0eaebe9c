"""Counts: the classifier a Thai count question counts in, whether a text gives a number of it
(`count_classifiers`, `has_count_of`), and whether it holds a count at all (`count_in`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..text import normalize
from .numerals import MONTH_PATTERN, NUMBER, NUMBER_WORD, THAI_NUMERALS

# A year is no count: four digits of this century or the last, either era (date.py reads years
# of any century, for a date; "1,500 คน" is a count).
_YEAR_VALUE = re.compile(r"(?<!\d)(?:19|20|21|24|25|26)\d{2}(?!\d)")
# A count: a number (not a year, not an ordinal "ครั้งที่ 8"/"ฉบับที่ 2") before a word.
_COUNT_VALUE = re.compile(rf"(?<!ที่)(?<!ที่ )(?<![\d.\-–])({NUMBER})\s*[ก-๛a-z%]")
# A table cell under its header (extract.types.table_lines writes "header: value"): a header
# names the unit once, in brackets ("งบประมาณ (บาท): 1,250,000"), and the cell gives the number.
_HEADED_CELL = re.compile(rf"\((?P<unit>[^()\n|]{{1,30}})\)\s*:\s*(?P<number>{NUMBER})")
# A day of the month is a date, not a count: "10 กรกฎาคม", "23 พ.ย.", "10 july" (a count's
# number is followed by its classifier or noun, a day's by a month's name).
_DAY_OF_MONTH = re.compile(rf"\s*(?:{MONTH_PATTERN})")
_NUMERAL_HINT = re.compile("|".join(sorted(THAI_NUMERALS, key=len, reverse=True)))


# A Thai count is number + classifier ("มีคุณลักษณะ 5 ข้อ", "ราว 22,000 คน": the reference grammar
# of the package's docstring, ch. on classifiers), so "กี่ + classifier" is answered by a number of
# that classifier, not by any number: "มีบุตรกี่คน" is not answered by "ในปี 1905 … 3 เล่ม".
# Percentages are also written ร้อยละ N or N %.
_PERCENT = frozenset({"เปอร์เซ็นต์", "เปอร์เซ็น", "%"})


def count_classifiers(question: str, tokens: Sequence[str] | None = None) -> tuple[str, ...]:
    """The classifier a Thai count question counts in ("กี่คน" → ("คน",); "how many": ()).

    tokens: the question's words if the caller has them (search.Retrieval.tokens), else
    `text.tokenize` of the question. newmm may join the classifier to the next word
    ("กี่คนในช่วง…" → กี่ | คนใน): a token that splits into two dictionary words also offers its
    first ("คนใน" → "คนใน", "คน")."""
    from pythainlp.corpus import thai_words

    from ..text import tokenize

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


# A count in things that come in a numbered series (issues, meetings, rounds, terms) is also told by
# the ordinal of the last one: "ดัชนี … ฉบับที่หนึ่ง" answers "ออกมากี่ฉบับแล้ว", "ครั้งที่ 8" "How
# many times has AMCA met?" (the ordinal-taking classifiers of the reference grammar (Iwasaki &
# Ingkaphirom), as ordinals.ORDINAL_CLASSIFIERS: not ข้อ, ปี, คน, where "ข้อ 5" names an item).
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
    if re.search(rf"{NUMBER_WORD}\s*(?:{units})", text):
        return True
    if (
        ordinal
        and classifier in _SERIES_CLASSIFIERS
        and re.search(rf"{re.escape(classifier)}\s*(?:ที่\s*{NUMBER_WORD}|แรก)", text)
    ):
        return True
    if noun_first and re.search(rf"(?:{units}).{{0,{NOUN_TO_NUMBER}}}?{NUMBER_WORD}", text):
        return True
    if any(re.search(units, m.group("unit")) for m in _HEADED_CELL.finditer(text)):
        return True
    return classifier in _PERCENT and bool(re.search(rf"ร้อยละ\s*{NUMBER}|{NUMBER}\s*%", text))


def count_in(text: str) -> bool:
    """Does the normalised text hold a count: a number before a word that is neither a year nor
    a day of a month, a table cell's number under its header, or a Thai numeral word?"""
    if any(
        not _YEAR_VALUE.fullmatch(m.group(1)) and not _DAY_OF_MONTH.match(text, m.end(1))
        for m in _COUNT_VALUE.finditer(text)
    ):
        return True
    if _HEADED_CELL.search(text):
        return True
    if not _NUMERAL_HINT.search(text):  # no numeral word even inside another word
        return False
    from ..text import tokenize

    return any(token in THAI_NUMERALS for token in tokenize(text))
