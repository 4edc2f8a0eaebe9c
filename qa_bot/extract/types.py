"""What extraction returns: text with its sections, page boundaries, title and skipped pages."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QABotError

BLOCK_SEPARATOR = "\n\n"  # between paragraphs, tables and pages: a paragraph break for the corpus
MAX_LABEL_CHARS = 80  # a longer "heading" is a paragraph styled as one, not a section label

# The section of a web page's sidebar or footer that has no heading of its own (Thai, then
# English in brackets: corpus.sections reads it as both labels; extract/html.py).
PAGE_PART_LABELS = {"footer": "ท้ายหน้า (Page footer)", "aside": "แถบด้านข้าง (Sidebar)"}


class ExtractionError(QABotError):
    """A document cannot be read: encrypted, corrupt, not what its extension says, no text."""


@dataclass(frozen=True)
class SectionMark:
    """A heading: its label, its nesting level (1 = top) and where it starts in the text."""

    label: str
    start: int  # offset of the heading's line in Extracted.text
    level: int = 1
    # Known by its font size alone (a PDF without bookmarks: extract.size_headings): the corpus
    # takes the headings the text numbers before these (corpus.extracted).
    by_size: bool = False


@dataclass(frozen=True)
class SkippedPage:
    """A page whose text could not be indexed, with why (Thai and English)."""

    page: int  # 1-based
    reason_th: str
    reason_en: str


@dataclass(frozen=True)
class Extracted:
    """A document's repaired text and its structure.

    `page_starts[i]` is the offset in `text` where page i + 1 begins (PDFs only; empty for other
    formats). Sections are in text order. `extractor` names the library (or, for PDFs, the
    libraries chosen page by page). `code_spans` are (start, end) offsets in `text` of its code
    blocks (an HTML page's <pre>), in order: searchable, never an answer sentence.
    """

    text: str
    title: str
    format: str  # "pdf", "docx", "html"
    sections: tuple[SectionMark, ...] = ()
    page_starts: tuple[int, ...] = ()
    skipped: tuple[SkippedPage, ...] = ()
    extractor: str = ""
    notes: tuple[str, ...] = field(default=())
    code_spans: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character `offset`, or None when the format has no pages."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))


def clean_label(text: str) -> str | None:
    """A heading's text as a section label, or None when it cannot be one.

    Headings abused for layout ("ชื่อวิทยานิพนธ์\\tHyBiX: …": a field and its value in a
    Heading style) hold a tab or run long; they are not sections.
    """
    if "\t" in text:
        return None
    label = " ".join(text.split())
    if not label or len(label) > MAX_LABEL_CHARS:
        return None
    return label


# What a file's own title field holds when nobody gave it a title: a file name ("part1.doc"),
# the name Word puts before it in a PDF ("Microsoft Word - part1.doc"), an editor's default
# ("Untitled", "Document1", "เอกสาร1"), or a template's bracketed placeholder ("(ตัวอย่างปกนอก
# แบบ…)", "[Title]", "<ชื่อเรื่อง>").
FILE_NAME = re.compile(r"\.\w{2,4}$")
_WORD_PREFIX = re.compile(r"^Microsoft (?:Word|PowerPoint|Excel) - ")
_DEFAULT_NAMES = re.compile(
    r"^(?:untitled|document|title|presentation|slide|เอกสาร|ชื่อเรื่อง|ไม่มีชื่อ)[\s_-]*\d*$",
    re.IGNORECASE,
)
# A table row as the extractors write it: its cells joined by this (Word and HTML tables);
# answer_types reads a table's header unit by it.
CELL_SEPARATOR = " | "
# A data row's cell under a header is written "header: value" (HEADER_SEPARATOR): the row's line
# reads alone ("รายการ: ครุภัณฑ์สำนักงาน | งบประมาณ (บาท): 1,250,000"), so a question about one
# row finds, and is answered by, that row's line.
HEADER_SEPARATOR = ": "


@dataclass(frozen=True)
class Cell:
    """A table cell at one grid column: `key` is the same for every column a merged cell spans
    (so it is read once), `text` its text with whitespace folded."""

    key: object
    text: str


def table_lines(rows: Sequence[Sequence[Cell]], header: bool) -> list[str]:
    """A table as lines, one a row, its cells joined by CELL_SEPARATOR (a merged cell read once,
    empty cells left out). With header, the first row names the columns: it is not a line of
    its own, and each later row's cell is "header: value" (HEADER_SEPARATOR; a column without
    a header, such as a matrix's corner, gives its value alone).
    rows: one Cell a grid column (a cell spanning columns repeated)."""
    names = [cell.text for cell in rows[0]] if header and rows else []
    lines = []
    for row in rows[1:] if names else rows:
        if names and [cell.text for cell in row] == names:
            continue  # the header repeated (a table split across pages)
        cells: list[str] = []
        previous: object = None
        for column, cell in enumerate(row):
            if previous is not None and cell.key == previous:
                continue  # the rest of a cell spanning several columns
            previous = cell.key
            if not cell.text:
                continue
            name = names[column] if column < len(names) else ""
            same = not name or name == cell.text
            cells.append(cell.text if same else f"{name}{HEADER_SEPARATOR}{cell.text}")
        if cells:
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


def is_header_row(rows: Sequence[Sequence[Cell]]) -> bool:
    """Whether the first row can name the columns of the rows under it: there are rows under
    it, and it has at least two distinct non-empty cells, each short enough for a label
    (MAX_LABEL_CHARS). The formats say whether it is marked as a header (word.py, html.py)."""
    if len(rows) < 2:
        return False
    first = {cell.key: cell.text for cell in rows[0] if cell.text}
    return len(first) >= 2 and all(len(text) <= MAX_LABEL_CHARS for text in first.values())


_BRACKETS = {"(": ")", "[": "]", "<": ">", "{": "}", "“": "”", '"': '"'}
# A web page's <title> names its site too: "Article • Site", "Page | Site".
_TITLE_PARTS = re.compile(r"\s+[•|]\s+")


def metadata_title(raw: str, repair: Callable[[str], str] = lambda text: text) -> str:
    """A file's own title field (Word's core properties, PDF /Title, HTML <title>) as a
    document title, or "" when it names no document (see FILE_NAME … _BRACKETS): repaired,
    whitespace folded, a part repeated after " • " or " | " dropped ("thaipdf • thaipdf")."""
    title = " ".join(repair(_WORD_PREFIX.sub("", raw.strip())).split())
    if not title or FILE_NAME.search(title) or _DEFAULT_NAMES.match(title):
        return ""
    if _BRACKETS.get(title[0]) == title[-1] and len(title) > 2:
        return ""
    parts = _TITLE_PARTS.split(title)
    if len(parts) > 1:
        kept = list(dict.fromkeys(part.casefold() for part in parts))
        if len(kept) < len(parts):
            title = " • ".join(next(p for p in parts if p.casefold() == k) for k in kept)
    return title


def join_blocks(
    blocks: Sequence[str], path: Path, why_th: str = "", why_en: str = ""
) -> tuple[str, list[int]]:
    """The blocks joined by BLOCK_SEPARATOR, and where each starts in the joined text.

    Raises ExtractionError when there is no text at all.
    """
    starts, offset = [], 0
    for block in blocks:
        starts.append(offset)
        offset += len(block) + len(BLOCK_SEPARATOR)
    text = BLOCK_SEPARATOR.join(blocks)
    if not text.strip():
        raise ExtractionError(
            f"ไม่พบข้อความใน {path.name}{why_th}", f"No text found in {path.name}{why_en}"
        )
    return text, starts


# A list item's number as a Word list level or an HTML <ol> shows it (ECMA-376 ST_NumberFormat
# names: decimal, the Thai digits and letters, Roman numerals, Latin letters).
_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def formatted_number(n: int, number_format: str) -> str:
    """n in a Word list level's number format (unknown formats as decimal)."""
    if number_format == "thaiNumbers":
        return str(n).translate(_THAI_DIGITS)
    if number_format in ("thaiLetters", "thaiCounting") and 0 < n <= len(_THAI_LETTERS):
        return _THAI_LETTERS[n - 1]
    if number_format in ("lowerLetter", "upperLetter") and 0 < n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("lowerRoman", "upperRoman") and n > 0:
        return _roman(n).upper() if number_format == "upperRoman" else _roman(n)
    return str(n)
