"""Load: many visitors at once on the chat page's /ask API, then a burst beyond the queue limit.

Starts `python app.py` on a free 127.0.0.1 port (a subprocess; nothing leaves the machine), then
`--clients` threads (default 50) each ask question after question over Gradio's REST route (the
one gradio_client and curl use), with no pause between questions, until `--questions` (default
10,000) have been answered and at least `--min-seconds` (default 60) have passed — or
`--max-seconds` (default 1,200), whichever bound comes first. The questions are the dev and
extra evaluation questions plus a few a kiosk will meet (empty, emoji only, too long, HTML,
off-topic, English). It reports:

- failed requests (HTTP errors, timeouts, error events, malformed replies) — the target is none;
  an answer and a Thai / English message for a bad question both count as served;
- latency as each client saw it (queueing included) and as the server spent on the question;
- the server's resident memory after the first 100 questions and after 10,000 (and at every
  thousand): within 10 % means no leak;
- a burst of `--burst` (default 200) requests at once, well past the queue limit
  (web.server.MAX_QUEUE waiting): how many were turned away at once with "busy, try again"
  (HTTP 503; gradio_client raises "Queue is full! Please try again."), and that every accepted
  one was answered (no hang).

Prints the figures and appends them to bench/RESULTS.md.

    python bench/load.py [--clients 50] [--questions 10000] [--min-seconds 60]
                         [--max-seconds 1200] [--burst 200] [--no-write]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # bench/ is not a package: found through sys.path above
    DEV_QUESTIONS,
    EXTRA_QUESTIONS,
    ROOT,
    add_run_options,
    append_results,
    machine_description,
    percentile,
    rss_mib,
    table,
    wait_for_quiet,
)

HOST = "127.0.0.1"  # loopback only, always
READY_TIMEOUT_S = 180.0
REQUEST_TIMEOUT_S = 120.0  # a reply slower than this is a failure ("hang")
LEAK_TOLERANCE = 0.10
# What a kiosk meets besides real questions: each must come back as an answer or a message.
KIOSK_INPUTS = [
    "",
    "   ",
    "🙂🙂🙂",
    "ก" * 1001,
    "<script>alert(1)</script> AQRF คืออะไร",
    "'; DROP TABLE passages; --",
    "ราคาทองวันนี้เท่าไร",
    "What is the ASEAN Smart Cities Network?",
    "\u0e49\u0e49 \u0e34",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def question_pool() -> list[str]:
    questions = []
    for path in (DEV_QUESTIONS, EXTRA_QUESTIONS):
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            questions += [json.loads(line)["question"] for line in lines if line.strip()]
    if not questions:
        questions = ["AQRF คืออะไร", "อาเซียนร่วมกันป้องกันโรคติดต่ออะไรบ้าง"]
    # About one in twelve is one of the kiosk's odd inputs.
    return questions + KIOSK_INPUTS


@dataclass
class Outcome:
    ok: bool
    kind: str  # answer | message | refused (503) | the failure
    latency_ms: float
    server_ms: float | None = None
    detail: str = ""


def ask(client: Any, base: str, question: str, k: int = 3) -> Outcome:
    """One /ask call: POST the inputs, read the event stream to its end."""
    started = time.perf_counter()

    def done(ok: bool, kind: str, server_ms: float | None = None, detail: str = "") -> Outcome:
        return Outcome(ok, kind, (time.perf_counter() - started) * 1000, server_ms, detail)

    try:
        posted = client.post(
            f"{base}/gradio_api/call/ask",
            json={"data": [question, k, None, None]},
            timeout=REQUEST_TIMEOUT_S,
        )
        if posted.status_code == 503:
            return done(False, "refused (503)", detail=posted.json().get("detail", ""))
        if posted.status_code != 200:
            return done(False, f"HTTP {posted.status_code}", detail=posted.text[:200])
        event_id = posted.json()["event_id"]
        stream = client.get(f"{base}/gradio_api/call/ask/{event_id}", timeout=REQUEST_TIMEOUT_S)
    except Exception as error:  # timeouts, refused connections: all failures, all counted
        return done(False, type(error).__name__, detail=str(error)[:200])
    if stream.status_code != 200 or "event: complete" not in stream.text:
        return done(False, "error event", detail=stream.text[:200])
    try:
        record = json.loads(stream.text.split("data:", 1)[1].strip())[0]
    except (ValueError, IndexError, KeyError) as error:
        return done(False, "malformed reply", detail=f"{error}: {stream.text[:200]}")
    if "error" in record:
        return done(True, "message")
    if not isinstance(record.get("hits"), list):
        return done(False, "malformed reply", detail=stream.text[:200])
    return done(True, "answer", record.get("elapsed_ms"))


@dataclass
class Run:
    """Shared by the client threads: what happened, and when to stop."""

    outcomes: list[Outcome] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)

    def add(self, outcome: Outcome) -> int:
        with self.lock:
            self.outcomes.append(outcome)
            return len(self.outcomes)


class Server:
    """`python app.py` on a free loopback port, its log in a temporary file."""

    def __init__(self) -> None:
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        log_fd, log_name = tempfile.mkstemp(prefix="qa-load-", suffix=".log")
        self.log = Path(log_name)
        env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(
            [sys.executable, "app.py", "--host", HOST, "--port", str(self.port)],
            cwd=ROOT,
            env=env,
            stdout=log_fd,
            stderr=subprocess.STDOUT,
        )
        os.close(log_fd)

    def wait_ready(self) -> float:
        import httpx

        started = time.perf_counter()
        while time.perf_counter() - started < READY_TIMEOUT_S:
            if self.process.poll() is not None:
                raise RuntimeError(f"app.py exited with {self.process.returncode}:\n{self.tail()}")
            try:
                if httpx.get(f"{self.base}/config", timeout=2).status_code == 200:
                    return time.perf_counter() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"app.py not ready after {READY_TIMEOUT_S:.0f} s:\n{self.tail()}")

    def rss(self) -> float:
        return rss_mib(self.process.pid)

    def tail(self, chars: int = 3000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]

    def tracebacks(self) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count("Traceback")

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.unlink(missing_ok=True)


def visitor_client(number: int) -> Any:
    """An HTTP client from its own loopback address (127.0.3.x, 127.0.4.x ...): the server
    gives each address a share of the queue (web/limits.py), and these are distinct visitors."""
    import httpx

    address = f"127.0.{3 + number // 250}.{1 + number % 250}"
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address))


def ready_server() -> Server:
    """`python app.py` started and answering (its start-up time printed)."""
    server = Server()
    try:
        ready = server.wait_ready()
    except BaseException:
        server.close()
        raise
    print(f"app.py ready in {ready:.1f} s at {server.base}", flush=True)
    return server


def client_loop(
    run: Run, base: str, questions: list[str], counter: itertools.count, number: int
) -> None:
    with visitor_client(number) as client:
        while not run.stop.is_set():
            question = questions[next(counter) % len(questions)]
            run.add(ask(client, base, question))


def sustained(server: Server, args: argparse.Namespace) -> dict[str, Any]:
    """--clients threads asking without pause; RSS read at 100 questions and every 1,000."""
    run, counter = Run(), itertools.count()
    questions = question_pool()
    threads = [
        threading.Thread(
            target=client_loop, args=(run, server.base, questions, counter, number), daemon=True
        )
        for number in range(args.clients)
    ]
    marks = [100, *range(1000, args.questions + 1, 1000)]
    rss: dict[int, float] = {}
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    last_report = started
    while True:
        time.sleep(0.02)
        done, elapsed = len(run.outcomes), time.perf_counter() - started
        while marks and done >= marks[0]:
            rss[marks.pop(0)] = server.rss()
        if time.perf_counter() - last_report > 15:
            last_report = time.perf_counter()
            failed = sum(not o.ok for o in run.outcomes)
            print(f"  {elapsed:5.0f} s: {done} questions, {failed} failed", flush=True)
        if (done >= args.questions and elapsed >= args.min_seconds) or elapsed >= args.max_seconds:
            break
    run.stop.set()
    for thread in threads:
        thread.join(REQUEST_TIMEOUT_S + 5)
    elapsed = time.perf_counter() - started
    rss["end"] = server.rss()
    return {"outcomes": list(run.outcomes), "seconds": elapsed, "rss": rss}


def burst(server: Server, size: int) -> dict[str, Any]:
    """size requests released at once (a barrier): more than the queue holds."""
    from gradio_client import Client

    # Some callers use gradio_client, as staff scripts do: from this machine's one address, so
    # fewer than its share of the queue (web/limits.CLIENT_SHARE, 16).
    gradio_clients = max(1, min(size // 10, 8))
    api = Client(server.base, verbose=False)
    barrier = threading.Barrier(size)
    outcomes: list[tuple[str, Outcome]] = []
    lock = threading.Lock()

    numbers = itertools.count()

    def raw_caller() -> None:
        with visitor_client(next(numbers)) as client:
            barrier.wait()
            outcome = ask(client, server.base, "AQRF คืออะไร")
        with lock:
            outcomes.append(("HTTP", outcome))

    def client_caller() -> None:
        barrier.wait()
        started = time.perf_counter()
        try:
            record = api.predict("AQRF คืออะไร", 3, None, None, api_name="/ask")
            outcome = Outcome("hits" in record, "answer", (time.perf_counter() - started) * 1000)
        except Exception as error:  # gradio_client's QueueError when the queue is full
            latency = (time.perf_counter() - started) * 1000
            refused = "Queue is full" in str(error)
            kind = "refused (503)" if refused else type(error).__name__
            outcome = Outcome(False, kind, latency, detail=str(error)[:200])
        with lock:
            outcomes.append(("gradio_client", outcome))

    targets = [client_caller] * gradio_clients + [raw_caller] * (size - gradio_clients)
    threads = [threading.Thread(target=t, daemon=True) for t in targets]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(REQUEST_TIMEOUT_S + 30)
    hung = sum(thread.is_alive() for thread in threads)
    return {"outcomes": outcomes, "seconds": time.perf_counter() - started, "hung": hung}


def summarise_sustained(result: dict[str, Any], args: argparse.Namespace) -> tuple[str, bool]:
    outcomes: list[Outcome] = result["outcomes"]
    failures = Counter(o.kind for o in outcomes if not o.ok)
    served = [o for o in outcomes if o.ok]
    latency = [o.latency_ms for o in served]
    server_ms = [o.server_ms for o in served if o.server_ms is not None]
    rss = result["rss"]
    first, last_mark = rss.get(100), max((m for m in rss if m != "end"), default=None)
    growth = (rss[last_mark] - first) / first if first and last_mark else float("nan")
    reached = len(outcomes) >= args.questions
    no_leak = reached and growth <= LEAK_TOLERANCE
    ok = not failures and reached and no_leak and result["seconds"] >= args.min_seconds
    kinds = Counter(o.kind for o in served)
    lines = [
        f"{args.clients} concurrent clients, no pause between questions, for"
        f" {result['seconds']:.0f} s: {len(outcomes)} questions"
        f" ({len(outcomes) / result['seconds']:.1f} a second); {kinds['answer']} answered,"
        f" {kinds['message']} bad questions given a Thai / English message.",
        f"Failed requests: {sum(failures.values())}"
        + (f" ({', '.join(f'{k}: {v}' for k, v in failures.items())})" if failures else "")
        + ".",
        f"Latency seen by the clients (queueing included): p50 {percentile(latency, 50):.0f} ms,"
        f" p95 {percentile(latency, 95):.0f} ms, p99 {percentile(latency, 99):.0f} ms,"
        f" max {max(latency):.0f} ms. Time the server spent on a question: p50"
        f" {percentile(server_ms, 50):.0f} ms, p95 {percentile(server_ms, 95):.0f} ms.",
        f"Server RSS: {first:.0f} MiB after 100 questions,"
        f" {rss.get(last_mark, float('nan')):.0f} MiB after {last_mark}"
        f" ({growth:+.1%}; no leak if within {LEAK_TOLERANCE:.0%})"
        + (" — LEAK?" if reached and not no_leak else "")
        + ("" if reached else f" — only {len(outcomes)} of {args.questions} questions in time")
        + ".",
    ]
    marks = [m for m in rss if m != "end"]
    lines.append(
        "\n"
        + table(
            ["questions", *map(str, marks)],
            [["RSS (MiB)", *(f"{rss[m]:.0f}" for m in marks)]],
        )
    )
    return "\n".join(lines), ok


def summarise_burst(result: dict[str, Any], size: int) -> tuple[str, bool]:
    rows, ok, answered_total = [], result["hung"] == 0, 0
    for caller in ("HTTP", "gradio_client"):
        outcomes = [o for c, o in result["outcomes"] if c == caller]
        refused = [o for o in outcomes if o.kind == "refused (503)"]
        answered = [o for o in outcomes if o.ok]
        other = [o for o in outcomes if not o.ok and o.kind != "refused (503)"]
        ok = ok and not other
        answered_total += len(answered)
        message = refused[0].detail if refused else "—"
        rows.append(
            [
                caller,
                len(outcomes),
                len(answered),
                f"{max(o.latency_ms for o in answered) / 1000:.1f} s" if answered else "—",
                len(refused),
                f"{max(o.latency_ms for o in refused):.0f} ms" if refused else "—",
                f"“{message}”",
                len(other),
            ]
        )
    refused_total = sum(r[4] for r in rows)
    ok = ok and refused_total > 0 and answered_total > 0
    text = (
        f"Burst: {size} requests released at once on an idle server (queue: 2 at a time,"
        f" at most 64 waiting). {refused_total} were turned away at once with HTTP 503"
        f" (busy, try again); every accepted one was answered; {result['hung']} hung;"
        f" all done in {result['seconds']:.1f} s.\n\n"
        + table(
            [
                "caller",
                "sent",
                "answered",
                "slowest answer",
                "turned away",
                "slowest refusal",
                "message",
                "other failures",
            ],
            rows,
        )
    )
    return text, ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--min-seconds", type=float, default=60)
    parser.add_argument("--max-seconds", type=float, default=1200)
    parser.add_argument("--burst", type=int, default=200)
    add_run_options(parser)
    args = parser.parse_args()
    if not (1 <= args.clients <= 200 and 1 <= args.burst <= 1000 and args.max_seconds <= 3600):
        parser.error("bounded: 1-200 clients, a burst of 1-1000, at most 3600 s")

    wait_for_quiet(args.max_load, args.wait)
    description = machine_description()
    server = ready_server()
    try:
        result = sustained(server, args)
        sustained_text, sustained_ok = summarise_sustained(result, args)
        print(sustained_text, flush=True)
        time.sleep(2)  # let the queue empty
        burst_result = burst(server, args.burst)
        burst_text, burst_ok = summarise_burst(burst_result, args.burst)
        print(burst_text, flush=True)
        tracebacks = server.tracebacks()
        alive = server.process.poll() is None
    finally:
        server.close()
    verdict = (
        "All met: no failed request, no leak, excess load turned away politely, no hang."
        if sustained_ok and burst_ok and alive
        else "NOT MET: see above."
    )
    footer = (
        f"Server log: {tracebacks} tracebacks; the server was"
        f" {'still running' if alive else 'DOWN'} at the end. {verdict}"
    )
    print(footer)
    if not args.no_write:
        append_results(
            "Load: concurrent clients on /ask",
            f"{sustained_text}\n\n{burst_text}\n\n{footer}",
            description,
        )
        print("appended to bench/RESULTS.md")
    return 0 if sustained_ok and burst_ok and alive else 1


if __name__ == "__main__":
    sys.exit(main())
