"""Exam accuracy asked in the other language: every exam item of our sets beside its twin.

    python bench/exam_twins.py [--index DIR] [--no-append]

eval/twins.jsonl asks each exam item (kind mcq) of eval/{dev,dev2,blind,exam,exam_more}.jsonl
in the other language: an English stem and English choices for a Thai item, same order and
answer_index (`twin` = the original's id). Each pair is asked four ways: the original with its
choices as a list (the eval contract), the twin with its choices as a list, and the twin typed as
one text the way an English exam prints it, choices labelled "A." … "D." one a line and
"a) … d)" on one line (qa_bot.exam.parse_exam reads them). Counts right choices, no choice made
(the documents support none), and typed questions not read as an exam. Nothing is fitted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, bench_parser, report, table

sys.path.insert(0, str(ROOT))
# fresh.jsonl and everyday.jsonl (written blind, 2026-11-30) have no twins yet: their exam items
# join when they have
SETS = ("dev", "dev2", "blind", "exam", "exam_more", "twins", "fresh", "everyday")


def typed(stem: str, choices: tuple[str, ...], style: str) -> str:
    """The question as an English exam prints it: "A. …" one a line, or "a) …" on one line."""
    if style == "A.":
        return stem + "\n" + "\n".join(f"{'ABCD'[i]}. {c}" for i, c in enumerate(choices))
    return stem + " " + " ".join(f"{'abcd'[i]}) {c}" for i, c in enumerate(choices))


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--index", default=str(ROOT / "index"))
    args = parser.parse_args()

    from qa_bot import QABot
    from qa_bot.evaluate import read_items
    from qa_bot.evaluate.cv import dedupe
    from qa_bot.exam import is_negative

    bot = QABot.load(args.index)
    found = [(name, item) for name in SETS for item in read_items(ROOT / "eval" / f"{name}.jsonl")]
    items = {item.id: item for _, item in dedupe(found)}
    pairs = [(items[t.twin], t) for t in items.values() if t.kind == "mcq" and t.twin]
    ways = {
        "original, choices as a list": lambda o, t: bot.ask(o.question, choices=list(o.choices)),
        "twin, choices as a list": lambda o, t: bot.ask(t.question, choices=list(t.choices)),
        "twin typed, A. one a line": lambda o, t: bot.ask(typed(t.question, t.choices, "A.")),
        "twin typed, a) on one line": lambda o, t: bot.ask(typed(t.question, t.choices, "a)")),
    }
    bot.ask("warm-up")
    rows = []
    for way, ask in ways.items():
        right = none = unread = right_negative = 0
        for original, twin in pairs:
            answer = ask(original, twin)
            if answer.choice is None:
                unread += 1
            elif answer.choice.index is None:
                none += 1
            elif answer.choice.index == twin.answer_index:
                right += 1
                right_negative += is_negative(twin.question)
        rows.append([way, len(pairs), f"{right / len(pairs):.3f}", right_negative, none, unread])
    negative = sum(is_negative(t.question) for _, t in pairs)
    languages = sorted({t.lang for _, t in pairs})
    body = "\n".join(
        [
            f"{len(pairs)} exam items and their twins (twin languages: {', '.join(languages)}; "
            f"{negative} negative stems: NOT / EXCEPT / FALSE).",
            "",
            table(
                [
                    "asked as",
                    "items",
                    "accuracy",
                    f"right of the {negative} negative",
                    "no choice made",
                    "not read as an exam",
                ],
                rows,
            ),
        ]
    )
    return report(args, "Exam accuracy in the other language", body)


if __name__ == "__main__":
    sys.exit(main())
