"""Time and peak memory to build the bundled corpus's index from nothing (into a temporary folder).

    python bench/build.py [--corpus corpus] [--model e5-small-q4] [--repeat 3]

Each build runs in a fresh process, so the peak resident memory (the process's ru_maxrss) is the
build's own: interpreter, libraries, model, corpus and index together.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    PEAK_RSS_SNIPPET,
    ROOT,
    add_append_option,
    bench_parser,
    machine_description,
    median,
    report,
    run_python,
    table,
    wait_for_quiet,
)

CHILD = f"""
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from qa_bot.store import build_index
imported = time.perf_counter()
stages = {{}}
def progress(stage, done, total):
    stages[stage] = time.perf_counter()
index = build_index(Path(sys.argv[1]), Path(sys.argv[2]), model=sys.argv[3], reuse=False,
                    progress=progress)
built = time.perf_counter()
{PEAK_RSS_SNIPPET}
size = sum(p.stat().st_size for p in Path(sys.argv[2]).rglob("*") if p.is_file())
print(json.dumps({{
    "import_s": imported - started,
    "build_s": built - imported,
    "passages_s": stages.get("passages", imported) - imported,
    "sentences_s": stages.get("sentences", stages.get("passages", imported))
                   - stages.get("passages", imported),
    "passages": len(index.passages),
    "sentences": int(len(index.sentence_vectors)),
    "peak_rss_mib": _peak_mib,
    "index_bytes": size,
}}))
"""


def main() -> int:
    parser = bench_parser(__doc__, append_option=False)
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--model", default="e5-small-q4")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-load", type=float, default=1.0, help="wait for a quieter machine")
    add_append_option(parser)
    args = parser.parse_args()

    start_load = wait_for_quiet(args.max_load)
    machine = machine_description()
    runs = []
    with tempfile.TemporaryDirectory(prefix="qa-bench-build-") as tmp:
        for number in range(args.repeat):
            target = Path(tmp) / f"index{number}"
            runs.append(run_python(CHILD, args.corpus, str(target), args.model))
            print(
                f"run {number + 1}: build {runs[-1]['build_s']:.1f} s, "
                f"peak RSS {runs[-1]['peak_rss_mib']:.0f} MiB",
                flush=True,
            )
    end_load = os.getloadavg()[0]
    first = runs[0]
    rows = [
        [
            number + 1,
            f"{run['build_s']:.2f}",
            f"{run['passages_s']:.2f}",
            f"{run['sentences_s']:.2f}",
            f"{run['import_s']:.2f}",
            f"{run['peak_rss_mib']:.0f}",
        ]
        for number, run in enumerate(runs)
    ]
    body = "\n".join(
        [
            f"Corpus `{Path(args.corpus).name}/`: {first['passages']} passages, "
            f"{first['sentences']} answer sentences; model {args.model}; a full build (no "
            f"embedding cache) into a new temporary folder, {args.repeat} runs, each a fresh "
            f"process; load average {start_load:.2f} → {end_load:.2f}.",
            "",
            table(
                [
                    "run",
                    "build s",
                    "of which passages s",
                    "sentences s",
                    "imports s",
                    "peak RSS MiB",
                ],
                rows,
            ),
            "",
            f"Median build **{median([r['build_s'] for r in runs]):.2f} s**, median peak RSS "
            f"**{median([r['peak_rss_mib'] for r in runs]):.0f} MiB**, index on disk "
            f"{first['index_bytes'] / 2**20:.2f} MiB. The build is almost all encoding "
            f"({first['passages'] / max(first['passages_s'], 1e-9):.1f} passages/s, "
            f"{first['sentences'] / max(first['sentences_s'], 1e-9):.1f} sentences/s).",
        ]
    )
    return report(args, "Build (bench/build.py)", body, machine=machine)


if __name__ == "__main__":
    sys.exit(main())
