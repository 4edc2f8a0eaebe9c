"""A running server follows its index: a build swapped in by `add`, `remove` or `build` is
loaded beside the old one and used from the next question on, and no question fails meanwhile
(issue #15). Loads that overlap a swap are retried, not reported as damage.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from qa_bot import IndexLoadError, QABot
from qa_bot.config import DEFAULT
from qa_bot.store import build_index, replace_directory
from qa_bot.web.reload import IndexFollower, load_stable, manifest_signature

from .conftest import CORPUS_DIR, INDEX_DIR, ROOT
from .test_exposure import free_port

NEW_DOCUMENT = """# สหกรณ์ประมงบ้านหาดทรายขาว

## การจับปลา (Fishing)

สหกรณ์ประมงบ้านหาดทรายขาวจับปลาทูน่าครีบเหลืองได้ปีละสามร้อยสี่สิบตัน โดยใช้เรืออวนล้อมจำนวนสิบสองลำ

## ตลาด (Market)

ปลาทูน่าของสหกรณ์ส่งขายที่ตลาดปลาเมืองสงขลาทุกเช้าวันอังคาร
"""
NEW_QUESTION = "สหกรณ์ประมงบ้านหาดทรายขาวจับปลาทูน่าได้ปีละกี่ตัน"
OLD_QUESTION = "AQRF คืออะไร"


@pytest.fixture(scope="module")
def other_build(tmp_path_factory: pytest.TempPathFactory, bot: QABot) -> Path:
    """A second, different build (one small document), to swap with the committed index."""
    base = tmp_path_factory.mktemp("other")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "fishing.md").write_text(NEW_DOCUMENT, encoding="utf-8")
    build_index(corpus, base / "index", embedder=bot.index.embedder)
    return base / "index"


def swap_in(source: Path, target: Path) -> None:
    """What a build does: a finished copy beside the index, moved into place atomically."""
    staging = target.with_name(f".{target.name}.tmp-{os.getpid()}-test")
    shutil.copytree(source, staging)
    replace_directory(staging, target)


def test_a_load_that_overlaps_a_swap_is_retried_not_reported_as_damage(
    tmp_path: Path, other_build: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qa_bot.store.load as load_module

    target = tmp_path / "index"
    shutil.copytree(INDEX_DIR, target)
    read_manifest = load_module.read_manifest
    swaps = []

    def read_then_swap(index_dir: Path, corpus_dir: Path | None = None) -> Any:
        manifest = read_manifest(index_dir, corpus_dir)
        if not swaps:  # the build lands just after the first load read the manifest
            swaps.append(1)
            swap_in(other_build, target)
        return manifest

    monkeypatch.setattr(load_module, "read_manifest", read_then_swap)
    # What a plain load reports in that moment: damage that is not there.
    with pytest.raises(IndexLoadError, match="checksum mismatch"):
        QABot.load(target)
    # load_stable notices the manifest changed and loads the new build, whole.
    swaps.clear()
    shutil.rmtree(target)
    shutil.copytree(INDEX_DIR, target)
    loaded, signature = load_stable(target)
    assert swaps and signature == manifest_signature(other_build)
    assert [doc.doc_id for doc in loaded.index.documents] == ["fishing.md"]


def test_real_damage_is_still_reported_at_once(tmp_path: Path) -> None:
    target = tmp_path / "index"
    shutil.copytree(INDEX_DIR, target)
    with (target / "passages.jsonl").open("ab") as handle:
        handle.write(b"\n")
    started = time.monotonic()
    with pytest.raises(IndexLoadError, match="checksum mismatch"):
        load_stable(target)
    assert time.monotonic() - started < 5


def test_loads_during_continual_swaps_never_fail(tmp_path: Path, other_build: Path) -> None:
    target = tmp_path / "index"
    shutil.copytree(INDEX_DIR, target)
    builds = {
        manifest_signature(INDEX_DIR): INDEX_DIR,
        manifest_signature(other_build): other_build,
    }
    stop = threading.Event()
    swapped = []

    def swapper() -> None:
        while not stop.is_set() and len(swapped) < 2000:
            swap_in(other_build if len(swapped) % 2 == 0 else INDEX_DIR, target)
            swapped.append(1)

    thread = threading.Thread(target=swapper)
    thread.start()
    try:
        loads = 0
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and loads < 40:
            loaded, signature = load_stable(target, attempts=50, pause_s=0)
            # One build, whole: its documents are those of the build its manifest names.
            source = builds[signature]
            expected = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
            assert loaded.index.manifest.to_dict() == expected
            assert len(loaded.index.passages) == expected["passage_count"]
            loads += 1
    finally:
        stop.set()
        thread.join(60)
    assert loads >= 5 and len(swapped) >= 5


def test_the_follower_swaps_a_new_build_in_and_says_so(
    tmp_path: Path, other_build: Path, bot: QABot
) -> None:
    target = tmp_path / "index"
    shutil.copytree(INDEX_DIR, target)
    used: list[QABot] = []
    said: list[str] = []
    # The bot in use asks with its own settings: the new build keeps them.
    settings = replace(DEFAULT, retrieval=replace(DEFAULT.retrieval, lexical_weight=0.1))
    follower = IndexFollower(target, QABot(bot.index, settings), used.append, report=said.append)
    assert follower.check() is False and not used  # nothing changed yet
    swap_in(other_build, target)
    assert follower.check() is True
    assert [d.doc_id for d in used[-1].index.documents] == ["fishing.md"]
    assert used[-1].config == settings
    assert "new index loaded" in said[-1] and "1 document," in said[-1]
    assert follower.check() is False  # the same build is not loaded twice
    # A new build that does not load: the one in use stays, and the operator is told once.
    staging = tmp_path / ".index.tmp-broken"
    shutil.copytree(INDEX_DIR, staging)
    (staging / "dense.faiss").write_bytes(b"broken")
    replace_directory(staging, target)
    assert follower.check() is False and follower.check() is False
    assert len(used) == 1 and follower.bot is used[-1]
    assert sum("still answering from the previous one" in s for s in said) == 1


def test_a_rebuild_from_another_folder_is_followed_unless_a_folder_was_given(
    tmp_path: Path, bot: QABot
) -> None:
    # FRESH16a K6: `qa-bot build --corpus docs2 --index idx` under a page started on idx (built
    # from docs) was checked against docs, never loaded, and the page showed no sign of it.
    from qa_bot.web.service import STALE_EN, STALE_TH, ChatService

    first, second, index = tmp_path / "docs", tmp_path / "docs2", tmp_path / "idx"
    for folder in (first, second):
        folder.mkdir()
        (folder / "fishing.md").write_text(NEW_DOCUMENT, encoding="utf-8")
    (second / "more.md").write_text("# ตลาดนัด\n\nตลาดนัดเปิดทุกวันเสาร์ที่ลานวัด\n", "utf-8")
    build_index(first, index, embedder=bot.index.embedder)
    start = QABot.load(index, corpus_dir=first)
    page = ChatService(start)
    pinned = IndexFollower(index, start, lambda new: None, corpus_dir=first, report=print)
    pinned.on_stale = page.mark_stale
    following: list[QABot] = []
    recorded = IndexFollower(index, start, following.append, report=print)
    build_index(second, index, embedder=bot.index.embedder)
    assert recorded.check() is True  # checked against docs2, the folder the build records
    assert sorted(d.doc_id for d in following[-1].index.documents) == ["fishing.md", "more.md"]
    assert not page.stale and STALE_TH not in page.reply(NEW_QUESTION)[-1]["content"]
    assert pinned.check() is False  # --corpus docs given: a build from docs2 is not it
    reply = page.reply(NEW_QUESTION)[-1]["content"]
    assert STALE_TH in reply and STALE_EN in reply and str(tmp_path) not in reply
    page.use(following[-1])  # a build that loads ends the sign
    assert STALE_TH not in page.reply(NEW_QUESTION)[-1]["content"]


@pytest.mark.parametrize(("given", "pinned"), [((), False), (("--corpus", str(CORPUS_DIR)), True)])
def test_serve_pins_the_folder_of_new_builds_only_when_told(
    monkeypatch: pytest.MonkeyPatch, given: tuple[str, ...], pinned: bool
) -> None:
    # Without --corpus the first build's folder comes from its manifest: a rebuild of the index
    # from another folder is followed (checked against the folder it records).
    import qa_bot.web.server as server
    from qa_bot import cli

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(server, "serve", lambda *args, **kwargs: calls.append(kwargs))
    port = str(free_port())
    assert cli.main(["serve", "--index", str(INDEX_DIR), "--port", port, *given]) == 0
    assert calls[-1]["follow_corpus"] is pinned
    assert Path(calls[-1]["corpus_dir"]).resolve() == CORPUS_DIR.resolve()


def test_the_server_loads_its_index_with_the_settings_it_is_given() -> None:
    from qa_bot.web.server import _load_in_background

    settings = replace(DEFAULT, sentences=replace(DEFAULT.sentences, max_answer_chars=300))
    loaded, _ = _load_in_background(INDEX_DIR, None, settings).result(timeout=120)
    assert loaded.config == settings


# --- the real thing: a server process, a client asking in a loop, `qa-bot add` ---------------


def ask(port: int, question: str) -> dict[str, Any]:
    """One /ask call over HTTP, as a script would; raises on anything but an answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        body = json.dumps({"data": [question, 3, None, None]})
        connection.request(
            "POST", "/gradio_api/call/ask", body, {"Content-Type": "application/json"}
        )
        response = connection.getresponse()
        text = response.read().decode()
        if response.status != 200:
            raise RuntimeError(f"{response.status} {text[:200]}")
        event = json.loads(text)["event_id"]
        connection.request("GET", f"/gradio_api/call/ask/{event}")
        stream = connection.getresponse().read().decode()
    finally:
        connection.close()
    if "event: complete" not in stream:
        raise RuntimeError(stream[:300])
    record = json.loads(stream.split("data:", 1)[1])[0]
    if "error" in record or not record.get("hits"):
        raise RuntimeError(str(record)[:300])
    return record


