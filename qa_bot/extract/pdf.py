"""PDF → repaired text with page boundaries, sections from the outline, skipped pages.

Two extractors are run on every page and the better repaired text is kept, page by page.
Measured on ../shared/docs-samples/ (bench/extraction.py): pypdf is best on most Word-made
PDFs; pypdfium2 is best on the Acrobat PDFMaker abstract (pypdf letter-spaces a justified line:
"ปีกา ร ศึกษ า") but on some files moves marks onto the next consonant ("มธัยม") or breaks lines
between a letter and its mark. "Better" is the higher share of dictionary words after repair,
less a point for each damage sign left; pypdf wins ties (pypdfium2 drops the space before Latin
words: "ในการใช้R Markdown").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .layout import VisualLine, line_key, line_shapes, mark_paragraphs, visual_lines
from .quality import damage, in_dictionary_share
from .repair import repair_text, split_running_lines
from .rows import join_printed_rows
from .size_headings import size_headings
from .types import (
    FILE_NAME,
    Extracted,
    ExtractionError,
    SectionMark,
    SkippedPage,
    clean_label,
    join_blocks,
    metadata_title,
)
from .wraps import join_wrapped, spaced_ends, wide_ends

# pypdf logs what it repairs in a damaged file ("EOF marker not found") as warnings; with no
# logging set up, Python printed them on the terminal above our own message, which already
# says the file is damaged. A null handler keeps them off the terminal; an application that
# sets up logging still receives them (they propagate to its handlers).
logging.getLogger("pypdf").addHandler(logging.NullHandler())

MIN_PAGE_CHARS = 10  # a page with fewer non-space characters has no text layer worth indexing
# A page with little text (under IMAGE_PAGE_CHARS) whose large pictures cover IMAGE_PAGE_SHARE
# of it has its text in the pictures (the budget sample: a caption and a headline as pixels).
IMAGE_PAGE_CHARS = 400
IMAGE_PAGE_SHARE = 0.2
_TIE = 0.005
_DAMAGE_WEIGHT = 0.01
_MAX_TITLE_CHARS = 200
# A title block: at most this many lines of at most this many characters (a full line of body
# text in the samples is 70–90 characters; their title lines 10–50).
_TITLE_LINES = 3
_TITLE_LINE_CHARS = 60
_BLANK_LINES = re.compile(r"\n{3,}")

Progress = Callable[[int, int], None]  # (steps done, steps in all): two steps a page
PROGRESS_BAR_PAGES = 50  # a longer PDF shows a progress bar on a terminal (tqdm, on stderr)


class _ProgressBar:
    """A tqdm bar on stderr, shown only on a terminal (tqdm's disable=None)."""

    def __init__(self, path: Path, pages: int) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=2 * pages, desc=f"{path.name} ({pages} pages)", disable=None)

    def progress(self, done: int, total: int) -> None:
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        self._bar.close()


@dataclass(frozen=True)
class _Candidate:
    text: str
    extractor: str
    score: float


