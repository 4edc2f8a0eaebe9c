"""A passage's answer sentences: PyThaiNLP's CRF splitter, its pieces joined back where they
continue a sentence, as offsets into the document's text."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import pairwise

from ..extract.types import CELL_SEPARATOR
from .extracted import is_part_heading

MIN_SENTENCE_CHARS = 40
# PyThaiNLP's CRF splitter cuts at spaces, and Thai puts spaces between clauses: it cuts after
# an abbreviation's full stop ("ค.ศ. | 2025", "สปป. | ลาว") and before a clause that cannot
# stand alone ("… AUN) ขึ้น | ซึ่งเป็นความร่วมมือ …"). Such a piece joins the sentence before it
# while the two stay under MAX_JOINED_CHARS (a highlight should stay a sentence, not a paragraph).
_ENDS_WITH_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[\u0e01-\u0e2e]{1,3}\.)+$")
CONTINUATION_STARTS = ("ซึ่ง", "เพื่อ", "โดย")  # which, so as to, by
_STARTS_WITH_NUMBER = re.compile(r"^[0-9\u0e50-\u0e59]")
# An era's abbreviation is never the end of a sentence: its year follows ("ค.ศ. | 2017").
_ENDS_WITH_ERA = re.compile(r"(?:ค\.\s?ศ|พ\.\s?ศ|ร\.\s?ศ|จ\.\s?ศ)\.$")
# Thai text written with full stops ends a sentence with one: "…ใจงาม. ปัจจุบันชมรม…". A full stop
# after a Thai letter that is not an abbreviation's (see _ENDS_WITH_ABBREVIATION) ends a sentence.
_ENDS_WITH_FULL_STOP = re.compile(r"[\u0e01-\u0e4f]\.$")
MAX_JOINED_CHARS = 320
# A Latin letter written out in Thai and followed by a full stop is a name's initial ("แฮร์รี
# อาร์. ทรูแมน", "แฟรงกลิน ดี. โรสเวลต์"), not the end of a sentence: the Thai names of the 26
# letters of the Latin alphabet (as the Royal Institute transcribes them).
_LATIN_INITIAL = re.compile(
    r"(?:^|\s)(?:เอ|บี|ซี|ดี|อี|เอฟ|จี|เอช|ไอ|เจ|เค|แอล|เอ็ม|เอ็น|โอ|พี|คิว|อาร์|เอส|ที|ยู|วี|"
    r"ดับเบิลยู|เอกซ์|เอ็กซ์|วาย|แซด)\.$"
)
# A space followed by one of these connectives ends the sentence before it (the CRF model misses
# some: "… by 2030) | นอกจากนั้น เมื่อวันที่ 19 กันยายน ค.ศ. 2016 ไทยริเริ่ม …"). They are Thai's
# sentence-linking adverbial connectives (คำเชื่อมระหว่างประโยค: addition, sequence, contrast,
# result, topic shift), as in the sentence-initial connectives of PyThaiNLP's ThaiSum segmentor
# (pythainlp/tokenize/thaisumcut.py), without its subordinators (ซึ่ง, เมื่อ, เพื่อ, โดย), which
# continue a sentence here (CONTINUATION_STARTS).
SENTENCE_OPENERS = frozenset(
    (
        "นอกจากนี้",  # besides
        "นอกจากนั้น",
        "อีกทั้ง",  # moreover
        "ต่อมา",  # later
        "จากนั้น",  # then
        "หลังจากนั้น",
        "ในที่สุด",  # finally
        "ขณะเดียวกัน",  # meanwhile
        "ในขณะเดียวกัน",
        "อย่างไรก็ตาม",  # however
        "อย่างไรก็ดี",
        "ทั้งนี้",  # in this regard
        "ดังนั้น",  # therefore
        "ฉะนั้น",
        "ด้วยเหตุนี้",
        "ปัจจุบัน",  # today
        "ส่วน",  # as for
    )
)
_OPENER_AFTER_SPACE = re.compile(
    r"\s(?=" + "|".join(sorted(SENTENCE_OPENERS, key=len, reverse=True)) + ")"
)
# Part-of-speech tags (PyThaiNLP's perceptron tagger, ORCHID tag set) of a word that opens a
# predicate: a verb (VACT, VSTA, VATT) or a pre-verb auxiliary (XVBM "จึง", XVAM "ได้", XVMM…).
# A piece opening with one has no subject of its own: it says more of the subject before it
# ("มารี กูรี มีชื่อเดิมว่า … สกวอดอฟสกา | เกิดเมื่อวันที่ 7 พฤศจิกายน 1867").
_PREDICATE_TAGS = ("V", "XV")


def continues(
    text: str, before: tuple[int, int], piece: tuple[int, int], max_chars: int = MAX_JOINED_CHARS
) -> bool:
    """True when a CRF piece belongs to the sentence before it while the two stay within
    max_chars (see MAX_JOINED_CHARS).

    Whatever the length, a year joins its era ("… พฤศจิกายน ค.ศ. | 2017"), a piece joins a
    sentence that leaves a quotation or parenthesis open or ends on a name's initial
    ("แฮร์รี อาร์. | ทรูแมน"), nothing joins a sentence ended by a full stop ("…ใจงาม. |
    ปัจจุบันชมรมมีสมาชิก 120 คน.") or across a blank line, a piece opening with a connective
    (SENTENCE_OPENERS) starts a sentence, and a piece too short to stand (MIN_SENTENCE_CHARS)
    that opens a sentence takes the next piece in. Within max_chars, a piece continues the
    sentence when it follows an abbreviation or without a space ("ดร. | วิชัย": Thai ends a
    sentence with a space or a line break), starts with a number, a continuation word or a
    predicate (opens_predicate), or closes a list the sentence opened (_list_continues).
    Within MAX_LIST_CHARS, a piece opening with และ / หรือ / รวมถึง / รวมทั้ง continues the
    sentence (_CONJUNCTION_START), and so do the items and the close of a space-separated
    list the sentence left open (enumeration_open, _items_or_close) and a next item opening
    with the same word as the last two (_parallel_items).
    """
    said = text[before[0] : before[1]].rstrip()
    words = text[piece[0] : piece[1]]
    if _ENDS_WITH_ERA.search(said) and _STARTS_WITH_NUMBER.match(words):
        return True
    if wraps_inside_a_word(text, before[1], piece[0]):
        return True
    if _inside_quotation(said) or _LATIN_INITIAL.search(said):
        return True
    if _BLANK_LINE.search(text, before[1], piece[0]):
        return False  # a paragraph ends at a blank line
    if piece[0] == before[1] and piece[1] - before[0] <= max_chars:
        return True  # no space between them: a cut inside a run of text ("ดร. | วิชัย")
    if ends_sentence(said):
        return False
    if opens_sentence(words):
        return False
    if piece[1] - before[0] <= max(max_chars, MAX_LIST_CHARS) and (
        _CONJUNCTION_START.match(words)
        or (enumeration_open(said) and _items_or_close(words))
        or _parallel_items(said, words)
    ):  # "… | และมุ่งไปสู่ …"; a list's items and its close; "… ด้านน้ำ | ด้านขยะ …"
        return True
    if before[1] - before[0] < MIN_SENTENCE_CHARS:
        return True
    if piece[1] - piece[0] < MIN_SENTENCE_CHARS:
        return True
    if piece[1] - before[0] > max_chars:
        return False
    return bool(
        _ends_with_abbreviation(said)
        or _STARTS_WITH_NUMBER.match(words)
        or words.startswith(CONTINUATION_STARTS)
        or opens_predicate(words)
        or _list_continues(said, words)
    )


# A PDF's text breaks its lines where the page did, and Thai writes no space between words: a
# line break between two Thai letters is a space only where a word ends there. Where it cuts
# a word ("… แนวคิดพื้นฐานของการสร้างดัชนีบิตแมปแบบไฮบริดคือการจัด⏎กลุ่มค่าของแอตทริบิวต์ …":
# การจัดกลุ่ม, a PhD thesis's abstract in ../shared/docs-samples), the CRF model still ended a
# sentence there, and an answer opened with "กลุ่มค่าของ…". PyThaiNLP's newmm words of the text
# around the break, read without it, say whether a word runs across it.
_LINE_WRAP = re.compile(r"(?:\r\n|\r|\n)[ \t]*")
_WRAP_CONTEXT = 24  # characters read on each side of the break
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


def wraps_inside_a_word(text: str, end: int, start: int) -> bool:
    """True when text[end:start] is a single line break (a wrapped line) between two Thai
    letters that PyThaiNLP's newmm reads as one word once the break is taken out."""
    if not (0 < end < start < len(text)) or not _LINE_WRAP.fullmatch(text, end, start):
        return False
    if not (_THAI_LETTER.match(text[end - 1]) and _THAI_LETTER.match(text[start])):
        return False
    from pythainlp.tokenize import word_tokenize

    left = text[max(0, end - _WRAP_CONTEXT) : end].rsplit(None, 1)[-1]
    right = text[start : start + _WRAP_CONTEXT].split(None, 1)[0]
    offset = 0
    for word in word_tokenize(left + right, engine="newmm", keep_whitespace=False):
        offset += len(word)
        if offset == len(left):
            return False  # a word ends at the break
        if offset > len(left):
            return True
    return False


# A list opened by "เช่น / ได้แก่ / อาทิ / ประกอบด้วย" (such as, namely, consisting of) runs to
# its last item after "และ / หรือ" (and / or): the CRF model cuts between items at their spaces
# ("… เช่น การระบายน้ำขัง | การพ่นน้ำมันบนแหล่งน้ำ และการติดมุ้งลวด …").
_OPEN_LIST = re.compile(r"(?:เช่น|ได้แก่|อาทิ|ประกอบด้วย)\s?(?P<items>[^\n]{0,40})$")
_LIST_CLOSE = re.compile(r"\s(?:และ|หรือ)")
# A list written as space-separated noun phrases runs longer than that: "… ประกอบด้วย 15 สาขา
# ดังนี้ การศึกษา วัฒนธรรมและศิลปะ … เยาวชน สตรี | เด็ก ราชการพลเรือน … และสิ่งแวดล้อม", "…
# สาขาย่อยเรื่องการอนุรักษ์ธรรมชาติ… | การจัดการสารเคมีและของเสีย … | การเปลี่ยนแปลงสภาพ
# ภูมิอากาศ และสิ่งแวดล้อมศึกษา" (FRESH10 §3: asked for the list, the answer held two of its
# seven items). After a list-opening word (_ENUMERATION_OPENER: such as, namely, as follows,
# consisting of, on the matters of) and items only (Thai words between spaces, _ITEMS), the
# list is open until its closing "และ / หรือ X" or "เป็นต้น" (etc.); the pieces the CRF model
# cut it into (items, or the close) join it within MAX_LIST_CHARS, and the close's piece is
# cut after the list's last item when a sentence of its own follows ("… และสิ่งแวดล้อมศึกษา |
# โดยที่ผ่านมามีความคืบหน้า …").
_ENUMERATION_OPENER = re.compile(r"(?:เช่น|ได้แก่|อาทิ|ประกอบด้วย|ดังนี้|ดังต่อไปนี้|เรื่อง)")
_ENUMERATION_ITEMS = re.compile(r"[\u0e00-\u0e7f ]{0,300}")
_ENUMERATION_CLOSE = re.compile(
    r"(?:^|\s)(?:และ|หรือ)\s?(?:\(?[0-9\u0e50-\u0e59]{1,2}\)\s)?\S+|\sเป็นต้น(?=\s|$)"
)
# An item is a short noun phrase: a piece of items has no longer run between spaces.
_ITEM_CHARS = 60
# A piece opening with a coordinating conjunction ("และมุ่งไปสู่ …", "หรือ …", "รวมถึง …",
# "รวมทั้ง …": and, or, including) goes on with the sentence before it: it is never a sentence's
# start (FRESH10 §3), within MAX_LIST_CHARS.
_CONJUNCTION_START = re.compile(r"(?:และ|หรือ|รวมถึง|รวมทั้ง)")


def era_before_year(text: str, end: int, start: int) -> bool:
    """True when text[end:start] is the space between an era and its year ("ค.ศ. | 2017"):
    never a sentence's or a passage's end."""
    said = text[max(0, end - 8) : end].rstrip()
    return bool(_ENDS_WITH_ERA.search(said) and _STARTS_WITH_NUMBER.match(text[start : start + 1]))


def _list_continues(said: str, words: str) -> bool:
    """True when said ends inside an open list (_OPEN_LIST, no และ/หรือ yet) and words hold
    the list's closing "และ / หรือ" item near its start."""
    match = _OPEN_LIST.search(said)
    if match is None or _LIST_CLOSE.search(" " + match.group("items")):
        return False
    return bool(_LIST_CLOSE.search(words[:80]))


def enumeration_open(said: str) -> bool:
    """True when said ends inside a list of space-separated items that has not closed: its last
    list-opening word (_ENUMERATION_OPENER) is followed by Thai words and spaces only, with no
    closing "และ / หรือ" item or "เป็นต้น" yet."""
    said = said.rstrip()
    openers = list(_ENUMERATION_OPENER.finditer(said, max(0, len(said) - 300)))
    if not openers:
        return False
    items = said[openers[-1].end() :]
    return bool(_ENUMERATION_ITEMS.fullmatch(items)) and not _ENUMERATION_CLOSE.search(items)


def _items_or_close(words: str) -> bool:
    """True when a piece holds the close of a list (_ENUMERATION_CLOSE) or is made of items
    only (Thai words, no run between spaces longer than _ITEM_CHARS)."""
    if _ENUMERATION_CLOSE.search(words):
        return True
    return bool(_ENUMERATION_ITEMS.fullmatch(words)) and all(
        len(chunk) <= _ITEM_CHARS for chunk in words.split()
    )


def _parallel_items(said: str, words: str) -> bool:
    """True when the sentence's last item and the piece open with the same word, which the
    item before holds too: one list ("… คุณภาพสิ่งแวดล้อมด้านอากาศ ด้านน้ำ | ด้านขยะ …")."""
    chunks = said.split()[-2:]
    if len(chunks) < 2 or not words.strip():
        return False
    first = (_first_words(chunks[1])[:1] or ("",))[0]
    return (
        len(first) > 1
        and first != chunks[1]
        and first in chunks[0]
        and (_first_words(words.split()[0])[:1] or ("",))[0] == first
    )


def list_close_end(text: str, start: int, end: int) -> int | None:
    """Where a list that closes in text[start:end] ends (after its "และ / หรือ X" item or its
    "เป็นต้น"), when a sentence of its own follows there (at least MIN_SENTENCE_CHARS, not a
    relative clause about the items: "ซึ่ง …"); None otherwise."""
    match = _ENUMERATION_CLOSE.search(text, start, end)
    if match is None:
        return None
    rest = text[match.end() : end].lstrip()
    if len(rest) < MIN_SENTENCE_CHARS or rest.startswith("ซึ่ง") or not text[match.end()].isspace():
        return None
    return match.end()


def _inside_quotation(text: str) -> bool:
    """True when text leaves a quotation or a parenthesis open ('ซึ่งหมายถึง "ประเทศมั่งคั่ง'):
    a sentence does not end inside one."""
    return (
        text.count('"') % 2 == 1
        or text.count("\u201c") > text.count("\u201d")
        or text.count("(") > text.count(")")
    )


@lru_cache(maxsize=8192)
def _first_words(words: str) -> tuple[str, ...]:
    """The first few words of a piece (PyThaiNLP newmm, spaces dropped)."""
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(words[:40], engine="newmm", keep_whitespace=False)[:3])


