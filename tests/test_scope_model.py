"""The scope model as shipped data: boosted trees evaluated in numpy, the model file, its checks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa_bot.errors import QABotError, ScopeModelError
from qa_bot.scope import features
from qa_bot.scope_model import (
    SCOPE_FEATURES,
    SCOPE_MODEL,
    ScopeModel,
    load_scope_model,
    write_scope_model,
)
from qa_bot.scope_trees import TreeEnsemble, TreeSettings, fit_trees
from qa_bot.search import retrieve

from .conftest import ROOT

SHIPPED = ROOT / "qa_bot" / "data" / "scope_model.json"
# Questions of our sets, in and out of scope, Thai and English (eval/dev.jsonl's first ones).
DEV = ROOT / "eval" / "dev.jsonl"


def _observed(bot, count: int = 60) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """(rows, labels, names): the scope features the judge computes for real questions."""
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    inside = [i for i in items if i.get("kind") != "out_of_scope"][: count // 2]
    outside = [i for i in items if i.get("kind") == "out_of_scope"][: count // 2]
    names = tuple(sorted(SCOPE_FEATURES))
    rows, labels = [], []
    for item in inside + outside:
        values, _ = features(bot.index, retrieve(bot.index, item["question"], k=5))
        rows.append([values[n] for n in names])
        labels.append(item.get("kind") != "out_of_scope")
    return np.array(rows), np.array(labels, dtype=int), names


@pytest.mark.parametrize("kind", ["gradient", "histogram"])
def test_numpy_trees_give_scikit_learns_probabilities(bot, kind: str) -> None:
    ensemble_module = pytest.importorskip("sklearn.ensemble")
    x, y, names = _observed(bot)
    assert 0 < y.sum() < len(y)
    settings = TreeSettings(kind=kind, depth=3, count=40, monotonic={"background": 1})
    ensemble = fit_trees(x, y, names, settings)
    # The same model fitted by scikit-learn directly, as fit_trees is documented to fit it.
    if kind == "gradient":
        reference = ensemble_module.GradientBoostingClassifier(
            max_depth=3, n_estimators=40, learning_rate=0.05, subsample=0.8, random_state=0
        )
    else:
        reference = ensemble_module.HistGradientBoostingClassifier(
            max_depth=3,
            max_iter=40,
            learning_rate=0.05,
            early_stopping=False,
            monotonic_cst=[int(n == "background") for n in names],
            random_state=0,
        )
    reference.fit(x, y)
    expected = reference.predict_proba(x)[:, 1]
    probabilities = [ensemble.probability(dict(zip(names, row, strict=True))) for row in x]
    assert np.allclose(probabilities, expected, rtol=0, atol=1e-9)
    # … and after a trip through the model file.
    again = TreeEnsemble.from_data(json.loads(json.dumps(ensemble.to_data())))
    assert np.allclose(1 / (1 + np.exp(-again.log_odds(x))), expected, rtol=0, atol=1e-9)


def test_the_shipped_model_reads_only_features_the_judge_computes(bot) -> None:
    values, _ = features(bot.index, retrieve(bot.index, "AUN ย่อมาจากอะไร", k=5))
    assert set(values) == SCOPE_FEATURES
    parts = [SCOPE_MODEL, *([SCOPE_MODEL.dense_only] if SCOPE_MODEL.dense_only else [])]
    for part in parts:
        assert part.features and set(part.features) <= set(values)
        assert 0.0 <= part.probability(values) <= 1.0


def test_a_model_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    write_scope_model(SCOPE_MODEL, path, "test")
    again = load_scope_model(path)
    assert again.to_data() == SCOPE_MODEL.to_data()
    assert load_scope_model(SHIPPED).to_data() == SCOPE_MODEL.to_data()


def _broken(data: dict, tmp_path: Path) -> Path:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _shipped() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def _with_trees(data: dict) -> dict:
    """The shipped file with a tree part in its main part (it may have none)."""
    if data["model"]["trees"] is None:
        x = np.array([[0.0], [1.0], [2.0], [3.0]])
        trees = fit_trees(x, np.array([0, 0, 1, 1]), ("background",), TreeSettings(count=3))
        data["model"]["trees"] = trees.to_data()
    return data


def _corruptions() -> list[tuple[str, object]]:
    def cycle(d: dict) -> None:
        tree = d["model"]["trees"]["trees"][0]
        tree["left"][0] = 0  # the root its own child: walking it would never end

    def unknown_feature(d: dict) -> None:
        d["model"]["trees"]["names"][0] = "no_such_feature"

    def out_of_range(d: dict) -> None:
        d["model"]["trees"]["trees"][0]["feature"][0] = 99

    def ragged(d: dict) -> None:
        d["model"]["trees"]["trees"][0]["value"].pop()

    def not_a_number(d: dict) -> None:
        d["model"]["trees"]["trees"][0]["threshold"][0] = "x"

    def cut(d: dict) -> None:
        d["model"]["answer_cut"] = 1.5

    def old_format(d: dict) -> None:
        d["format"] = 0

    return [
        ("cycle", cycle),
        ("unknown feature", unknown_feature),
        ("feature index", out_of_range),
        ("ragged", ragged),
        ("not a number", not_a_number),
        ("cut", cut),
        ("format", old_format),
    ]


@pytest.mark.parametrize(("what", "corrupt"), _corruptions(), ids=[c[0] for c in _corruptions()])
def test_a_damaged_or_mismatched_model_file_is_refused_in_thai_and_english(
    tmp_path: Path, what: str, corrupt
) -> None:
    pytest.importorskip("sklearn")
    data = _with_trees(_shipped())
    corrupt(data)
    with pytest.raises(ScopeModelError) as raised:
        load_scope_model(_broken(data, tmp_path))
    error = raised.value
    assert isinstance(error, QABotError)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in error.message_th)  # Thai
    assert "scope model" in error.message_en


def test_a_file_that_is_no_json_or_is_missing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(SHIPPED.read_text(encoding="utf-8")[:200], encoding="utf-8")  # cut short
    with pytest.raises(ScopeModelError, match="not JSON"):
        load_scope_model(path)
    with pytest.raises(ScopeModelError, match="Cannot read"):
        load_scope_model(tmp_path / "missing.json")


@pytest.mark.slow  # a subprocess
def test_serving_does_not_import_scikit_learn() -> None:
    # scikit-learn fits the model offline (a test/bench dependency); answering reads arrays.
    code = (
        "import sys; from qa_bot import QABot; "
        f"bot = QABot.load({str(ROOT / 'index')!r}); "
        "bot.ask('ศูนย์ AHA Centre ทำหน้าที่อะไร'); bot.ask('What is the AHA Centre?'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_model_without_trees_is_logistic() -> None:
    model = ScopeModel({"background": 2.0}, bias=-1.0)
    assert model.features == ("background",)
    assert model.probability({"background": 0.5}) == pytest.approx(0.5)


def test_tree_cuts_are_placed_on_out_of_fold_probabilities() -> None:
    pytest.importorskip("sklearn")
    from dataclasses import replace

    from qa_bot.config import DEFAULT
    from qa_bot.scope import fit_scope_model
    from qa_bot.types import ANSWERED

    # One noisy signal: the classes overlap. Trees fit their own rows almost perfectly, so cuts
    # placed on those would answer far more than max_answered of fresh out-of-scope questions;
    # placed on out-of-fold probabilities they answer about that share.
    rng = np.random.default_rng(0)

    def sample(n: int) -> tuple[list[dict[str, float]], list[bool]]:
        labels = [bool(i % 2) for i in range(n)]
        rows = [
            {"background": float(rng.normal(1.0 if y else 0.0, 1.0)), "thai": 1.0, "blind": 0.0}
            for y in labels
        ]
        return rows, labels

    config = replace(DEFAULT.scope, tree_parts=("main",), language_models=())
    rows, labels = sample(400)
    model = fit_scope_model(
        rows, labels, names=["background"], dense_names=(), config=config, tree_names=["background"]
    )
    assert model.trees is not None
    fresh, truth = sample(2000)
    outside = [r for r, y in zip(fresh, truth, strict=True) if not y]
    answered = np.mean([model.verdict(model.probability(r), r) == ANSWERED for r in outside])
    assert answered <= 0.15
