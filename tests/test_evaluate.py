"""`qa-bot eval`: every metric on hand-made answers, computed by hand; bad files; the command."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from qa_bot import evaluate as ev
from qa_bot.cli import main
from qa_bot.corpus.model import Document, Section
from qa_bot.evaluate import (
    EvalFileError,
    EvalItem,
    check_items,
    read_items,
    report,
    score_item,
    sentence_covers_evidence,
    summarize,
)
from qa_bot.types import Answer, Choice, Hit

from .conftest import SHARED_DEV

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR, INDEX_DIR = ROOT / "corpus", ROOT / "index"

# A tiny document with known offsets:
#   "Alpha beta gamma." [0, 17)   "Delta epsilon zeta." [18, 37)
#   "Eta theta iota."   [38, 53)  "Kappa lambda mu."    [54, 70)
SOURCE = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu."
DOC = "doc.txt"

QUESTIONS = [
    {
        "id": "q1",
        "question": "beta?",
        "kind": "free",
        "gold_section": 1,
        "evidence": ["beta gamma"],
    },
    {
        "id": "q2",
        "question": "theta?",
        "kind": "free",
        "gold_section": 2,
        "evidence": ["theta iota"],
    },
    {
        "id": "q3",
        "question": "which lambda?",
        "kind": "mcq",
        "gold_section": 3,
        "evidence": ["lambda mu"],
        "choices": ["one", "two", "three"],
        "answer_index": 2,
    },
    {
        "id": "q4",
        "question": "epsilon?",
        "kind": "multi",
        "gold_section": [1, 2],
        "evidence": ["epsilon"],
    },
    {
        "id": "q5",
        "question": "weather?",
        "kind": "out_of_scope",
        "gold_section": None,
        "evidence": [],
    },
    {
        "id": "q6",
        "question": "gold price?",
        "kind": "out_of_scope",
        "gold_section": None,
        "evidence": [],
    },
]


def passage_hit(
    rank: int, section_id: int, text: str, answer: tuple[int, int] | None = None
) -> Hit:
    start = SOURCE.index(text)
    a, b = answer or (start, start + len(text))
    return Hit(
        rank=rank,
        score=1.0 - rank / 10,
        section_id=section_id,
        section_label=f"s{section_id}",
        section_label_en="",
        document=DOC,
        document_title="Doc",
        text=text,
        start=start,
        end=start + len(text),
        answer_sentence=SOURCE[a:b],
        answer_start=a,
        answer_end=b,
    )


ALPHA, DELTA, ETA, KAPPA = (
    "Alpha beta gamma.",
    "Delta epsilon zeta.",
    "Eta theta iota.",
    "Kappa lambda mu.",
)


def hand_made_answers() -> dict[str, Answer]:
    choice = Choice(index=2, letter="ค", scores=[0.1, 0.2, 0.9], evidence=[None, None, None])
    return {
        # Right section, evidence and sentence at rank 1.
        "q1": Answer("q1", True, [passage_hit(1, 1, ALPHA), passage_hit(2, 2, ETA)], 10.0),
        # Gold section and evidence only at rank 3; refused.
        "q2": Answer(
            "q2",
            False,
            [passage_hit(1, 3, KAPPA), passage_hit(2, 1, ALPHA), passage_hit(3, 2, ETA)],
            20.0,
        ),
        # Sentence [54, 65) covers 5 of the 9 characters of "lambda mu" [60, 69): at least half.
        "q3": Answer("q3", True, [passage_hit(1, 3, KAPPA, (54, 65))], 30.0, choice=choice),
        # Sentence [18, 27) covers 3 of the 7 characters of "epsilon" [24, 31): less than half.
        "q4": Answer("q4", True, [passage_hit(1, 2, DELTA, (18, 27))], 40.0),
        "q5": Answer("q5", False, [passage_hit(1, 1, ALPHA)], 50.0),  # refused: right
        "q6": Answer("q6", True, [], 60.0),  # answered: wrong
    }


@pytest.fixture()
def question_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(q) for q in QUESTIONS) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def results(question_file: Path) -> list[ev.ItemResult]:
    answers = hand_made_answers()
    sources = {DOC: SOURCE}
    return [
        score_item(item, answers[item.id], sources.__getitem__)
        for item in read_items(question_file)
    ]


def test_the_file_reads_as_written(question_file: Path) -> None:
    items = read_items(question_file)
    assert [i.id for i in items] == ["q1", "q2", "q3", "q4", "q5", "q6"]
    assert [i.line for i in items] == [1, 2, 3, 4, 5, 6]
    assert items[3].gold_sections == frozenset({1, 2})
    assert items[2].choices == ("one", "two", "three") and items[2].answer_index == 2
    assert [i.in_scope for i in items] == [True, True, True, True, False, False]


def test_overall_metrics_computed_by_hand(results: list[ev.ItemResult]) -> None:
    overall = summarize(results)
    assert overall["items"] == 6 and overall["in_scope"] == 4 and overall["out_of_scope"] == 2
    assert overall["section@1"] == pytest.approx(3 / 4)  # q1, q3, q4 (q4: 2 is one of [1, 2])
    assert overall["evidence@1"] == pytest.approx(3 / 4)  # q1, q3, q4
    assert overall["evidence@3"] == pytest.approx(4 / 4)  # q2's evidence is at rank 3
    assert overall["mrr_section"] == pytest.approx((1 + 1 / 3 + 1 + 1) / 4, abs=1e-4)
    assert overall["sentence@1"] == pytest.approx(2 / 4)  # q1 whole, q3 5/9; not q2, q4 3/7
    assert overall["exam_items"] == 1 and overall["exam_accuracy"] == pytest.approx(1.0)
    assert overall["oos_refusal"] == pytest.approx(1 / 2)  # q5 refused, q6 answered
    assert overall["false_refusal"] == pytest.approx(1 / 4)  # q2
    # Latencies 10..60: p50 halfway between 30 and 40; p95 at position 4.75 of 0..5.
    assert overall["latency_p50_ms"] == pytest.approx(35.0)
    assert overall["latency_p95_ms"] == pytest.approx(50 + 0.75 * 10)


def test_metrics_by_kind_computed_by_hand(results: list[ev.ItemResult]) -> None:
    by_kind = report(results)["by_kind"]
    assert list(by_kind) == ["free", "mcq", "multi", "out_of_scope"]
    free = by_kind["free"]
    assert free["section@1"] == pytest.approx(1 / 2)
    assert free["evidence@1"] == pytest.approx(1 / 2)
    assert free["evidence@3"] == pytest.approx(1.0)
    assert free["mrr_section"] == pytest.approx((1 + 1 / 3) / 2, abs=1e-4)
    assert free["sentence@1"] == pytest.approx(1 / 2)
    assert free["false_refusal"] == pytest.approx(1 / 2)
    assert free["exam_accuracy"] is None and free["oos_refusal"] is None
    assert free["latency_p50_ms"] == pytest.approx(15.0)
    assert free["latency_p95_ms"] == pytest.approx(10 + 0.95 * 10)
    assert by_kind["mcq"]["exam_accuracy"] == pytest.approx(1.0)
    assert by_kind["mcq"]["sentence@1"] == pytest.approx(1.0)
    assert by_kind["multi"]["section@1"] == pytest.approx(1.0)
    assert by_kind["multi"]["sentence@1"] == pytest.approx(0.0)
    oos = by_kind["out_of_scope"]
    assert oos["oos_refusal"] == pytest.approx(1 / 2)
    assert oos["section@1"] is None and oos["false_refusal"] is None


def test_wrong_choice_and_abstention_count_against_exam_accuracy(question_file: Path) -> None:
    item = read_items(question_file)[2]
    base = hand_made_answers()["q3"]
    outcomes = []
    for index in (2, 0, None):
        choice = Choice(index=index, letter=None, scores=[0.0] * 3, evidence=[None] * 3)
        answer = Answer(base.question, True, base.hits, 1.0, choice=choice)
        outcomes.append(score_item(item, answer, {DOC: SOURCE}.__getitem__).exam_correct)
    assert outcomes == [True, False, False]


def test_exam_accuracy_is_null_when_no_choice_was_made(question_file: Path) -> None:
    """Asked without exam mode, an exam item has no Choice: no accuracy, not zero."""
    item = read_items(question_file)[2]
    answer = Answer("q3", True, hand_made_answers()["q3"].hits, 1.0, choice=None)
    result = score_item(item, answer, {DOC: SOURCE}.__getitem__)
    assert result.exam_correct is None
    assert summarize([result])["exam_accuracy"] is None
    assert summarize([result])["section@1"] == pytest.approx(1.0)


def test_mrr_is_zero_when_no_hit_is_in_a_gold_section(question_file: Path) -> None:
    item = read_items(question_file)[0]
    answer = Answer("q1", True, [passage_hit(1, 3, KAPPA), passage_hit(2, 2, ETA)], 1.0)
    result = score_item(item, answer, {DOC: SOURCE}.__getitem__)
    assert result.reciprocal_rank == 0.0
    assert not result.section_at_1 and not result.evidence_at_3


def test_sentence_cover_counts_every_occurrence_of_the_evidence() -> None:
    source = "xx evidence yy ... evidence zz"
    item = EvalItem("e", "q", "free", frozenset({1}), ("evidence",))
    second = source.rindex("evidence")
    hit = Hit(1, 1.0, 1, "", "", DOC, "", source, 0, len(source), "", second, second + 4, 0)
    assert sentence_covers_evidence(hit, item, source)  # 4 of 8 characters: exactly half
    short = Hit(1, 1.0, 1, "", "", DOC, "", source, 0, len(source), "", second, second + 3, 0)
    assert not sentence_covers_evidence(short, item, source)


BAD_LINES = [
    ("{not json", "invalid JSON"),
    ('["a list"]', "not a JSON object"),
    ('{"gold_section": 1, "evidence": ["x"]}', "'question' must be a string"),
    ('{"question": "   ", "gold_section": 1, "evidence": ["x"]}', "'question'"),
    ('{"question": "q", "evidence": ["x"]}', "missing 'gold_section'"),
    ('{"question": "q", "gold_section": "1", "evidence": ["x"]}', "'gold_section' must be"),
    ('{"question": "q", "gold_section": [], "evidence": ["x"]}', "'gold_section' must be"),
    ('{"question": "q", "gold_section": true, "evidence": ["x"]}', "'gold_section' must be"),
    ('{"question": "q", "gold_section": 1, "evidence": []}', "needs at least one 'evidence'"),
    ('{"question": "q", "gold_section": 1, "evidence": "x"}', "'evidence' must be a list"),
    ('{"question": "q", "gold_section": null, "evidence": ["x"]}', "must have no 'evidence'"),
    ('{"question": "q", "kind": "out_of_scope", "gold_section": 2, "evidence": ["x"]}', "null"),
    ('{"question": "q", "kind": 3, "gold_section": 1, "evidence": ["x"]}', "'kind'"),
    (
        '{"question": "q", "gold_section": 1, "evidence": ["x"], "choices": ["a", "b"], '
        '"answer_index": 2}',
        "'answer_index' must be an int from 0 to 1",
    ),
    (
        '{"question": "q", "gold_section": 1, "evidence": ["x"], "choices": ["a"], '
        '"answer_index": 0}',
        "at least two",
    ),
    ('{"question": "q", "gold_section": 1, "evidence": ["x"], "answer_index": 0}', "without"),
    ('{"id": "d001", "question": "q", "gold_section": 1, "evidence": ["x"]}', "duplicate 'id'"),
]


@pytest.mark.parametrize(("bad_line", "problem"), BAD_LINES)
def test_a_bad_line_is_named_with_its_problem(tmp_path: Path, bad_line: str, problem: str) -> None:
    good = '{"id": "d001", "question": "AQRF?", "gold_section": 1, "evidence": ["AQRF"]}'
    path = tmp_path / "bad.jsonl"
    # A blank line before the bad one: line numbers are lines of the file, not items.
    path.write_text(f"{good}\n\n{bad_line}\n{good.replace('d001', 'd009')}\n", encoding="utf-8")
    with pytest.raises(EvalFileError) as caught:
        read_items(path)
    assert "line 3: " in caught.value.message_en
    assert problem in caught.value.message_en
    assert "บรรทัด 3" in caught.value.message_th


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "has no questions"), (b"\n  \n", "has no questions"), (b"\xff\xfe{", "not UTF-8")],
)
def test_an_empty_or_undecodable_file_is_refused(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "q.jsonl"
    path.write_bytes(content)
    with pytest.raises(EvalFileError, match=problem):
        read_items(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EvalFileError, match="cannot read"):
        read_items(tmp_path / "nope.jsonl")


def test_a_line_separator_inside_a_string_is_not_a_new_line(tmp_path: Path) -> None:
    record = {"question": "a\u2028b", "gold_section": None, "kind": "out_of_scope"}
    path = tmp_path / "q.jsonl"
    path.write_text("\ufeff" + json.dumps(record, ensure_ascii=False) + "\r\n", encoding="utf-8")
    (item,) = read_items(path)
    assert item.question == "a\u2028b" and item.kind == "out_of_scope" and item.line == 1


def test_items_are_checked_against_the_documents(question_file: Path) -> None:
    sections = tuple(Section(DOC, i, f"s{i}", "", 0, len(SOURCE)) for i in range(4))
    document = Document(DOC, "Doc", SOURCE, "0" * 64, sections)
    items = read_items(question_file)
    check_items(items, [document], question_file)  # all evidence and sections exist
    lost = EvalItem("x", "q", "free", frozenset({1}), ("not in the text",), line=7)
    with pytest.raises(EvalFileError, match="line 7: evidence not found"):
        check_items([lost], [document], question_file)
    beyond = EvalItem("y", "q", "free", frozenset({9}), ("beta",), line=8)
    with pytest.raises(EvalFileError, match=r"line 8: 'gold_section' \[9\]"):
        check_items([beyond], [document], question_file)


class RecordingBot:
    """Stands in for QABot: answers from the hand-made set, records how it was asked."""

    def __init__(self) -> None:
        document = Document(DOC, "Doc", SOURCE, "0" * 64, ())
        self.index = SimpleNamespace(documents=[document])
        self.calls: list[tuple[str, list[str] | None]] = []
        self.answers = {q["question"]: hand_made_answers()[q["id"]] for q in QUESTIONS}

    def ask(self, question: str, k: int = 5, choices: list[str] | None = None) -> Answer:
        self.calls.append((question, choices))
        answer = self.answers[question]
        return answer if choices else Answer(answer.question, answer.answerable, answer.hits, 1.0)


@pytest.mark.parametrize("exam", [True, False])
def test_run_items_passes_choices_only_in_exam_mode(question_file: Path, exam: bool) -> None:
    bot = RecordingBot()
    results = ev.run_items(bot, read_items(question_file), exam=exam)
    asked_with_choices = [q for q, choices in bot.calls if choices]
    assert asked_with_choices == (["which lambda?"] if exam else [])
    assert len(bot.calls) == len(QUESTIONS) + 1  # one untimed warm-up question
    accuracy = summarize(results)["exam_accuracy"]
    assert accuracy == (pytest.approx(1.0) if exam else None)


# --- the command, on the real index --------------------------------------------------------


@pytest.fixture(scope="module")
def small_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few real questions of each kind from the shared dev set."""
    records = [json.loads(line) for line in SHARED_DEV.read_text(encoding="utf-8").splitlines()]
    chosen: dict[str, list[dict]] = {}
    for record in records:
        if len(chosen.setdefault(record["kind"], [])) < 2:
            chosen[record["kind"]].append(record)
    path = tmp_path_factory.mktemp("eval") / "small.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for group in chosen.values() for r in group]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_cli(*args: str) -> list[str]:
    return ["eval", *args, "--index", str(INDEX_DIR), "--corpus", str(CORPUS_DIR)]


