"""From retrieved passages to an answer: the sentence that answers, and whether anything does."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .corpus import Passage, continues
from .index import Index
from .scope import ANSWERED, NOT_FOUND, Evidence, judge
from .search import Candidate, Retrieval, content_weights, coverage, normalized_sentences

# Answer sentence = cosine(question, sentence) + SENTENCE_LEXICAL_WEIGHT * share of the
# question's content words (IDF-weighted) found in the sentence. Measured in bench/RESULTS.md.
SENTENCE_LEXICAL_WEIGHT = 0.15
# An answer sentence takes in the pieces of its sentence the index kept apart (see answer_span)
# up to this length. On the bundled document, sentence@1 went from 0.88 to 0.91 (dev) and 0.77
# to 0.88 (eval/extra.jsonl); the median answer from 264 to 328 characters (500: 0.83 on extra).
MAX_ANSWER_CHARS = 600


@dataclass(frozen=True)
class Hit:
    rank: int
    score: float
    section_id: int
    section_label: str
    section_label_en: str
    document: str
    document_title: str
    text: str
    start: int
    end: int
    answer_sentence: str
    answer_start: int
    answer_end: int
    passage_id: int = field(default=-1, compare=False)


@dataclass(frozen=True)
class Choice:
    """Exam mode: which choice the corpus supports (or, for a negative stem, does not)."""

    index: int | None
    letter: str | None
    scores: list[float]
    evidence: list[Hit | None]
    negative: bool = False
    choices: tuple[str, ...] = ()  # the choice texts (parsed from the question when typed in it)
    # Other choices whose score is within noise of the chosen one (exam.TIE_MARGIN): the corpus
    # does not tell them apart, and the verdict says so instead of picking silently.
    tied: tuple[int, ...] = ()


@dataclass(frozen=True)
class Answer:
    """Hits for a question, and the verdict: "answered" (the top passage answers it),
    "uncertain" (related passages; the documents may not hold the answer) or "not_found"
    (the documents do not cover it). `answerable` is verdict != "not_found"."""

    question: str
    answerable: bool
    hits: list[Hit]
    elapsed_ms: float
    choice: Choice | None = None
    evidence: Evidence | None = field(default=None, compare=False)
    verdict: str = ""

    def __post_init__(self) -> None:
        # Callers that know only yes/no get the plain verdicts; a verdict given wins.
        if not self.verdict:
            object.__setattr__(self, "verdict", ANSWERED if self.answerable else NOT_FOUND)
        object.__setattr__(self, "answerable", self.verdict != NOT_FOUND)


def best_sentence(
    index: Index, candidate: Candidate, query_vector: np.ndarray, weights: dict[str, float]
) -> tuple[int, int]:
    """Source offsets of the passage sentence that best answers the question."""
    passage = candidate.passage
    if not passage.sentences:
        return passage.start, passage.end
    cosines = index.passage_sentence_vectors(passage.id) @ query_vector
    scores = [
        float(cos) + SENTENCE_LEXICAL_WEIGHT * coverage(weights, text)
        for cos, text in zip(cosines, normalized_sentences(index, passage.id), strict=True)
    ]
    return answer_span(passage, int(np.argmax(scores)))


def answer_span(passage: Passage, row: int) -> tuple[int, int]:
    """A passage sentence's offsets, with the pieces around it that continue the same sentence
    but were too long to join it in the index ("… ค.ศ. | 2017 ณ กรุงมะนิลา …")."""
    source = passage.source
    spans = passage.sentences
    first = last = row
    while first > 0 and continues(source, spans[first - 1], spans[first], MAX_ANSWER_CHARS):
        first -= 1
    while last + 1 < len(spans) and continues(
        source, (spans[first][0], spans[last][1]), spans[last + 1], MAX_ANSWER_CHARS
    ):
        last += 1
    return spans[first][0], spans[last][1]


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
    )


def make_hit(
    index: Index, rank: int, candidate: Candidate, query_vector: np.ndarray, weights: dict
) -> Hit:
    start, end = best_sentence(index, candidate, query_vector, weights)
    return hit_at(candidate.passage, rank, candidate.score, start, end)


def compose_answer(index: Index, retrieval: Retrieval, elapsed_ms: float = 0.0) -> Answer:
    """Hits with their answer sentences, and whether the corpus answers the question at all."""
    if not retrieval.candidates:
        return Answer(retrieval.question, False, [], elapsed_ms, verdict=NOT_FOUND)
    weights = content_weights(index, retrieval.tokens)
    hits = [
        make_hit(index, rank, candidate, retrieval.query_vector, weights)
        for rank, candidate in enumerate(retrieval.candidates, start=1)
    ]
    evidence = judge(index, retrieval)
    return Answer(
        retrieval.question,
        evidence.verdict != NOT_FOUND,
        hits,
        elapsed_ms,
        evidence=evidence,
        verdict=evidence.verdict,
    )
