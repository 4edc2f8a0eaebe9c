"""The phase of time a question asks a value for — at the start, or now — and the sentences that
state a value for that phase or for the other (asked_phase, phase_term).

A text often gives the same kind of value twice, for the beginning and for today: "ในระยะแรก
บริษัทมีพนักงานเพียง 12 คน" and "ปัจจุบัน … มีพนักงานประมาณ 3,200 คน". Asked "ตอนเริ่มกิจการ
บริษัทมีลูกจ้างกี่คน" / "How many employees did the company have at first?", both sentences hold a
count; the question's qualifier, not its type, tells them apart (FRESH18a K4).
"""

from __future__ import annotations

import re

from ..events import PHASE, english_alternatives

START = "start"
NOW = "now"

# Adverbials of time that set a state at its beginning or at the time of speaking: Thai from
# the time expressions of Iwasaki & Ingkaphirom, A Reference Grammar of Thai (2005) — แรก,
# เริ่ม, เดิม with the nouns of a stretch of time (ระยะ, ช่วง, ตอน, สมัย) and ปัจจุบัน, ขณะนี้,
# ตอนนี้, ทุกวันนี้, เวลานี้; English from the time-relationship adjuncts of Quirk et al., A
# Comprehensive Grammar of the English Language (1985, §8.55–8.60: originally, initially, at
# first; now, currently, at present, nowadays, today). An ordinal "แรก" / "first" of a thing
# ("วัคซีนชนิดแรก", "the first vaccine") is no phase: only the phrases below count. "When it was
# founded" names the beginning by its event: the verbs of events.py's PHASE column.
_PHASES = {
    START: re.compile(
        r"(?:ระยะ|ช่วง|ตอน|สมัย|ครั้ง)\s*(?:แรก|เริ่ม)|แรกเริ่ม|เริ่มแรก|แต่เดิม|เดิมที|เมื่อแรก"
        r"|\b(?:at\s+first|initially|originally|in\s+the\s+beginning|at\s+the\s+(?:start|outset)"
        r"|when\s+(?:it|they|the\s+\w+)\s+(?:was|were)\s+" + english_alternatives(PHASE) + r")\b",
        re.IGNORECASE,
    ),
    NOW: re.compile(
        r"ปัจจุบัน|ขณะนี้|ตอนนี้|ทุกวันนี้|เวลานี้"
        r"|\b(?:now|currently|at\s+present|nowadays|presently|these\s+days|today)\b",
        re.IGNORECASE,
    ),
}
_OTHER = {START: NOW, NOW: START}


def asked_phase(question: str) -> str | None:
    """START or NOW when the question sets its value at one phase of time and not the other
    ("ตอนเริ่มกิจการ … กี่คน", "at first"; "ปัจจุบัน", "currently"), else None."""
    named = [phase for phase, pattern in _PHASES.items() if pattern.search(question)]
    return named[0] if len(named) == 1 else None


def phase_term(text: str, phase: str | None) -> int:
    """+1 when the text states the asked phase, −1 when it states only the other one, else 0."""
    if phase is None:
        return 0
    if _PHASES[phase].search(text):
        return 1
    return -1 if _PHASES[_OTHER[phase]].search(text) else 0