# "ส่วน" is also a classifier, "part": "แบ่งได้ 3 | ส่วน คือ …" ("divides into 3 parts, namely
# …"); as "as for" it opens a topic, never a list-opening word (_LEAD_IN_END's คือ, ได้แก่,
# ประกอบด้วย) right after it.
_CLASSIFIER_BEFORE = {"ส่วน": frozenset({"คือ", "ได้แก่", "ประกอบด้วย", "ดังนี้"})}


def opens_sentence(words: str) -> bool:
    """True when the text opens with a sentence-linking connective (SENTENCE_OPENERS) as a
    whole word ("นอกจากนั้น เมื่อวันที่ …", not "ส่วนหนึ่งที่ …", nor the classifier "ส่วน คือ
    …": _CLASSIFIER_BEFORE)."""
    first = _first_words(words[:40])
    if not first or first[0] not in SENTENCE_OPENERS:
        return False
    return not (len(first) > 1 and first[1] in _CLASSIFIER_BEFORE.get(first[0], ()))


@lru_cache(maxsize=8192)
def _first_tags(words: str) -> tuple[str, ...]:
    from pythainlp.tag import pos_tag

    first = _first_words(words)
    return tuple(tag for _, tag in pos_tag(list(first), engine="perceptron", corpus="orchid"))


