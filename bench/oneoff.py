"""One-off `qa-bot ask` on a busy machine: question encoding on one OpenMP thread or not.

    python bench/oneoff.py [--questions 10] [--rounds 2] [--busy 2]

`--busy` processes spin on the CPU (one per core of this 2-core machine: a machine running
something else). Each question is asked by a fresh `qa-bot ask --json` process, as an operator
or a script would: with QA_BOT_QUERY_THREADS unset (the default: one OpenMP thread when other
work is running), =1 (always one thread) and =0 (no limit: the library's default of one thread
per core), interleaved.
Reported: the answer's own elapsed_ms (the question, the load excluded) and the process's wall
time, median and p95, and the ratio of medians.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    DEV_QUESTIONS,
    ROOT,
    append_results,
    machine_description,
    median,
    percentile,
    table,
    wait_for_quiet,
)

# "" leaves QA_BOT_QUERY_THREADS unset: the default, one thread when others are running.
SETTINGS = {"automatic (default)": "", "1 thread": "1", "unlimited (library's team)": "0"}


def ask(question: str, threads: str) -> tuple[float, float]:
    env = {**os.environ, "QA_BOT_QUERY_THREADS": threads, "PYTHONPATH": str(ROOT)}
    env.pop("OMP_NUM_THREADS", None)  # what an operator's shell has: nothing set
    if not threads:
        env.pop("QA_BOT_QUERY_THREADS")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "qa_bot.cli", "ask", "--json", question],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    wall = time.perf_counter() - started
    return json.loads(done.stdout)["elapsed_ms"], wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--busy", type=int, default=2, help="spinning processes")
    parser.add_argument("--max-load", type=float, default=1.0, help="wait for a quieter machine")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    questions = [
        json.loads(line)["question"]
        for line in DEV_QUESTIONS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ][: args.questions]
    load = wait_for_quiet(args.max_load)
    machine = machine_description()
    spinners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)
    ]
    results: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in SETTINGS}
    try:
        time.sleep(1)
        for round_number in range(args.rounds):
            for i, question in enumerate(questions):
                order = list(SETTINGS.items())
                if (i + round_number) % 2:
                    order.reverse()
                for name, threads in order:
                    elapsed, wall = ask(question, threads)
                    results[name][0].append(elapsed)
                    results[name][1].append(wall)
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()
    rows = []
    for name, (elapsed, wall) in results.items():
        rows.append(
            [
                name,
                len(elapsed),
                f"{median(elapsed):.1f}",
                f"{percentile(elapsed, 95):.1f}",
                f"{median(wall):.2f}",
                f"{percentile(wall, 95):.2f}",
            ]
        )
    automatic, limited, unlimited = (median(results[name][0]) for name in SETTINGS)
    body = (
        f"{args.busy} spinning processes beside; load average before starting {load:.2f}; "
        f"{len(questions)} dev questions × {args.rounds} rounds, each in a fresh "
        "`qa-bot ask --json` process, settings interleaved.\n\n"
        + table(
            ["question encoding", "asks", "ask p50 ms", "ask p95 ms", "process p50 s", "p95 s"],
            rows,
        )
        + f"\n\nRatio of medians: unlimited / 1 thread {unlimited / limited:.1f}×, "
        f"automatic / 1 thread {automatic / limited:.2f}×\n"
    )
    print(body)
    if not args.no_write:
        append_results("One-off ask on a busy machine (bench/oneoff.py)", body, machine)
    return 0


if __name__ == "__main__":
    sys.exit(main())
