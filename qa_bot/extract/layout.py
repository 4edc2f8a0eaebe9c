"""Paragraphs of a PDF's text: which of its line breaks end a paragraph.

A PDF holds lines, not paragraphs: pypdf and pypdfium2 give each printed line a line break and
leave blank lines only where the page has a gap. The corpus reads a blank line as a paragraph
break (passages) and nothing else stops a sentence at a line break, so a page of wrapped lines
read as one paragraph: the Royal Gazette decree in ../shared/docs-samples gave one 594-character
"sentence" of seven lines (preamble, date and king's title) and one of มาตรา ๓, ๔ and ๕ together.

`mark_paragraphs` puts a blank line where a paragraph ends, from four signs a typesetter leaves:
- a clause or list item starts its own line: มาตรา N, หมวด N, ส่วนที่ N, ข้อ N, (N), N., a
  bullet (`Clauses`); numbered ones only in sequence (the next number of their kind, or 1:
  a new list, or the first มาตรา / หมวด) so a line wrapped before a cross-reference
  ("… ตามความใน\nมาตรา ๑๗๕ ของรัฐธรรมนูญ", "… ให้ยกเลิกความใน\nมาตรา ๑ แห่ง…") stays;
- a line that stops short of the right margin next to one that reaches it: the last line of a
  paragraph, a heading or a one-line paragraph before a full line;
- a line set well below the one before it (GAP_PITCHES): space between paragraphs;
- a line set in a larger font than the body text (HEADING_SIZE): a heading, a paragraph of its
  own even when nothing numbers it and no gap sets it apart (a browser's h2, Word's Heading 1).
Where each printed line ends and sits, and its font size, come from pypdfium2's characters
(`visual_lines`, `line_shapes`; the ghost letters of Chromium's PDFs left out, `_ghosts`); a
line of the chosen text is matched to its printed line by its letters (`line_key`), whichever
extractor gave it, and an unmatched line is left as it is. A run of
short lines (a centred title block, an address, a signature) stays one paragraph.

Before that, extract.rows' `join_printed_rows` makes the rows an extractor gave one cell a line
one line again (a table row as "header: value | …", a list item as "1. บัตร…"); the cells of a
printed line it reads are its runs of letters set apart by wide gaps (CELL_GAP,
`VisualLine.cells`).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..thai_dictionary import newmm
from .repair import map_thai_pua

# A line ends short when it stops more than SHORT_GAP of the text's width before the right
# margin, and is full when it ends within FULL_GAP of it; between the two (ragged-right text) it
# says nothing. The decree's full lines end at 523–526 pt of a 69–526 pt measure, its
# paragraphs' last lines at 106–468 pt (bench/RESULTS.md, bench/extraction.py).
SHORT_GAP = 0.15
FULL_GAP = 0.05
# The right margin is this quantile of the right ends of a page's lines (a URL or a table row
# running past the margin does not set it), the page's own when it has MIN_PAGE_LINES lines at
# least half the text's width, else the document's.
MARGIN_QUANTILE = 0.9
MIN_PAGE_LINES = 4
# Pieces of one printed line share a baseline: within this share of their letters' height.
SAME_LINE = 0.5
# Two letters of a line farther apart than this many letter heights are in different cells of
# a table row (or a list item's number and its text): a space between words is 0.4–0.6 of
# the height, a justified line's widest 1–1.5; FRESH16a's handout's table columns 4–30 and its
# list numbers 2.3–2.4 (tests/test_pdf_tables.py's: 4–25 and 2.1–2.2).
CELL_GAP = 2.0
# A line set this many times the document's usual line pitch (the median distance between
# neighbouring baselines) below the line before it starts a paragraph: space after a paragraph,
# a title block set apart from its author (the PhD thesis's title page: pitch 18 pt, gap 203).
GAP_PITCHES = 1.7
# A line set this many times the pitch below it (its paragraph's) below the line before it
# starts a paragraph too: a handout that leaves a blank line after every two-line paragraph
# has as many gaps as line pitches, so the median pitch is a gap (the tester's handbook: 17 pt
# lines, 34 pt gaps), and one that leaves half a line (the camp handout: 17 pt, 25 pt) stays
# under GAP_PITCHES; a double-spaced thesis body's pitch is the same above and below.
LOCAL_GAP_PITCHES = 1.4
# A line that starts more than INSET of the text's width right of the left margin is set in: a
# paragraph's indented first line, a centred title or name, never the rest of a wrapped
# paragraph (wraps.join_wrapped). A justified or ragged-right line starts at the margin, give
# or take a leading vowel's box (1–2 pt of a 450 pt measure); a paragraph's indent is 15 pt
# or more.
INSET = 0.03
# A page's lines can wrap only when its text runs across at least MIN_MEASURE_SHARE of the
# page's width (its measure, margin to margin): a Word page's is 0.75 of A4's, LaTeX's article
# class's 0.58; a page of a few short lines (a slide, a form, a generated list) has none, and
# its widest line is no full line (wraps.join_wrapped).
MIN_MEASURE_SHARE = 0.5


@dataclass(frozen=True)
class VisualLine:
    """A printed line: its letters (`line_key`), left and right ends, baseline and letter
    height (median of its base letters' boxes) in PDF points."""

    key: str
    left: float
    right: float
    baseline: float
    height: float = 0.0
    # The line's runs of letters set apart by a wide gap (CELL_GAP): a table row's cells, a
    # list item's number and its text: (key, left, right) each, left to right.
    cells: tuple[tuple[str, float, float], ...] = ()
    # How wide its first word is, in points (0: not measured): had the line before left more
    # room than this before the margin, the word would have been set there (`_wrapped`).
    lead: float = 0.0
    # Its font size in points (the median of its base letters' sizes, the text matrix applied;
    # 0: not measured): a line set larger than the body text is a heading (`heading_lines`).
    size: float = 0.0
    # Where its text starts after a list item's mark ("1.", "(2)", "•"): a wrapped item's next
    # line is set there (a hanging indent); its left end when it opens with no mark.
    body_left: float = 0.0


@dataclass(frozen=True)
class LineShapes:
    """The keys of a page's printed lines that end short of the margin, of those that reach
    it, of those set below a gap (GAP_PITCHES), and of those set in from the left margin
    (INSET)."""

    short: frozenset[str] = frozenset()
    full: frozenset[str] = frozenset()
    after_gap: frozenset[str] = frozenset()
    inset: frozenset[str] = frozenset()
    spans_page: bool = False  # the measure is MIN_MEASURE_SHARE of the page's width or more
    # Ragged lines (neither short nor full) that wrapped: the next line's first word would not
    # have fitted after them (`_wrapped`).
    wrapped: frozenset[str] = frozenset()
    # Lines set in (`inset`) that go on with the line above them (`_hanging`): a list item's
    # wrapped line under the item's text, a set-in block's next line.
    hanging: frozenset[str] = frozenset()
    # Lines set in a larger font than the body text (`body_and_heading_size`): headings, each a
    # paragraph of its own (mark_paragraphs).
    headings: frozenset[str] = frozenset()
    # Each heading line's font size (key, size): a title over a heading of another size are
    # two paragraphs.
    heading_sizes: tuple[tuple[str, float], ...] = ()
    # Lines set in and centred on the measure (CENTRED): a title block's lines.
    centred: frozenset[str] = frozenset()


def line_key(text: str) -> str:
    """A line's letters and digits without Thai vowels, tone marks or spacing: the same for
    pypdf's and pypdfium2's text of a line, before or after repair (SARA AM, PUA glyphs)."""
    return "".join(
        c
        for c in unicodedata.normalize("NFKC", map_thai_pua(text))  # ligatures: "ﬁ" → "fi"
        if c.isalnum() and not "\u0e30" <= c <= "\u0e4e"
    )


def visual_lines(
    text: str,
    boxes: Sequence[tuple[float, float, float, float]],
    sizes: Sequence[float] = (),
) -> list[VisualLine]:
    """pypdfium2's text of a page and each character's box (left, bottom, right, top) and font
    size (points; none given: not measured) → its printed lines: pypdfium2 cuts a line into
    pieces at a font change ("มาตรา" | "๑ พระราช…"); pieces whose baselines agree (SAME_LINE)
    are one line, their keys in left-to-right order. Ghost letters (`_ghosts`) are left out."""
    pieces: list[tuple[str, float, float, float, float]] = []  # key, left, right, base, height
    leads: list[float] = []  # each piece's first word's right end
    extra: list[tuple[float, float]] = []  # each piece's font size and body_left
    clusters: list[bool] = []  # each piece: a Thai cluster alone (consonants and marks)
    current: list[int] = []

    cells: list[tuple[tuple[str, float, float], ...]] = []  # each piece's

    def close() -> None:
        base = [i for i in current if not text[i].isspace() and not _is_mark(text[i])]
        if base:
            ghosts = _ghosts(text, boxes, base)
            if ghosts:
                kept = [i for i in current if i not in ghosts]
                current[:] = kept
                base = [i for i in base if i not in ghosts]
        if base:
            key = line_key("".join(text[i] for i in current))
            bottom = statistics.median(boxes[i][1] for i in base)
            height = statistics.median(boxes[i][3] - boxes[i][1] for i in base)
            left = min(boxes[i][0] for i in base)
            right = max(boxes[i][2] for i in base)
            pieces.append((key, left, right, bottom, height))
            cells.append(_cells(text, boxes, current, base, height))
            leads.append(_first_word_end(text, boxes, current))
            size = statistics.median(sizes[i] for i in base) if len(sizes) == len(text) else 0.0
            extra.append((size, _body_left(text, boxes, current, left)))
            chunk = "".join(text[i] for i in current if not text[i].isspace())
            clusters.append(bool(_THAI_CLUSTER.fullmatch(chunk)))
        current.clear()

    for i, char in enumerate(text):
        if char in "\r\n":
            close()
        else:
            current.append(i)
    close()
    lines: list[list[int]] = []  # indices into pieces
    for n, piece in enumerate(pieces):
        if n and clusters[n] and _ghost_piece(pieces[n - 1], piece):
            continue
        if lines and abs(pieces[lines[-1][0]][3] - piece[3]) <= SAME_LINE * max(piece[4], 1.0):
            lines[-1].append(n)
        else:
            lines.append([n])
    found = []
    for line in lines:
        ordered = sorted(line, key=lambda n: pieces[n][1])
        found.append(
            VisualLine(
                "".join(pieces[n][0] for n in ordered),
                min(pieces[n][1] for n in line),
                max(pieces[n][2] for n in line),
                pieces[line[0]][3],
                max(pieces[n][4] for n in line),
                tuple(cell for n in ordered for cell in cells[n]),
                max(0.0, leads[ordered[0]] - pieces[ordered[0]][1]),
                max(extra[n][0] for n in line),
                extra[ordered[0]][1],
            )
        )
    return found


# A base letter (a consonant, a digit) set this many of its line's letter heights above the
# line's baseline, left of where the letters before it reached, is a ghost: Chromium's PDFs map
# the glyph of a Thai cluster's stacked marks to the whole cluster's text, so pypdfium2 reads
# "ชั้นชั้มัธยม", "จัดขึ้นขึ้ ใน" (its box: the marks', above the line, back over the cluster), and
# the line matched no line of pypdf's text, which has it right (a wrapped line kept its break).
GHOST_RISE = 0.35


def _ghosts(
    text: str, boxes: Sequence[tuple[float, float, float, float]], base: Sequence[int]
) -> set[int]:
    """The ghost letters of a piece (see GHOST_RISE; Thai consonants only) and the marks that
    follow them."""
    bottom = statistics.median(boxes[i][1] for i in base)
    height = statistics.median(boxes[i][3] - boxes[i][1] for i in base)
    found: set[int] = set()
    reach = float("-inf")
    for i in base:
        left, low, right, _ = boxes[i]
        thai = "\u0e01" <= text[i] <= "\u0e2e"  # a consonant: a rotated line's letters rise too
        if thai and low > bottom + GHOST_RISE * height and left < reach:
            found.add(i)
            j = i + 1
            while j < len(text) and _is_mark(text[j]):
                found.add(j)
                j += 1
            continue
        reach = max(reach, right)
    return found


GHOST_PIECE_LETTERS = 3  # a piece of ghost letters alone: a cluster's, at most this many
# A Thai cluster: consonants with a mark above or below (what a ghost piece reads: "รั้", "ชั้").
_THAI_CLUSTER = re.compile("[\u0e01-\u0e2e]+[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e][\u0e01-\u0e4e]*")


def _ghost_piece(
    before: tuple[str, float, float, float, float], piece: tuple[str, float, float, float, float]
) -> bool:
    """A piece that is ghost letters alone (see GHOST_RISE): pypdfium2 gave a cluster's marks
    glyph a line of its own ("…ครั้ง⏎รั้⏎ที่ 12"), a few letters above the piece before it (above
    its baseline, within two of its letter heights) and within its width. Left out, it no longer
    cuts that printed line in two."""
    key, left, right, base, _ = piece
    _, left_before, right_before, base_before, height_before = before
    return (
        len(key) <= GHOST_PIECE_LETTERS
        and left_before <= left
        and right <= right_before
        and base_before < base <= base_before + 2 * height_before
    )


# A list item's mark at a line's start: a bullet (BULLET, below), "1." / "1)" / "(1)" / "ก." in
# Arabic or Thai digits, or a Thai letter as Thai lists number their items, or a reference
# list's "[14]".
_ITEM_MARK = re.compile(
    r"^\s*(?:[•●○◦▪■□◆❖➢►✓\uf0b7\uf0a7\uf0d8-]|\(?[0-9\u0e50-\u0e59]{1,3}[.)]|[ก-ฮ][.)]"
    r"|\[[0-9]{1,3}\])\s+"
)


def _body_left(
    text: str,
    boxes: Sequence[tuple[float, float, float, float]],
    indices: Sequence[int],
    left: float,
) -> float:
    """Where a piece's text starts after a list item's mark (_ITEM_MARK), else its left end."""
    chunk = "".join(text[i] for i in indices)
    mark = _ITEM_MARK.match(chunk)
    if mark is None or mark.end() >= len(indices):
        return left
    return boxes[indices[mark.end()]][0]


_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")


def _first_word_end(
    text: str, boxes: Sequence[tuple[float, float, float, float]], indices: Sequence[int]
) -> float:
    """The right end (PDF points) of a piece's first word: up to its first space, and in Thai,
    which writes no space between words, its first word by PyThaiNLP's newmm dictionary
    segmentation (a browser or Word wraps a Thai line between dictionary words: "…โรงเรียน
    หนองบัว⏎วิทยาคม"). 0 when it has none."""
    chars = [i for i in indices if not text[i].isspace()]
    if not chars:
        return 0.0
    word = []
    for i in indices[indices.index(chars[0]) :]:
        if text[i].isspace():
            break
        word.append(i)
    chunk = "".join(text[i] for i in word)
    if _THAI_LETTER.match(chunk):
        tokens = newmm(chunk, keep_whitespace=False)
        word = word[: len(tokens[0])] if tokens else word
    return max(boxes[i][2] for i in word)


def _cells(
    text: str,
    boxes: Sequence[tuple[float, float, float, float]],
    indices: Sequence[int],
    base: Sequence[int],
    height: float,
) -> tuple[tuple[str, float, float], ...]:
    """A piece's runs of letters cut where two neighbouring base letters are more than CELL_GAP
    letter heights apart: (key, left, right) each."""
    cuts = [b for a, b in pairwise(base) if boxes[b][0] - boxes[a][2] > CELL_GAP * max(height, 1.0)]
    found = []
    start = indices[0]
    for end in [*cuts, indices[-1] + 1]:
        run = [i for i in base if start <= i < end]
        key = line_key(text[start:end])
        if run and key:
            found.append((key, min(boxes[i][0] for i in run), max(boxes[i][2] for i in run)))
        start = end
    return tuple(found)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def _margins(lines: Sequence[VisualLine]) -> tuple[float, float] | None:
    """(left margin, right margin) of lines: the lowest left end and the MARGIN_QUANTILE of
    the right ends of the lines at least half as wide as the widest."""
    if not lines:
        return None
    widest = max(line.right - line.left for line in lines)
    wide = [line for line in lines if line.right - line.left >= widest / 2]
    rights = sorted(line.right for line in wide)
    return min(line.left for line in wide), rights[int(MARGIN_QUANTILE * (len(rights) - 1))]


def _apart(page: Sequence[VisualLine], n: int, gap: float | None) -> bool:
    """Line n is set more than `gap` below the line before it."""
    return bool(gap) and page[n - 1].baseline - page[n].baseline > gap  # type: ignore[operator]


def _apart_locally(page: Sequence[VisualLine], n: int) -> bool:
    """Line n is set more than LOCAL_GAP_PITCHES times the pitch below it (the pitch of the
    paragraph it starts; a page's last line: the pitch above it) below the line before it.
    Not the pitch above: lines whose pitches vary (a scanned report's text layer, equations)
    would be cut mid-sentence. A line that starts with a number is left to the clause rule
    (mark_paragraphs): a list under its lead-in ("1.2 วัตถุประสงค์" over "1.2.1 …") is one
    answer, set apart or not."""
    if page[n].key[:1].isdigit():
        return False
    here = page[n - 1].baseline - page[n].baseline
    if n + 1 < len(page):
        pitch = page[n].baseline - page[n + 1].baseline
    elif n >= 2:
        pitch = page[n - 2].baseline - page[n - 1].baseline
    else:
        return False
    return pitch > 0 and here > LOCAL_GAP_PITCHES * pitch


# A space between words is about this share of a Thai or Latin font's letter height (VisualLine:
# the median box of its base letters; a space is 0.4–0.6 of it, CELL_GAP).
SPACE_HEIGHTS = 0.5


# A line set in is under the text of the line above when their left ends (or its left end and
# where the line above's text starts after a list item's mark: a hanging indent) are within
# this many letter heights: a Word list's and a browser's <li> continuation lines start exactly
# there, a paragraph's indented first line 3 or more heights right of the line above.
HANGING_HEIGHTS = 0.5


def _hanging(page: Sequence[VisualLine], unique: set[str], set_in: float) -> frozenset[str]:
    """The keys of a page's lines set in from the left margin (left of `set_in`: not) that
    start under the text of the line above them (HANGING_HEIGHTS), a line of the same size:
    a list item's wrapped line ("07.30 น. ขบวนพาเหรด…ไปยังสนาม⏎กีฬา" under "ขบวน…", a
    browser's <li>), which wraps.join_wrapped joins like any wrapped line instead of keeping
    it as a line set in (a paragraph's first line, a centred line)."""
    found = set()
    for line, following in pairwise(page):
        if following.key not in unique or following.left <= set_in:
            continue
        if line.size and following.size and abs(line.size - following.size) > 0.1 * line.size:
            continue
        room = HANGING_HEIGHTS * max(following.height, 1.0)
        if min(abs(following.left - line.left), abs(following.left - line.body_left)) <= room:
            found.add(following.key)
    return frozenset(found)


def _wrapped(
    page: Sequence[VisualLine],
    unique: set[str],
    after_gap: frozenset[str],
    right: float,
    set_in: float,
    hanging: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The keys of a page's lines that wrapped short of the margin (ragged-right text: Word's
    and a browser's left-aligned paragraphs, a Thai line broken between dictionary words): the
    next line, at the left margin and not set below a gap, opens with a word wider than the
    room the line left before the margin, so the word could not have been set there.
    line_shapes asks only of lines that end neither short nor full. (A typesetter that breaks
    Thai only at spaces, as fpdf2 does, moves a whole phrase: such a wrap is not seen here.)"""
    found = set()
    for line, following in pairwise(page):
        if line.key not in unique or following.key in after_gap:
            continue
        if following.left > set_in and following.key not in hanging:
            continue
        if 0 < right - line.right - SPACE_HEIGHTS * following.height < following.lead:
            found.add(line.key)
    return frozenset(found)


# A line set at least HEADING_SIZE times the body text's font size (the size most of the
# document's letters have) is a heading, when it holds at most HEADING_MAX_LETTERS letters
# (line_key): a browser's h2 is 1.5 times its body text, h3 1.17, Word's Heading 1 1.45 (16 pt
# over 11), a Thai report's chapter title 20 pt over 16 (1.25); an inline bold word or a
# superscript is no larger, a document that sets its body in two fonts at close sizes (Cordia
# New at 16 beside Angsana New at 15.6) stays under it.
HEADING_SIZE = 1.15
HEADING_MAX_LETTERS = 60
# A line set in whose middle is within this share of the measure of the measure's middle is
# centred: a title block's line (the decree's "ยุบสภาผู้แทนราษฎร" under "พระราชกฤษฎีกา", set
# larger), which stays with the title over it.
CENTRED = 0.05


# A run of more than this many lines set larger is no heading: a block of text in a larger
# font (a Word abstract page at 16 pt included in a 12 pt LaTeX thesis, a poster).
HEADING_MAX_LINES = 3


def _headings(
    page: Sequence[VisualLine], unique: set[str], heading_size: float
) -> tuple[tuple[str, float], ...]:
    """(key, font size) of a page's heading lines: set at heading_size or larger, with a letter,
    at most HEADING_MAX_LETTERS letters, in a run of at most HEADING_MAX_LINES lines of its
    size."""
    runs: list[list[VisualLine]] = [[]]
    for line in page:
        if runs[-1] and line.size != runs[-1][-1].size:
            runs.append([])
        if line.size >= heading_size:
            runs[-1].append(line)
    return tuple(
        (line.key, line.size)
        for run in runs
        if len(run) <= HEADING_MAX_LINES
        for line in run
        if line.key in unique
        and len(line.key) <= HEADING_MAX_LETTERS
        and any(c.isalpha() for c in line.key)
    )


def body_and_heading_size(pages: Sequence[Sequence[VisualLine]]) -> tuple[float, float]:
    """(body text's font size, the smallest a heading's is) of a document's printed lines:
    the size with the most letters, and HEADING_SIZE times it; (0, inf) when not measured."""
    letters: dict[float, int] = {}
    for page in pages:
        for line in page:
            if line.size > 0:
                letters[line.size] = letters.get(line.size, 0) + len(line.key)
    if not letters:
        return 0.0, float("inf")
    body = max(letters, key=lambda size: letters[size])
    return body, HEADING_SIZE * body


def line_shapes(
    pages: Sequence[Sequence[VisualLine]], widths: Sequence[float] = ()
) -> list[LineShapes]:
    """Each page's short and full lines (SHORT_GAP, FULL_GAP) against its right margin
    (`_margins`: the page's own with MIN_PAGE_LINES wide lines, else the document's), its
    lines set in from the left one (INSET), its lines below a gap (GAP_PITCHES of the
    document's median line pitch, or LOCAL_GAP_PITCHES of the pitches beside it), and whether
    its measure spans the page (widths: each page's width in PDF points; none given: never)."""
    document = _margins([line for page in pages for line in page])
    pitches = [
        a.baseline - b.baseline
        for page in pages
        for a, b in pairwise(page)
        if a.baseline - b.baseline > 0
    ]
    gap = GAP_PITCHES * statistics.median(pitches) if pitches else None
    _, heading_size = body_and_heading_size(pages)
    shapes = []
    for number, page in enumerate(pages):
        own = _margins(page)
        widest = max((line.right - line.left for line in page), default=0.0)
        wide = sum(line.right - line.left >= widest / 2 for line in page)
        margins = own if own and wide >= MIN_PAGE_LINES else document
        keys = [line.key for line in page]
        # A key printed twice on a page ("มาตรา", a repeated caption) cannot say which it is.
        unique = {key for key in keys if key and keys.count(key) == 1}
        after_gap = frozenset(
            page[n].key
            for n in range(1, len(page))
            if page[n].key in unique and (_apart(page, n, gap) or _apart_locally(page, n))
        )
        if margins is None or margins[1] <= margins[0]:  # no measure: gaps only
            shapes.append(LineShapes(after_gap=after_gap))
            continue
        right, measure = margins[1], margins[1] - margins[0]
        measured = [line for line in page if line.key in unique]
        short = frozenset(x.key for x in measured if x.right < right - SHORT_GAP * measure)
        full = frozenset(x.key for x in measured if x.right >= right - FULL_GAP * measure)
        # A ragged line (neither) wrapped when the next line's first word would not fit after
        # it; a short one still ends its paragraph (a heading alone after it, the story PDF's).
        set_in = margins[0] + INSET * measure
        hanging = _hanging(page, unique, set_in)
        wrapped = _wrapped(page, unique, after_gap, right, set_in, hanging)
        wrapped -= short | full
        inset = frozenset(x.key for x in measured if x.left > set_in)
        sized = _headings(page, unique, heading_size)
        headings = frozenset(key for key, _ in sized)
        middle = (margins[0] + right) / 2
        centred = frozenset(
            x.key
            for x in measured
            if x.key in inset and abs((x.left + x.right) / 2 - middle) <= CENTRED * measure
        )
        width = widths[number] if number < len(widths) else 0.0
        spans = width > 0 and measure >= MIN_MEASURE_SHARE * width
        shapes.append(
            LineShapes(
                short, full, after_gap, inset, spans, wrapped, hanging, headings, sized, centred
            )
        )
    return shapes


NUMBER = r"[0-9\u0e50-\u0e59]{1,4}"
# Thai laws number their sections มาตรา ๑, ๒ …, inserted ones ๒๖/๑ or "๕ ทวิ": the Thai
# insertion ordinals and the Latin ones the Office of the Council of State's English
# translations give them ("Section 5 bis"). The one table: layout's clause patterns,
# corpus.extracted's law units and corpus.sections' English labels are all built from it.
INSERTION_ORDINALS = {
    "ทวิ": "bis",
    "ตรี": "ter",
    "จัตวา": "quater",
    "เบญจ": "quinquies",
    "ฉ": "sexies",
    "สัตต": "septies",
    "อัฏฐ": "octies",
    "นว": "novies",
    "ทศ": "decies",
}
ORDINAL = "(?:" + "|".join(INSERTION_ORDINALS) + ")(?=\\s|$)"  # a whole word
INSERTED = rf"(?:/[0-9\u0e50-\u0e59]{{1,3}}|\s*{ORDINAL})"
_CLAUSES = (
    ("มาตรา", re.compile(rf"^มาตรา\s*(?P<n>{NUMBER})(?P<inserted>{INSERTED})?(?:\s|$)")),
    ("หมวด", re.compile(rf"^หมวด\s*(?P<n>{NUMBER})(?:\s|$)")),
    ("ส่วน", re.compile(rf"^ส่วนที่\s*(?P<n>{NUMBER})(?:\s|$)")),
    ("ข้อ", re.compile(rf"^ข้อ\s*(?P<n>{NUMBER})(?:\s|$)")),
    ("(n)", re.compile(rf"^\(\s*(?P<n>{NUMBER})\s*\)\s")),
    ("n.", re.compile(rf"^(?P<n>{NUMBER})[.)]\s")),
)
# A bullet item's mark at a line's start (leading spaces allowed: wraps.py reads unstripped
# lines, Clauses.starts stripped ones).
BULLET = re.compile(r"^\s*[•●○◦▪■□◆❖➢►✓\uf0b7\uf0a7\uf0d8-]\s")


def number_value(number: str) -> int:
    """'๑๒' → 12, '12' → 12."""
    return int("".join(str(unicodedata.digit(c)) for c in number))


# A law numbers its มาตรา and หมวด once through (the Council of State's consolidated texts);
# a 1 of these kinds after any other is a citation ("… ให้ยกเลิกความใน\nมาตรา ๑ แห่ง…").
# Lists ((N), N., ข้อ) and ส่วนที่ (numbered within each หมวด) start again at 1.
_NEVER_RESTART = frozenset({"มาตรา", "หมวด"})


class Clauses:
    """The numbered clauses seen so far, by kind: a numbered line starts a clause only as the
    next number of its kind, or as 1 (a new list; for มาตรา and หมวด only when none of the
    kind has been seen, _NEVER_RESTART), an inserted section (มาตรา ๒๖/๑, ๕ ทวิ) as the
    number just seen."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {}

    def starts(self, line: str) -> bool:
        """True when the line opens a bullet item or the next clause of its kind (which is then
        the last seen)."""
        line = line.strip()
        if BULLET.match(line):
            return True
        for kind, pattern in _CLAUSES:
            match = pattern.match(line)
            if match is None:
                continue
            number, last = number_value(match.group("n")), self.last.get(kind, 0)
            inserted = bool(match.groupdict().get("inserted"))
            if (
                number == last + 1
                or (number == 1 and not inserted and (kind not in _NEVER_RESTART or not last))
                or (inserted and number == last)
            ):
                self.last[kind] = number
                return True
            return False
        return False


def mark_paragraphs(pages: Sequence[str], shapes: Sequence[LineShapes] | None = None) -> list[str]:
    """Each page's text with a blank line between two lines where a paragraph ends (see the
    module's docstring): before a clause that starts a line, and after a short line next to a
    full one, and before a line set below a gap (`shapes`, a page's LineShapes; none: clause
    starts only). Nothing else changes.
    Pages are read in order: clause numbers run on from page to page."""
    clauses = Clauses()
    marked = []
    for number, page in enumerate(pages):
        shape = shapes[number] if shapes and number < len(shapes) else LineShapes()
        lines = page.split("\n")
        keys = [line_key(line) for line in lines]
        sizes = dict(shape.heading_sizes)

        def full(i: int) -> bool:
            return 0 <= i < len(keys) and keys[i] in shape.full  # noqa: B023

        out: list[str] = []
        for i, line in enumerate(lines):
            starts = bool(line.strip()) and clauses.starts(line)
            if i and lines[i - 1].strip() and line.strip():
                ends = keys[i - 1] in shape.short and (full(i - 2) or full(i))
                # A heading's lines are a paragraph of their own: a break before its first line
                # and after its last; between them only a gap (a title page's lines) breaks, a
                # wrapped title's short line is no paragraph's end.
                size, size_before = sizes.get(keys[i], 0.0), sizes.get(keys[i - 1], 0.0)
                if size and size == size_before:
                    ends = False
                elif size != size_before:
                    # Into or out of a heading, but a centred line under a centred title (a
                    # title block set in two sizes) stays with it.
                    ends = ends or not (
                        size_before and keys[i - 1] in shape.centred and keys[i] in shape.centred
                    )
                if starts or ends or keys[i] in shape.after_gap:
                    out.append("")
            out.append(line)
        marked.append("\n".join(out))
    return marked
