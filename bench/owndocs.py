"""Answer quality on your own documents: a corpus folder (PDF, Word, web pages, .txt/.md) and a
question file of your own, neither of which is in git.

    python bench/owndocs.py --corpus DIR --index DIR QUESTIONS.jsonl [--build] [--show] [--out FILE]

QUESTIONS.jsonl, one object a line: `id`, `question`, `lang` (th / en / mixed), `document` (the
file name that answers it, or null), `evidence` (strings the answer must contain; empty for an
out-of-scope question; a string starting "re:" is a regular expression), `answerable`, optionally
`section` (the label of the section that answers it: "ข้อ ๔", "2. การสำรองข้อมูล"), and a free
`kind` label (the failure kind the question probes: K1 English question vs a title line
writing the English term in brackets, K4 a value of another slot, K5 a table row, K8 a
ข้อ-numbered regulation, oos …). Evidence is compared with all white space removed, since PDF
extraction moves spaces.

Prints per language and per kind: document@1 (the top hit's document), section@1 (the top hit's
section label ends with the item's `section`, over the items that give one), passage@1 (the top
hit holds the evidence), sentence@1 (the top hit's answer sentence holds it), answered-and-right
(verdict answered and the sentence right), and the verdicts (answerable → not_found / uncertain;
out-of-scope → answered / not_found). --build (re)builds the index from the corpus first;
--show lists every answerable miss and every out-of-scope answered item.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def _holds(text: str, evidence: list[str]) -> bool:
    flat = _squash(text)
    for piece in evidence:
        if piece.startswith("re:"):
            if not re.search(_squash(piece[3:]), flat):
                return False
        elif _squash(piece) not in flat:
            return False
    return bool(evidence)


def score(item: dict, record: dict) -> dict:
    hits = record.get("hits") or []
    top = hits[0] if hits else {}
    verdict = record.get("verdict")
    out = {"verdict": verdict}
    if item["answerable"]:
        out["doc"] = top.get("document") == item["document"]
        if item.get("section"):
            label = top.get("section_label") or ""
            out["section"] = out["doc"] and label.split(" › ")[-1] == item["section"]
        out["passage"] = out["doc"] and _holds(top.get("text", ""), item["evidence"])
        out["sentence"] = out["doc"] and _holds(top.get("answer_sentence") or "", item["evidence"])
        out["right"] = out["sentence"] and verdict == "answered"
    return out


def table(rows: list[tuple[dict, dict]]) -> dict:
    answerable = [(i, s) for i, s in rows if i["answerable"]]
    oos = [(i, s) for i, s in rows if not i["answerable"]]

    def share(pairs, test):
        return round(sum(1 for _, s in pairs if test(s)) / len(pairs), 3) if pairs else None

    return {
        "n": len(answerable),
        "doc@1": share(answerable, lambda s: s["doc"]),
        "section@1": share(
            [(i, s) for i, s in answerable if "section" in s], lambda s: s["section"]
        ),
        "passage@1": share(answerable, lambda s: s["passage"]),
        "sentence@1": share(answerable, lambda s: s["sentence"]),
        "answered_right": share(answerable, lambda s: s["right"]),
        "nf": share(answerable, lambda s: s["verdict"] == "not_found"),
        "unc": share(answerable, lambda s: s["verdict"] == "uncertain"),
        "oos_n": len(oos),
        "oos_answered": share(oos, lambda s: s["verdict"] == "answered"),
        "oos_nf": share(oos, lambda s: s["verdict"] == "not_found"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--index", required=True)
    parser.add_argument(
        "--build", action="store_true", help="build the index from the corpus first"
    )
    parser.add_argument("--show", action="store_true", help="list the misses")
    parser.add_argument("--out", type=Path, help="write every item's record and score (JSON lines)")
    args = parser.parse_args()
    if args.build:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "qa_bot.cli",
                "build",
                "--corpus",
                args.corpus,
                "--index",
                args.index,
            ],
            check=True,
            cwd=ROOT,
        )
    from qa_bot import QABot
    from qa_bot.request import answer_record

    bot = QABot.load(args.index, corpus_dir=args.corpus)
    items = [
        json.loads(line) for line in args.questions.read_text("utf-8").splitlines() if line.strip()
    ]
    rows = []
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for item in items:
        record = answer_record(bot.ask(item["question"], k=5), bot.index.documents, None)
        scored = score(item, record)
        rows.append((item, scored))
        if out:
            out.write(
                json.dumps({"item": item, "score": scored, "record": record}, ensure_ascii=False)
                + "\n"
            )
        if args.show and (
            (item["answerable"] and not scored["right"])
            or (not item["answerable"] and scored["verdict"] == "answered")
        ):
            top = (record.get("hits") or [{}])[0]
            print(
                f"{item['id']} [{item['kind']}/{item['lang']}] {scored} {item['question']}\n"
                f"    → {top.get('document')}: {(top.get('answer_sentence') or '')[:160]!r}"
            )
    groups: dict[str, list] = defaultdict(list)
    for item, scored in rows:
        groups["all"].append((item, scored))
        groups["lang " + ("th" if item["lang"] == "th" else "en+mixed")].append((item, scored))
        groups["kind " + item["kind"]].append((item, scored))
        if item["answerable"]:
            suffix = Path(item["document"]).suffix
            groups["format " + suffix].append((item, scored))
    for name in sorted(groups, key=lambda g: (g != "all", g)):
        print(name.ljust(16), json.dumps(table(groups[name])))


if __name__ == "__main__":
    main()
