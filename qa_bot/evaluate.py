"""Answer quality over a question file: the metrics behind `qa-bot eval`.

A question file (the format of eval/*.jsonl) has one JSON object a line:

    question       the question as a user would type it (for exam items, the stem)
    kind           a label to group results by: free, mcq, english, kiosk, multi, out_of_scope...
    gold_section   the section id that answers it, a list of ids, or null (out of scope)
    evidence       exact substrings of the documents that answer it ([] when out of scope)
    choices        exam items only: the choices, and answer_index, the index of the right one

Metrics (in-scope items unless said otherwise; k passages per question):

    section@1      the top passage is in a gold section
    evidence@1     the top passage contains a whole gold evidence string
    evidence@3     one of the top three passages does
    mrr_section    mean of 1 / rank of the first passage in a gold section (0 if none in k)
    sentence@1     the top passage's answer sentence covers at least half of an occurrence
                   of a gold evidence string in the source
    exam_accuracy  exam items: the chosen choice is answer_index (null without exam mode)
    oos_refusal    out-of-scope items answered "not answerable"
    false_refusal  in-scope items answered "not answerable"
    latency        p50 / p95 of Answer.elapsed_ms over all items
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .answer import Answer, Hit
from .corpus import Document
from .errors import QABotError, QuestionError
from .text import check_question

# Known kinds, in the order tables show them; a file may use other labels too.
KINDS = ("free", "mcq", "english", "kiosk", "multi", "out_of_scope")
OUT_OF_SCOPE = "out_of_scope"
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
    """A question file that cannot be read, or a line that is not a valid item."""


def _fail(path: Path, line: int, problem_th: str, problem_en: str) -> EvalFileError:
    return EvalFileError(f"{path} บรรทัด {line}: {problem_th}", f"{path} line {line}: {problem_en}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _gold_sections(record: dict[str, Any], path: Path, line: int) -> frozenset[int]:
    if "gold_section" not in record:
        raise _fail(
            path,
            line,
            "ไม่มีช่อง 'gold_section' (ใช้ null ถ้าเอกสารไม่มีคำตอบ)",
            "missing 'gold_section' (use null for an out-of-scope question)",
        )
    gold = record["gold_section"]
    if gold is None:
        return frozenset()
    if _is_int(gold) and gold >= 0:
        return frozenset([gold])
    if isinstance(gold, list) and gold and all(_is_int(g) and g >= 0 for g in gold):
        return frozenset(gold)
    raise _fail(
        path,
        line,
        "'gold_section' ต้องเป็นจำนวนเต็มไม่ติดลบ รายการของจำนวนเต็ม หรือ null",
        f"'gold_section' must be a non-negative int, a non-empty list of them, or null, "
        f"not {gold!r}",
    )


def _choices(record: dict[str, Any], path: Path, line: int) -> tuple[tuple[str, ...], int | None]:
    choices = record.get("choices")
    answer_index = record.get("answer_index")
    if choices is None:
        if answer_index is not None:
            raise _fail(
                path,
                line,
                "มี 'answer_index' แต่ไม่มี 'choices'",
                "'answer_index' is given without 'choices'",
            )
        return (), None
    if (
        not isinstance(choices, list)
        or len(choices) < 2
        or not all(isinstance(c, str) and c.strip() for c in choices)
    ):
        raise _fail(
            path,
            line,
            "'choices' ต้องเป็นรายการข้อความอย่างน้อย 2 ข้อ",
            "'choices' must be a list of at least two non-empty strings",
        )
    if not _is_int(answer_index) or not 0 <= answer_index < len(choices):
        raise _fail(
            path,
            line,
            f"'answer_index' ต้องเป็นเลข 0 ถึง {len(choices) - 1}",
            f"'answer_index' must be an int from 0 to {len(choices) - 1}, not {answer_index!r}",
        )
    return tuple(choices), answer_index


def parse_item(record: Any, path: Path, line: int) -> EvalItem:
    """One question-file record, checked; EvalFileError names the line and the problem."""
    if not isinstance(record, dict):
        raise _fail(path, line, "ไม่ใช่ JSON object", "not a JSON object")
    question = record.get("question")
    if not isinstance(question, str):
        raise _fail(path, line, "ต้องมีช่อง 'question' เป็นข้อความ", "'question' must be a string")
    try:
        check_question(question)
    except QuestionError as error:
        raise _fail(path, line, error.message_th, f"'question': {error.message_en}") from error
    sections = _gold_sections(record, path, line)
    kind = record.get("kind", "free" if sections else OUT_OF_SCOPE)
    if not isinstance(kind, str) or not kind.strip():
        raise _fail(path, line, "'kind' ต้องเป็นข้อความ", "'kind' must be a non-empty string")
    if kind == OUT_OF_SCOPE and sections:
        raise _fail(
            path,
            line,
            "คำถามประเภท out_of_scope ต้องมี 'gold_section' เป็น null",
            "an out_of_scope item must have 'gold_section': null",
        )
    evidence = record.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, str) and e for e in evidence):
        raise _fail(
            path,
            line,
            "'evidence' ต้องเป็นรายการข้อความที่ไม่ว่าง",
            "'evidence' must be a list of non-empty strings",
        )
    if sections and not evidence:
        raise _fail(
            path,
            line,
            "คำถามที่เอกสารตอบได้ต้องมี 'evidence' อย่างน้อยหนึ่งข้อความ",
            "an in-scope item needs at least one 'evidence' string",
        )
    if not sections and evidence:
        raise _fail(
            path,
            line,
            "คำถามนอกขอบเขต (gold_section เป็น null) ต้องไม่มี 'evidence'",
            "an out-of-scope item (gold_section null) must have no 'evidence'",
        )
    choices, answer_index = _choices(record, path, line)
    item_id = record.get("id", f"line{line}")
    if not isinstance(item_id, str | int) or isinstance(item_id, bool):
        raise _fail(path, line, "'id' ต้องเป็นข้อความหรือตัวเลข", "'id' must be a string or int")
    return EvalItem(
        id=str(item_id),
        question=question,
        kind=kind,
        gold_sections=sections,
        evidence=tuple(evidence),
        choices=choices,
        answer_index=answer_index,
        line=line,
    )


def read_items(path: Path | str) -> list[EvalItem]:
    """Every item of a question file; EvalFileError names the first bad line and its problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvalFileError(
            f"{path} ไม่ได้เข้ารหัสเป็น UTF-8", f"{path} is not UTF-8 (byte {exc.start})"
        ) from exc
    except OSError as exc:
        raise EvalFileError(
            f"อ่านไฟล์ {path} ไม่ได้", f"cannot read {path}: {exc.strerror or exc}"
        ) from exc
    items: list[EvalItem] = []
    first_line_of: dict[str, int] = {}
    # split("\n"), not splitlines(): JSON strings may hold U+2028, which is no line break here.
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise _fail(
                path, number, f"JSON ไม่ถูกต้อง ({exc.msg})", f"invalid JSON ({exc.msg})"
            ) from exc
        item = parse_item(record, path, number)
        if item.id in first_line_of:
            raise _fail(
                path,
                number,
                f"'id' {item.id} ซ้ำกับบรรทัด {first_line_of[item.id]}",
                f"duplicate 'id' {item.id} (first on line {first_line_of[item.id]})",
            )
        first_line_of[item.id] = number
        items.append(item)
    if not items:
        raise EvalFileError(f"{path} ไม่มีคำถาม", f"{path} has no questions")
    return items


