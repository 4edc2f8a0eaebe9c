"""Cross-validation: every fitted number is fitted on K−1 folds and scored on the held-out one.

Our question sets were used to write the rules and fit the numbers, so scoring on them in-sample
flatters. Here all sets are pooled (each item once, by id), split into K folds stratified by
kind (scikit-learn `StratifiedKFold`), and for each fold:

- the setting (a `config.Config`, e.g. other fusion weights; each setting's answers are
  computed up front) is chosen by its evidence@1 on the other folds, and
- the scope model (logistic coefficients and the two verdict cuts) is fitted on the other folds,

then the held-out fold is scored with them. In-sample figures (fitted on everything, scored on
everything) are reported beside the cross-validated ones.

Verdict measures (the issue's targets in brackets):

    in→not_found   answerable items judged not_found         (≤ 0.03)
    in→uncertain   answerable items judged uncertain         (≤ 0.10)
    oos→answered   out-of-scope items judged answered        (≤ 0.15)
    oos→not_found  out-of-scope items judged not_found       (≥ 0.60)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ..config import DEFAULT, Config, ScopeConfig
from ..exam.parse import content_free
from ..scope import exam_verdict, verdict_for, with_first_clause
from ..scope_model import ScopeModel
from ..types import NOT_FOUND, UNCERTAIN
from .metrics import ItemResult, _kind_order
from .reading import EvalItem

RETRIEVAL_METRICS = ("section@1", "evidence@1", "sentence@1", "exam_accuracy")
VERDICT_METRICS = ("in→not_found", "in→uncertain", "oos→answered", "oos→not_found")
SEED = 0


@dataclass(frozen=True)
class Observation:
    """One item's answer under one setting: what CV needs without asking again."""

    item: EvalItem
    source: str  # which question file it came from (its stem)
    result: ItemResult
    values: Mapping[str, float]  # scope features, as qa_bot.scope.features gives them
    chosen: bool  # an exam item the documents decide (Choice.decided)
    scope: ScopeConfig = field(default=DEFAULT.scope)  # the scope rules it was answered under
    # The features of its first clause, when it asks two things (types.Evidence.first).
    first_values: Mapping[str, float] = field(default_factory=dict)


ScopeFitter = Callable[[Sequence[Observation]], ScopeModel]


def observe(result: ItemResult, source: str, scope: ScopeConfig = DEFAULT.scope) -> Observation:
    """What CV keeps of one scored answer (scope: the settings it was answered with)."""
    answer = result.answer
    evidence = answer.evidence
    values = dict(evidence.values) if evidence is not None else {}
    first = dict(evidence.first.values) if evidence is not None and evidence.first else {}
    chosen = answer.choice is not None and answer.choice.decided
    return Observation(result.item, source, result, values, chosen, scope, first)


def dedupe(items: Sequence[tuple[str, EvalItem]]) -> list[tuple[str, EvalItem]]:
    """(file, item) pairs with each id once, first file wins (eval/dev.jsonl is a shared copy)."""
    seen: set[str] = set()
    kept = []
    for source, item in items:
        if item.id not in seen:
            seen.add(item.id)
            kept.append((source, item))
    return kept


def verdict_of(model: ScopeModel, observation: Observation) -> str:
    """The verdict a (fold's) model gives an observation, under the observation's scope rules."""
    # pipeline.ask's exam verdict: one none of whose choices the documents support is at most
    # uncertain (the fold's verdicts left it out before: English answerable → uncertain 0.104 →
    # 0.112 over 8 fold seeds, 1,763 pooled items, shipped features)
    # … and a decided pick under a stem that names something is answered only when the stem
    # alone is (scope.exam_verdict: a likely pick is uncertain)
    choice = observation.result.answer.choice
    unsupported = choice is not None and choice.none_supported
    topicless = observation.chosen and content_free(observation.result.answer.question)
    if not observation.values:  # nothing retrieved
        return exam_verdict(NOT_FOUND, observation.chosen, unsupported, topicless)
    verdict = verdict_for(model, observation.values, config=observation.scope)
    # pipeline._judged_with_first_question, as the fold's model sees it
    if observation.first_values:
        first = verdict_for(model, observation.first_values, config=observation.scope)
        verdict = with_first_clause(verdict, observation.values, first, observation.scope)
    return exam_verdict(verdict, observation.chosen, unsupported, topicless)


# Who wrote each pooled set (eval/README.md "The sets, who wrote them"): the team's own sets are
# one writer; every other set had a writer of its own (the authors, a team member who saw
# no output, a helper each). A translation (`twin`, eval/twins.jsonl) counts as its original's.
TEAM_SETS = frozenset({"dev", "extra", "exam", "exam_more"})
BY_WRITER = 0  # `folds`' k for leave-one-writer-out folds


