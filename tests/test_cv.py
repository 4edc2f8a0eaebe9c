"""Cross-validation of the scope model: folds, fitted cuts, in-sample vs held-out, the table."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qa_bot.evaluate.cv import (
    BY_WRITER,
    Observation,
    cross_validate,
    cv_report,
    dedupe,
    default_fitter,
    folds,
    format_cv,
    held_out_probabilities,
    writers,
)
from qa_bot.evaluate.metrics import ItemResult
from qa_bot.evaluate.reading import EvalItem
from qa_bot.scope import fit_scope_model
from qa_bot.scope_model import SCOPE_FEATURES
from qa_bot.types import ANSWERED, NOT_FOUND, UNCERTAIN, Answer

pytest.importorskip("sklearn")


def _item(i: int, in_scope: bool, kind: str) -> EvalItem:
    return EvalItem(
        id=f"q{i}",
        question=f"question {i}",
        kind=kind,
        gold_sections=frozenset([1]) if in_scope else frozenset(),
        evidence=("evidence text",) if in_scope else (),
        lang="th",
    )


def _observations(n: int = 60) -> list[Observation]:
    """In-scope items have cosine 0.80..0.99, out-of-scope 0.70..0.89: they overlap."""
    observations = []
    for i in range(n):
        in_scope = i % 2 == 0
        cosine = (0.80 if in_scope else 0.70) + 0.19 * (i // 2) / (n // 2)
        item = _item(i, in_scope, "free" if in_scope else "out_of_scope")
        result = ItemResult(item, Answer(item.question, True, [], 1.0), evidence_at_1=in_scope)
        # Every feature the model reads, constant but for the cosines (the only signal here).
        values = dict.fromkeys(SCOPE_FEATURES, 0.0)
        values.update(cosine=cosine, sentence=cosine, gap=0.02, fair_coverage=0.5, thai=1.0)
        observations.append(Observation(item, "set", result, values, chosen=False))
    return observations


def test_folds_hold_every_item_once_and_keep_kinds_apart() -> None:
    observations = _observations()
    held_out = folds(observations, 5)
    assert len(held_out) == 5
    assert sorted(i for fold in held_out for i in fold) == list(range(len(observations)))
    for fold in held_out:  # stratified: 30 of each kind over 5 folds → 6 of each per fold
        assert sum(observations[i].item.in_scope for i in fold) == 6


def test_leave_one_writer_out_holds_out_each_writer_whole_with_the_translations() -> None:
    """The team's own sets are one writer, each other set its own; a translation (twin) goes
    with the item it translates, wherever the twin file lists it."""
    observations = []
    for i, source in enumerate(["dev", "extra", "exam", "fresh", "fresh", "topics", "twins"]):
        item = _item(i, True, "free")
        if source == "twins":
            item = replace(item, twin="q3")  # the translation of fresh's first item
        observations.append(replace(_observations(2)[0], item=item, source=source))
    assert writers(observations) == ["team"] * 3 + ["fresh"] * 2 + ["topics", "fresh"]
    held_out = folds(observations, BY_WRITER)
    assert sorted(sorted(fold.tolist()) for fold in held_out) == [[0, 1, 2], [3, 4, 6], [5]]


def test_fitted_cuts_keep_the_training_error_rates() -> None:
    observations = _observations()
    rows = [o.values for o in observations]
    labels = [o.item.in_scope for o in observations]
    model = fit_scope_model(rows, labels, max_not_found=0.05, max_answered=0.10)
    verdicts = [model.verdict(model.probability(r)) for r in rows]
    inside = [v for v, y in zip(verdicts, labels, strict=True) if y]
    outside = [v for v, y in zip(verdicts, labels, strict=True) if not y]
    # 30 answerable: floor(0.05·30) = 1 may fall below the not_found cut; 30 out: 3 may be answered.
    assert sum(v == NOT_FOUND for v in inside) <= 1
    assert sum(v == ANSWERED for v in outside) <= 3
    assert model.not_found_cut <= model.answer_cut
    # The overlap (cosine 0.80..0.89 on both sides) must land in between: uncertain.
    assert any(v == UNCERTAIN for v in verdicts)


def test_cross_validated_verdicts_come_from_models_that_never_saw_the_item() -> None:
    observations = _observations()
    seen: list[int] = []

    def fit(train):
        seen.append(len(train))
        return default_fitter()(train)

    in_sample, held_out = cross_validate({"only": observations}, fit, k=4)
    assert seen == [60, 45, 45, 45, 45]  # once on everything, then on each 3 of 4 folds
    assert [s.observation.item.id for s in in_sample] == [o.item.id for o in observations]
    assert sorted(s.observation.item.id for s in held_out) == sorted(
        o.item.id for o in observations
    )
    table = cv_report(in_sample, held_out)
    assert table["all"]["in_sample"]["items"] == table["all"]["cv"]["items"] == 60
    assert "in→not_found" in format_cv(table, 4)


def test_held_out_probabilities_come_from_models_that_never_saw_the_item() -> None:
    observations = _observations()
    trained_on: list[set[str]] = []

    def fit(train):
        trained_on.append({o.item.id for o in train})
        return default_fitter()(train)

    chances = held_out_probabilities(observations, fit, k=4)
    assert chances.shape == (60,) and ((chances >= 0) & (chances <= 1)).all()
    for fold, seen in zip(folds(observations, 4), trained_on, strict=True):
        assert not seen & {observations[i].item.id for i in fold}
    # The cosine is the only signal and in-scope items score higher: so do their chances.
    inside = chances[[o.item.in_scope for o in observations]]
    outside = chances[[not o.item.in_scope for o in observations]]
    assert inside.mean() > outside.mean()


def test_the_sets_written_by_others_have_a_row_of_their_own() -> None:
    # eval/README.md: dev2, blind, fresh, everyday, topics, kinds, english, exam2 and details were
    # written by others than the team.
    from dataclasses import replace

    observations = [
        replace(o, source=("fresh" if i % 3 == 0 else "twins"))
        for i, o in enumerate(_observations())
    ]
    in_sample, held_out = cross_validate({"only": observations}, default_fitter(), k=4)
    table = cv_report(in_sample, held_out)
    assert table["by others"]["cv"]["items"] == table["set fresh"]["cv"]["items"] == 20
    assert "set twins" in table and table["set twins"]["cv"]["items"] == 40


def test_the_retrieval_setting_is_chosen_on_training_folds_only() -> None:
    good = _observations()
    worse = [
        Observation(o.item, o.source, ItemResult(o.item, o.result.answer), o.values, o.chosen)
        for o in good
    ]
    _, held_out = cross_validate({"worse": worse, "good": good}, default_fitter(), k=3)
    assert {s.setting for s in held_out} == {"good"}
    assert all(s.observation.result.evidence_at_1 == s.observation.item.in_scope for s in held_out)


def test_pooled_sets_count_each_id_once_first_file_wins() -> None:
    a, b = _item(1, True, "free"), _item(1, False, "out_of_scope")
    assert dedupe([("dev", a), ("dev_copy", b), ("dev", _item(2, True, "free"))]) == [
        ("dev", a),
        ("dev", _item(2, True, "free")),
    ]


def test_answerable_is_whether_the_verdict_is_not_not_found() -> None:
    assert Answer("q", True, [], 1.0, verdict=UNCERTAIN).answerable is True
    assert Answer("q", True, [], 1.0, verdict=NOT_FOUND).answerable is False
    assert Answer("q", False, [], 1.0).verdict == NOT_FOUND
    assert Answer("q", True, [], 1.0).verdict == ANSWERED


def test_the_cross_language_table_puts_each_pair_side_by_side() -> None:
    from dataclasses import replace

    from qa_bot.evaluate.cv import Scored, format_twins, twin_report

    thai = _observations(4)
    english = [
        replace(o, item=replace(o.item, id=f"t{o.item.id}", lang="en", twin=o.item.id))
        for o in thai
    ]
    verdicts = {"q0": ANSWERED, "q1": NOT_FOUND, "q2": ANSWERED, "q3": NOT_FOUND}
    scored = [Scored(o, verdicts[o.item.id], "s") for o in thai] + [
        Scored(o, UNCERTAIN, "s") for o in english
    ]
    table = twin_report(scored, scored)
    assert table["pairs"] == 4
    # q0, q2 in scope: answered in Thai, uncertain in English; q1, q3 out of scope.
    assert table["th"]["cv"]["in→uncertain"] == 0.0
    assert table["en"]["cv"]["in→uncertain"] == 1.0
    assert table["th"]["cv"]["oos→not_found"] == 1.0
    assert table["en"]["cv"]["oos→not_found"] == 0.0
    # Exam twins are scored too: a row of its own, empty ("–") when no pair is an exam.
    rows = {line.split()[0]: line.split()[1:] for line in format_twins(table).splitlines()[2:]}
    assert rows["exam_accuracy"] == ["–/–", "–/–"]
    assert rows["in→uncertain"] == ["0.000/0.000", "1.000/1.000"]