def test_eval_json_agrees_with_its_items(small_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(run_cli(str(small_file), "--json", "--k", "3")) == 0
    result = json.loads(capsys.readouterr().out)
    items = result["items"]
    assert result["k"] == 3 and len(items) == result["overall"]["items"] == 12
    in_scope = [i for i in items if i["gold_section"] is not None]
    for metric in ("section@1", "evidence@1", "evidence@3", "sentence@1"):
        expected = sum(i[metric] for i in in_scope) / len(in_scope)
        assert result["overall"][metric] == pytest.approx(expected, abs=1e-4)
    expected_mrr = sum(i["reciprocal_rank"] for i in in_scope) / len(in_scope)
    assert result["overall"]["mrr_section"] == pytest.approx(expected_mrr, abs=1e-3)
    oos = [i for i in items if i["gold_section"] is None]
    refused = sum(not i["answerable"] for i in oos) / len(oos)
    assert result["by_kind"]["out_of_scope"]["oos_refusal"] == pytest.approx(refused, abs=1e-4)
    assert set(result["by_kind"]) == {"free", "mcq", "english", "kiosk", "multi", "out_of_scope"}
    assert 0 < result["overall"]["latency_p50_ms"] <= result["overall"]["latency_p95_ms"]
    exam_items = [i for i in items if i["has_choices"]]
    assert all(i["chosen"] is not None or i["exam_correct"] is False for i in exam_items)
    assert result["by_kind"]["mcq"]["exam_accuracy"] is not None


def test_eval_prints_a_table(small_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(run_cli(str(small_file))) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[1].split()
    assert header == ["overall", "free", "mcq", "english", "kiosk", "multi", "out_of_scope"]
    for label in ("section@1", "evidence@3", "MRR (section)", "sentence@1", "exam accuracy"):
        assert any(line.startswith(label) for line in out.splitlines())
    questions_row = next(line for line in out.splitlines() if line.startswith("questions"))
    assert questions_row.split()[1:] == ["12", "2", "2", "2", "2", "2", "2"]


def test_eval_of_a_malformed_file_exits_2_naming_the_line(
    tmp_path: Path, small_file: Path, capsys: pytest.CaptureFixture
) -> None:
    lines = small_file.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace('"gold_section"', '"gold_sektion"')
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(run_cli(str(path))) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "line 5: missing 'gold_section'" in captured.err
    assert "บรรทัด 5" in captured.err


def test_eval_of_evidence_not_in_the_corpus_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "other.jsonl"
    record = {"question": "ใครชนะ", "gold_section": 1, "evidence": ["ข้อความที่ไม่มีในเอกสาร"]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(run_cli(str(path))) == 2
    assert "line 1: evidence not found" in capsys.readouterr().err


def test_eval_of_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(run_cli(str(tmp_path / "absent.jsonl"))) == 2
    assert "cannot read" in capsys.readouterr().err


def _check_sets(names: tuple[str, ...], *options: str) -> str:
    """Run eval/check_sets.py on eval/NAME.jsonl for each name plus the shared dev set; its
    stdout, after asserting it found no problem."""
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "eval" / "check_sets.py"),
            *options,
            *(str(ROOT / "eval" / f"{name}.jsonl") for name in names),
            str(SHARED_DEV),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_our_question_sets_are_valid_together() -> None:
    """Evidence in the gold section, valid kinds and choices, ids unique across the files, and
    every question asked in both languages (twins linked to the original)."""
    names = ("extra", "exam", "exam_more", "dev2", "twins", "blind")
    out = _check_sets(names, "--complete-twins", "free,english,kiosk,multi,out_of_scope,mcq")
    assert out.startswith("OK: ") and "in 7 file(s)" in out


def test_the_fresh_set_is_valid_beside_the_others() -> None:
    """eval/fresh.jsonl (written blind, no twins yet): evidence in the gold section, valid kinds
    and choices, and ids unique across all our sets."""
    names = ("extra", "exam", "exam_more", "dev2", "twins", "blind", "fresh")
    out = _check_sets(names)
    assert out.startswith("OK: ") and "in 8 file(s)" in out


def test_the_everyday_set_is_valid_beside_the_others() -> None:
    """eval/everyday.jsonl (written blind in everyday words, no twins): evidence in the gold
    section, valid kinds and choices, ids unique across the sets pooled in cross-validation."""
    names = ("extra", "exam", "exam_more", "dev2", "twins", "blind", "fresh", "everyday")
    out = _check_sets(names)
    assert out.startswith("OK: ") and "in 9 file(s)" in out


def test_the_heldout_sets_are_valid_beside_the_others() -> None:
    """eval/heldout.jsonl and heldout2–7.jsonl (written blind, held out of every fit, no twins):
    evidence in the gold section, valid kinds and choices, and ids unique across all our sets."""
    names = (
        *("extra", "exam", "exam_more", "dev2", "twins", "blind", "fresh", "everyday", "topics"),
        *("kinds", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"),
        *("heldout7", "english", "exam2", "details", "tester"),
    )
    out = _check_sets(names)
    assert out.startswith("OK: ") and "in 22 file(s)" in out


def test_an_out_of_scope_exam_is_no_exam_to_score(tmp_path: Path) -> None:
    """An exam whose answer the documents do not give (gold_section null, answer_index null):
    read, but not counted by exam accuracy — its right outcome is no pick, and a decided pick
    is an out-of-scope question answered (evaluate.cv's verdict measures)."""
    record = {
        "id": "o1",
        "question": "ข้อใดคือเมืองหลวงของญี่ปุ่น",
        "kind": "out_of_scope",
        "gold_section": None,
        "evidence": [],
        "choices": ["โตเกียว", "โอซากา", "เกียวโต", "นาโกย่า"],
        "answer_index": None,
    }
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (item,) = read_items(path)
    assert item.choices[0] == "โตเกียว" and item.answer_index is None
    assert not item.is_exam and not item.in_scope
    choice = Choice(index=0, letter="ก", scores=[0.9, 0.1, 0.1, 0.1], evidence=[None] * 4)
    answer = Answer(item.question, True, [], 5.0, choice=choice)
    assert score_item(item, answer, {}.__getitem__).exam_correct is None
    # An answerable exam still needs its right choice.
    path.write_text(
        json.dumps(record | {"kind": "mcq", "gold_section": 1, "evidence": ["AQRF"]}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(EvalFileError, match="answer_index"):
        read_items(path)
