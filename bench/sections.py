"""Sections of real documents (../shared/docs-samples/): title, sections and passages per
section, with the code of another revision beside this one (default: before nested sections).

For each PDF, Word and HTML sample, both revisions read it as `qa-bot build` does
(corpus.documents.read_document, corpus.passages.split_passages), each in a fresh process with
its own `qa_bot` (the other revision's is exported with `git archive` into a temporary folder).
Printed and appended to bench/RESULTS.md: per document, the title, the number of sections, the
passages in all and in the largest section, answer-sentence lengths (median, 90th percentile,
longest, in characters), before → after; then each document's sections after.

The samples may not be committed (licences): they are read where they are, and the script
stops with a message when they are absent.

    python bench/sections.py [--before REV] [--no-append]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, bench_parser, docs_samples, machine_description, report, table

SAMPLES = docs_samples()
SUFFIXES = (".pdf", ".docx", ".html")
# The commit that made headings nest (corpus/sections.py outline); its parent is "before".
NESTED_SECTIONS = "b766b5a"

# Run in a fresh process whose qa_bot is the revision measured: one JSON object a document.
MEASURE = """
import json, sys
from pathlib import Path
from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages
for name in sys.argv[1:]:
    doc = read_document(Path(name))
    counts = {s.section_id: 0 for s in doc.sections}
    sentences = []
    for passage in split_passages([doc]):
        counts[passage.section_id] += 1
        sentences += [b - a for a, b in passage.sentences]
    print(json.dumps({
        "file": Path(name).name,
        "title": doc.title,
        "sections": [[s.section_id, s.label, counts[s.section_id]] for s in doc.sections],
        "sentences": sentences,
    }, ensure_ascii=False))
"""


def measure(source_root: Path, files: list[Path]) -> dict[str, dict[str, Any]]:
    """{file name: {"title", "sections": [[id, label, passages], …]}} read by the qa_bot in
    source_root, in a fresh process (OCR off: PYTHAINLP_OFFLINE, no network)."""
    env = {**os.environ, "PYTHONPATH": str(source_root), "PYTHAINLP_OFFLINE": "1"}
    completed = subprocess.run(
        [sys.executable, "-c", MEASURE, *map(str, files)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=source_root,
        check=True,
    )
    records = [json.loads(line) for line in completed.stdout.splitlines() if line.strip()]
    return {record["file"]: record for record in records}


def export_revision(rev: str, target: Path) -> str:
    """qa_bot/ of revision rev, exported into target; returns the commit's short id."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", rev],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    ).stdout.strip()
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "qa_bot"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        check=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return commit


def _largest(record: dict[str, Any]) -> int:
    return max((count for _, _, count in record["sections"]), default=0)


def _median(record: dict[str, Any]) -> float:
    return statistics.median([count for _, _, count in record["sections"]] or [0])


def _total(record: dict[str, Any]) -> int:
    return sum(count for _, _, count in record["sections"])


def _sentences(record: dict[str, Any], q: float) -> int:
    """The q-quantile of a document's answer-sentence lengths in characters (1.0: the longest)."""
    lengths = sorted(record.get("sentences", [])) or [0]
    return lengths[min(len(lengths) - 1, int(q * len(lengths)))]


def _arrow(before: object, after: object) -> str:
    return f"{before}" if before == after else f"{before} → {after}"


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument(
        "--before",
        default=f"{NESTED_SECTIONS}^",
        help=f"the revision to compare with (default {NESTED_SECTIONS}^: before nested sections)",
    )
    args = parser.parse_args()
    if not SAMPLES.is_dir():
        print(f"skipped: {SAMPLES} is absent (the samples are not part of the repository)")
        return 0
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in SUFFIXES)
    machine = machine_description()
    folder = Path(tempfile.mkdtemp(prefix="qa-bot-sections-"))
    try:
        commit = export_revision(args.before, folder)
        before = measure(folder, files)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    after = measure(ROOT, files)

    rows = []
    for path in files:
        old, new = before[path.name], after[path.name]
        rows.append(
            [
                path.name,
                _arrow(repr(old["title"][:50]), repr(new["title"][:50])),
                _arrow(len(old["sections"]), len(new["sections"])),
                _arrow(_total(old), _total(new)),
                _arrow(_largest(old), _largest(new)),
                _arrow(_median(old), _median(new)),
                _arrow(_sentences(old, 0.5), _sentences(new, 0.5)),
                _arrow(_sentences(old, 0.9), _sentences(new, 0.9)),
                _arrow(_sentences(old, 1.0), _sentences(new, 1.0)),
            ]
        )
    headers = [
        "file",
        "title",
        "sections",
        "passages",
        "passages in the largest section",
        "median passages a section",
        "answer sentence chars: median",
        "p90",
        "longest",
    ]
    listing = []
    for path in files:
        new = after[path.name]
        if len(new["sections"]) > 1:
            parts = ", ".join(f"{sid} {label[:60]!r}: {n}" for sid, label, n in new["sections"])
            listing.append(f"- {path.name}: {parts}")
    body = (
        f"Before = {commit} (`--before {args.before}`), after = this tree; "
        "OCR as `qa-bot build` does it.\n\n"
        + table(headers, rows)
        + "\n\nSections after (id, label: passages):\n\n"
        + "\n".join(listing)
    )
    return report(args, "Sections of real documents (bench/sections.py)", body, machine=machine)


if __name__ == "__main__":
    sys.exit(main())
