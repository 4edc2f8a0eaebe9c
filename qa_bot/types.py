"""The values the pipeline hands between its steps and returns, and the JSON contract.

`Answer.to_dict()` is what `qa-bot ask --json`, each line of the batch (`qa-bot ask --json -`)
and the page's `/ask` API return; scripts and `qa-bot eval` read it, so its keys are stable:
add keys, never rename or drop one. Offsets are character offsets into the document's source
text (`Passage.source`), so `text[answer_start - start : answer_end - start] == answer_sentence`.

This module imports nothing from the package: every other module may import it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The three verdicts an answer can carry, from sure to not covered (see Answer.verdict);
# `answerable` in the JSON contract is verdict != NOT_FOUND. scope.judge decides them.
ANSWERED, UNCERTAIN, NOT_FOUND = "answered", "uncertain", "not_found"
VERDICTS = (ANSWERED, UNCERTAIN, NOT_FOUND)

# The batch contract: these keys of a hit are what scripts and evaluation read. Keep them stable.
HIT_KEYS = (
    "rank",
    "score",
    "section_id",
    "section_label",
    "section_label_en",
    "document",
    "text",
    "start",
    "end",
    "answer_sentence",
    "answer_start",
    "answer_end",
)


@dataclass(frozen=True)
class Evidence:
    """The signals behind the scope verdict (does the corpus answer this at all?), kept so that
    they can be shown and tuned. Computed by `scope.judge`.

    Attributes:
        cosine: the best passage's cosine with the question, in [-1, 1].
        coverage: IDF-weighted share (0..1) of the question's content words found in the best
            passage.
        unknown: IDF-weighted share (0..1) of the content words the corpus never uses.
        thai: whether the question has Thai letters.
        probability: the logistic model's probability (0..1) that the corpus answers, after the
            rules that rule a question out (then it is at most
            `config.ScopeConfig.ruled_out_probability`).
        verdict: the scope model's verdict on the probability (`scope_model.ScopeModel.verdict`).
        values: every feature the model weighed, by name (for fitting and showing).
        unknown_words: the content words the corpus does not know.
        unknown_unit: the unit of a count the text never uses ("ตัน" in "กี่ตัน"), else None.
        first: the evidence on the question's first clause when it asks two things
            (`answer_types.first_question`) and that clause's best passage is the question's:
            the verdict is the better of the two, at most uncertain when the whole question is a
            near-miss for a value (`scope.with_first_clause`). None otherwise.
    """

    cosine: float
    coverage: float
    unknown: float
    thai: bool
    probability: float
    verdict: str = ANSWERED
    values: Mapping[str, float] = field(default_factory=dict)
    unknown_words: tuple[str, ...] = ()
    unknown_unit: str | None = None
    first: Evidence | None = None


@dataclass(frozen=True)
class Hit:
    """One retrieved passage with the sentence in it that best answers the question.

    Attributes:
        rank: 1-based position in the answer.
        score: the fused retrieval score (rounded to 4 places); for an exam choice's evidence,
            the choice's support score.
        section_id, section_label, section_label_en: the passage's section in its document
            (section 0 is the text before the first heading).
        document, document_title: the document's id (its file name) and title.
        text: the passage, `source[start:end]`.
        start, end: the passage's character offsets in the document's source text.
        answer_sentence: the answer, `source[answer_start:answer_end]`, inside the passage.
        answer_start, answer_end: the answer's character offsets in the source text.
        page: the 1-based page of a PDF document the passage starts on, else None.
        passage_id: the passage's row in the index (not part of the JSON contract; -1 unknown).
    """

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
    page: int | None = None
    passage_id: int = field(default=-1, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The hit as in the JSON contract: HIT_KEYS, then "document_title" and "page"."""
        record = {key: getattr(self, key) for key in HIT_KEYS}
        record["document_title"] = self.document_title
        record["page"] = self.page
        return record


