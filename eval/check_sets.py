"""Validate question-set JSONL files against the corpus.

Usage:
    python eval/check_sets.py [--corpus PATH] FILE.jsonl [FILE.jsonl ...]

Checks, per line: the line parses as a JSON object; fields and kinds are
valid; every evidence string is an exact substring of the corpus lying inside
the gold section (for ``multi`` items: inside one of the listed sections);
``mcq`` items have four choices and a valid ``answer_index`` (an ``out_of_scope`` item may
carry four choices with ``answer_index`` null: an exam the document does not answer); ids are unique
across all given files. Across the files, a ``twin`` (the same question asked
in the other language, eval/twins.jsonl) names an item of the given files that
has no ``twin`` itself, is in the other language (Thai vs English or mixed), and
has the same gold section, evidence, kind (free ↔ english) and answer index; with
``--complete-twins`` every item of the kinds given there must have one.
Problems are printed as ``file:line: problem`` and the exit status is 1 if
there are any.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT / "corpus" / "asean_socio_cultural_community.th.txt"
FALLBACK_CORPUS = Path("/work/shared/seed/000_2cdfab3b1d2fccb5.txt")

N_SECTIONS = 9  # 0 = overview, 1..8 = numbered sectors
KINDS = {"free", "mcq", "english", "kiosk", "multi", "out_of_scope"}
LANGS = {"th", "en", "mixed"}
REQUIRED = ("id", "question", "lang", "kind", "gold_section", "evidence")
MCQ_ONLY = ("choices", "answer_index")
# twin: the id of the same question asked in the other language (eval/twins.jsonl)
OPTIONAL = ("twin",)
ALLOWED = set(REQUIRED) | set(MCQ_ONLY) | set(OPTIONAL)
EVIDENCE_MIN, EVIDENCE_MAX = 15, 120
KIOSK_MAX_TOKENS = 4
N_CHOICES = 4
MIN_MULTI_SECTIONS = 2
SHORT_LEN = 40
HEADER_RE = re.compile(r"^\(([1-8])\)\s*\S[^\n]{0,60}$", re.MULTILINE)
CHOICE_LABEL_RE = re.compile(r"^\s*(?:[กขคง]|[a-dA-D1-4])\s*[.)]\s")

Span = tuple[int, int]


def default_corpus() -> Path:
    """Return the repository corpus if present, else the shared seed copy."""
    return DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else FALLBACK_CORPUS


def section_spans(text: str) -> list[Span]:
    """Return [start, end) character spans of sections 0..8.

    Section 0 runs from the end of the title line to the "(1) ..." header
    line; section k (1..8) runs from its header line to the next header.
    """
    headers: dict[int, int] = {}
    for m in HEADER_RE.finditer(text):
        num = int(m.group(1))
        if num not in headers:
            headers[num] = m.start()
    missing = [n for n in range(1, N_SECTIONS) if n not in headers]
    if missing:
        raise ValueError(f"corpus has no header line for section(s) {missing}")
    starts = [headers[n] for n in range(1, N_SECTIONS)]
    if starts != sorted(starts):
        raise ValueError("corpus section headers are out of order")
    title_end = text.find("\n")
    spans: list[Span] = [(title_end + 1 if title_end >= 0 else 0, starts[0])]
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        spans.append((start, end))
    return spans


def occurrences(text: str, needle: str) -> list[int]:
    """Return every start offset of needle in text (overlaps included)."""
    found: list[int] = []
    pos = text.find(needle)
    while pos != -1:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def is_section_id(value: object) -> bool:
    """Return True for an int (not bool) in 0..8."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < N_SECTIONS


def check_gold(kind: str, gold: object) -> tuple[list[str], list[int]]:
    """Validate gold_section for a kind; return (problems, section ids)."""
    if kind == "out_of_scope":
        return ([] if gold is None else ["out_of_scope item must have gold_section null"]), []
    if kind == "multi":
        if (
            not isinstance(gold, list)
            or len(gold) < MIN_MULTI_SECTIONS
            or not all(is_section_id(g) for g in gold)
            or len(set(gold)) != len(gold)
        ):
            return ["multi item needs gold_section: list of >=2 distinct section ids 0..8"], []
        return [], list(gold)
    if not is_section_id(gold):
        return [f"gold_section must be a section id 0..8, got {gold!r}"], []
    return [], [gold]


