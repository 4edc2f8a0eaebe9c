"""OCR of a PDF page without a text layer, with Tesseract's Thai model when it is installed.

Debian: `apt-get install tesseract-ocr tesseract-ocr-tha`; Python: pytesseract. Without them,
`ocr_available()` is False and such pages are reported as skipped.
"""

from __future__ import annotations

import shutil
from functools import lru_cache

OCR_LANGUAGES = "tha+eng"
OCR_DPI = 300  # Tesseract's documented sweet spot for body text


@lru_cache(maxsize=1)
def ocr_available() -> bool:
    """True when pytesseract imports and the tesseract binary has the Thai model."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract

        return "tha" in pytesseract.get_languages(config="")
    except Exception:  # not installed, or the binary fails: no OCR
        return False


def ocr_page(page) -> str:
    """Text of one pypdfium2 page, rendered at OCR_DPI and read by Tesseract (tha+eng)."""
    import pytesseract

    bitmap = page.render(scale=OCR_DPI / 72)
    try:
        image = bitmap.to_pil()
        return pytesseract.image_to_string(image, lang=OCR_LANGUAGES)
    finally:
        bitmap.close()
