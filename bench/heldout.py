"""A held-out question set scored with the shipped model: aggregate figures only.

    python bench/heldout.py eval/heldout2.jsonl [--k 5] [--note TEXT] [--no-append]

A held-out set (eval/heldout*.jsonl: written blind, in no fit and no SETS list of bench/cv.py)
stays blind only while nobody reads its failures: this script prints rates and counts per
language and kind, never an item. Every item is asked through `QABot.ask` (as `qa-bot ask --json`
does) and scored by qa_bot.evaluate.metrics.score_item; verdict rates are the issue's (#11):
answerable items judged not_found / uncertain, out-of-scope items judged answered / not_found.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, bench_parser, machine_description, report

sys.path.insert(0, str(ROOT))


def _rate(flags: Sequence[bool]) -> str:
    if not flags:
        return "–"
    return f"{sum(flags) / len(flags):.3f} ({sum(flags)}/{len(flags)})"


def rows(results: Sequence) -> list[str]:
    """Two lines per group (all, each language, each kind): retrieval, then verdicts."""
    from qa_bot.types import ANSWERED, NOT_FOUND, UNCERTAIN

    groups: dict[str, Callable] = {"all": lambda r: True}
    for lang in sorted({r.item.lang for r in results}):
        groups[f"lang {lang}"] = lambda r, lang=lang: r.item.lang == lang
    for kind in sorted({r.item.kind for r in results}):
        groups[f"kind {kind}"] = lambda r, kind=kind: r.item.kind == kind
    lines = []
    for name, member in groups.items():
        chosen = [r for r in results if member(r)]
        inside = [r for r in chosen if r.item.in_scope]
        outside = [r for r in chosen if not r.item.in_scope]
        exams = [r for r in chosen if r.exam_correct is not None]
        lines.append(
            f"{name:<18} n={len(chosen):>3} sec@1 {_rate([r.section_at_1 for r in inside])}"
            f" ev@1 {_rate([r.evidence_at_1 for r in inside])}"
            f" sent@1 {_rate([r.sentence_at_1 for r in inside])}"
            f" exam {_rate([bool(r.exam_correct) for r in exams])}"
        )
        verdict = [r.answer.verdict for r in inside]
        away = [r.answer.verdict for r in outside]
        lines.append(
            " " * 19
            + f"in→nf {_rate([v == NOT_FOUND for v in verdict])}"
            + f" in→unc {_rate([v == UNCERTAIN for v in verdict])}"
            + f" oos→ans {_rate([v == ANSWERED for v in away])}"
            + f" oos→nf {_rate([v == NOT_FOUND for v in away])}"
        )
    return lines


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("questions", type=Path, help="a question file (eval/README format)")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--note", default="", help="what the figures are, for RESULTS.md")
    args = parser.parse_args()
    machine = machine_description()

    from qa_bot import QABot
    from qa_bot.evaluate import read_items
    from qa_bot.evaluate.metrics import run_items

    bot = QABot.load(args.index)
    items = read_items(args.questions)
    results = run_items(bot, items, k=args.k)
    text = "\n".join(rows(results))
    try:
        shown = args.questions.resolve().relative_to(ROOT)
    except ValueError:
        shown = args.questions
    body = "\n".join(
        [
            f"`python bench/heldout.py {shown}` (rates of `QABot.ask` verdicts; no item shown)",
            "",
            *([args.note, ""] if args.note else []),
            "```",
            text,
            "```",
        ]
    )
    return report(args, f"Held-out set {shown} ({len(items)} items)", body, text, machine)


if __name__ == "__main__":
    sys.exit(main())
