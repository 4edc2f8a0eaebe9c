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


def large_image_boxes(page, min_share: float = 0.05) -> list[tuple[float, float, float, float]]:
    """Bounds (left, bottom, right, top, in PDF points) of the page's images that each cover
    at least `min_share` of the page."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    boxes = []
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) >= min_share * width * height:
            boxes.append((left, bottom, right, top))
    return boxes


def ocr_regions(page, boxes: list[tuple[float, float, float, float]]) -> list[str]:
    """Text of each box of a pypdfium2 page (PDF points), rendered at OCR_DPI and read by
    Tesseract: text that exists only as pixels, such as a headline in a picture."""
    import pytesseract

    scale = OCR_DPI / 72
    _, height = page.get_size()
    bitmap = page.render(scale=scale)
    try:
        image = bitmap.to_pil()
        texts = []
        for left, bottom, right, top in boxes:
            crop = image.crop(
                (
                    int(left * scale),
                    int((height - top) * scale),
                    int(right * scale),
                    int((height - bottom) * scale),
                )
            )
            texts.append(pytesseract.image_to_string(crop, lang=OCR_LANGUAGES))
        return texts
    finally:
        bitmap.close()
