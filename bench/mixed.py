"""Language pull between documents: the bundled Thai document beside one English document.

    python bench/mixed.py [--index DIR] [--k 5]

FRESH11 §3: over a user's mixed Thai/English documents, English questions about a Thai document
went to the one English-heavy document. Here the bundled corpus is built together with
tests/fixtures/mixed/ (an English annual report of a community centre, written for this bench: it
speaks of education, health, culture, the environment, floods and meetings, as the ASEAN
document does, and answers none of our questions). Every answerable item of our question sets
(each id once) is asked over that index and over the bundled index alone; all their answers
are in the Thai document. Per language: the share whose top hit is in the Thai document
(document@1) and evidence@1, on both indexes. The gap between the two is the pull.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from common import POOLED_SETS  # noqa: E402

SETS = POOLED_SETS
MIXED = ROOT / "tests" / "fixtures" / "mixed"


def build(corpus_dirs: list[Path], out: Path) -> None:
    from qa_bot import build_index

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for folder in corpus_dirs:
            for path in folder.iterdir():
                if path.is_file():
                    shutil.copyfile(path, corpus / path.name)
        build_index(corpus, out)


def measure(bot, items, k: int) -> dict[str, dict[str, float]]:
    from qa_bot.evaluate.metrics import hit_contains_evidence

    thai_doc = {d.doc_id for d in bot.index.documents if d.doc_id.endswith(".th.txt")}
    counts: dict[str, list[tuple[bool, bool]]] = {"th": [], "en": []}
    for item in items:
        answer = bot.ask(item.question, k=k)
        top = answer.hits[0] if answer.hits else None
        lang = "th" if item.lang == "th" else "en"
        counts[lang].append(
            (
                top is not None and top.document in thai_doc,
                top is not None and hit_contains_evidence(top, item),
            )
        )
    return {
        lang: {
            "n": len(rows),
            "document@1": sum(d for d, _ in rows) / len(rows),
            "evidence@1": sum(e for _, e in rows) / len(rows),
        }
        for lang, rows in counts.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, help="the mixed index (built here when absent)")
    parser.add_argument("--k", type=int, default=5)
    args = parser.parse_args()

    from qa_bot import QABot
    from qa_bot.evaluate import read_items
    from qa_bot.evaluate.cv import dedupe

    files = [(name, read_items(ROOT / "eval" / f"{name}.jsonl")) for name in SETS]
    pooled = dedupe([(s, item) for s, items in files for item in items])
    items = [item for _, item in pooled if item.in_scope]
    with tempfile.TemporaryDirectory() as tmp:
        index = args.index
        if index is None or not index.exists():
            index = index or Path(tmp) / "index"
            build([ROOT / "corpus", MIXED], index)
        figures = {
            "bundled alone": measure(QABot.load(ROOT / "index"), items, args.k),
            "with the English document": measure(QABot.load(index), items, args.k),
        }
    print(f"{len(items)} answerable items, k = {args.k}")
    print("| index | lang | n | document@1 | evidence@1 |")
    print("|---|---|---|---|---|")
    for name, by_lang in figures.items():
        for lang, row in by_lang.items():
            cells = f"{row['document@1']:.3f} | {row['evidence@1']:.3f}"
            print(f"| {name} | {lang} | {row['n']} | {cells} |")


if __name__ == "__main__":
    main()
