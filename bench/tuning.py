"""Retrieval on all our question sets pooled, per kind, cross-validated: dense alone vs fusions.

    python bench/tuning.py [--folds 5] [--no-append]

Questions: every file in eval/*.jsonl but heldout.jsonl (held out of every fit) and the shared
dev2.jsonl (when it is there), counted once
by `id`, exam items asked by their stem, plus bench/data/english_twins.jsonl: English
renderings of Thai items (same gold section and evidence) — the cross-language check.

For every question the retrieval features of *every* passage are computed once (cosine of the
passage, of its best sentence, BM25 over the best BM25 score, the share of the question's names
it holds, the question's share of Thai words); each variant then ranks passages from them. The
fitted numbers of a variant (its weights) are chosen on K-1 folds (grid search, best mean of
section@1 and evidence@1) and scored on the held-out fold; folds are stratified by kind and by
language. Reported: section@1 (top passage in a gold section: "the right article") and
evidence@1 (top passage holds an evidence string: "holds the answer"), cross-validated, per kind.

Prints the table and appends it to bench/RESULTS.md.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, bench_parser, report, table

sys.path.insert(0, str(ROOT))

SHARED_DEV2 = ROOT.parent.parent / "shared" / "eval" / "dev2.jsonl"
TWINS = ROOT / "bench" / "data" / "english_twins.jsonl"


def question_files() -> list[Path]:
    # eval/heldout*.jsonl are for held-out figures only: pooled in no fit (README)
    files = sorted(f for f in (ROOT / "eval").glob("*.jsonl") if not f.name.startswith("heldout"))
    for candidate in (SHARED_DEV2, Path("/work/shared/eval/dev2.jsonl")):
        if candidate.exists() and candidate.name not in {f.name for f in files}:
            files.append(candidate)
            break
    return files


def pooled_items() -> list:
    from qa_bot.evaluate import read_items

    seen: dict[str, object] = {}
    for path in question_files():
        for item in read_items(path):
            seen.setdefault(item.id, item)
    return [item for item in seen.values() if item.in_scope]


@dataclass
class Features:
    """Every question (rows) against every passage (columns)."""

    items: list
    groups: np.ndarray  # kind, with the English twins apart
    cosine: np.ndarray
    sentence: np.ndarray
    lexical: np.ndarray  # BM25 / best BM25 of the question, as before (all words)
    fair: np.ndarray  # the product's language-fair BM25 / its best
    names: np.ndarray  # the product's names (language-aware)
    names_before: np.ndarray  # names as before: any rare Latin word, stop words too
    fair_plain: np.ndarray  # fair BM25 without the documents' glosses (config.glosses off)
    names_plain: np.ndarray  # names without the glosses
    phrases: np.ndarray  # share of the question's English word pairs said verbatim
    thai_share: np.ndarray  # (rows, 1)
    match: np.ndarray  # (rows, 1): the product's language match (Thai words, numbers, names)
    in_section: np.ndarray  # bool: passage in a gold section
    has_evidence: np.ndarray  # bool: passage holds a whole evidence string

    def subset(self, rows: np.ndarray) -> Features:
        return Features(
            [self.items[i] for i in rows],
            *(getattr(self, name)[rows] for name in FIELDS[1:]),
        )


FIELDS = (
    "items",
    "groups",
    "cosine",
    "sentence",
    "lexical",
    "fair",
    "names",
    "names_before",
    "fair_plain",
    "names_plain",
    "phrases",
    "thai_share",
    "match",
    "in_section",
    "has_evidence",
)


def _scaled(scores: np.ndarray) -> np.ndarray:
    top = scores.max()
    return scores / top if top > 0 else scores


def _names_before(index, tokens: list[str]) -> np.ndarray:
    """The names feature as it was before language-aware names (for the 'before' row)."""
    import math

    from qa_bot import question_words, search
    from qa_bot.config import DEFAULT
    from qa_bot.vocabulary import idf_table

    vocab, idf = idf_table(index)
    share = DEFAULT.retrieval.rare_name_share
    rare = math.log(1.0 + (1 - share) / share)
    names = {}
    for token in tokens:
        token_id = vocab.get(token)
        if (
            token_id is not None
            and question_words._LATIN_WORD.match(token)
            and idf[token_id] >= rare
        ):
            names[token] = float(idf[token_id])
    total = sum(names.values())
    if total <= 0:
        return np.zeros(len(index.passages))
    texts = [search.normalized_passage(index, i) for i in range(len(index.passages))]
    return np.array([sum(w for t, w in names.items() if t in text) / total for text in texts])


def in_gold(item, passage) -> tuple[bool, bool]:
    """Whether a passage is in the item's gold section, and whether it holds an evidence string."""
    return passage.section_id in item.gold_sections, any(e in passage.text for e in item.evidence)