def check_evidence(
    kind: str, evidence: object, sections: list[int], text: str, spans: list[Span]
) -> list[str]:
    """Validate the evidence list against the corpus and gold sections."""
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        return ["evidence must be a list of strings"]
    if kind == "out_of_scope":
        return [] if not evidence else ["out_of_scope item must have empty evidence"]
    if not evidence:
        return ["in-scope item needs at least one evidence string"]
    problems: list[str] = []
    for ev in evidence:
        short = ev if len(ev) <= SHORT_LEN else ev[:SHORT_LEN] + "…"
        if not EVIDENCE_MIN <= len(ev) <= EVIDENCE_MAX:
            want = f"{EVIDENCE_MIN}-{EVIDENCE_MAX}"
            problems.append(f"evidence {short!r} has {len(ev)} chars (want {want})")
        hits = occurrences(text, ev)
        if not hits:
            problems.append(f"evidence {short!r} is not an exact substring of the corpus")
            continue
        inside = any(
            spans[s][0] <= h and h + len(ev) <= spans[s][1] for h in hits for s in sections
        )
        if sections and not inside:
            problems.append(f"evidence {short!r} is not inside gold section(s) {sections}")
    return problems


def check_choices(item: dict[str, Any]) -> list[str]:
    """Validate an exam item's four choices."""
    problems: list[str] = []
    choices = item.get("choices")
    if (
        not isinstance(choices, list)
        or len(choices) != N_CHOICES
        or not all(isinstance(c, str) and c.strip() for c in choices)
    ):
        problems.append("mcq item needs choices: list of 4 non-empty strings")
    else:
        if len(set(choices)) != N_CHOICES:
            problems.append("mcq choices must be distinct")
        if any(CHOICE_LABEL_RE.match(c) for c in choices):
            problems.append("mcq choices must not carry ก/ข/ค/ง labels")
    return problems


def check_mcq(item: dict[str, Any]) -> list[str]:
    """Validate choices and answer_index of an exam item."""
    problems = check_choices(item)
    idx = item.get("answer_index")
    if not isinstance(idx, int) or isinstance(idx, bool) or not 0 <= idx < N_CHOICES:
        problems.append(f"mcq answer_index must be an int 0-3, got {idx!r}")
    return problems


def check_basics(item: dict[str, Any]) -> list[str]:
    """Validate field names, id and question text."""
    problems: list[str] = []
    unknown = sorted(set(item) - ALLOWED)
    if unknown:
        problems.append(f"unknown field(s) {unknown}")
    if not isinstance(item["id"], str) or not item["id"].strip():
        problems.append("id must be a non-empty string")
    question = item["question"]
    if not isinstance(question, str) or not question.strip():
        problems.append("question must be a non-empty string")
    return problems


def check_item(item: dict[str, Any], text: str, spans: list[Span]) -> list[str]:
    """Return the problems found in one parsed item."""
    missing = [f for f in REQUIRED if f not in item]
    if missing:
        return [f"missing field(s) {missing}"]
    problems = check_basics(item)
    question = item["question"] if isinstance(item["question"], str) else ""
    kind = item["kind"]
    if kind not in KINDS:
        return [*problems, f"unknown kind {kind!r}"]
    if item["lang"] not in LANGS:
        problems.append(f"lang must be one of {sorted(LANGS)}, got {item['lang']!r}")
    # An English question may mix in Thai words (dev2: "What does ศูนย์ ACAI do?").
    if kind == "english" and item["lang"] not in ("en", "mixed"):
        problems.append("english item must have lang 'en' or 'mixed'")
    if "twin" in item and (not isinstance(item["twin"], str) or not item["twin"].strip()):
        problems.append("twin must be the id of another item")
    if kind == "kiosk" and len(question.split()) > KIOSK_MAX_TOKENS:
        problems.append(f"kiosk question has more than {KIOSK_MAX_TOKENS} words")
    gold_problems, sections = check_gold(kind, item["gold_section"])
    problems += gold_problems
    problems += check_evidence(kind, item["evidence"], sections, text, spans)
    if kind == "mcq":
        problems += check_mcq(item)
    elif kind == "out_of_scope" and "choices" in item:
        # An exam whose answer the document does not give: the right outcome is no pick.
        problems += check_choices(item)
        if item.get("answer_index") is not None:
            problems.append("an out_of_scope exam must have answer_index null")
    elif any(f in item for f in MCQ_ONLY):
        problems.append("choices/answer_index are only allowed on mcq and out_of_scope items")
    return problems


# A twin's kind is its original's, except that a free Thai question asked in English is an
# `english` item and an English one asked in Thai is `free` (the kinds say which language).
TWIN_KINDS = {"free": {"free", "english"}, "english": {"free", "english"}}
SAME_FIELDS = ("gold_section", "evidence", "answer_index")  # choices are in its language