def opens_predicate(words: str) -> bool:
    """True when the text opens with a verb or a pre-verb auxiliary (_PREDICATE_TAGS): a
    clause without its own subject ("เกิดเมื่อวันที่ 7 พฤศจิกายน 1867 …", "จึงสรุปว่า …"), also
    after a coordinating conjunction ("และได้รับรองแถลงการณ์ร่วม …")."""
    tags = _first_tags(words[:40])
    if len(tags) > 1 and tags[0] == "JCRG":
        tags = tags[1:]
    return bool(tags) and tags[0].startswith(_PREDICATE_TAGS)


def _ends_with_abbreviation(text: str) -> bool:
    """True for "ค.ศ.", "สปป.", "16.30 น." — not for a word of PyThaiNLP's dictionary written
    without vowels before a full stop ("120 คน.", "ผล.")."""
    match = _ENDS_WITH_ABBREVIATION.search(text)
    if match is None:
        return False
    cluster = match.group().lstrip(" \t\n(")
    if cluster.count(".") > 1 or len(cluster) <= 2:
        return True
    from pythainlp.corpus import thai_words

    return cluster[:-1] not in thai_words()


def ends_sentence(text: str) -> bool:
    """True when Thai text ends in a full stop that is not an abbreviation's ("ใจงาม.", "คน.",
    not "ค.ศ.", "16.30 น.")."""
    text = text.rstrip()
    return bool(_ENDS_WITH_FULL_STOP.search(text)) and not _ends_with_abbreviation(text)


