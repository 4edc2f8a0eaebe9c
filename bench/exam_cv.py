"""Exam accuracy with the verdict's settings fitted within folds (REVIEW7 #9).

    python bench/exam_cv.py [--folds 5] [--index DIR] [--no-append] [--failures LANG]

Every exam item (kind mcq) of eval/{dev,dev2,extra,exam,exam_more,twins,blind,fresh,everyday}.jsonl,
each id once (bench/cv.py's pool), is scored once: pipeline.ask, as `qa-bot ask` runs it,
hands back its qa_bot.exam.Scoring (the stem's retrieval vector, the scope judge's word on the
stem). The verdict's own settings are then varied without scoring again (qa_bot.exam.verdict):

    odd_sector_margin    a negative stem's choice found apart from all the others is picked
                         when its score is at most this above the least one's (0: the least
                         supported choice always; inf: the odd one always)
    all_supported_share  a choice counts as true beside the best one at this share of its score
                         ("all of the above")
    contradicted_share   a choice the documents say with the opposite polarity counts this share
                         of its score (exam/polarity.py; 1: the rule off)

K folds, a question and its translation (`twin`) in one fold, stratified by language; on each,
the pair of values right most often on the other folds (ties: the first in the grids' order,
the rule off first) decides the held-out fold. Prints the in-sample accuracy of the shipped
settings, the cross-validated one, by language and for negative stems, the values chosen per
fold, how often a pick is right when its runner-up is within ExamConfig.tie_margin (a near
tie the verdict reports as tied), and how honest the `decided` flag is: picks marked decided
that are wrong, and right picks left undecided (their verdict stays the stem's), by language.

--failures LANG (en, th, mixed or all) also prints, after the figures and never into
RESULTS.md, every item of that language the shipped settings get wrong: its stem, each choice's
score and the form it was matched as (names and everyday words in the Thai the passages write,
Scoring.matched), the right one marked * and the pick >, so that failures can be read by kind
(an English word left untranslated or glossed in a wrong sense, a choice found in the wrong
section, …).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import POOLED_SETS, ROOT, bench_parser, chosen_within_folds, report, table

sys.path.insert(0, str(ROOT))
SETS = POOLED_SETS
GRIDS = {
    "odd_sector_margin": (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, float("inf")),
    "all_supported_share": (0.5, 0.3, 0.4, 0.6, 0.7),
    "contradicted_share": (1.0, 0.5, 0.2, 0.0),
}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument(
        "--failures",
        choices=("en", "th", "mixed", "all"),
        help="also list the items of this language the shipped settings get wrong",
    )
    args = parser.parse_args()

    from itertools import product

    from qa_bot import QABot, pipeline
    from qa_bot.evaluate import read_items
    from qa_bot.evaluate.cv import dedupe
    from qa_bot.exam import is_negative

    bot = QABot.load(args.index)
    found = [(name, item) for name in SETS for item in read_items(ROOT / "eval" / f"{name}.jsonl")]
    pool = [item for _, item in dedupe(found) if item.is_exam]
    # Out-of-scope exams (kind out_of_scope with choices, no right one): a decided pick there is
    # the documents' answer to a question they do not answer.
    outside = [item for _, item in dedupe(found) if not item.is_exam and item.choices]
    config = bot.config
    scorings = []
    shipped = []
    decided = []
    for item in [*pool, *outside]:
        # One ask per item: pipeline.ask hands back the Scoring it picked from (scored), the
        # same one `qa-bot ask` decides with (the stem's retrieval vector and scope verdict).
        scored: list = []
        answer = pipeline.ask(
            bot.index, item.question, choices=list(item.choices), config=config, scored=scored
        )
        scorings.append(scored[0])
        shipped.append(answer.choice.index if answer.choice is not None else None)
        decided.append(answer.choice is not None and answer.choice.decided)
    outside_scorings, scorings = scorings[len(pool) :], scorings[: len(pool)]
    outside_decided, decided = decided[len(pool) :], decided[: len(pool)]
    shipped = shipped[: len(pool)]
    combos = list(product(*GRIDS.values()))
    picks = grid_verdicts(
        bot.index, scorings, config.exam, [dict(zip(GRIDS, v, strict=True)) for v in combos]
    )
    right = np.asarray(
        [
            [pick.index == item.answer_index for pick, item in zip(row, pool, strict=True)]
            for row in picks
        ],
        dtype=bool,
    ).reshape(len(combos), len(pool))
    own = tuple(getattr(config.exam, name) for name in GRIDS)

    def varied(name: str, value: float) -> tuple[float, ...]:
        """The shipped settings with one of them at value."""
        return tuple(value if n == name else o for n, o in zip(GRIDS, own, strict=True))

    shipped_right = np.asarray(
        [s == item.answer_index for s, item in zip(shipped, pool, strict=True)]
    )
    in_sample = right[combos.index(own)]
    same = int((in_sample == shipped_right).sum())
    langs = np.asarray([item.lang or "th" for item in pool])
    negative = np.asarray([is_negative(item.question) for item in pool])
    held, rows_chosen = chosen_within_folds(right, pool, args.folds)
    chosen = [", ".join(f"{v:g}" for v in combos[best]) for best in rows_chosen]
    rows = []
    for name, mask in [
        ("all", np.ones(len(pool), dtype=bool)),
        *[(f"lang {lang}", langs == lang) for lang in sorted(set(langs))],
        ("negative stems", negative),
        ("negative, English", negative & (langs == "en")),
    ]:
        off = right[combos.index(varied("odd_sector_margin", 0.0))]
        rows.append(
            [
                name,
                int(mask.sum()),
                f"{in_sample[mask].mean():.3f}",
                f"{off[mask].mean():.3f}",
                f"{held[mask].mean():.3f}",
            ]
        )
    # Near ties: how often the pick is right when its runner-up is within the tie margin.
    near = []
    for scoring, item, s in zip(scorings, pool, shipped, strict=True):
        content = scoring.content
        if s is None or s not in content or len(content) < 2:
            continue
        scores = sorted((scoring.supports[i].score for i in content), reverse=True)
        gap = scores[0] - scores[1] if not is_negative(item.question) else 0.0
        if is_negative(item.question):
            low = sorted(scoring.supports[i].score for i in content)
            gap = low[1] - low[0]
        near.append((gap, s == item.answer_index))
    # Whether `decided` is honest (FRESH15 §1): picks marked decided that are wrong, and right
    # picks left undecided (their verdict stays the stem's), by language.
    decided_rows = []
    for name in ["all", *sorted(set(langs))]:
        mask = np.ones(len(pool), dtype=bool) if name == "all" else langs == name
        marked = np.asarray(decided) & mask
        decided_rows.append(
            [
                name,
                int(marked.sum()),
                int((marked & ~shipped_right).sum()),
                int((~np.asarray(decided) & mask & shipped_right).sum()),
            ]
        )
    tie_rows = []
    for margin in (0.02, 0.05, 0.1):
        inside = [ok for gap, ok in near if gap < margin]
        share = f"{np.mean(inside):.3f}" if inside else "–"
        tie_rows.append([f"< {margin:g}", len(inside), share])
    body = "\n".join(
        [
            f"{len(pool)} exam items pooled from eval/{{{','.join(SETS)}}}.jsonl (each id once), "
            f"{args.folds} folds by language, twins together, seed 0. Shipped settings "
            f"{dict(zip(GRIDS, own, strict=True))}; the verdict re-run from one scoring agrees "
            f"with `bot.ask` on {same} of {len(pool)} items.",
            "",
            table(
                ["items", "n", "shipped (in-sample)", "odd sector off", f"{args.folds}-fold CV"],
                rows,
            ),
            "",
            f"Chosen per fold ({', '.join(GRIDS)}): " + "; ".join(chosen),
            "",
            "In-sample accuracy of each value, the other setting as shipped: "
            + "; ".join(
                f"{name} "
                + ", ".join(
                    f"{v:g}: {right[combos.index(varied(name, v))].mean():.3f}" for v in values
                )
                for name, values in GRIDS.items()
            ),
            "",
            f"Choices said against by the documents (opposite polarity, exam/polarity.py): "
            f"{sum(s.contradicted for sc in scorings for s in sc.supports)} in "
            f"{sum(any(s.contradicted for s in sc.supports) for sc in scorings)} items.",
            "",
            "Picks by their margin over the runner-up (the least supported one's under a "
            "negative stem), shipped settings:",
            "",
            table(["margin", "picks", "right"], tie_rows),
            "",
            "Picks marked decided (types.Choice.decided), shipped settings:",
            "",
            table(["items", "decided", "decided and wrong", "right, not decided"], decided_rows),
        ]
    )
    body += "\n\n" + not_found_share(
        bot, pool, scorings, outside, outside_scorings, outside_decided, args.folds
    )
    status = report(args, "Exam verdict settings fitted within folds", body)
    if args.failures:
        print()
        print(failures(pool, scorings, shipped, langs, args.failures))
    return status


def grid_verdicts(
    index: object, scorings: list, base: object, settings: list[dict[str, float]]
) -> list[list]:
    """exam.verdict of every scoring under base with each of settings applied:
    (len(settings), len(scorings)) Choices.

    A verdict reads only some of the varied settings (a stem with no contradicted choice never
    reads contradicted_share; only a negative stem reads odd_sector_margin), so each item's
    verdict is computed once per distinct value of the settings it read, and reused for every
    other combination that agrees on those. This is exact because verdict reads its config by
    attribute and keeps no cache keyed by these settings (exam/decide.py; the unit index is keyed
    by the whole config but reads none of them). The grid of 140 combinations over ~530 items
    took ~5 of exam_cv's ~7 minutes before (twenty-second session)."""
    from dataclasses import fields

    from qa_bot.exam import verdict

    varied = frozenset(name for setting in settings for name in setting)
    read: set[str] = set()

    class Recorded(type(base)):  # type: ignore[misc]
        """The config, noting which varied settings the verdict reads."""

        def __getattribute__(self, name: str) -> object:
            if name in varied:
                read.add(name)
            return object.__getattribute__(self, name)

        # Hashing and comparing (the unit index's cache) read every field: not a verdict's read.
        def __hash__(self) -> int:
            return hash(tuple(object.__getattribute__(self, f.name) for f in fields(self)))

        def __eq__(self, other: object) -> bool:
            return type(other) is type(self) and hash(self) == hash(other)

    configs = [
        Recorded(**{**{f.name: getattr(base, f.name) for f in fields(base)}, **s}) for s in settings
    ]
    picks: list[list] = [[None] * len(scorings) for _ in settings]
    for i, scoring in enumerate(scorings):
        seen: list[tuple[dict[str, float], object]] = []
        for c in range(len(settings)):
            choice = next(
                (
                    known
                    for reads, known in seen
                    if all(_setting(configs[c], name) == value for name, value in reads.items())
                ),
                None,
            )
            if choice is None:
                read.clear()
                choice = verdict(index, scoring, configs[c])
                seen.append(({name: _setting(configs[c], name) for name in read}, choice))
            picks[c][i] = choice
    return picks