def writers(observations: Sequence[Observation]) -> list[str]:
    """Each observation's writer: "team" for TEAM_SETS, else its set's name; a translation
    takes the set of the item it translates."""
    return _writers([(o.source, o.item) for o in observations])


def file_writers(files: Sequence[tuple[str, Sequence[EvalItem]]]) -> list[str]:
    """The writers (`writers`) of the files' items pooled as `collect` pools them (each id
    once), each once, in order: what leave-one-writer-out folds would hold out."""
    pooled = dedupe([(source, item) for source, items in files for item in items])
    return list(dict.fromkeys(_writers(pooled)))


def _writers(pooled: Sequence[tuple[str, EvalItem]]) -> list[str]:
    source = {item.id: name for name, item in pooled}
    written = [source.get(item.twin or item.id, name) for name, item in pooled]
    return ["team" if s in TEAM_SETS else s for s in written]


def folds(observations: Sequence[Observation], k: int, seed: int = SEED) -> list[np.ndarray]:
    """Held-out index arrays of K folds stratified by kind; a question and its translation
    (`twin`) always fall in the same fold, so no fold is scored on what it was fitted on.

    k = BY_WRITER (0): leave one writer out (`writers`, scikit-learn `LeaveOneGroupOut`; seed
    unused), one fold per writer, as a blind set is scored: fitted on every set but its
    writer's. K folds mix every set's items on both sides, so a writer's style is fitted on
    too: over the pooled sets their figures promise more than blind sets then give (bench/
    verdicts.py prints both)."""
    from sklearn.model_selection import LeaveOneGroupOut, StratifiedGroupKFold

    if k == BY_WRITER:
        written = writers(observations)
        splitter = LeaveOneGroupOut()
        return [test for _, test in splitter.split(np.zeros(len(written)), groups=written)]
    kinds = [o.item.kind for o in observations]
    groups = [o.item.twin or o.item.id for o in observations]
    splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
    return [test for _, test in splitter.split(np.zeros(len(kinds)), kinds, groups)]


def _evidence_at_1(observations: Sequence[Observation]) -> float:
    inside = [o.result.evidence_at_1 for o in observations if o.item.in_scope]
    return float(np.mean(inside)) if inside else 0.0


@dataclass(frozen=True)
class Scored:
    """An observation and the verdict a model gave it."""

    observation: Observation
    verdict: str
    setting: str


def cross_validate(
    settings: Mapping[str, Sequence[Observation]],
    fit: ScopeFitter,
    k: int = 5,
    seed: int = SEED,
) -> tuple[list[Scored], list[Scored]]:
    """(in-sample, cross-validated) verdicts of every item, in the order of the observations.

    settings maps a retrieval setting's name to every item's observation under it (same items,
    same order); one setting means nothing retrieval-side is fitted. k = BY_WRITER: leave one
    writer out (`folds`).
    """
    names = list(settings)
    reference = settings[names[0]]
    best_all = max(names, key=lambda n: _evidence_at_1(settings[n]))
    whole = fit(settings[best_all])
    in_sample = [Scored(o, verdict_of(whole, o), best_all) for o in settings[best_all]]
    held_out: list[Scored | None] = [None] * len(reference)
    for test in folds(reference, k, seed):
        train = np.setdiff1d(np.arange(len(reference)), test)
        best = max(names, key=lambda n: _evidence_at_1([settings[n][i] for i in train]))
        model = fit([settings[best][i] for i in train])
        for i in test:
            observation = settings[best][i]
            held_out[i] = Scored(observation, verdict_of(model, observation), best)
    return in_sample, [s for s in held_out if s is not None]


def held_out_probabilities(
    observations: Sequence[Observation], fit: ScopeFitter, k: int = 5, seed: int = SEED
) -> np.ndarray:
    """Each observation's probability that the documents answer (shape (n,), 0..1), from the
    model fitted on the other folds (`folds`: the same folds as cross_validate's), under its
    own scope rules (scope.decide_probability; a two-clause question's better clause, as
    verdict_of judges it); 0.0 where nothing was retrieved. For measuring separation apart
    from where the cuts fall (bench/verdicts.py)."""
    from ..scope import decide_probability

    chances = np.zeros(len(observations))
    for test in folds(observations, k, seed):
        train = np.setdiff1d(np.arange(len(observations)), test)
        model = fit([observations[i] for i in train])
        for i in test:
            o = observations[i]
            if not o.values:
                continue
            chance = decide_probability(model, o.values, o.scope)
            if o.first_values:
                chance = max(chance, decide_probability(model, o.first_values, o.scope))
            chances[i] = chance
    return chances


