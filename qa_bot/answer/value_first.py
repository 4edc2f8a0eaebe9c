"""A close hit that states the value asked for (a date, place, time, count or person) put
before a top hit that states none (value_first)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from ..answer_types import (
    COUNT,
    DATE,
    PERSON,
    PLACE,
    TIME,
    asked_parts,
    count_classifiers,
    has_count_of,
    has_value,
    states_value,
)
from ..config import DEFAULT, SentenceConfig
from ..corpus.model import Passage
from ..search import Retrieval, coverage, normalized_passage
from ..store import Index
from ..text import matching_text
from ..types import Hit
from .qualifiers import asked_phase, phase_term
from .rows import names_person
from .weights import question_weights

# The asked types whose stated value can put a close hit first (answer_types.states_value); a
# person or body only by a sentence naming a person by a title or an agent label (names_person):
# answer_types' test cannot tell a person from any sentence's words ("ที่ประชุม", "ประเทศ").
VALUE_FIRST_TYPES = frozenset({DATE, PLACE, TIME, COUNT, PERSON})
VALUE_FIRST_RANKS = 3  # the hits a reader sees first: one further down never goes first


def value_first(
    index: Index,
    retrieval: Retrieval,
    hits: list[Hit],
    config: SentenceConfig = DEFAULT.sentences,
) -> tuple[Retrieval, list[Hit]]:
    """The retrieval and its hits (choose_sentences'), with first the hit that states the value
    asked for, when the top one does not: a question asking a date, place, time, count or
    person (VALUE_FIRST_TYPES) whose top answer sentence states none (answer_types.states_value:
    a date after a preposition of time, a place after one of place, the day when the question
    asks the day; a person: `names_person`), while a hit that holds every name and number of
    the question the top passage holds (the same named thing: "AMCA", "8") states one and is
    either
    - of the top VALUE_FIRST_RANKS, in the top hit's section, scoring within
      config.value_first_margin of it, or
    - of the top hit's document, scoring within config.topic_first_margin of it, when no
      sentence of the top passage states one and the question words the top passage holds
      and it lacks are all words of the document's title (`_behind_on_topic`).
    That hit goes first in both (ranks renumbered, scores stay retrieval's). Otherwise both
    unchanged. (The pipeline shows the hits, and its scope judge reads the returned retrieval's
    top passage.)

    One passage recalls a meeting by name ("นอกจากนี้ ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอของ
    ไทย…") and the one before it dates and places it ("เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม…
    (AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา"); the first repeats more of the question's words and
    ranks first (FRESH13 §4). A top answer giving a year as a "when" answer does ("ในปี 1981"):
    a hit giving a full date elsewhere, about another thing, is not put before it (the day is
    preferred only when the question asks the day). A handout's background paragraph repeats
    its event's full name ("ค่ายวิทยาศาสตร์ภาคฤดูร้อนจัดขึ้นเพื่อส่งเสริม…") and outranks the
    section that dates it without the name ("ค่ายจัดระหว่างวันที่ 3-5 เมษายน 2568 …"): the
    name is the document's topic, which its title gives every passage (FRESH16 §1)."""
    kind = retrieval.asked
    if (
        config.value_first_margin < 0
        or kind not in VALUE_FIRST_TYPES
        or len(hits) < 2
        or len(retrieval.candidates) != len(hits)
    ):
        return retrieval, hits
    parts = asked_parts(retrieval.question, kind)
    stated = _stated(retrieval.question, kind, parts)
    phased = _phase_first(retrieval, hits, stated, config)
    if phased is not None:
        return phased
    # the top hit answers a "who" with any body it names ("ที่ประชุม", "ไทย"): has_value's test
    answers = (lambda t: stated(t) or has_value(t, PERSON)) if kind == PERSON else stated
    if answers(hits[0].answer_sentence):
        return retrieval, hits
    top = retrieval.candidates[0]
    # A name as the question writes it, with a capital ("AMCA"), or a number: a lower-case word
    # the dictionary lacks ("socio-cultural" → socio) names no particular thing.
    named = [
        *(n for n in retrieval.words.names if _capitalised(n, retrieval.question)),
        *retrieval.words.numbers,
    ]
    held = [n for n in named if _names(n, normalized_passage(index, top.passage.id))]
    reach = max(config.value_first_margin, config.topic_first_margin)
    on_topic = None  # whether the top passage's lead is the document's topic: worked out once
    for at in range(1, len(hits)):
        candidate = retrieval.candidates[at]
        gap = top.score - candidate.score
        if gap > reach:
            break
        passage = candidate.passage
        if passage.doc_id != top.passage.doc_id or not stated(hits[at].answer_sentence):
            continue
        text = normalized_passage(index, passage.id)
        if not all(_names(n, text) for n in held):
            continue
        close = (
            at < VALUE_FIRST_RANKS
            and gap <= config.value_first_margin
            and passage.section_id == top.passage.section_id
        )
        if not close and gap <= config.topic_first_margin:
            if on_topic is None:
                on_topic = not any(
                    answers(top.passage.source[a:b]) for a, b in top.passage.sentences
                )
            close = on_topic and _behind_on_topic(index, retrieval, top.passage, passage)
        if close:
            order = [at, *(i for i in range(len(hits)) if i != at)]
            candidates = [retrieval.candidates[i] for i in order]
            ranked = [replace(hits[i], rank=rank) for rank, i in enumerate(order, start=1)]
            return replace(retrieval, candidates=candidates), ranked
    return retrieval, hits


def _phase_first(
    retrieval: Retrieval,
    hits: list[Hit],
    stated: Callable[[str], bool],
    config: SentenceConfig,
) -> tuple[Retrieval, list[Hit]] | None:
    """The retrieval and hits with first a close hit whose answer states the value asked for at
    the phase of time the question asks (`qualifiers.asked_phase`: "at first", "ปัจจุบัน"), when
    the top answer states the value at the other phase only: of the top VALUE_FIRST_RANKS, in the
    top hit's document, scoring within config.value_first_margin of it. None otherwise.
    ("ในระยะแรกบริษัทมีพนักงานเพียง 12 คน" one passage after "ปัจจุบัน … มีพนักงานประมาณ 3,200 คน",
    asked how many at first.)"""
    phase = asked_phase(retrieval.question)
    if phase is None or phase_term(hits[0].answer_sentence, phase) >= 0:
        return None
    top = retrieval.candidates[0]
    for at in range(1, min(VALUE_FIRST_RANKS, len(hits))):
        candidate, sentence = retrieval.candidates[at], hits[at].answer_sentence
        if top.score - candidate.score > config.value_first_margin:
            break
        if (
            candidate.passage.doc_id == top.passage.doc_id
            and phase_term(sentence, phase) > 0
            and stated(sentence)
        ):
            order = [at, *(i for i in range(len(hits)) if i != at)]
            candidates = [retrieval.candidates[i] for i in order]
            ranked = [replace(hits[i], rank=rank) for rank, i in enumerate(order, start=1)]
            return replace(retrieval, candidates=candidates), ranked
    return None


def _behind_on_topic(index: Index, retrieval: Retrieval, top: Passage, other: Passage) -> bool:
    """True when the question words (question_weights') the top passage holds name the topic of
    their document — some are words of its title — and every one of them the other passage
    lacks is a title word: the other passage is behind only on the words that name what the
    whole document is about. (Not when the top passage holds no title word the question says: a
    question the document does not cover scores its passages close together, none for naming
    its topic.)"""
    title = _title_text(top.doc_title)
    top_text = normalized_passage(index, top.id)
    other_text = normalized_passage(index, other.id)
    held = [word for word in question_weights(index, retrieval) if _holds(word, top_text)]
    return any(_holds(word, title) for word in held) and all(
        _holds(word, title) for word in held if not _holds(word, other_text)
    )


@lru_cache(maxsize=256)
def _title_text(title: str) -> str:
    return matching_text(title)


def _holds(word: str, text: str) -> bool:
    """Does the (matching-form) text hold the question word, as retrieval's coverage counts it?"""
    return coverage({word: 1.0}, text) > 0


def _stated(question: str, kind: str, parts: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a sentence states the value asked for (answer_types.states_value); a count in
    the classifier a Thai count question names, or one that counts alike: "กี่ด้าน" is not
    answered by "มีคุณลักษณะ 5 ข้อ" but by "ประกอบด้วย 15 สาขา" (answer_types.has_count_of).
    Not an English question's noun: the dictionary's Thai terms for it are too loose a unit
    ("singles" → ประเภทเดี่ยว, of tennis; bench/reading.py English how-many answer@1 0.93 →
    0.90 with them)."""
    if kind == PERSON:  # a close hit goes first only if it names a person (VALUE_FIRST_TYPES)
        return names_person
    units = count_classifiers(question) if kind == COUNT else ()
    if units:
        return lambda text: any(has_count_of(text, unit) for unit in units)
    return lambda text: states_value(text, kind, parts)


def _capitalised(name: str, question: str) -> bool:
    """Is the (lower-case) name written with a capital letter, or in a script without case, in
    the question?"""
    if not name.isascii():
        return True
    found = re.finditer(rf"(?<![a-z]){re.escape(name)}", question, re.IGNORECASE)
    return any(not m.group(0).islower() for m in found)


def _names(name: str, text: str) -> bool:
    """Does the (matching-form) text hold the question's name or number ("8" not inside "2018")?"""
    if name.isdigit():
        return re.search(rf"(?<!\d){name}(?!\d)", text) is not None
    return name in text
