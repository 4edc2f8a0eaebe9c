"""Scoring answers against question-file items: per item, then summed up by kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..types import Answer, Hit
from .reading import EvalItem

# Known kinds, in the order tables show them; a file may use other labels too.
KINDS = ("free", "mcq", "english", "kiosk", "multi", "out_of_scope")
METRICS = (
    "section@1",
    "evidence@1",
    "evidence@3",
    "mrr_section",
    "sentence@1",
    "exam_accuracy",
    "oos_refusal",
    "false_refusal",
    "latency_p50_ms",
    "latency_p95_ms",
)


def _evidence_spans(source: str, evidence: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for text in evidence:
        start = source.find(text)
        while start >= 0:
            spans.append((start, start + len(text)))
            start = source.find(text, start + 1)
    return spans


def hit_contains_evidence(hit: Hit, item: EvalItem) -> bool:
    """Whether the hit's passage text contains one of the item's gold evidence strings
    verbatim (a substring test, no normalisation)."""
    return any(e in hit.text for e in item.evidence)


def sentence_covers_evidence(hit: Hit, item: EvalItem, source: str) -> bool:
    """The answer sentence covers at least half of some occurrence of a gold evidence string."""
    for start, end in _evidence_spans(source, item.evidence):
        overlap = min(end, hit.answer_end) - max(start, hit.answer_start)
        if overlap * 2 >= end - start:
            return True
    return False


def section_rank(hits: list[Hit], item: EvalItem) -> int | None:
    """1-based position of the first hit in a gold section, None if no hit is."""
    for position, hit in enumerate(hits, start=1):
        if hit.section_id in item.gold_sections:
            return position
    return None


@dataclass
class ItemResult:
    """One item's answer and its metrics (score_item).

    section_at_1: the top hit is in a gold section; evidence_at_1 / evidence_at_3: a gold
    evidence string is in the top hit / one of the top 3 (hit_contains_evidence);
    reciprocal_rank: 1/rank of the first hit in a gold section, 0.0 when none is;
    sentence_at_1: the top hit's answer sentence covers at least half of an occurrence of an
    evidence string (sentence_covers_evidence). All stay False / 0.0 for an out-of-scope item
    or one without hits. extra: free-form values a caller adds (nothing in qa_bot sets it).
    """

    item: EvalItem
    answer: Answer
    section_at_1: bool = False
    evidence_at_1: bool = False
    evidence_at_3: bool = False
    reciprocal_rank: float = 0.0
    sentence_at_1: bool = False
    exam_correct: bool | None = None  # None: not an exam item, or exam mode not available
    extra: dict[str, Any] = field(default_factory=dict)


def score_item(item: EvalItem, answer: Answer, source_of: Callable[[str], str]) -> ItemResult:
    """The metrics of one answer; source_of maps a hit's document id to that document's text."""
    result = ItemResult(item, answer)
    if item.in_scope and answer.hits:
        top = answer.hits[0]
        result.section_at_1 = top.section_id in item.gold_sections
        result.evidence_at_1 = hit_contains_evidence(top, item)
        result.evidence_at_3 = any(hit_contains_evidence(h, item) for h in answer.hits[:3])
        rank = section_rank(answer.hits, item)
        result.reciprocal_rank = 1.0 / rank if rank else 0.0
        result.sentence_at_1 = sentence_covers_evidence(top, item, source_of(top.document))
    if item.is_exam and answer.choice is not None:
        result.exam_correct = answer.choice.index == item.answer_index
    return result


def run_items(
    bot: Any, items: Sequence[EvalItem], k: int = 5, exam: bool = True
) -> list[ItemResult]:
    """Ask every item (exam items with their choices, unless exam is False) and score it.

    One untimed question first, so the first item's latency is not the one-off warm-up.
    """
    sources = {doc.doc_id: doc.text for doc in bot.index.documents}
    bot.ask(items[0].question, k=k)
    results = []
    for item in items:
        choices = list(item.choices) if (exam and item.choices) else None
        answer = bot.ask(item.question, k=k, choices=choices)
        results.append(score_item(item, answer, sources.__getitem__))
    return results


def _mean(values: list[float]) -> float | None:
    return round(float(np.mean(values)), 4) if values else None


def _percentile(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 2) if values else None


def summarize(results: list[ItemResult]) -> dict[str, Any]:
    """Metrics over a list of results; None where a metric has no item to count."""
    in_scope = [r for r in results if r.item.in_scope]
    out_scope = [r for r in results if not r.item.in_scope]
    exams = [r for r in results if r.exam_correct is not None]
    latencies = [r.answer.elapsed_ms for r in results]
    return {
        "items": len(results),
        "in_scope": len(in_scope),
        "out_of_scope": len(out_scope),
        "exam_items": len(exams),
        "section@1": _mean([r.section_at_1 for r in in_scope]),
        "evidence@1": _mean([r.evidence_at_1 for r in in_scope]),
        "evidence@3": _mean([r.evidence_at_3 for r in in_scope]),
        "mrr_section": _mean([r.reciprocal_rank for r in in_scope]),
        "sentence@1": _mean([r.sentence_at_1 for r in in_scope]),
        "exam_accuracy": _mean([bool(r.exam_correct) for r in exams]),
        "oos_refusal": _mean([not r.answer.answerable for r in out_scope]),
        "false_refusal": _mean([not r.answer.answerable for r in in_scope]),
        "latency_p50_ms": _percentile(latencies, 50),
        "latency_p95_ms": _percentile(latencies, 95),
    }


def _kind_order(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)


def report(results: list[ItemResult]) -> dict[str, Any]:
    """Overall metrics and the same metrics for each kind of question."""
    kinds = sorted({r.item.kind for r in results}, key=_kind_order)
    return {
        "overall": summarize(results),
        "by_kind": {kind: summarize([r for r in results if r.item.kind == kind]) for kind in kinds},
    }