def check_items(items: Iterable[EvalItem], documents: Sequence[Document], path: Path) -> None:
    """Each item fits the documents: its evidence is in them and its gold sections exist."""
    section_ids = {s.section_id for doc in documents for s in doc.sections}
    for item in items:
        missing_sections = sorted(item.gold_sections - section_ids)
        if missing_sections:
            raise _fail(
                path,
                item.line,
                f"เอกสารไม่มีหมวด {missing_sections}",
                f"'gold_section' {missing_sections} is not a section of the indexed documents "
                f"(they have {sorted(section_ids)})",
            )
        for evidence in item.evidence:
            if not any(evidence in doc.text for doc in documents):
                raise _fail(
                    path,
                    item.line,
                    f"ไม่พบข้อความ evidence ในเอกสาร: {evidence[:60]!r}",
                    f"evidence not found in the indexed documents: {evidence[:60]!r}",
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
    if item.choices and answer.choice is not None:
        result.exam_correct = answer.choice.index == item.answer_index
    return result


def exam_mode_available() -> bool:
    """Whether `ask(..., choices=...)` can work: qa_bot.exam exists and has decide()."""
    try:
        module = importlib.import_module(f"{__package__}.exam")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.exam":
            raise  # exam.py is there but something it imports is not: a real error
        return False
    return hasattr(module, "decide")


def run_items(
    bot: Any, items: Sequence[EvalItem], k: int = 5, exam: bool | None = None
) -> list[ItemResult]:
    """Ask every item (exam items with their choices when exam mode is available) and score it.

    One untimed question first, so the first item's latency is not the one-off warm-up.
    """
    if exam is None:
        exam = exam_mode_available()
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


def item_record(result: ItemResult) -> dict[str, Any]:
    """One item's outcome, for --json: enough to see why it missed."""
    item, answer = result.item, result.answer
    top = answer.hits[0] if answer.hits else None
    return {
        "id": item.id,
        "line": item.line,
        "kind": item.kind,
        "question": item.question,
        "gold_section": sorted(item.gold_sections) or None,
        "top_section": top.section_id if top else None,
        "answerable": answer.answerable,
        "section@1": result.section_at_1 if item.in_scope else None,
        "evidence@1": result.evidence_at_1 if item.in_scope else None,
        "evidence@3": result.evidence_at_3 if item.in_scope else None,
        "reciprocal_rank": round(result.reciprocal_rank, 4) if item.in_scope else None,
        "sentence@1": result.sentence_at_1 if item.in_scope else None,
        "has_choices": bool(item.choices),
        "exam_correct": result.exam_correct,
        "chosen": answer.choice.index if answer.choice is not None else None,
        "elapsed_ms": answer.elapsed_ms,
    }


def misses(result: ItemResult) -> list[str]:
    """What went wrong with one item, in words (empty when nothing did)."""
    item, answer = result.item, result.answer
    problems = []
    if item.in_scope:
        top = answer.hits[0].section_id if answer.hits else None
        if not result.section_at_1:
            problems.append(f"top section {top}, gold {sorted(item.gold_sections)}")
        if not result.evidence_at_3:
            problems.append("no evidence in the top 3")
        elif not result.evidence_at_1:
            problems.append("evidence not in the top passage")
        if not result.sentence_at_1:
            problems.append("answer sentence misses the evidence")
        if not answer.answerable:
            problems.append("refused")
    elif answer.answerable:
        problems.append("answered although out of scope")
    if result.exam_correct is False:
        chosen = answer.choice.index if answer.choice is not None else None
        problems.append(f"chose {chosen}, right {item.answer_index}")
    return problems


def evaluate(bot: Any, items: Sequence[EvalItem], path: Path | str, k: int = 5) -> dict[str, Any]:
    """The whole `qa-bot eval` result: settings, overall and per-kind metrics, every item."""
    path = Path(path)
    check_items(items, bot.index.documents, path)
    exam = exam_mode_available()
    started = time.perf_counter()
    results = run_items(bot, items, k=k, exam=exam)
    seconds = time.perf_counter() - started
    return {
        "file": str(path),
        "k": k,
        "index": str(bot.index.directory),
        "model": bot.index.manifest.get("embedder", {}).get("id"),
        "exam_mode": exam,
        "seconds": round(seconds, 2),
        **report(results),
        "items": [item_record(r) for r in results],
        "misses": {r.item.id: problems for r in results if (problems := misses(r))},
    }


def _cell(metric: str, value: Any) -> str:
    if value is None:
        return "–"
    if metric.startswith("latency"):
        return f"{value:.1f}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


TABLE_ROWS = (
    ("items", "questions"),
    ("section@1", "section@1"),
    ("evidence@1", "evidence@1"),
    ("evidence@3", "evidence@3"),
    ("mrr_section", "MRR (section)"),
    ("sentence@1", "sentence@1"),
    ("exam_accuracy", "exam accuracy"),
    ("oos_refusal", "out-of-scope refused"),
    ("false_refusal", "in-scope refused"),
    ("latency_p50_ms", "latency p50 (ms)"),
    ("latency_p95_ms", "latency p95 (ms)"),
)
MAX_MISSES_SHOWN = 20


def format_report(result: dict[str, Any]) -> str:
    """The `qa-bot eval` table: one row per metric, a column overall and one per kind."""
    columns = [("overall", result["overall"]), *result["by_kind"].items()]
    label_width = max(len(label) for _, label in TABLE_ROWS) + 2
    width = {name: max(len(name), 7) + 2 for name, _ in columns}
    lines = [
        f"qa-bot eval {result['file']} — {result['overall']['items']} questions, k={result['k']}, "
        f"index {result['index']} ({result['model']}), {result['seconds']:.1f} s",
        "".ljust(label_width) + "".join(name.rjust(width[name]) for name, _ in columns),
    ]
    for metric, label in TABLE_ROWS:
        cells = "".join(
            _cell(metric, summary.get(metric)).rjust(width[name]) for name, summary in columns
        )
        lines.append(label.ljust(label_width) + cells)
    if not result["exam_mode"] and any(item["has_choices"] for item in result["items"]):
        lines += ["", "exam mode (qa_bot.exam) is not available: exam items asked without choices"]
    misses_by_id = result["misses"]
    if misses_by_id:
        items_by_id = {item["id"]: item for item in result["items"]}
        lines += ["", f"misses ({len(misses_by_id)} questions):"]
        for item_id, problems in list(misses_by_id.items())[:MAX_MISSES_SHOWN]:
            item = items_by_id[item_id]
            lines.append(f"  {item_id} [{item['kind']}] line {item['line']}: {'; '.join(problems)}")
        if len(misses_by_id) > MAX_MISSES_SHOWN:
            lines.append(f"  … {len(misses_by_id) - MAX_MISSES_SHOWN} more (see --json)")
    return "\n".join(lines)
