"""A PDF's wrapped lines joined back into their paragraph's text.

After layout.mark_paragraphs a blank line ends each paragraph, and the single line breaks left
inside one are where the page ran out of width: "…นับแต่วันที่พระราชกฤษฎีกานี้⏎ใช้บังคับ" (the
Royal Gazette decree of ../shared/docs-samples) was an answer sentence with a line break in its
middle. `join_wrapped` takes such a break out: nothing in its place between two Thai letters
(Thai writes no space between words; the margin cut a phrase), a space elsewhere (a Latin
word, a number), nothing after a Latin word's hyphen ("Davis-⏎Monthan").

Whether a printed line ended at a space, pypdf's raw text says (`spaced_ends`: Word writes the
space before the break, "…อย่างแท้จริง ⏎งานซ่อมบำรุงอากาศยาน"; "…ทำได้ยอดเยี่ยม⏎ในทุกอย่าง" has
none). It does not choose the glue: iText and Distiller write one at most line ends, inside
words too ("คณะกรรมการ ⏎การเลือกตั้ง"). It tells a line standing alone: a short line that ends
its paragraph, after a line that ended at a space short of the margin (a paragraph's end), is
a heading or a one-line paragraph, and gets a blank line before it (the story PDF's
"งานซ่อมบำรุงอากาศยาน"); so does a long line after a short one that ended at a space (a
paragraph's last line, then the next paragraph).

A line break is taken out only after a line that reaches the right margin (LineShapes.full),
or that stops short of it where the next line's first word would not have fitted
(LineShapes.wrapped: ragged-right text, a browser's or Word's left-aligned Thai wrapped between
dictionary words, "…ผู้ที่เข้า⏎อบรมครบ…"), of a page whose text spans it
(LineShapes.spans_page): a page of short lines (a form, a
slide, a list of one-line entries) has no wrapped line, though its longest line sets a
"margin"; a line not matched to a printed one (its key is printed twice on the page, or the
extractors broke it differently) is read by the printed line it ends with, else left alone.
Kept as they are, too: a run of short lines (a title block, an address, a signature, field
lines),
a line set in from the left margin (an indented paragraph's first line, a centred line:
layout.INSET) unless it starts under the text of the line above (LineShapes.hanging: a list
item's wrapped line set in under the item's text), a line that opens a bullet item or a
numbered one ("2.10 …", "(3) …"), the lines of a contents page (each ends with its page
number), table rows and "label⇥value" lines, and a line after one ending with a colon (a list's
lead-in).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .layout import BULLET, LineShapes, line_key

# A line is short when its printed line ends short of the margin (LineShapes.short) or its
# letters (line_key) are fewer than SHORT_SHARE of the document's full line's (the
# FULL_QUANTILE of its lines' letter counts): a title page's centred lines reach no margin the
# page measures (too few lines), and some lines are not matched to a printed one. On the
# samples a wrapped body line holds 55–95 letters of a full line's 60–100, title, name and
# field lines 5–45.
SHORT_SHARE = 0.6
FULL_QUANTILE = 0.9
MIN_LINES = 4  # fewer lines than this: no full line to measure against
MIN_SUFFIX_LETTERS = 12  # a printed line a text line ends with: this many letters at least
_THAI = re.compile(r"[\u0e01-\u0e4e]")
# A Latin word's or a number's hyphen at a line's end: "Davis-⏎Monthan", a phone number
# "035-521-⏎777" (a Thai printed notice's), joined with nothing between.
_LATIN_HYPHEN = re.compile(r"[A-Za-z0-9]-$")
_FIELD = re.compile(r"\t| \| ")
# A numbered item's line: "2.10 …", "(3) …", "4) …", "5. …" (layout.mark_paragraphs breaks
# before those in sequence; a list of figures or a contents page is not). A bare number is
# no item's: a wrapped line starts with one as often ("…จำนวนทั้งสิ้น⏎๑๒๐ คน", FRESH16a K3).
_NUMBERED = re.compile(
    r"^\s*(?:\(\s*[0-9\u0e50-\u0e59]{1,3}\s*\)|[0-9\u0e50-\u0e59]{1,3}"
    r"(?:(?:\.[0-9\u0e50-\u0e59]{1,3})+[.)]?|[.)]))\s"
)
# A contents line ends with its page number: Arabic or Thai digits, a Roman numeral, a Thai
# letter (front matter: "บทคัดย่อภาษาไทย ก").
_PAGE_NUMBER_END = re.compile(r"\s(?:[0-9\u0e50-\u0e59]{1,3}|[ivxlc]{1,6}|[ก-ฮ])$", re.I)


def spaced_ends(raw_pages: Sequence[str]) -> frozenset[str]:
    """The keys (layout.line_key) of the lines that end with a space or a tab in an extractor's
    raw text (pypdf's, before trailing spaces are dropped): where the printed line ended at a
    space. A key found ending both ways is left out (it says nothing)."""
    spaced, bare = set(), set()
    for page in raw_pages:
        for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            key = line_key(line)
            if key:
                (spaced if line != line.rstrip(" \t\u00a0") else bare).add(key)
    return frozenset(spaced - bare)


# A printed line that ended on a wider gap than a word's, two spaces or more in the raw text
# ("…ได้ปฏิบัติหน้าที่ตั้งแต่␣␣⏎พ.ศ.␣␣๒๕๖๒", "…เจ้าอยู่หัว␣␣␣⏎มีพระบรมราชโองการ…": the Royal Gazette
# decree of ../shared/docs-samples, which spaces its clauses with two), wrapped at a clause's
# space: the join keeps a space there, even between two Thai letters ("ตั้งแต่พ.ศ." lost it).
# A single trailing space says nothing (iText writes one at most line ends, inside words too).
WIDE_GAP = re.compile(r"(?:[ \u00a0]{2,}|\t)$")


def wide_ends(raw_pages: Sequence[str]) -> frozenset[str]:
    """The keys (layout.line_key) of the lines that end with a wide gap (WIDE_GAP) in an
    extractor's raw text; a key found ending otherwise too is left out."""
    wide, other = set(), set()
    for page in raw_pages:
        for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            key = line_key(line)
            if key:
                (wide if WIDE_GAP.search(line) else other).add(key)
    return frozenset(wide - other)


def _short_letters(lines: Sequence[str]) -> float:
    """Fewer letters than this make a line short (see SHORT_SHARE); 0 when not measurable."""
    counts = sorted(len(line_key(line)) for line in lines if line.strip())
    if len(counts) < MIN_LINES:
        return 0.0
    return SHORT_SHARE * counts[int(FULL_QUANTILE * (len(counts) - 1))]


def _glue(left: str, right: str) -> str:
    """What replaces the line break between left and right: "" between two Thai letters or after
    a Latin word's or a number's hyphen ("Davis-⏎Monthan", "035-521-⏎777"), else a space."""
    if _LATIN_HYPHEN.search(left):
        return ""
    if left and right and _THAI.match(left[-1]) and _THAI.match(right[0]):
        return ""
    return " "


def join_wrapped(
    pages: Sequence[str],
    shapes: Sequence[LineShapes] | None = None,
    spaced: Collection[str] = frozenset(),
    wide: Collection[str] = frozenset(),
) -> list[str]:
    """Each page's text (paragraphs marked by blank lines: layout.mark_paragraphs) with the
    line breaks inside a paragraph taken out where a line wrapped (see the module's docstring).
    shapes: each page's printed line shapes (which lines end short); spaced: the keys of lines
    that ended at a space (spaced_ends); wide: those that ended on a clause's gap (wide_ends:
    joined with a space). Blank lines, and so paragraphs, stay as they are."""
    joined = []
    few = _short_letters([line for page in pages for line in page.split("\n")])
    for number, page in enumerate(pages):
        shape = shapes[number] if shapes and number < len(shapes) else LineShapes()
        lines = page.split("\n")

        def short(line: str) -> bool:
            key = line_key(line)
            return key in shape.short or len(key) < few  # noqa: B023

        def full(line: str) -> bool:
            """The line reaches the margin: it is a full printed line, or (two printed lines
            one extractor gave as one) ends with one."""
            key = line_key(line)
            if key in shape.full or key in shape.short:  # noqa: B023
                return key in shape.full  # noqa: B023
            # Or the two end alike: pypdfium2 garbles a shaped cluster of a browser's PDF
            # ("จัดขึ้นขึ้ ใน" for จัดขึ้นใน) that pypdf's text has right.
            tail = key[-MIN_SUFFIX_LETTERS:]
            return any(
                (key.endswith(k) or k.endswith(tail))
                and min(len(k), len(key)) >= MIN_SUFFIX_LETTERS
                for k in shape.full  # noqa: B023
            )

        out: list[str] = []
        for i, line in enumerate(lines):
            if not out or not out[-1].strip() or not line.strip():
                out.append(line)
                continue
            before = lines[i - 1]
            last_of_paragraph = i + 1 == len(lines) or not lines[i + 1].strip()
            at_space = line_key(before) in spaced
            ended = at_space and not full(before)  # ended at a space short of the margin
            if ended and last_of_paragraph and short(line) and not short(before):
                out.extend(("", line))  # a line alone after a paragraph's end: a heading
                continue
            keep = (
                not shape.spans_page
                or not (full(before) or line_key(before) in shape.wrapped)
                or short(before)
                or (line_key(line) in shape.inset and line_key(line) not in shape.hanging)
                or before.rstrip().endswith(":")
                or _FIELD.search(before)
                or _FIELD.search(line)
                or BULLET.match(line)
                or _NUMBERED.match(line)
                or (_PAGE_NUMBER_END.search(before.rstrip()) and _PAGE_NUMBER_END.search(line))
            )
            if keep:
                # A short line that ended at a space before a longer one: a paragraph ended.
                starts = at_space and short(before) and not short(line) and not _FIELD.search(line)
                out.extend(("", line) if starts else (line,))
                continue
            left = out[-1].rstrip()
            glue = " " if line_key(before) in wide else _glue(left, line.lstrip())
            out[-1] = left + glue + line.lstrip()
        joined.append("\n".join(out))
    return joined
