"""A document's title and its sections: headings of any style (Markdown, "(1) …", "1. …",
extracted marks), labels in Thai and English."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..text import ZERO_WIDTH_CHARS
from .model import Section

OVERVIEW_LABEL = "ภาพรวม"
OVERVIEW_LABEL_EN = "Overview"
# The bundled document's overview gets the name of what it describes.
ASEAN_OVERVIEW_LABEL = "ภาพรวมประชาคมสังคมและวัฒนธรรมอาเซียน"

# English names of the bundled document's sectors (its headings are Thai only).
KNOWN_LABELS_EN = {
    "การศึกษา": "Education",
    "วัฒนธรรมและศิลปะ": "Culture and Arts",
    "แรงงาน": "Labour",
    "สวัสดิการสังคมและการพัฒนา": "Social Welfare and Development",
    "สาธารณสุข": "Health",
    "การจัดการภัยพิบัติ": "Disaster Management",
    "สิ่งแวดล้อม": "Environment",
    "เครือข่ายเมืองอัจฉริยะอาเซียน": "ASEAN Smart Cities Network",
    ASEAN_OVERVIEW_LABEL: OVERVIEW_LABEL_EN,
}

# A heading is a line of its own: "(1) การศึกษา", "1. ...", "๑. ...", or Markdown "## ...".
_PARENTHESISED_HEADING = re.compile(r"^\(\s*[0-9๐-๙]{1,3}\s*\)\s*(?P<label>\S.*)$")
_NUMBERED_HEADING = re.compile(r"^[0-9๐-๙]{1,3}[.)]\s+(?P<label>\S.*)$")
_MARKDOWN_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<label>\S.*?)\s*#*\s*$")
_MAX_HEADING_CHARS = 80  # a numbered line longer than this is a paragraph, not a heading
_MAX_MARKDOWN_HEADING_CHARS = 200
_MAX_TITLE_CHARS = 200
# "ตารางเรียน (Class Timetable)": the Latin words in brackets are the English label.
_ENGLISH_SUFFIX = re.compile(r"^(?P<label>.*\S)\s*\((?P<en>[A-Za-z][A-Za-z0-9 ,.&'’/-]*)\)$")
_EMPHASIS = "*_`"
# How many of the bundled document's sector names mark a document as an edition of it.
_ASEAN_MIN_KNOWN_SECTORS = 4
# A line ends at LF, CRLF or a lone CR (old Mac files): offsets stay those of the file's text.
NEWLINE = r"(?:\r(?!\n)|\r?\n)"
_LINE_BREAK = re.compile(NEWLINE)
_SPACE = re.compile(r"\s+")
# Invisible characters that reorder or hide text (bidi controls, invisible operators, the
# zero-width set of qa_bot/text.py): never kept raw in a title or a section label, where they
# could make one label look like another.
INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
        "\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069" + ZERO_WIDTH_CHARS,
    ),
    None,
)
_LABEL_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


@dataclass(frozen=True)
class _Heading:
    style: str  # "markdown", "parenthesised" or "numbered"
    level: int  # number of '#' for Markdown, else 0
    label: str
    line_start: int
    line_end: int


def visible_label(text: str) -> str:
    """A title or label as shown: NFC, without bidi / zero-width / control characters."""
    text = _LABEL_CONTROL.sub(" ", text.translate(INVISIBLE))
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _clean_label(label: str) -> str:
    label = visible_label(label)
    if len(label) > 2 and label[0] == label[-1] and label[0] in _EMPHASIS:
        label = label.strip(label[0]).strip()
    return label.rstrip(":").strip()


def _parse_heading(line: str, line_start: int, line_end: int) -> _Heading | None:
    """The heading a line is, if it is one (of any style)."""
    line = line.strip()
    if not line:
        return None
    match = _MARKDOWN_HEADING.match(line)
    if match and len(line) <= _MAX_MARKDOWN_HEADING_CHARS:
        label = _clean_label(match.group("label"))
        return _Heading("markdown", len(match.group("hashes")), label, line_start, line_end)
    if len(line) > _MAX_HEADING_CHARS:
        return None
    for style, pattern in (
        ("parenthesised", _PARENTHESISED_HEADING),
        ("numbered", _NUMBERED_HEADING),
    ):
        match = pattern.match(line)
        if match:
            return _Heading(style, 0, _clean_label(match.group("label")), line_start, line_end)
    return None


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the line break (LF, CRLF or CR)."""
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def document_stem(doc_id: str) -> str:
    """The title of a document whose text names none: its file name without the extension,
    underscores read as spaces: 'camp.th.md' → 'camp.th', 'marie_curie.txt' → 'marie curie'."""
    return " ".join(Path(doc_id).stem.replace("_", " ").split()) or doc_id


