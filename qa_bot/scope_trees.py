"""Boosted decision trees of the scope judge, as plain arrays evaluated with numpy.

The scope judge's log-odds that the documents answer a question may add, beside its logistic
model's, a share of an ensemble of small regression trees (gradient boosting;
config.ScopeConfig.tree_parts, tree_weight): the signals interact — a low coverage means little
when the cosine is high, a missing unit matters only when the question asks a count — and a
sum of weights cannot say so; trees alone fit our sets' kinds of question too closely to carry
to another corpus (config.ScopeConfig.tree_weight has the figures). scikit-learn fits them
offline (`fit_trees`, called by scope.fit_scope_model in bench and evaluate code only); serving
reads the arrays from qa_bot/data/scope_model.json and walks every tree at once in numpy
(`TreeEnsemble.log_odds`): no scikit-learn at serve time.

One tree is five arrays over its nodes, numbered so that a node's children come after it
(scikit-learn numbers them so): `feature` (the index into `names` a node tests; −1 at a leaf),
`threshold` (x <= threshold goes to `left`, else `right`), `left` / `right` (−1 at a leaf in
the file; a leaf points at itself in memory, so walking past it stays there) and `value` (a
leaf's addition to the log-odds, learning rate and weight applied). The log-odds is `base` plus
the leaves reached in every tree.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from .errors import ScopeModelError

TREES_FORMAT = 1  # the layout of to_data / from_data


@dataclass(frozen=True, eq=False)
class TreeEnsemble:
    """Trees over the features `names`, each padded to the same node count.

    feature, left, right: (trees, nodes) int64; threshold, value: (trees, nodes) float64.
    float32_inputs: features are rounded to float32 before they are compared (scikit-learn's
    GradientBoostingClassifier does: its thresholds were placed between float32 values).
    """

    names: tuple[str, ...]
    base: float
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    depth: int  # the most steps from a root to a leaf
    sizes: np.ndarray  # (trees,) each tree's node count (the rest of its row is padding)
    float32_inputs: bool = True
    # The same arrays flattened, children as flat indices, and each tree's root: one question
    # walks every tree with 1-D takes (about 10 µs for 150 trees of depth 3).
    _flat: tuple[np.ndarray, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        width = self.feature.shape[1]
        offset = (np.arange(self.feature.shape[0]) * width)[:, None]
        flat = (
            np.maximum(self.feature, 0).ravel(),
            self.threshold.ravel(),
            (self.left + offset).ravel(),
            (self.right + offset).ravel(),
            self.value.ravel(),
            offset.ravel(),
        )
        object.__setattr__(self, "_flat", flat)

    def log_odds(self, x: np.ndarray) -> np.ndarray:
        """(rows,) log-odds of a (rows, len(names)) feature matrix: every tree walked at once,
        one step of all of them per level (a few microseconds a level)."""
        x = np.asarray(x, dtype=np.float64)
        if self.float32_inputs:
            x = x.astype(np.float32).astype(np.float64)
        trees = np.arange(self.feature.shape[0])
        rows = np.arange(x.shape[0])[:, None]
        node = np.zeros((x.shape[0], len(trees)), dtype=np.int64)
        for _ in range(self.depth):
            tested = x[rows, np.maximum(self.feature[trees, node], 0)]
            node = np.where(
                tested <= self.threshold[trees, node],
                self.left[trees, node],
                self.right[trees, node],
            )
        return self.base + self.value[trees, node].sum(axis=1)

    def log_odds_of(self, values: Mapping[str, float]) -> float:
        """The log-odds the trees add for one question's features (every name of `names`
        must be there: KeyError otherwise); as `log_odds` of its row."""
        x = np.array([values[n] for n in self.names], dtype=np.float64)
        if self.float32_inputs:
            x = x.astype(np.float32).astype(np.float64)
        feature, threshold, left, right, value, node = self._flat
        for _ in range(self.depth):
            node = np.where(x[feature[node]] <= threshold[node], left[node], right[node])
        return float(self.base + value[node].sum())

    def probability(self, values: Mapping[str, float]) -> float:
        """The trees' own probability (0..1) for one question's features."""
        logit = self.log_odds_of(values)
        return 1.0 / (1.0 + math.exp(-max(min(logit, 50.0), -50.0)))

    def scaled(self, weight: float) -> TreeEnsemble:
        """The same trees adding weight × their log-odds (base and leaves scaled)."""
        return replace(self, base=weight * self.base, value=weight * self.value)

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-able data (lists; leaves as −1), read back by `from_data`."""
        trees = []
        for t in range(self.feature.shape[0]):
            size = int(self.sizes[t])
            leaf = self.feature[t, :size] < 0
            trees.append(
                {
                    "feature": self.feature[t, :size].tolist(),
                    "threshold": np.where(leaf, 0.0, self.threshold[t, :size]).tolist(),
                    "left": np.where(leaf, -1, self.left[t, :size]).tolist(),
                    "right": np.where(leaf, -1, self.right[t, :size]).tolist(),
                    "value": np.where(leaf, self.value[t, :size], 0.0).tolist(),
                }
            )
        return {
            "format": TREES_FORMAT,
            "names": list(self.names),
            "base": self.base,
            "float32_inputs": self.float32_inputs,
            "trees": trees,
        }

    @classmethod
    def from_data(cls, data: Any, known: Collection[str] | None = None) -> TreeEnsemble:
        """The ensemble of `to_data`'s output, checked: every tree well formed (children after
        their parent, feature indices in range, finite numbers) and, with `known`, every
        feature name one of those. Raises ScopeModelError (Thai + English) otherwise."""
        if not isinstance(data, Mapping) or data.get("format") != TREES_FORMAT:
            raise _malformed(f"trees: not format {TREES_FORMAT}")
        names = data.get("names")
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            raise _malformed("trees: 'names' is not a list of feature names")
        if known is not None:
            check_feature_names(names, known)
        base = data.get("base")
        trees = data.get("trees")
        if not _finite(base) or not isinstance(trees, list) or not trees:
            raise _malformed("trees: 'base' or 'trees' missing")
        parsed = [_tree(tree, len(names), i) for i, tree in enumerate(trees)]
        width = max(len(p[0]) for p in parsed)
        shape = (len(parsed), width)
        feature = np.full(shape, -1, dtype=np.int64)
        threshold = np.zeros(shape)
        left = np.zeros(shape, dtype=np.int64)
        right = np.zeros(shape, dtype=np.int64)
        value = np.zeros(shape)
        depth = 0
        for t, (f, th, lo, hi, v, d) in enumerate(parsed):
            n = len(f)
            feature[t, :n], threshold[t, :n], value[t, :n] = f, th, v
            itself = np.arange(n)
            leaf = f < 0
            left[t, :n] = np.where(leaf, itself, lo)
            right[t, :n] = np.where(leaf, itself, hi)
            depth = max(depth, d)
        return cls(
            tuple(names),
            float(base),
            feature,
            threshold,
            left,
            right,
            value,
            depth,
            np.array([len(p[0]) for p in parsed]),
            bool(data.get("float32_inputs", True)),
        )


