"""The one request validator (k, sections, choices) and the four ways in that share it: the CLI,
the batch, the page's exam box and the /ask handler must read the same input the same way."""

from __future__ import annotations

import dataclasses
import io
import json
import math
from types import SimpleNamespace
from typing import Any

import pytest

from qa_bot import QABot, cli
from qa_bot.cli import common, questions
from qa_bot.cli.index import _built_message
from qa_bot.errors import QuestionError
from qa_bot.request import (
    MAX_BATCH_LINE_CHARS,
    MAX_K,
    clamp_k,
    error_record,
    known_sections,
    parse_choices,
    parse_request,
    parse_sections,
)
from qa_bot.store.manifest import read_manifest
from qa_bot.types import Answer, Hit

from .conftest import INDEX_DIR

STEM = "ข้อใดเป็นความร่วมมือของอาเซียน"


@pytest.mark.parametrize(
    ("k", "upper", "expected"),
    [(1, MAX_K, 1), (2.7, MAX_K, 2), (500, MAX_K, 50), (7, 5, 5), (3.0, 10, 3)],
)
def test_k_is_capped(k: Any, upper: int, expected: int) -> None:
    assert clamp_k(k, upper) == expected


@pytest.mark.parametrize("k", [0, -3, 0.5, -1.0])
def test_k_below_one_is_a_message(k: Any) -> None:
    # README, Limits: "a `k` below 1 (`--k 0`, `--k -3`) ... is a message".
    with pytest.raises(QuestionError) as caught:
        clamp_k(k)
    assert "k must be at least 1" in caught.value.message_en
    assert "อย่างน้อย 1" in caught.value.message_th


@pytest.mark.parametrize("k", [math.nan, math.inf, -math.inf, True, False, "3", None, [3]])
def test_k_that_is_not_a_number_is_a_message(k: Any) -> None:
    with pytest.raises(QuestionError) as caught:
        clamp_k(k)
    assert "k must be a number" in caught.value.message_en and "ตัวเลข" in caught.value.message_th


def test_sections_are_a_list_of_doc_ids_or_numbers() -> None:
    known = [("a.txt", 0), ("a.txt", 1), ("a.txt", 5), ("b.md", 0), ("b.md", 5)]
    assert parse_sections(None, known) is None and parse_sections([], known) is None
    assert parse_sections(["a.txt#1"], known) == [("a.txt", 1)]
    # A number, as an int or as digits, is that section of every document.
    assert parse_sections([5], known) == [("a.txt", 5), ("b.md", 5)]
    assert parse_sections([" 5 ", "b.md#0"], known) == [("a.txt", 5), ("b.md", 5), ("b.md", 0)]
    assert parse_sections(["๑"], known) == [("a.txt", 1)]  # Thai digits


@pytest.mark.parametrize(
    "sections",
    [5, "15", "²", "a.txt#1", ["15"], ["²"], [True], [1.0], ["a.txt#9"], [None], {"a.txt#1": 1}],
)
def test_sections_that_cannot_be_read_are_a_clear_message(sections: Any) -> None:
    known = [("a.txt", 0), ("a.txt", 1)]
    with pytest.raises(QuestionError) as caught:
        parse_sections(sections, known)
    error = caught.value
    assert "section" in error.message_en and "หมวด" in error.message_th
    assert len(error.message_en) < 200


def test_known_sections_of_the_bundled_index(bot: QABot) -> None:
    doc = bot.index.documents[0].doc_id
    assert known_sections(bot.index.documents) == [(doc, i) for i in range(9)]


# The page's box once turned "พ.ศ. 2558" into "ศ. 2558" and "2.5" into "5" (its own label regex).
CHOICE_CASES = [
    (
        ["พ.ศ. 2558", "พ.ศ. 2560", "ค.ศ. 2017", "ค.ศ. 2020"],
        ["พ.ศ. 2558", "พ.ศ. 2560", "ค.ศ. 2017", "ค.ศ. 2020"],
    ),
    (["2.5 ล้านคน", "1.5 ล้านคน", "10 ล้านคน"], ["2.5 ล้านคน", "1.5 ล้านคน", "10 ล้านคน"]),
    (
        ["ก. การศึกษา", "ข) แรงงาน", "(ค) สาธารณสุข", "ง. สิ่งแวดล้อม"],
        ["การศึกษา", "แรงงาน", "สาธารณสุข", "สิ่งแวดล้อม"],
    ),
    (["1. 2.5 ล้านคน", "2) 3.5 ล้านคน", "3. 600 ล้านคน"], ["2.5 ล้านคน", "3.5 ล้านคน", "600 ล้านคน"]),
    (
        ["A. AQRF", "B. ASEAN University Network", "C. ก.พ. 2560"],
        ["AQRF", "ASEAN University Network", "ก.พ. 2560"],
    ),
]


