"""Exam-mode accuracy: the share of multiple-choice items whose chosen choice is the right one.

Usage:
    python bench/exam_accuracy.py [--verbose] [--typed] [FILE.jsonl ...]
    python bench/exam_accuracy.py --choose FIELD=V1,V2,... [--folds 5] [FILE.jsonl ...]

Defaults to eval/dev.jsonl, eval/exam.jsonl and eval/exam_more.jsonl; only items with
choices count. Goes through the public API, bot.ask(question, choices=[...]); with --typed the
question is typed as one text instead ("stem\\nก. …\\nข. …"), so the parser is measured too.
Also prints the median time of an exam question and of the same stem asked without choices.

With --choose, a setting of config.ExamConfig is chosen by cross-validation: every item (of
the pooled sets, bench/common.py POOLED_SETS, each id once, unless files are given) is asked
under each value; K folds, a question and its translation (`twin`) in the same fold; on each,
the value right most often on the other folds is used for the held-out one. Prints each
value's accuracy and the cross-validated one, by language (an item's `lang`, Thai when it has
none).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from dataclasses import replace

import numpy as np

from qa_bot import Choice, QABot
from qa_bot.evaluate import EvalItem, read_items
from qa_bot.exam import CHOICE_LETTERS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = [
    ROOT / "eval" / "dev.jsonl",
    ROOT / "eval" / "exam.jsonl",
    ROOT / "eval" / "exam_more.jsonl",
]


# --choose pools what every bench pools (bench/common.py POOLED_SETS: the one list), not a
# list of its own that missed the sets pooled since (extra, topics, kinds; NOTE14 "Left" 7).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import POOLED_SETS, chosen_within_folds  # noqa: E402

CV_FILES = [ROOT / "eval" / f"{name}.jsonl" for name in POOLED_SETS]


def choose(bot: QABot, files: list[Path], field: str, values: list[float], k: int) -> int:
    """Cross-validate one ExamConfig field over values (see the module docstring)."""
    seen: dict[str, EvalItem] = {}
    for path in files:
        for item in read_items(path):
            if item.is_exam and item.id not in seen:
                seen[item.id] = item
    items = list(seen.values())
    right = np.zeros((len(values), len(items)), dtype=bool)
    for v, value in enumerate(values):
        config = replace(bot.config, exam=replace(bot.config.exam, **{field: value}))
        asker = QABot(bot.index, config)
        for i, item in enumerate(items):
            answer = asker.ask(item.question, choices=list(item.choices))
            chosen = answer.choice.index if answer.choice is not None else None
            right[v, i] = chosen == item.answer_index
    langs = np.asarray([item.lang or "th" for item in items])
    held, rows_chosen = chosen_within_folds(right, items, k)
    picked = [values[best] for best in rows_chosen]
    for lang in sorted(set(langs)):
        mask = langs == lang
        each = ", ".join(
            f"{value:g}: {right[v, mask].mean():.3f}" for v, value in enumerate(values)
        )
        print(
            f"{lang} ({mask.sum()} items): {field} {each}; cross-validated {held[mask].mean():.3f}"
        )
    print(f"all ({len(items)}): cross-validated {held.mean():.3f}; chosen per fold {picked}")
    return 0


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
    parser.add_argument("--choose", help="FIELD=V1,V2,…: an ExamConfig value chosen by CV")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    bot = QABot.load(args.index)
    if args.choose:
        field, _, values = args.choose.partition("=")
        numbers = [float(v) for v in values.split(",")]
        return choose(bot, args.files or CV_FILES, field, numbers, args.folds)
    bot.ask("ข้อใดถูก", choices=["ก", "ข"])  # warm up
    total_right = total = 0
    exam_ms: list[float] = []
    plain_ms: list[float] = []
    for path in args.files or DEFAULT_FILES:
        items = [item for item in read_items(path) if item.is_exam]
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
