"""Answer-sentence choice, cross-validated over all our question sets pooled.

    python bench/sentences.py [--folds 5] [--note TEXT] [--no-append] [--misses]

Retrieval is run once per item (as `qa-bot eval` asks it); the top hit's passage, its sentences'
cosines and the question's word weights are kept, and each sentence-choice setting is scored
offline: sentence@1 = the top hit's answer span covers at least half of a gold evidence string
(qa_bot/evaluate/metrics.py). A setting is a `config.SentenceConfig`; the folds are
qa_bot/evaluate/cv.py's (stratified by kind, twins together, seed 0). For each fold the setting
with the best sentence@1 on the other folds is chosen and scored on the held-out fold; in-sample
= the setting best on everything, scored on everything.
"""

from __future__ import annotations

import itertools
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import POOLED_SETS, ROOT, add_append_option, bench_parser, report

sys.path.insert(0, str(ROOT))
SETS = POOLED_SETS
LEXICAL = (0.15,)  # SentenceConfig.lexical_weight values tried (see its comment in config.py)
# choice_weight (0–2) and type_weight (0–0.1) were chosen by this bench's earlier grids
# (bench/RESULTS.md "Answer sentences, cross-validated", 2026-11-29): kept at their values.
CHOICE = (1.0,)  # SentenceConfig.choice_weight values tried
NEXT = (-1.0, 0.02, 0.03, 0.05, 0.08)  # SentenceConfig.next_sentence_margin values tried
PREVIOUS = (-1.0, 0.02, 0.05, 0.08)  # SentenceConfig.previous_sentence_margin values tried
TYPE = (0.1,)  # SentenceConfig.type_weight values tried
FAIR = (False, True)  # SentenceConfig.language_fair values tried
# the settings before the sentence before could join and cosines were language-fair
BEFORE = "lexical 0.15 choice 1.0 next 0.08 type 0.1 previous -1.0 unfair"


@dataclass
class Record:
    """One in-scope item's retrieval, enough to choose its top hit's sentence again."""

    item: object
    source: str
    retrieval: object
    evidence_at_1: bool
    choices: tuple[str, ...] = ()  # an exam's choices, as the pipeline gets them


def collect(bot, files) -> list[Record]:
    from qa_bot.evaluate.cv import dedupe
    from qa_bot.evaluate.metrics import hit_contains_evidence
    from qa_bot.exam import check_choices, parse_exam
    from qa_bot.search import retrieve
    from qa_bot.text import check_question

    pooled = dedupe([(source, item) for source, items in files for item in items])
    records = []
    for source, item in pooled:
        if not item.in_scope:
            continue
        question, choices = item.question, tuple(item.choices)
        if not choices:  # as pipeline.ask: a typed exam is searched for its stem
            check_question(question)
            parsed = parse_exam(question)
            if parsed is not None:
                question, choices = parsed[0], tuple(parsed[1])
        question = check_question(question)
        choices = tuple(check_choices(list(choices))) if choices else ()
        retrieval = retrieve(bot.index, question, k=5, config=bot.config.retrieval)
        if not retrieval.candidates:
            continue
        passage = retrieval.candidates[0].passage

        class _Hit:  # what hit_contains_evidence reads
            text = passage.text

        records.append(Record(item, source, retrieval, hit_contains_evidence(_Hit, item), choices))
    return records


def _top_hit(bot, record: Record, config):
    from qa_bot.answer import choose_sentences

    top = replace(record.retrieval, candidates=record.retrieval.candidates[:1])
    return choose_sentences(bot.index, top, config, record.choices or None)[0]


def sentence_hits(bot, records: list[Record], config) -> tuple[np.ndarray, np.ndarray]:
    """sentence@1 of every record under a SentenceConfig (bool array), and the length of each
    answer in characters (a longer answer covers more: the gain must not be length alone)."""
    from qa_bot.evaluate.metrics import sentence_covers_evidence

    sources = {doc.doc_id: doc.text for doc in bot.index.documents}
    flags, lengths = [], []
    for r in records:
        top = _top_hit(bot, r, config)
        flags.append(sentence_covers_evidence(top, r.item, sources[top.document]))
        lengths.append(top.answer_end - top.answer_start)
    return np.array(flags, dtype=bool), np.array(lengths)


def groups(records: list[Record]) -> dict[str, np.ndarray]:
    rows = {"all": np.ones(len(records), dtype=bool)}
    for key, value in (
        ("set", lambda r: r.source),
        ("kind", lambda r: r.item.kind),
        ("lang", lambda r: r.item.lang or "?"),
    ):
        for name in sorted({value(r) for r in records}):
            rows[f"{key} {name}"] = np.array([value(r) == name for r in records])
    rows["evidence@1 true"] = np.array([r.evidence_at_1 for r in records])
    rows["twins"] = np.array([bool(r.item.twin) for r in records])
    return rows