def features(index, items: list, groups: list[str], gold=in_gold) -> Features:
    """Every item's retrieval features over every passage; gold(item, passage) -> (in_section,
    has_evidence)."""
    from qa_bot import english_names, search
    from qa_bot.config import DEFAULT
    from qa_bot.question_words import language_match, question_words
    from qa_bot.text import embedding_text, tokenize

    plain = replace(DEFAULT.retrieval, glosses=False)
    n = len(index.passages)
    ids = np.arange(n, dtype=np.int64)
    queries = index.embedder.encode_queries([embedding_text(item.question) for item in items])
    passages = index.dense.reconstruct_batch(ids)
    rows: dict[str, list] = {name: [] for name in FIELDS[2:]}
    for item, query in zip(items, queries, strict=True):
        tokens = tokenize(item.question)
        rows["cosine"].append(passages @ query)
        rows["sentence"].append(search.best_sentence_cosines(index, ids, query))
        rows["lexical"].append(_scaled(search._bm25(index, tokens).astype(np.float64)))
        words = question_words(index, item.question, tokens)
        rows["fair"].append(_scaled(search.fair_bm25(index, words)))
        rows["names"].append(search.name_share(index, words, ids))
        rows["names_before"].append(_names_before(index, tokens))
        rows["fair_plain"].append(_scaled(search.fair_bm25(index, words, plain)))
        rows["names_plain"].append(search.name_share(index, words, ids, plain))
        rows["phrases"].append(search.phrase_share(index, item.question, ids))
        rows["thai_share"].append([english_names.thai_share(tokens)])
        rows["match"].append([language_match(words)])
        marks = [gold(item, p) for p in index.passages]
        rows["in_section"].append([m[0] for m in marks])
        rows["has_evidence"].append([m[1] for m in marks])
    arrays = {name: np.asarray(values, dtype=np.float64) for name, values in rows.items()}
    arrays["in_section"] = arrays["in_section"].astype(bool)
    arrays["has_evidence"] = arrays["has_evidence"].astype(bool)
    return Features(items, np.asarray(groups), **arrays)


Scorer = Callable[[Features, dict[str, float]], np.ndarray]


def dense_score(f: Features, share: float) -> np.ndarray:
    return (1 - share) * f.cosine + share * np.maximum(f.cosine, f.sentence)


