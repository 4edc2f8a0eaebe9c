"""Retrieved passages as hits with their answer sentences (choose_sentences), the sentence the
scope judge reads (judged_sentence), and an exam's chosen evidence put first (chosen_first)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

import numpy as np

from ..config import DEFAULT, SentenceConfig
from ..corpus.fields import sentence_text
from ..corpus.model import Passage
from ..search import Candidate, Retrieval
from ..store import Index
from ..types import Choice, Hit
from .kinds import asked_kind
from .sentence import best_sentence
from .weights import choice_weights, foreign_words, question_weights, question_words


def hit_at(passage: Passage, rank: int, score: float, start: int, end: int) -> Hit:
    """A hit on a passage whose answer is the source text between start and end."""
    return Hit(
        rank=rank,
        score=round(score, 4),
        section_id=passage.section_id,
        section_label=passage.section_label,
        section_label_en=passage.section_label_en,
        document=passage.doc_id,
        document_title=passage.doc_title,
        text=passage.text,
        start=passage.start,
        end=passage.end,
        answer_sentence=passage.source[start:end],
        answer_start=start,
        answer_end=end,
        passage_id=passage.id,
        page=passage.page,
    )


def make_hit(
    index: Index,
    rank: int,
    candidate: Candidate,
    query_vector: np.ndarray,
    weights: dict,
    config: SentenceConfig = DEFAULT.sentences,
    choices: Sequence[dict[str, float]] = (),
    asked: str | None = None,
    words: Collection[str] = (),
    question: str = "",
    foreign: frozenset[str] = frozenset(),
) -> Hit:
    """A retrieved passage as a hit at this rank, with its answer sentence (choices: the
    exam's `choice_weights`, if any; asked: the type of value the question asks for; words:
    the question's tokens, which name field labels; question: as asked, which may ask a
    total; foreign: `foreign_words`)."""
    start, end = best_sentence(
        index, candidate, query_vector, weights, config, choices, asked, words, question, foreign
    )
    return hit_at(candidate.passage, rank, candidate.score, start, end)


def judged_sentence(
    index: Index,
    retrieval: Retrieval,
    config: SentenceConfig = DEFAULT.sentences,
    choices: Sequence[str] | None = None,
) -> str:
    """The top hit's answer sentence without the next sentence joined to it: what the scope
    judge reads (a two-sentence answer holds more of the question's words and would look more
    in scope than the same answer in one sentence; the judge was fitted on one). Chosen with
    the language-fair cosines the shown answer is chosen with (config.language_fair), the
    scope model refitted on it: pooled 5-fold CV over 1,313 items, 8 fold seeds (2026-11-30),
    answerable → uncertain 0.106 → 0.105, out-of-scope → answered 0.122 → 0.121, → not_found
    0.559 → 0.561 (English 0.539 → 0.541). A Markdown table's row is read under its header
    (corpus.fields.sentence_text). "" when nothing was retrieved."""
    if not retrieval.candidates:
        return ""
    alone = replace(
        config,
        next_sentence_margin=-1.0,
        previous_sentence_margin=-1.0,
        max_clause_chars=0,
    )
    weights = question_weights(index, retrieval)
    per_choice = choice_weights(index, choices) if choices else []
    top = retrieval.candidates[0]
    start, end = best_sentence(
        index,
        top,
        retrieval.query_vector,
        weights,
        alone,
        per_choice,
        asked_kind(retrieval.question, retrieval.asked),
        question_words(retrieval),
        retrieval.question,
    )
    # A Markdown table's row as it is embedded, under its header ("รายการ: รวม | จำนวนเงิน
    # (บาท): 1,200", not "| รวม | 1,200 | |"): the judge reads a Word or HTML row so.
    return sentence_text(top.passage.source, start, end)


def choose_sentences(
    index: Index,
    retrieval: Retrieval,
    config: SentenceConfig = DEFAULT.sentences,
    choices: Sequence[str] | None = None,
) -> list[Hit]:
    """The retrieved passages as hits, best first, each with its answer sentence; choices: an
    exam's choice texts (the retrieval is its stem's), which help find the sentence."""
    if not retrieval.candidates:
        return []
    weights = question_weights(index, retrieval)
    per_choice = choice_weights(index, choices) if choices else []
    asked, words = asked_kind(retrieval.question, retrieval.asked), question_words(retrieval)
    vector, question = retrieval.query_vector, retrieval.question
    foreign = foreign_words(retrieval)
    return [
        make_hit(
            index,
            rank,
            candidate,
            vector,
            weights,
            config,
            per_choice,
            asked,
            words,
            question,
            foreign,
        )
        for rank, candidate in enumerate(retrieval.candidates, start=1)
    ]


def chosen_first(hits: list[Hit], choice: Choice | None) -> list[Hit]:
    """The hits with first the passage where the documents say the exam's chosen choice
    (types.Choice.evidence), when they decide it (Choice.decided) and the stem asks which choice
    is so, not which is not: the stem's own passages are where it points, and a stem that names
    little ("ข้อใดถูกต้อง", "ข้อใดเป็นข้อริเริ่มของไทย") points nowhere in particular, while the
    chosen choice's evidence is the answer the reader is shown. A negative stem's choice is the
    one the documents do not support: its evidence answers nothing. Ranks renumbered; as many
    hits as before."""
    if choice is None or not choice.decided or choice.negative or choice.index is None:
        return hits
    chosen = choice.evidence[choice.index] if choice.index < len(choice.evidence) else None
    if chosen is None or not hits:
        return hits
    rest = [h for h in hits if h.passage_id != chosen.passage_id or h.passage_id < 0]
    ordered = [chosen, *rest][: len(hits)]
    return [replace(h, rank=rank) for rank, h in enumerate(ordered, start=1)]