def _tree(
    tree: Any, features: int, number: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """One tree's arrays and depth, checked."""
    where = f"tree {number}"
    keys = ("feature", "threshold", "left", "right", "value")
    if not isinstance(tree, Mapping) or not all(isinstance(tree.get(k), list) for k in keys):
        raise _malformed(f"{where}: needs the lists {', '.join(keys)}")
    size = len(tree["feature"])
    if size == 0 or any(len(tree[k]) != size for k in keys):
        raise _malformed(f"{where}: its lists differ in length or are empty")
    try:
        feature = np.array(tree["feature"], dtype=np.int64)
        left = np.array(tree["left"], dtype=np.int64)
        right = np.array(tree["right"], dtype=np.int64)
        threshold = np.array(tree["threshold"], dtype=np.float64)
        value = np.array(tree["value"], dtype=np.float64)
    except (TypeError, ValueError, OverflowError) as error:
        raise _malformed(f"{where}: not numbers ({error})") from None
    if not (np.array_equal(feature, np.array(tree["feature"])) and feature.ndim == 1):
        raise _malformed(f"{where}: feature indices are not integers")
    if not (np.isfinite(threshold).all() and np.isfinite(value).all()):
        raise _malformed(f"{where}: a threshold or value is not a finite number")
    leaf = feature < 0
    itself = np.arange(size)
    if (feature < -1).any() or (feature >= features).any():
        raise _malformed(f"{where}: a feature index outside 0..{features - 1}")
    if (leaf & ((left != -1) | (right != -1))).any():
        raise _malformed(f"{where}: a leaf has children")
    inner = ~leaf
    # Children after their parent: no node is its own ancestor, so walking ends at a leaf.
    if ((left <= itself) & inner).any() or ((right <= itself) & inner).any():
        raise _malformed(f"{where}: a child does not come after its parent")
    if (left >= size).any() or (right >= size).any():
        raise _malformed(f"{where}: a child outside the tree")
    depths = np.zeros(size, dtype=np.int64)
    for node in np.flatnonzero(inner):
        depths[left[node]] = depths[right[node]] = depths[node] + 1
    return feature, threshold, left, right, value, int(depths.max())


def _finite(number: Any) -> bool:
    real = isinstance(number, int | float) and not isinstance(number, bool)
    return real and math.isfinite(number)


def _malformed(detail: str) -> ScopeModelError:
    return ScopeModelError(
        f"แบบจำลองตัดสินว่าเอกสารตอบคำถามได้หรือไม่มีรูปแบบไม่ถูกต้อง ({detail})",
        f"The scope model is malformed ({detail})",
    )


def check_feature_names(names: Sequence[str], known: Collection[str]) -> None:
    """Raise ScopeModelError (Thai + English) when a model reads a feature not in `known`."""
    unknown = [n for n in names if n not in known]
    if unknown:
        listed = ", ".join(unknown)
        raise ScopeModelError(
            f"แบบจำลองตัดสินว่าเอกสารตอบคำถามได้หรือไม่อ่านค่าที่โปรแกรมรุ่นนี้ไม่คำนวณ: {listed} "
            "(แบบจำลองกับโปรแกรมไม่ตรงรุ่นกัน ให้ปรับแบบจำลองใหม่)",
            f"The scope model reads features this version does not compute: {listed} "
            "(the model and the program do not match: refit the model)",
        )


@dataclass(frozen=True)
class TreeSettings:
    """How `fit_trees` grows the ensemble (scikit-learn's parameters of the same names).

    kind "gradient": GradientBoostingClassifier (subsample rows per tree); "histogram":
    HistGradientBoostingClassifier, which can hold a feature's effect to one sign (monotonic:
    feature name → +1 never lowers the probability as it grows, −1 never raises it).
    """

    kind: str = "gradient"
    depth: int = 3
    count: int = 150
    learning_rate: float = 0.05
    subsample: float = 0.8
    min_leaf: int | None = None  # rows a leaf holds at least (None: scikit-learn's default)
    monotonic: Mapping[str, int] | None = None
    seed: int = 0


def fit_trees(
    x: np.ndarray, y: np.ndarray, names: Sequence[str], settings: TreeSettings
) -> TreeEnsemble:
    """Fit boosted trees on an (n, len(names)) matrix and 0/1 labels, as plain arrays.
    Needs scikit-learn (a test/bench dependency: fitting is done offline, not when serving)."""
    x = np.asarray(x, dtype=np.float64)
    if settings.kind == "gradient":
        from sklearn.ensemble import GradientBoostingClassifier

        model: Any = GradientBoostingClassifier(
            max_depth=settings.depth,
            n_estimators=settings.count,
            learning_rate=settings.learning_rate,
            subsample=settings.subsample,
            min_samples_leaf=settings.min_leaf or 1,
            random_state=settings.seed,
        ).fit(x, y)
        trees = [_sklearn_tree(e.tree_, settings.learning_rate) for e in model.estimators_[:, 0]]
        float32 = True
    elif settings.kind == "histogram":
        from sklearn.ensemble import HistGradientBoostingClassifier

        signs = dict(settings.monotonic or {})
        model = HistGradientBoostingClassifier(
            max_depth=settings.depth,
            max_iter=settings.count,
            learning_rate=settings.learning_rate,
            min_samples_leaf=settings.min_leaf or 20,
            monotonic_cst=[int(signs.get(n, 0)) for n in names],
            early_stopping=False,
            random_state=settings.seed,
        ).fit(x, y)
        # The fitted predictors' node table (scikit-learn's, not public: checked below).
        trees = [_histogram_tree(p[0].nodes) for p in model._predictors]
        float32 = False
    else:
        raise ValueError(f"unknown tree kind {settings.kind!r}")
    draft = TreeEnsemble.from_data(
        {
            "format": TREES_FORMAT,
            "names": list(names),
            "base": 0.0,
            "float32_inputs": float32,
            "trees": trees,
        }
    )
    # The base is what scikit-learn adds to the trees (its prior log-odds): read, not assumed.
    base = model.decision_function(x) - draft.log_odds(x)
    if not np.allclose(base, base[0], atol=1e-9):
        raise RuntimeError("scikit-learn's trees were not read as it evaluates them")
    data = draft.to_data()
    data["base"] = float(np.median(base))
    return TreeEnsemble.from_data(data)


def _sklearn_tree(tree: Any, scale: float) -> dict[str, list[Any]]:
    leaf = tree.children_left < 0
    return {
        "feature": np.where(leaf, -1, tree.feature).tolist(),
        "threshold": np.where(leaf, 0.0, tree.threshold).tolist(),
        "left": np.where(leaf, -1, tree.children_left).tolist(),
        "right": np.where(leaf, -1, tree.children_right).tolist(),
        "value": np.where(leaf, scale * tree.value[:, 0, 0], 0.0).tolist(),
    }


def _histogram_tree(nodes: np.ndarray) -> dict[str, list[Any]]:
    leaf = nodes["is_leaf"].astype(bool)
    return {
        "feature": np.where(leaf, -1, nodes["feature_idx"]).tolist(),
        "threshold": np.where(leaf, 0.0, nodes["num_threshold"]).tolist(),
        "left": np.where(leaf, -1, nodes["left"].astype(np.int64)).tolist(),
        "right": np.where(leaf, -1, nodes["right"].astype(np.int64)).tolist(),
        "value": np.where(leaf, nodes["value"], 0.0).tolist(),
    }
