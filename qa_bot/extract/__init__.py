"""Documents other than plain text (PDF, Word, web pages) → repaired Thai text and structure.

`extract(path)` reads a file by what its bytes say it is, checks that its extension agrees,
and returns an `Extracted` (text, title, sections, PDF page boundaries, skipped pages).
Heavy libraries (pypdf, pypdfium2, python-docx, selectolax, pytesseract) load on first use.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .pdf import Progress
from .types import Extracted, ExtractionError, SectionMark, SkippedPage

__all__ = [
    "EXTRACTED_SUFFIXES",
    "Extracted",
    "ExtractionError",
    "SectionMark",
    "SkippedPage",
    "extract",
    "sniff_format",
]

EXTRACTED_SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}
_FORMAT_NAMES = {"pdf": "PDF", "docx": "Word (.docx)", "html": "HTML", "text": "text"}


def sniff_format(path: Path) -> str:
    """What the file's first bytes say it is: "pdf", "docx", "html", "zip" or "text"/"binary"."""
    with path.open("rb") as handle:
        head = handle.read(2048)
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "zip"
        except zipfile.BadZipFile:
            return "binary"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<!--")):
        return "html"
    if b"\x00" in head:
        return "binary"
    return "text"


def extract(path: Path, progress: Progress | None = None, use_ocr: bool = True) -> Extracted:
    """Extract a .pdf, .docx, .html or .htm file (see the format modules for details).

    Raises ExtractionError (Thai + English message) for an unsupported extension, an extension
    the content contradicts, an encrypted or damaged file, or a file with no text.
    """
    path = Path(path)
    expected = EXTRACTED_SUFFIXES.get(path.suffix.lower())
    if expected is None:
        raise ExtractionError(
            f"ไม่รองรับไฟล์ชนิด {path.suffix or '(ไม่มีนามสกุล)'}: {path.name}",
            f"Unsupported file type {path.suffix or '(no extension)'}: {path.name}",
        )
    try:
        actual = sniff_format(path)
    except OSError as error:
        raise ExtractionError(
            f"เปิดไฟล์ไม่ได้: {path.name}", f"Cannot open {path.name}: {error}"
        ) from error
    # An HTML file may lack a doctype; accept text that a parser can read as HTML.
    if actual != expected and not (expected == "html" and actual == "text"):
        shown = _FORMAT_NAMES.get(actual, "binary data")
        raise ExtractionError(
            f"นามสกุลไฟล์ {path.suffix} ไม่ตรงกับเนื้อไฟล์ ({shown}): {path.name}",
            f"The extension {path.suffix} does not match the content ({shown}): {path.name}",
        )
    if expected == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(path, progress=progress, use_ocr=use_ocr)
    if expected == "docx":
        from .word import extract_docx

        return extract_docx(path)
    from .html import extract_html

    return extract_html(path)