def _title_span(doc_id: str, text: str) -> tuple[str, int]:
    """The title and where the body starts.

    The title is a Markdown '# ' heading or the first non-empty line when it is short enough to
    be one (at most _MAX_TITLE_CHARS). A first line that is a section heading ('## ...',
    '(1) ...'), a paragraph longer than that, or the whole text stays in the body, and the file
    name stands in for the title (`document_stem`). The README ("Your own documents") says so.
    """
    for start, end in line_spans(text):
        line = text[start:end].strip()
        if not line:
            continue
        heading = _parse_heading(line, start, end)
        if heading is not None and heading.style == "markdown" and heading.level == 1:
            return heading.label or document_stem(doc_id), end
        if heading is not None or len(line) > _MAX_TITLE_CHARS or not text[end:].strip():
            return document_stem(doc_id), start
        return visible_label(line.lstrip("#")) or document_stem(doc_id), end
    return document_stem(doc_id), len(text)


def _section_headings(text: str, body_start: int) -> list[_Heading]:
    """The headings that divide the body into sections, of one style.

    Markdown headings win when there are any (numbered lines are then list items), at the
    shallowest level used; otherwise the style of the first numbered heading, so that sub-items
    of another style stay inside their section.
    """
    headings = [
        heading
        for start, end in line_spans(text)
        if start >= body_start and (heading := _parse_heading(text[start:end], start, end))
    ]
    markdown = [h for h in headings if h.style == "markdown"]
    if markdown:
        top = min(h.level for h in markdown)
        return [h for h in markdown if h.level == top]
    if not headings:
        return []
    style = headings[0].style
    return [h for h in headings if h.style == style]


def _labels(label: str) -> tuple[str, str]:
    """Thai label and English label of a heading."""
    if label in KNOWN_LABELS_EN:
        return label, KNOWN_LABELS_EN[label]
    match = _ENGLISH_SUFFIX.match(label)
    if match and not match.group("label").isascii():
        return match.group("label").strip(), match.group("en").strip()
    return label, ""


def _is_asean_edition(labels: list[str], text: str) -> bool:
    """An edition of the bundled ASEAN document: its overview keeps its ASEAN name."""
    known = {label for label in labels if label in KNOWN_LABELS_EN}
    return len(known) >= _ASEAN_MIN_KNOWN_SECTORS and "อาเซียน" in text


def split_sections(doc_id: str, text: str) -> tuple[str, tuple[Section, ...]]:
    """The title and the sections of a document.

    Text before the first heading is section 0 (the overview); a document without headings
    is one section.
    """
    title, body_start = _title_span(doc_id, text)
    return title, assemble_sections(doc_id, text, body_start, _section_headings(text, body_start))


def assemble_sections(
    doc_id: str, text: str, body_start: int, headings: list[_Heading]
) -> tuple[Section, ...]:
    """The sections the headings divide text into (from body_start): an overview before the
    first heading when it holds text (or there is no heading), then one per heading."""
    overview_label = (
        ASEAN_OVERVIEW_LABEL
        if _is_asean_edition([h.label for h in headings], text)
        else OVERVIEW_LABEL
    )
    sections: list[Section] = []
    overview_end = headings[0].line_start if headings else len(text)
    if text[body_start:overview_end].strip() or not headings:
        sections.append(
            Section(doc_id, 0, overview_label, OVERVIEW_LABEL_EN, body_start, overview_end)
        )
    for number, heading in enumerate(headings, start=1):
        end = headings[number].line_start if number < len(headings) else len(text)
        label, label_en = _labels(heading.label)
        sections.append(Section(doc_id, number, label, label_en, heading.line_end, end))
    return tuple(sections)


def extracted_headings(text: str, marks) -> list[_Heading]:
    """Sections of an extracted document: its marks (Word heading styles, PDF bookmarks, HTML
    h1–h3) at their shallowest level, else the numbered headings in its text."""
    if not marks:
        return _section_headings(text, 0)
    top = min(mark.level for mark in marks)
    headings = []
    for mark in marks:
        if mark.level != top:
            continue
        # A heading in the text is its own line; a bookmark not found there starts at its page.
        line_end = mark.start
        if text.startswith(mark.label, mark.start):
            newline = text.find("\n", mark.start)
            line_end = len(text) if newline < 0 else newline
        headings.append(_Heading("extracted", top, mark.label, mark.start, line_end))
    return headings
