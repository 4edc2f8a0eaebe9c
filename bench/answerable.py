"""Fit the scope model (qa_bot/config.py SCOPE_MODEL) on all our question sets pooled.

    python bench/answerable.py [--index index] [FILE.jsonl ...]

Computes the scope features of every question (each id once), fits `fit_scope_model` (logistic
regression and the per-language verdict cuts) and prints the constants to paste into
qa_bot/config.py SCOPE_MODEL (the default of `ScopeConfig.model`). How well the fit carries to
questions it never saw: bench/cv.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_bot import QABot  # noqa: E402
from qa_bot.config import ScopeModel  # noqa: E402
from qa_bot.evaluate import read_items  # noqa: E402
from qa_bot.evaluate.cv import dedupe  # noqa: E402
from qa_bot.scope import fit_scope_model  # noqa: E402

SETS = ("dev", "dev2", "extra", "exam", "exam_more", "twins", "blind", "fresh", "everyday")


def source(model: ScopeModel, indent: int = 0) -> str:
    """The model as the Python expression to paste into qa_bot/config.py (nested parts too)."""
    pad, inner = " " * indent, " " * (indent + 4)
    lines = ["ScopeModel(", f"{inner}coefficients={{"]
    lines += [f'{inner}    "{name}": {weight:.4f},' for name, weight in model.coefficients.items()]
    lines += [f"{inner}}},", f"{inner}bias={model.bias:.4f},"]
    if model.answer_cut != 0.5 or model.not_found_cut != 0.5:
        lines.append(f"{inner}answer_cut={model.answer_cut:.4f},")
        lines.append(f"{inner}not_found_cut={model.not_found_cut:.4f},")
    if model.cuts:
        cuts = ", ".join(f'"{k}": ({a:.4f}, {b:.4f})' for k, (a, b) in model.cuts.items())
        lines.append(f"{inner}cuts={{{cuts}}},")
    if model.dense_only is not None:
        lines.append(f"{inner}dense_only={source(model.dense_only, indent + 4)},")
    if model.by_language:
        lines.append(f"{inner}by_language={{")
        for language, own in model.by_language.items():
            lines.append(f'{inner}    "{language}": {source(own, indent + 8)},')
        lines.append(f"{inner}}},")
    return "\n".join([*lines, f"{pad})"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--index", default=str(ROOT / "index"))
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
        evidence = bot.ask(item.question, k=5).evidence
        if evidence is not None:
            rows.append(evidence.values)
            labels.append(item.in_scope)
    scope = bot.config.scope
    names = args.features.split(",") if args.features else tuple(scope.model.coefficients)
    dense = args.dense_features.split(",") if args.dense_features else None
    model = fit_scope_model(rows, labels, names=names, config=scope, dense_names=dense)
    print(f"{len(rows)} questions, {sum(labels)} in scope")
    print(f"SCOPE_MODEL = {source(model)}")


if __name__ == "__main__":
    main()
