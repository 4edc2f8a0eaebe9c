"""The server's limits against large, slow and greedy requests and forged headers (issue #15).

Every server here is real, on 127.0.0.1; other clients come from other loopback addresses
(127.0.0.2, ...), which Linux routes to the same server as distinct peers.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from qa_bot import QABot
from qa_bot.web.limits import (
    ERROR_BODY_BYTES,
    MAX_BODY_BYTES,
    SHARE_EN,
    TOO_LARGE_EN,
    ServerLimits,
    settle_origin,
)
from qa_bot.web.server import serve

from .test_exposure import free_port, raw_request

QUESTION = "AQRF คืออะไร"
# Slow enough (an exam with every passage read) to keep a question waiting while others post.
SLOW_QUESTION = [
    "ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน",
    10,
    None,
    ["การให้ทุนการศึกษา", "การลดปริมาณขยะทะเล", "ดัชนีการพัฒนาเยาวชน", "กรอบคุณวุฒิอ้างอิง"],
]


@contextmanager
def server(bot: QABot, **options: Any) -> Iterator[int]:
    port = free_port()
    demo, _ = serve(bot=bot, port=port, prevent_thread_lock=True, quiet=True, **options)
    try:
        yield port
    finally:
        demo.close()


@pytest.fixture(scope="module")
def strict(bot: QABot) -> Iterator[int]:
    """Short timeouts and a small share, so that the tests need not wait long."""
    limits = ServerLimits(header_timeout_s=1.0, body_timeout_s=1.0, client_share=2)
    with server(bot, limits=limits) as port:
        yield port


def post(
    port: int,
    path: str,
    body: bytes,
    source: str = "127.0.0.1",
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=60, source_address=(source, 0)
    )
    try:
        connection.request(
            "POST", path, body=body, headers={"Content-Type": "application/json", **(headers or {})}
        )
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def ask_body(data: list[Any]) -> bytes:
    return json.dumps({"data": data}).encode()


def answered_section(stream: str) -> str:
    """The first hit's section label from an /ask event stream ("" when there is none)."""
    if "event: complete" not in stream:
        return ""
    record = json.loads(stream.split("data:", 1)[1])[0]
    return record["hits"][0]["section_label"] if record.get("hits") else ""


def read_answer(sock: socket.socket) -> bytes:
    """What the server sends until it closes the connection (the tests' requests close it);
    b"" when it reset the connection first."""
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except ConnectionResetError:
        pass
    return data


# --- size ------------------------------------------------------------------------------------


def test_a_declared_large_body_is_refused_before_it_is_sent(strict: int) -> None:
    with socket.create_connection(("127.0.0.1", strict), timeout=10) as sock:
        sock.sendall(
            b"POST /gradio_api/call/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 210000000\r\n\r\n"
        )
        answer = read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 413")
    assert TOO_LARGE_EN.encode() in answer and "คำขอยาวเกินไป".encode() in answer


