"""Exam-mode accuracy: the share of multiple-choice items whose chosen choice is the right one.

Usage:
    python bench/exam_accuracy.py [--verbose] [FILE.jsonl ...]

Defaults to ../shared/eval/dev.jsonl, eval/exam.jsonl and eval/exam_more.jsonl. Only items with
choices count. Goes through the public API: bot.ask(question, choices=[...]).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from qa_bot import QABot
from qa_bot.evaluate import read_items

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = [
    ROOT.parent / "shared" / "eval" / "dev.jsonl",
    ROOT / "eval" / "exam.jsonl",
    ROOT / "eval" / "exam_more.jsonl",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--verbose", action="store_true", help="print every wrong item")
    args = parser.parse_args(argv)
    bot = QABot.load(args.index)
    total_right = total = 0
    for path in args.files or DEFAULT_FILES:
        items = [item for item in read_items(path) if item.choices]
        right, latencies = 0, []
        for item in items:
            started = time.perf_counter()
            answer = bot.ask(item.question, choices=list(item.choices))
            latencies.append((time.perf_counter() - started) * 1000)
            choice = answer.choice
            chosen = choice.index if choice is not None else None
            right += chosen == item.answer_index
            if args.verbose and chosen != item.answer_index:
                print(f"  WRONG {item.id}: {item.question}")
                for i, text in enumerate(item.choices):
                    mark = ("*" if i == item.answer_index else " ") + (">" if i == chosen else " ")
                    score = choice.scores[i] if choice is not None else float("nan")
                    hit = choice.evidence[i] if choice is not None else None
                    where = f"[{hit.section_id}] {hit.answer_sentence[:60]}" if hit else "-"
                    print(f"    {mark} {score:.3f} {text[:50]}  <- {where}")
        total_right += right
        total += len(items)
        latencies.sort()
        p50 = latencies[len(latencies) // 2] if latencies else 0.0
        print(
            f"{path.name}: {right}/{len(items)} = {right / max(len(items), 1):.3f}"
            f"  (p50 {p50:.0f} ms)"
        )
    print(f"all: {total_right}/{total} = {total_right / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
