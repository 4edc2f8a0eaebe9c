"""Full build against a build after a one-document change (embedding cache), wall-clock.

Corpus: the bundled ASEAN document plus tests/fixtures/science_camp_handout.th.md, copied to a
temporary folder. Each figure is the median of --repeat runs of the `qa-bot` command (a fresh
process, as a person would run it), so imports and dictionary loading are included.

    python bench/incremental_build.py [--repeat 3]

Scenarios:
    full              qa-bot build --full (embeds every passage and sentence)
    add_document      qa-bot add FIXTURE into the ASEAN-only corpus and index
    edit_fixture      one paragraph of the fixture changed, then qa-bot build
    edit_asean        one paragraph of the ASEAN document changed, then qa-bot build
    unchanged         qa-bot build with nothing changed
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASEAN = ROOT / "corpus" / "asean_socio_cultural_community.th.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "science_camp_handout.th.md"
EDIT = "\n\nย่อหน้านี้เพิ่มเข้ามาเพื่อวัดเวลาการสร้างดัชนีใหม่หลังแก้ไขเอกสารหนึ่งฉบับ\n"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def qa_bot(*args: str) -> tuple[float, float, str]:
    """Run the command; seconds of wall-clock time and of CPU time (user + system), and what it
    printed.

    CPU time is the steadier figure on a shared machine; wall-clock is what a person waits.
    """
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(
        [sys.executable, "-m", "qa_bot.cli", *args], check=True, capture_output=True, text=True
    )
    return time.perf_counter() - started, _children_cpu() - cpu, done.stdout


def embedded(output: str) -> int:
    """The texts the command embedded, from its "embedded N new texts" line."""
    found = re.search(r"embedded (\d+) new texts", output)
    return int(found.group(1)) if found else 0


def scenario(work: Path, prepare: Callable[[Path, Path], None], command: list[str]) -> dict:
    """Prepare a corpus and index in a fresh folder, then time the command on them."""
    if work.exists():
        shutil.rmtree(work)
    corpus, index = work / "corpus", work / "index"
    corpus.mkdir(parents=True)
    prepare(corpus, index)
    seconds, cpu, output = qa_bot(
        *command, "--corpus", str(corpus), "--index", str(index), "--quiet"
    )
    return {"seconds": seconds, "cpu": cpu, "embedded": embedded(output)}


def both_documents(corpus: Path, index: Path) -> None:
    shutil.copy(ASEAN, corpus)
    shutil.copy(FIXTURE, corpus)
    qa_bot("build", "--corpus", str(corpus), "--index", str(index), "--quiet")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    def asean_only(corpus: Path, index: Path) -> None:
        shutil.copy(ASEAN, corpus)
        qa_bot("build", "--corpus", str(corpus), "--index", str(index), "--quiet")

    def edit(name: str) -> Callable[[Path, Path], None]:
        def prepare(corpus: Path, index: Path) -> None:
            both_documents(corpus, index)
            with (corpus / name).open("a", encoding="utf-8") as handle:
                handle.write(EDIT)

        return prepare

    def fresh(corpus: Path, index: Path) -> None:
        shutil.copy(ASEAN, corpus)
        shutil.copy(FIXTURE, corpus)

    scenarios = {
        "full": (fresh, ["build", "--full"]),
        "add_document": (asean_only, ["add", str(FIXTURE)]),
        "edit_fixture": (edit(FIXTURE.name), ["build"]),
        "edit_asean": (edit(ASEAN.name), ["build"]),
        "unchanged": (both_documents, ["build"]),
    }
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        for name, (prepare, command) in scenarios.items():
            runs = [scenario(Path(tmp) / name, prepare, command) for _ in range(args.repeat)]
            results[name] = {
                "seconds_median": round(statistics.median(r["seconds"] for r in runs), 2),
                "seconds_all": [round(r["seconds"], 2) for r in runs],
                "cpu_seconds_median": round(statistics.median(r["cpu"] for r in runs), 2),
                "texts_embedded": runs[0]["embedded"],
            }
    full, full_cpu = results["full"]["seconds_median"], results["full"]["cpu_seconds_median"]
    for result in results.values():
        result["share_of_full"] = round(result["seconds_median"] / full, 2)
        result["cpu_share_of_full"] = round(result["cpu_seconds_median"] / full_cpu, 2)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
