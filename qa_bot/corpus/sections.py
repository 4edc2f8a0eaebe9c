"""A document's title and its sections: headings of any style (Markdown, "(1) …", "1. …",
extracted marks), labels in Thai and English."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..extract.layout import INSERTION_ORDINALS, NUMBER, ORDINAL
from ..extract.types import PAGE_PART_LABELS
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
MAX_HEADING_CHARS = 80  # a numbered line longer than this is a paragraph, not a heading
_MAX_MARKDOWN_HEADING_CHARS = 200
_MAX_TITLE_CHARS = 200
# "ตารางเรียน (Class Timetable)": the Latin words in brackets are the English label.
_ENGLISH_SUFFIX = re.compile(r"^(?P<label>.*\S)\s*\((?P<en>[A-Za-z][A-Za-z0-9 ,.&'’/-]*)\)$")
# "Text Formatting (รูปแบบตัวอักษร)": English first, the Thai name in brackets (an English
# template translated): the Thai is the label, the English the English label.
_THAI_SUFFIX = re.compile(
    r"^(?P<en>[A-Za-z][A-Za-z0-9 ,.&'’/-]*?)\s*"
    r"\((?P<label>[^()A-Za-z]*[\u0e00-\u0e7f][^()A-Za-z]*)\)$"
)
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
_PAGE_PARTS = frozenset(PAGE_PART_LABELS.values())
# Nested headings: a section level and at most two below it make sections (Word's Heading 1–3,
# HTML's h1–h3); deeper headings stay lines of their section's text.
NESTED_LEVELS = 3
# A nested section's label: its parent's, then its own ("Basic Usage › Customization") …
LABEL_JOIN = " › "
# … unless its own label already places it: "2.1 Data", "๑.๑ วัตถุประสงค์", "3.2.1 …".
_PLACED_LABEL = re.compile(r"^[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})+\.?(?:\s|$)")


@dataclass(frozen=True)
class Heading:
    """A heading line of a document: its style, nesting level, label and where its line is
    (offsets in the document's text, line_end excluding the line break)."""

    style: str  # "markdown", "parenthesised", "numbered", "extracted" or "chapter"
    level: int  # number of '#' for Markdown, the mark's level when extracted, else 0
    label: str
    line_start: int
    line_end: int


@dataclass(frozen=True)
class _Part:
    """A heading that starts a section, with the section's labels (Thai, English)."""

    heading: Heading
    label: str
    label_en: str
    # A nested heading's line stays the first line of its section's text (it was a line of its
    # parent's text when only the shallowest level made sections: no passage changes).
    keeps_line: bool = False
    is_title: bool = False  # the single heading of the shallowest level (outline)
    own: str = ""  # the heading's own Thai label, as its subsections' labels begin with it


def visible_label(text: str) -> str:
    """A title or label as shown: NFC, without bidi / zero-width / control characters."""
    text = _LABEL_CONTROL.sub(" ", text.translate(INVISIBLE))
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _clean_label(label: str) -> str:
    label = visible_label(label)
    if len(label) > 2 and label[0] == label[-1] and label[0] in _EMPHASIS:
        label = label.strip(label[0]).strip()
    return label.rstrip(":").strip()


def _parse_heading(line: str, line_start: int, line_end: int) -> Heading | None:
    """The heading a line is, if it is one (of any style)."""
    line = line.strip()
    if not line:
        return None
    match = _MARKDOWN_HEADING.match(line)
    if match and len(line) <= _MAX_MARKDOWN_HEADING_CHARS:
        label = _clean_label(match.group("label"))
        return Heading("markdown", len(match.group("hashes")), label, line_start, line_end)
    if len(line) > MAX_HEADING_CHARS:
        return None
    for style, pattern in (
        ("parenthesised", _PARENTHESISED_HEADING),
        ("numbered", _NUMBERED_HEADING),
    ):
        match = pattern.match(line)
        if match:
            return Heading(style, 0, _clean_label(match.group("label")), line_start, line_end)
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


def section_headings(text: str, body_start: int) -> list[Heading]:
    """The headings that divide the body into sections, of one style.

    Markdown headings win when there are any (numbered lines are then list items), every level
    of them (`outline` nests them); otherwise the style of the first numbered heading, so that
    sub-items of another style stay inside their section.
    """
    headings = [
        heading
        for start, end in line_spans(text)
        if start >= body_start and (heading := _parse_heading(text[start:end], start, end))
    ]
    markdown = [h for h in headings if h.style == "markdown"]
    if markdown:
        return markdown
    headings = without_list_items(text, headings)
    if not headings:
        return []
    style = headings[0].style
    return [h for h in headings if h.style == style]


# A numbered list's items are no headings ("1.2 วัตถุประสงค์" over "1.2.1 เพื่อศึกษากระบวนการ…",
# "1.2.2 สามารถออกแบบ…": a science report's objectives; its PDF in ../shared/docs-samples gave
# one section an objective). What tells them apart in a text without marks: an item may be a
# paragraph, a heading is not. A numbered line longer than MAX_HEADING_CHARS, or at least
# WRAPPED_SHARE of the document's full line (the FULL_LINE_QUANTILE of its lines' lengths) with
# its next line going on without a blank line (a paragraph that wrapped), is an item; then so
# is every sibling (numbered alike, at the same depth under the same parent number, numbered
# on without restarting), the short ones too; and so are they when one is followed at once by
# the next ("1. กรอกใบสมัคร⏎2. ชำระค่าสมัคร": a heading has text under it). In the report, its
# items' wrapped first lines are 69–85 characters of a full line of 88; its headings 14–61, over
# a blank line or under a heading of their own. Text whose lines are whole paragraphs (Word,
# HTML, most .txt) has a full line far longer than any heading: there its numbered paragraphs
# and its items that follow one another count.
WRAPPED_SHARE = 0.7
FULL_LINE_QUANTILE = 0.9
MIN_LINES_MEASURED = 20  # fewer lines than this: no full line to measure wrapping against
# A numbered line: "1.2.3 …", "2) …", "3. …", "(4) …" ("12 คน …" is no numbering: a lone
# number needs a bracket or a full stop).
_NUMBERED_LINE = re.compile(
    r"^\s*(?P<open>\(\s*)?(?P<n>[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*)(?P<close>\s*[.)])?\s+\S"
)


def _numbering(line: str) -> tuple[tuple, tuple[int, ...]] | None:
    """A numbered line's kind (brackets, depth, parent number) and number path: '1.2.3 …' →
    (('', '', 3, (1, 2)), (1, 2, 3)); None for a line that is not numbered."""
    match = _NUMBERED_LINE.match(line)
    if match is None:
        return None
    path = tuple(
        int("".join(str(unicodedata.digit(c)) for c in part)) for part in match["n"].split(".")
    )
    marks = ((match["open"] or "").strip(), (match["close"] or "").strip())
    if len(path) == 1 and marks == ("", ""):
        return None
    return (*marks, len(path), path[:-1]), path


def without_list_items(text: str, headings: list[Heading]) -> list[Heading]:
    """headings without the numbered lines that are a list's items (see WRAPPED_SHARE)."""
    spans = [(a, b) for a, b in line_spans(text) if text[a:b].strip()]
    lengths = sorted(len(text[a:b].strip()) for a, b in spans)
    full = lengths[int(FULL_LINE_QUANTILE * (len(lengths) - 1))] if lengths else 0
    measured = len(lengths) >= MIN_LINES_MEASURED
    group_of: dict[int, int] = {}  # a numbered line's start → its list's number
    open_lists: dict[tuple, tuple[int, int]] = {}  # kind → (its list's number, last number)
    items: set[int] = set()  # the lists that are lists, not headings
    for i, (start, end) in enumerate(spans):
        line = text[start:end].strip()
        numbered = _numbering(line)
        if numbered is None:
            continue
        kind, path = numbered
        group, last = open_lists.get(kind, (-1, 0))
        if group < 0 or path[-1] <= last:
            group = i  # a new list (or the first of its kind)
        open_lists[kind] = (group, path[-1])
        group_of[start] = group
        following = text[slice(*spans[i + 1])].strip() if i + 1 < len(spans) else ""
        wraps = bool(
            measured
            and following
            and len(line) >= WRAPPED_SHARE * full
            and len(_LINE_BREAK.findall(text, end, spans[i + 1][0])) == 1  # no blank line
            and _numbering(following) is None
        )
        sibling = _numbering(following)  # the next line is the next item: nothing under this
        adjacent = sibling is not None and sibling[0] == kind and sibling[1][-1] == path[-1] + 1
        if len(line) > MAX_HEADING_CHARS or wraps or adjacent:
            items.add(group)
    return [h for h in headings if group_of.get(h.line_start, -1) not in items]


def outline(headings: list[Heading], keep_lines: bool = False) -> list[_Part]:
    """The headings that start sections, in text order, with their labels.

    The shallowest level makes sections, and the NESTED_LEVELS - 1 levels below it nested ones;
    when that level has a single heading and deeper ones exist, that heading is the document's
    title (a page's one h1, a report's one "Heading 1"): the next level makes the sections, and
    the title heading keeps a section of its own only for the text right under it. A nested
    section is labelled "parent › own" (the parent's own label, not the title's), or by its own
    label alone when that is numbered in place ("2.1 …"). Headings of one level (every plain
    text style) give exactly one section each, labelled as they read. Only the shallowest
    level's heading lines are left out of the sections' text (`_Part.keeps_line`).
    """
    if not headings:
        return []
    levels = sorted({h.level for h in headings})
    shallowest = levels[0]
    title_level = None
    # A web page's footer or sidebar without a heading is a section at the top level
    # (extract/html.py): it does not make the page's one h1 less its title (FRESH17a §4.2: every
    # label read "ห้องสมุดโรงเรียน… › เวลาเปิดทำการ", the page's name before each h2).
    tops = [h for h in headings if h.level == levels[0] and h.label not in _PAGE_PARTS]
    if len(levels) > 1 and len(tops) == 1:
        title_level, levels = levels[0], levels[1:]
    used = set(levels[:NESTED_LEVELS])
    parts: list[_Part] = []
    parents: list[tuple[int, str, str]] = []  # (level, Thai, English) of the open headings
    for heading in headings:
        if heading.level not in used and heading.level != title_level:
            continue
        own, own_en = label, label_en = _labels(heading.label)
        while parents and parents[-1][0] >= heading.level:
            parents.pop()
        if parents and parents[-1][0] != title_level and not _PLACED_LABEL.match(own):
            _, parent, parent_en = parents[-1]
            label = f"{parent}{LABEL_JOIN}{own}"
            label_en = f"{parent_en}{LABEL_JOIN}{own_en}" if parent_en and own_en else own_en
        parents.append((heading.level, own, own_en))
        keeps_line = keep_lines or heading.level > shallowest
        is_title = heading.level == title_level
        parts.append(_Part(heading, label, label_en, keeps_line, is_title, own))
    return parts


# The parts of a Thai law by the names of the Council of State's English translations: มาตรา ๕
# "Section 5", หมวด ๑ "Chapter 1", ส่วนที่ ๒ "Part 2", an inserted มาตรา ๒๖/๑ "Section 26/1"
# and ๕ ทวิ "Section 5 bis"; the named parts around them. A regulation's ข้อ ๔ is "Clause 4" (the
# same translations of ระเบียบ and ข้อบังคับ).
_LAW_LABEL = re.compile(
    rf"^(?P<kind>มาตรา|หมวด|ส่วนที่|ข้อ)\s*(?P<number>{NUMBER}(?:/[0-9๐-๙]{{1,3}})?)"
    rf"(?:\s*(?P<latin>{ORDINAL}))?"
)
_LAW_UNITS_EN = {"มาตรา": "Section", "หมวด": "Chapter", "ส่วนที่": "Part", "ข้อ": "Clause"}
LAW_PARTS_EN = {
    "บทเฉพาะกาล": "Transitory Provisions",
    "ผู้รับสนองพระบรมราชโองการ": "Countersignature",
    "หมายเหตุ": "Note",
}
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# Thai legal instruments by the English names of the Office of the Council of State's
# translations, longest first: a title opening with one names the document's kind.
LAW_KINDS_EN = {
    "รัฐธรรมนูญแห่งราชอาณาจักรไทย": "Constitution of the Kingdom of Thailand",
    "พระราชบัญญัติประกอบรัฐธรรมนูญ": "Organic Act",
    "พระราชบัญญัติ": "Act",
    "พระราชกำหนด": "Emergency Decree",
    "พระราชกฤษฎีกา": "Royal Decree",
    "ประมวลกฎหมาย": "Code",
    "กฎกระทรวง": "Ministerial Regulation",
    "ประกาศกระทรวง": "Notification of the Ministry",
    "ระเบียบ": "Regulation",
}


# A law's title shows its form: its year (พ.ศ. ๒๕๖๖, or พุทธศักราช ๒๕๖๐ as the constitution
# writes it) or what it is about (ว่าด้วย …), as the Royal Gazette's titles do.
_LAW_FORM = re.compile(r"(?:พ\.\s*ศ\.|พุทธศักราช)\s*[0-9๐-๙]{4}|ว่าด้วย")


@lru_cache(maxsize=256)
def law_kind_en(title: str) -> str:
    """The English name of the legal instrument a Thai law's title opens with ("พระราชกฤษฎีกา
    ยุบสภาผู้แทนราษฎร พ.ศ. ๒๕๖๖" → "Royal Decree"), "" for any other title.

    A title is a law's only when it shows a law's form (_LAW_FORM: a พ.ศ. year or ว่าด้วย) and
    its first word (text.tokenize, newmm) is the kind or part of it ("ประกาศ" of
    "ประกาศกระทรวง…"), not a longer word that merely starts with it: "ระเบียบวิธีวิจัยทางการศึกษา"
    (research methodology; first word ระเบียบวิธี, no year) is no "Regulation"."""
    if not _LAW_FORM.search(title):
        return ""
    kind = next((th for th in LAW_KINDS_EN if title.startswith(th)), "")
    if not kind:
        return ""
    from ..text import tokenize

    words = tokenize(title)
    return LAW_KINDS_EN[kind] if words and kind.startswith(words[0]) else ""


def _law_label_en(label: str) -> str:
    """ "มาตรา ๒๖/๑" → "Section 26/1", "หมวด ๑ บททั่วไป" → "Chapter 1" ("" for other labels)."""
    if label in LAW_PARTS_EN:
        return LAW_PARTS_EN[label]
    match = _LAW_LABEL.match(label)
    if match is None:
        return ""
    number = match.group("number").translate(_THAI_DIGITS)
    latin = INSERTION_ORDINALS.get(match.group("latin") or "", "")
    return " ".join(filter(None, (_LAW_UNITS_EN[match.group("kind")], number, latin)))


def _labels(label: str) -> tuple[str, str]:
    """Thai label and English label of a heading: "ตารางเรียน (Timetable)" and "Timetable
    (ตารางเรียน)" both give ("ตารางเรียน", "Timetable"); a law's "มาตรา ๕" gives "Section 5"."""
    if label in KNOWN_LABELS_EN:
        return label, KNOWN_LABELS_EN[label]
    if law := _law_label_en(label):
        return label, law
    match = _ENGLISH_SUFFIX.match(label)
    if match and not match.group("label").isascii():
        return match.group("label").strip(), match.group("en").strip()
    match = _THAI_SUFFIX.match(label)
    if match:
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
    return title, assemble_sections(doc_id, text, body_start, section_headings(text, body_start))


def assemble_sections(
    doc_id: str, text: str, body_start: int, headings: list[Heading], keep_lines: bool = False
) -> tuple[Section, ...]:
    """The sections the headings divide text into (from body_start): an overview before the
    first heading when it holds text (or there is no heading), then one per heading of the
    `outline`, numbered from 1, each running to the next one's heading line. A heading followed
    at once by a subsection labelled under it ("Lists", then "Lists › Bullet Lists") holds no
    text of its own and makes no section (nor does a title heading: it names the document);
    followed at once by one numbered in place
    ("บทที่ 2", then "2.1 …"), it stays, without passages, so that its name is still listed.
    keep_lines: every heading's line stays in the text (`outline`), in its own section's or,
    when nothing but a subsection follows it, in that subsection's."""
    overview_label = (
        ASEAN_OVERVIEW_LABEL
        if _is_asean_edition([h.label for h in headings], text)
        else OVERVIEW_LABEL
    )
    parts = outline(headings, keep_lines)
    sections: list[Section] = []
    overview_end = parts[0].heading.line_start if parts else len(text)
    if text[body_start:overview_end].strip() or not parts:
        sections.append(
            Section(doc_id, 0, overview_label, OVERVIEW_LABEL_EN, body_start, overview_end)
        )
    carried: int | None = None  # the line of a heading that made no section (it leads the next)
    for i, part in enumerate(parts):
        heading = part.heading
        following = parts[i + 1] if i + 1 < len(parts) else None
        end = following.heading.line_start if following else len(text)
        start = heading.line_start if part.keeps_line else heading.line_end
        if carried is not None:
            start, carried = carried, None
        if (
            following is not None
            and following.heading.level > heading.level
            and (part.is_title or following.label.startswith(part.own + LABEL_JOIN))
            and not text[heading.line_end : end].strip()
        ):
            carried = start if start < heading.line_end else None
            continue
        number = len(sections) + (0 if sections and sections[0].section_id == 0 else 1)
        if (
            following is not None
            and following.heading.level > heading.level
            and start < heading.line_end
            and not text[heading.line_end : end].strip()
        ):
            # A kept heading line with nothing under it but a subsection ("2 วิธีการ", then
            # "2.1 ข้อมูล"): listed without passages, its line leading the subsection's text.
            carried, end = start, start
        sections.append(Section(doc_id, number, part.label, part.label_en, start, end))
    return tuple(sections)
