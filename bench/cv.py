"""Cross-validated answer quality over all our question sets pooled (qa_bot/evaluate/cv.py).

    python bench/cv.py [--folds 5 | --by-writer] [--fusion 0,0.03,0.1] [--note TEXT]
                       [--no-append] [--fitted-model FILE] [--features FILE]

Asks every item of eval/{dev,dev2,extra,exam,exam_more,twins,blind,fresh,everyday}.jsonl
once (by id), fits the scope model and its verdict cuts on K−1 folds and scores the held-out
fold (--by-writer: leave one writer out, evaluate.cv.writers: fitted on every set but one
writer's and scored on that writer's, as a blind set is); with --fusion,
the lexical weight of the fusion is chosen on the training folds too. Prints the in-sample /
cross-validated tables and appends them to bench/RESULTS.md, with the cross-language check:
eval/twins.jsonl holds our Thai questions asked in English and our English ones asked in Thai
(`twin` = the original's id). --fitted-model writes the scope model fitted on every item (the
same fit as every fold's: scope.fit_scope_model under the shipped ScopeConfig) as a model file;
copy it over qa_bot/data/scope_model.json (scope_model.SCOPE_MODEL loads that file), so one run both
measures and refits. bench/answerable.py fits the same model without the CV.

--features FILE keeps every retrieval and exam decision of the run in FILE
(qa_bot/evaluate/steps_cache.py) and serves them on the next run with it: only the steps after
them (answer sentences, value_first, the judge's features, the fit, the folds) run again, so a
change to the judge (scope/, together.py, scope_model.py, scope_trees.py) is refitted and
cross-validated in ~25 s instead of 2–5 minutes, with the same figures as a run without the
file (1,463 pooled items, 2026-12-01: 139 s asking everything, 25 s served from the file; the
same tables, and the same --fitted-model file byte for byte). The file records what it was
made with (index, retrieval/exam settings, every other qa_bot source file): after any other
change it is not used but rebuilt (the changed files are named on stderr), so a stale cache
cannot give stale figures. bench/verdicts.py takes the same option and can share the file.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import POOLED_SETS, ROOT, bench_parser, report

sys.path.insert(0, str(ROOT))
SETS = POOLED_SETS


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--by-writer", action="store_true", help="leave one writer out instead of K folds"
    )
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--fusion", help="comma-separated lexical weights to choose from by CV")
    parser.add_argument("--note", default="", help="what changed, for RESULTS.md")
    parser.add_argument("--fitted-model", type=Path, help="write the model fitted on all items")
    parser.add_argument(
        "--features", type=Path, help="cache of retrievals and exam decisions (see above)"
    )
    args = parser.parse_args()

    from qa_bot import QABot
    from qa_bot.evaluate import read_items
    from qa_bot.evaluate.cv import BY_WRITER, format_cv, format_twins, run_cv
    from qa_bot.evaluate.steps_cache import cached

    bot = QABot.load(args.index)
    files = [(name, read_items(ROOT / "eval" / f"{name}.jsonl")) for name in SETS]
    settings = None
    if args.fusion:
        settings = {
            f"lexical {w}": replace(
                bot.config, retrieval=replace(bot.config.retrieval, lexical_weight=float(w))
            )
            for w in args.fusion.split(",")
        }
    started = time.perf_counter()
    with cached(args.features, Path(args.index), bot.config):
        folds = BY_WRITER if args.by_writer else args.folds
        done = run_cv(bot, files, k_folds=folds, settings=settings)
    seconds = time.perf_counter() - started
    if args.fitted_model:
        from qa_bot.evaluate.cv import default_fitter
        from qa_bot.scope_model import write_scope_model

        observed = done["observed"][done["settings"][0]]
        exams = sum(1 for o in observed if o.item.choices)  # left out of the fit (default_fitter)
        about = (
            f"bench/cv.py --fitted-model: {len(observed)} items of eval/{{{','.join(SETS)}}}"
            f", {exams} exam items left out"
        )
        write_scope_model(default_fitter()(observed), args.fitted_model, about)
    text = format_cv(done["table"], folds) + "\n\n" + format_twins(done["twins"])
    chosen = ", ".join(done["chosen"])
    how = (
        "one fold per writer (evaluate.cv.writers)"
        if args.by_writer
        else f"{args.folds} folds stratified by kind, seed 0"
    )
    body = "\n".join(
        [
            "`python bench/cv.py "
            + ("--by-writer" if args.by_writer else f"--folds {args.folds}")
            + (f" --fusion {args.fusion}`" if args.fusion else "`"),
            "",
            *([args.note, ""] if args.note else []),
            f"{len(done['in_sample'])} items pooled from eval/{{{','.join(SETS)}}}.jsonl "
            f"(each id once), {how}; retrieval "
            f"setting(s) chosen on training folds: {chosen}; {seconds:.0f} s. Each cell is "
            "in-sample / cross-validated.",
            "",
            "```",
            text,
            "```",
        ]
    )
    return report(args, "Cross-validated answer quality", body, shown=text)


if __name__ == "__main__":
    sys.exit(main())
