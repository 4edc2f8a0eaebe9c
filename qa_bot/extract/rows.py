"""Table rows and list items a PDF extractor gave one cell a line, made one line again.

pypdf gives each text run a line: a table's cells, a list item's number and its text at a tab
stop. `join_printed_rows` reads where each run is printed (pypdfium2's character boxes, as
extract.layout's `VisualLine.cells`: runs of letters set apart by wide gaps, CELL_GAP) and makes
a table row one line "header: value | …" (the Word and HTML readers' form) and a list item
"1. บัตร…" again. The paragraphs of the page are marked after it (extract.layout).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .layout import SAME_LINE, VisualLine, line_key

# A list item's mark standing as a cell of its own (set apart from the item's text by a tab
# stop): "1.", "๒)", "(3)", a bullet.
LIST_MARK = re.compile(
    r"^(?:[0-9\u0e50-\u0e59]{1,3}[.)]|\(\s*[0-9\u0e50-\u0e59]{1,3}\s*\)"
    r"|[•●○◦▪■□◆❖➢►✓\uf0b7\uf0a7\uf0d8-])$"
)
# A table has rows of at least this many cells: two runs of text side by side on one baseline
# are as often a page's two columns (which must stay apart) as a two-column table.
MIN_TABLE_CELLS = 3
# A wrapped cell's next line lies below its row within this many letter heights (the
# handout's table: 15 pt pitch, 6.2 pt letters; its list: 17 pt, 6.8 pt) and starts where
# the cell does, give or take CELL_ALIGN points.
CELL_BELOW = 3.5
CELL_ALIGN = 2.0


@dataclass(frozen=True)
class _Row:
    """A printed row: the cells of every printed line on one baseline, left to right."""

    cells: tuple[tuple[str, float, float], ...]
    baseline: float
    height: float


def _rows(lines: Sequence[VisualLine]) -> list[_Row]:
    """A page's printed lines on one baseline (within SAME_LINE) merged into rows: pypdfium2
    may give a table row's last cell after the next line of a wrapped cell."""
    rows: list[_Row] = []
    for line in lines:
        cells = line.cells or ((line.key, line.left, line.right),)
        for n, row in enumerate(rows):
            if abs(row.baseline - line.baseline) <= SAME_LINE * max(line.height, 1.0):
                merged = tuple(sorted(row.cells + cells, key=lambda c: c[1]))
                rows[n] = _Row(merged, row.baseline, max(row.height, line.height))
                break
        else:
            rows.append(_Row(cells, line.baseline, line.height))
    return rows


def _cut(line: str, lengths: Sequence[int]) -> list[str]:
    """A text line cut into the cells whose keys have these lengths (line_key letters), each
    stripped: a cell ends at the first space or letter after its last letter, so it keeps its
    marks and the next cell its leading vowel ("วัน เวลา" → "วัน", "เวลา")."""
    parts: list[str] = []
    start, count, target = 0, 0, 0
    ends = list(itertools.accumulate(lengths))
    for at, char in enumerate(line):
        letters = len(line_key(char))
        if (
            (letters or char.isspace())
            and target < len(ends) - 1
            and count >= ends[target]
            and at > start
        ):
            parts.append(line[start:at].strip())
            start, target = at, target + 1
        count += letters
    parts.append(line[start:].strip())
    return parts


def _at_spaces(line: str, parts: Sequence[str]) -> bool:
    """Whether the cells cut from a line (_cut) were set apart by spaces in it: a cut inside a
    word means the letters' boxes are wrong (a Distiller PDF's PUA glyphs), not a gap."""
    at = 0
    for n, part in enumerate(parts):
        found = line.find(part, at)
        if found < 0:
            return False
        if n and part and not line[found - 1].isspace():
            return False
        at = found + len(part)
    return True


def _glue(left: str, right: str) -> str:
    """Nothing between two Thai letters (a cell's line wrapped inside a phrase) or after a
    Latin word's hyphen ("cardi-⏎nality"), else a space."""
    if re.search(r"[A-Za-z]-$", left):
        return ""
    thai = re.compile(r"[\u0e01-\u0e4e]")
    return "" if left and right and thai.match(left[-1]) and thai.match(right[0]) else " "


def _page_rows(
    text: str, printed: Sequence[VisualLine]
) -> list[str | tuple[_Row, list[str], list[str]]]:
    """The page's text lines, those that are the cells of one printed row (in the row's order,
    a wrapped cell's next lines among them) replaced by (row, each cell's text)."""
    lines = text.split("\n")
    keys = [line_key(line) for line in lines]
    rows = _rows(printed)
    # A key → the (row, first cell, last cell) it may be: a cell's text recurs ("วันแรก"),
    # and the row is the one whose other cells follow.
    spans: dict[str, list[tuple[int, int, int]]] = {}
    alone: dict[str, list[int]] = {}  # the key of a row of one cell → the rows
    for r, row in enumerate(rows):
        if len(row.cells) == 1:
            alone.setdefault(row.cells[0][0], []).append(r)
            continue
        for a in range(len(row.cells)):
            for b in range(a, len(row.cells)):
                key = "".join(c[0] for c in row.cells[a : b + 1])
                spans.setdefault(key, []).append((r, a, b))
    found: list[str | tuple[_Row, list[str], list[str]]] = []
    i = 0
    while i < len(lines):
        for r, first, _ in spans.get(keys[i], []) if keys[i] else []:
            if first == 0 and (matched := _match_row(lines, keys, i, rows, r, spans, alone)):
                found.append((rows[r], matched[0], lines[i : matched[1]]))
                i = matched[1]
                break
        else:
            found.append(lines[i])
            i += 1
    return found


