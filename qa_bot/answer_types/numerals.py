"""The numbers and months that values of several types are written with (counts, measures,
dates, ordinals), as `text.normalize` writes them."""

from __future__ import annotations

import re

NUMBER = r"\d+(?:[.,]\d+)*"
# Thai numeral words, matched as whole words (PyThaiNLP tokens): "สาม" is also in "สามารถ".
THAI_NUMERALS = frozenset("หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ ยี่สิบ".split())
THAI_MAGNITUDES = frozenset("ร้อย พัน หมื่น แสน ล้าน".split())
THAI_MONTHS = (
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน "
    "ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."
).split()
ENGLISH_MONTHS = (
    "january february march april may june july august september october november december".split()
)
MONTH_NAMES = frozenset((*THAI_MONTHS, *ENGLISH_MONTHS))  # as `text.normalize` writes them
# English month names as whole words, not inside others ("mayor", "marched", "junes").
MONTH_PATTERN = "|".join(
    [re.escape(m) for m in sorted(THAI_MONTHS, key=len, reverse=True)]
    + [rf"\b{m}\b" for m in ENGLISH_MONTHS]
)
# A number in digits or in Thai numeral words ("5", "สาม", "ล้าน").
_NUMBER_WORDS = "|".join(sorted({*THAI_NUMERALS, *THAI_MAGNITUDES}, key=len, reverse=True))
NUMBER_WORD = rf"(?:{NUMBER}|{_NUMBER_WORDS})"
