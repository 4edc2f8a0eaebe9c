"""`qa-bot serve` that cannot listen: the reason and what to change, in Thai and English, before
the index loads — never Gradio's "Cannot find empty port … set GRADIO_SERVER_PORT" for a port in
use and a mistyped --host alike."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from qa_bot import cli
from qa_bot.web import server
from qa_bot.web.server import serve as real_serve  # before a test replaces it

from .conftest import INDEX_DIR


@pytest.fixture()
def taken_port() -> Iterator[int]:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


@pytest.fixture()
def no_serving(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("serve() ran: the check should have stopped it first")

    monkeypatch.setattr(server, "serve", refuse)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(capsys, *options: str) -> tuple[int, str]:
    code = cli.main(["serve", "--index", str(INDEX_DIR), *options])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("host", ["127.0.0.1", "0.0.0.0", "localhost"])
def test_a_port_in_use_is_named_at_once(taken_port, no_serving, capsys, host) -> None:
    code, err = _serve(capsys, "--host", host, "--port", str(taken_port))
    assert code == 1
    assert f"พอร์ต {taken_port} มีโปรแกรมอื่นใช้อยู่ — ลองพอร์ตอื่นด้วย --port" in err
    assert f"port {taken_port} is already in use; try another --port" in err
    assert "GRADIO" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("host", "thai", "english"),
    [
        ("999.1.1.1", "ไม่รู้จักที่อยู่ 999.1.1.1 — ตรวจ --host", "unknown address 999.1.1.1"),
        (
            "192.0.2.1",  # TEST-NET-1: never this machine's
            "192.0.2.1 ไม่ใช่ที่อยู่ของเครื่องนี้ — ตรวจ --host",
            "192.0.2.1 is not an address of this machine; check --host",
        ),
    ],
)
def test_a_wrong_host_is_named_not_the_port(no_serving, capsys, host, thai, english) -> None:
    code, err = _serve(capsys, "--host", host, "--port", str(_free_port()))
    assert code == 1 and thai in err and english in err
    assert "--port" not in err.split(" / ")[0]  # the port is not what to change


def test_a_failure_after_the_check_gives_no_gradio_advice(monkeypatch, capsys) -> None:
    def gradio_says(*args, **kwargs):
        raise OSError(
            "Cannot find empty port in range: 1-1. You can specify a different port by setting "
            "the GRADIO_SERVER_PORT environment variable or passing the `server_port` parameter"
        )

    monkeypatch.setattr(server, "serve", gradio_says)
    port = _free_port()
    code, err = _serve(capsys, "--port", str(port))
    assert code == 1
    assert "เซิร์ฟเวอร์เริ่มไม่สำเร็จ" in err and "the server did not start" in err
    assert "GRADIO_SERVER_PORT" not in err and "launch()" not in err


def test_a_free_port_has_no_problem() -> None:
    assert server.listen_problem("127.0.0.1", _free_port()) is None


@pytest.mark.parametrize("value", ["inf", "nan", "1e300", "86401", "-1"])
def test_an_idle_time_a_browser_timer_cannot_wait_is_refused(no_serving, capsys, value) -> None:
    # --idle-seconds inf ended in a traceback (OverflowError); past 24.8 days a browser's
    # setTimeout fires at once, so the kiosk would have started over without end.
    code, err = _serve(capsys, "--kiosk", "--idle-seconds", value, "--port", str(_free_port()))
    assert code == 2 and "at most 86,400" in err and "ไม่เกิน 86,400 วินาที" in err
    with pytest.raises(server.QuestionError):
        real_serve(INDEX_DIR, kiosk=True, idle_seconds=float(value))  # checked before loading
