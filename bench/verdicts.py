"""How well the scope judge separates, apart from where its quota cuts fall.

    python bench/verdicts.py [--seeds 8] [--names=+feat,-feat] [--dense=+feat,-feat]
                             [--trees=+feat,-feat] [--scope NAME=V1,V2 ...] [--no-append]
                             [--features FILE]

Asks every item of bench/cv.py's sets once (each id once) and, with the shipped feature lists
(or these edited: `--names` for the main part's logistic model, `--trees` for its boosted
trees, `--dense` for the dense_only part; "+f" adds a feature the judge computes, "-f" drops
one), fitted as the shipped model is (scope.fit_scope_model under the shipped ScopeConfig),
reports two things:

1. Verdict rates cross-validated over several fold seeds (qa_bot/evaluate/cv.py, its quota cuts
   refitted per fold), mean ± standard deviation: all items, Thai, English (and mixed), and the
   sets written by others (cv.WRITTEN_BY_OTHERS). One seed's table moves by an item or two with
   the folds; a change smaller than the spread is none. Beside each row ("by writer"): the
   same rates left one writer out (cv.BY_WRITER: fitted on every set but one writer's, scored on
   that writer's, as a blind set is scored by the model fitted on all), and, for the grid's
   first point, each writer's held-out rates (their spread is a blind set's).
2. Separation at matched operating points, from out-of-fold probabilities (each item's from a
   model fitted without its fold; a two-clause question's better one), exam items left out (their
   verdict is the exam's): AUC; the share of answerable questions not answered when the answered
   line lets through 10 % of out-of-scope ones; the share of out-of-scope questions refused when
   the refusal line keeps 2 % of answerable ones. The CV table's quota cuts convert any gain into
   whichever rate the quota leaves free (a feature can lower "uncertain" and raise "out-of-scope
   answered" at once); these three do not move with the cuts.

--scope NAME=V1,V2 (repeatable): fit under the shipped ScopeConfig with this float setting at
each value (max_answered, max_answered_other, max_not_found, …): the verdict table for every
point of the grid, to choose an operating point by all four targets at once (chosen both by
the seeds' means and by the leave-one-writer-out rates). (An edit list that starts with "-" is
given as --names=-f.)

--features FILE: bench/cv.py's cache of retrievals and exam decisions (the same file serves
both; qa_bot/evaluate/steps_cache.py), so a judge-side change is measured in seconds.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, bench_parser, report

sys.path.insert(0, str(ROOT))
from cv import SETS  # bench/cv.py: the pooled sets

VERDICT_RATES = ("in→not_found", "in→uncertain", "oos→answered", "oos→not_found")
# Issue #11's targets for the four rates (≤, ≤, ≤, ≥), read by `choose`.
TARGETS = ((0.03, -1), (0.10, -1), (0.15, -1), (0.60, 1))


def margins(rates: list[float]) -> list[float]:
    """How far each mean rate is inside its target (negative: outside), ascending."""
    return sorted(
        sign * (rate - target) for rate, (target, sign) in zip(rates, TARGETS, strict=True)
    )


def choose(points: list[tuple[str, list[float]]]) -> str:
    """The grid point (label, mean rates of one question language) an operating point is chosen
    by: the out-of-scope answered rate at most its target (answering what the documents do not
    say misleads; an uncertain verdict shows passages under a caution), then the largest
    smallest margin to the four targets, ties by the next (lexicographic maximin)."""
    kept = [p for p in points if p[1][2] <= TARGETS[2][0]] or points
    return max(kept, key=lambda p: margins(p[1]))[0]


def edited(names: tuple[str, ...], edits: str | None) -> tuple[str, ...]:
    """names with "+f" appended and "-f" removed, for a comma-separated edits string."""
    out = list(names)
    for edit in filter(None, (edits or "").split(",")):
        if edit.startswith("-"):
            out.remove(edit[1:])
        elif edit.lstrip("+") not in out:
            out.append(edit.lstrip("+"))
    return tuple(out)


def grid(settings: list[str]) -> list[dict[str, float]]:
    """Every combination of "NAME=V1,V2" settings as {name: value} ([{}] for none)."""
    points: list[dict[str, float]] = [{}]
    for setting in settings:
        name, _, values = setting.partition("=")
        points = [{**p, name: float(v)} for p in points for v in values.split(",") if v]
    return points


def typed(setting: dict[str, float]) -> dict[str, float | bool]:
    """A --bot setting with the type of its ScopeConfig field (a flag's 0/1 as a bool)."""
    from qa_bot.config import DEFAULT

    return {
        k: bool(v) if isinstance(getattr(DEFAULT.scope, k), bool) else v for k, v in setting.items()
    }


def verdict_rates(held_out: list, member: Any) -> list[float]:
    """The four verdict rates (VERDICT_RATES) of the scored items member(observation) keeps."""
    from qa_bot.evaluate.cv import measures

    table = measures([s for s in held_out if member(s.observation)])
    return [table[m] or 0.0 for m in VERDICT_RATES]


def per_writer(held_out: list, written: list[str]) -> list[str]:
    """Each writer's held-out verdict rates (left one writer out): all items, then English and
    mixed answerable → uncertain; the spread is what a blind set of one writer may give."""
    lines = [
        "left one writer out, each writer's held-out items".ljust(50)
        + "items".rjust(6)
        + "".join(m.rjust(15) for m in (*VERDICT_RATES, "En in→unc"))
    ]
    for writer in sorted(set(written)):
        mine = [s for s, w in zip(held_out, written, strict=True) if w == writer]
        english = verdict_rates(mine, lambda o: o.item.lang != "th")[1]
        cells = [*verdict_rates(mine, lambda o: True), english]
        lines.append(
            f"  {writer}".ljust(50)
            + str(len(mine)).rjust(6)
            + "".join(f"{c:.3f}".rjust(15) for c in cells)
        )
    return lines


def separation(observations: list, chances: np.ndarray, thai: bool) -> dict[str, float]:
    """AUC, answerable not answered at 10 % out-of-scope answered, out-of-scope refused at 2 %
    answerable refused, over the non-exam items of one side (Thai, or English and mixed)."""
    from sklearn.metrics import roc_auc_score

    chosen = [
        i
        for i, o in enumerate(observations)
        if o.values and o.item.kind != "mcq" and (o.item.lang == "th") == thai
    ]
    y = np.array([observations[i].item.in_scope for i in chosen])
    p = chances[chosen]
    inside, outside = np.sort(p[y]), np.sort(p[~y])
    answered_line = outside[int(np.ceil(0.9 * len(outside))) - 1]
    refused_line = inside[int(np.floor(0.02 * len(inside)))]
    return {
        "items": len(chosen),
        "AUC": float(roc_auc_score(y, p)),
        "in not answered @ oos answered 0.10": float(np.mean(inside <= answered_line)),
        "oos refused @ in refused 0.02": float(np.mean(outside < refused_line)),
    }


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--seeds", type=int, default=8)
    parser.add_argument("--names", help="edits of the main part's features: +f,-f")
    parser.add_argument("--dense", help="edits of the dense_only part's features: +f,-f")
    parser.add_argument("--trees", help="edits of the main part's trees' features: +f,-f")
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--features", type=Path, help="cache of retrievals (bench/cv.py)")
    parser.add_argument(
        "--bot",
        action="append",
        default=[],
        metavar="NAME=V1,V2",
        help="a ScopeConfig setting the features read (each value asked anew; a flag as 0/1)",
    )
    parser.add_argument(
        "--scope",
        action="append",
        default=[],
        metavar="NAME=V1,V2",
        help="a ScopeConfig float setting and the values to fit at (a grid when repeated)",
    )
    args = parser.parse_args()

    from qa_bot import QABot
    from qa_bot.config import DEFAULT
    from qa_bot.evaluate import read_items
    from qa_bot.evaluate.cv import (
        BY_WRITER,
        WRITTEN_BY_OTHERS,
        collect,
        cross_validate,
        default_fitter,
        held_out_probabilities,
        writers,
    )
    from qa_bot.evaluate.steps_cache import cached

    files = [(name, read_items(ROOT / "eval" / f"{name}.jsonl")) for name in SETS]
    asked = []
    for setting in grid(args.bot):
        config = replace(DEFAULT, scope=replace(DEFAULT.scope, **typed(setting)))
        bot = QABot.load(args.index, config=config)
        with cached(args.features, Path(args.index), bot.config):
            asked.append((setting, collect(bot, files)))
    model = DEFAULT.scope.model
    dense = model.dense_only.coefficients if model.dense_only is not None else {}
    trees = model.trees.names if model.trees is not None else tuple(model.coefficients)
    names = edited(tuple(model.coefficients), args.names)
    dense_names = edited(tuple(dense), args.dense)
    tree_names = edited(trees, args.trees)
    fit = default_fitter(names=names, dense_names=dense_names, tree_names=tree_names)
    groups = {
        "all": lambda o: True,
        "Thai": lambda o: o.item.lang == "th",
        "English, mixed": lambda o: o.item.lang != "th",
        "by others": lambda o: o.source in WRITTEN_BY_OTHERS,
    }
    lines = [
        f"verdict rates, 5-fold CV over {args.seeds} fold seeds (mean ± sd); "
        f"--names {args.names or '(shipped)'} --dense {args.dense or '(shipped)'} "
        f"--trees {args.trees or '(shipped)'}",
    ]
    chosen: dict[str, list[tuple[str, list[float]]]] = {
        f"{lang}{how}": [] for how in ("", " by writer") for lang in ("Thai", "English, mixed")
    }
    for n, ((setting, observations), point) in enumerate(
        itertools.product(asked, grid(args.scope))
    ):
        scope = replace(observations[0].scope, **point) if point else None
        fitted = default_fitter(scope, names=names, dense_names=dense_names, tree_names=tree_names)
        rates: dict[str, list[list[float]]] = {name: [] for name in groups}
        for seed in range(args.seeds):
            _, held_out = cross_validate({"shipped": observations}, fitted, seed=seed)
            for name, member in groups.items():
                rates[name].append(verdict_rates(held_out, member))
        _, by_writer = cross_validate({"shipped": observations}, fitted, k=BY_WRITER)
        if point or setting:
            shown = " ".join(f"{k}={v}" for k, v in {**setting, **point}.items())
            lines += ["", "scope " + shown]
        lines.append("".ljust(16) + "".join(m.rjust(18) for m in VERDICT_RATES))
        label = " ".join(f"{k}={v}" for k, v in {**setting, **point}.items()) or "(shipped)"
        for name, rows in rates.items():
            mean, sd = np.mean(rows, axis=0), np.std(rows, axis=0)
            cells = "".join(f"{m:.3f} ± {s:.3f}".rjust(18) for m, s in zip(mean, sd, strict=True))
            lines.append(name.ljust(16) + cells)
            grouped = verdict_rates(by_writer, groups[name])
            lines.append("  by writer".ljust(16) + "".join(f"{r:.3f}".rjust(18) for r in grouped))
            if name in chosen:
                chosen[name].append((label, [float(m) for m in mean]))
                chosen[f"{name} by writer"].append((label, grouped))
        if n == 0:
            lines += ["", *per_writer(by_writer, writers([s.observation for s in by_writer]))]
    if len(grid(args.scope)) > 1 or len(asked) > 1:
        lines.append("")
        lines += [
            f"chosen for {name} (verdicts.choose): {choose(points)}"
            for name, points in chosen.items()
        ]
    for setting, observations in asked:
        shown = " ".join(f"{k}={v}" for k, v in setting.items())
        lines += [
            "",
            "separation at matched operating points (out-of-fold probabilities, no exams)"
            + (f"; {shown}" if shown else ""),
        ]
        for how, k in (("5 folds", 5), ("by writer", BY_WRITER)):
            chances = held_out_probabilities(observations, fit, k=k)
            for label, thai in (("Thai", True), ("English, mixed", False)):
                found = separation(observations, chances, thai)
                lines.append(
                    f"{label:<15}{how:<10}items {found['items']:>4}  AUC {found['AUC']:.3f}  "
                    "answerable not answered @ 10 % oos answered "
                    f"{found['in not answered @ oos answered 0.10']:.3f}"
                    f"  oos refused @ 2 % answerable refused "
                    f"{found['oos refused @ in refused 0.02']:.3f}"
                )
    text = "\n".join(lines)
    body = "\n".join(
        [f"{len(observations)} items pooled from bench/cv.py's sets.", "", "```", text, "```"]
    )
    return report(args, "Verdict separation (bench/verdicts.py)", body, shown=text)


if __name__ == "__main__":
    sys.exit(main())
