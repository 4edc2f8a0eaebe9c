"""The headings of a PDF, Word or HTML document: its marks (Word heading styles, PDF
bookmarks, HTML h1–h3) at every level, else the parts of a Thai law (หมวด, ส่วน, มาตรา) or
the chapters, numbered subsections and named parts its text shows, else its numbered lines
(corpus/sections.py `outline` nests them)."""

from __future__ import annotations

import re
import unicodedata

from ..extract.layout import INSERTED, NUMBER, Clauses, number_value
from ..thai_dictionary import newmm
from .sections import (
    MAX_HEADING_CHARS,
    Heading,
    line_spans,
    section_headings,
    visible_label,
    without_list_items,
)


def extracted_headings(text: str, marks) -> list[Heading]:
    """The headings of an extracted document: its marks (Word heading styles, PDF bookmarks,
    HTML h1–h3; `extract.SectionMark`s) at every level (`outline` nests them), else the
    chapters, subsections and named parts its text shows (`_chapter_headings`), else the
    numbered headings in its text, else a PDF's lines set larger than its text (marks
    `by_size`: extract.size_headings), else the lines that stand alone as headings do
    (`lone_headings`)."""
    if not marks or all(mark.by_size for mark in marks):
        law, chapters = _law_headings(text), _chapter_headings(text)
        found = (
            (law if len(law) >= len(chapters) else chapters)
            or section_headings(text, 0)
            or _law_headings(text, unit="ข้อ")
        )
        if found or not marks:
            return found or lone_headings(text)
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
# A clock time is no subsection number: "07.30 น. ขบวนพาเหรด…" (น., นาฬิกา: how Thai writes the
# hour, Royal Institute's abbreviations) is a schedule's line, not section 7.30.
_SUBSECTION = re.compile(
    r"^(?P<number>[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2}){1,2})\.?\s+(?!น\.)(?P<rest>\S.*)$"
)
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


def is_part_heading(line: str) -> bool:
    """True for a chapter line ("บทที่ 2 …", "CHAPTER 1") or a named part ("บรรณานุกรม",
    "ภาคผนวก ก", "BIBLIOGRAPHY")."""
    return bool(_CHAPTER.match(line) or _NAMED_PART.match(line))


_CONTENTS_LABEL = re.compile(
    r"^(?:สารบัญ\S*|table of contents|contents|list of (?:tables|figures|algorithms))$",
    re.IGNORECASE,
)


def is_contents_label(label: str) -> bool:
    """True for the name of a contents page: "สารบัญ", "สารบัญตาราง", "LIST OF FIGURES"."""
    return bool(_CONTENTS_LABEL.match(label.strip()))


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
    document. A chapter line holding only its number takes its name from the next line. On a
    contents page (from a named part is_contents_label names to the first chapter), the named
    parts it lists are no headings."""
    spans = line_spans(text)
    has_chapters = any(_CHAPTER.match(text[a:b].strip()) for a, b in spans)
    headings: list[Heading] = []
    chapter: int | None = None  # the open chapter's number (None: outside any chapter)
    last_chapter, last = 0, ()
    in_contents = False  # inside a contents page: the parts it names are no headings
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
            in_contents = False
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
            if in_contents and not is_contents_label(line):
                continue  # a part the contents page lists ("ภาคผนวก" over its "ก …", "ข …")
            in_contents = is_contents_label(line)
            chapter, last = None, ()
            headings.append(Heading("chapter", 1, visible_label(line), start, end))
        elif (match := _SUBSECTION.match(line)) and not contents_line:
            numbers = _numbers(match.group("number"))
            inside = numbers[0] == chapter if has_chapters else True
            if inside and numbers > last:
                last = numbers
                headings.append(Heading("chapter", len(numbers), visible_label(line), start, end))
                in_contents = False
    headings = without_list_items(text, headings)
    return headings if len(headings) >= 2 else []


# A Thai law's parts (the Council of State's drafting style): หมวด (chapter), ส่วนที่ (part of a
# chapter) and มาตรา (section), each at the start of a line; a มาตรา's text follows on its line.
# A regulation, rule or announcement (ระเบียบ, ข้อบังคับ, ประกาศ: the same drafting style, under
# an Act) numbers its clauses ข้อ ๑, ๒ … where an Act has มาตรา (FRESH19a K8: a university's
# leave regulation, ข้อ ๑–๑๔, read as one section).
# The named parts around them: บทเฉพาะกาล (transitory provisions), the countersignature
# (ผู้รับสนองพระบรมราชโองการ) and the closing note on the law's reasons (หมายเหตุ).
_LAW_UNIT = re.compile(
    rf"^(?P<kind>หมวด|ส่วนที่|มาตรา|ข้อ)\s*(?P<number>{NUMBER})(?P<inserted>{INSERTED})?"
    r"(?P<rest>(?:\s.*)?)$"
)


def law_unit(label: str) -> bool:
    """True for a label that is a Thai law's unit: "มาตรา ๕", "หมวด ๑ บททั่วไป", "ส่วนที่ ๒", a
    regulation's "ข้อ ๔"."""
    return bool(_LAW_UNIT.match(label.strip()))


