"""Documents → labelled sections → passages, each with exact offsets into its source file."""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CorpusError

DOCUMENT_SUFFIXES = (".txt", ".md")
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
MAX_JOINED_CHARS = 320
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_SPACE = re.compile(r"\s+")


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

    @property
    def text(self) -> str:
        return self.source[self.start : self.end]


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    text: str
    sha256: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class _Heading:
    style: str  # "markdown", "parenthesised" or "numbered"
    level: int  # number of '#' for Markdown, else 0
    label: str
    line_start: int
    line_end: int


def _clean_label(label: str) -> str:
    label = label.strip()
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
    """(start, end) of every line, end excluding the newline."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
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
        return line.lstrip("#").strip(), end
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
    headings = _section_headings(text, body_start)
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
    return title, tuple(sections)


def _utf16_bom(raw: bytes) -> bool:
    return raw.startswith((b"\xff\xfe", b"\xfe\xff"))


def read_document(path: Path) -> Document:
    """Read one UTF-8 document; offsets are in characters of the decoded text.

    Raises CorpusError (Thai and English) for a file that is not UTF-8 text.
    """
    path = Path(path)
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise CorpusError(
            f"{path.name} ไม่ใช่ไฟล์ .txt หรือ .md (รับเฉพาะข้อความ UTF-8)",
            f"{path.name} is not a .txt or .md file (only UTF-8 text is accepted)",
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(
            f"อ่านไฟล์ {path} ไม่ได้: {exc.strerror}", f"cannot read {path}: {exc.strerror}"
        ) from exc
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
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path} ไม่ได้เข้ารหัสเป็น UTF-8 (ไบต์ที่ {exc.start}) ให้บันทึกใหม่เป็น UTF-8",
            f"{path} is not UTF-8 (byte {exc.start}); save it as UTF-8",
        ) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CorpusError(f"{path} ว่างเปล่า", f"{path} is empty")
    title, sections = split_sections(path.name, text)
    return Document(path.name, title, text, hashlib.sha256(raw).hexdigest(), sections)


def is_document_file(path: Path) -> bool:
    """A corpus document: a visible .txt or .md file (hidden files are work in progress)."""
    return (
        path.suffix.lower() in DOCUMENT_SUFFIXES
        and not path.name.startswith(".")
        and path.is_file()
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


def load_corpus(corpus_dir: Path) -> list[Document]:
    return [read_document(path) for path in corpus_files(corpus_dir)]


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


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut [start, end) into about equal pieces of at most max_chars, at spaces.

    Thai marks sentence and clause ends with a space, so a space is the natural cut.
    """
    length = end - start
    if length <= max_chars:
        return [(start, end)]
    spaces = [m.start() for m in _SPACE.finditer(text, start, end)]
    # Aim for equal pieces; if the spaces fall badly, try one more piece, until all fit.
    for pieces in range(math.ceil(length / max_chars), len(spaces) + 2):
        cuts = [start]
        for i in range(1, pieces):
            target = start + round(i * length / pieces)
            candidates = [s for s in spaces if cuts[-1] < s <= cuts[-1] + max_chars]
            if not candidates:
                break
            cuts.append(min(candidates, key=lambda s: abs(s - target)))
        cuts.append(end)
        if all(b - a <= max_chars for a, b in itertools.pairwise(cuts)):
            break
    spans = []
    for a, b in itertools.pairwise(cuts):
        chunk = text[a:b]
        a += len(chunk) - len(chunk.lstrip())
        b = a + len(chunk.strip())
        if b > a:
            spans.append((a, b))
    return spans


def continues(
    text: str, before: tuple[int, int], piece: tuple[int, int], max_chars: int = MAX_JOINED_CHARS
) -> bool:
    """True when a CRF piece belongs to the sentence before it while the two stay within
    max_chars (see MAX_JOINED_CHARS)."""
    if piece[1] - piece[0] < MIN_SENTENCE_CHARS:
        return True
    if piece[1] - before[0] > max_chars:
        return False
    words = text[piece[0] : piece[1]]
    return bool(
        _ENDS_WITH_ABBREVIATION.search(text[before[0] : before[1]])
        or _STARTS_WITH_NUMBER.match(words)
        or words.startswith(CONTINUATION_STARTS)
    )


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
    if len(spans) > 1 and spans[0][1] - spans[0][0] < MIN_SENTENCE_CHARS:
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
                        )
                    )
    return passages