def wait_answering(
    process: subprocess.Popen[str],
    port: int,
    question: str,
    seconds: float = 120,
    output: list[str] | None = None,
) -> None:
    """Ask until the server on port answers (it loads its index first); fail if it stops."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            ask(port, question)
            return
        except (OSError, RuntimeError):
            assert process.poll() is None, "".join(output or ["the server stopped"])
            time.sleep(0.3)
    raise AssertionError(f"no answer on port {port} within {seconds} s")


def stop_server(process: subprocess.Popen[str]) -> None:
    """Ctrl-C, as an operator stops it; killed if it has not ended within 20 s."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[tuple[int, Path, subprocess.Popen[str]]]:
    shutil.copytree(CORPUS_DIR, tmp_path / "corpus")
    shutil.copytree(INDEX_DIR, tmp_path / "index")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(process.stdout or []), daemon=True)
    reader.start()
    try:
        wait_answering(process, port, OLD_QUESTION, seconds=90, output=output)
        process.output = output  # type: ignore[attr-defined]
        yield port, tmp_path, process
    finally:
        stop_server(process)


def test_a_running_server_answers_from_a_document_added_while_it_runs(
    live_server: tuple[int, Path, subprocess.Popen[str]],
) -> None:
    port, folder, process = live_server
    (folder / "fishing.md").write_text(NEW_DOCUMENT, encoding="utf-8")
    stop = threading.Event()
    asked: list[str] = []
    failed: list[str] = []

    def visitor() -> None:  # a client asking without pause during add and remove
        while not stop.is_set() and len(asked) < 5000:
            try:
                ask(port, OLD_QUESTION)
                asked.append("ok")
            except Exception as error:
                failed.append(repr(error))

    def top_document() -> str:
        return ask(port, NEW_QUESTION)["hits"][0]["document"]

    def wait_for(condition: Any, seconds: float) -> float:
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            if condition():
                return time.monotonic() - started
            time.sleep(0.2)
        raise AssertionError(f"not within {seconds} s")

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cli = [sys.executable, "-m", "qa_bot.cli"]
    thread = threading.Thread(target=visitor)
    thread.start()
    try:
        assert top_document() != "fishing.md"
        subprocess.run([*cli, "add", "fishing.md", "--quiet"], cwd=folder, env=env, check=True)
        after_add = wait_for(lambda: top_document() == "fishing.md", 10)
        subprocess.run([*cli, "remove", "fishing.md", "--quiet"], cwd=folder, env=env, check=True)
        after_remove = wait_for(lambda: top_document() != "fishing.md", 10)
    finally:
        stop.set()
        thread.join(60)
    assert not failed, failed[:3]
    assert len(asked) >= 20
    log = "".join(process.output)  # type: ignore[attr-defined]
    assert log.count("new index loaded") == 2, log[-2000:]
    print(f"answered after add {after_add:.1f} s, after remove {after_remove:.1f} s")
