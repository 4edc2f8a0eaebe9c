"""eval/check_sets.py's cross-language checks: a `twin` names the original question asked in the
other language, with the same answer (gold section, evidence, kind, answer index)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_sets", ROOT / "eval" / "check_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_sets = _load()
EVIDENCE = "กรอบความร่วมมือภายใต้เสาประชาคมสังคมและวัฒนธรรมอาเซียน ประกอบด้วย 15 สาขา"


def _item(item_id: str, lang: str, kind: str, **extra: Any) -> dict[str, Any]:
    record = {
        "id": item_id,
        "question": "q",
        "lang": lang,
        "kind": kind,
        "gold_section": 0,
        "evidence": [EVIDENCE],
    }
    return record | extra


def _problems(*items: dict[str, Any], complete: frozenset[str] = frozenset()) -> list[str]:
    table = {item["id"]: (f"f:{n}", item) for n, item in enumerate(items, start=1)}
    return check_sets.check_twins(table, set(complete))


def test_a_thai_question_and_its_english_twin_pass() -> None:
    thai = _item("a", "th", "free")
    assert _problems(thai, _item("ta", "en", "english", twin="a")) == []
    assert _problems(_item("b", "mixed", "english"), _item("tb", "th", "free", twin="b")) == []


@pytest.mark.parametrize(
    ("twin", "expected"),
    [
        (_item("ta", "en", "english", twin="zz"), "not an id of the given files"),
        (_item("ta", "th", "free", twin="a"), "same language"),
        (_item("ta", "en", "kiosk", twin="a"), "does not fit"),
        (_item("ta", "en", "english", twin="a", gold_section=3), "gold_section differs"),
        (_item("ta", "en", "english", twin="a", evidence=[EVIDENCE[:-1]]), "evidence differs"),
    ],
)
def test_a_twin_that_does_not_ask_the_same_in_the_other_language_fails(
    twin: dict[str, Any], expected: str
) -> None:
    problems = _problems(_item("a", "th", "free"), twin)
    assert len(problems) == 1 and expected in problems[0], problems
    assert problems[0].startswith("f:2: ")


def test_a_twin_of_a_twin_fails() -> None:
    problems = _problems(
        _item("a", "th", "free"),
        _item("ta", "en", "english", twin="a"),
        _item("tta", "th", "free", twin="ta"),
    )
    assert problems == ["f:3: twin 'ta' has a twin of its own (link twins to the original)"]


def test_exam_twins_keep_the_answer() -> None:
    choices = ["w", "x", "y", "z"]
    exam = _item("e", "th", "mcq", choices=["ก", "ข", "ค", "ง"], answer_index=2)
    same = _item("te", "en", "mcq", choices=choices, answer_index=2, twin="e")
    assert _problems(exam, same) == []
    moved = _item("te", "en", "mcq", choices=choices, answer_index=1, twin="e")
    assert _problems(exam, moved) == ["f:2: answer_index differs from twin 'e''s"]


def test_complete_twins_names_each_item_asked_in_one_language_only() -> None:
    items = (
        _item("a", "th", "free"),
        _item("ta", "en", "english", twin="a"),
        _item("b", "th", "free"),
        _item("c", "en", "english"),
        _item("d", "th", "kiosk"),
    )
    assert _problems(*items) == []
    problems = _problems(*items, complete=frozenset({"free", "english"}))
    assert problems == [
        "f:3: free item 'b' has no twin in the other language",
        "f:4: english item 'c' has no twin in the other language",
    ]


def test_the_command_line_reports_a_broken_twin(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "set.jsonl"
    rows = [_item("a", "th", "free"), _item("ta", "th", "free", twin="a")]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert check_sets.main([str(path)]) == 1
    assert f"{path}:2: twin 'a' is in the same language ('th')" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        check_sets.main(["--complete-twins", "nonsense", str(path)])
    assert stopped.value.code == 2


def _item_problems(item: dict[str, Any]) -> list[str]:
    text = check_sets.default_corpus().read_text(encoding="utf-8")
    return check_sets.check_item(item, text, check_sets.section_spans(text))


def _out_of_scope(**extra: Any) -> dict[str, Any]:
    return _item("o", "th", "out_of_scope", gold_section=None, evidence=[]) | extra


def test_an_out_of_scope_exam_has_four_choices_and_no_answer() -> None:
    choices = ["จาการ์ตา", "เวียงจันทน์", "มะนิลา", "ฮานอย"]
    assert _item_problems(_out_of_scope(choices=choices, answer_index=None)) == []
    assert _item_problems(_out_of_scope(choices=choices, answer_index=1)) == [
        "an out_of_scope exam must have answer_index null"
    ]
    assert _item_problems(_out_of_scope(choices=choices[:3], answer_index=None)) == [
        "mcq item needs choices: list of 4 non-empty strings"
    ]
    # choices stay an exam's field: a free question may not carry them
    assert _item_problems(_item("f", "th", "free", choices=choices)) == [
        "choices/answer_index are only allowed on mcq and out_of_scope items"
    ]
