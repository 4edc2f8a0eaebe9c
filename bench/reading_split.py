"""Retrieval variants on the reading set (bench/data/reading), weights fitted on half of the
articles and scored on the other half: the held-out check of a retrieval change.

    python bench/reading_split.py [--index DIR] [--no-append]

The articles are taken in name order and split alternately into two halves; every question is
asked in Thai and in English over all the articles' paragraphs (a fresh index, built as
`qa-bot build` does, or --index). Each variant of bench/tuning.py (same features, same grids)
is fitted on one half's questions (both languages; grid search on the mean of article@1 and
answer@1) and scored on the other half's. Reported per language: article@1 (the top paragraph
is from the right article) and answer@1 (it holds answer_th, compared after the project's
normaliser), each half scored with the weights fitted on the other.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, bench_parser, report, table
from tuning import features, fit, hits, variants

sys.path.insert(0, str(ROOT))
READING = ROOT / "bench" / "data" / "reading"
LANGS = ("th", "en")


@dataclass(frozen=True)
class Question:
    """One question of the reading set in one language."""

    question: str
    article: str
    answer: str  # answer_th, normalised
    lang: str
    half: int


def questions() -> list[Question]:
    from qa_bot.text import normalize

    articles = sorted(p.stem for p in (READING / "articles").glob("*.txt"))
    half = {slug: i % 2 for i, slug in enumerate(articles)}
    lines = (READING / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [
        Question(
            row[f"question_{lang}"],
            row["article"],
            normalize(row["answer_th"]),
            lang,
            half[row["article"]],
        )
        for lang in LANGS
        for row in rows
        if row["article"] in half
    ]


def in_article(item: Question, passage) -> tuple[bool, bool]:
    from qa_bot.text import normalize

    return Path(passage.doc_id).stem == item.article, item.answer in normalize(passage.text)


def load(index_dir: Path | None, tmp: Path):
    from qa_bot import build_index
    from qa_bot.store import load_index

    if index_dir is None:
        corpus = tmp / "corpus"
        corpus.mkdir()
        for path in sorted((READING / "articles").iterdir()):
            if path.suffix == ".txt" or path.name.endswith(".txt.meta.json"):
                (corpus / path.name).write_bytes(path.read_bytes())
        index_dir = tmp / "index"
        build_index(corpus, index_dir)
    return load_index(index_dir)


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--index", type=Path, help="an index of bench/data/reading's articles")
    args = parser.parse_args()

    items = questions()
    groups = [f"{q.lang} half {q.half}" for q in items]
    with tempfile.TemporaryDirectory() as tmp:
        index = load(args.index, Path(tmp))
        f = features(index, items, groups, gold=in_article)
    halves = np.array([q.half for q in items])
    langs = np.array([q.lang for q in items])
    header = ["variant", "fitted on half 0; on half 1"] + [
        f"{lang} half {h} a@1 / ans@1" for lang in LANGS for h in (0, 1)
    ]
    header += [f"{lang} held-out a@1 / ans@1" for lang in LANGS]
    rows = []
    for name, (scorer, grid) in variants().items():
        result = np.zeros((len(items), 2), dtype=bool)
        chosen = []
        for h in (0, 1):
            params = fit(f.subset(np.flatnonzero(halves == h)), scorer, grid)
            chosen.append(", ".join(f"{k} {v:g}" for k, v in params.items()) or "–")
            test = np.flatnonzero(halves != h)
            result[test] = hits(f.subset(test), scorer, params)
        row = [name, "; ".join(chosen)]
        for lang in LANGS:
            for h in (0, 1):
                cell = result[(langs == lang) & (halves == h)].mean(axis=0)
                row.append(f"{cell[0]:.3f} / {cell[1]:.3f}")
        for lang in LANGS:
            cell = result[langs == lang].mean(axis=0)
            row.append(f"{cell[0]:.3f} / {cell[1]:.3f}")
        rows.append(row)
        print(row, flush=True)
    n_articles = len({q.article for q in items})
    body = (
        f"`python bench/reading_split.py`: {n_articles} articles of bench/data/reading, "
        f"{len(items) // 2} questions × Thai and English, {len(index.passages)} paragraphs; "
        "each half scored with the weights fitted on the other half ('half h' = questions of "
        "half h's articles). a@1 = article@1, ans@1 = answer@1.\n\n" + table(header, rows)
    )
    return report(args, "Retrieval variants on the reading set, split by article", body)


if __name__ == "__main__":
    sys.exit(main())
