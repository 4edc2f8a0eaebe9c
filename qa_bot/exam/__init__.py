"""Exam mode: multiple-choice questions (ข้อใด … ก ข ค ง) decided by the corpus.

A choice is right when the corpus says it *where the stem's topic is*. Exam distractors are
usually real phrases from other sectors, so "the choice occurs somewhere" is not enough. Every
choice is scored at every point of every passage (of those retrieval finds, in a big corpus) by

    coverage   how much of it occurs in one tight stretch around that point, half of it counted
               only in the choice's own word order,
    coherence  that coverage over the share of the choice the corpus has at all: a statement
               stitched from true pieces the text says apart scores low, and
    context    how strongly the stem's words occur near that point, in the same passage and in
               the same section, with the stem's embedding similarity to the sentence there;
               outside the sections the stem names ("… ด้านสาธารณสุข") it counts less.

The best point is the choice's evidence. Negative stems (ข้อใดไม่ใช่ …, ยกเว้น …) take the least
supported choice. When no choice is found in the corpus at all, the answer is None; so it is
when the stem names its subject by an acronym ("… AHA Centre") and no supported choice is found
where the documents speak of it. A stem that asks only what the documents mention ("ข้อใดไม่ได้
กล่าวไว้ในเอกสาร") is decided by whether each choice occurs in them at all.

Matching units are character trigrams inside Thai words (robust to word-segmentation
differences and to the corpus's own typos), Latin words and whole numbers (so "ครั้งที่ 2" does
not match "ครั้งที่ 28"; Buddhist-era years match Christian-era ones); a word weighs its rarity.
Results on the question sets are in bench/exam_accuracy.py's output (see its docstring).

The modules, in the order a question uses them:

    parse    reading the exam: choices typed in the question (the one label grammar), a choice's
             label, the choices' checks, what the stem asks (negation, named sections)
    matching the matching form (fold), its units and their rarity, each passage's units
    score    each choice's support at its best place, and the sentence that shows it
    polarity whether that place says the choice's words with the opposite polarity ("ต้อง…"
             where the text writes "โดยไม่จำเป็นต้อง…"): a contradicted choice counts
             ExamConfig.contradicted_share of its score
    years    whether that place writes another year than the choice's ("by 2025" where the
             text says "by 2030"): counted as a contradicted choice is
    support  a choice or stem as weighted units (Query), its support at one place (Support)
    names    English names in choices as the Thai the passages write ("Chai Nat" → ชัยนาท)
    glosses  everyday English words in choices and stems as the Thai term the passages write
             (the WordNet × Thai WordNet dictionary: "management" → การจัดการ)
    neutral  choices in words the corpus cannot judge (an English exam over Thai text): where
             the embedding puts each choice, blended with the lexical support
    order    stems about the order of events (ช้าที่สุด, เรียงลำดับ, earliest): each choice's
             date where the document says it, and the choices those dates leave possible; the
             year or the number of days of one numbered meeting the stem names
    subject  the acronyms a stem names its subject by, and whether a choice's evidence is
             where the documents speak of it
    sectors  choices that name the documents' sections ("… อยู่ในความร่วมมือด้านใด ก. การศึกษา"):
             each said by the sentence of its sections that says the stem's subject
    claims   under a content-free stem ("ข้อใดถูกต้อง", "Which of the following is true?"),
             each choice as a claim: the one sentence (or tight stretch) that says most of it,
             and whether that sentence gives another year (nearest the claim's words), place,
             number or month; under a stem with a topic and "none of the above", or a negative
             one asking which statement about its topic is false, each choice with the topic as
             such a claim (a stem asking a number: the number written after the topic)
    none     "none of the above" beside choices under a stem with a topic: each choice with the
             topic a claim, and whether the documents say every one otherwise or not at all
    scoring  every choice scored once (Scoring), so that the verdict can be replayed
    decide   the verdict: the pick decided in named steps, one module per kind of rule —
             references / all_none (choices about the others: ถูกทุกข้อ, ไม่มีข้อใดถูก, ก และ ค),
             bound (one statement's clauses bind), aside (a positive stem's choices said of
             something else), negative (NOT / EXCEPT), dated (the document's dates and lists),
             ties (the pick, ties; undecided: the best-scored of those tied), free (content-
             free stems' claims), decided (whether the pick is decided), evidence; deliberation
             holds the state between steps, choice_text what is read of one choice
             (render_text.format_verdict shows a verdict on a terminal)
"""

from __future__ import annotations

from .all_none import pick_with_references, true_choices
from .decide import decide, verdict
from .matching import fold, query_form, unit_index, units
from .parse import (
    CHOICE_LETTERS,
    MAX_CHOICE_CHARS,
    check_choices,
    choice_labels,
    is_negative,
    named_sections,
    parse_exam,
    positive_form,
    stem_topic,
    strip_label,
)
from .references import choice_references
from .score import is_supported
from .scoring import Scoring, score_choices
from .support import Support
from .ties import TIE_MARGIN, pick, tied_with

__all__ = [
    "CHOICE_LETTERS",
    "MAX_CHOICE_CHARS",
    "TIE_MARGIN",
    "Scoring",
    "Support",
    "check_choices",
    "choice_labels",
    "choice_references",
    "decide",
    "fold",
    "is_negative",
    "is_supported",
    "named_sections",
    "parse_exam",
    "pick",
    "pick_with_references",
    "positive_form",
    "query_form",
    "score_choices",
    "stem_topic",
    "strip_label",
    "tied_with",
    "true_choices",
    "unit_index",
    "units",
    "verdict",
]
