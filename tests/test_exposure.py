"""What the server shows strangers: loopback only, no files, no share link, no analytics, and in
kiosk mode no error details — whatever is sent to it.

Every request goes to a server on 127.0.0.1 started by the test.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from qa_bot import QABot
from qa_bot.cli import build_parser
from qa_bot.web.assets import THAI_FONT_DIR
from qa_bot.web.limits import MAX_BODY_BYTES, TOO_LARGE_EN
from qa_bot.web.server import DEFAULT_HOST, launch_options, serve

from .conftest import ASEAN_FILE, INDEX_DIR, ROOT

# What must never reach anyone: stack traces and source paths.
TRACEBACKS = ("Traceback", 'File "', "site-packages", str(ROOT))
# ... nor, from a kiosk, any error detail: object addresses, exception class names.
INTERNALS = (
    *TRACEBACKS,
    " object at 0x",
    "TypeError",
    "ValueError",
    "KeyError",
    "AttributeError",
    "UnicodeEncodeError",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running(bot: QABot, **options: Any) -> Iterator[tuple[Any, str, int]]:
    port = free_port()
    demo, url = serve(bot=bot, port=port, prevent_thread_lock=True, quiet=True, **options)
    try:
        yield demo, url.rstrip("/"), port
    finally:
        demo.close()


@pytest.fixture(scope="module")
def kiosk(bot: QABot) -> Iterator[tuple[Any, str, int]]:
    with running(bot, kiosk=True) as server:
        yield server


@pytest.fixture(scope="module")
def normal(bot: QABot) -> Iterator[tuple[Any, str, int]]:
    with running(bot) as server:
        yield server


def raw_request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    """One request with the path exactly as given (no client-side normalising of ".." or %)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def assert_no_internals(text: str, markers: tuple[str, ...] = INTERNALS) -> None:
    leaked = [marker for marker in markers if marker in text]
    assert not leaked, f"{leaked} in {text[:500]!r}"


# --- where it listens ------------------------------------------------------------------------


def test_binds_to_loopback_unless_told_otherwise(kiosk: tuple[Any, str, int]) -> None:
    import psutil

    demo, _, port = kiosk
    listening = [
        c
        for c in psutil.Process().net_connections(kind="tcp")
        if c.status == psutil.CONN_LISTEN and c.laddr.port == port
    ]
    assert listening and {c.laddr.ip for c in listening} == {"127.0.0.1"}
    assert demo.server_name == "127.0.0.1" == DEFAULT_HOST
    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"
    assert build_parser().parse_args(["serve", "--kiosk"]).host == "127.0.0.1"


# --- files -----------------------------------------------------------------------------------

HOME = Path.home()
FILE_TARGETS = {
    "corpus": str(ASEAN_FILE),
    "corpus, relative": f"corpus/{ASEAN_FILE.name}",
    "index manifest": str(INDEX_DIR / "manifest.json"),
    "index manifest, relative": "index/manifest.json",
    "index folder": str(INDEX_DIR),
    "app source": str(ROOT / "qa_bot" / "web" / "server.py"),
    "/etc/passwd": "/etc/passwd",
    "environment": "/proc/self/environ",
    "home": str(HOME),
    "home file": str(HOME / ".bashrc"),
    "through the font folder": f"{THAI_FONT_DIR}/../../../../etc/passwd",
    "through the font folder, encoded": f"{THAI_FONT_DIR}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "double encoded": "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "file URL": "file:///etc/passwd",
    "double slash": "//etc/passwd",
}
FILE_ROUTES = ("/file=", "/gradio_api/file=", "/gradio_api/file/", "/static/../", "/assets/../")


def _secret_of(target: str) -> bytes | None:
    """A piece of the file's content that must not appear in a response."""
    path = Path("/etc/passwd") if "passwd" in target else Path(target)
    if not path.is_absolute():
        path = ROOT / path
    try:
        data = path.read_bytes()[:64] if path.is_file() else b""
    except OSError:
        return None
    return data.strip() or None