@dataclass(frozen=True)
class Choice:
    """Exam mode: which choice the corpus supports (or, for a negative stem, does not).

    Attributes:
        index: 0-based index of the chosen choice; when the corpus supports none, the closest
            (closest_only) or None when no choice scores at all.
        letter: the chosen choice's Thai letter (ก ข ค ง …), or None.
        scores: one support score per choice (≥ 0, higher is better supported).
        evidence: per choice, the hit where the corpus says it, or None if nowhere.
        negative: whether the stem asks for the choice that is NOT supported (ไม่ใช่, ยกเว้น …).
        choices: the choice texts as judged (parsed from the question when typed in it).
        tied: other choices whose score is within noise of the chosen one (exam.TIE_MARGIN),
            or all the others when even the best is near nothing (ExamConfig.weak_support):
            the corpus does not tell them apart, and the verdict says so instead of picking
            silently.
        decided: whether the documents decide the exam: the best choice is clearly supported,
            no other is tied with it, and some choice is supported in the documents' own
            words, names or numbers (not by the embedding alone, as an English exam whose
            choices a Thai text cannot judge). When False the answer's verdict is the stem's
            own (scope.exam_verdict); with ties, index is only the best-scored of the tied.
        contradicted: choices whose words the documents say with the opposite polarity ("ต้อง…"
            where they write "โดยไม่จำเป็นต้อง…"; exam/polarity.py): not what they say, their
            evidence the place that says the opposite.
        confidence: how sure the pick is, as the page and the CLI show it
            (wording.pick_confidence: "sure" — decided and the stem alone answered, the
            documents' answer; "unsure" — decided under a stem judged uncertain or not found;
            "undecided"; "tied"; "none" — no choice supported); "" when not yet judged.
        closest_only: the documents support no choice and index is only the best-scored one
            (the least under a negative stem: exam/closest.py), never decided; not in the JSON,
            whose confidence says "none".
    """

    index: int | None
    letter: str | None
    scores: list[float]
    evidence: list[Hit | None]
    negative: bool = False
    choices: tuple[str, ...] = ()
    tied: tuple[int, ...] = ()
    decided: bool = True
    contradicted: tuple[int, ...] = ()
    confidence: str = ""
    closest_only: bool = False

    @property
    def none_supported(self) -> bool:
        """Whether the documents support no choice: no index, or only the closest one
        (closest_only)."""
        return self.index is None or self.closest_only

    def to_dict(self) -> dict[str, Any]:
        """The choice as in the JSON contract (scores rounded to 4 places)."""
        return {
            "index": self.index,
            "letter": self.letter,
            "scores": [round(s, 4) for s in self.scores],
            "evidence": [h.to_dict() if h is not None else None for h in self.evidence],
            "negative": self.negative,
            "choices": list(self.choices),
            "tied": list(self.tied),
            "decided": self.decided,
            "contradicted": list(self.contradicted),
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Answer:
    """What the bot says to one question.

    Attributes:
        question: the question as searched (cleaned; an exam's stem without its choices).
        answerable: whether the documents answer it; always `verdict != "not_found"`.
        hits: the passages, best first (at most k), each with its answer sentence. Also given
            when the documents do not answer, as the closest passages.
        elapsed_ms: wall time of the whole question, in milliseconds (rounded to 0.01).
        choice: exam mode's verdict, or None for an ordinary question.
        evidence: the scope signals (None when nothing was retrieved); not in the JSON.
        verdict: "answered" (the top passage answers it), "uncertain" (related passages; the
            documents may not hold the answer) or "not_found" (the documents do not cover
            it). Left empty, it follows `answerable`; given, it wins and sets `answerable`.

    Raises:
        ValueError: for a verdict that is not one of VERDICTS.
    """

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
        if self.verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS}, not {self.verdict!r}")
        object.__setattr__(self, "answerable", self.verdict != NOT_FOUND)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: {"question", "answerable", "verdict", "elapsed_ms", "hits",
        "choice"}, hits as `Hit.to_dict`, choice as `Choice.to_dict` or None."""
        return {
            "question": self.question,
            "answerable": self.answerable,
            "verdict": self.verdict,
            "elapsed_ms": self.elapsed_ms,
            "hits": [hit.to_dict() for hit in self.hits],
            "choice": self.choice.to_dict() if self.choice is not None else None,
        }