@pytest.mark.parametrize(("choices", "expected"), CHOICE_CASES)
def test_choices_parse_the_same_as_text_and_as_a_list(
    choices: list[str], expected: list[str]
) -> None:
    assert parse_choices(choices) == expected
    assert parse_choices("\n".join(choices)) == expected
    assert parse_choices("\n\n".join(choices) + "\n  \n") == expected


def test_choices_that_are_not_text_are_a_message() -> None:
    assert parse_choices(None) is None and parse_choices("") is None and parse_choices([]) is None
    assert parse_choices(" \n \n") is None
    for bad in (5, {"a": 1}, ["a", 3], [None, "b"]):
        with pytest.raises(QuestionError):
            parse_choices(bad)


class Spy:
    """The real bot, recording the choices each way in hands it."""

    def __init__(self, bot: QABot) -> None:
        self.bot, self.index, self.judged = bot, bot.index, []

    def ask(self, question: str, **kwargs: Any) -> Answer:
        answer = self.bot.ask(question, **kwargs)
        self.judged.append(answer.choice.choices if answer.choice else None)
        return answer


@pytest.mark.parametrize(("choices", "expected"), CHOICE_CASES)
def test_cli_batch_page_and_api_parse_choices_identically(
    bot: QABot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    choices: list[str],
    expected: list[str],
) -> None:
    from qa_bot.web.service import ChatService

    spy = Spy(bot)
    # the CLI
    monkeypatch.setattr(questions, "_load_bot", lambda args: spy)
    options = [part for choice in choices for part in ("--choice", choice)]
    assert cli.main(["ask", STEM, "--json", "--index", str(INDEX_DIR), *options]) == 0
    printed = json.loads(capsys.readouterr().out)["choice"]["choices"]
    # the batch
    line = json.dumps({"question": STEM, "choices": choices}, ensure_ascii=False)
    out = io.StringIO()
    questions.run_batch(spy, io.StringIO(line + "\n"), out, k=3)
    batched = json.loads(out.getvalue())["choice"]["choices"]
    # the page's exam box, and the /ask handler
    service = ChatService(spy)  # type: ignore[arg-type]
    service.reply(STEM, None, "\n".join(choices))
    api = service.ask(STEM, 3, None, choices)["choice"]["choices"]
    assert len(spy.judged) == 4 and all(j is not None for j in spy.judged)
    first = list(spy.judged[0])
    assert [list(j) for j in spy.judged] == [first] * 4
    assert printed == batched == api == first == expected


def test_batch_line_with_a_lone_cr_is_one_record(bot: QABot) -> None:
    out = io.StringIO()
    # newline="\n" as `qa-bot ask -` reads stdin: a CR inside a line does not end it.
    stdin = io.TextIOWrapper(
        io.BytesIO("AQRF\rคืออะไร\nADDMER\r\n".encode()), encoding="utf-8", newline="\n"
    )
    questions.run_batch(bot, stdin, out, k=1)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 2
    assert "AQRF" in records[0]["question"] and "คืออะไร" in records[0]["question"]
    assert records[1]["question"] == "ADDMER" and "error" not in records[1]


def test_an_over_long_batch_line_is_refused_without_echoing_it(bot: QABot) -> None:
    long_line = "ก" * (3 * MAX_BATCH_LINE_CHARS)
    stdin = io.StringIO(f"{long_line}\nAQRF\n{'x' * (MAX_BATCH_LINE_CHARS + 1)}")
    out = io.StringIO()
    questions.run_batch(bot, stdin, out, k=1)
    lines = out.getvalue().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 3
    assert set(records[0]) == {"question", "error"} and "too long" in records[0]["error"]
    assert len(lines[0]) < 400 and records[0]["question"].endswith("…")
    assert records[1]["hits"][0]["section_id"] == 1  # the next line is read whole
    assert "too long" in records[2]["error"] and len(lines[2]) < 400


