"""The headings of a PDF, Word or HTML document: its marks (Word heading styles, PDF
bookmarks, HTML h1–h3) at every level, else the chapters, numbered subsections and named parts
its text shows, else its numbered lines (corpus/sections.py `outline` nests them)."""

from __future__ import annotations

import re
import unicodedata

from .sections import MAX_HEADING_CHARS, Heading, line_spans, section_headings, visible_label


def extracted_headings(text: str, marks) -> list[Heading]:
    """The headings of an extracted document: its marks (Word heading styles, PDF bookmarks,
    HTML h1–h3; `extract.SectionMark`s) at every level (`outline` nests them), else the
    chapters, subsections and named parts its text shows (`_chapter_headings`), else the
    numbered headings in its text."""
    if not marks:
        return _chapter_headings(text) or section_headings(text, 0)
    headings = []
    for mark in marks:
        # A heading in the text is its own line; a bookmark not found there starts at its page.
        line_end = mark.start
        if text.startswith(mark.label, mark.start):
            newline = text.find("\n", mark.start)
            line_end = len(text) if newline < 0 else newline
        headings.append(Heading("extracted", mark.level, mark.label, mark.start, line_end))
    return headings


# Headings a printed report's text shows when its PDF has no bookmarks: "บทที่ 1" / "CHAPTER 1"
# (level 1), numbered subsections "1.1 ที่มาและความสำคัญ", "2.3.1 …" (levels 2 and 3), and the
# named parts before and after the chapters (level 1) that a Thai thesis or project report has
# (university thesis guides: บทคัดย่อ, กิตติกรรมประกาศ, สารบัญ … บรรณานุกรม, ภาคผนวก ก,
# ประวัติผู้วิจัย) and their English names.
_CHAPTER = re.compile(
    r"^(?:บทที่|ภาคที่|chapter)\s*(?P<number>[0-9๐-๙]{1,2})(?P<rest>(?:\s.*)?)$", re.IGNORECASE
)
_SUBSECTION = re.compile(r"^(?P<number>[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2}){1,2})\.?\s+(?P<rest>\S.*)$")
_NAMED_PART = re.compile(
    r"^(?:บทคัดย่อ(?:ภาษา\S+)?|กิตติกรรมประกาศ|คำนำ|สารบัญ\S*|บรรณานุกรม|เอกสารอ้างอิง"
    r"|ภาคผนวก(?:\s*[ก-ฮ])?(?:\s*:.*)?|ประวัติ(?:ย่อ)?ผู้(?:วิจัย|เขียน|จัดทำ)"
    r"|abstract|acknowledge?ments?|table of contents|list of (?:tables|figures|algorithms)"
    r"|bibliography|references|appendix(?:\s+[a-z])?(?:\s*:.*)?|vitae?|curriculum vitae)$",
    re.IGNORECASE,
)
# A contents (or list of figures) line ends with its page number, Arabic, Thai, Roman or a Thai
# letter (front matter): "1.1 ที่มาและความสำคัญ 1", "สารบัญ ง", "ABSTRACT (Thai) V".
_PAGE_NUMBER_END = re.compile(r"\s(?:[0-9๐-๙]{1,3}|[ivxlc]{1,6}|[ก-ฮ])$", re.IGNORECASE)
_CHAPTER_TITLE_CHARS = 60  # "บทที่ 1" alone: a next line this short is the chapter's name


def _numbers(number: str) -> tuple[int, ...]:
    """'2.1' → (2, 1), '๓.๒' → (3, 2)."""
    return tuple(int("".join(str(unicodedata.digit(c)) for c in p)) for p in number.split("."))


def _next_line(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The first non-blank line after line i."""
    return next((text[a:b].strip() for a, b in spans[i + 1 :] if text[a:b].strip()), "")


def _chapter_headings(text: str) -> list[Heading]:
    """A report's chapters, numbered subsections and named parts found in its text, or [] when
    it has fewer than two. A subsection counts inside its chapter only (its first number is the
    chapter's, numbers rising), so contents pages (lines ending in a page number), figure lists
    and decimals that begin a line stay text; without chapters, subsections rise through the
    document. A chapter line holding only its number takes its name from the next line."""
    spans = line_spans(text)
    has_chapters = any(_CHAPTER.match(text[a:b].strip()) for a, b in spans)
    headings: list[Heading] = []
    chapter: int | None = None  # the open chapter's number (None: outside any chapter)
    last_chapter, last = 0, ()
    for i, (start, end) in enumerate(spans):
        line = text[start:end].strip()
        if not line or len(line) > MAX_HEADING_CHARS:
            continue
        contents_line = bool(_PAGE_NUMBER_END.search(line))
        if match := _CHAPTER.match(line):
            number, rest = _numbers(match.group("number"))[0], match.group("rest").strip()
            if (contents_line and rest) or number <= last_chapter:
                continue
            chapter = last_chapter = number
            last, label, following = (), line, _next_line(text, spans, i)
            named = following and len(following) <= _CHAPTER_TITLE_CHARS
            if (
                not rest
                and named
                and not (_CHAPTER.match(following) or _SUBSECTION.match(following))
            ):
                label = f"{line} {following}"
            headings.append(Heading("chapter", 1, visible_label(label), start, end))
        elif _NAMED_PART.match(line):
            chapter, last = None, ()
            headings.append(Heading("chapter", 1, visible_label(line), start, end))
        elif (match := _SUBSECTION.match(line)) and not contents_line:
            numbers = _numbers(match.group("number"))
            inside = numbers[0] == chapter if has_chapters else True
            if inside and numbers > last:
                last = numbers
                headings.append(Heading("chapter", len(numbers), visible_label(line), start, end))
    return headings if len(headings) >= 2 else []
