"""The sentence of a passage that best answers the question (best_sentence): the best-scored
row (answer.scores), a field line or row when the question asks for one (answer.rows), with the
sentences around it that score almost as high, cut to a clause when long (answer.clauses)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from ..answer_types import CHECKABLE_TYPES, COUNT, PERSON
from ..config import DEFAULT, SentenceConfig
from ..corpus.fields import keeps_lines, stands_alone
from ..search import Candidate, normalized_sentences
from ..store import Index
from .clauses import best_clause
from .empty_rows import empty_rows
from .kinds import REASON
from .qualifiers import asked_phase
from .rows import field_with_value, named_fields, person_row
from .scores import sentence_scores
from .spans import adjacent, answer_span, first_row, take_in_value
from .tables import asks_total, table_texts, totals_row
from .weights import beyond_title, names_title


def best_sentence(
    index: Index,
    candidate: Candidate,
    query_vector: np.ndarray,
    weights: dict[str, float],
    config: SentenceConfig = DEFAULT.sentences,
    choices: Sequence[dict[str, float]] = (),
    asked: str | None = None,
    words: Collection[str] = (),
    question: str = "",
    foreign: frozenset[str] = frozenset(),
) -> tuple[int, int]:
    """Source offsets of the passage sentence that best answers the question: the highest
    cosine (less what it owes to its script, config.language_fair: `language_offsets`)
    + config.lexical_weight × IDF-weighted share of the question's words it holds
    (+ config.choice_weight × the largest share of one exam choice's words it holds, when the
    question is an exam: choices = `choice_weights`; + config.type_weight when it holds a value
    of the type the question asks for, asked = `answer_types.asked_type`, a time, count or
    date), with the sentence before and the one after when each scores almost as high
    (config.previous_sentence_margin, config.next_sentence_margin).
    Of a passage's field lines, one whose label the question's words (`words`: its tokens)
    name wins over the other sentences (named_fields); failing that, a best field line holding
    no value of the asked type gives way to one that holds one (field_with_value). A field
    line is answered alone, without the lines around it. A row that says nothing alone (a
    heading line, a closing lead-in: `empty_rows`) is neither the answer nor joined to it while
    the passage has another row. Asked a total (`question` says รวม, ทั้งหมด, total …:
    tables.asks_total), a table's totals row holding an amount is the answer
    (tables.totals_row). foreign: the question's English words that are no name
    (`weights.foreign_words`), held by a sentence only by its share of Latin letters. A
    question asking a value at a phase of time ("at first", "ปัจจุบัน": `qualifiers.asked_phase`)
    prefers the sentence stating that phase to one stating the other. When the best sentence
    names the document's title whole, the title's words count for no sentence
    (`weights.beyond_title`): the whole document is about them."""
    passage = candidate.passage
    if not passage.sentences:
        return passage.start, passage.end
    typed = asked if asked in CHECKABLE_TYPES and config.type_weight else None
    if asked == REASON and config.reason_weight and weights:  # "why?" alone asks about nothing
        typed = REASON
    texts = normalized_sentences(index, passage.id)
    phase = asked_phase(question) if asked not in (None, REASON) and not choices else None
    scores = sentence_scores(
        index, passage.id, query_vector, weights, config, choices, typed, foreign, phase
    )
    row = max(range(len(scores)), key=scores.__getitem__)  # the first best, as np.argmax
    # The best sentence names the document's title whole: likely the opening that names what the
    # document is about. The title's words then count for no sentence (an exam's stem names
    # its topic, and its choices say the rest).
    if not choices and names_title(texts[row], passage.doc_title):
        weights = beyond_title(weights, passage.doc_title)
        scores = sentence_scores(
            index, passage.id, query_vector, weights, config, choices, typed, foreign, phase
        )
        row = max(range(len(scores)), key=scores.__getitem__)
    empty = empty_rows(passage)
    if row in empty and len(empty) < len(scores):  # a heading, a closing lead-in: nothing alone
        row = max((i for i in range(len(scores)) if i not in empty), key=scores.__getitem__)
    named = [] if choices else named_fields(passage, words)
    if named:  # a question naming a field's label is answered by that field's line
        row = max(named, key=lambda i: scores[i])
    elif asked not in (None, REASON) and not choices:
        row = field_with_value(passage, row, texts, scores, asked)
        if asked == PERSON:
            row = person_row(passage, row, scores, config.value_first_margin)
        if asked == COUNT and asks_total(question):  # a table's totals row ("รวม | 1,200")
            row = totals_row(passage, row, scores, table_texts(index, passage.id), asked)
    # A field line is an answer of its own, as a table's row is: the rows around it are other
    # fields ("ชื่อวิทยานิพนธ์⇥…" above "ผู้เขียน⇥…"), never part of its answer.
    lines = keeps_lines(passage.doc_id)
    alone = bool(named) or stands_alone(passage.source, *passage.sentences[row], lines)
    start, end = answer_span(passage, row, config)
    # The sentence before it joins on the same terms as the next one below: a passage states a
    # fact in one sentence and goes on about it in the next, which may score best. Not before a
    # field's line: the row above is another field ("ชื่อโครงงาน⇥…" above "ผู้จัดทำ⇥…").
    before = first_row(passage, start) - 1
    if (
        not alone
        and before >= 0
        and before not in empty
        and scores[row] - scores[before] <= config.previous_sentence_margin
        and adjacent(passage.source, passage.sentences[before], (start, end))
        and not stands_alone(passage.source, *passage.sentences[before], lines)
    ):
        # the whole sentence before, or failing the length, its last piece
        for before_start in (answer_span(passage, before, config)[0], passage.sentences[before][0]):
            if end - before_start <= config.max_answer_chars:
                start = before_start
                break
    # (Not a row or a field line: the text past its line is another row's, "| 450 | ไป-กลับ |"
    # a value its header names, which the raw row does not show answer_types.)
    if typed in CHECKABLE_TYPES and config.value_reach_chars > 0 and not alone:
        start, end = take_in_value(passage, start, end, typed, config.value_reach_chars)
    # A passage often names its topic in one sentence and gives the detail asked for in the
    # next; when the next scores within config.next_sentence_margin of the best, both are the
    # answer (while the two stay within config.max_answer_chars).
    # (Only a sentence right after it: across code or a heading between them, it is another
    # unit's, and the answer would hold what lies between: corpus.code.)
    after = first_row(passage, end - 1) + 1  # after the answer's last piece, not inside it
    if (
        not alone
        and after < len(scores)
        and after not in empty
        and scores[row] - scores[after] <= config.next_sentence_margin
        and adjacent(passage.source, (start, end), passage.sentences[after])
        and not stands_alone(passage.source, *passage.sentences[after], lines)
    ):
        after_end = answer_span(passage, after, config)[1]
        if after_end - start <= config.max_answer_chars:
            end = max(end, after_end)
    if not choices and end - start > config.max_clause_chars > 0:
        start, end = best_clause(passage, start, end, weights, typed, config, index, query_vector)
        if typed in CHECKABLE_TYPES and config.value_reach_chars > 0:
            start, end = take_in_value(passage, start, end, typed, config.value_reach_chars)
    return start, end
