"""Fit the `answerable` model (qa_bot/scope.py) and measure it honestly.

    python bench/answerable.py [--index index] FILE.jsonl ...

Computes the scope features of every question, fits a logistic regression (in-scope = 1),
reports leave-one-out refusal rates at several thresholds (each question judged by a model
that never saw it), and prints the coefficients to paste into ANSWERABLE_COEFFICIENTS.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_bot import QABot  # noqa: E402
from qa_bot.evaluate import read_items  # noqa: E402
from qa_bot.scope import ANSWERABLE_COEFFICIENTS, features  # noqa: E402
from qa_bot.search import retrieve  # noqa: E402

NAMES = [name for name in ANSWERABLE_COEFFICIENTS if name != "bias"]


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import LeaveOneOut, cross_val_predict

    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args()

    bot = QABot.load(args.index)
    items = [item for path in args.files for item in read_items(path)]
    rows, labels, origin = [], [], []
    for item in items:
        values, _ = features(bot.index, retrieve(bot.index, item.question, k=5))
        rows.append([values[name] for name in NAMES])
        labels.append(int(item.in_scope))
        origin.append(item.id)
    x, y = np.array(rows), np.array(labels)
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    scaled = (x - mean) / std
    model = LogisticRegression(C=args.C, max_iter=10_000)
    held_out = cross_val_predict(model, scaled, y, cv=LeaveOneOut(), method="predict_proba")[:, 1]
    print(f"{len(y)} questions, {int(y.sum())} in scope, {int((1 - y).sum())} out of scope")
    print("leave-one-out: threshold  false-refusal(in-scope)  refusal(out-of-scope)")
    for threshold in (0.3, 0.4, 0.5, 0.6):
        false_refusal = float(np.mean(held_out[y == 1] < threshold))
        refusal = float(np.mean(held_out[y == 0] < threshold))
        print(f"  {threshold:.1f}  {false_refusal:.3f}  {refusal:.3f}")
    model.fit(scaled, y)
    # Undo the scaling so the coefficients apply to raw feature values.
    weights = model.coef_[0] / std
    bias = float(model.intercept_[0] - np.sum(model.coef_[0] * mean / std))
    print("ANSWERABLE_COEFFICIENTS = {")
    print(f'    "bias": {bias:.4f},')
    for name, weight in zip(NAMES, weights, strict=True):
        print(f'    "{name}": {weight:.4f},')
    print("}")


if __name__ == "__main__":
    main()
