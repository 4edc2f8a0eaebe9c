"""Documents → labelled sections → passages, each with exact offsets into its source file."""

from __future__ import annotations

import bisect
import hashlib
import json
import math
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import CorpusError
from .fileio import read_regular_file

TEXT_SUFFIXES = (".txt", ".md")
# Read through qa_bot.extract: their stored text is the extracted, repaired text.
EXTRACTED_SUFFIXES = (".pdf", ".docx", ".html", ".htm")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + EXTRACTED_SUFFIXES
# A document's metadata file beside it, "NAME.meta.json" = {"title": "..."}: a proper title for
# a document whose first line is not one, without editing its text (`qa-bot add --title`).
METADATA_SUFFIX = ".meta.json"
MAX_TITLE_CHARS = 200
DEFAULT_MAX_PASSAGE_CHARS = 1200

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
MIN_SENTENCE_CHARS = 40
# PyThaiNLP's CRF splitter cuts at spaces, and Thai puts spaces between clauses: it cuts after
# an abbreviation's full stop ("ค.ศ. | 2025", "สปป. | ลาว") and before a clause that cannot
# stand alone ("… AUN) ขึ้น | ซึ่งเป็นความร่วมมือ …"). Such a piece joins the sentence before it
# while the two stay under MAX_JOINED_CHARS (a highlight should stay a sentence, not a paragraph).
_ENDS_WITH_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[\u0e01-\u0e2e]{1,3}\.)+$")
CONTINUATION_STARTS = ("ซึ่ง", "เพื่อ", "โดย")  # which, so as to, by
_STARTS_WITH_NUMBER = re.compile(r"^[0-9\u0e50-\u0e59]")
# An era's abbreviation is never the end of a sentence: its year follows ("ค.ศ. | 2017").
_ENDS_WITH_ERA = re.compile(r"(?:ค\.\s?ศ|พ\.\s?ศ|ร\.\s?ศ|จ\.\s?ศ)\.$")
# Thai text written with full stops ends a sentence with one: "…ใจงาม. ปัจจุบันชมรม…". A full stop
# after a Thai letter that is not an abbreviation's (see _ENDS_WITH_ABBREVIATION) ends a sentence.
_ENDS_WITH_FULL_STOP = re.compile(r"[\u0e01-\u0e4f]\.$")
MAX_JOINED_CHARS = 320
# A line ends at LF, CRLF or a lone CR (old Mac files): offsets stay those of the file's text.
_NEWLINE = r"(?:\r(?!\n)|\r?\n)"
_LINE_BREAK = re.compile(_NEWLINE)
_PARAGRAPH_BREAK = re.compile(rf"{_NEWLINE}[ \t]*{_NEWLINE}")
_SPACE = re.compile(r"\s+")
# Invisible characters that reorder or hide text (bidi controls, zero-width): never kept raw in
# a title or a section label, where they could make one label look like another.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
        "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u00ad\u180e",
    ),
    None,
)
_LABEL_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