@pytest.mark.parametrize("k", ["0", "-3"])
def test_cli_k_below_one_exits_2_with_a_message(k: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ask", "AQRF คืออะไร", "--json", "--k", k, "--index", str(INDEX_DIR)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "k must be at least 1" in captured.err and "อย่างน้อย 1" in captured.err


def test_api_k_below_one_is_an_error_record(bot: QABot) -> None:
    from qa_bot.web.service import ChatService

    record = ChatService(bot).ask("AQRF คืออะไร", 0, None, None)
    assert set(record) == {"question", "error"}
    assert "k must be at least 1" in record["error"] and "อย่างน้อย 1" in record["error"]


def test_cli_k_above_the_cap_gives_the_cap(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["ask", "ความร่วมมือ", "--json", "--k", "500", "--index", str(INDEX_DIR)]
    assert cli.main(args) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert 1 < len(hits) <= MAX_K


def test_cli_section_option_limits_the_search(
    bot: QABot, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["ask", "ความร่วมมือ", "--json", "--k", "3", "--index", str(INDEX_DIR)]
    assert cli.main([*args, "--section", "5"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and {h["section_id"] for h in hits} == {5}
    assert cli.main([*args, "--section", "²"]) == 2
    assert "unknown section" in capsys.readouterr().err


def test_counts_in_cli_messages_are_singular_for_one() -> None:
    assert (
        common.plural(1, "passage") == "1 passage" and common.plural(2, "passage") == "2 passages"
    )
    # The committed index's manifest (one document) as if it held one passage.
    manifest = dataclasses.replace(read_manifest(INDEX_DIR), passage_count=1)
    built = SimpleNamespace(
        manifest=manifest, build_stats={"encoded": 1, "reused": 0}, documents=[]
    )
    message = _built_message(built, "idx")
    assert "1 passage," in message and "1 document," in message and "passages" not in message
    assert "embedded 1 new text," in message and "texts" not in message


def test_error_record_is_the_contract() -> None:
    record = error_record("q", QuestionError("ไทย", "english"))
    assert record == {"question": "q", "error": "ไทย / english"}


def test_answer_contract_has_verdict_and_page() -> None:
    hit = Hit(1, 0.9, 1, "การศึกษา", "Education", "a.txt", "A", "xyz", 0, 3, "y", 1, 2)
    answer = Answer("q", True, [hit], 1.5)
    record = answer.to_dict()
    assert record["verdict"] == "answered" and record["answerable"] is True
    assert record["hits"][0]["page"] is None and record["hits"][0]["document_title"] == "A"
    assert Answer("q", False, [], 0.0).to_dict()["verdict"] == "not_found"
    assert Answer("q", True, [], 0.0, verdict="uncertain").answerable
    # A verdict given wins: answerable always follows it.
    assert Answer("q", False, [], 0.0, verdict="answered").answerable
    assert not Answer("q", True, [], 0.0, verdict="not_found").answerable
    with pytest.raises(ValueError):
        Answer("q", True, [], 0.0, verdict="maybe")


def test_the_bot_computes_the_verdict_once(bot: QABot) -> None:
    for question in ("AQRF คืออะไร", "ราคาทอง วันนี้"):
        answer = bot.ask(question)
        assert answer.verdict == ("answered" if answer.answerable else "not_found")
        assert answer.to_dict()["verdict"] == answer.verdict


def test_a_request_with_three_bad_values_hears_of_all_three(bot: QABot) -> None:
    # FRESH11 §8: /ask with a k that is no number, a section no document has and one choice
    # named only the section.
    from qa_bot.web.service import ChatService

    record = ChatService(bot).ask("AQRF คืออะไร", "many", ["99"], ["notalist"])  # type: ignore[arg-type]
    error = record["error"]
    assert "k must be a number" in error
    assert "99" in error  # the unknown section, named
    assert "only one choice: an exam needs at least 2 choices" in error
    assert "answerable" not in record
    # The batch reads a line the same way.
    line = json.dumps(
        {"question": "AQRF คืออะไร", "k": "many", "sections": ["99"], "choices": ["x"]}
    )
    out = io.StringIO()
    questions.run_batch(bot, io.StringIO(line + "\n"), out, k=3)
    assert json.loads(out.getvalue())["error"] == error
    # One bad value: its own message, unchanged.
    with pytest.raises(QuestionError) as caught:
        parse_request(0, None, None, known_sections(bot.index.documents))
    assert caught.value.message_en == "k must be at least 1 (how many passages; got 0)"
