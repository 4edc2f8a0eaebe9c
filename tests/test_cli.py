"""The qa-bot command end to end: a single question, the JSON-lines batch, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import CORPUS_DIR, INDEX_DIR, ROOT

HIT_KEYS = {
    "rank",
    "score",
    "section_id",
    "section_label",
    "section_label_en",
    "document",
    "text",
    "start",
    "end",
    "answer_sentence",
    "answer_start",
    "answer_end",
}


def qa_bot(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "qa_bot.cli", *args]
    return subprocess.run(command, input=stdin, capture_output=True, cwd=ROOT, timeout=120)


def test_ask_prints_a_readable_thai_answer() -> None:
    result = qa_bot("ask", "AQRF คืออะไร", "--k", "2")
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr.decode()
    assert "การศึกษา" in out and "Education" in out
    assert "»" in out and "«" in out  # the answer sentence is marked
    assert out.count("\n1. ") == 1 and "\n2. " in out and "\n3. " not in out


def test_ask_json_follows_the_contract(source_text: str) -> None:
    result = qa_bot("ask", "ADDMER", "--json", "--k", "3")
    record = json.loads(result.stdout)
    assert set(record) >= {"question", "answerable", "elapsed_ms", "hits", "choice"}
    assert record["choice"] is None and record["answerable"] is True
    assert len(record["hits"]) == 3
    for hit in record["hits"]:
        assert set(hit) >= HIT_KEYS
        assert source_text[hit["start"] : hit["end"]] == hit["text"]
        assert source_text[hit["answer_start"] : hit["answer_end"]] == hit["answer_sentence"]
    assert record["hits"][0]["section_id"] == 6


def test_batch_answers_each_line_in_order_and_survives_bad_lines() -> None:
    lines = [
        "ซิกา virus",
        json.dumps({"question": "AUN คืออะไร"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"question": 42}),
        "x" * 1500,
        "เครือข่ายเมืองอัจฉริยะอาเซียน",
    ]
    stdin = ("\n".join(lines) + "\n").encode("utf-8") + b"\xff\xfe bad utf-8\n"
    result = qa_bot("ask", "--json", "-", "--k", "1", stdin=stdin)
    # Ran to its end with lines answered: exit 0, and one stderr line sums up the refused ones.
    err = result.stderr.decode()
    assert result.returncode == 0 and "Traceback" not in err
    assert err.strip().splitlines()[-1] == (
        "qa-bot: 3 จาก 7 บรรทัดถูกปฏิเสธ / 3 of 7 lines were refused"
    )
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(records) == len(lines)  # the blank line gets no output line
    assert records[0]["hits"][0]["section_id"] == 5
    assert records[1]["hits"][0]["section_id"] == 1
    assert [("error" in r) for r in records] == [False, False, True, True, True, False, False]
    assert records[5]["hits"][0]["section_id"] == 8
    assert "\ufffd" in records[6]["question"]  # undecodable bytes replaced, not a crash


def test_empty_question_exits_2_with_a_message() -> None:
    result = qa_bot("ask", "   ")
    assert result.returncode == 2
    assert "กรุณาพิมพ์คำถาม" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_missing_index_exits_1_and_says_to_build(tmp_path: Path) -> None:
    result = qa_bot("ask", "AQRF", "--index", str(tmp_path / "none"))
    err = result.stderr.decode()
    assert result.returncode == 1 and "qa-bot build" in err and "Traceback" not in err


def test_ask_outside_the_checkout_falls_back_on_the_bundled_index(tmp_path: Path) -> None:
    # The installed `qa-bot` run from another folder, no --index (README "Command line"): the
    # bundled index answers, a line on stderr says so, and stdout is the answer alone.
    command = [sys.executable, "-m", "qa_bot.cli", "ask", "AQRF คืออะไร", "--json", "--k", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(command, capture_output=True, cwd=tmp_path, env=env, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert f"using the bundled index: {INDEX_DIR}" in err and "ใช้ดัชนีที่มากับโปรแกรม" in err
    hit = json.loads(result.stdout)["hits"][0]
    # The document: "กรอบคุณวุฒิอ้างอิงอาเซียน (ASEAN Qualifications Reference Framework: AQRF)"
    # is in its Education sector.
    assert hit["section_label_en"] == "Education" and "AQRF" in hit["answer_sentence"]
    docs = subprocess.run(
        [sys.executable, "-m", "qa_bot.cli", "docs"], capture_output=True, cwd=tmp_path, env=env
    )
    assert docs.returncode == 0 and "asean_socio_cultural_community.th.txt" in docs.stdout.decode()


def test_build_writes_a_loadable_index(tmp_path: Path) -> None:
    target = tmp_path / "idx"
    result = qa_bot("build", "--quiet", "--index", str(target), "--corpus", str(CORPUS_DIR))
    assert result.returncode == 0, result.stderr.decode()
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    committed = json.loads((INDEX_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["passage_count"] == committed["passage_count"]
    assert manifest["corpus"] == committed["corpus"]
    ask = qa_bot("ask", "AQRF", "--json", "--index", str(target), "--corpus", str(CORPUS_DIR))
    assert json.loads(ask.stdout)["hits"][0]["section_id"] == 1