def _share(flags: list[bool]) -> float | None:
    return round(float(np.mean(flags)), 3) if flags else None


def measures(scored: Sequence[Scored]) -> dict[str, Any]:
    """Retrieval and verdict measures over scored items (None where nothing to count)."""
    inside = [s for s in scored if s.observation.item.in_scope]
    outside = [s for s in scored if not s.observation.item.in_scope]
    exams = [s for s in scored if s.observation.result.exam_correct is not None]
    return {
        "items": len(scored),
        "section@1": _share([s.observation.result.section_at_1 for s in inside]),
        "evidence@1": _share([s.observation.result.evidence_at_1 for s in inside]),
        "sentence@1": _share([s.observation.result.sentence_at_1 for s in inside]),
        "exam_accuracy": _share([bool(s.observation.result.exam_correct) for s in exams]),
        "in→not_found": _share([s.verdict == NOT_FOUND for s in inside]),
        "in→uncertain": _share([s.verdict == UNCERTAIN for s in inside]),
        "oos→answered": _share([s.verdict not in (NOT_FOUND, UNCERTAIN) for s in outside]),
        "oos→not_found": _share([s.verdict == NOT_FOUND for s in outside]),
    }


# The question files written by others than the team that wrote the rules (eval/README.md:
# dev2 by the authors, blind / fresh / everyday / topics / kinds by writers who saw no
# output): their figures are the nearest to fresh questions' (issue #11).
WRITTEN_BY_OTHERS = frozenset(
    {
        "dev2",
        "blind",
        "fresh",
        "everyday",
        "topics",
        "kinds",
        "english",
        "exam2",
        "details",
        "tester",
    }
)


def groups(scored: Sequence[Scored]) -> dict[str, list[int]]:
    """Row name → positions: all, the sets written by others (WRITTEN_BY_OTHERS), each question
    file, each kind, each language."""
    rows: dict[str, list[int]] = {"all": list(range(len(scored)))}
    others = [i for i, s in enumerate(scored) if s.observation.source in WRITTEN_BY_OTHERS]
    if others:
        rows["by others"] = others
    for i, s in enumerate(scored):
        rows.setdefault(f"set {s.observation.source}", []).append(i)
    kinds = sorted({s.observation.item.kind for s in scored}, key=_kind_order)
    for kind in kinds:
        rows[f"kind {kind}"] = [i for i, s in enumerate(scored) if s.observation.item.kind == kind]
    for lang in sorted({s.observation.item.lang for s in scored if s.observation.item.lang}):
        rows[f"lang {lang}"] = [i for i, s in enumerate(scored) if s.observation.item.lang == lang]
    return rows


def cv_report(in_sample: Sequence[Scored], held_out: Sequence[Scored]) -> dict[str, Any]:
    """{row: {"in_sample": measures, "cv": measures}} for every group of items."""
    by_id = {s.observation.item.id: s for s in held_out}
    held_out = [by_id[s.observation.item.id] for s in in_sample]
    return {
        name: {
            "in_sample": measures([in_sample[i] for i in rows]),
            "cv": measures([held_out[i] for i in rows]),
        }
        for name, rows in groups(in_sample).items()
    }


TWIN_METRICS = ("section@1", "evidence@1", "sentence@1", "exam_accuracy", *VERDICT_METRICS)


def twin_report(in_sample: Sequence[Scored], held_out: Sequence[Scored]) -> dict[str, Any]:
    """The cross-language check: over every question asked in both languages (an item and its
    `twin`), the measures of the Thai side and of the English (or mixed) side, in-sample and
    cross-validated. {"pairs": n, "th": {"in_sample", "cv"}, "en": {...}}."""

    def sides(scored: Sequence[Scored]) -> dict[str, list[Scored]]:
        by_id = {s.observation.item.id: s for s in scored}
        thai: list[Scored] = []
        english: list[Scored] = []
        for s in scored:
            twin = by_id.get(s.observation.item.twin or "")
            if twin is None:
                continue
            pair = (s, twin) if s.observation.item.lang == "th" else (twin, s)
            thai.append(pair[0])
            english.append(pair[1])
        return {"th": thai, "en": english}

    inside, outside = sides(in_sample), sides(held_out)
    return {
        "pairs": len(inside["th"]),
        **{
            lang: {"in_sample": measures(inside[lang]), "cv": measures(outside[lang])}
            for lang in ("th", "en")
        },
    }