def _tidy(text: str) -> str:
    """Line ends unified, trailing spaces dropped, runs of blank lines cut to one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip("\n")


def _visible(text: str) -> int:
    return sum(not c.isspace() and c not in "\ufffe\uffff" for c in text)


def _score(text: str) -> float:
    share = in_dictionary_share(text)
    found = damage(text)
    return (share if share is not None else 1.0) - _DAMAGE_WEIGHT * (
        found.orphan_marks + found.space_aa + found.thai_pua
    )


def _choose(pypdf_text: str, pdfium_text: str) -> _Candidate:
    if pypdf_text.split() == pdfium_text.split() or not pdfium_text.strip():
        return _Candidate(pypdf_text, "pypdf", 0.0)  # they agree (or one is empty): no scoring
    a = _Candidate(pypdf_text, "pypdf", _score(pypdf_text))
    b = _Candidate(pdfium_text, "pypdfium2", _score(pdfium_text))
    if len(pypdf_text.split()) == 0:
        return b
    return b if b.score > a.score + _TIE else a


def _open_error(path: Path, error: Exception | None = None) -> ExtractionError:
    detail = f": {error}" if error else ""
    return ExtractionError(
        f"อ่านไฟล์ PDF ไม่ได้: {path.name} (ไฟล์เสียหรือไม่ใช่ PDF)",
        f"Cannot read the PDF {path.name} (damaged or not a PDF){detail}",
    )


def _encrypted_error(path: Path) -> ExtractionError:
    return ExtractionError(
        f"ไฟล์ PDF ถูกเข้ารหัสด้วยรหัสผ่าน: {path.name} — ถอดรหัสก่อนแล้วเพิ่มใหม่",
        f"The PDF {path.name} is encrypted with a password; decrypt it and add it again",
    )


def _open(path: Path):
    import pypdf
    import pypdfium2 as pdfium

    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _encrypted_error(path)
        page_count = len(reader.pages)
    except ExtractionError:
        raise
    except Exception as error:  # pypdf raises many kinds on a damaged file
        if "password" in str(error).lower() or "encrypt" in str(error).lower():
            raise _encrypted_error(path) from error
        raise _open_error(path, error) from error
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise _encrypted_error(path) from error
        raise _open_error(path, error) from error
    if page_count == 0:
        document.close()
        raise _open_error(path)
    return reader, document


def _pdfium_page(document, index: int) -> tuple[str, list[VisualLine], float]:
    """pypdfium2's text of a page, its printed lines (layout.visual_lines; none when the
    characters' boxes cannot be read — the text is kept) and its width in PDF points."""
    if index >= len(document):
        return "", [], 0.0
    page = document[index]
    try:
        width = float(page.get_width())
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            try:
                boxes, sizes = _char_boxes(textpage, text)
                return text, visual_lines(text, boxes, sizes), width
            except Exception:  # a box pdfium cannot give: the page's text without its layout
                return text, [], width
        finally:
            textpage.close()
    finally:
        page.close()


