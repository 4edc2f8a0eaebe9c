"""Answers from lines that stand alone — field lines ("ผู้เขียน⇥…"), table rows — when the
question names a field's label, asks a value the best line lacks, or asks who."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from ..answer_types import PERSON, has_value
from ..corpus.fields import keeps_lines, sentence_label, stands_alone
from ..corpus.model import Passage
from ..text import tokenize


def field_with_value(
    passage: Passage, row: int, texts: Sequence[str], scores: Sequence[float], kind: str
) -> int:
    """The row to answer from when the best one (row) is a field line ("ชื่อวิทยานิพนธ์⇥HyBiX…",
    corpus.fields.sentence_label) holding no value of the asked type (kind; texts: the rows'
    matching forms): the best-scored other field line of the passage that holds one
    (answer_types.has_value, fair on a field's short value: "ผู้เขียน⇥นายณภัทร แก้วภิบาล" names a
    person), else row. Asked "Who wrote the HyBiX thesis?", the author's line, not the title's
    that repeats the question's words (FRESH13 §7)."""
    source, spans = passage.source, passage.sentences
    if sentence_label(source, *spans[row]) is None or has_value(texts[row], kind):
        return row
    holding = [
        i
        for i, (start, end) in enumerate(spans)
        if sentence_label(source, start, end) is not None and has_value(texts[i], kind)
    ]
    return max(holding, key=lambda i: scores[i]) if holding else row


def person_row(passage: Passage, row: int, scores: Sequence[float], margin: float) -> int:
    """The row to answer "who" from: when the best one (row) names no person or body
    (names_person, answer_types.has_value), the best-scored line of the passage that stands
    alone (a table row, a field line: corpus.fields.stands_alone) and names a person, scoring
    within margin of it; else row. A handout lists its contests in a sentence and who runs each
    in rows below it ("รายการ: จรวดขวดน้ำ | ผู้รับผิดชอบ: ครูสมศรี ใจดี"): asked who runs one,
    the sentence that repeats the contest's name scored best (FRESH16 §4)."""
    source, spans = passage.source, passage.sentences
    best = source[slice(*spans[row])]
    if margin < 0 or names_person(best) or has_value(best, PERSON):
        return row
    lines = keeps_lines(passage.doc_id)
    naming = [
        i
        for i, (start, end) in enumerate(spans)
        if scores[row] - scores[i] <= margin
        and names_person(source[start:end])
        and stands_alone(source, start, end, lines)
    ]
    return max(naming, key=lambda i: scores[i]) if naming else row


def named_fields(passage: Passage, words: Collection[str]) -> list[int]:
    """Rows of the passage's sentences that are field lines ("ผู้เขียน⇥นายณภัทร แก้วภิบาล",
    corpus.fields.sentence_label) whose label's every word is one of the question's words
    (tokenize's): asked "ใครเป็นผู้เขียนวิทยานิพนธ์ HyBiX", the line labelled ผู้เขียน is the
    answer, not the title line that holds the other words (FRESH10 §6); the title's label
    "ชื่อวิทยานิพนธ์" is named only by a question holding ชื่อ as well."""
    if not words:
        return []
    return [
        row
        for row, label_words in enumerate(_label_words(passage))
        if label_words and all(word in words for word in label_words)
    ]


# A passage's field labels are the same for every question: read once (each hit's best_sentence
# read every row's label again, ~10 µs a hit).
@lru_cache(maxsize=1 << 14)
def _label_words(passage: Passage) -> tuple[tuple[str, ...], ...]:
    """Each of the passage's sentences' field label (sentence_label) as tokenize's words; ()
    for a sentence that is no field line."""
    labels = (sentence_label(passage.source, start, end) for start, end in passage.sentences)
    return tuple(tuple(tokenize(label)) if label else () for label in labels)


# A person as a table row or a field line names one: by a title before the name (the Thai
# personal titles, คำนำหน้านาม, and academic ranks of the Royal Institute's usage: นาย, นาง,
# นางสาว, เด็กชาย, เด็กหญิง, ดร., ศ., รศ., ผศ., อ.; the school's ครู, อาจารย์; English Mr, Mrs,
# Ms, Dr, Prof) or under a label that is an agent noun (ผู้ + verb: "ผู้รับผิดชอบ:", "ผู้เขียน:").
# Not คุณ: it opens คุณภาพ, คุณค่า, คุณวุฒิ.
_PERSON_TITLE = re.compile(
    r"(?<![ก-๙.])(?:นางสาว|นาย|นาง|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.|ดร\.|รศ\.|ผศ\.|ศ\.|อ\.|อาจารย์|ครู)"
    r"\s*[ก-ฮ]|\b(?:mr|mrs|ms|dr|prof)\.?\s+[a-z]|(?:^|[|\t]\s*)ผู้[ก-๙]+\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def names_person(text: str) -> bool:
    """Does the text name a person by a title or under an agent label (_PERSON_TITLE)?"""
    return _PERSON_TITLE.search(text) is not None