# A line holding a table's cell separator (CELL_SEPARATOR) is a table row (extract.table_lines:
# Word and HTML tables, one line a row): it is one sentence, never cut by the CRF model (which
# cut rows mid-cell, "… | 1,250,000 |" / "หมายเหตุ: จัดซื้อใหม่⏎รายการ: ค่าใช้สอย …") nor joined
# to its neighbours, so a question about one row is answered by that row.


# A field line, "label⇥value" or "label: value" (a form's or a thesis abstract's head:
# "ผู้เขียน⇥นายณภัทร แก้วภิบาล", "ปีการศึกษา⇥2561", "Author: …"), is a row of a table written
# without one: one sentence, never cut (the CRF model cut a thesis's title line mid-title, at
# the space after "ไฮบริด"), never joined to its neighbours (FRESH10 §6). The label is short
# (FIELD_LABEL_CHARS), opens with a letter and ends in a tab or a colon and a space (not a
# time's "10:30", nor a link's "https://"); the line is short enough to be one answer
# (FIELD_LINE_CHARS: the longest field of the thesis abstracts in ../shared/docs-samples, its
# title, is 106 characters). It stands as a paragraph of its own or among other field lines: a
# PDF's line wrapped inside a paragraph ("… ดังนี้: การศึกษา สาธารณสุข") is part of a sentence.
FIELD_LABEL_CHARS = 40
FIELD_LINE_CHARS = 200
_FIELD_LINE = re.compile(
    rf"(?P<label>[^\W\d_][^\t\r\n:：|]{{0,{FIELD_LABEL_CHARS - 1}}}?)"
    r"[ \t]*(?:\t|[:：][ \t])[ \t]*\S[^\r\n]*"
)
_LINES = re.compile(r"[^\r\n]+")