def check_twin(item: dict[str, Any], original: dict[str, Any] | None) -> list[str]:
    """Problems of one item's `twin` link against the item it names (None: no such id)."""
    twin = item["twin"]
    if original is None:
        return [f"twin {twin!r} is not an id of the given files"]
    problems: list[str] = []
    if "twin" in original:
        problems.append(f"twin {twin!r} has a twin of its own (link twins to the original)")
    if (item["lang"] == "th") == (original["lang"] == "th"):
        problems.append(f"twin {twin!r} is in the same language ({original['lang']!r})")
    if original["kind"] not in TWIN_KINDS.get(item["kind"], {item["kind"]}):
        problems.append(f"kind {item['kind']!r} does not fit twin's kind {original['kind']!r}")
    problems += [
        f"{name} differs from twin {twin!r}'s"
        for name in SAME_FIELDS
        if item.get(name) != original.get(name)
    ]
    return problems


def check_twins(
    items: dict[str, tuple[str, dict[str, Any]]], complete: set[str] = frozenset()
) -> list[str]:
    """Cross-file twin checks over {id: (where, item)}; `complete`: kinds whose every item
    must be asked in the other language too (as an original with a twin, or as a twin)."""
    errors: list[str] = []
    twinned: set[str] = set()
    for where, item in items.values():
        if isinstance(item.get("twin"), str):
            original = items.get(item["twin"])
            twinned |= {item["id"], item["twin"]}
            errors += [f"{where}: {p}" for p in check_twin(item, original and original[1])]
    errors += [
        f"{where}: {item['kind']} item {item_id!r} has no twin in the other language"
        for item_id, (where, item) in items.items()
        if item.get("kind") in complete and item_id not in twinned
    ]
    return errors


def read_file(path: Path) -> tuple[list[tuple[str, Any]], list[str]]:
    """[(where, parsed line)] of one JSONL file, and the problems of unparsable lines."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: cannot read: {exc}"]
    parsed: list[tuple[str, Any]] = []
    errors: list[str] = []
    for lineno, raw in enumerate(lines, start=1):
        where = f"{path}:{lineno}"
        if not raw.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            parsed.append((where, json.loads(raw)))
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON: {exc}")
    return parsed, errors


def check_file(
    path: Path,
    text: str,
    spans: list[Span],
    seen: dict[str, str],
    valid: dict[str, tuple[str, dict[str, Any]]] | None = None,
) -> list[str]:
    """Check one JSONL file; return 'file:line: problem' messages. Items with every required
    field and a new id are added to `valid` ({id: (where, item)}) for the cross-file checks."""
    parsed, errors = read_file(path)
    if not parsed and errors and ": cannot read: " in errors[0]:
        return errors
    n_items = 0
    for where, item in parsed:
        if not isinstance(item, dict):
            errors.append(f"{where}: line is not a JSON object")
            continue
        n_items += 1
        problems = check_item(item, text, spans)
        errors += [f"{where}: {p}" for p in problems]
        item_id = item.get("id")
        if isinstance(item_id, str):
            if item_id in seen:
                errors.append(f"{where}: duplicate id {item_id!r} (first at {seen[item_id]})")
            else:
                seen[item_id] = where
                if valid is not None and all(f in item for f in REQUIRED):
                    valid[item_id] = (where, item)
    if n_items == 0:
        errors.append(f"{path}: no items")
    return errors


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="JSONL question files")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus text file")
    parser.add_argument(
        "--complete-twins",
        default="",
        metavar="KINDS",
        help="comma-separated kinds whose every item must have a twin in the other language",
    )
    args = parser.parse_args(argv)
    complete = {k for k in args.complete_twins.split(",") if k}
    if complete - KINDS:
        parser.error(f"unknown kind(s) {sorted(complete - KINDS)}")
    corpus: Path = args.corpus or default_corpus()
    try:
        text = corpus.read_text(encoding="utf-8")
        spans = section_spans(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"{corpus}: {exc}", file=sys.stderr)
        return 2
    seen: dict[str, str] = {}
    valid: dict[str, tuple[str, dict[str, Any]]] = {}
    errors: list[str] = []
    for path in args.files:
        errors += check_file(path, text, spans, seen, valid)
    errors += check_twins(valid, complete)
    for err in errors:
        print(err, file=sys.stderr)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(f"OK: {len(seen)} item(s) in {len(args.files)} file(s) against {corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