@dataclass(frozen=True)
class Section:
    doc_id: str
    section_id: int
    label: str
    label_en: str
    start: int  # offsets of the section's body (after its heading) in the source
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    id: int
    doc_id: str
    doc_title: str
    section_id: int
    section_label: str
    section_label_en: str
    start: int
    end: int
    # The whole document's text: the same string as its Document's, not a copy (a copy of
    # each passage's text took 150 MB at 100 k passages, bench/scale.py).
    source: str = field(repr=False)
    # Offsets (into the source) of the sentences that an answer can point to.
    sentences: tuple[tuple[int, int], ...] = ()
    page: int | None = None  # 1-based PDF page the passage is on (a passage never spans two)

    @property
    def text(self) -> str:
        return self.source[self.start : self.end]


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    text: str
    sha256: str  # of the file's bytes
    sections: tuple[Section, ...]
    # sha256 of the metadata file (METADATA_SUFFIX) the title came from, if any: the index
    # notices a changed title as it notices changed text.
    metadata_sha256: str | None = None
    # PDFs: where each page starts in `text` (page i + 1 at page_starts[i]); empty otherwise.
    page_starts: tuple[int, ...] = ()
    # Pages that could not be read ("3: ไม่มีข้อความ … / no text layer …").
    skipped_pages: tuple[str, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character `offset` of the text (None: not a PDF)."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))


@dataclass(frozen=True)
class _Heading:
    style: str  # "markdown", "parenthesised" or "numbered"
    level: int  # number of '#' for Markdown, else 0
    label: str
    line_start: int
    line_end: int


def visible_label(text: str) -> str:
    """A title or label as shown: NFC, without bidi / zero-width / control characters."""
    text = _LABEL_CONTROL.sub(" ", text.translate(_INVISIBLE))
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


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the line break (LF, CRLF or CR)."""
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def document_stem(doc_id: str) -> str:
    """A file name without its document suffix(es): 'camp.th.md' → 'camp.th'."""
    return Path(doc_id).stem


def _title_span(doc_id: str, text: str) -> tuple[str, int]:
    """The title and where the body starts.

    The title is a Markdown '# ' heading or the first non-empty line. A first line that is a
    section heading ('## ...', '(1) ...') or a long paragraph stays in the body, and the file
    name stands in for the title.
    """
    for start, end in _lines(text):
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
        for start, end in _lines(text)
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
    return title, _assemble_sections(doc_id, text, body_start, _section_headings(text, body_start))


def _assemble_sections(
    doc_id: str, text: str, body_start: int, headings: list[_Heading]
) -> tuple[Section, ...]:
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


def _extracted_headings(text: str, marks) -> list[_Heading]:
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


# The last few extracted documents, by file name and content: `qa-bot add` reads a file to
# check it and then builds with it; a 500-page PDF takes a minute to extract.
_EXTRACTED: dict[tuple[str, str], Document] = {}
_EXTRACTED_KEPT = 4


def _read_extracted(path: Path, raw: bytes) -> Document:
    """A PDF, Word or HTML document: its stored text is the extracted, repaired text."""
    from .extract import ExtractionError, extract

    key = (path.name, hashlib.sha256(raw).hexdigest())
    if key in _EXTRACTED:
        return _EXTRACTED[key]
    try:
        extracted = extract(path)
    except ExtractionError as error:
        raise CorpusError(error.message_th, error.message_en) from error
    text = extracted.text
    sections = _assemble_sections(path.name, text, 0, _extracted_headings(text, extracted.sections))
    skipped = tuple(f"{p.page}: {p.reason_th} / {p.reason_en}" for p in extracted.skipped)
    document = Document(
        path.name,
        extracted.title or document_stem(path.name),
        text,
        key[1],
        sections,
        page_starts=extracted.page_starts,
        skipped_pages=skipped,
    )
    while len(_EXTRACTED) >= _EXTRACTED_KEPT:
        del _EXTRACTED[next(iter(_EXTRACTED))]
    _EXTRACTED[key] = document
    return document


def metadata_path(path: Path) -> Path:
    """Where a document's metadata file is: beside it, "NAME.meta.json"."""
    return path.with_name(path.name + METADATA_SUFFIX)


def metadata_sha256(path: Path) -> str | None:
    """sha256 of a document's metadata file, None when it has none."""
    try:
        return hashlib.sha256(metadata_path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CorpusError(
            f"อ่านไฟล์ {metadata_path(path)} ไม่ได้: {exc.strerror}",
            f"cannot read {metadata_path(path)}: {exc.strerror}",
        ) from exc


def clean_title(title: object, where: str) -> str:
    """A title as given (metadata file, `qa-bot add --title`): one line of text, whitespace
    folded; CorpusError (Thai and English) for anything else."""
    if not isinstance(title, str) or not title.strip():
        raise CorpusError(
            f"ชื่อเอกสารใน {where} ต้องเป็นข้อความที่ไม่ว่าง",
            f"the title in {where} must be non-empty text",
        )
    title = " ".join(title.split())
    if len(title) > MAX_TITLE_CHARS:
        raise CorpusError(
            f"ชื่อเอกสารใน {where} ยาวเกิน {MAX_TITLE_CHARS} ตัวอักษร",
            f"the title in {where} is longer than {MAX_TITLE_CHARS} characters",
        )
    return title


def read_title(path: Path) -> str | None:
    """The title a document's metadata file gives it, None without one (or without a title)."""
    meta = metadata_path(path)
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CorpusError(
            f'อ่าน {meta} ไม่ได้ (ต้องเป็น JSON แบบ UTF-8 เช่น {{"title": "..."}}): {exc}',
            f'cannot read {meta} (UTF-8 JSON such as {{"title": "..."}} expected): {exc}',
        ) from exc
    if not isinstance(data, dict):
        raise CorpusError(
            f'{meta} ต้องเป็น JSON object เช่น {{"title": "..."}}',
            f'{meta} must be a JSON object such as {{"title": "..."}}',
        )
    return clean_title(data["title"], meta.name) if "title" in data else None


def _utf16_bom(raw: bytes) -> bool:
    return raw.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode_document(raw: bytes) -> str:
    """A document's text: its bytes as UTF-8, a leading byte-order mark dropped (it is not
    text), line breaks kept as they are (LF, CRLF or CR). Every offset counts characters of
    this string: in Python, open(path, encoding="utf-8-sig", newline="").read().

    Raises UnicodeDecodeError.
    """
    return raw.decode("utf-8").removeprefix("\ufeff")


def read_document(path: Path, max_bytes: int | None = None) -> Document:
    """Read one document; offsets are in characters of its stored text: decode_document's text
    of a .txt/.md file, the extracted and repaired text of a .pdf/.docx/.html/.htm file.

    Raises CorpusError (Thai and English) for a file that cannot be read as its type, is not a
    regular file (a link, FIFO, device), or is larger than max_bytes (default:
    fileio.max_file_bytes).
    """
    path = Path(path)
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise CorpusError(
            f"{path.name} ไม่ใช่ไฟล์ .txt .md .pdf .docx หรือ .html",
            f"{path.name} is not a .txt, .md, .pdf, .docx or .html file",
        )
    raw = read_regular_file(path, max_bytes)
    if path.suffix.lower() in EXTRACTED_SUFFIXES:
        document = _read_extracted(path, raw)
        return replace(
            document,
            title=read_title(path) or document.title,
            metadata_sha256=metadata_sha256(path),
        )
    if _utf16_bom(raw):
        raise CorpusError(
            f"{path} เข้ารหัสเป็น UTF-16 ให้บันทึกใหม่เป็น UTF-8",
            f"{path} is UTF-16; save it as UTF-8",
        )
    if b"\x00" in raw:
        raise CorpusError(
            f"{path} ดูเหมือนเป็นไฟล์ไบนารี ไม่ใช่ข้อความ (รับเฉพาะ .txt/.md แบบ UTF-8)",
            f"{path} looks binary, not text (only UTF-8 .txt/.md files are accepted)",
        )
    try:
        text = decode_document(raw)
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path} ไม่ได้เข้ารหัสเป็น UTF-8 (ไบต์ที่ {exc.start}) ให้บันทึกใหม่เป็น UTF-8",
            f"{path} is not UTF-8 (byte {exc.start}); save it as UTF-8",
        ) from exc
    if not text.strip():
        raise CorpusError(f"{path} ว่างเปล่า", f"{path} is empty")
    title, sections = split_sections(path.name, text)
    title = read_title(path) or title
    return Document(
        path.name,
        title,
        text,
        hashlib.sha256(raw).hexdigest(),
        sections,
        metadata_sha256(path),
    )


