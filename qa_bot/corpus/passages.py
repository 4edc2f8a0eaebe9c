"""Sections → passages: each section's paragraphs, long ones cut into about equal pieces at
most max_chars long, each with its answer sentences."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection

from ..extract.types import CELL_SEPARATOR
from .boundaries import era_before_year, is_heading_line, wraps_inside_a_word
from .code import prose_sentences, with_code
from .contents import is_contents
from .extracted import is_contents_label
from .fields import field_line, keeps_lines, only_headings
from .lists import is_lead_in, join_lists
from .model import Document, Passage, Section
from .sections import LABEL_JOIN, NEWLINE

DEFAULT_MAX_PASSAGE_CHARS = 1200
# The smallest --max-passage-chars the CLI accepts: a passage must hold its answer sentence, and
# a tenth of our documents' sentences are shorter than 55 characters, the median 125 (700
# sentences of corpus/ and bench/data/reading, corpus.sentences.sentence_spans).
MIN_PASSAGE_CHARS = 50
_PARAGRAPH_BREAK = re.compile(rf"{NEWLINE}[ \t]*{NEWLINE}")
_SPACE = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)\s*")
_TEXT_LINE = re.compile(r"[^\r\n]+")


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without their surrounding whitespace; blank ones left out."""
    trimmed = []
    for a, b in spans:
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            a += len(chunk) - len(chunk.lstrip())
            trimmed.append((a, a + len(stripped)))
    return trimmed


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank paragraphs between start and end, trimmed of surrounding whitespace."""
    spans, cursor = [], start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return _trimmed(text, spans)


# Where a paragraph without usable spaces may be cut, short of anywhere: after a zero-width
# space (Thai written with U+200B between words) or after punctuation.
_SOFT_BREAKS = frozenset("\u200b,.;:!?)]}/|>-–—ฯๆ")
# Thai vowels written after their consonant, and those written before it: a cut never separates
# them from it.
_FOLLOWING_VOWELS = frozenset("\u0e30\u0e32\u0e33\u0e45")
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")


def _is_boundary(text: str, i: int) -> bool:
    """True when text may be cut before text[i] without splitting a letter from its marks."""
    after, before = text[i], text[i - 1]
    return not (
        unicodedata.category(after) in ("Mn", "Mc", "Me")
        or after in _FOLLOWING_VOWELS
        or before in _LEADING_VOWELS
        or before == "\u200d"  # zero-width joiner
        or after == "\u200d"
        or (before == "\r" and after == "\n")
    )


def _cut(text: str, low: int, high: int, target: int, min_piece: int) -> int:
    """Where to end a piece that starts at low: at most high, as near target as the text allows.

    A space is the natural cut (Thai marks clause and sentence ends with one), then a soft break
    (zero-width space, punctuation); both only if the piece keeps at least min_piece characters.
    Otherwise any place between two letters (a base64 image, Thai run together), and as a last
    resort high itself.
    """
    window = range(low + min_piece + 1, high + 1)
    spaces = []
    if CELL_SEPARATOR in text[low:high]:  # a table: cut between its rows, each a whole line
        spaces = [m.start() for m in _LINE_BREAK.finditer(text, window.start, high + 1)]
    if not spaces:  # a line wrapped inside a word is no space (boundaries.wraps_inside_a_word),
        # nor the space between an era and its year ("ค.ศ. | 2017": boundaries.era_before_year)
        found = list(_SPACE.finditer(text, window.start, high + 1))
        spaces = [
            m.start()
            for m in found
            if not wraps_inside_a_word(text, m.start(), m.end())
            and not era_before_year(text, m.start(), m.end())
        ]
        spaces = spaces or [m.start() for m in found]
    if not spaces:
        spaces = [i for i in window if text[i - 1] in _SOFT_BREAKS and _is_boundary(text, i)]
    if not spaces:
        spaces = [i for i in range(low + 1, high + 1) if _is_boundary(text, i)]
    if not spaces:
        return high
    return min(spaces, key=lambda i: (abs(i - target), i))


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut [start, end) into about equal pieces of at most max_chars, trimmed, never empty.

    Any text is cut (see _cut): with spaces at spaces; without them at soft breaks or between
    letters. Every non-space character of [start, end) is in exactly one piece.
    """
    pieces: list[tuple[int, int]] = []
    cursor = start
    while True:
        while cursor < end and text[cursor].isspace():
            cursor += 1
        if end - cursor <= max_chars:
            break
        remaining = end - cursor
        target = cursor + math.ceil(remaining / math.ceil(remaining / max_chars))
        cut = _cut(text, cursor, cursor + max_chars, target, max_chars // 8)
        pieces.append((cursor, cut))
        cursor = cut
    pieces.append((cursor, end))
    return _trimmed(text, pieces)


def _is_fields(text: str, start: int, end: int, headings: Collection[str] = ()) -> bool:
    """True when every line of text[start:end] is a field line (fields.field_line)."""
    lines = [m.span() for m in _TEXT_LINE.finditer(text, start, end) if m.group().strip()]
    return bool(lines) and all(field_line(text, a, b, headings) for a, b in lines)


def _field_blocks(
    text: str, paragraphs: list[tuple[int, int]], headings: Collection[str] = ()
) -> list[tuple[int, int]]:
    """paragraphs with each run of field-line paragraphs (a form's or a thesis abstract's
    head: "ชื่อวิทยานิพนธ์⇥…", "ผู้เขียน⇥…", "ปีการศึกษา⇥2561", each a Word paragraph) made one,
    as a table's rows are one paragraph: asked who wrote it, the passage of the title holds
    the author's line (FRESH10 §6: the title line was a passage alone, the author's line the
    heading of the abstract)."""
    merged: list[tuple[int, int]] = []
    fields_before = False
    for span in paragraphs:
        fields = _is_fields(text, *span, headings)
        if fields and fields_before:
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
        fields_before = fields
    return merged


def _under_headings(
    text: str,
    start: int,
    end: int,
    max_chars: int = DEFAULT_MAX_PASSAGE_CHARS,
    headings: Collection[str] = (),
) -> list[tuple[int, int]]:
    """The paragraphs between start and end, a heading paragraph (a short line of its own,
    boundaries.is_heading_line: "๑.๑ วัตถุประสงค์") joined to the paragraph under it: a heading
    alone is no passage (asked "วัตถุประสงค์ของรายงานคืออะไร", it was the top hit, the heading
    its answer); so is a paragraph of the document's heading lines alone (`headings`: a nested
    section's "Lists⏎Bullet Lists"). A list whose items are paragraphs of their own (a PDF's:
    extract.layout starts a paragraph at each item) is one passage with its lead-in while it
    fits in max_chars (lists.join_lists): an item alone was a passage cut from what it is
    an item of."""
    joined: list[tuple[int, int]] = []
    heading, last = None, end
    for p_start, p_end in _field_blocks(text, _paragraphs(text, start, end), headings):
        last = p_end
        if _is_fields(text, p_start, p_end, headings):
            pass  # a short field line ("ปีการศึกษา⇥2561") is no heading of what follows
        elif is_heading_line(text, (p_start, p_end)) or only_headings(
            text, p_start, p_end, headings
        ):
            heading = p_start if heading is None else heading
            continue
        joined.append((p_start if heading is None else heading, p_end))
        heading = None
    if heading is not None:  # headings with nothing under them in the section
        joined.append((heading, last))
    joined = join_lists(text, joined, max_chars)
    # A lead-in or heading closing its section with nothing under it ("ความคืบหน้าในการดำเนินการ
    # … ในด้านต่าง ๆ อาทิ", a line of its own whose items are the sections that follow) says
    # nothing alone: as a passage of 75 characters it was the top hit of questions about the
    # list before it. It joins the paragraph before it.
    if (
        len(joined) > 1
        and is_lead_in(text, joined[-1])
        and joined[-1][1] - joined[-2][0] <= max_chars
    ):
        joined[-2:] = [(joined[-2][0], joined[-1][1])]
    return joined


def bilingual_lines(sections: Collection[Section]) -> list[str]:
    """The heading lines a section's two labels were read from: "วันและสถานที่ (Date and
    venue)" and "Text Formatting (รูปแบบตัวอักษร)" (sections._labels), nested ones by their own
    parts. A heading line kept in an HTML or Word section's text is no answer sentence, alone
    ("การแต่งกาย (Dress code)") or over a list it would lead in (FRESH17a §1.3)."""
    lines = []
    for section in sections:
        thai, english = section.label.split(LABEL_JOIN), section.label_en.split(LABEL_JOIN)
        if section.label_en and len(thai) == len(english):
            for th, en in zip(thai, english, strict=True):
                lines += [f"{th} ({en})", f"{en} ({th})"]
    return lines


def split_passages(
    documents: list[Document], max_chars: int = DEFAULT_MAX_PASSAGE_CHARS
) -> list[Passage]:
    """Passages of every document: paragraphs, long ones cut at spaces to max_chars.

    Raises ValueError for max_chars below 1 (the CLI refuses below MIN_PASSAGE_CHARS)."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    passages: list[Passage] = []
    for doc in documents:
        # A nested section's label is its parent's and its own ("Lists › Bullet Lists"): each is
        # a heading line of the text ("Lists⏎Bullet Lists" was an answer of two headings).
        labels = [section.label for section in doc.sections]
        headings = (
            doc.title,
            *labels,
            *(p for x in labels for p in x.split(LABEL_JOIN)),
            *bilingual_lines(doc.sections),
        )
        code = doc.code_spans
        lines = keeps_lines(doc.doc_id)
        for section in doc.sections:
            spans = _under_headings(doc.text, section.start, section.end, max_chars, headings)
            spans = with_code(doc.text, spans, code, max_chars, headings)
            in_contents = is_contents_label(section.label)
            for p_start, p_end in spans:
                if is_contents(doc.text, p_start, p_end, in_contents):
                    continue
                for start, end in _split_long(doc.text, p_start, p_end, max_chars):
                    sentences = prose_sentences(doc.text, start, end, headings, code, lines)
                    if not sentences:  # code alone: no answer, and no passage (_with_code)
                        continue
                    passages.append(
                        Passage(
                            id=len(passages),
                            doc_id=doc.doc_id,
                            doc_title=doc.title,
                            section_id=section.section_id,
                            section_label=section.label,
                            section_label_en=section.label_en,
                            start=start,
                            end=end,
                            source=doc.text,
                            sentences=sentences,
                            page=doc.page_at(start),
                        )
                    )
    return passages