_LAW_PART = re.compile(r"^(?:บทเฉพาะกาล|ผู้รับสนองพระบรมราชโองการ|หมายเหตุ)(?=\s|:|$)")
_LAW_RANKS = ("หมวด", "ส่วนที่", "มาตรา")
MIN_LAW_SECTIONS = 2  # fewer มาตรา than this in sequence: not a law (a text that cites one)


def _law_headings(text: str, unit: str = "มาตรา") -> list[Heading]:
    """A Thai law's หมวด, ส่วน and มาตรา (or a regulation's ข้อ: unit) and its named
    parts (_LAW_PART), or [] when fewer than MIN_LAW_SECTIONS units run in sequence
    (layout.Clauses: the next number, the first มาตรา ๑, or an inserted ๒๖/๑ or ๕ ทวิ
    after its own; a wrapped line starting with a cited "มาตรา ๑๗๕", or "มาตรา ๑" after
    any มาตรา, is none). Levels by rank among the kinds present (หมวด above ส่วน above
    มาตรา); named parts at the top one. A หมวด or ส่วน is labelled by its line, or by its
    number and the next line when its line holds the number alone ("หมวด ๑" / "บททั่วไป"),
    and its heading takes both lines; a มาตรา is labelled "มาตรา ๕" and its heading is its
    line's first words only, its text following on that line; so is a regulation's "ข้อ ๔".
    The other unit is no heading (a law's schedule may number items ข้อ; a regulation cites
    มาตรา)."""
    spans = line_spans(text)
    clauses = Clauses()
    found: list[tuple[str, str, int, int]] = []  # kind, label, heading start, heading end
    last_chapter = 0
    for i, (start, end) in enumerate(spans):
        line = text[start:end].strip()
        if not line:
            continue
        at = start + len(text[start:end]) - len(text[start:end].lstrip())
        match = _LAW_UNIT.match(line)
        if match and match.group("kind") in ("มาตรา", "ข้อ"):
            if clauses.starts(line) and match.group("kind") == unit:
                label = line[: match.start("rest")].strip()
                found.append((unit, " ".join(label.split()), at, at + len(label)))
        elif match and len(line) <= MAX_HEADING_CHARS and not match.group("inserted"):
            kind, number = match.group("kind"), number_value(match.group("number"))
            if kind == "หมวด" and number != last_chapter + 1:
                continue
            last_chapter = number if kind == "หมวด" else last_chapter
            label, heading_end = line, end
            following = _next_line(text, spans, i)
            if not match.group("rest").strip() and following and len(following) <= 60:
                label = f"{line} {following}"
                heading_end = next(b for a, b in spans[i + 1 :] if text[a:b].strip())
            found.append((kind, visible_label(label), at, heading_end))
        elif _LAW_PART.match(line) and len(line) <= MAX_HEADING_CHARS:
            part = _LAW_PART.match(line).group()
            found.append(("part", part, at, at + len(part)))
    if sum(kind == unit for kind, *_ in found) < MIN_LAW_SECTIONS:
        return []
    present = [kind for kind in (*_LAW_RANKS[:-1], unit) if any(k == kind for k, *_ in found)]
    level = {kind: rank + 1 for rank, kind in enumerate(present)} | {"part": 1}
    return [Heading("law", level[kind], label, a, b) for kind, label, a, b in found]


