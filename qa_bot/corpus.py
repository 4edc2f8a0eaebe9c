"""Documents → labelled sections → passages, each with exact offsets into its source file."""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
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

# A heading is a short line of its own: "(1) การศึกษา", "1. ...", "๑. ...", or "## ...".
_HEADING_PATTERNS = (
    re.compile(r"^\(\s*[0-9๐-๙]{1,3}\s*\)\s*(?P<label>\S.*)$"),
    re.compile(r"^[0-9๐-๙]{1,3}[.)]\s+(?P<label>\S.*)$"),
    re.compile(r"^#{2,6}\s+(?P<label>\S.*)$"),
)
_MAX_HEADING_CHARS = 80
MIN_SENTENCE_CHARS = 40
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


@dataclass(frozen=True)
class Passage:
    id: int
    doc_id: str
    doc_title: str
    section_id: int
    section_label: str
    section_label_en: str
    start: int
    end: int
    text: str
    # Offsets (into the source) of the sentences that an answer can point to.
    sentences: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    text: str
    sha256: str
    sections: tuple[Section, ...]


def _heading_label(line: str) -> str | None:
    line = line.strip()
    if not line or len(line) > _MAX_HEADING_CHARS:
        return None
    for pattern in _HEADING_PATTERNS:
        match = pattern.match(line)
        if match:
            return match.group("label").strip().rstrip("#").strip()
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _title_span(text: str) -> tuple[str, int]:
    """The title (first non-empty line, without '#') and where the body starts."""
    for start, end in _lines(text):
        line = text[start:end].strip()
        if line:
            return line.lstrip("#").strip(), end
    return "", len(text)


def split_sections(doc_id: str, text: str) -> tuple[str, tuple[Section, ...]]:
    """The title and the sections of a document; text before the first heading is section 0."""
    title, body_start = _title_span(text)
    headings = [
        (start, end, label)
        for start, end in _lines(text)
        if start >= body_start and (label := _heading_label(text[start:end])) is not None
    ]
    is_asean = any(label in KNOWN_LABELS_EN for _, _, label in headings)
    overview_label = ASEAN_OVERVIEW_LABEL if is_asean else OVERVIEW_LABEL
    sections: list[Section] = []
    overview_end = headings[0][0] if headings else len(text)
    if text[body_start:overview_end].strip() or not headings:
        sections.append(
            Section(doc_id, 0, overview_label, OVERVIEW_LABEL_EN, body_start, overview_end)
        )
    for number, (_, heading_end, label) in enumerate(headings, start=1):
        end = headings[number][0] if number < len(headings) else len(text)
        label_en = KNOWN_LABELS_EN.get(label, "")
        sections.append(Section(doc_id, number, label, label_en, heading_end, end))
    return title, tuple(sections)


def read_document(path: Path) -> Document:
    """Read one UTF-8 document; offsets are in characters of the decoded text."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(
            f"อ่านไฟล์ {path} ไม่ได้: {exc.strerror}", f"cannot read {path}: {exc.strerror}"
        ) from exc
    if b"\x00" in raw:
        raise CorpusError(
            f"{path} ดูเหมือนเป็นไฟล์ไบนารี ไม่ใช่ข้อความ", f"{path} looks binary, not text"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path} ไม่ได้เข้ารหัสเป็น UTF-8 (ไบต์ที่ {exc.start})",
            f"{path} is not UTF-8 (byte {exc.start}); save it as UTF-8",
        ) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CorpusError(f"{path} ว่างเปล่า", f"{path} is empty")
    title, sections = split_sections(path.name, text)
    return Document(path.name, title, text, hashlib.sha256(raw).hexdigest(), sections)


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Documents of a corpus folder, in a stable order."""
    if not corpus_dir.is_dir():
        raise CorpusError(
            f"ไม่พบโฟลเดอร์เอกสาร {corpus_dir}", f"corpus folder {corpus_dir} not found"
        )
    files = sorted(p for p in corpus_dir.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)
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
    pieces = math.ceil(length / max_chars)
    cuts = [start]
    for i in range(1, pieces):
        target = start + round(i * length / pieces)
        candidates = [s for s in spaces if cuts[-1] < s < end]
        if not candidates:
            break
        cuts.append(min(candidates, key=lambda s: abs(s - target)))
    cuts.append(end)
    spans = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = text[a:b]
        a += len(chunk) - len(chunk.lstrip())
        b = a + len(chunk.strip())
        if b > a:
            spans.append((a, b))
    return spans


def sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Sentences of a passage (PyThaiNLP's CRF splitter), as offsets into the source.

    Fragments shorter than MIN_SENTENCE_CHARS join the sentence before them: a highlighted
    answer of a few words out of context helps nobody.
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
        if spans and (span[1] - span[0] < MIN_SENTENCE_CHARS):
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
                            text=doc.text[start:end],
                            sentences=sentence_spans(doc.text, start, end),
                        )
                    )
    return passages
