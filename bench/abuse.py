"""Abuse: large, slow and greedy requests beside normal visitors (issue #15).

Starts `python app.py` on a free 127.0.0.1 port (nothing leaves the machine). Normal visitors
(`--visitors`, default 8, each from its own loopback address 127.0.1.x) ask the dev and extra
questions without pause over /ask, first alone for `--baseline` seconds (default 20), then for
`--seconds` (default 60) beside attackers, each from its own address 127.0.2.x:

- huge bodies: POSTs that declare 210 MB, and chunked POSTs streaming up to 30 MB to the page's
  route, resent as soon as they are refused;
- bodies just under the page's cap (1.9 MB of conversation through /queue/join), read back,
  and the same never read (Gradio keeps an answer until someone comes for it);
- slow requests: connections sending their headers, or their body, a byte a second;
- a flooder posting questions in a loop without reading the answers.

Every loop is bounded by the run's time and a count. It reports the visitors' answers per second,
failures and latency (alone and under attack), what each attacker got back (status codes, or the
connection closed), and the server's resident memory (before, peak sampled every 0.5 s, after;
the target is under 600 MB), then appends the figures to bench/RESULTS.md.

    python bench/abuse.py [--visitors 8] [--baseline 20] [--seconds 60] [--no-write]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # bench/ is not a package: found through sys.path above
    add_run_options,
    append_results,
    machine_description,
    percentile,
    table,
    wait_for_quiet,
)
from load import HOST, Outcome, Server, ask, question_pool, ready_server

MEMORY_TARGET_MIB = 600
HUGE_DECLARED = 210 * 1024 * 1024
HUGE_STREAMED = 30 * 1024 * 1024
NEAR_CAP_BYTES = int(1.9 * 1024 * 1024)
ATTEMPTS_CAP = 100_000  # per attacker thread: a bound besides the clock


def visitor_address(number: int) -> str:
    return f"127.0.1.{number + 1}"


def attacker_address(number: int) -> str:
    return f"127.0.2.{number + 1}"


class Tally:
    """What one kind of attacker got back, counted by outcome."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()

    def add(self, outcome: str) -> None:
        with self.lock:
            self.counts[outcome] += 1

    def text(self) -> str:
        return ", ".join(f"{kind} ×{count}" for kind, count in self.counts.most_common())


def status_of(answer: bytes) -> str:
    if answer.startswith(b"HTTP/1.1 "):
        return answer[9:12].decode()
    return "closed" if not answer else "other"


def read_reply(sock: socket.socket, timeout: float = 60) -> bytes:
    sock.settimeout(timeout)
    data = b""
    try:
        while len(data) < 1 << 20 and (chunk := sock.recv(65536)):
            data += chunk
    except OSError:
        pass
    return data


