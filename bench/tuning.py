"""How the retrieval defaults were chosen: passage size and the fusion of dense and BM25.

    python bench/tuning.py [FILE.jsonl ...]     (default: shared dev set + eval/extra.jsonl)

Answer quality (section@1, evidence@1, evidence@3, sentence@1, refusals) for:
  1. passage sizes (each a fresh index in a temporary folder);
  2. retrieval variants on the default passages: BM25 alone, dense alone (passage vectors),
     dense with sentence vectors, reciprocal-rank fusion, and weighted score fusion.
Prints the tables and appends them to bench/RESULTS.md.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEV_QUESTIONS, EXTRA_QUESTIONS, ROOT, append_results, table

sys.path.insert(0, str(ROOT))
import qa_bot.search as search
from qa_bot import QABot
from qa_bot.answer import compose_answer
from qa_bot.evaluate import EvalItem, read_items, report, score_item
from qa_bot.index import build_index
from qa_bot.search import Candidate, Retrieval, retrieve

METRICS = ("section@1", "evidence@1", "evidence@3", "sentence@1", "oos_refusal", "false_refusal")
Retriever = Callable[[QABot, str], Retrieval]


def measure(bot: QABot, items: list[EvalItem], retriever: Retriever | None = None) -> list[str]:
    def source(doc_id: str) -> str:
        return bot.index.document(doc_id).text  # type: ignore[union-attr]

    results = []
    for item in items:
        if retriever is None:
            answer = bot.ask(item.question)
        else:
            answer = compose_answer(bot.index, retriever(bot, item.question))
        results.append(score_item(item, answer, source))
    overall = report(results)["overall"]
    return [f"{overall[m]:.3f}" if overall[m] is not None else "—" for m in METRICS]


def bm25_only(bot: QABot, question: str) -> Retrieval:
    full = retrieve(bot.index, question, k=len(bot.index.passages), lexical_weight=0.0)
    ranked = sorted(full.candidates, key=lambda c: -c.lexical)[:5]
    candidates = [Candidate(c.passage, c.lexical, c.dense, c.sentence, c.lexical) for c in ranked]
    return Retrieval(full.question, full.tokens, full.query_vector, candidates, full.bm25_max)


def reciprocal_rank_fusion(bot: QABot, question: str, k: int = 60) -> Retrieval:
    full = retrieve(bot.index, question, k=len(bot.index.passages), lexical_weight=0.0)
    by_dense = sorted(full.candidates, key=lambda c: -c.dense)
    by_bm25 = sorted(full.candidates, key=lambda c: -c.lexical)
    score: dict[int, float] = {}
    for ranking in (by_dense, by_bm25):
        for rank, candidate in enumerate(ranking, start=1):
            score[candidate.passage.id] = score.get(candidate.passage.id, 0.0) + 1 / (k + rank)
    ranked = sorted(full.candidates, key=lambda c: -score[c.passage.id])[:5]
    candidates = [
        Candidate(c.passage, score[c.passage.id], c.dense, c.sentence, c.lexical) for c in ranked
    ]
    return Retrieval(full.question, full.tokens, full.query_vector, candidates, full.bm25_max)


def with_settings(lexical_weight: float, sentence_share: float) -> Retriever:
    def run(bot: QABot, question: str) -> Retrieval:
        saved = search.SENTENCE_SHARE
        search.SENTENCE_SHARE = sentence_share
        try:
            return retrieve(bot.index, question, k=5, lexical_weight=lexical_weight)
        finally:
            search.SENTENCE_SHARE = saved

    return run


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]] or [DEV_QUESTIONS, EXTRA_QUESTIONS]
    items = [item for path in files for item in read_items(path)]
    headers = ["variant", *METRICS]

    size_rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for max_chars in (400, 600, 900, 1200):
            index = build_index(
                ROOT / "corpus", Path(tmp) / f"i{max_chars}", max_passage_chars=max_chars
            )
            bot = QABot(index)
            label = f"≤ {max_chars} chars ({len(index.passages)} passages)"
            size_rows.append([label, *measure(bot, items)])
            print(size_rows[-1], flush=True)

    bot = QABot.load(ROOT / "index")
    variants: list[tuple[str, Retriever | None]] = [
        ("BM25 alone (PyThaiNLP newmm words)", bm25_only),
        ("dense alone: passage vectors", with_settings(0.0, 0.0)),
        ("dense: passage + best-sentence vectors (share 0.5)", with_settings(0.0, 0.5)),
        ("reciprocal-rank fusion (k=60) of dense + BM25", reciprocal_rank_fusion),
        ("weighted: passage dense + 0.03 BM25", with_settings(0.03, 0.0)),
        ("weighted: sentence-aware dense + 0.10 BM25", with_settings(0.10, 0.5)),
        ("weighted: sentence-aware dense + 0.03 BM25 (default)", None),
    ]
    fusion_rows = []
    for name, retriever in variants:
        fusion_rows.append([name, *measure(bot, items, retriever)])
        print(fusion_rows[-1], flush=True)

    body = (
        f"Questions: {', '.join(p.name for p in files)} ({len(items)} items).\n\n"
        "Passage size (weighted fusion, default settings):\n\n"
        + table(headers, size_rows)
        + "\n\nRetrieval variants (default passages = whole paragraphs):\n\n"
        + table(headers, fusion_rows)
    )
    print(body)
    append_results("Tuning: passage size and fusion", body)


if __name__ == "__main__":
    main()
