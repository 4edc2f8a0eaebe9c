"""The scope model: a logistic model (optionally with boosted trees, scope_trees.py) over the
features scope.features computes, the verdict cuts per question language, and its JSON file
(qa_bot/data/scope_model.json, read at import as SCOPE_MODEL; config.ScopeConfig.model's
default). Moved out of config.py unchanged (config.py keeps settings only).
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ScopeModelError, os_reason
from .scope_trees import TreeEnsemble, check_feature_names
from .types import ANSWERED, NOT_FOUND, UNCERTAIN


def judged_by_dense_only(values: Mapping[str, float]) -> bool:
    """Is the question judged by a model's dense_only part? Scope value "dense_only" (a
    question none of whose words can be compared with the text, or one in another language
    than the corpus's: scope.features); rows of older runs carry only "blind"."""
    return bool(values.get("dense_only", values.get("blind", 0.0)))


def question_language(values: Mapping[str, float] | None) -> str:
    """ "th" for a Thai question (scope feature "thai"; None: Thai), else "other"."""
    return "th" if values is None or values.get("thai", 1.0) else "other"


# The features scope.features computes for every question (tests/test_scope_model.py holds
# them equal): a fitted model may read only these, and a model file reading another is refused.
SCOPE_FEATURES = frozenset(
    {
        "cosine",
        "sentence",
        "centred",
        "background",
        "gap",
        "coverage",
        "unknown",
        "fair_coverage",
        "fair_coverage_sentence",
        "fair_unknown",
        "blind",
        "dense_only",
        "thai",
        "short",
        "type_missing",
        "asks",
        "type_missing_sentence",
        "unit_missing",
        "standout",
        "together",
        "unmentioned_country",
        "unmentioned_entity",
        "absent_topic",
        "listed_only",
        "topic_unknown",
        "individual_unnamed",
        "translated",
        "translated_known",
        "translated_coverage",
        "translated_coverage_sentence",
        "ordinal_said",
        "count_listed",
        "value_stated",
        "subject_value",
        "unmet_rarity",
    }
)


