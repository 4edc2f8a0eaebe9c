"""Words a person reads about an answer, shared by every medium (terminal text, HTML page).

Each is a Thai line and its English line; the English one is shown too when the question was
asked in English (`not text.is_thai(question)`), as issue #11 asks of the `uncertain` caution.
"""

from __future__ import annotations

# The caution before the passages of an `uncertain` answer: related passages, but the
# documents may not hold the answer (types.UNCERTAIN).
UNCERTAIN_TH = "ไม่แน่ใจ: เอกสารอาจไม่ได้ตอบคำถามนี้โดยตรง ข้อความด้านล่างใกล้เคียงที่สุด โปรดอ่านตรวจดู"
UNCERTAIN_EN = (
    "Not sure: the document may not answer this directly. "
    "These are the closest passages; check them."
)

# A `not_found` answer: the documents do not cover the question (types.NOT_FOUND). Said plainly,
# unlike the caution above: the page shows topics instead of passages, the terminal the
# closest passages under "Closest passages".
NOT_FOUND_TH = "เอกสารนี้ไม่มีคำตอบสำหรับคำถามนี้"
NOT_FOUND_EN = "The document does not answer this question."


def section_name(label: str, label_en: str = "") -> str:
    """A section's name in plain text: "ภาพรวม (Overview)"; the English only when there is one
    and it differs from the Thai (a heading written in English has no second name)."""
    return f"{label} ({label_en})" if label_en and label_en != label else label
