"""Answer-quality metrics over question files in the format of eval/*.jsonl."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .answer import Answer, Hit
from .errors import QABotError

KINDS = ("free", "mcq", "english", "kiosk", "multi", "out_of_scope")


@dataclass(frozen=True)
class EvalItem:
    id: str
    question: str
    kind: str
    gold_sections: frozenset[int]  # empty for out of scope
    evidence: tuple[str, ...]
    choices: tuple[str, ...] = ()
    answer_index: int | None = None
    line: int = 0

    @property
    def in_scope(self) -> bool:
        return bool(self.gold_sections)


class EvalFileError(QABotError):
    """A question file line that is not a valid item."""


def _fail(path: Path, line: int, problem: str) -> EvalFileError:
    return EvalFileError(f"{path} บรรทัด {line}: {problem}", f"{path} line {line}: {problem}")


def parse_item(record: Any, path: Path, line: int) -> EvalItem:
    if not isinstance(record, dict):
        raise _fail(path, line, "not a JSON object")
    question = record.get("question")
    if not isinstance(question, str) or not question.strip():
        raise _fail(path, line, "'question' must be a non-empty string")
    kind = record.get("kind", "free")
    if kind not in KINDS:
        raise _fail(path, line, f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    gold = record.get("gold_section")
    if gold is None:
        sections: frozenset[int] = frozenset()
    elif isinstance(gold, int) and not isinstance(gold, bool):
        sections = frozenset([gold])
    elif isinstance(gold, list) and gold and all(isinstance(g, int) for g in gold):
        sections = frozenset(gold)
    else:
        raise _fail(path, line, "'gold_section' must be an int, a list of ints, or null")
    evidence = record.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, str) and e for e in evidence):
        raise _fail(path, line, "'evidence' must be a list of non-empty strings")
    if sections and not evidence:
        raise _fail(path, line, "an in-scope item needs at least one 'evidence' string")
    choices = record.get("choices") or []
    answer_index = record.get("answer_index")
    if choices:
        if not isinstance(choices, list) or not all(isinstance(c, str) and c for c in choices):
            raise _fail(path, line, "'choices' must be a list of non-empty strings")
        if not isinstance(answer_index, int) or not 0 <= answer_index < len(choices):
            raise _fail(path, line, "'answer_index' must index into 'choices'")
    return EvalItem(
        id=str(record.get("id", f"line{line}")),
        question=question,
        kind=kind,
        gold_sections=sections,
        evidence=tuple(evidence),
        choices=tuple(choices),
        answer_index=answer_index if choices else None,
        line=line,
    )


def read_items(path: Path) -> list[EvalItem]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"อ่านไฟล์ {path} ไม่ได้", f"cannot read {path}: {exc}") from exc
    items = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _fail(path, number, f"invalid JSON ({exc.msg})") from exc
        items.append(parse_item(record, path, number))
    if not items:
        raise EvalFileError(f"{path} ไม่มีคำถาม", f"{path} has no questions")
    return items


def _evidence_spans(source: str, evidence: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for text in evidence:
        start = source.find(text)
        while start >= 0:
            spans.append((start, start + len(text)))
            start = source.find(text, start + 1)
    return spans


def hit_contains_evidence(hit: Hit, item: EvalItem) -> bool:
    return any(e in hit.text for e in item.evidence)


def sentence_covers_evidence(hit: Hit, item: EvalItem, source: str) -> bool:
    """The answer sentence covers at least half of some gold evidence string in the source."""
    for start, end in _evidence_spans(source, item.evidence):
        overlap = min(end, hit.answer_end) - max(start, hit.answer_start)
        if overlap * 2 >= end - start:
            return True
    return False


def section_rank(hits: list[Hit], item: EvalItem) -> int | None:
    for hit in hits:
        if hit.section_id in item.gold_sections:
            return hit.rank
    return None


@dataclass
class ItemResult:
    item: EvalItem
    answer: Answer
    section_at_1: bool = False
    evidence_at_1: bool = False
    evidence_at_3: bool = False
    reciprocal_rank: float = 0.0
    sentence_at_1: bool = False
    exam_correct: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def score_item(item: EvalItem, answer: Answer, source_of: Callable[[str], str]) -> ItemResult:
    result = ItemResult(item, answer)
    if item.in_scope and answer.hits:
        top = answer.hits[0]
        result.section_at_1 = top.section_id in item.gold_sections
        result.evidence_at_1 = hit_contains_evidence(top, item)
        result.evidence_at_3 = any(hit_contains_evidence(h, item) for h in answer.hits[:3])
        rank = section_rank(answer.hits, item)
        result.reciprocal_rank = 1.0 / rank if rank else 0.0
        result.sentence_at_1 = sentence_covers_evidence(top, item, source_of(top.document))
    if item.choices:
        chosen = answer.choice.index if answer.choice is not None else None
        result.exam_correct = chosen == item.answer_index
    return result


def _mean(values: list[float]) -> float | None:
    return round(float(np.mean(values)), 4) if values else None


def summarize(results: list[ItemResult]) -> dict[str, Any]:
    """Metrics over a list of results; None where a metric has no item to count."""
    in_scope = [r for r in results if r.item.in_scope]
    out_scope = [r for r in results if not r.item.in_scope]
    exams = [r for r in results if r.exam_correct is not None]
    latencies = [r.answer.elapsed_ms for r in results]
    return {
        "items": len(results),
        "in_scope": len(in_scope),
        "section@1": _mean([r.section_at_1 for r in in_scope]),
        "evidence@1": _mean([r.evidence_at_1 for r in in_scope]),
        "evidence@3": _mean([r.evidence_at_3 for r in in_scope]),
        "mrr_section": _mean([r.reciprocal_rank for r in in_scope]),
        "sentence@1": _mean([r.sentence_at_1 for r in in_scope]),
        "exam_accuracy": _mean([bool(r.exam_correct) for r in exams]),
        "oos_refusal": _mean([not r.answer.answerable for r in out_scope]),
        "false_refusal": _mean([not r.answer.answerable for r in in_scope]),
        "latency_p50_ms": round(float(np.percentile(latencies, 50)), 2) if latencies else None,
        "latency_p95_ms": round(float(np.percentile(latencies, 95)), 2) if latencies else None,
    }


def report(results: list[ItemResult]) -> dict[str, Any]:
    """Overall metrics and the same metrics for each kind of question."""
    kinds = sorted({r.item.kind for r in results}, key=lambda k: KINDS.index(k))
    return {
        "overall": summarize(results),
        "by_kind": {kind: summarize([r for r in results if r.item.kind == kind]) for kind in kinds},
    }