def is_document_file(path: Path) -> bool:
    """A corpus document: a visible .txt or .md name that is not a folder (hidden files are
    work in progress). A link, FIFO or device so named counts, so that reading it is refused
    with a message rather than the file silently left out."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return (
        path.suffix.lower() in DOCUMENT_SUFFIXES
        and not path.name.startswith(".")
        and not stat.S_ISDIR(mode)
    )


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Documents of a corpus folder, in a stable order."""
    if not corpus_dir.is_dir():
        raise CorpusError(
            f"ไม่พบโฟลเดอร์เอกสาร {corpus_dir}", f"corpus folder {corpus_dir} not found"
        )
    files = sorted(p for p in corpus_dir.iterdir() if is_document_file(p))
    if not files:
        raise CorpusError(
            f"ไม่มีไฟล์ .txt หรือ .md ใน {corpus_dir}", f"no .txt or .md files in {corpus_dir}"
        )
    return files


def load_corpus(corpus_dir: Path, max_bytes: int | None = None) -> list[Document]:
    return [read_document(path, max_bytes) for path in corpus_files(corpus_dir)]


def corpus_hashes(corpus_dir: Path, max_bytes: int | None = None) -> dict[str, str]:
    """sha256 of every document's bytes by id, read as documents are (regular files only).

    Raises CorpusError as corpus_files and read_regular_file do.
    """
    return {
        path.name: hashlib.sha256(read_regular_file(path, max_bytes)).hexdigest()
        for path in corpus_files(corpus_dir)
    }