def field_label(line: str) -> str | None:
    """The label of a line that reads as a field ("ผู้เขียน" of "ผู้เขียน⇥นายณภัทร แก้วภิบาล",
    "Author" of "Author: …"), None for any other line (see _FIELD_LINE). Whether it is one
    where it stands is field_line's to say."""
    line = line.strip()
    if len(line) > FIELD_LINE_CHARS or CELL_SEPARATOR in line or is_part_heading(line):
        return None  # "บทที่ 1: บทนำ", "ภาคผนวก ก : …" are headings
    match = _FIELD_LINE.fullmatch(line)
    if match is None or ends_sentence(match.group("label")):
        return None
    label = match.group("label").strip()
    return None if is_part_heading(label) else label


def _neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The lines above and below the line holding text[start:end] (None at the text's edge)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    above = None
    if line_start > 0:
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    below = None
    if line_end >= 0:
        after = text.find("\n", line_end + 1)
        below = text[line_end + 1 : after if after >= 0 else len(text)]
    return above, below


def field_line(text: str, start: int, end: int, headings: Collection[str] = ()) -> bool:
    """True when the line text[start:end] is a field line (field_label) that stands as a
    paragraph of its own (a blank line or the text's edge above and below) or next to another
    field line, and is none of the document's headings (`headings`: "Chapter 2: Methods")."""
    if field_label(text[start:end]) is None or _is_heading_name(text[start:end], headings):
        return False
    neighbours = _neighbours(text, start, end)
    if all(line is None or not line.strip() for line in neighbours):
        return True
    return any(line is not None and field_label(line) is not None for line in neighbours)


def _is_heading_name(line: str, headings: Collection[str]) -> bool:
    """True when line is one of the headings, with or without its number."""
    names = {name.strip() for name in headings} | {_NUMBERING.sub("", n).strip() for n in headings}
    return bool(names & {line.strip(), _NUMBERING.sub("", line).strip()})


def sentence_label(text: str, start: int, end: int) -> str | None:
    """The label of the answer sentence text[start:end] when it is a whole field line
    (field_line), else None."""
    whole = (start == 0 or text[start - 1] in "\r\n") and (end == len(text) or text[end] in "\r\n")
    return field_label(text[start:end]) if whole and field_line(text, start, end) else None


def _row_lines(
    text: str, start: int, end: int, headings: Collection[str] = ()
) -> list[tuple[int, int]]:
    """The lines of text[start:end] that are one sentence each: a table row (CELL_SEPARATOR)
    or a field line (field_line), trimmed, in order."""
    rows = []
    for match in _LINES.finditer(text, start, end):
        row = match.group()
        if row.strip() and (CELL_SEPARATOR in row or field_line(text, *match.span(), headings)):
            rows.append(
                (match.start() + len(row) - len(row.lstrip()), match.start() + len(row.rstrip()))
            )
    return rows


def sentence_spans(
    text: str, start: int, end: int, headings: Collection[str] = ()
) -> tuple[tuple[int, int], ...]:
    """Sentences of a passage, as offsets into the source: each table row line
    (CELL_SEPARATOR) or field line (field_line) one — a row longer than MAX_JOINED_CHARS (a
    table used for layout, paragraphs in its cells) is split as prose, never across its line —
    and the text between rows by prose_spans."""
    rows = _row_lines(text, start, end, headings)
    if not rows:
        return prose_spans(text, start, end, headings)
    spans: list[tuple[int, int]] = []
    cursor = start
    for row in [*rows, (end, end)]:
        if text[cursor : row[0]].strip() and not only_headings(text, cursor, row[0], headings):
            spans.extend(prose_spans(text, cursor, row[0], headings))
        if row[1] - row[0] > MAX_JOINED_CHARS:  # a row of paragraphs (a layout table)
            spans.extend(prose_spans(text, row[0], row[1], headings))
        elif row[0] < row[1]:
            spans.append(row)
        cursor = row[1]
    return tuple(spans) or ((start, end),)


def only_headings(text: str, start: int, end: int, headings: Collection[str]) -> bool:
    """True when text[start:end] is nothing but heading lines of the document (a table's
    caption heading above it): no sentence of its own."""
    lines = [line.strip() for line in text[start:end].splitlines() if line.strip()]
    names = {_NUMBERING.sub("", name).strip() for name in headings} | set(headings)
    return bool(lines) and all(_NUMBERING.sub("", line).strip() in names for line in lines)


def prose_spans(
    text: str, start: int, end: int, headings: Collection[str] = ()
) -> tuple[tuple[int, int], ...]:
    """Sentences of running text (PyThaiNLP's CRF splitter), as offsets into the source.

    Fragments shorter than MIN_SENTENCE_CHARS join the sentence before them: a highlighted
    answer of a few words out of context helps nobody. So do pieces that continue a sentence
    (see MAX_JOINED_CHARS): on the bundled document, joining them raised sentence@1 from 0.82 to
    0.88 on the dev questions and from 0.72 to 0.77 on eval/extra.jsonl, with nothing else
    changed (78 sentences became 65, median 137 → 207 characters). A space followed by a
    connective (SENTENCE_OPENERS) ends a sentence wherever the CRF model put it; a short piece
    that such a connective opens takes the next piece in rather than joining the one before; a
    piece opening a predicate (opens_predicate) joins its subject's sentence. Those three raised
    the answer sentence of bench/data/reading's Thai questions 0.867 → 0.889 (English 0.722
    either way; pooled sentence@1 of our sets 0.854 in-sample either way, 0.849 → 0.847 CV).
    A heading line (is_heading_line) joins the sentence under it. A space-separated list stays
    one sentence up to its close (continues), and the piece holding the close is cut after the
    list's last item when a sentence of its own follows (list_close_end): on the bundled
    document 54 sentences became 46; pooled CV sentence@1 0.840 → 0.862, evidence@1 0.923 →
    0.920, section@1 and exam unchanged (bench/cv.py, FRESH10 §3).
    """
    from pythainlp.tokenize import sent_tokenize

    pieces: list[tuple[int, int]] = []
    cursor = start
    for sentence in sent_tokenize(text[start:end], engine="crfcut"):
        sentence = sentence.strip()
        found = text.find(sentence, cursor, end) if sentence else -1
        if found < 0:
            continue
        cursor = found + len(sentence)
        for a, b in _cut_at(_BLANK_LINE, text, found, cursor):
            pieces.extend(_cut_at_openers(text, a, b))
    spans: list[tuple[int, int]] = []
    queue = _without_headings(text, pieces, heading_lines(text, start, end, headings))
    while queue:
        span = queue.pop(0)
        if spans and (continues(text, spans[-1], span) or _heads(text, spans[-1])):
            if enumeration_open(text[spans[-1][0] : spans[-1][1]]):
                cut = list_close_end(text, *span)
                if cut is not None:  # the list ends inside the piece: the rest is a sentence
                    rest = cut + len(text[cut : span[1]]) - len(text[cut : span[1]].lstrip())
                    queue.insert(0, (rest, span[1]))
                    span = (span[0], cut)
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    spans = join_lists(text, spans)
    # A passage's first piece that is too short to stand or a fronted adverbial ("เพื่อเสริมสร้าง
    # เครือข่ายความร่วมมือระหว่างมหาวิทยาลัยในอาเซียน | อาเซียนได้จัดตั้งเครือข่าย …": a purpose
    # clause, then its main clause) takes the next piece in.
    first_words = text[spans[0][0] : spans[0][1]] if spans else ""
    short = bool(spans) and (len(first_words) < MIN_SENTENCE_CHARS or fronted(first_words))
    apart = len(spans) > 1 and _BLANK_LINE.search(text, spans[0][1], spans[1][0])
    if len(spans) > 1 and short and not ends_sentence(first_words) and not apart:
        first = spans.pop(0)
        spans[0] = (first[0], spans[0][1])
    return tuple(spans) or ((start, end),)


# A heading is a short line of its own ("๑.๑ วัตถุประสงค์", "1.4 ประโยชน์ที่คาดว่าจะได้รับ": the
# sub-headings of the Word and PDF reports in ../shared/docs-samples are 10–60 characters). It
# never answers alone: it joins the sentence under it (and a heading paragraph joins the
# paragraph under it in one passage: corpus.passages).
HEADING_MAX_CHARS = 80


_LINE = re.compile(r"[^\r\n]+")
# A heading's number or Markdown marks: "(1) ", "1.4 ", "๑.๑ ", "## ".
_NUMBERING = re.compile(r"^\s*(?:#+|\(?[0-9\u0e50-\u0e59]+(?:\.[0-9\u0e50-\u0e59]+)*[.)]?)\s+")
_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")
_BLANK_LINE_AFTER = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*\S")


def heading_lines(
    text: str, start: int, end: int, headings: Collection[str]
) -> list[tuple[int, int]]:
    """The lines of text[start:end] that are one of the document's headings (its title, its
    sections' labels: `headings`, with or without their numbers), each a heading line
    (is_heading_line) followed by a blank line and more of the passage ("ห้องสมุด⏎⏎ห้องสมุดกลาง
    เปิดบริการ…", a Word Heading 1 over its paragraph). No answer sentence holds one: asked
    "ห้องสมุดปิดกี่โมง", the answer is the body's sentence, not "ห้องสมุด⏎⏎…". A short line the
    document's structure does not name a heading may be a short paragraph ("หากลงทะเบียนล่าช้า
    จะต้องชำระค่าปรับวันละ 100 บาท") or a wrapped line of a PDF's: it stays (is_heading_line
    joins it to the sentence under it)."""
    names = {_NUMBERING.sub("", name).strip() for name in headings if name.strip()}
    found = []
    for line in _LINE.finditer(text, start, end) if names else ():
        span = (line.start(), line.start() + len(line.group().rstrip()))
        named = _NUMBERING.sub("", line.group()).strip() in names
        if named and _BLANK_LINE_AFTER.match(text, line.end(), end) and is_heading_line(text, span):
            found.append(span)
    return found


def _heads(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] is a heading line (is_heading_line) that joins the sentence under
    it: a line wrapped by a single line break (a PDF's), or a numbered line ("๑.๑ วัตถุประสงค์")
    over a blank line; a short unnumbered paragraph ("งานวันเปิดบ้านจัดขึ้นในวันเสาร์ที่ 16
    พฤศจิกายน 2567 …" over "พิธีเปิดโดยคณบดี …") is a sentence of its own."""
    if not is_heading_line(text, span):
        return False
    return not _BLANK_LINE_AFTER.match(text, span[1]) or bool(_NUMBERING.match(text[span[0] :]))


def _without_headings(
    text: str, pieces: list[tuple[int, int]], headings: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pieces with the heading lines taken out of them (a heading is no part of the
    sentence under it, nor an answer alone)."""
    kept = []
    for start, end in pieces:
        for a, b in headings:
            if start < b and a < end:  # the heading is in this piece: keep what is around it
                if text[start:a].strip():
                    kept.append((start, start + len(text[start:a].rstrip())))
                start = max(start, b)
                while start < end and text[start].isspace():
                    start += 1
        if start < end:
            kept.append((start, end))
    return kept


def is_heading_line(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] is a whole line (a line break or the text's edge on both sides) of
    at most HEADING_MAX_CHARS, with no line break inside and no sentence end (a full stop that
    is not an abbreviation's, "?", "!")."""
    start, end = span
    said = text[start:end]
    if "\n" in said or not said.strip() or end - start > HEADING_MAX_CHARS:
        return False
    before, after = start, end
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    while after < len(text) and text[after] in " \t":
        after += 1
    whole_line = (before == 0 or text[before - 1] in "\r\n") and (
        after == len(text) or text[after] in "\r\n"
    )
    return whole_line and not ends_sentence(said) and not said.endswith(("?", "!"))


def _tags(words: list[str]) -> list[str]:
    """ORCHID part-of-speech tags of words (PyThaiNLP's perceptron tagger)."""
    from pythainlp.tag import pos_tag

    return [tag for _, tag in pos_tag(words, engine="perceptron", corpus="orchid")]


# A piece opening with a subordinating conjunction or a preposition (ORCHID JSBR, RPRE), after
# an optional connective, is a fronted adverbial ("นอกจากนี้ เพื่อรับมือกับ…", "ในปี 1871") whose
# clause follows: at a passage's start it takes that clause in (sentence_spans).
_ADVERBIAL_TAGS = ("JSBR", "RPRE")


def fronted(words: str) -> bool:
    """True when words open with a subordinator or preposition (_ADVERBIAL_TAGS), after an
    optional sentence-opening connective."""
    first = list(_first_words(words[:40]))
    if first and first[0] in SENTENCE_OPENERS:
        first = first[1:]
    return bool(first) and _tags(first[:1])[0] in _ADVERBIAL_TAGS


def _cut_at(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut where pattern matches (the match dropped), as stripped spans."""
    cuts, kept = [start], []
    for match in pattern.finditer(text, start, end):
        cuts += [match.start(), match.end()]
    cuts.append(end)
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        said = text[a:b]
        if said.strip():
            a += len(said) - len(said.lstrip())
            kept.append((a, a + len(said.strip())))
    return kept


def _cut_at_openers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A CRF piece cut before each space + sentence-opening connective (SENTENCE_OPENERS)."""
    cuts = [start]
    for match in _OPENER_AFTER_SPACE.finditer(text, start, end):
        if opens_sentence(text[match.end() : end]):
            cuts.append(match.end())
    cuts.append(end)
    return [(a, a + len(text[a:b].rstrip())) for a, b in pairwise(cuts) if text[a:b].strip()]


# A list, its items each on a line of their own ("1.2.1 …", "2) …", "(3) …", "ก. …", "- …", "• …"),
# is one sentence with its lead-in ("1.2 วัตถุประสงค์", "ขั้นตอนการสมัคร มีดังนี้") while the whole
# stays within MAX_LIST_CHARS: asked what the objectives are, the answer is the list, not its
# second item cut from the line that says what it lists (a science report's PDF in
# ../shared/docs-samples answered "2. จุดที่ได้จากการทำให้บาง …" and "4. ในโครงงานนี้ …"). A longer
# list keeps its items apart: one of them still answers a question about it. The limit is the
# longest answer kept whole (config.SentenceConfig.max_clause_chars: a longer one is cut to a
# clause); a five-item list of the report's, with its heading, is 700 characters.
MAX_LIST_CHARS = 750
LIST_ITEM = re.compile(
    r"[•●○◦▪■□◆❖➢►✓\uf0b7\uf0a7\uf0d8\-–]\s"
    r"|\(?\s*[0-9\u0e50-\u0e59]{1,3}(?:\.[0-9\u0e50-\u0e59]{1,3})*\s*[.)]\s"
    r"|[0-9\u0e50-\u0e59]{1,3}(?:\.[0-9\u0e50-\u0e59]{1,3})+\s"
    r"|\(?[\u0e01-\u0e2e][.)]\s"
)
# A lead-in ends by announcing the list: a colon, or Thai's list-opening words (ดังนี้ "as
# follows", ดังต่อไปนี้, ได้แก่ "namely", คือ "that is", ประกอบด้วย "consisting of", มี "there
# are", อาทิ / เช่น "such as"), or it is a heading line (is_heading_line).
_LEAD_IN_END = re.compile(r"(?:[:：]|ดังนี้|ต่อไปนี้|ได้แก่|คือ|ประกอบด้วย|อาทิ|เช่น|as follows|following)\s*$")


def is_list_item(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] opens a line with a list item's label (LIST_ITEM)."""
    start = span[0]
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    return not text[line_start:start].strip() and bool(LIST_ITEM.match(text, start, span[1]))


def is_lead_in(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] announces a list: it ends with a colon or a list-opening word
    (_LEAD_IN_END), or it is a heading line."""
    said = text[span[0] : span[1]].rstrip()
    return bool(_LEAD_IN_END.search(said)) or is_heading_line(text, span)


def join_lists(
    text: str, spans: list[tuple[int, int]], max_chars: int = MAX_LIST_CHARS
) -> list[tuple[int, int]]:
    """spans with each run of list items (is_list_item) and the lead-in before it
    (is_lead_in, or a span holding a list's first item: a heading joined to it) made one, when
    the whole is at most max_chars (sentences: MAX_LIST_CHARS; passages: their own limit)."""
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        j, items = i, 0
        while j + 1 < len(spans) and (
            is_list_item(text, spans[j + 1])
            or (items and not _BLANK_LINE.search(text, spans[j][1], spans[j + 1][0]))
        ):  # an item, or the rest of one: its paragraph's other pieces
            items += is_list_item(text, spans[j + 1])
            j += 1
        first = i
        if not items or not (is_lead_in(text, spans[i]) or _holds_item(text, spans[i])):
            first = i + 1  # no lead-in: the items alone
        if items + _holds_item(text, spans[i]) < 2:
            j = i  # one item is no list ("ภาพที่ 2.9 …" over a numbered heading "2.7.1 …")
        if j > first and spans[j][1] - spans[first][0] <= max_chars:
            joined.extend(spans[i:first])
            joined.append((spans[first][0], spans[j][1]))
        else:  # no list, or too long a one: as it was (never its last items alone)
            j = max(j, i)
            joined.extend(spans[i : j + 1])
        i = j + 1
    return joined


def _holds_item(text: str, span: tuple[int, int]) -> bool:
    """True when a line of text[span] opens with a list item (a heading joined to the first
    item under it: "1.2 วัตถุประสงค์⏎1.2.1 เพื่อศึกษา…")."""
    return any(is_list_item(text, (line.start(), span[1])) for line in _LINE.finditer(text, *span))
