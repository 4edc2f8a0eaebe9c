"""Cold start of the chat page: from `python app.py` to the first answered question.

Starts a new `python app.py --port N` process, asks one question through the page's /ask API
over plain HTTP (Gradio's REST route, the one gradio_client uses) as soon as the port accepts a
connection, and stops the clock when the answer arrives (both times are reported: when the port
opened, and how long the first question took from then). Then asks more questions and reads
the serving process's resident memory. Prints the figures and appends them, with a description
of the machine, to bench/RESULTS.md under a "## Cold start" heading.

    python bench/cold_start.py [--runs 3] [--kiosk] [--no-write]

Targets (issue 3): first answer <= 5 s after start, serving process RSS <= 600 MB (MiB here).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # bench/ is not a package: found through sys.path above
    DEV_QUESTIONS,
    ROOT,
    add_run_options,
    append_results,
    machine_description,
    rss_mib,
    wait_for_quiet,
)

FIRST_QUESTION = "AQRF คืออะไร"
TARGET_SECONDS = 5.0
TARGET_RSS_MB = 600.0
POLL_SECONDS = 0.02
GIVE_UP_SECONDS = 120.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ask(base: str, question: str, timeout: float = 30.0) -> dict:
    """One /ask call over Gradio's REST route: POST the inputs, read the event stream."""
    body = json.dumps({"data": [question, 3, None, None]}).encode()
    request = urllib.request.Request(
        f"{base}/gradio_api/call/ask", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        event_id = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{base}/gradio_api/call/ask/{event_id}", timeout=timeout) as r:
        event = None
        for raw in r:
            line = raw.decode("utf-8").strip()
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                data = json.loads(line.split(":", 1)[1])
                if event == "error":
                    raise RuntimeError(f"/ask failed: {data}")
                return data[0]
    raise RuntimeError("/ask: the stream ended without an answer")


def dev_questions(limit: int = 20) -> list[str]:
    if not DEV_QUESTIONS.is_file():
        return [FIRST_QUESTION] * limit
    lines = DEV_QUESTIONS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()][:limit]


def one_run(kiosk: bool) -> dict[str, float]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "app.py", "--port", str(port)] + (["--kiosk"] if kiosk else [])
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1")
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        answer, port_open = None, None
        while answer is None:
            if process.poll() is not None:
                error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"app.py exited with {process.returncode}: {error[-2000:]}")
            if time.perf_counter() - started > GIVE_UP_SECONDS:
                raise RuntimeError(f"no answer within {GIVE_UP_SECONDS:.0f} s")
            try:
                if port_open is None:  # the server listens: from here on, the first question
                    socket.create_connection(("127.0.0.1", port), timeout=1.0).close()
                    port_open = time.perf_counter() - started
                answer = ask(base, FIRST_QUESTION)
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(POLL_SECONDS)
                continue
        first_answer = time.perf_counter() - started
        # CPU seconds the server spent to get there: on a busy machine (others share it) the
        # wall time stretches, this does not, and it bounds the wall time on a quiet one.
        cpu = psutil.Process(process.pid).cpu_times()
        cpu_seconds = cpu.user + cpu.system
        load = os.getloadavg()[0]
        if not answer.get("hits"):
            raise RuntimeError(f"the first answer has no passages: {answer}")
        rss_first = rss_mib(process.pid)
        latencies = []
        for question in dev_questions():
            t = time.perf_counter()
            ask(base, question)
            latencies.append((time.perf_counter() - t) * 1000)
        rss_after = rss_mib(process.pid)
        return {
            "first_answer_s": first_answer,
            "port_open_s": port_open or first_answer,
            "first_question_s": first_answer - (port_open or first_answer),
            "cpu_s": cpu_seconds,
            "load": load,
            "rss_first_mb": rss_first,
            "rss_after_20_mb": rss_after,
            "ask_median_ms": statistics.median(latencies),
        }
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kiosk", action="store_true", help="start the kiosk page instead")
    add_run_options(parser)
    args = parser.parse_args()

    wait_for_quiet(args.max_load, args.wait)
    description = machine_description()
    runs = []
    for number in range(1, args.runs + 1):
        run = one_run(args.kiosk)
        runs.append(run)
        print(
            f"run {number}: first answer {run['first_answer_s']:.2f} s (port open"
            f" {run['port_open_s']:.2f} s, first question {run['first_question_s']:.2f} s;"
            f" server CPU {run['cpu_s']:.2f} s, load {run['load']:.1f}), RSS"
            f" {run['rss_first_mb']:.0f} MiB (after 20 more questions"
            f" {run['rss_after_20_mb']:.0f} MiB), median /ask"
            f" {run['ask_median_ms']:.0f} ms over HTTP",
            flush=True,
        )
    first = [r["first_answer_s"] for r in runs]
    rss = [r["rss_after_20_mb"] for r in runs]
    mode = "kiosk" if args.kiosk else "normal"
    ok = max(first) <= TARGET_SECONDS and max(rss) <= TARGET_RSS_MB
    summary = (
        f"`python app.py{' --kiosk' if args.kiosk else ''}` → first answered /ask question,"
        f" {args.runs} runs: median {statistics.median(first):.2f} s, worst {max(first):.2f} s"
        f" (target ≤ {TARGET_SECONDS:.0f} s), the server's CPU time by then median"
        f" {statistics.median(r['cpu_s'] for r in runs):.2f} s (the port open at median"
        f" {statistics.median(r['port_open_s'] for r in runs):.2f} s, the first question"
        f" answered {statistics.median(r['first_question_s'] for r in runs):.2f} s later);"
        " serving process RSS after 21 questions: worst"
        f" {max(rss):.0f} MiB (target ≤ {TARGET_RSS_MB:.0f} MB); median /ask over HTTP"
        f" {statistics.median(r['ask_median_ms'] for r in runs):.0f} ms."
        f" {'Both targets met.' if ok else 'TARGET MISSED.'}"
    )
    print(summary)
    print(f"machine: {description}")
    if not args.no_write:
        rows = "\n".join(
            f"| {i} | {r['first_answer_s']:.2f} | {r['port_open_s']:.2f} |"
            f" {r['first_question_s']:.2f} | {r['cpu_s']:.2f} | {r['load']:.1f} |"
            f" {r['rss_first_mb']:.0f} |"
            f" {r['rss_after_20_mb']:.0f} | {r['ask_median_ms']:.0f} |"
            for i, r in enumerate(runs, start=1)
        )
        table = (
            "| run | first answer (s) | port open (s) | first question (s) | server CPU by then"
            " (s) | load | RSS then (MiB) | RSS after 20 more (MiB) | /ask median over HTTP (ms)"
            " |\n|---|---|---|---|---|---|---|---|---|\n" + rows
        )
        append_results("Cold start", f"{mode} page. {summary}\n\n{table}", description)
        print("appended to bench/RESULTS.md")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
