"""Exam-mode accuracy: the share of multiple-choice items whose chosen choice is the right one.

Usage:
    python bench/exam_accuracy.py [--verbose] [--typed] [FILE.jsonl ...]

Defaults to eval/dev.jsonl, eval/exam.jsonl and eval/exam_more.jsonl; only items with
choices count. Goes through the public API, bot.ask(question, choices=[...]); with --typed the
question is typed as one text instead ("stem\\nก. …\\nข. …"), so the parser is measured too.
Also prints the median time of an exam question and of the same stem asked without choices.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from qa_bot import Choice, QABot
from qa_bot.evaluate import EvalItem, read_items
from qa_bot.exam import CHOICE_LETTERS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = [
    ROOT / "eval" / "dev.jsonl",
    ROOT / "eval" / "exam.jsonl",
    ROOT / "eval" / "exam_more.jsonl",
]


def typed(item: EvalItem) -> str:
    lines = [
        f"{letter}. {text}" for letter, text in zip(CHOICE_LETTERS, item.choices, strict=False)
    ]
    return "\n".join([item.question, *lines])


def print_item(item: EvalItem, choice: Choice | None) -> None:
    chosen = choice.index if choice is not None else None
    print(f"  WRONG {item.id}: {item.question}")
    for i, text in enumerate(item.choices):
        mark = ("*" if i == item.answer_index else " ") + (">" if i == chosen else " ")
        score = choice.scores[i] if choice is not None else float("nan")
        hit = choice.evidence[i] if choice is not None else None
        where = f"[{hit.section_id}] {hit.answer_sentence[:60]}" if hit else "-"
        print(f"    {mark} {score:.3f} {text[:50]}  <- {where}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--verbose", action="store_true", help="print every wrong item")
    parser.add_argument("--typed", action="store_true", help="type each item as one text")
    args = parser.parse_args(argv)
    bot = QABot.load(args.index)
    bot.ask("ข้อใดถูก", choices=["ก", "ข"])  # warm up
    total_right = total = 0
    exam_ms: list[float] = []
    plain_ms: list[float] = []
    for path in args.files or DEFAULT_FILES:
        items = [item for item in read_items(path) if item.choices]
        right = 0
        for item in items:
            plain_ms.append(bot.ask(item.question).elapsed_ms)
            if args.typed:
                answer = bot.ask(typed(item))
            else:
                answer = bot.ask(item.question, choices=list(item.choices))
            exam_ms.append(answer.elapsed_ms)
            chosen = answer.choice.index if answer.choice is not None else None
            right += chosen == item.answer_index
            if args.verbose and chosen != item.answer_index:
                print_item(item, answer.choice)
        total_right += right
        total += len(items)
        print(f"{path.name}: {right}/{len(items)} = {right / max(len(items), 1):.3f}")
    print(f"all: {total_right}/{total} = {total_right / max(total, 1):.3f}")
    if exam_ms:
        print(
            f"median ms: exam question {statistics.median(exam_ms):.0f}, "
            f"the stem alone {statistics.median(plain_ms):.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