def content_key(text: str) -> str:
    """What makes two documents the same text: equal after NFC, without invisible characters,
    with one kind of line break and no trailing spaces (sha256 hex)."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    lines = [text[a:b].rstrip() for a, b in _lines(text)]
    return hashlib.sha256("\n".join(lines).strip().encode()).hexdigest()


def duplicate_documents(documents: list[Document]) -> dict[str, str]:
    """Documents whose text another one before them already has: {doc id: id of the first}."""
    first: dict[str, str] = {}
    duplicates = {}
    for doc in documents:
        original = first.setdefault(content_key(doc.text), doc.doc_id)
        if original != doc.doc_id:
            duplicates[doc.doc_id] = original
    return duplicates


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank paragraphs between start and end, trimmed of surrounding whitespace."""
    spans, cursor = [], start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    trimmed = []
    for a, b in spans:
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            a += len(chunk) - len(chunk.lstrip())
            trimmed.append((a, a + len(stripped)))
    return trimmed


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
    spaces = [m.start() for m in _SPACE.finditer(text, window.start, high + 1)]
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
    spans = []
    for a, b in pieces:
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            a += len(chunk) - len(chunk.lstrip())
            spans.append((a, a + len(stripped)))
    return spans


def continues(
    text: str, before: tuple[int, int], piece: tuple[int, int], max_chars: int = MAX_JOINED_CHARS
) -> bool:
    """True when a CRF piece belongs to the sentence before it while the two stay within
    max_chars (see MAX_JOINED_CHARS).

    Whatever the length, a year joins its era ("… พฤศจิกายน ค.ศ. | 2017"), and nothing joins a
    sentence ended by a full stop ("…ใจงาม. | ปัจจุบันชมรมมีสมาชิก 120 คน.").
    """
    said = text[before[0] : before[1]].rstrip()
    words = text[piece[0] : piece[1]]
    if _ENDS_WITH_ERA.search(said) and _STARTS_WITH_NUMBER.match(words):
        return True
    if ends_sentence(said):
        return False
    if piece[1] - piece[0] < MIN_SENTENCE_CHARS:
        return True
    if piece[1] - before[0] > max_chars:
        return False
    return bool(
        _ends_with_abbreviation(said)
        or _STARTS_WITH_NUMBER.match(words)
        or words.startswith(CONTINUATION_STARTS)
    )


def _ends_with_abbreviation(text: str) -> bool:
    """True for "ค.ศ.", "สปป.", "16.30 น." — not for a word of PyThaiNLP's dictionary written
    without vowels before a full stop ("120 คน.", "ผล.")."""
    match = _ENDS_WITH_ABBREVIATION.search(text)
    if match is None:
        return False
    cluster = match.group().lstrip(" \t\n(")
    if cluster.count(".") > 1 or len(cluster) <= 2:
        return True
    from pythainlp.corpus import thai_words

    return cluster[:-1] not in thai_words()


def ends_sentence(text: str) -> bool:
    """True when Thai text ends in a full stop that is not an abbreviation's ("ใจงาม.", "คน.",
    not "ค.ศ.", "16.30 น.")."""
    text = text.rstrip()
    return bool(_ENDS_WITH_FULL_STOP.search(text)) and not _ends_with_abbreviation(text)


def sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Sentences of a passage (PyThaiNLP's CRF splitter), as offsets into the source.

    Fragments shorter than MIN_SENTENCE_CHARS join the sentence before them: a highlighted
    answer of a few words out of context helps nobody. So do pieces that continue a sentence
    (see MAX_JOINED_CHARS): on the bundled document, joining them raised sentence@1 from 0.82 to
    0.88 on the dev questions and from 0.72 to 0.77 on eval/extra.jsonl, with nothing else
    changed (78 sentences became 65, median 137 → 207 characters).
    """
    from pythainlp.tokenize import sent_tokenize

    spans: list[tuple[int, int]] = []
    cursor = start
    for sentence in sent_tokenize(text[start:end], engine="crfcut"):
        sentence = sentence.strip()
        found = text.find(sentence, cursor, end) if sentence else -1
        if found < 0:
            continue
        span = (found, found + len(sentence))
        cursor = span[1]
        if spans and continues(text, spans[-1], span):
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    short = spans[0][1] - spans[0][0] < MIN_SENTENCE_CHARS if spans else False
    if len(spans) > 1 and short and not ends_sentence(text[spans[0][0] : spans[0][1]]):
        first = spans.pop(0)
        spans[0] = (first[0], spans[0][1])
    return tuple(spans) or ((start, end),)


def split_passages(
    documents: list[Document], max_chars: int = DEFAULT_MAX_PASSAGE_CHARS
) -> list[Passage]:
    """Passages of every document: paragraphs, long ones cut at spaces to max_chars."""
    passages: list[Passage] = []
    for doc in documents:
        for section in doc.sections:
            for p_start, p_end in _paragraphs(doc.text, section.start, section.end):
                for start, end in _split_long(doc.text, p_start, p_end, max_chars):
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
                            sentences=sentence_spans(doc.text, start, end),
                            page=doc.page_at(start),
                        )
                    )
    return passages
