"""Answers as plain text for a terminal (`qa-bot ask`): the text medium's one renderer.

Thai first, English beside it; a line that says what the reply is (answered, uncertain,
not_found); each hit under its section (after its document's title when several documents are
indexed), its passage shown once with the answer sentence marked »« in it, and no score (the
verdict line says how well the documents answer; scores are in `--json`); an exam's verdict
with every choice, named by the labels the question used, its score and its deciding sentence.
The HTML medium is cards.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .exam import choice_labels, choice_references
from .exam.parse import content_free
from .text import is_thai
from .types import ANSWERED, NOT_FOUND, UNCERTAIN, Answer, Choice, Hit
from .wording import (
    ANSWERED_TH,
    NOT_FOUND_LIMITED_TH,
    PICK_NONE,
    PICK_SURE,
    PICK_TIED,
    PICK_UNDECIDED,
    PICK_UNSURE,
    PICKS_OPEN,
    UNCERTAIN_TH,
    UNSURE_PICK_TH,
    answered_en,
    covered_undecided_en,
    covered_undecided_th,
    exam_verdicts,
    limited_en,
    limited_th,
    not_found_en,
    not_found_limited_en,
    not_found_th,
    pick_confidence,
    section_name,
    shown_verdict,
    the_documents,
    the_documents_verb,
    uncertain_en,
    unsure_pick_en,
)


def format_answer(
    answer: Answer,
    documents: int = 1,
    asked: str | None = None,
    typed_choices: Sequence[str] | None = None,
    limited: Sequence[str] = (),
) -> str:
    """A readable Thai-first answer for the terminal, the answer sentence marked with »« .

    documents: how many documents the index holds (the wording says "the documents" and each
    hit names its document's title when there are several). asked: the question as typed, when
    the engine read an exam's choices from it (Answer.question is then the stem), and
    typed_choices the choices as typed apart (`--choice "a) …"`), so that the verdict names the
    choices by the labels typed. The first line says what the reply is: the
    answer from the documents, a plain caution for an `uncertain` one, or that the documents do
    not answer (then the closest passages); for an exam the documents cover whose pick they
    leave tied or undecided, both (wording.covered_undecided_th: the JSON says "answered", and
    choice.decided false); the English line too for an English question, and always for
    not_found. limited: the names of the sections searched when `--section` limited
    the search (section_name, after the title when several documents are indexed): a reply
    that is not an answer then says so and how to search them all, instead of saying that the
    documents do not answer."""
    english = not is_thai(answer.question)
    # An exam whose pick is only likely (wording.pick_confidence) is at most uncertain here.
    topicless = answer.choice is not None and content_free(answer.question)
    verdict = shown_verdict(answer, topicless)
    level = ""
    if answer.choice is not None:
        level = pick_confidence(answer.choice, *exam_verdicts(answer, topicless))
    lines = [f"คำถาม / Question: {answer.question}"]
    names = list(limited)
    how_th, how_en = "ถามอีกครั้งโดยไม่ใส่ --section", "ask again without --section"
    if not answer.answerable and names:
        lines.append(f"{NOT_FOUND_LIMITED_TH} / {not_found_limited_en(len(names))}")
        lines += [limited_th(names, how_th), limited_en(names, how_en)]
        sectors = "sector" if len(names) == 1 else "sectors"
        lines.append(f"ข้อความที่ใกล้เคียงที่สุดในหมวดที่เลือก / Closest passages in the chosen {sectors}:")
    elif not answer.answerable:
        lines.append(f"{not_found_th(documents)} / {not_found_en(documents)}")
        lines.append("ข้อความที่ใกล้เคียงที่สุด / Closest passages:")
    elif level == PICK_UNSURE:
        lines += [UNSURE_PICK_TH, unsure_pick_en(documents)] if english else [UNSURE_PICK_TH]
    elif verdict == ANSWERED and level in PICKS_OPEN:
        # The documents cover the question (the JSON's "answered") but not which choice.
        thai = covered_undecided_th(documents)
        lines += [thai, covered_undecided_en(documents)] if english else [thai]
    elif verdict == UNCERTAIN:
        lines += [UNCERTAIN_TH, uncertain_en(documents)] if english else [UNCERTAIN_TH]
        if names:
            lines.append(limited_th(names, how_th))
            lines += [limited_en(names, how_en)] if english else []
    else:
        lines += [ANSWERED_TH, answered_en(documents)] if english else [ANSWERED_TH]
    undecided = level in PICKS_OPEN
    for hit in answer.hits:
        # Only the answer is called one: the other hits, and every hit of a question the
        # documents may not answer or of an exam whose pick they do not decide, show their
        # closest sentence.
        called = hit.rank == 1 and verdict not in (UNCERTAIN, NOT_FOUND) and not undecided
        heading = "คำตอบ / Answer" if called else "ประโยคที่ใกล้ที่สุด / Closest sentence"
        where = hit.document + (f"  หน้า {hit.page} / page {hit.page}" if hit.page else "")
        # No score: how well the documents answer is said once, by the verdict line above (a
        # hit's fused score of 0.913 printed under "ไม่แน่ใจ" read as the opposite, FRESH8).
        lines.append(f"\n{hit.rank}. {_hit_place(hit, documents)}  {where}")
        lines.append(f"{INDENT}{heading}: {_marked(hit)}")
    if answer.choice is not None:
        asked = asked if asked is not None else answer.question
        verdict_text = format_verdict(answer.choice, documents, asked, typed_choices, level)
        lines.append("\n" + verdict_text)
    lines.append(f"\n({answer.elapsed_ms:.1f} ms)")
    return terminal_text("\n".join(lines))


# A document's text goes to a terminal: its control characters (ESC starting a sequence that
# recolours, retitles or clears the terminal; a lone CR returning to the line's start, so that
# the rest overwrites it; BEL, backspace) are shown as the Unicode control pictures (␛ ␍ ␇) and
# C1 controls as U+FFFD, one character for one, instead of acting. Line feeds and tabs stay.
_CONTROL_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_TERMINAL_SAFE = str.maketrans(
    {**_CONTROL_PICTURES, 0x7F: "\u2421", **{c: "\ufffd" for c in range(0x80, 0xA0)}}
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
INDENT = "   "


def terminal_text(text: str) -> str:
    """text safe to print on a terminal: control characters other than line feed and tab shown
    as their control pictures (ESC → ␛), C1 controls as U+FFFD (_TERMINAL_SAFE)."""
    return text.translate(_TERMINAL_SAFE)


def _marked(hit: Hit) -> str:
    """The passage with its answer sentence between » and «: the sentence is shown once. A
    passage of several lines (a PDF's, a CR or CRLF file's) keeps its lines, each indented
    under its hit."""
    a, b = hit.answer_start - hit.start, hit.answer_end - hit.start
    marked = f"{hit.text[:a]}»{hit.text[a:b]}«{hit.text[b:]}".strip()
    return _LINE_BREAK.sub("\n" + INDENT, marked)


def _hit_place(hit: Hit, documents: int) -> str:
    """ "[2] บริการ (Services)", after the document's title when several documents are indexed
    (as the page names sectors: cards.SectorRef.name)."""
    place = f"[{hit.section_id}] {section_name(hit.section_label, hit.section_label_en)}"
    title = hit.document_title if documents > 1 else ""
    return f"{title} › {place}" if title else place


def format_verdict(
    choice: Choice,
    documents: int = 1,
    asked: str = "",
    typed_choices: Sequence[str] | None = None,
    confidence: str | None = None,
) -> str:
    """An exam's verdict for a terminal: every choice with its score and deciding sentence,
    named by the labels of the question or its choices as typed (exam.choice_labels: a)–d)
    typed, A–D for an English question, else ก–ง); documents as in format_answer. The headline
    and the pick's mark say how sure it is (confidence: wording.pick_confidence of the answer;
    None: of the Choice alone): ► and "the choice the documents support" only for a sure pick;
    "?" and "not sure" for a likely one, "cannot decide" for one the documents do not decide;
    ≈ for choices tied with it."""
    level = confidence or pick_confidence(choice)
    count = max(len(choice.scores), len(choice.choices))
    labels = choice_labels(asked, count, typed_choices)
    source = the_documents(documents)
    picked = labels[choice.index] if choice.index is not None else ""
    if level == PICK_NONE:
        head = f"ไม่มีตัวเลือกใดที่เอกสารสนับสนุน / No choice is supported by {source}"
    elif level == PICK_TIED:
        # Choices within noise of each other: the documents cannot decide, and the headline
        # says so (the JSON's decided is False); the best-scored one is only marked first.
        named = [labels[i] for i in (choice.index, *choice.tied)]
        thai = f"ข้อ {' '.join(named[:-1])} และ {named[-1]}"
        head = (
            f"คำตอบ / Answer: ตัดสินไม่ได้ — {thai} คะแนนใกล้เคียงกันจนเอกสารแยกไม่ออก / "
            f"cannot decide — {', '.join(named[:-1])} and {named[-1]} are within noise of each "
            f"other in {source}: read the evidence"
        )
    elif level == PICK_UNDECIDED:
        head = (
            f"คำตอบ / Answer: ตัดสินไม่ได้ — ข้อ {picked} ใกล้เคียงที่สุด แต่เอกสารไม่ได้ยืนยันชัดเจน / "
            f"cannot decide — {picked} is only the closest; {source} does not clearly confirm it"
        )
    elif level == PICK_UNSURE:
        head = (
            f"คำตอบ / Answer: ไม่แน่ใจ — ข้อ {picked} น่าจะเป็นคำตอบ / not sure — {picked} is the "
            "likely choice: read the evidence"
        )
    else:
        kind = (
            "ข้อที่เอกสารไม่สนับสนุน (คำถามเชิงปฏิเสธ) / the choice "
            f"{the_documents_verb(documents, 'does', 'do')} not support"
            if choice.negative
            else "ข้อที่เอกสารสนับสนุน / the choice "
            f"{the_documents_verb(documents, 'supports', 'support')}"
        )
        head = f"คำตอบ / Answer: {picked} — {kind}"
    lines = [head]
    references = choice_references(choice.choices)
    for i, score in enumerate(choice.scores):
        mark = " "
        if i == choice.index and level != PICK_NONE:
            mark = "►" if level == PICK_SURE else "?"
        if level == PICK_TIED and (i == choice.index or i in choice.tied):
            mark = "≈"
        text = choice.choices[i] if i < len(choice.choices) else ""
        lines.append(f"{mark} {labels[i]}. {text}  score {score:.3f}")
        hit = choice.evidence[i] if i < len(choice.evidence) else None
        if i in references:
            lines.append("      (ข้อที่ว่าด้วยตัวเลือกอื่น / a choice about the other choices)")
        elif hit is None:
            lines.append(f"      (ไม่พบในเอกสาร / not found in {source})")
        else:
            sentence = _LINE_BREAK.sub(" ", hit.answer_sentence)
            lines.append(f"      {_hit_place(hit, documents)}: {sentence}")
            if i in choice.contradicted:
                lines.append(
                    f"      (เอกสารกล่าวในทางตรงข้าม / {the_documents_verb(documents, 'says', 'say')}"
                    " the opposite)"
                )
    return terminal_text("\n".join(lines))
