"""An exam's JSON verdict is the one the page and the CLI lead with (NOTE17 Left 8): a pick the
documents decide under a stem they do not answer alone is a likely pick ("unsure"), shown under
the "ไม่แน่ใจ" caution, and its verdict is uncertain, not answered. A pick they leave tied or
undecided keeps its stem's verdict (whether the documents cover the question), and the page and
the CLI lead with that too: covered, but the pick undecided (NOTE19)."""

import dataclasses

from qa_bot import QABot
from qa_bot.exam.parse import content_free
from qa_bot.scope import exam_verdict
from qa_bot.types import ANSWERED, NOT_FOUND, UNCERTAIN
from qa_bot.wording import shown_verdict


def test_a_decided_pick_is_answered_only_with_its_stem() -> None:
    assert exam_verdict(ANSWERED, chosen=True) == ANSWERED
    assert exam_verdict(UNCERTAIN, chosen=True) == UNCERTAIN
    assert exam_verdict(NOT_FOUND, chosen=True) == UNCERTAIN  # the documents support a choice
    # A stem that names nothing ("ข้อใดถูกต้อง") is not held against its pick.
    assert exam_verdict(NOT_FOUND, chosen=True, topicless=True) == ANSWERED
    assert exam_verdict(ANSWERED, chosen=False, none_supported=True) == UNCERTAIN


def test_the_json_verdict_is_the_one_shown(bot: QABot) -> None:
    cases = [
        # the document lists all three as sub-sectors of the environment (issue #11 point 8)
        (
            "ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม",
            ["การจัดการทรัพยากรน้ำ", "สิ่งแวดล้อมศึกษา", "การเปลี่ยนแปลงสภาพภูมิอากาศ", "ถูกทุกข้อ"],
        ),
        # a stem the document does not cover
        ("ข้อใดคือเมืองหลวงของญี่ปุ่น", ["โตเกียว", "สิงคโปร์", "ปักกิ่ง", "โซล"]),
        # a topicless claim stem: the document writes AUN as the universities' network
        ("ข้อใดถูกต้อง", ["AUN เป็นเครือข่ายมหาวิทยาลัยอาเซียน", "AUN เป็นเครือข่ายโรงพยาบาล"]),
        ("Which city hosted the 31st ASEAN Summit?", ["Manila", "Hanoi", "Bangkok", "Vientiane"]),
    ]
    for stem, choices in cases:
        answer = bot.ask(stem, choices=choices)
        assert answer.choice is not None
        shown = shown_verdict(answer, content_free(answer.question))
        assert answer.to_dict()["verdict"] == shown
        if answer.choice.confidence == "unsure":
            assert answer.verdict == UNCERTAIN
    # A pick the documents leave tied or undecided under a stem they answer: shown as answered
    # (covered, the pick undecided), as the JSON says.
    stem, choices = cases[0]
    answer = bot.ask(stem, choices=choices)
    assert answer.choice is not None and answer.verdict == ANSWERED
    for tied in ((), (0,)):
        choice = dataclasses.replace(answer.choice, decided=False, tied=tied)
        undecided = dataclasses.replace(answer, choice=choice)
        assert undecided.to_dict()["verdict"] == shown_verdict(undecided) == ANSWERED


def test_the_scoring_handed_back_is_the_one_the_pick_came_from(bot: QABot) -> None:
    """pipeline.ask's scored list (bench/exam_cv.py replays verdict settings on it) gets the
    exam's one Scoring, and exam.verdict on it gives the same pick; a plain question adds none."""
    from qa_bot import pipeline
    from qa_bot.exam import verdict

    # the document lists all three as sub-sectors of the environment (issue #11 point 8)
    choices = ["การจัดการทรัพยากรน้ำ", "สิ่งแวดล้อมศึกษา", "การเปลี่ยนแปลงสภาพภูมิอากาศ", "ถูกทุกข้อ"]
    scored: list = []
    answer = pipeline.ask(
        bot.index,
        "ข้อใดเป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม",
        choices=choices,
        config=bot.config,
        scored=scored,
    )
    assert len(scored) == 1 and answer.choice is not None
    assert list(scored[0].choices) == choices
    replayed = verdict(bot.index, scored[0], bot.config.exam)
    assert (replayed.index, replayed.decided) == (answer.choice.index, answer.choice.decided)
    assert replayed.index == 3  # ถูกทุกข้อ
    pipeline.ask(bot.index, "AUN คืออะไร", config=bot.config, scored=scored)
    assert len(scored) == 1


def test_the_bench_grid_reuses_a_verdict_only_where_it_is_the_same(monkeypatch) -> None:
    """bench/exam_cv.py's grid_verdicts computes a verdict once per distinct value of the
    settings it read, and reuses it for the combinations that agree on those: every combination
    must get what a verdict under its own config gives, whichever settings a scoring reads."""
    import importlib.util
    from itertools import product

    import qa_bot.exam
    from qa_bot.config import DEFAULT

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("bench_exam_cv", ROOT / "bench" / "exam_cv.py")
    assert spec is not None and spec.loader is not None
    exam_cv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(exam_cv)

    def verdict(index: object, scoring: str, config: object) -> tuple:
        """Reads no setting, one, one only sometimes, or two (as exam.verdict does by stem)."""
        if scoring == "plain":
            return ()
        if scoring == "negative":
            return (config.odd_sector_margin > 0.2,)
        if scoring == "said against" and config.all_supported_share > 0.4:
            return (config.contradicted_share,)
        return (config.all_supported_share, config.odd_sector_margin)

    monkeypatch.setattr(qa_bot.exam, "verdict", verdict)
    scorings = ["plain", "negative", "said against", "all of the above"]
    settings = [
        dict(zip(exam_cv.GRIDS, values, strict=True)) for values in product(*exam_cv.GRIDS.values())
    ]
    picks = exam_cv.grid_verdicts(None, scorings, DEFAULT.exam, settings)
    for setting, row in zip(settings, picks, strict=True):
        config = dataclasses.replace(DEFAULT.exam, **setting)
        assert row == [verdict(None, scoring, config) for scoring in scorings]
    assert {row[1] for row in picks} == {(True,), (False,)}