def cross_validate(records, scores: dict[str, np.ndarray], k: int):
    """(in-sample flags, CV flags, chosen settings) choosing the setting by training sentence@1."""
    from qa_bot.evaluate.cv import folds

    class _Obs:
        def __init__(self, item):
            self.item = item

    names = [n for n in scores if n != "shipped"]  # chosen among the grid, not by name
    best_all = max(names, key=lambda n: (scores[n].mean(), -names.index(n)))
    held = np.zeros(len(records), dtype=bool)
    chosen = []
    for test in folds([_Obs(r.item) for r in records], k):
        train = np.setdiff1d(np.arange(len(records)), test)
        best = max(names, key=lambda n: (scores[n][train].mean(), -names.index(n)))
        chosen.append(best)
        held[test] = scores[best][test]
    return scores[best_all], held, best_all, chosen


def table(records, columns: dict[str, np.ndarray]) -> str:
    rows = groups(records)
    width = max(len(c) for c in columns) + 2
    lines = ["".ljust(20) + "items".rjust(6) + "".join(c.rjust(width) for c in columns)]
    for name, mask in rows.items():
        cells = "".join(f"{flags[mask].mean():.3f}".rjust(width) for flags in columns.values())
        lines.append(name.ljust(20) + str(int(mask.sum())).rjust(6) + cells)
    return "\n".join(lines)


def main() -> int:
    parser = bench_parser(__doc__, append_option=False)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--note", default="", help="what changed, for RESULTS.md")
    add_append_option(parser)
    parser.add_argument("--misses", action="store_true", help="print the default's misses")
    args = parser.parse_args()

    from qa_bot import QABot
    from qa_bot.evaluate import read_items

    bot = QABot.load(args.index)
    files = [(name, read_items(ROOT / "eval" / f"{name}.jsonl")) for name in SETS]
    started = time.perf_counter()
    records = collect(bot, files)
    base = bot.config.sentences
    grid = {"shipped": base}
    for lexical, choice, margin, kind, previous, fair in itertools.product(
        LEXICAL, CHOICE, NEXT, TYPE, PREVIOUS, FAIR
    ):
        name = f"lexical {lexical} choice {choice} next {margin}"
        name += f" type {kind}" if kind else ""
        name += f" previous {previous}" + ("" if fair else " unfair")
        grid[name] = replace(
            base,
            lexical_weight=lexical,
            choice_weight=choice,
            next_sentence_margin=margin,
            type_weight=kind,
            previous_sentence_margin=previous,
            language_fair=fair,
        )
    measured = {name: sentence_hits(bot, records, config) for name, config in grid.items()}
    scores = {name: flags for name, (flags, _) in measured.items()}
    in_sample, held, best_all, chosen = cross_validate(records, scores, args.folds)
    seconds = time.perf_counter() - started
    columns = {
        "before": scores[BEFORE],
        "shipped": scores["shipped"],
        "in-sample": in_sample,
        "CV": held,
    }
    text = table(records, columns)
    overall = "\n".join(
        [f"{'setting':64s} sentence@1  answer chars: mean, median"]
        + [
            f"{n:64s} {flags.mean():10.3f}  {lengths.mean():6.0f} {np.median(lengths):6.0f}"
            for n, (flags, lengths) in measured.items()
        ]
    )
    body = "\n".join(
        [
            *([args.note, ""] if args.note else []),
            f"{len(records)} in-scope items pooled from eval/{{{','.join(SETS)}}}.jsonl "
            f"(each id once), {args.folds} folds as bench/cv.py; setting best on all: "
            f"{best_all}; chosen per fold: {', '.join(chosen)}; {seconds:.0f} s.",
            "",
            "```",
            text,
            "",
            overall,
            "```",
        ]
    )
    best = f"best on all: {best_all} chosen per fold: {chosen} {seconds:.0f} s"
    report(args, "Answer sentences, cross-validated", body, shown=f"{text}\n{overall}\n{best}")
    if args.misses:
        for r, ok in zip(records, scores["shipped"], strict=True):
            if ok or not r.evidence_at_1:
                continue
            top = _top_hit(bot, r, base)
            print("-" * 80)
            print(r.item.id, r.item.kind, r.item.lang, "Q:", r.item.question)
            print("  EVID:", r.item.evidence)
            print("  GOT :", top.answer_sentence[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