def test_a_streamed_large_body_is_refused_once_past_the_cap(strict: int) -> None:
    with socket.create_connection(("127.0.0.1", strict), timeout=10) as sock:
        sock.sendall(
            b"POST /gradio_api/call/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b"A" * 16384
        sent = 0
        try:
            while sent < 100 * MAX_BODY_BYTES:  # bounded: the server must stop us long before
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = read_answer(sock)
    # Refused once past the cap and a little drained: the sender was cut off (reset) long
    # before its end, or read the 413 if it could.
    assert sent < 100 * MAX_BODY_BYTES
    assert answer == b"" or answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"AAAA" not in answer


def test_a_body_a_little_over_the_cap_gets_the_message_not_a_reset(strict: int) -> None:
    for size in [2 * MAX_BODY_BYTES, 900_000] * 3:
        status, answer = post(strict, "/gradio_api/call/ask", b"A" * size)
        assert status == 413 and TOO_LARGE_EN in json.loads(answer)["detail"]


def test_the_page_may_send_its_conversation_but_the_api_gets_less(strict: int) -> None:
    # The page sends the chat with each question (~65 KB an answer): 200 KB must pass.
    history = [{"role": "assistant", "content": "ก" * 60_000}] * 1
    page = json.dumps(
        {"data": [QUESTION, history, [], ""], "fn_index": 0, "session_hash": "s" * 10}
    ).encode()
    assert len(page) > MAX_BODY_BYTES
    status, _ = post(strict, "/gradio_api/queue/join", page)
    assert status != 413
    status, answer = post(strict, "/gradio_api/call/ask", ask_body(["ก" * 60_000, 3, None, None]))
    assert status == 413 and len(answer) < 400


def test_refusals_never_echo_the_input(strict: int) -> None:
    secret = "ZQX" * 5000  # 15 KB, under the cap: FastAPI's 422 would list it as "input"
    for body in (
        json.dumps({"dat": [secret]}).encode(),
        json.dumps({"data": secret}).encode(),
        json.dumps([secret]).encode(),
        secret.encode(),
    ):
        status, answer = post(strict, "/gradio_api/call/ask", body)
        assert 400 <= status < 500
        assert len(answer) <= ERROR_BODY_BYTES and b"ZQXZQX" not in answer, answer[:200]
        assert "คำขอไม่ถูกต้อง".encode() in answer


# --- time ------------------------------------------------------------------------------------


def test_a_request_whose_head_never_ends_is_closed(strict: int) -> None:
    with socket.create_connection(("127.0.0.1", strict), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        started = time.monotonic()
        assert sock.recv(4096) == b""  # closed by the server
        assert time.monotonic() - started < 5


def test_a_silent_connection_is_closed(strict: int) -> None:
    with socket.create_connection(("127.0.0.1", strict), timeout=10) as sock:
        started = time.monotonic()
        assert sock.recv(4096) == b""
        assert time.monotonic() - started < 5


def test_a_body_that_never_ends_gets_408(strict: int) -> None:
    with socket.create_connection(("127.0.0.1", strict), timeout=10) as sock:
        sock.sendall(
            b"POST /gradio_api/call/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 500\r\n\r\n{"data": ['
        )
        started = time.monotonic()
        answer = read_answer(sock)
        assert answer.startswith(b"HTTP/1.1 408") and time.monotonic() - started < 5


def test_the_server_still_answers_after_all_that(strict: int) -> None:
    status, body = post(strict, "/gradio_api/call/ask", ask_body([QUESTION, 3, None, None]))
    assert status == 200
    event = json.loads(body)["event_id"]
    status, stream = raw_request(strict, "GET", f"/gradio_api/call/ask/{event}")
    assert status == 200 and answered_section(stream.decode()) == "การศึกษา"


# --- the queue share -------------------------------------------------------------------------


def test_one_client_cannot_take_more_than_its_share(bot: QABot) -> None:
    from qa_bot.web.limits import install_server_options
    from qa_bot.web.page import create_app
    from qa_bot.web.server import launch_options

    limits = ServerLimits(client_share=2)
    demo = create_app(bot)
    demo.queue(default_concurrency_limit=1, max_size=64)
    port = free_port()
    install_server_options(limits)
    demo.launch(
        server_name="127.0.0.1",
        server_port=port,
        prevent_thread_lock=True,
        quiet=True,
        **launch_options(False, limits=limits),
    )
    try:
        # One client posts 6 slow questions without waiting: its third is over its share ...
        statuses = [
            post(port, "/gradio_api/call/ask", ask_body(SLOW_QUESTION))[0] for _ in range(6)
        ]
        assert statuses[:2] == [200, 200] and 429 in statuses
        status, answer = post(port, "/gradio_api/call/ask", ask_body(SLOW_QUESTION))
        assert status == 429 and SHARE_EN in json.loads(answer)["detail"]
        # ... while another visitor is let in.
        assert post(port, "/gradio_api/call/ask", ask_body(SLOW_QUESTION), "127.0.0.2")[0] == 200
    finally:
        demo.close()


def test_a_client_in_a_loop_does_not_lock_other_visitors_out(bot: QABot) -> None:
    """The issue's case: the default queue (64) and share, one client posting as fast as it
    can without reading answers, eight visitors asking meanwhile: all eight are answered."""
    with server(bot) as port:
        stop = threading.Event()
        flood: list[int] = []

        def flooder() -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            deadline = time.monotonic() + 20
            while not stop.is_set() and time.monotonic() < deadline and len(flood) < 3000:
                connection.request(
                    "POST",
                    "/gradio_api/call/ask",
                    ask_body(SLOW_QUESTION),
                    {"Content-Type": "application/json"},
                )
                response = connection.getresponse()
                response.read()
                flood.append(response.status)
                if response.getheader("connection") == "close":
                    connection.close()
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.close()

        results: dict[int, str] = {}

        def visitor(number: int) -> None:
            source = f"127.0.0.{10 + number}"
            status, body = post(
                port, "/gradio_api/call/ask", ask_body([QUESTION, 3, None, None]), source
            )
            if status != 200:
                results[number] = f"{status} {body[:100]!r}"
                return
            event = json.loads(body)["event_id"]
            connection = http.client.HTTPConnection(
                "127.0.0.1", port, timeout=120, source_address=(source, 0)
            )
            connection.request("GET", f"/gradio_api/call/ask/{event}")
            results[number] = connection.getresponse().read().decode()
            connection.close()

        thread = threading.Thread(target=flooder)
        thread.start()
        while len(flood) < 100 and thread.is_alive():
            time.sleep(0.05)
        visitors = [threading.Thread(target=visitor, args=(n,)) for n in range(8)]
        for v in visitors:
            v.start()
        for v in visitors:
            v.join(180)
        stop.set()
        thread.join(60)
    assert 429 in flood  # the flooder was held to its share ...
    assert len(results) == 8
    for text in results.values():  # ... and every visitor got an answer
        assert answered_section(text) == "การศึกษา", text[:200]


# --- forwarded headers and Host --------------------------------------------------------------


def scope_of(client: str, headers: dict[str, str], server: tuple[str, int]) -> dict[str, Any]:
    return {
        "type": "http",
        "client": (client, 5555),
        "server": server,
        "scheme": "http",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }


def test_forwarded_headers_are_believed_only_from_named_proxies() -> None:
    forged = {
        "Host": "evil.example",
        "X-Forwarded-For": "6.6.6.6",
        "X-Forwarded-Host": "evil.example",
        "X-Forwarded-Proto": "https",
        "X-Gradio-Server": "http://evil.example",
    }
    scope = scope_of("127.0.0.1", forged, ("127.0.0.1", 7860))
    settle_origin(scope, ServerLimits())
    assert scope["client"][0] == "127.0.0.1" and scope["scheme"] == "http"
    assert dict(scope["headers"]) == {b"host": b"127.0.0.1:7860"}

    limits = ServerLimits(trusted_proxies=("10.0.0.0/8",))
    scope = scope_of(
        "10.0.0.5",
        {
            **forged,
            "Host": "qa.school.example",
            "X-Forwarded-For": "6.6.6.6, 203.0.113.7, 10.0.0.9",
        },
        ("10.0.0.2", 7860),
    )
    settle_origin(scope, limits)
    # The last hop not a trusted proxy is the client; the proxy's host and scheme are believed.
    assert scope["client"][0] == "203.0.113.7" and scope["scheme"] == "https"
    headers = dict(scope["headers"])
    assert headers[b"x-forwarded-host"] == b"evil.example" and b"x-gradio-server" not in headers
    # A peer outside the named network is not a proxy.
    scope = scope_of("10.1.0.5", forged, ("0.0.0.0", 7860))
    settle_origin(scope, ServerLimits(trusted_proxies=("10.0.0.5",)))
    assert scope["client"][0] == "10.1.0.5" and b"x-forwarded-host" not in dict(scope["headers"])


def test_host_names_the_page_may_keep() -> None:
    for host, limits, kept in [
        ("localhost:7860", ServerLimits(), True),
        ("127.0.0.1:7860", ServerLimits(), True),
        ("kiosk.local:7860", ServerLimits(), False),
        ("kiosk.local:7860", ServerLimits(allowed_hosts=("kiosk.local",)), True),
        ("evil.example/x", ServerLimits(allowed_hosts=("evil.example",)), False),
    ]:
        scope = scope_of("127.0.0.1", {"Host": host}, ("127.0.0.1", 7860))
        settle_origin(scope, limits)
        assert (dict(scope["headers"])[b"host"] == host.encode()) is kept, host
    with pytest.raises(ValueError, match="not an IP"):
        ServerLimits(trusted_proxies=("proxy.example",))


@pytest.mark.parametrize("kiosk", [True, False])
def test_the_page_never_reflects_a_forged_host(bot: QABot, kiosk: bool) -> None:
    forged = {
        "Host": "evil.example:666",
        "X-Forwarded-Host": "evil2.example",
        "X-Gradio-Server": "http://evil3.example",
        "X-Forwarded-Proto": "https",
    }
    with server(bot, kiosk=kiosk) as port:
        for path in ("/", "/config", "/gradio_api/info"):
            status, body = raw_request(port, "GET", path, headers=forged)
            assert status == 200 and b"evil" not in body, path
        config = json.loads(raw_request(port, "GET", "/config", headers=forged)[1])
        assert config["root"] == f"http://127.0.0.1:{port}"
        for path in ("/gradio_api/openapi.json", "/openapi.json", "/docs", "/redoc"):
            assert raw_request(port, "GET", path)[0] == 404, path


def test_behind_a_named_proxy_the_page_uses_its_public_address(bot: QABot) -> None:
    limits = ServerLimits(trusted_proxies=("127.0.0.1",))
    with server(bot, limits=limits) as port:
        headers = {"X-Forwarded-Host": "qa.school.example", "X-Forwarded-Proto": "https"}
        config = json.loads(raw_request(port, "GET", "/config", headers=headers)[1])
        assert config["root"] == "https://qa.school.example"


def test_the_kiosk_names_no_gradio_version_and_still_works(bot: QABot) -> None:
    import gradio
    from gradio_client import Client

    # Whatever limits the operator sets, a kiosk hides the version.
    with server(bot, kiosk=True, limits=ServerLimits(client_share=8)) as port:
        for path in ("/", "/config"):
            status, body = raw_request(port, "GET", path)
            assert status == 200 and gradio.__version__.encode() not in body, path
        config = json.loads(raw_request(port, "GET", "/config")[1])
        assert config["version"] == gradio.__version__.split(".")[0]
        # gradio_client reads the version to choose its protocol: it must still work.
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        answer = client.predict(QUESTION, 3, None, None, api_name="/ask")
        assert answer["hits"][0]["section_label"] == "การศึกษา"


def test_proxies_and_host_names_come_from_the_command_line(capsys: pytest.CaptureFixture) -> None:
    from qa_bot.cli import build_parser, main
    from qa_bot.web.limits import limits_from_args

    options = "--kiosk --trusted-proxy 10.0.0.5 --trusted-proxy fd00::/8 --allowed-host kiosk.local"
    args = build_parser().parse_args(["serve", *options.split()])
    limits = limits_from_args(args)
    assert limits.is_proxy("10.0.0.5") and limits.is_proxy("fd00::1")
    assert not limits.is_proxy("10.0.0.6") and limits.allowed_hosts == ("kiosk.local",)
    assert limits.hide_version
    assert not limits_from_args(build_parser().parse_args(["serve"])).is_proxy("127.0.0.1")
    assert main(["serve", "--trusted-proxy", "proxy.example"]) == 2
    assert "proxy.example" in capsys.readouterr().err
    assert main(["serve", "--client-share", "0"]) == 2
    assert "client share" in capsys.readouterr().err
    assert (
        limits_from_args(build_parser().parse_args(["serve", "--client-share", "40"])).client_share
        == 40
    )


def test_a_refused_question_is_not_echoed_whole(bot: QABot, strict: int) -> None:
    from qa_bot.web.service import ECHO_CHARS, ChatService

    record = ChatService(bot).ask("ก" * 50_000)
    assert "error" in record and record["question"] == "ก" * ECHO_CHARS + "…"
    assert ChatService(bot).ask(["x"] * 1000)["question"] == "<list>"  # type: ignore[arg-type]
    # Over HTTP: just under the API's cap, refused as too long, echoed as its beginning.
    status, body = post(strict, "/gradio_api/call/ask", ask_body(["AQRF " * 10_000, 3, None, None]))
    event = json.loads(body)["event_id"]
    status, stream = raw_request(strict, "GET", f"/gradio_api/call/ask/{event}")
    assert status == 200 and len(stream) < 2_000 and b"AQRF AQRF" in stream


# --- answers nobody takes ----------------------------------------------------------------------


@contextmanager
def server_and_app(bot: QABot, **options: Any) -> Iterator[tuple[Any, int]]:
    port = free_port()
    demo, _ = serve(bot=bot, port=port, prevent_thread_lock=True, quiet=True, **options)
    try:
        yield demo, port
    finally:
        demo.close()


def page_join(port: int, source: str, session: str, history: list[Any]) -> int:
    """Join the queue for the page's question event, as the browser does; the HTTP status."""
    config = json.loads(raw_request(port, "GET", "/config")[1])
    [fn_index] = [i for i, d in enumerate(config["dependencies"]) if d.get("api_name") == "respond"]
    payload = {"data": [QUESTION, history, [], ""], "fn_index": fn_index, "session_hash": session}
    return post(port, "/gradio_api/queue/join", json.dumps(payload).encode(), source)[0]


def held_answers(demo: Any) -> int:
    """Sessions whose finished answers wait unread in Gradio's queue."""
    sessions = demo._queue.pending_messages_per_session.values()
    return sum(not messages.empty() for messages in sessions)


def test_answers_nobody_collects_are_not_kept_without_end(bot: QABot) -> None:
    with server_and_app(bot, limits=ServerLimits(unread_answers=4)) as (demo, port):
        for number in range(12):  # twelve visitors join and never open their result stream
            assert page_join(port, f"127.0.6.{number + 1}", f"gone{number}", []) == 200
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.6)
            raw_request(port, "GET", "/config")  # any request lets the guard look
            if held_answers(demo) <= 4 and not demo._queue.event_ids_to_events:
                break
        assert held_answers(demo) <= 4
        # A caller who does come for its answer soon gets it.
        _, body = post(port, "/gradio_api/call/ask", ask_body([QUESTION, 3, None, None]))
        time.sleep(1.5)
        event = json.loads(body)["event_id"]
        stream = raw_request(port, "GET", f"/gradio_api/call/ask/{event}")[1].decode()
        assert answered_section(stream) == "การศึกษา"


def test_a_client_that_does_not_read_its_reply_is_cut_off() -> None:
    """The guard gives up on a reply the client does not take within send_timeout_s. (Over
    loopback the kernel's buffers take a whole page answer, so this is shown with an ASGI
    send that never completes, as uvicorn's does while the client reads nothing.)"""
    import asyncio

    from qa_bot.web.guard import RequestGuard

    async def streaming_app(scope: Any, receive: Any, send: Any) -> None:
        from starlette.responses import StreamingResponse

        async def chunks() -> Any:
            for _ in range(100):
                yield b"x" * 65536

        await StreamingResponse(chunks())(scope, receive, send)

    sent: list[Any] = []

    async def stuck_send(message: Any) -> None:
        sent.append(message)
        if message["type"] == "http.response.body":
            await asyncio.Event().wait()  # the client never reads

    async def receive() -> Any:
        return {"type": "http.request", "body": b"", "more_body": False}

    guard = RequestGuard(streaming_app, ServerLimits(send_timeout_s=0.5))
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/gradio_api/queue/data",
        "headers": [],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 7860),
        "asgi": {"version": "3.0", "spec_version": "2.4"},
    }
    started = time.monotonic()
    asyncio.run(asyncio.wait_for(guard(scope, receive, stuck_send), 10))
    assert time.monotonic() - started < 3  # given up on, without an error
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]