def _char_boxes(textpage, text: str) -> tuple[list[tuple[float, float, float, float]], list[float]]:
    """Each character of `text` (get_text_range's) with its box (left, bottom, right, top, PDF
    points) and its font size in points. pdfium numbers boxes by its own character index, which
    need not be the text's: it may insert or drop characters (line breaks) in the text, so each
    text index is mapped (FPDFText_GetCharIndexFromTextIndex); an inserted character takes its
    predecessor's box and size. The size is FPDFText_GetFontSize's times the scale of the
    character's matrix (FPDFText_GetMatrix): Word-to-Distiller PDFs set every font at size 1
    and scale it by the text matrix, where pdfium's size alone reads 1."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    boxes: list[tuple[float, float, float, float]] = []
    sizes: list[float] = []
    last, size = (0.0, 0.0, 0.0, 0.0), 0.0
    matrix = pdfium_c.FS_MATRIX()
    for i in range(len(text)):
        char = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage.raw, i)
        if 0 <= char < count:
            last = textpage.get_charbox(char)
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, char)
            if pdfium_c.FPDFText_GetMatrix(textpage.raw, char, ctypes.byref(matrix)):
                size *= abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        boxes.append(last)
        sizes.append(round(size, 1))
    return boxes, sizes


def _pypdf_text(reader, index: int) -> str:
    try:
        return reader.pages[index].extract_text() or ""
    except Exception:  # a damaged content stream: pypdfium2's text stands alone
        return ""


def _outline(reader) -> list[tuple[str, int, int]]:
    """(label, 0-based page, level) of every bookmark with a usable label."""
    found: list[tuple[str, int, int]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            try:
                page = reader.get_destination_page_number(item)
                title = str(item.title or "")
            except Exception:  # a bookmark pointing nowhere
                continue
            label = clean_label(repair_text(title))
            if label and not FILE_NAME.search(label) and page >= 0:
                found.append((label, page, level))

    try:
        walk(reader.outline, 1)
    except Exception:  # a damaged outline is no outline
        return []
    return found


def _heading_at(page_text: str, label: str, after: int) -> int:
    """Where a bookmark's heading is on its page: the first line after `after` that is the label
    (or, failing that, starts with it), else the label anywhere after `after`, else anywhere
    on the page; -1 when the page does not hold it. A bookmark "R Markdown" is the line
    "R Markdown", not the title "R Markdown ภาษาไทย" above it."""
    lines = [m.start(1) for m in re.finditer(rf"(?m)^[ \t]*({re.escape(label)})", page_text)]
    whole = [at for at in lines if page_text[at + len(label) : at + len(label) + 1] in ("", "\n")]
    for found in (*whole, *lines):
        if found >= after:
            return found
    found = page_text.find(label, after)
    return found if found >= 0 else page_text.find(label)


def _title(
    reader,
    text: str,
    set_apart: frozenset[str] = frozenset(),
    running: frozenset[str] = frozenset(),
) -> str:
    """The PDF's /Title when it names the document (types.metadata_title), else its title
    block: the first paragraph (layout.mark_paragraphs) when it is at most _TITLE_LINES short
    lines set apart from what follows by a gap (a title set over several centred lines:
    "พระราชกฤษฎีกา / ยุบสภาผู้แทนราษฎร / พ.ศ. ๒๕๖๖"; `set_apart`: the keys of the first page's
    lines below a gap, LineShapes.after_gap), else its first line when short enough to be a
    title. A running line (`running`: their layout.line_key keys; repair.split_running_lines
    drops them from the text) is never a title candidate: a journal's header on every page
    ("วารสารวิชาการ … ปีที่ 5 ฉบับที่ 2") names the journal, not the article."""
    try:
        raw = str((reader.metadata or {}).get("/Title") or "")
    except Exception:
        raw = ""
    title = metadata_title(raw, repair_text)
    if title:
        return title
    if running:
        text = "\n".join(line for line in text.split("\n") if line_key(line) not in running)
    first, _, rest = text.lstrip().partition("\n\n")
    lines = [" ".join(line.split()) for line in first.split("\n") if line.strip()]
    # The line after the block, its wrapped lines joined (wraps.join_wrapped): its printed
    # first line's key starts it.
    after = line_key(rest.lstrip().split("\n", 1)[0])
    apart = any(after.startswith(key) for key in set_apart if key)
    short = all(len(line) <= _TITLE_LINE_CHARS for line in lines)
    if apart and short and 1 < len(lines) <= _TITLE_LINES:
        return " ".join(lines)
    for line in text.split("\n"):
        if line.strip():
            line = " ".join(line.split())  # a tab or a no-break space is a space in a title
            return line if len(line) <= _MAX_TITLE_CHARS else ""
    return ""


def _ocr_or_skip(document, index: int, use_ocr: bool) -> tuple[str, SkippedPage | None]:
    from .ocr import ocr_available, ocr_page

    if use_ocr and ocr_available() and index < len(document):
        page = document[index]
        try:
            text = _tidy(repair_text(ocr_page(page)))
        finally:
            page.close()
        if _visible(text) >= MIN_PAGE_CHARS:
            return text, None
        return "", SkippedPage(
            index + 1,
            "ไม่มีข้อความ และ OCR อ่านไม่ได้",
            "no text layer, and OCR found no text",
        )
    return "", SkippedPage(
        index + 1,
        "ไม่มีข้อความ (อาจเป็นภาพสแกน) และไม่ได้ติดตั้ง OCR ภาษาไทย (tesseract-ocr-tha)",
        "no text layer (a scanned image?) and Thai OCR (tesseract-ocr-tha) is not installed",
    )


def _text_in_pictures(document, index: int) -> str:
    """OCR of the large pictures of a page with little text, when they cover IMAGE_PAGE_SHARE
    of it and Tesseract's Thai model is installed ("" otherwise)."""
    from .ocr import large_image_boxes, ocr_available, ocr_regions

    if not ocr_available() or index >= len(document):
        return ""
    page = document[index]
    try:
        width, height = page.get_size()
        boxes = large_image_boxes(page)
        covered = sum((r - left) * (t - b) for left, b, r, t in boxes)
        if not boxes or covered < IMAGE_PAGE_SHARE * width * height:
            return ""
        texts = [_tidy(repair_text(text)) for text in ocr_regions(page, boxes)]
    finally:
        page.close()
    return "\n\n".join(text for text in texts if _visible(text) >= MIN_PAGE_CHARS)