# A document with no marks and no numbered headings may still set its parts' titles as lines of
# their own: a story collection typed in Word with plain 16 pt text throughout (the story PDF of
# ../shared/docs-samples: "งานซ่อมบำรุงอากาศยาน", "ปฏิบัติการอิรัก" between its paragraphs; no
# font size or weight sets them apart, only a line alone). A title is a paragraph of one short
# line (LONE_MAX_CHARS, at most LONE_MAX_SPACES spaces), not the first paragraph (the document's
# title), followed by a paragraph; with no sentence's end, quotation or ellipsis; and, read by
# PyThaiNLP's part-of-speech tagger (ORCHID tags), a phrase naming something, not a clause: no
# auxiliary (XV*: จะ, ได้, แล้ว), negation (NEG), personal pronoun (PPRS) or subordinator (JSBR),
# and not opening with a preposition or conjunction (RPRE, JCRG: "ในวัฒนธรรมทหาร…", "แต่…").
# "เรื่องที่ 2 …" / "ตอนที่ 3 …" alone are titles too. Fewer than MIN_LONE_HEADINGS: none (one
# short line alone is a one-line paragraph).
LONE_MAX_CHARS = 40
LONE_MAX_SPACES = 3
MIN_LONE_HEADINGS = 2
_LONE_NUMBERED = re.compile(rf"^(?:เรื่องที่|ตอนที่)\s*{NUMBER}(?:\s.*)?$")
_NOT_A_TITLE_END = re.compile(r"[.?!:;,…\"“”'‘’]|\.\.\.")
_CLAUSE_TAGS = ("XV", "NEG", "PPRS", "JSBR")
_CLAUSE_OPENING_TAGS = ("RPRE", "JCRG", "JSBR")


def _names_something(line: str) -> bool:
    """True when a short line reads as a title (see LONE_MAX_CHARS), not a clause."""
    if _LONE_NUMBERED.match(line):
        return True
    if _NOT_A_TITLE_END.search(line) or line.count(" ") > LONE_MAX_SPACES:
        return False
    from pythainlp.tag import pos_tag

    words = newmm(line, keep_whitespace=False)
    tags = [tag for _, tag in pos_tag(words, engine="perceptron", corpus="orchid")]
    if not tags or tags[0].startswith(_CLAUSE_OPENING_TAGS):
        return False
    return not any(tag.startswith(_CLAUSE_TAGS) for tag in tags)


def lone_headings(text: str) -> list[Heading]:
    """The lines that stand alone as titles (see LONE_MAX_CHARS), as level-1 headings, or []
    when fewer than MIN_LONE_HEADINGS do."""
    paragraphs = [(start, end) for start, end in line_spans(text) if text[start:end].strip()]
    spans = line_spans(text)
    alone: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(spans):
        line = text[start:end].strip()
        if not line or len(line) > LONE_MAX_CHARS:
            continue
        before = spans[i - 1] if i else None
        after = spans[i + 1] if i + 1 < len(spans) else None
        blank_before = before is None or not text[before[0] : before[1]].strip()
        blank_after = after is None or not text[after[0] : after[1]].strip()
        following = _next_line(text, spans, i)
        first = (start, end) == paragraphs[0]
        if blank_before and blank_after and following and not first and _names_something(line):
            at = start + len(text[start:end]) - len(text[start:end].lstrip())
            alone.append((at, at + len(line)))
    if len(alone) < MIN_LONE_HEADINGS:
        return []
    return [Heading("lone", 1, visible_label(text[a:b]), a, b) for a, b in alone]
