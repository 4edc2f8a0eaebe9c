"""Contents pages (สารบัญ, a table of contents, a list of figures): they answer nothing, so
their paragraphs are no passages (corpus.passages.split_passages leaves them out)."""

from __future__ import annotations

import re

from ..extract.types import CELL_SEPARATOR
from .extracted import is_part_heading

# A contents page (สารบัญ, สารบัญตาราง, a table of contents, a list of figures) lists headings
# with their page numbers ("1.1 ที่มาและความสำคัญ 1", "2.2 … . . . . 14"): it answers nothing
# (its lines are the sections' own headings, which label the answers), yet it holds every
# heading's words. Asked "วัตถุประสงค์ของโครงงานมีอะไรบ้าง", the science report in
# ../shared/docs-samples answered with its contents page, not its objectives. A paragraph of at
# least MIN_CONTENTS_LINES entries, at least half its lines, is no passage. An entry ends with
# a page number (Arabic, Thai, Roman) and opens with a heading's number ("1.1 …", "2 …", "ก …"),
# or has dot leaders, or is a chapter or named part (corpus.extracted's patterns): a table's
# row ending in a number opens with neither.
MIN_CONTENTS_LINES = 3
_PAGE_AT_END = re.compile(r"\s(?:[0-9๐-๙]{1,3}|[ivxlc]{1,6})$", re.IGNORECASE)
_ENTRY_START = re.compile(r"^(?:[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*\.?|[ก-ฮ])\s+\S")
_DOT_LEADERS = re.compile(r"(?:\.\s?){4,}")


def _contents_entry(line: str) -> bool:
    """True for a line of a contents page: "1.1 ที่มาและความสำคัญ 1", "บรรณานุกรม 35",
    "1.2 A summarization … . . . . 14"."""
    if not _PAGE_AT_END.search(line) or CELL_SEPARATOR in line:
        return False
    if _ENTRY_START.match(line) or _DOT_LEADERS.search(line):
        return True
    return is_part_heading(_PAGE_AT_END.sub("", line).strip())


# A page number alone ("12", "๑๒", "จ": front matter counts in Thai letters, "vii") is no
# passage either: a contents page's own number, left between its entries.
_PAGE_NUMBER_ALONE = re.compile(r"^(?:[0-9๐-๙]{1,4}|[ก-ฮ]|[ivxlc]{1,6})$", re.IGNORECASE)


def is_contents(text: str, start: int, end: int, in_contents: bool = False) -> bool:
    """True when text[start:end] is a piece of a contents page (see MIN_CONTENTS_LINES; in a
    section named as one, `in_contents`: "สารบัญตาราง", "LIST OF FIGURES", one entry is enough)
    or a page number alone."""
    lines = [line.strip() for line in text[start:end].splitlines() if line.strip()]
    if len(lines) == 1 and _PAGE_NUMBER_ALONE.match(lines[0]):
        return True
    entries = sum(map(_contents_entry, lines))
    least = 1 if in_contents else MIN_CONTENTS_LINES
    return entries >= least and 2 * entries >= len(lines)