@dataclass(frozen=True)
class ScopeModel:
    """A logistic model over the scope features, and the two probability cuts of the verdict.

    probability >= answer cut → answered; >= not_found cut → uncertain; below → not_found.
    The cuts are per question language ("th" or "other"): dense similarity runs lower across
    languages, so one cut for both would make English questions uncertain far more often.
    Fitted by `scope.fit_scope_model` (bench/cv.py cross-validates the fit; bench/answerable.py
    prints SCOPE_MODEL below).
    """

    coefficients: Mapping[str, float]
    bias: float
    answer_cut: float = 0.5
    not_found_cut: float = 0.5
    names: tuple[str, ...] = field(default=())
    # language → (answer cut, not_found cut); a language missing here uses the two above.
    cuts: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    # The model of a question none of whose words can be compared with the text, or one asked
    # in another language than the corpus's (judged_by_dense_only), over language-neutral
    # features only; None: this model judges every question. Its cuts
    # are unused: the probability it gives meets the cuts above.
    dense_only: ScopeModel | None = None
    # Question language ("th" / "other") → a model fitted on that language's questions alone,
    # which judges them with its own cuts (a language missing here: the model above). The
    # signals weigh differently across languages — an English question's words are mostly not
    # comparable, its cosines run lower — and one model for both fitted neither well.
    by_language: Mapping[str, ScopeModel] = field(default_factory=dict)
    # Boosted trees over their own features (qa_bot/scope_trees.py) in place of the logistic
    # coefficients (then empty): this part's probability is theirs.
    trees: TreeEnsemble | None = None

    @property
    def features(self) -> tuple[str, ...]:
        """The features this part reads (not its dense_only or by_language parts')."""
        trees = self.trees.names if self.trees is not None else ()
        return tuple(self.coefficients) + tuple(n for n in trees if n not in self.coefficients)

    def probability(self, values: Mapping[str, float]) -> float:
        """The probability (0..1) that the documents answer, from feature values (its
        language's model's; dense_only's for a question with no comparable word): the logistic
        of the bias, the coefficients' sum and, with trees, the trees' log-odds."""
        own = self.by_language.get(question_language(values))
        if own is not None:
            return own.probability(values)
        if self.dense_only is not None and judged_by_dense_only(values):
            return self.dense_only.probability(values)
        logit = self.bias + sum(self.coefficients[n] * values[n] for n in self.coefficients)
        if self.trees is not None:
            logit += self.trees.log_odds_of(values)
        return 1.0 / (1.0 + math.exp(-max(min(logit, 50.0), -50.0)))

    def verdict(self, probability: float, values: Mapping[str, float] | None = None) -> str:
        """answered / uncertain / not_found for a probability, with the cuts of the question's
        language (values["thai"]; None: Thai), by its language's model if it has one."""
        language = question_language(values)
        own = self.by_language.get(language)
        if own is not None:
            return own.verdict(probability, values)
        answer_cut, not_found_cut = self.cuts.get(language, (self.answer_cut, self.not_found_cut))
        if probability >= answer_cut:
            return ANSWERED
        return UNCERTAIN if probability >= not_found_cut else NOT_FOUND

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-able data (`from_data` reads it back; the trees as
        scope_trees.TreeEnsemble.to_data gives them)."""
        return {
            "coefficients": dict(self.coefficients),
            "bias": self.bias,
            "answer_cut": self.answer_cut,
            "not_found_cut": self.not_found_cut,
            "cuts": {language: list(pair) for language, pair in self.cuts.items()},
            "trees": self.trees.to_data() if self.trees is not None else None,
            "dense_only": self.dense_only.to_data() if self.dense_only is not None else None,
            "by_language": {k: m.to_data() for k, m in self.by_language.items()},
        }

    @classmethod
    def from_data(cls, data: Any, known: Collection[str] = SCOPE_FEATURES) -> ScopeModel:
        """The model of `to_data`'s output, checked: numbers where numbers belong, cuts in
        0..1, every feature it reads one of `known` (those scope.features computes). Raises
        errors.ScopeModelError (Thai + English) otherwise."""
        fields = ("coefficients", "bias", "answer_cut", "not_found_cut", "cuts")
        if not isinstance(data, Mapping) or any(k not in data for k in fields):
            raise _malformed_model(f"a part lacks one of {', '.join(fields)}")
        coefficients = data["coefficients"]
        if not isinstance(coefficients, Mapping) or not all(
            _is_number(w) for w in coefficients.values()
        ):
            raise _malformed_model("'coefficients' is not a mapping of names to numbers")
        cuts = data["cuts"]
        pairs = list(cuts.values()) if isinstance(cuts, Mapping) else None
        if pairs is None or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
            raise _malformed_model("'cuts' is not a mapping of languages to two cuts")
        numbers = [
            data["bias"],
            data["answer_cut"],
            data["not_found_cut"],
            *(c for p in pairs for c in p),
        ]
        if not all(_is_number(n) for n in numbers):
            raise _malformed_model("a bias or cut is not a number")
        if not all(0.0 <= n <= 1.0 for n in numbers[1:]):
            raise _malformed_model("a cut outside 0..1")
        trees = data.get("trees")
        ensemble = TreeEnsemble.from_data(trees, known) if trees is not None else None
        check_feature_names(list(coefficients), known)
        dense = data.get("dense_only")
        by_language = data.get("by_language") or {}
        if not isinstance(by_language, Mapping):
            raise _malformed_model("'by_language' is not a mapping")
        return cls(
            coefficients={str(n): float(w) for n, w in coefficients.items()},
            bias=float(data["bias"]),
            answer_cut=float(data["answer_cut"]),
            not_found_cut=float(data["not_found_cut"]),
            names=tuple(coefficients),
            cuts={str(k): (float(a), float(b)) for k, (a, b) in cuts.items()},
            dense_only=cls.from_data(dense, known) if dense is not None else None,
            by_language={str(k): cls.from_data(m, known) for k, m in by_language.items()},
            trees=ensemble,
        )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _malformed_model(detail: str) -> ScopeModelError:
    return ScopeModelError(
        f"แบบจำลองตัดสินว่าเอกสารตอบคำถามได้หรือไม่มีรูปแบบไม่ถูกต้อง ({detail})",
        f"The scope model is malformed ({detail})",
    )


MODEL_FORMAT = 1  # the layout of a scope model file (write_scope_model)


def load_scope_model(path: Path) -> ScopeModel:
    """The scope model of a JSON file written by `write_scope_model` (the shipped one:
    qa_bot/data/scope_model.json). Raises errors.ScopeModelError (Thai + English) when it
    cannot be read, is not such a file, or reads features this version does not compute."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        thai, english = os_reason(error)
        raise ScopeModelError(
            f"อ่านแบบจำลองตัดสินว่าเอกสารตอบคำถามได้หรือไม่ ({path}) ไม่ได้: {thai}",
            f"Cannot read the scope model {path}: {english}",
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ScopeModelError(
            f"ไฟล์แบบจำลองตัดสินว่าเอกสารตอบคำถามได้หรือไม่ ({path}) เสียหาย: ไม่ใช่ JSON",
            f"The scope model file {path} is damaged: not JSON ({error})",
        ) from None
    if not isinstance(data, Mapping) or data.get("format") != MODEL_FORMAT:
        raise _malformed_model(f"{path}: not a scope model file of format {MODEL_FORMAT}")
    try:
        return ScopeModel.from_data(data.get("model"))
    except ScopeModelError as error:
        raise ScopeModelError(
            f"{error.message_th} — {path}", f"{error.message_en} — {path}"
        ) from None


def write_scope_model(model: ScopeModel, path: Path, about: str = "") -> None:
    """Write a model as `load_scope_model` reads it, whole or not at all (a staged file
    renamed). about: a line on how it was fitted, kept in the file."""
    data = {"format": MODEL_FORMAT, "about": about, "model": model.to_data()}
    staged = path.with_name(path.name + ".part")
    staged.write_text(_json_lines(data) + "\n", encoding="utf-8")
    staged.replace(path)


def _json_lines(value: Any, pad: str = "") -> str:
    """JSON with one key per line and a list of numbers on one line (a tree's arrays): what a
    diff of two fits can show."""
    inner = pad + " "
    if isinstance(value, Mapping) and value:
        items = [f"{inner}{json.dumps(k)}: {_json_lines(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(v, Mapping | list) for v in value):
        items = [inner + _json_lines(v, inner) for v in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False)


# Fitted by scope.fit_scope_model (logistic regression, C=1, and for the main part boosted
# trees beside it: ScopeConfig.tree_parts) on all our question sets pooled
# (bench/common.POOLED_SETS: eval/{dev,dev2,extra,exam,exam_more,twins,blind,fresh,everyday,
# topics,kinds,english,exam2,details,tester}.jsonl; the twins ask each item in Thai and in
# English). The fit is data, qa_bot/data/scope_model.json, checked when
# loaded (load_scope_model: errors.ScopeModelError): `python bench/cv.py --fitted-model FILE`
# (or bench/answerable.py --out FILE) writes it; copy FILE over that file.
# Questions none of whose words the text uses, and English ones over this Thai text, are judged
# by dense_only (language-neutral features: the cosines, the asked-for type of value and
# unit_missing — a place level or measure the best passage lacks, as for Thai questions — the
# English words met through their Thai translations, scope.translation_signals); the rest
# by the main part, fitted on them. The cosine enters as "background" (above Thai text in
# general, qa_bot/background.py) and as "sentence" (the best sentence's), not as itself: its
# level moves with the question's language and with the corpus. The cuts leave ≤ 1.5 % of
# answerable Thai training questions not_found (≤ 1.5 % of English ones) and ≤ 10 % of
# out-of-scope ones answered, per language. Figures: bench/RESULTS.md "Cross-validated answer
# quality" (the latest entry: pooled 5-fold CV, the fit of its tree) and "Reading
# comprehension" (this fit carried unchanged to 24 translated articles it never saw).
# Refitted 2026-11-30 19:58 UTC with unit_missing in dense_only and English common words no
# longer names where case cannot tell (question_words._names), and 20:30 UTC with feature
# "together" in both parts (qa_bot/together.py), bench/cv.py --fitted-model; 2026-11-30 23:04
# UTC on the 1,313 items with eval/topics.jsonl pooled, "together" counting only a value the
# question does not give itself (together.without_given) and the judge's sentence chosen with
# language-fair cosines (answer.judged_sentence).
# 2026-12-01 00:35 UTC on 1,463 items with eval/kinds.jsonl pooled, exam items left out of the
# fit (evaluate.cv.default_fitter: an exam is judged by its choices); 2026-12-01 01:10 UTC with
# translated_known weighing an English word by its rarity in Thai at large
# (scope.english_rarity), and 01:20 UTC with the judge reading the hit answer.value_first puts
# first (pipeline.answer_retrieval).
# 2026-12-01 (verdict17) on 1,763 items with eval/exam2.jsonl pooled, the judge reading the
# other spellings of a question's words (scope.other_spellings: Thai WordNet synonyms, names by
# sound, romanised Thai) and an English word known only through a piece of its Thai term that
# is no stop word; 2026-12-01 07:16 UTC on the seventeenth session's final tree (answer.py's
# value_first across a document's sections, corpus/units.py's re-cut sentences), bench/cv.py
# --fitted-model.
SCOPE_MODEL = load_scope_model(Path(str(resources.files("qa_bot") / "data" / "scope_model.json")))
