"""Words a person reads about an answer, shared by every medium (terminal text, HTML page).

Each is a Thai line and its English line; the English one is shown too when the question was
asked in English (`not text.is_thai(question)`), as issue #11 asks of the `uncertain` caution.
Those that name the documents take how many the index holds: "เอกสารนี้ / the document" for
one, "เอกสาร / the documents" for several.
"""

from __future__ import annotations

# The caution before the passages of an `uncertain` answer: related passages, but the
# documents may not hold the answer (types.UNCERTAIN). The Thai says เอกสาร, one or several.
UNCERTAIN_TH = "ไม่แน่ใจ: เอกสารอาจไม่ได้ตอบคำถามนี้โดยตรง ข้อความด้านล่างใกล้เคียงที่สุด โปรดอ่านตรวจดู"
ANSWERED_TH = "คำตอบจากเอกสาร"  # the line before an answered question's passages


def the_documents(documents: int = 1) -> str:
    """ "the document" for an index of one document, else "the documents"."""
    return "the document" if documents == 1 else "the documents"


def the_documents_verb(documents: int, singular: str, plural: str) -> str:
    """ "the document supports" / "the documents support": the_documents with its verb agreeing
    (singular for one document, plural for several)."""
    return f"{the_documents(documents)} {singular if documents == 1 else plural}"


def uncertain_en(documents: int = 1) -> str:
    """UNCERTAIN_TH in English."""
    return (
        f"Not sure: {the_documents(documents)} may not answer this directly. "
        "These are the closest passages; check them."
    )


# A `not_found` answer: the documents do not cover the question (types.NOT_FOUND). Said plainly,
# unlike the caution above: the page shows topics instead of passages, the terminal the
# closest passages under "Closest passages".
def not_found_th(documents: int = 1) -> str:
    """The documents do not answer: "เอกสารนี้ …" for one document, "เอกสาร …" for several."""
    return f"{'เอกสารนี้' if documents == 1 else 'เอกสาร'}ไม่มีคำตอบสำหรับคำถามนี้"


def not_found_en(documents: int = 1) -> str:
    """not_found_th in English."""
    return f"{the_documents_verb(documents, 'does', 'do').capitalize()} not answer this question."


def answered_en(documents: int = 1) -> str:
    """ANSWERED_TH in English."""
    return f"Answer from {the_documents(documents)}"


def section_name(label: str, label_en: str = "") -> str:
    """A section's name in plain text: "ภาพรวม (Overview)"; the English only when there is one
    and it differs from the Thai (a heading written in English has no second name)."""
    return f"{label} ({label_en})" if label_en and label_en != label else label


def _is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def in_thai(*parts: str) -> str:
    """Thai text with names put into it: the parts joined, with a space wherever a Thai letter
    meets a non-Thai one (Thai writing sets a Latin word or a number apart by spaces):
    in_thai("เรื่อง", "coffee", "มีอะไรบ้าง") → "เรื่อง coffee มีอะไรบ้าง"; a Thai name joins
    without one (in_thai("เรื่อง", "สาธารณสุข") → "เรื่องสาธารณสุข")."""
    joined = ""
    for part in parts:
        if joined and part:
            left, right = joined[-1], part[0]
            if not (left.isspace() or right.isspace()) and _is_thai(left) != _is_thai(right):
                joined += " "
        joined += part
    return joined
