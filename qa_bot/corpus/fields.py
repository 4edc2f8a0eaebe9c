"""Lines that are one sentence each: a table row (CELL_SEPARATOR) or a field line
("label⇥value", "label: value"), never cut by the CRF model nor joined to their neighbours."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..extract.types import CELL_SEPARATOR
from .boundaries import NUMBERING, ends_sentence
from .extracted import is_part_heading

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
    names = {name.strip() for name in headings} | {NUMBERING.sub("", n).strip() for n in headings}
    return bool(names & {line.strip(), NUMBERING.sub("", line).strip()})


def sentence_label(text: str, start: int, end: int) -> str | None:
    """The label of the answer sentence text[start:end] when it is a whole field line
    (field_line), else None."""
    whole = (start == 0 or text[start - 1] in "\r\n") and (end == len(text) or text[end] in "\r\n")
    return field_label(text[start:end]) if whole and field_line(text, start, end) else None


def row_lines(
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


def only_headings(text: str, start: int, end: int, headings: Collection[str]) -> bool:
    """True when text[start:end] is nothing but heading lines of the document (a table's
    caption heading above it): no sentence of its own."""
    lines = [line.strip() for line in text[start:end].splitlines() if line.strip()]
    names = {NUMBERING.sub("", name).strip() for name in headings} | set(headings)
    return bool(lines) and all(NUMBERING.sub("", line).strip() in names for line in lines)