def extract_pdf(path: Path, progress: Progress | None = None, use_ocr: bool = True) -> Extracted:
    """Text of every page, repaired, pages joined by a blank line.

    Pages with fewer than MIN_PAGE_CHARS characters are read by OCR when Tesseract's Thai model
    is installed, else listed in `skipped`; so are the large pictures of a page with little
    text (`_text_in_pictures`), their text added after the page's. Raises ExtractionError for
    an encrypted or damaged file and for a document with no text at all.
    """
    reader, document = _open(path)
    bar = None
    try:
        pages = len(reader.pages)
        if progress is None and pages >= PROGRESS_BAR_PAGES:
            bar = _ProgressBar(path, pages)
            progress = bar.progress
        raw_pypdf, raw_pdfium = [], []
        printed: list[list[VisualLine]] = []  # each page's printed lines, for paragraphs
        widths: list[float] = []
        spaced: set[str] = set()  # lines that ended at a space (wraps.spaced_ends)
        wide: set[str] = set()  # lines that ended on a clause's gap (wraps.wide_ends)
        for index in range(pages):
            page_text = _pypdf_text(reader, index)
            spaced |= spaced_ends([page_text])
            wide |= wide_ends([page_text])
            raw_pypdf.append(_tidy(page_text))
            try:
                text, lines, width = _pdfium_page(document, index)
            except Exception:  # pypdfium2 cannot read this page: pypdf's text stands alone
                text, lines, width = "", [], 0.0
            raw_pdfium.append(_tidy(text))
            printed.append(lines)
            widths.append(width)
            if progress:
                progress(index + 1, 2 * pages)
        # Judged before running lines are dropped: a slide of headers alone is not a scan.
        has_text = [
            max(_visible(a), _visible(b)) >= MIN_PAGE_CHARS
            for a, b in zip(raw_pypdf, raw_pdfium, strict=True)
        ]
        kept_pypdf, running_pypdf = split_running_lines(raw_pypdf)
        kept_pdfium, running_pdfium = split_running_lines(raw_pdfium)
        # Keys survive repair (layout.line_key drops marks and spacing), whichever text is kept.
        running = frozenset(line_key(line) for line in running_pypdf + running_pdfium) - {""}
        del raw_pypdf, raw_pdfium
        texts: list[str] = []
        skipped: list[SkippedPage] = []
        used: set[str] = set()
        for index in range(pages):
            chosen = _choose(
                _tidy(repair_text(kept_pypdf[index])), _tidy(repair_text(kept_pdfium[index]))
            )
            text = chosen.text
            if not has_text[index]:
                text, skip = _ocr_or_skip(document, index, use_ocr)
                if skip:
                    skipped.append(skip)
                else:
                    used.add("tesseract")
            else:
                used.add(chosen.extractor)
                if use_ocr and _visible(text) < IMAGE_PAGE_CHARS:
                    pictured = _text_in_pictures(document, index)
                    if pictured:
                        text += "\n\n" + pictured
                        used.add("tesseract")
            texts.append(text)
            kept_pypdf[index] = kept_pdfium[index] = ""  # free as we go
            if progress:
                progress(pages + index + 1, 2 * pages)
        shapes = line_shapes(printed, widths)
        # A table row or a list item printed as one line but given one cell a line: one line.
        texts = join_printed_rows(texts, printed)
        texts = join_wrapped(mark_paragraphs(texts, shapes), shapes, spaced, wide)
        outline = _outline(reader)
    finally:
        document.close()
        if bar is not None:
            bar.close()
    full, page_starts = join_blocks(
        texts,
        path,
        " (ทุกหน้าเป็นภาพ และอ่านด้วย OCR ไม่ได้)",
        " (every page is an image, and OCR could not read it)",
    )
    sections = []
    after: dict[int, int] = {}  # a page's last bookmark found: the next one is after it
    for label, page, level in outline:
        if page >= len(texts):
            continue
        found = _heading_at(texts[page], label, after.get(page, 0))
        if found >= 0:
            after[page] = found + len(label)
        start = page_starts[page] + (found if found >= 0 else 0)
        sections.append(SectionMark(label, start, level))
    if not sections:  # no bookmarks: the headings set larger than the text, if any
        sections = size_headings(texts, shapes, page_starts)
    sections.sort(key=lambda s: s.start)
    return Extracted(
        text=full,
        title=_title(reader, full, shapes[0].after_gap if shapes else frozenset(), running)
        or path.stem,
        format="pdf",
        sections=tuple(sections),
        page_starts=tuple(page_starts),
        skipped=tuple(skipped),
        extractor="+".join(sorted(used)),
    )
