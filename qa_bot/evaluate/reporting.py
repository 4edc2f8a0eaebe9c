"""The `qa-bot eval` result: settings, metrics, every item and its misses, and the table."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .metrics import ItemResult, report, run_items
from .reading import EvalItem, check_items


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
    started = time.perf_counter()
    results = run_items(bot, items, k=k)
    seconds = time.perf_counter() - started
    return {
        "file": str(path),
        "k": k,
        "index": str(bot.index.directory),
        "model": bot.index.manifest.embedder.id,
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
