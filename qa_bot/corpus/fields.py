"""Lines that are one sentence each: a table row (CELL_SEPARATOR) or a field line
("label⇥value", "label: value"), never cut by the CRF model nor joined to their neighbours."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import pairwise

from ..extract.types import CELL_SEPARATOR, HEADER_SEPARATOR
from .boundaries import BLANK_LINE, NUMBERING, ends_sentence, wraps_inside_a_word
from .extracted import is_part_heading
from .lists import is_list_item

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


# In a PDF (after extract/wraps.py joined its wrapped lines), a Word paragraph (a soft line
# break) or a web page (<br>), a line break inside a paragraph is the writer's: a block of
# short lines is a title block, a signature, a list of contacts or dates ("ฝ่ายทะเบียน โทร.
# 042-111-222⏎ฝ่ายการเงิน โทร. 042-111-333⏎…", "พระบาทสมเด็จ…⏎พระวชิรเกล้าเจ้าอยู่หัว⏎ให้ไว้ ณ
# วันที่ 17 มีนาคม พ.ศ. ๒๕๖6⏎เป็นปีที่ 8 ในรัชกาลปัจจุบัน"), each line a fact of its own: each
# line is one answer sentence, as a table's row is (FRESH15 §6, FRESH16a K1: asked for the
# nurse's number, the answer was the finance office's line). So is a plain-text file's (FRESH16a
# K1: "นักเรียนชายตัดผมรองทรงสูง⏎นักเรียนหญิงไว้ผมยาว…" was one answer), unless the block is text
# wrapped by hand: a break that PyThaiNLP's CRF model reads, as a space, as no sentence end at
# all (below WRAPPED_END; "…ผ่านวัดโพธิ์ชัย⏎ไปยังโรงเรียน" 0.03, where the tester's separate
# facts read 0.17–0.71) leaves the block to the CRF model and corpus.sentences.continues.
# A block's lines are at most LINE_BLOCK_CHARS (boundaries.HEADING_MAX_CHARS: a wrapped body
# line of the samples' PDFs is longer), none a list item (corpus.lists joins a list), none cut
# inside a word (a wrap wraps.py left); a line shorter than MIN_LINE_CHARS (a title's "พ.ศ.
# ๒๕๖๖", an office's "นายกรัฐมนตรี", a wrapped line's tail "ใบรับรองแพทย์") goes with the line
# before it (the first, with the next).
LINE_BLOCK_CHARS = 80
MIN_LINE_CHARS = 15
WRAPPED_END = 0.1
WRITTEN_LINES = (".pdf", ".docx", ".html", ".htm")  # extract.EXTRACTED_SUFFIXES
TYPED_LINES = (".txt", ".md")
# What keeps_lines says of a document's line breaks (a str, true when they are lines at all).
WRITTEN, TYPED = "written", "typed"


def keeps_lines(doc_id: str) -> str:
    """WRITTEN for a document whose line breaks are the writer's (WRITTEN_LINES: PDF, Word,
    HTML), TYPED for a plain-text file's (TYPED_LINES: a line of its own or a hard wrap, told
    apart by block_lines), else "" (false)."""
    name = doc_id.lower()
    return WRITTEN if name.endswith(WRITTEN_LINES) else TYPED if name.endswith(TYPED_LINES) else ""


def _wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when a break between the lines reads as no sentence end (WRAPPED_END) to the CRF
    model, the block read with its line breaks as spaces."""
    from .clauses import _end_marginals

    start, end = lines[0][0], lines[-1][1]
    flat = re.sub(r"[\r\n]", " ", text[start:end])
    ends = {a: p for a, b, p in _end_marginals(flat)}
    return any(ends.get(x[1] - start, 1.0) < WRAPPED_END for x, _ in pairwise(lines))


