"""`qa-bot ask -` without --json answers each line as `qa-bot ask QUESTION` does (FRESH16a K6:
it printed JSON all the same); --json keeps the JSON lines."""

from __future__ import annotations

import io
import json

import pytest

from qa_bot import QABot, cli
from qa_bot.cli import questions

LINES = [
    "AQRF คืออะไร",
    "",
    '{"question": "ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน", '
    '"choices": ["ก. การให้ทุนการศึกษา", "ข. การลดปริมาณขยะทะเล"]}',
    '{"question": 5}',
    "สวัสดีครับ",
]


def _run(bot: QABot, readable: bool) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO("\n".join(LINES) + "\n")
    code = questions.run_batch(bot, stdin, out, k=1, stderr=err, readable=readable)
    return code, out.getvalue(), err.getvalue()


def test_the_readable_batch_prints_each_answer_in_order(bot: QABot) -> None:
    code, out, err = _run(bot, readable=True)
    assert code == 0 and err.startswith("qa-bot: 1 จาก 4 บรรทัดถูกปฏิเสธ")
    parts = out.split(questions.READABLE_SEPARATOR)
    assert len(parts) == 4  # the blank line is skipped
    first, exam, refused, greeting = parts
    assert first.startswith("คำถาม / Question: AQRF คืออะไร\nคำตอบจากเอกสาร\n")
    # The document: "อาเซียนได้จัดทำกรอบคุณวุฒิอ้างอิงอาเซียน (ASEAN Qualifications Reference
    # Framework: AQRF)", marked as the answer.
    assert "»นอกจากนี้ อาเซียนได้จัดทำกรอบคุณวุฒิอ้างอิงอาเซียน" in first
    assert "► ข. การลดปริมาณขยะทะเล  score" in exam  # named by the labels typed
    assert refused.startswith('คำถาม / Question: {"question": 5}\nqa-bot: ')
    assert "the object needs a 'question' string" in refused
    assert greeting.startswith("สวัสดี — ") and "Hello" in greeting
    assert "{" not in first and "Traceback" not in out


def test_json_keeps_one_json_object_a_line(bot: QABot) -> None:
    code, out, _ = _run(bot, readable=False)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 4
    assert records[0]["verdict"] == "answered" and "error" in records[2]


@pytest.mark.parametrize(("flags", "as_json"), [((), False), (("--json",), True)])
def test_the_command_reads_json_only_with_the_flag(
    bot: QABot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    flags: tuple[str, ...],
    as_json: bool,
) -> None:
    monkeypatch.setattr(questions, "_load_bot", lambda args: bot)
    stdin = io.TextIOWrapper(io.BytesIO("AQRF คืออะไร\n".encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    assert cli.main(["ask", *flags, "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{") == as_json
    assert ("คำตอบจากเอกสาร" in out) != as_json