def format_twins(table: Mapping[str, Any]) -> str:
    """Thai and English side by side, "in-sample / cross-validated"."""
    lines = [
        f"cross-language check: {table['pairs']} questions asked in Thai and in English",
        "".ljust(16) + "Thai".rjust(16) + "English".rjust(16),
    ]
    for metric in TWIN_METRICS:
        cells = "".join(
            f"{_cell(table[lang]['in_sample'][metric])}/{_cell(table[lang]['cv'][metric])}".rjust(
                16
            )
            for lang in ("th", "en")
        )
        lines.append(metric.ljust(16) + cells)
    return "\n".join(lines)


def _cell(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def format_cv(table: Mapping[str, Mapping[str, Mapping[str, Any]]], k: int) -> str:
    """Two tables, retrieval and verdict, each measure as "in-sample / cross-validated" (k:
    the folds, BY_WRITER for leave-one-writer-out)."""
    lines = []
    for title, metrics in (("retrieval", RETRIEVAL_METRICS), ("verdict", VERDICT_METRICS)):
        width = max(len(m) for m in metrics) + 2
        how = "leave-one-writer-out CV" if k == BY_WRITER else f"{k}-fold CV"
        head = f"{title} (in-sample / {how})"
        lines.append(
            head.ljust(22) + "items".rjust(6) + "".join(m.rjust(width + 4) for m in metrics)
        )
        for name, row in table.items():
            cells = "".join(
                f"{_cell(row['in_sample'][m])}/{_cell(row['cv'][m])}".rjust(width + 4)
                for m in metrics
            )
            lines.append(name.ljust(22) + str(row["in_sample"]["items"]).rjust(6) + cells)
        lines.append("")
    return "\n".join(lines).rstrip()


def default_fitter(scope: ScopeConfig | None = None, **options: Any) -> ScopeFitter:
    """Fit qa_bot.scope's model on observations (answerable = in scope), exam items left out.

    An exam's verdict is its choice's when the documents decide it (scope.exam_verdict), and
    a stem such as "ข้อใดกล่าวถูกต้อง" says little as a question: fitted and placing the cuts
    beside real questions, such stems (all answerable) dragged the Thai not_found cut from
    0.23 to 0.07 once eval/kinds.jsonl was pooled. Left out (pooled 5-fold CV, 1,463 items,
    2026-12-01 00:35 UTC): nf 0.011 → 0.016, uncertain 0.099 → 0.086, out-of-scope answered
    0.124 → 0.119, not_found 0.503 → 0.580; exam stems not_found 0.009 → 0.012.
    scope: the settings the fit reads (its quotas: max_answered…); None: the observations'."""
    from ..scope import fit_scope_model

    chosen = scope

    def fit(observations: Sequence[Observation]) -> ScopeModel:
        usable = [o for o in observations if o.values and not o.item.choices]
        scope = chosen or (usable[0].scope if usable else DEFAULT.scope)
        return fit_scope_model(
            [o.values for o in usable], [o.item.in_scope for o in usable], config=scope, **options
        )

    return fit


def collect(
    bot: Any, files: Sequence[tuple[str, Sequence[EvalItem]]], k: int = 5
) -> list[Observation]:
    """Ask every item of the files (each id once) with the bot's config and keep what CV
    needs."""
    from .metrics import run_items

    pooled = dedupe([(source, item) for source, items in files for item in items])
    results = run_items(bot, [item for _, item in pooled], k=k)
    scope = bot.config.scope
    return [observe(r, source, scope) for (source, _), r in zip(pooled, results, strict=True)]


def run_cv(
    bot: Any,
    files: Sequence[tuple[str, Sequence[EvalItem]]],
    k_folds: int = 5,
    k: int = 5,
    settings: Mapping[str, Config] | None = None,
) -> dict[str, Any]:
    """The whole cross-validation: collect answers (under each setting: name → a `Config`,
    e.g. `replace(bot.config, retrieval=replace(bot.config.retrieval, lexical_weight=0.1))`;
    None: the bot's own config), fit and score, and the table (k_folds = BY_WRITER: leave one
    writer out).
    Returns {"table", "twins", "settings", "chosen", "in_sample", "held_out", "observed"}
    (observed: setting name → its observations)."""
    settings = settings or {"default": bot.config}
    observed = {}
    for name, config in settings.items():
        observed[name] = collect(replace(bot, config=config), files, k=k)
    in_sample, held_out = cross_validate(observed, default_fitter(), k=k_folds)
    chosen = {s.setting for s in held_out}
    return {
        "folds": k_folds,
        "table": cv_report(in_sample, held_out),
        "twins": twin_report(in_sample, held_out),
        "settings": list(settings),
        "chosen": sorted(chosen),
        "in_sample": in_sample,
        "held_out": held_out,
        "observed": observed,
    }