SHARES = [0.0, 0.25, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
LEX = [0.0, 0.01, 0.02, 0.03, 0.05, 0.08]
NAMES = [0.0, 0.025, 0.05, 0.08]


def variants() -> dict[str, tuple[Scorer, dict[str, list[float]]]]:
    full = {"share": SHARES, "lex": LEX, "name": NAMES}
    return {
        "dense: passage vectors": (lambda f, p: f.cosine, {}),
        "dense: passage + best sentence (share fitted)": (
            lambda f, p: dense_score(f, p["share"]),
            {"share": SHARES},
        ),
        "before: 0.5 sentence share + 0.03 BM25 + 0.05 names": (
            lambda f, p: dense_score(f, 0.5) + 0.03 * f.lexical + 0.05 * f.names_before,
            {},
        ),
        "before, weights fitted": (
            lambda f, p: (
                dense_score(f, p["share"]) + p["lex"] * f.lexical + p["name"] * f.names_before
            ),
            full,
        ),
        "names, fair BM25 × match, English pairs, no glosses (as in d70d56b)": (
            product(glosses=False),
            {},
        ),
        "same, no glosses, fitted": (product(glosses=False), full),
        "+ glosses (names held by their Thai term, BM25 expanded by it)": (product(), {}),
        "+ glosses, sentence share fitted": (product(), {"share": SHARES}),
        "+ glosses, sentence share 0.8": (product(), {"share": [0.8]}),
        "+ glosses, all fitted": (product(), full),
    }


def product(glosses: bool = True) -> Scorer:
    """The product's fusion (fair BM25 × language match, names or English pairs), with or
    without the documents' glosses; weights from the fitted params, else d70d56b's."""

    def score(f: Features, p: dict[str, float]) -> np.ndarray:
        fair, names = (f.fair, f.names) if glosses else (f.fair_plain, f.names_plain)
        return (
            dense_score(f, p.get("share", 0.5))
            + p.get("lex", 0.03) * f.match * fair
            + p.get("name", 0.05) * np.maximum(names, f.phrases)
        )

    return score


def hits(f: Features, scorer: Scorer, params: dict[str, float]) -> np.ndarray:
    """(n, 2) booleans: section@1, evidence@1."""
    best = np.argmax(scorer(f, params), axis=1)
    rows = np.arange(len(best))
    return np.stack([f.in_section[rows, best], f.has_evidence[rows, best]], axis=1)


def fit(f: Features, scorer: Scorer, grid: dict[str, list[float]]) -> dict[str, float]:
    if not grid:
        return {}
    keys = list(grid)
    best, best_value = {}, -1.0
    for values in itertools.product(*(grid[k] for k in keys)):
        params = dict(zip(keys, values, strict=True))
        value = float(hits(f, scorer, params).mean())
        if value > best_value + 1e-12:
            best, best_value = params, value
    return best


def cross_validated(
    f: Features, scorer: Scorer, grid: dict[str, list[float]], folds: int
) -> tuple[np.ndarray, list[dict[str, float]]]:
    from sklearn.model_selection import StratifiedKFold

    result = np.zeros((len(f.items), 2), dtype=bool)
    chosen = []
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    for train, test in splitter.split(np.zeros(len(f.items)), f.groups):
        params = fit(f.subset(train), scorer, grid)
        chosen.append(params)
        result[test] = hits(f.subset(test), scorer, params)
    return result, chosen


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    from qa_bot.evaluate import read_items
    from qa_bot.store import load_index

    index = load_index(ROOT / "index", corpus_dir=ROOT / "corpus")
    items = pooled_items()
    groups = [item.kind for item in items]
    if TWINS.exists():
        twins = read_items(TWINS)
        items += twins
        groups += ["english twin"] * len(twins)
    f = features(index, items, groups)
    names = sorted(set(groups))
    header = ["variant", "fitted (per fold)", "all s@1", "all e@1"] + [
        f"{g} ({groups.count(g)}) s@1 / e@1" for g in names
    ]
    rows = []
    for name, (scorer, grid) in variants().items():
        result, chosen = cross_validated(f, scorer, grid, args.folds)
        fitted = (
            "; ".join(sorted({", ".join(f"{k} {v:g}" for k, v in p.items()) for p in chosen}))
            or "–"
        )
        row = [name, fitted, f"{result[:, 0].mean():.3f}", f"{result[:, 1].mean():.3f}"]
        for g in names:
            mask = f.groups == g
            row.append(f"{result[mask, 0].mean():.3f} / {result[mask, 1].mean():.3f}")
        rows.append(row)
        print(row, flush=True)
    n_twins = groups.count("english twin")
    files = ", ".join(p.name for p in question_files())
    body = (
        f"In-scope questions pooled by id from {files} ({len(items) - n_twins}), plus "
        f"{n_twins} English twins of Thai items; {len(index.passages)} passages; "
        f"{args.folds}-fold cross-validation (weights fitted on the other folds). s@1 = "
        "section@1, e@1 = evidence@1.\n\n" + table(header, rows)
    )
    return report(args, "Retrieval variants, cross-validated (bench/tuning.py)", body)


if __name__ == "__main__":
    sys.exit(main())