def _setting(config: object, name: str) -> object:
    """A config's setting, not noted as read by the verdict (grid_verdicts)."""
    return object.__getattribute__(config, name)


NOT_FOUND_SHARES = (0.1, 0.2, 0.35, 0.5, 0.65)


def not_found_share(
    bot: object,
    pool: list,
    scorings: list,
    outside: list,
    outside_scorings: list,
    outside_decided: list,
    folds: int,
) -> str:
    """ExamConfig.not_found_topic_share fitted within folds (the other settings as shipped): the
    share of the stem's topic a pick under a stem judged not_found must have beside it. An exam
    item is right when its pick is the key, an out-of-scope exam when no pick is decided (its
    verdict then stays the stem's not_found); folds by language over both, twins together."""
    config = bot.config  # type: ignore[attr-defined]
    items = [*pool, *outside]
    every = [*scorings, *outside_scorings]
    picks = grid_verdicts(
        bot.index,  # type: ignore[attr-defined]
        every,
        config.exam,
        [{"not_found_topic_share": share} for share in NOT_FOUND_SHARES],
    )
    right = np.asarray(
        [
            [
                choice.index == item.answer_index if item.is_exam else not choice.decided
                for choice, item in zip(row, items, strict=True)
            ]
            for row in picks
        ],
        dtype=bool,
    ).reshape(len(NOT_FOUND_SHARES), len(items))
    held, rows_chosen = chosen_within_folds(right, items, folds)
    chosen = [f"{NOT_FOUND_SHARES[best]:g}" for best in rows_chosen]
    exams = np.asarray([item.is_exam for item in items])
    own = NOT_FOUND_SHARES.index(config.exam.not_found_topic_share)
    rows = [
        [
            f"{share:g}",
            f"{right[c, exams].mean():.3f}",
            f"{int(right[c, ~exams].sum())} of {int((~exams).sum())}",
        ]
        for c, share in enumerate(NOT_FOUND_SHARES)
    ]
    return "\n".join(
        [
            f"Topic share a pick needs under a stem judged not_found (not_found_topic_share; "
            f"shipped {NOT_FOUND_SHARES[own]:g}), over {int(exams.sum())} exam items and "
            f"{int((~exams).sum())} out-of-scope exams ({sum(outside_decided)} decided as "
            f"shipped):",
            "",
            table(["share", "exam accuracy (in-sample)", "out-of-scope exams undecided"], rows),
            "",
            f"Chosen per fold: {'; '.join(chosen)}. {folds}-fold CV: exam accuracy "
            f"{held[exams].mean():.3f}, out-of-scope exams undecided {int(held[~exams].sum())} "
            f"of {int((~exams).sum())}.",
        ]
    )


def failures(pool: list, scorings: list, shipped: list, langs: np.ndarray, lang: str) -> str:
    """The items of lang ("all": every one) whose shipped pick is wrong, each with its choices'
    scores and matched forms (see the module docstring)."""
    from qa_bot.exam import is_negative

    lines = []
    for item, scoring, pick, item_lang in zip(pool, scorings, shipped, langs, strict=True):
        if pick == item.answer_index or lang not in ("all", item_lang):
            continue
        negative = " (negative stem)" if is_negative(item.question) else ""
        lines.append(f"{item.id} [{item_lang}]{negative}: {item.question}")
        for i, (choice, matched) in enumerate(zip(item.choices, scoring.matched, strict=True)):
            mark = ("*" if i == item.answer_index else " ") + (">" if i == pick else " ")
            mark += "≠" if scoring.supports[i].contradicted else " "
            shown = choice if matched == choice else f"{choice}  =  {matched}"
            lines.append(f"  {mark} {scoring.supports[i].score:.3f}  {shown}")
    wrong = sum(1 for line in lines if not line.startswith(" "))
    return f"{wrong} items wrong ({lang}):\n" + "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
