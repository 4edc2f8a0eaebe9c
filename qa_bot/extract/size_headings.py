"""A PDF's headings known only by their font size, as section marks.

A PDF without bookmarks tells its headings only by how they are set: a browser's h2 or Word's
Heading 1 is a line in a larger font (layout.HEADING_SIZE; LineShapes.heading_sizes), a
paragraph of its own (layout.mark_paragraphs). `size_headings` gives those lines as section
marks, flagged `by_size`: the corpus takes the headings a document's text numbers (a law's
มาตรา, a report's chapters, numbered headings) before them, and them before lines that merely
stand alone (corpus.extracted).

Left out: the title (the document's first lines when they are set in a heading size; the
document's title, not a section), and headings of fewer than MIN_SIZE_HEADINGS.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .layout import LineShapes, line_key
from .types import SectionMark, clean_label

MIN_SIZE_HEADINGS = 2  # fewer headings than this are no outline (one large line: a banner)
MAX_LEVELS = 3  # heading sizes beyond the third largest are level 3 too


# A page number set large ("II", "14") heads nothing.
_PAGE_NUMBER = re.compile(r"^(?:[0-9\u0e50-\u0e59]+|[ivxlcdm]+)$", re.IGNORECASE)
# A heading has text under it: a line of at least this many letters before the next heading (a
# caption over a picture, a decree's king's title in two lines, has none).
MIN_BODY_LETTERS = 20


def _body_after(
    texts: Sequence[str], page_starts: Sequence[int], start: int, end: int | None
) -> bool:
    """Whether the joined text holds a line of MIN_BODY_LETTERS letters after the heading line
    at `start` and before `end` (the next heading; None: the text's end)."""
    for number, page in enumerate(texts):
        for at, line in _lines(page):
            offset = page_starts[number] + at
            if offset <= start:
                continue
            if end is not None and offset >= end:
                return False
            if len(line_key(line)) >= MIN_BODY_LETTERS:
                return True
    return False


def _lines(page: str) -> list[tuple[int, str]]:
    """(offset, line) of every line of a page's text."""
    found, at = [], 0
    for line in page.split("\n"):
        found.append((at, line))
        at += len(line) + 1
    return found


def size_headings(
    texts: Sequence[str], shapes: Sequence[LineShapes], page_starts: Sequence[int]
) -> list[SectionMark]:
    """The heading lines of each page's final text (its lines whose letters are a heading
    line's, LineShapes.heading_sizes), a heading's lines of one size taken together, as
    SectionMarks (offsets in the joined text: page_starts), level 1 for the largest size;
    [] when fewer than MIN_SIZE_HEADINGS are found after the title."""
    found: list[tuple[str, int, float]] = []  # label, start, size
    # The title: the document's first lines when set in a heading size, up to its first body
    # line or a line of another size (a heading under the title).
    title_size: float | None = None  # None: not yet known; 0.0: past the title
    for number, page in enumerate(texts):
        sizes = dict(shapes[number].heading_sizes) if number < len(shapes) else {}
        run: list[tuple[int, str]] = []
        run_size = 0.0
        for at, line in [*_lines(page), (len(page), "")]:
            size = sizes.get(line_key(line), 0.0) if line.strip() else 0.0
            if run and (size != run_size or not line.strip()):
                if run_size != title_size:
                    label = clean_label(" ".join(text.strip() for _, text in run))
                    found.append((label, page_starts[number] + run[0][0], run_size))
                run = []
            if not line.strip():
                continue
            if title_size is None:
                title_size = size
            elif size != title_size:
                title_size = 0.0
            if size:
                run.append((at, line))
                run_size = size
    found = [
        (label, start, size)
        for n, (label, start, size) in enumerate(found)
        if not _PAGE_NUMBER.match(label)
        and _body_after(texts, page_starts, start, found[n + 1][1] if n + 1 < len(found) else None)
    ]
    if len(found) < MIN_SIZE_HEADINGS:
        return []
    ranked = sorted({size for _, _, size in found}, reverse=True)
    return [
        SectionMark(label, start, min(ranked.index(size) + 1, MAX_LEVELS), by_size=True)
        for label, start, size in found
        if label
    ]
