"""Answers as plain text for a terminal (`qa-bot ask`): the text medium's one renderer.

Thai first, English beside it; the answer sentence marked with »« inside its passage; an exam's
verdict with every choice, its score and its deciding sentence. The HTML medium is cards.py.
"""

from __future__ import annotations

from .exam import CHOICE_LETTERS, choice_references
from .text import is_thai
from .types import NOT_FOUND, UNCERTAIN, Answer, Choice
from .wording import NOT_FOUND_EN, NOT_FOUND_TH, UNCERTAIN_EN, UNCERTAIN_TH, section_name


def format_answer(answer: Answer) -> str:
    """A readable Thai-first answer for the terminal, the answer sentence marked with »« .

    A `not_found` answer says the document does not answer and shows the closest passages; an
    `uncertain` one starts with a plain caution (in English too for an English question)."""
    lines = [f"คำถาม / Question: {answer.question}"]
    if not answer.answerable:
        lines.append(f"{NOT_FOUND_TH} / {NOT_FOUND_EN}")
        lines.append("ข้อความที่ใกล้เคียงที่สุด / Closest passages:")
    elif answer.verdict == UNCERTAIN:
        lines.append(UNCERTAIN_TH)
        if not is_thai(answer.question):
            lines.append(UNCERTAIN_EN)
    for hit in answer.hits:
        label = f"[{hit.section_id}] {section_name(hit.section_label, hit.section_label_en)}"
        a, b = hit.answer_start - hit.start, hit.answer_end - hit.start
        marked = f"{hit.text[:a]}»{hit.text[a:b]}«{hit.text[b:]}"
        where = hit.document + (f"  หน้า {hit.page} / page {hit.page}" if hit.page else "")
        lines.append(f"\n{hit.rank}. {label}  score {hit.score:.3f}  {where}")
        # Only the answer is called one: the other hits, and every hit of a question the
        # documents may not answer, show their closest sentence.
        called = hit.rank == 1 and answer.verdict not in (UNCERTAIN, NOT_FOUND)
        heading = "คำตอบ / Answer" if called else "ประโยคที่ใกล้ที่สุด / Closest sentence"
        lines.append(f"   {heading}: {hit.answer_sentence}")
        lines.append(f"   {marked}")
    if answer.choice is not None:
        lines.append("\n" + format_verdict(answer.choice))
    lines.append(f"\n({answer.elapsed_ms:.1f} ms)")
    return "\n".join(lines)


def format_verdict(choice: Choice) -> str:
    """An exam's verdict for a terminal: every choice with its score and deciding sentence."""
    if choice.index is None:
        head = "ไม่มีตัวเลือกใดที่เอกสารสนับสนุน / No choice is supported by the document"
    else:
        kind = (
            "ข้อที่เอกสารไม่สนับสนุน (คำถามเชิงปฏิเสธ) / the choice the document does not support"
            if choice.negative
            else "ข้อที่เอกสารสนับสนุน / the choice the document supports"
        )
        head = f"คำตอบ / Answer: {choice.letter} — {kind}"
    lines = [head]
    references = choice_references(choice.choices)
    if choice.tied:
        others = " ".join(CHOICE_LETTERS[i] for i in choice.tied)
        lines.append(
            f"(คะแนนใกล้เคียงกับข้อ {others} จนแยกไม่ออก / within noise of {others}: read the evidence)"
        )
    for i, score in enumerate(choice.scores):
        mark = "►" if i == choice.index else " "
        text = choice.choices[i] if i < len(choice.choices) else ""
        lines.append(f"{mark} {CHOICE_LETTERS[i]}. {text}  score {score:.3f}")
        hit = choice.evidence[i] if i < len(choice.evidence) else None
        if i in references:
            lines.append("      (ข้อที่ว่าด้วยตัวเลือกอื่น / a choice about the other choices)")
        elif hit is None:
            lines.append("      (ไม่พบในเอกสาร / not found in the document)")
        else:
            lines.append(f"      [{hit.section_id}] {hit.section_label}: {hit.answer_sentence}")
    return "\n".join(lines)