def huge_declared(port: int, address: str, tally: Tally) -> None:
    """POST to /ask declaring 210 MB, then send it 1 MB at a time until the server stops us."""
    with socket.create_connection((HOST, port), timeout=30, source_address=(address, 0)) as sock:
        sock.sendall(
            b"POST /gradio_api/call/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n" % HUGE_DECLARED
        )
        chunk = b"A" * (1 << 20)
        try:
            for _ in range(HUGE_DECLARED // len(chunk)):
                sock.sendall(chunk)
        except OSError:
            pass
        tally.add(status_of(read_reply(sock)))


def huge_streamed(port: int, address: str, tally: Tally) -> None:
    """A chunked POST to the page's route, streaming up to 30 MB with no declared length."""
    with socket.create_connection((HOST, port), timeout=30, source_address=(address, 0)) as sock:
        sock.sendall(
            b"POST /gradio_api/queue/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b'{"data": ["' + b"A" * 65536
        try:
            for _ in range(HUGE_STREAMED // len(chunk)):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            pass
        tally.add(status_of(read_reply(sock)))


def page_call(
    port: int,
    address: str,
    fn_index: int,
    history: list[Any],
    timeout: float = 120,
    read: bool = True,
) -> tuple[str, list[Any] | None]:
    """What the browser does for one question: join the queue with the conversation so far,
    read the reply (unless not read). Returns what happened and the conversation sent back."""
    session = f"abuse{time.monotonic_ns()}"
    body = json.dumps(
        {
            "data": ["AQRF คืออะไร", history, [], ""],
            "fn_index": fn_index,
            "session_hash": session,
            "trigger_id": None,
        },
        ensure_ascii=False,  # as the browser sends it
    ).encode()
    connection = http.client.HTTPConnection(
        HOST, port, timeout=timeout, source_address=(address, 0)
    )
    try:
        connection.request(
            "POST", "/gradio_api/queue/join", body, {"Content-Type": "application/json"}
        )
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            return str(response.status), None
        if not read:
            return "joined, never read", None
        connection.request("GET", f"/gradio_api/queue/data?session_hash={session}")
        stream = connection.getresponse().read().decode("utf-8", "replace")
    except OSError as error:
        return type(error).__name__, None
    finally:
        connection.close()
    for line in stream.splitlines():
        if line.startswith("data:") and '"process_completed"' in line:
            message = json.loads(line[5:])
            if message.get("success"):
                return "answered", message["output"]["data"][0]
            return "error", None
    return "no answer", None


def long_conversation(port: int, fn_index: int) -> list[Any]:
    """A conversation as the page keeps it, repeated to just under the page's cap."""
    outcome, turn = page_call(port, attacker_address(250), fn_index, [])
    if turn is None:
        raise RuntimeError(f"the page did not answer: {outcome}")
    size = len(json.dumps(turn, ensure_ascii=False).encode())
    return turn * max(1, NEAR_CAP_BYTES // size)


def near_cap(
    port: int, address: str, tally: Tally, fn_index: int, history: list[Any], read: bool = True
) -> None:
    """A conversation just under the page's cap through /queue/join, and its reply read whole
    (or never read: Gradio would keep it until someone came for it)."""
    tally.add(page_call(port, address, fn_index, history, read=read)[0])
    if not read:
        time.sleep(0.2)  # a join every 0.2 s: the workers, not the client, are the limit


def slow(port: int, address: str, tally: Tally, stop: threading.Event, body: bool) -> None:
    """Headers (or, after whole headers, a body) a byte a second, until the server gives up."""
    head = b"POST /gradio_api/call/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n"
    trickle = b'{"data": ["' + b"A" * 990 if body else head
    started = time.monotonic()
    with socket.create_connection((HOST, port), timeout=5, source_address=(address, 0)) as sock:
        if body:
            sock.sendall(head)
        try:
            for byte in trickle:
                if stop.is_set():
                    tally.add("stopped by the bench")
                    return
                sock.sendall(bytes([byte]))
                if stop.wait(1.0):
                    tally.add("stopped by the bench")
                    return
        except OSError:
            pass
        answer = read_reply(sock, timeout=5)
        held = time.monotonic() - started
        tally.add(f"{status_of(answer)} after {5 * round(held / 5):.0f} s")


def flooder(port: int, address: str, tally: Tally, stop: threading.Event) -> None:
    """Questions posted in a loop, answers never read."""
    body = json.dumps({"data": ["AQRF คืออะไร", 10, None, None]})
    connection = http.client.HTTPConnection(HOST, port, timeout=30, source_address=(address, 0))
    for _ in range(ATTEMPTS_CAP):
        if stop.is_set():
            break
        try:
            connection.request(
                "POST", "/gradio_api/call/ask", body, {"Content-Type": "application/json"}
            )
            response = connection.getresponse()
            response.read()
            tally.add(str(response.status))
        except OSError as error:
            tally.add(type(error).__name__)
            connection.close()
            connection = http.client.HTTPConnection(
                HOST, port, timeout=30, source_address=(address, 0)
            )
    connection.close()


def repeat(stop: threading.Event, attack: Callable[[], None]) -> None:
    for _ in range(ATTEMPTS_CAP):
        if stop.is_set():
            return
        try:
            attack()
        except OSError:
            time.sleep(0.1)


def visitors(
    server: Server, count: int, seconds: float, rss: list[float]
) -> tuple[list[Outcome], float]:
    """count visitors asking without pause for `seconds`; RSS sampled every 0.5 s into rss."""
    import httpx

    outcomes: list[Outcome] = []
    lock = threading.Lock()
    stop = threading.Event()
    questions, counter = question_pool(), itertools.count()

    def visitor(number: int) -> None:
        transport = httpx.HTTPTransport(local_address=visitor_address(number))
        with httpx.Client(transport=transport) as client:
            while not stop.is_set():
                outcome = ask(client, server.base, questions[next(counter) % len(questions)])
                with lock:
                    outcomes.append(outcome)

    threads = [threading.Thread(target=visitor, args=(n,), daemon=True) for n in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    while time.perf_counter() - started < seconds:
        rss.append(server.rss())
        time.sleep(0.5)
    stop.set()
    for thread in threads:
        thread.join(150)
    return outcomes, time.perf_counter() - started


def attack(
    server: Server, stop: threading.Event
) -> tuple[dict[str, Tally], list[threading.Thread]]:
    config = json.loads(http_get(server.port, "/config"))
    [fn_index] = [i for i, d in enumerate(config["dependencies"]) if d.get("api_name") == "respond"]
    port = server.port
    history = long_conversation(port, fn_index)
    tallies = {name: Tally() for name in ATTACKS}
    addresses = (attacker_address(n) for n in itertools.count())
    plans: list[Callable[[], None]] = []
    for _ in range(2):
        a = next(addresses)
        plans.append(
            lambda a=a: repeat(stop, lambda: huge_declared(port, a, tallies["210 MB declared"]))
        )
        b = next(addresses)
        plans.append(
            lambda b=b: repeat(stop, lambda: huge_streamed(port, b, tallies["30 MB streamed"]))
        )
        c = next(addresses)
        plans.append(
            lambda c=c: repeat(
                stop, lambda: near_cap(port, c, tallies["1.9 MB page body"], fn_index, history)
            )
        )
        u = next(addresses)
        plans.append(
            lambda u=u: repeat(
                stop,
                lambda: near_cap(
                    port, u, tallies["1.9 MB, answer never read"], fn_index, history, False
                ),
            )
        )
    for _ in range(30):
        d = next(addresses)
        plans.append(
            lambda d=d: repeat(stop, lambda: slow(port, d, tallies["slow headers"], stop, False))
        )
    for _ in range(10):
        e = next(addresses)
        plans.append(
            lambda e=e: repeat(stop, lambda: slow(port, e, tallies["slow body"], stop, True))
        )
    f = next(addresses)
    plans.append(lambda: flooder(port, f, tallies["flooder"], stop))
    threads = [threading.Thread(target=plan, daemon=True) for plan in plans]
    for thread in threads:
        thread.start()
    return tallies, threads


ATTACKS = (
    "210 MB declared",
    "30 MB streamed",
    "1.9 MB page body",
    "1.9 MB, answer never read",
    "slow headers",
    "slow body",
    "flooder",
)


def http_get(port: int, path: str) -> bytes:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path)
        return connection.getresponse().read()
    finally:
        connection.close()


def visitor_row(name: str, outcomes: list[Outcome], seconds: float) -> list[Any]:
    served = [o for o in outcomes if o.ok]
    latencies = [o.latency_ms for o in served] or [0.0]
    failed = Counter(o.kind for o in outcomes if not o.ok)
    return [
        name,
        len(outcomes),
        f"{len(served) / seconds:.1f}",
        sum(failed.values()),
        ", ".join(f"{k} ×{v}" for k, v in failed.items()) or "—",
        f"{percentile(latencies, 50):.0f}",
        f"{percentile(latencies, 95):.0f}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--visitors", type=int, default=8)
    parser.add_argument("--baseline", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    add_run_options(parser)
    args = parser.parse_args()
    if not (1 <= args.visitors <= 50 and 0 < args.seconds <= 600 and 0 < args.baseline <= 600):
        parser.error("bounded: 1-50 visitors, at most 600 s a phase")

    wait_for_quiet(args.max_load, args.wait)
    description = machine_description()
    server = ready_server()
    try:
        rss_alone: list[float] = []
        alone, alone_s = visitors(server, args.visitors, args.baseline, rss_alone)
        print(f"alone: {len(alone)} questions in {alone_s:.0f} s", flush=True)
        if server.process.poll() is not None:
            raise RuntimeError(f"app.py died while visitors asked alone:\n{server.tail()}")
        stop = threading.Event()
        tallies, threads = attack(server, stop)
        rss_attacked: list[float] = []
        attacked, attacked_s = visitors(server, args.visitors, args.seconds, rss_attacked)
        stop.set()
        for thread in threads:
            thread.join(90)
        lingering = sum(thread.is_alive() for thread in threads)
        time.sleep(3)
        rss_after = server.rss()
        tracebacks = server.tracebacks()
        alive = server.process.poll() is None
    finally:
        server.close()
    peak = max(rss_alone + rss_attacked)
    rows = [
        visitor_row("alone", alone, alone_s),
        visitor_row("beside the attackers", attacked, attacked_s),
    ]
    visitors_table = table(
        ["visitors", "questions", "served / s", "failed", "failures", "p50 ms", "p95 ms"], rows
    )
    attacks_table = table(["attacker", "what it got"], [[n, tallies[n].text()] for n in ATTACKS])
    failed = sum(not o.ok for o in attacked)
    ok = failed == 0 and peak < MEMORY_TARGET_MIB and alive and tracebacks == 0
    memory = (
        f"Server memory (RSS): {rss_alone[0]:.0f} MiB at the start, peak {peak:.0f} MiB "
        f"(sampled every 0.5 s; target < {MEMORY_TARGET_MIB}), {rss_after:.0f} MiB after the "
        f"attack. Server log: {tracebacks} tracebacks; the server was "
        f"{'still running' if alive else 'DOWN'} at the end; {lingering} attacker threads "
        f"still open at the end. {'All met.' if ok else 'NOT MET: see above.'}"
    )
    text = (
        f"{args.visitors} visitors (own loopback addresses) asking without pause, alone for "
        f"{args.baseline:.0f} s, then {args.seconds:.0f} s beside 2 × 210 MB declared, "
        "2 × 30 MB streamed, 2 × 1.9 MB page bodies (and 2 whose answers are never read), "
        "30 slow-header and 10 slow-body "
        "connections and one flooder.\n\n"
        f"{visitors_table}\n\n{attacks_table}\n\n{memory}"
    )
    print(text)
    if not args.no_write:
        append_results("Abuse: large, slow and greedy requests beside visitors", text, description)
        print("appended to bench/RESULTS.md")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
