"""Lists inside sentences: a space-separated Thai enumeration ("ประกอบด้วย … และ …") stays one
sentence up to its close, and items written one a line join their lead-in (join_lists)."""

from __future__ import annotations

import re

from .boundaries import (
    BLANK_LINE,
    LINE,
    MAX_JOINED_CHARS,
    MIN_SENTENCE_CHARS,
    first_words,
    is_heading_line,
)

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
CONJUNCTION_START = re.compile(r"(?:และ|หรือ|รวมถึง|รวมทั้ง)")


def list_continues(said: str, words: str) -> bool:
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


def items_or_close(words: str) -> bool:
    """True when a piece holds the close of a list (_ENUMERATION_CLOSE) or is made of items
    only (Thai words, no run between spaces longer than _ITEM_CHARS)."""
    if _ENUMERATION_CLOSE.search(words):
        return True
    return bool(_ENUMERATION_ITEMS.fullmatch(words)) and all(
        len(chunk) <= _ITEM_CHARS for chunk in words.split()
    )


def parallel_items(said: str, words: str) -> bool:
    """True when the sentence's last item and the piece open with the same word, which the
    item before holds too: one list ("… คุณภาพสิ่งแวดล้อมด้านอากาศ ด้านน้ำ | ด้านขยะ …")."""
    chunks = said.split()[-2:]
    if len(chunks) < 2 or not words.strip():
        return False
    first = (first_words(chunks[1])[:1] or ("",))[0]
    return (
        len(first) > 1
        and first != chunks[1]
        and first in chunks[0]
        and (first_words(words.split()[0])[:1] or ("",))[0] == first
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
LEAD_IN_END = re.compile(r"(?:[:：]|ดังนี้|ต่อไปนี้|ได้แก่|คือ|ประกอบด้วย|อาทิ|เช่น|as follows|following)\s*$")


def is_list_item(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] opens a line with a list item's label (LIST_ITEM)."""
    start = span[0]
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    return not text[line_start:start].strip() and bool(LIST_ITEM.match(text, start, span[1]))


def is_lead_in(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] announces a list: it ends with a colon or a list-opening word
    (LEAD_IN_END), or it is a heading line."""
    said = text[span[0] : span[1]].rstrip()
    return bool(LEAD_IN_END.search(said)) or is_heading_line(text, span)


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
        item = is_list_item(text, spans[i])
        while j + 1 < len(spans) and (
            is_list_item(text, spans[j + 1])
            or ((items or item) and not BLANK_LINE.search(text, spans[j][1], spans[j + 1][0]))
        ):  # an item, or the rest of one: its paragraph's other pieces
            items += is_list_item(text, spans[j + 1])
            j += 1
        first = i
        # An item is a lead-in only over items of its own ("1.2 วัตถุประสงค์" over "1.2.1 …", or a
        # line ending "ดังนี้"): a short item line ("1. ห้องวิทยาศาสตร์อยู่ชั้นสอง…") over the
        # next item ("2. …") is that list's first item, not its heading.
        lead = _heads_items(text, spans[i]) or (
            is_lead_in(text, spans[i])
            and (
                not item
                or j == i
                or _sub_item(text, spans[i], spans[i + 1])
                or _announces(text, spans[i])
            )
        )
        if items and not lead and not item:
            joined.append(spans[i])  # a sentence before the list that does not announce it
            i += 1
            continue
        if items + _holds_item(text, spans[i]) < 2:
            j = i  # one item is no list ("ภาพที่ 2.9 …" over a numbered heading "2.7.1 …")
        if (items or item) and not lead:
            # No lead-in: each item is a sentence of its own, with the rest of its paragraph
            # ("1. ห้องวิทยาศาสตร์อยู่ชั้นสอง…⏎⏎2. ห้องดนตรี…⏎⏎3. ห้องพยาบาลอยู่ข้างโรงอาหาร"
            # answered where the nurse's room is with all three, FRESH16a K1): nothing says
            # they are one answer.
            joined.extend(_items_apart(text, spans[i : j + 1], min(max_chars, MAX_JOINED_CHARS)))
        elif j > first and spans[j][1] - spans[first][0] <= max_chars:
            joined.extend(spans[i:first])
            joined.append((spans[first][0], spans[j][1]))
        else:  # no list, or too long a one: as it was (never its last items alone)
            j = max(j, i)
            parts = spans[i : j + 1]
            if items and j > i and not BLANK_LINE.search(text, parts[0][1], parts[1][0]):
                # the lead-in on the line over the first item stays with it ("ขั้นตอน มีดังนี้⏎1) …")
                parts[:2] = [(parts[0][0], parts[1][1])]
            joined.extend(parts)
        i = j + 1
    return joined


def _heads_items(text: str, span: tuple[int, int]) -> bool:
    """True when a line of text[span] after its first opens with a list item: a heading joined
    to the first item under it ("1.2 วัตถุประสงค์⏎ 1.2.1 เพื่อศึกษา…"), not an item alone."""
    lines = list(LINE.finditer(text, *span))[1:]
    return any(
        is_list_item(text, (line.start() + len(line.group()) - len(line.group().lstrip()), span[1]))
        for line in lines
    )


_LABEL = re.compile(r"\(?\s*([0-9\u0e50-\u0e59]{1,3}(?:\.[0-9\u0e50-\u0e59]{1,3})*)")


def _sub_item(text: str, item: tuple[int, int], after: tuple[int, int]) -> bool:
    """True when the item after is numbered under item ("1.2" → "1.2.1")."""
    own, next_one = _LABEL.match(text, item[0]), _LABEL.match(text, after[0])
    return bool(own and next_one and next_one.group(1).startswith(own.group(1) + "."))


def _announces(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] ends with a colon or a list-opening word (LEAD_IN_END)."""
    return bool(LEAD_IN_END.search(text[span[0] : span[1]].rstrip()))


def _items_apart(text: str, spans: list[tuple[int, int]], max_chars: int) -> list[tuple[int, int]]:
    """Each list item of spans with the pieces after it in its paragraph made one (while at most
    max_chars: a sentence's joins, boundaries.MAX_JOINED_CHARS), the items apart."""
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and not is_list_item(text, span):
            groups[-1].append(span)
        else:
            groups.append([span])
    apart: list[tuple[int, int]] = []
    for group in groups:
        whole = (group[0][0], group[-1][1])
        apart.extend([whole] if whole[1] - whole[0] <= max_chars else group)
    return apart


def _holds_item(text: str, span: tuple[int, int]) -> bool:
    """True when a line of text[span] opens with a list item (a heading joined to the first
    item under it: "1.2 วัตถุประสงค์⏎1.2.1 เพื่อศึกษา…")."""
    return any(is_list_item(text, (line.start(), span[1])) for line in LINE.finditer(text, *span))
