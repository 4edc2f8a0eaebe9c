"""Fit the scope model (qa_bot/data/scope_model.json, scope_model.SCOPE_MODEL) on our sets.

    python bench/answerable.py [--index index] [--out FILE] [FILE.jsonl ...]

Computes the scope features of every question (each id once), fits `fit_scope_model` (its
parts, logistic or boosted trees as ScopeConfig.tree_parts says, and the per-language verdict
cuts) and writes the model file (default: qa_bot/data/scope_model.json, the default of
`ScopeConfig.model`). How well the fit carries to questions it never saw: bench/cv.py, whose
--fitted-model writes the same fit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_bot import QABot  # noqa: E402
from qa_bot.evaluate import read_items  # noqa: E402
from qa_bot.evaluate.cv import dedupe  # noqa: E402
from qa_bot.scope import fit_scope_model  # noqa: E402
from qa_bot.scope_model import write_scope_model  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from common import POOLED_SETS  # noqa: E402

SETS = POOLED_SETS


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--out", type=Path, default=ROOT / "qa_bot" / "data" / "scope_model.json")
    parser.add_argument("--features", help="comma-separated feature names (default: the model's)")
    parser.add_argument(
        "--dense-features", help="comma-separated features of the dense_only part (default: its)"
    )
    args = parser.parse_args()

    bot = QABot.load(args.index)
    files = args.files or [ROOT / "eval" / f"{name}.jsonl" for name in SETS]
    pooled = dedupe([(str(path), item) for path in files for item in read_items(path)])
    rows, labels = [], []
    for _, item in pooled:
        # The features the pipeline computes (the judge reads the top answer sentence too).
        if item.choices:  # exams are judged by their choices (evaluate.cv.default_fitter)
            continue
        evidence = bot.ask(item.question, k=5).evidence
        if evidence is not None:
            rows.append(evidence.values)
            labels.append(item.in_scope)
    scope = bot.config.scope
    names = args.features.split(",") if args.features else tuple(scope.model.coefficients)
    dense = args.dense_features.split(",") if args.dense_features else None
    model = fit_scope_model(rows, labels, names=names, config=scope, dense_names=dense)
    print(f"{len(rows)} questions, {sum(labels)} in scope")
    write_scope_model(model, args.out, f"bench/answerable.py: {len(rows)} questions")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
