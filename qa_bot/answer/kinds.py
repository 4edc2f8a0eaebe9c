"""What kind of answer the sentence choice looks for, and what a sentence gains for holding it:
a value of the asked type (answer_types) or, asked why, a reason (REASON)."""

from __future__ import annotations

import re

from ..answer_types import has_value
from ..config import SentenceConfig

# "Why" asks for a reason: no type answer_types reads, but the sentence that answers it says a
# cause — with a conjunction of cause or result or a causative verb (เพราะ, เนื่องจาก, เนื่องด้วย,
# ด้วยเหตุ, สาเหตุ, เหตุผล, ก่อให้เกิด, ส่งผล, จึง, ดังนั้น: the reference grammar of
# answer_types, ch. on complex sentences; Quirk et al. 1985, ch. 15, for because, due to, owing
# to, as a result, therefore) — or a risk it meets (ความเสี่ยง, at risk). Not a purpose (เพื่อ):
# what was done for it says its purpose too.
REASON = "reason"
_ASKS_WHY = re.compile(
    r"ทำไม|เหตุใด|เพราะ\s*(?:อะไร|เหตุใด)|ด้วยเหตุ\s*(?:ใด|อะไร)|สาเหตุ.{0,30}(?:อะไร|ใด)"
    r"|\bwhy\b|\bwhat\s+(?:is|was|are|were)\s+the\s+reasons?\b|\bhow\s+come\b",
    re.IGNORECASE,
)
_GIVES_REASON = re.compile(
    r"เพราะ|เนื่องจาก|เนื่องด้วย|ด้วยเหตุ|สาเหตุ|เหตุผล|ก่อให้เกิด|ส่งผล|(?<![ก-๙])จึง|ดังนั้น|ความเสี่ยง"
    r"|\b(?:because|due\s+to|owing\s+to|as\s+a\s+result|therefore|caus(?:e|es|ed|ing)|at\s+risk)\b",
    re.IGNORECASE,
)


def asked_kind(question: str, asked: str | None) -> str | None:
    """The type of answer the sentence choice looks for: the retrieval's asked type
    (answer_types.asked_type), or REASON for a question asking why."""
    if asked is None and _ASKS_WHY.search(question):
        return REASON
    return asked


def type_bonus(text: str, typed: str, config: SentenceConfig) -> float:
    """What a sentence gains for holding the kind of answer asked for: config.reason_weight for a
    reason (_GIVES_REASON) asked why, config.type_weight for a value of the asked type."""
    if typed == REASON:
        return config.reason_weight * (_GIVES_REASON.search(text) is not None)
    return config.type_weight * has_value(text, typed)
