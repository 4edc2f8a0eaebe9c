"""A Markdown file's tables as the Word and HTML readers write a table: one line a row, each cell
under its column's header ("วัน: เสาร์ | เวลาเปิด: 09:00 น. | เวลาปิด: 12:00 น.", types.table_lines).

"| เสาร์ | 09:00 น. | 12:00 น. |" shown alone as an answer does not say which time opens and which
closes (FRESH20a K9); the same table in a .docx is answered "header: value". The rest of the file
is kept as written, character for character. Tables are found by markdown-it-py (its GFM table
rule: a header row, a delimiter row "|---|", then body rows; escaped pipes and code spans in
cells read as CommonMark reads them); only a table at the top level of the file (not in a list
or block quote, whose lines carry their markers) is rewritten.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .types import Cell, is_header_row, table_lines

# The inline tokens whose content is a cell's visible text (markdown-it-py token types); marks
# such as ** or a link's brackets are left out, an image shows its alternative text.
_TEXT_TOKENS = frozenset({"text", "code_inline", "image"})
_BREAK_TOKENS = frozenset({"softbreak", "hardbreak"})
_LONE_CR = re.compile(r"\r(?!\n)")


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _cell_text(inline: Any) -> str:
    """A cell's visible text, whitespace folded."""
    parts = []
    for child in inline.children or ():
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type in _BREAK_TOKENS:
            parts.append(" ")
    return " ".join("".join(parts).split())


def _tables(text: str) -> list[tuple[int, int, list[list[Cell]]]]:
    """The top-level tables of text: (first line, line after the last, rows of cells)."""
    found: list[tuple[int, int, list[list[Cell]]]] = []
    rows: list[list[Cell]] = []
    span: tuple[int, int] | None = None
    for token in _parser().parse(text):
        if token.type == "table_open" and token.level == 0 and token.map:
            span, rows = (token.map[0], token.map[1]), []
        elif span is None:
            continue
        elif token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(Cell(len(rows[-1]), _cell_text(token)))
        elif token.type == "table_close" and token.level == 0:
            found.append((span[0], span[1], rows))
            span = None
    return found


def tables_with_headers(text: str) -> str:
    """text with each top-level Markdown table's lines replaced by types.table_lines: a row a
    line, its cells "header: value" when the header row can name the columns
    (types.is_header_row; a table whose header cells are empty keeps its rows bare), the header
    and delimiter rows no lines of their own. Text without a table is returned as it is."""
    # markdown-it-py numbers lines after reading "\r\n" and a lone "\r" as "\n": a file with a
    # lone "\r" (neither Unix nor Windows line ends) is left as it is.
    if "|" not in text or "-" not in text or _LONE_CR.search(text):
        return text
    tables = _tables(text)
    if not tables:
        return text
    lines = text.split("\n")  # a line keeps a Windows "\r"; the last has no "\n" after it
    for first, end, rows in reversed(tables):
        carriage = "\r" if lines[end - 1].endswith("\r") else ""
        written = [line + carriage for line in table_lines(rows, is_header_row(rows))]
        lines[first:end] = written
    return "\n".join(lines)
