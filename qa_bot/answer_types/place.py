"""Places: the level of place a question asks for (`asked_place_level`, `has_place_level`), the
gazetteer of names (`gazetteer_names`), whether a text names a place at all (`place_in`) or
states one as an answer to "where" does (`place_stated`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import normalize

_PLACE_WORDS = re.compile(r"(?:^|\s|\()ณ\s|กรุง|จังหวัด|เมือง|ตั้งอยู่|ที่ตั้ง|\bin\s+[a-z]")


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
    from ..countries import country_names
    from ..places import provinces

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


def gazetteer_names() -> list[str]:
    """Country names (countries.country_names), Thai province names from PyThaiNLP's corpus
    (bundled, offline) and the world's cities the dictionary names (places.cities: "ที่เวียงจันทน์",
    "ณ กรุงมะนิลา" state where a summit was held as "ที่สิงคโปร์" does), longest first, each of
    two characters or more (normalised: none begins with a space)."""
    from ..countries import country_names
    from ..places import cities, provinces

    names = sorted({*country_names(), *provinces().values(), *cities()}, key=len, reverse=True)
    return [n for n in names if len(n) >= 2]


@lru_cache(maxsize=1)
def _gazetteer() -> re.Pattern[str]:
    """`gazetteer_names` as one pattern, compiled once: the longest name at a position."""
    return re.compile("|".join(map(re.escape, gazetteer_names())))


def place_in(text: str) -> bool:
    """Does the normalised text name a place: a place word (ณ, กรุง, จังหวัด, เมือง, ตั้งอยู่ …) or
    a name of the gazetteer?"""
    return bool(_PLACE_WORDS.search(text) or _gazetteer().search(text))


# A place stated as an answer to "where" states it: after a preposition of place (value.py's
# stated values say why).
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


# A venue: what follows ณ, the preposition of place (and of time: ณ วันที่ …, ณ ปัจจุบัน), or ที่ /
# จาก / ไปยัง before a noun of a building or ground (the Royal Institute Dictionary's ณ = ที่, ใน,
# แห่ง; the nouns: อาคาร, ห้อง, โรงแรม, อุทยาน …). The place test (`_stated_place`) waits for a
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


def which_place_asked(question: str) -> bool:
    """Does the question ask for a place by its noun ("เมืองใด", "which country")?"""
    return bool(_WHICH_PLACE.search(normalize(question)))


def place_stated(text: str, parts: tuple[str, ...] = ()) -> bool:
    """Does the (any-form) text state a place as an answer to "where" does: a place's name or
    head noun after a preposition of place ("ที่เมืองยอกยาการ์ตา", "ณ กรุงเทพฯ"; not "ข้อเสนอของ
    ไทย") or a venue (VENUE: "ณ หอประชุมอาคาร 3", "ที่ห้องวิชาการ"), or anywhere when the question
    asks which city, province or country (parts ("which",))?"""
    if "which" in parts:
        return _named_place(normalize(text))
    text = normalize(text)
    return _stated_place(text) or bool(VENUE.search(text))