@pytest.mark.parametrize("route", FILE_ROUTES)
@pytest.mark.parametrize("target", list(FILE_TARGETS))
def test_file_routes_refuse_corpus_index_home_and_system_files(
    kiosk: tuple[Any, str, int], route: str, target: str
) -> None:
    _, _, port = kiosk
    path = FILE_TARGETS[target]
    secret = _secret_of(path)
    for spelling in (path, quote(path, safe="/%:")):
        status, body = raw_request(port, "GET", route + spelling)
        assert status != 200, f"{route}{spelling} answered 200"
        assert b"root:x:0:0" not in body and (secret is None or secret not in body)


def test_the_font_is_the_one_file_served(kiosk: tuple[Any, str, int]) -> None:
    # The control for the test above: the file route works, for the one folder allowed.
    _, _, port = kiosk
    assert launch_options(kiosk=True)["allowed_paths"] in ([], [str(THAI_FONT_DIR)])
    fonts = sorted(THAI_FONT_DIR.glob("*.ttf")) if THAI_FONT_DIR.is_dir() else []
    if fonts:
        status, body = raw_request(port, "GET", f"/gradio_api/file={fonts[0]}")
        assert status == 200 and body == fonts[0].read_bytes()


def test_uploads_are_refused(kiosk: tuple[Any, str, int]) -> None:
    _, _, port = kiosk
    boundary = uuid.uuid4().hex
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="x.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\n{'x' * 4096}\r\n--{boundary}--\r\n"
    ).encode()
    status, answer = raw_request(
        port,
        "POST",
        "/gradio_api/upload",
        body,
        {"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert status == 413, answer[:200]


def test_no_schema_pages(kiosk: tuple[Any, str, int]) -> None:
    _, _, port = kiosk
    routes = ("/openapi.json", "/gradio_api/openapi.json", "/docs", "/redoc", "/gradio_api/docs")
    for route in routes:
        assert raw_request(port, "GET", route)[0] == 404, route


def test_a_full_queue_says_busy_try_again(bot: QABot) -> None:
    """Excess load is turned away at once, politely, in Thai and English; nothing hangs."""
    from qa_bot.web.page import create_app
    from qa_bot.web.patches import BUSY_EN, BUSY_TH

    demo = create_app(bot, kiosk=True)
    demo.queue(default_concurrency_limit=1, max_size=2)  # tiny, so a dozen callers overflow it
    port = free_port()
    demo.launch(
        server_name="127.0.0.1",
        server_port=port,
        prevent_thread_lock=True,
        quiet=True,
        **launch_options(kiosk=True),
    )
    results: list[tuple[int, bytes, float]] = []
    barrier = threading.Barrier(12)

    def caller() -> None:
        barrier.wait()
        started = time.perf_counter()
        body = json.dumps({"data": ["ภาพรวมความร่วมมือด้านสาธารณสุขของอาเซียน", 10, None, None]})
        status, answer = raw_request(
            port,
            "POST",
            "/gradio_api/call/ask",
            body.encode(),
            {"Content-Type": "application/json"},
        )
        if status == 200:  # accepted: the answer must come
            event_id = json.loads(answer)["event_id"]
            status, answer = raw_request(port, "GET", f"/gradio_api/call/ask/{event_id}")
        results.append((status, answer, time.perf_counter() - started))

    try:
        threads = [threading.Thread(target=caller) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not any(thread.is_alive() for thread in threads)
    finally:
        demo.close()
    busy = [answer for status, answer, _ in results if status == 503]
    answered = [answer for status, answer, _ in results if status == 200]
    assert busy and answered and len(busy) + len(answered) == 12
    assert json.loads(busy[0])["detail"] == f"{BUSY_TH} / {BUSY_EN}"
    assert all(b"event: complete" in answer for answer in answered)


def test_answered_api_calls_leave_nothing_behind(bot: QABot) -> None:
    """Gradio keeps per-call records; the app bounds them (bench/load.py measures the memory)."""
    from qa_bot.web.server import SESSION_CAPACITY

    with running(bot) as (demo, _, port):
        for number in range(SESSION_CAPACITY + 16):
            call_api(port, [f"AQRF {number}", 1, None, None])
        # The last call's record goes just after its reply is sent: give it a moment.
        deadline = time.monotonic() + 5
        while demo._queue.pending_event_ids_session and time.monotonic() < deadline:
            time.sleep(0.02)
        assert dict(demo._queue.pending_event_ids_session) == {}
        assert len(demo.state_holder.session_data) <= SESSION_CAPACITY


# --- share links, analytics, what the kiosk shows --------------------------------------------


@pytest.mark.parametrize("mode", ["kiosk", "normal"])
def test_no_share_link_and_no_analytics(
    mode: str, kiosk: tuple[Any, str, int], normal: tuple[Any, str, int]
) -> None:
    demo, _, port = kiosk if mode == "kiosk" else normal
    assert demo.share is False and demo.share_url is None
    assert demo.analytics_enabled is False
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
    status, body = raw_request(port, "GET", "/config")
    config = json.loads(body)
    assert status == 200 and config["analytics_enabled"] is False
    _, page = raw_request(port, "GET", "/")
    for text in (body, page):
        assert b"gradio.live" not in text
    for route in ("/monitoring", "/gradio_api/mcp/sse", "/gradio_api/mcp/schema"):
        assert raw_request(port, "GET", route)[0] != 200


def test_kiosk_shows_no_version_footer_or_error_details(kiosk: tuple[Any, str, int]) -> None:
    _, _, port = kiosk
    config = json.loads(raw_request(port, "GET", "/config")[1])
    # The footer ("Use via API · Built with Gradio · Settings", with the version) is drawn from
    # footer_links; error details are sent to the browser only with show_error.
    assert config["footer_links"] == [] and config["show_error"] is False
    _, page = raw_request(port, "GET", "/")
    assert b"Built with Gradio" not in page


# --- hostile input through the /ask API and the page's own handler ---------------------------

HOSTILE_API_CALLS = [
    [None, 3, None, None],
    [12345, 3, None, None],
    [["a", "b"], 3, None, None],
    [{"question": "AQRF"}, 3, None, None],
    ["\ud800", 3, None, None],
    ["AQRF\udfff คืออะไร", 3, None, None],
    ["A" * 100_000, 3, None, None],
    ["AQRF", "ten", None, None],
    ["AQRF", None, None, None],
    ["AQRF", 1e308, None, None],
    ["AQRF", -7, None, None],
    ["AQRF", 3, "not a list", None],
    ["AQRF", 3, 42, None],
    ["AQRF", 3, [{"x": 1}], None],
    ["AQRF", 3, ["../../etc/passwd#1"], None],
    ["AQRF", 3, None, "not a list"],
    ["AQRF", 3, None, [1, 2, 3]],
    ["AQRF", 3, None, ["a"] * 500],
    ["<script>alert(1)</script>", 3, None, None],
    ["'; DROP TABLE passages; --", 3, None, None],
    ["AQRF"],
    [],
    ["AQRF", 3, None, None, "extra"],
]


def call_api(port: int, data: Any) -> str:
    """POST then read the event stream of /gradio_api/call/ask; the whole text a caller sees."""
    # ASCII JSON: lone surrogates travel as "\ud800" escapes, as any JSON client may send them.
    status, body = raw_request(
        port,
        "POST",
        "/gradio_api/call/ask",
        json.dumps({"data": data}).encode(),
        {"Content-Type": "application/json"},
    )
    if status != 200:
        return body.decode("utf-8", "replace")
    event_id = json.loads(body)["event_id"]
    status, stream = raw_request(port, "GET", f"/gradio_api/call/ask/{event_id}")
    assert status == 200
    return stream.decode("utf-8")


@pytest.mark.parametrize("mode", ["kiosk", "normal"])
def test_api_meets_hostile_input_with_messages_not_internals(
    mode: str, kiosk: tuple[Any, str, int], normal: tuple[Any, str, int]
) -> None:
    _, _, port = kiosk if mode == "kiosk" else normal
    for data in HOSTILE_API_CALLS:
        text = call_api(port, data)
        # Off the kiosk, Gradio's own error text for a malformed call may show (show_error).
        assert_no_internals(text, INTERNALS if mode == "kiosk" else TRACEBACKS)
        if len(json.dumps({"data": data})) > MAX_BODY_BYTES:  # refused before it is parsed
            detail = json.loads(text)["detail"]
            assert "คำขอยาวเกินไป" in detail and TOO_LARGE_EN in detail
            continue
        if len(data) == 4:  # a well-formed call gets an answer or a Thai / English message
            assert "event: complete" in text, (data, text[:300])
            record = json.loads(text.split("data:", 1)[1])[0]
            if "error" in record:
                thai, english = record["error"].split(" / ", 1)
                assert any("\u0e01" <= ch <= "\u0e5b" for ch in thai) and english
            else:
                assert "hits" in record
    # ... and the server still answers.
    record = json.loads(call_api(port, ["AQRF คืออะไร", 3, None, None]).split("data:", 1)[1])[0]
    assert record["hits"][0]["section_label"] == "การศึกษา"


@pytest.mark.parametrize("mode", ["kiosk", "normal"])
@pytest.mark.parametrize("data", [["AUN"], [], ["AQRF", 3, None, None, "extra"]])
def test_api_with_the_wrong_number_of_inputs_gets_a_thai_english_message(
    mode: str, data: list[Any], kiosk: tuple[Any, str, int], normal: tuple[Any, str, int]
) -> None:
    # A fresh user's `{"data": ["AUN"]}` got Gradio's English-only ValueError quoting
    # "<gradio.components.api_component.Api object at 0x…>" (and nothing on the kiosk).
    _, _, port = kiosk if mode == "kiosk" else normal
    text = call_api(port, data)
    assert "event: error" in text and "gradio." not in text and "object at" not in text
    message = json.loads(text.split("data:", 1)[1])["error"]
    thai, english = message.split(" / ", 1)
    assert f"ต้องการข้อมูล 4 ค่าใน data (ได้รับ {len(data)})" in thai
    assert f"/ask needs 4 values in data (got {len(data)})" in english


# FRESH10 §12: an ordinary bad call, the refusals README's "Limits" lists, each with the status
# and the Thai / English words the caller gets; the server log gets one line each.
BAD_CALLS = [
    (b'{"data": ["AQRF"]}', 200, "ต้องการข้อมูล 4 ค่า", "/ask needs 4 values in data (got 1)"),
    (b"not json", 422, "คำขอไม่ถูกต้อง", "malformed request"),
    (b'{"question": "AQRF"}', 422, "คำขอไม่ถูกต้อง", "malformed request"),
    (b'{"data": [5, 3, null, null]}', 200, "คำถามต้องเป็นข้อความ", "the question must be text"),
    (b'{"data": ["", 3, null, null]}', 200, "กรุณาพิมพ์คำถาม", "please type a question"),
    (b'{"data": ["AQRF", "x", null, null]}', 200, "ต้องเป็นตัวเลข", "k must be a number"),
]


def test_bad_api_calls_are_one_log_line_each_not_a_traceback(
    normal: tuple[Any, str, int], capfd: pytest.CaptureFixture[str], caplog: Any
) -> None:
    _, _, port = normal
    capfd.readouterr()
    caplog.clear()
    caplog.set_level("WARNING", logger="qa_bot")
    for body, status, thai, english in BAD_CALLS:
        got, reply = raw_request(
            port, "POST", "/gradio_api/call/ask", body, {"Content-Type": "application/json"}
        )
        assert got == status, (body, reply[:200])
        text = reply.decode()
        if status == 200:
            event_id = json.loads(reply)["event_id"]
            text = raw_request(port, "GET", f"/gradio_api/call/ask/{event_id}")[1].decode()
            text = json.dumps(json.loads(text.split("data:", 1)[1]), ensure_ascii=False)
        assert thai in text and english in text, (body, text[:300])
    time.sleep(0.2)  # the queue's worker finishes logging the last call
    printed = capfd.readouterr()
    assert_no_internals(printed.out + printed.err, TRACEBACKS)
    refused = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refused) == len(BAD_CALLS), [r.getMessage() for r in caplog.records]
    assert all(r.exc_info is None and "\n" not in r.getMessage() for r in refused)


def test_gradio_client_gets_messages_from_the_kiosk(kiosk: tuple[Any, str, int]) -> None:
    from gradio_client import Client

    _, url, _ = kiosk
    client = Client(url, verbose=False)
    for data in HOSTILE_API_CALLS:
        if len(data) != 4 or has_surrogate(data[0]):
            continue  # gradio_client sends UTF-8 JSON: no lone surrogates (sent raw above)
        try:
            result: Any = client.predict(*data, api_name="/ask")
        except Exception as error:  # gradio_client's AppError: what a script would see
            result = str(error)
        text = json.dumps(result, ensure_ascii=False)
        assert_no_internals(text)
        assert isinstance(result, dict) and ("error" in result or "hits" in result), text[:300]


def has_surrogate(value: Any) -> bool:
    return isinstance(value, str) and any("\ud800" <= ch <= "\udfff" for ch in value)


def page_call(port: int, fn_index: int, data: list[Any]) -> dict[str, Any]:
    """What a browser does: join the queue for one of the page's events, read its result."""
    session = uuid.uuid4().hex
    payload = {"data": data, "fn_index": fn_index, "session_hash": session, "trigger_id": None}
    status, body = raw_request(
        port,
        "POST",
        "/gradio_api/queue/join",
        json.dumps(payload).encode(),
        {"Content-Type": "application/json"},
    )
    assert status == 200, body[:300]
    status, stream = raw_request(port, "GET", f"/gradio_api/queue/data?session_hash={session}")
    text = stream.decode("utf-8")
    assert_no_internals(text)
    messages = [json.loads(line[5:]) for line in text.splitlines() if line.startswith("data:")]
    return next(m for m in messages if m.get("msg") in ("process_completed", "unexpected_error"))


PAGE_CALLS = [
    # (what is sent, whether the page could have sent it: then a reply must come back)
    (["AQRF\ud800", [], [], ""], True),  # a browser sends a cut emoji as a lone surrogate
    (["🙂" * 600, [], [], ""], True),
    (["\x00\x01\x1b[2J", [], [], ""], True),
    (['<img src=x onerror="alert(1)">', [], [], ""], True),
    ([None, None, None, None], False),
    (["AQRF", "not a history", [], ""], False),
    (["AQRF", [{"role": "system", "content": "<script>x</script>"}], [], ""], False),
    (["AQRF"], False),
]


@pytest.mark.parametrize(("data", "from_page"), PAGE_CALLS, ids=range(len(PAGE_CALLS)))
def test_page_handler_meets_hostile_input_without_internals(
    kiosk: tuple[Any, str, int], data: list[Any], from_page: bool
) -> None:
    _, _, port = kiosk
    config = json.loads(raw_request(port, "GET", "/config")[1])
    [fn_index] = [i for i, d in enumerate(config["dependencies"]) if d.get("api_name") == "respond"]
    result = page_call(port, fn_index, data)
    assert result["msg"] == "process_completed"
    assert result["success"] or not from_page, result
    if result["success"]:
        history = result["output"]["data"][0]
        reply = json.dumps(history[-1], ensure_ascii=False)
        assert history[-1]["role"] == "assistant"
        assert "<script" not in reply and "<img" not in reply
    else:  # a malformed call (not from the page): Gradio's bare "Error", nothing more
        assert result.get("output", {}).get("error") is None