def _trimmed_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of text[start:end], trimmed."""
    return [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.start() + len(m.group().rstrip()))
        for m in _LINES.finditer(text, start, end)
        if m.group().strip()
    ]


def block_lines(
    text: str, start: int, end: int, headings: Collection[str] = (), typed: bool = False
) -> list[tuple[int, int]]:
    """The answer sentences of the blocks of short lines in text[start:end] (see
    LINE_BLOCK_CHARS), trimmed, in order; a line naming one of the document's headings is none;
    typed (a plain-text file's): none of a block wrapped by hand (_wrapped)."""
    found: list[tuple[int, int]] = []
    cuts = [start]
    for match in BLANK_LINE.finditer(text, start, end):
        cuts += [match.start(), match.end()]
    cuts.append(end)
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        lines = _trimmed_lines(text, a, b)
        if len(lines) < 2 or any(
            y - x > LINE_BLOCK_CHARS
            or CELL_SEPARATOR in text[x:y]
            or field_label(text[x:y]) is not None
            or is_list_item(text, (x, y))
            for x, y in lines
        ):
            continue
        if any(wraps_inside_a_word(text, x[1], y[0]) for x, y in pairwise(lines)):
            continue
        if typed and _wrapped(text, lines):
            continue
        merged: list[tuple[int, int]] = []
        for x, y in lines:
            if _is_heading_name(text[x:y], headings):
                continue
            first_short = len(merged) == 1 and merged[0][1] - merged[0][0] < MIN_LINE_CHARS
            if merged and (y - x < MIN_LINE_CHARS or first_short):
                merged[-1] = (merged[-1][0], y)
            else:
                merged.append((x, y))
        found.extend(merged)
    return found


def stands_alone(text: str, start: int, end: int, lines: str | bool = False) -> bool:
    """True when the answer sentence text[start:end] is a whole table row (CELL_SEPARATOR), a
    field line (sentence_label) or, in a document that keeps its lines (keeps_lines: `lines`),
    a line of a block of short lines (block_lines): an answer of its own, never joined to the
    lines around it (the README: each row is its own answer sentence; FRESH15 §6 saw two rows
    as one answer)."""
    whole = (start == 0 or text[start - 1] in "\r\n") and (end == len(text) or text[end] in "\r\n")
    if whole and CELL_SEPARATOR in text[start:end]:
        return True
    if lines and whole and end - start <= LINE_BLOCK_CHARS * 2:
        paragraph_start = max(text.rfind("\n\n", 0, start) + 2, 0)
        paragraph_end = text.find("\n\n", end)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        blocks = _paragraph_block_lines(text, paragraph_start, paragraph_end, lines == TYPED)
        if (start, end) in blocks:
            return True
    return sentence_label(text, start, end) is not None


@lru_cache(maxsize=64)
def _paragraph_block_lines(
    text: str, start: int, end: int, typed: bool = False
) -> frozenset[tuple[int, int]]:
    """block_lines of one paragraph, kept: answer.best_sentence asks stands_alone of a hit's
    sentence and of each neighbour it might join (up to six calls a hit, each ~50 µs of regexes
    over the same paragraph). A document's text is one str object, hashed once."""
    return frozenset(block_lines(text, start, end, typed=typed))


def row_lines(
    text: str, start: int, end: int, headings: Collection[str] = ()
) -> list[tuple[int, int]]:
    """The lines of text[start:end] that are one sentence each: a table row (CELL_SEPARATOR,
    or three cells or more set apart by tabs: a table pasted into a .txt from a spreadsheet or a
    Word table, "14 มกราคม 2570⇥07.00 น.⇥ออกเดินทาง…", one answer sentence a row as the same
    table is in .docx, .html and .md) or a field line (field_line), trimmed, in order."""
    rows = []
    for match in _LINES.finditer(text, start, end):
        row = match.group()
        tabbed = row.strip().count("\t") >= 2
        if row.strip() and (
            CELL_SEPARATOR in row or tabbed or field_line(text, *match.span(), headings)
        ):
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


# A Markdown table ("| วิชา | วันสอบ | ห้องสอบ |⏎|---|---|---|⏎| ภาษาไทย | วันอังคาร | ห้อง 305 |"):
# its rows are the file's own text, shown as they are (an answer is an exact piece of the file),
# but each row is embedded as the Word and HTML readers write a row under a header, "header:
# value | …" (extract.types.table_lines): "วิชา: ภาษาไทย | วันสอบ: วันอังคาร | ห้องสอบ: ห้อง 305"
# says what each cell is, as the bare row does not (FRESH16a K1).
_MARKDOWN_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*")
_RULE_CELL = r"[ \t]*:?-{3,}:?[ \t]*"
_MARKDOWN_RULE = re.compile(rf"[ \t]*\|?(?:{_RULE_CELL}\|)+(?:{_RULE_CELL})?[ \t]*")


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def sentence_text(text: str, start: int, end: int) -> str:
    """What an answer sentence text[start:end] is embedded as: a Markdown table's row under
    its header row as "header: value | …" (extract.types' CELL_SEPARATOR and
    HEADER_SEPARATOR), any other sentence as it is."""
    said = text[start:end]
    if not _MARKDOWN_ROW.fullmatch(said):
        return said
    line_start = text.rfind("\n", 0, start) + 1
    lines = text[:line_start].splitlines()
    above = []
    for line in reversed(lines):  # the table's lines above this row, nearest first
        if not _MARKDOWN_ROW.fullmatch(line):
            break
        above.append(line)
    if len(above) < 2 or not _MARKDOWN_RULE.fullmatch(above[-2]):
        return said  # no header row and rule at the table's top (or this row is the header)
    names, values = _cells(above[-1]), _cells(said)
    if len(names) != len(values):
        return said
    return CELL_SEPARATOR.join(
        f"{name}{HEADER_SEPARATOR}{value}" if name else value
        for name, value in zip(names, values, strict=True)
        if value
    )


def markdown_header(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a Markdown table's header row (its rule row under it): the
    column names, no answer of their own (a Word or HTML table's header is no line either)."""
    if not _MARKDOWN_ROW.fullmatch(text, start, end):
        return False
    after = text.find("\n", end)
    if after < 0:
        return False
    next_end = text.find("\n", after + 1)
    return bool(
        _MARKDOWN_RULE.fullmatch(
            text[after + 1 : len(text) if next_end < 0 else next_end].rstrip("\r")
        )
    )
