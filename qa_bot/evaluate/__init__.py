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

from .metrics import (
    KINDS,
    METRICS,
    ItemResult,
    hit_contains_evidence,
    report,
    run_items,
    score_item,
    section_rank,
    sentence_covers_evidence,
    summarize,
)
from .reading import OUT_OF_SCOPE, EvalFileError, EvalItem, check_items, parse_item, read_items
from .reporting import evaluate, format_report, item_record, misses

__all__ = [
    "KINDS",
    "METRICS",
    "OUT_OF_SCOPE",
    "EvalFileError",
    "EvalItem",
    "ItemResult",
    "check_items",
    "evaluate",
    "format_report",
    "hit_contains_evidence",
    "item_record",
    "misses",
    "parse_item",
    "read_items",
    "report",
    "run_items",
    "score_item",
    "section_rank",
    "sentence_covers_evidence",
    "summarize",
]