def _match_row(
    lines: Sequence[str],
    keys: Sequence[str],
    i: int,
    rows: Sequence[_Row],
    r: int,
    spans: dict[str, list[tuple[int, int, int]]],
    alone: dict[str, list[int]],
) -> tuple[list[str], int] | None:
    """Row r's cells' texts read from line i on, and the line after them; None when the lines
    from i are not all of its cells in order."""
    row = rows[r]
    cells: list[list[str]] = [[] for _ in row.cells]
    done, j, below = 0, i, row.baseline
    while j < len(lines) and keys[j]:
        span = next((s for s in spans.get(keys[j], []) if s[0] == r and s[1] == done), None)
        if span and done < len(row.cells):
            lengths = [len(c[0]) for c in row.cells[span[1] : span[2] + 1]]
            parts = _cut(lines[j], lengths)
            if not _at_spaces(lines[j], parts):
                return None
            for n, part in enumerate(parts):
                cells[span[1] + n].append(part)
            done, j = span[2] + 1, j + 1
            continue
        # A wrapped cell's next line, among the row's cells or after its last
        # ("2.⇥…ก่อน⏎⇥วันเปิดค่าย…").
        more = next(
            (
                (n, rows[a].baseline)
                for a in alone.get(keys[j], [])
                if (n := _continued(rows[a], row, done, below)) is not None
            ),
            None,
        )
        if more is None:
            break
        cells[more[0]].append(lines[j].strip())
        below, j = more[1], j + 1
    if done < len(row.cells):
        return None
    texts = []
    for parts in cells:
        joined = ""
        for part in parts:
            joined += (_glue(joined, part) if joined else "") + part
        texts.append(joined)
    return texts, j


def _continued(line: _Row, row: _Row, done: int, below: float) -> int | None:
    """Which cell of `row` (one already read: below `done`; never the first, where a
    paragraph's next line starts too) the one-cell row `line` continues, or None: it lies
    just below the row's last line read (`below`, CELL_BELOW) and starts where the cell does."""
    if not 0 < below - line.baseline <= CELL_BELOW * max(row.height, 1.0):
        return None
    left = line.cells[0][1]
    for n in range(1, done):
        if abs(row.cells[n][1] - left) <= CELL_ALIGN:
            return n
    return None


_DIGIT = re.compile(r"[0-9\u0e50-\u0e59]")  # a header row names its columns: no numbers, times


def _worded(texts: Sequence[str]) -> bool:
    """At least two of a row's cells hold a word (two letters or more)."""
    return sum(len(re.findall(r"[^\W\d_]", text)) >= 2 for text in texts) >= 2


def _same_columns(row: _Row, other: object) -> bool:
    """Whether `other` (a _page_rows item) is a row of the same table as `row`: a table's rows
    have MIN_TABLE_CELLS cells or more, as many as each other, starting where each other's do
    (within CELL_ALIGN, every one: a justified line's words do not), two of them words at
    least (a contents line's are a number, a title and a page), and no list mark."""
    if isinstance(other, str) or len(row.cells) < MIN_TABLE_CELLS:
        return False
    below, texts, _ = other  # type: ignore[misc]
    if len(below.cells) != len(row.cells) or LIST_MARK.match(texts[0]) or not _worded(texts):
        return False
    return all(abs(a[1] - b[1]) <= CELL_ALIGN for a, b in zip(row.cells, below.cells, strict=True))


def join_printed_rows(pages: Sequence[str], printed: Sequence[Sequence[VisualLine]]) -> list[str]:
    """Each page's text with the rows the extractor gave one cell a line made one line again:
    a table's rows (MIN_TABLE_CELLS cells or more, in columns: _same_columns) each as its
    cells joined by " | " — under a header row (types.is_header_row, no numbers in it) each
    "header: value", as the Word and HTML readers give a table —, and a list item's number
    and its text ("1.⏎บัตรประจำตัว…" → "1. บัตรประจำตัว…"). A wrapped cell's lines are joined
    into it (nothing between two Thai letters, else a space). Every other line stays as it
    is. printed: each page's printed lines (visual_lines)."""
    from .types import Cell, is_header_row, table_lines

    joined = []
    for number, text in enumerate(pages):
        lines = printed[number] if number < len(printed) else ()
        if not any(len(line.cells) > 1 for line in lines):
            joined.append(text)
            continue
        found = _page_rows(text, lines)
        out: list[str] = []
        n = 0
        while n < len(found):
            item = found[n]
            if isinstance(item, str):
                out.append(item)
                n += 1
                continue
            row, texts, read = item
            table = [item]
            while (
                n + len(table) < len(found)
                and _worded(texts)
                and _same_columns(row, found[n + len(table)])
            ):
                table.append(found[n + len(table)])  # type: ignore[arg-type]
            # A row neither a table's nor a list item's stays as the extractor gave it (a
            # form's label and value: paragraph marks are found on its lines).
            if len(table) > 1:
                rows = [[Cell(c, t) for c, t in enumerate(t[1])] for t in table]  # type: ignore[index]
                named = is_header_row(rows) and not any(
                    _DIGIT.search(cell.text) for cell in rows[0]
                )
                out.extend(table_lines(rows, named))
            elif len(table) == 1 and len(read) > 1 and LIST_MARK.match(texts[0]):
                whole = read[0]
                for part in read[1:]:
                    whole = whole.rstrip()
                    whole += _glue(whole, part.strip()) + part.strip()
                out.append(whole)
            else:
                for t in table:
                    out.extend(t[2])  # type: ignore[index]
            n += len(table)
        joined.append("\n".join(out))
    return joined
