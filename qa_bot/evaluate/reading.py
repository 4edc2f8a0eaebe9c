"""Reading question files (the format of eval/*.jsonl) into checked `EvalItem`s."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..corpus.model import Document
from ..errors import QABotError, QuestionError
from ..text import check_question

OUT_OF_SCOPE = "out_of_scope"


@dataclass(frozen=True)
class EvalItem:
    """One checked line of a question file (parse_item).

    gold_sections: the section ids (of the corpus's documents) that answer it, empty for an
    out-of-scope item; evidence: strings quoted verbatim from the corpus, at least one when in
    scope; choices and answer_index (0-based) for an exam item — answer_index None for an
    out-of-scope exam (its stem asks what the documents never say: the right outcome is no
    pick, and a decided pick is an out-of-scope question answered); line: its 1-based line in
    the file; id: the file's "id" or "lineN".
    """

    id: str
    question: str
    kind: str
    gold_sections: frozenset[int]  # empty for out of scope
    evidence: tuple[str, ...]
    choices: tuple[str, ...] = ()
    answer_index: int | None = None
    line: int = 0
    lang: str = ""  # "th", "en" or "mixed" when the file says
    twin: str | None = None  # id of the same question asked in the other language

    @property
    def in_scope(self) -> bool:
        """Whether the corpus answers it (it has a gold section)."""
        return bool(self.gold_sections)

    @property
    def is_exam(self) -> bool:
        """An exam with a right choice (scored by exam accuracy); False for an out-of-scope exam."""
        return bool(self.choices) and self.answer_index is not None


class EvalFileError(QABotError):
    """A question file that cannot be read, or a line that is not a valid item."""


def _fail(path: Path, line: int, problem_th: str, problem_en: str) -> EvalFileError:
    return EvalFileError(f"{path} บรรทัด {line}: {problem_th}", f"{path} line {line}: {problem_en}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _gold_sections(record: dict[str, Any], path: Path, line: int) -> frozenset[int]:
    if "gold_section" not in record:
        raise _fail(
            path,
            line,
            "ไม่มีช่อง 'gold_section' (ใช้ null ถ้าเอกสารไม่มีคำตอบ)",
            "missing 'gold_section' (use null for an out-of-scope question)",
        )
    gold = record["gold_section"]
    if gold is None:
        return frozenset()
    if _is_int(gold) and gold >= 0:
        return frozenset([gold])
    if isinstance(gold, list) and gold and all(_is_int(g) and g >= 0 for g in gold):
        return frozenset(gold)
    raise _fail(
        path,
        line,
        "'gold_section' ต้องเป็นจำนวนเต็มไม่ติดลบ รายการของจำนวนเต็ม หรือ null",
        f"'gold_section' must be a non-negative int, a non-empty list of them, or null, "
        f"not {gold!r}",
    )


def _choices(record: dict[str, Any], path: Path, line: int) -> tuple[tuple[str, ...], int | None]:
    choices = record.get("choices")
    out_of_scope = record.get("gold_section") is None
    answer_index = record.get("answer_index")
    if choices is None:
        if answer_index is not None:
            raise _fail(
                path,
                line,
                "มี 'answer_index' แต่ไม่มี 'choices'",
                "'answer_index' is given without 'choices'",
            )
        return (), None
    if (
        not isinstance(choices, list)
        or len(choices) < 2
        or not all(isinstance(c, str) and c.strip() for c in choices)
    ):
        raise _fail(
            path,
            line,
            "'choices' ต้องเป็นรายการข้อความอย่างน้อย 2 ข้อ",
            "'choices' must be a list of at least two non-empty strings",
        )
    if answer_index is None and out_of_scope:  # an exam the documents do not answer
        return tuple(choices), None
    if not _is_int(answer_index) or not 0 <= answer_index < len(choices):
        raise _fail(
            path,
            line,
            f"'answer_index' ต้องเป็นเลข 0 ถึง {len(choices) - 1}",
            f"'answer_index' must be an int from 0 to {len(choices) - 1}, not {answer_index!r}",
        )
    return tuple(choices), answer_index


def parse_item(record: Any, path: Path, line: int) -> EvalItem:
    """One question-file record, checked; EvalFileError names the line and the problem."""
    if not isinstance(record, dict):
        raise _fail(path, line, "ไม่ใช่ JSON object", "not a JSON object")
    question = record.get("question")
    if not isinstance(question, str):
        raise _fail(path, line, "ต้องมีช่อง 'question' เป็นข้อความ", "'question' must be a string")
    try:
        check_question(question)
    except QuestionError as error:
        raise _fail(path, line, error.message_th, f"'question': {error.message_en}") from error
    sections = _gold_sections(record, path, line)
    kind = record.get("kind", "free" if sections else OUT_OF_SCOPE)
    if not isinstance(kind, str) or not kind.strip():
        raise _fail(path, line, "'kind' ต้องเป็นข้อความ", "'kind' must be a non-empty string")
    if kind == OUT_OF_SCOPE and sections:
        raise _fail(
            path,
            line,
            "คำถามประเภท out_of_scope ต้องมี 'gold_section' เป็น null",
            "an out_of_scope item must have 'gold_section': null",
        )
    evidence = record.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, str) and e for e in evidence):
        raise _fail(
            path,
            line,
            "'evidence' ต้องเป็นรายการข้อความที่ไม่ว่าง",
            "'evidence' must be a list of non-empty strings",
        )
    if sections and not evidence:
        raise _fail(
            path,
            line,
            "คำถามที่เอกสารตอบได้ต้องมี 'evidence' อย่างน้อยหนึ่งข้อความ",
            "an in-scope item needs at least one 'evidence' string",
        )
    if not sections and evidence:
        raise _fail(
            path,
            line,
            "คำถามนอกขอบเขต (gold_section เป็น null) ต้องไม่มี 'evidence'",
            "an out-of-scope item (gold_section null) must have no 'evidence'",
        )
    choices, answer_index = _choices(record, path, line)
    item_id = record.get("id", f"line{line}")
    if not isinstance(item_id, str | int) or isinstance(item_id, bool):
        raise _fail(path, line, "'id' ต้องเป็นข้อความหรือตัวเลข", "'id' must be a string or int")
    return EvalItem(
        id=str(item_id),
        question=question,
        kind=kind,
        gold_sections=sections,
        evidence=tuple(evidence),
        choices=choices,
        answer_index=answer_index,
        line=line,
        lang=str(record.get("lang", "")),
        twin=str(record["twin"]) if record.get("twin") is not None else None,
    )


def read_items(path: Path | str) -> list[EvalItem]:
    """Every item of a question file; EvalFileError names the first bad line and its problem."""
    from ..fileio import read_regular_file

    path = Path(path)
    # A regular file within the size limit: not a FIFO (hangs), nor /dev/zero (memory).
    raw = read_regular_file(path, follow_symlinks=True, error=EvalFileError)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvalFileError(
            f"{path} ไม่ได้เข้ารหัสเป็น UTF-8", f"{path} is not UTF-8 (byte {exc.start})"
        ) from exc
    items: list[EvalItem] = []
    first_line_of: dict[str, int] = {}
    # split("\n"), not splitlines(): JSON strings may hold U+2028, which is no line break here.
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise _fail(
                path, number, f"JSON ไม่ถูกต้อง ({exc.msg})", f"invalid JSON ({exc.msg})"
            ) from exc
        item = parse_item(record, path, number)
        if item.id in first_line_of:
            raise _fail(
                path,
                number,
                f"'id' {item.id} ซ้ำกับบรรทัด {first_line_of[item.id]}",
                f"duplicate 'id' {item.id} (first on line {first_line_of[item.id]})",
            )
        first_line_of[item.id] = number
        items.append(item)
    if not items:
        raise EvalFileError(f"{path} ไม่มีคำถาม", f"{path} has no questions")
    return items


def check_items(items: Iterable[EvalItem], documents: Sequence[Document], path: Path) -> None:
    """Each item fits the documents: its evidence is in them and its gold sections exist."""
    section_ids = {s.section_id for doc in documents for s in doc.sections}
    for item in items:
        missing_sections = sorted(item.gold_sections - section_ids)
        if missing_sections:
            raise _fail(
                path,
                item.line,
                f"เอกสารไม่มีหมวด {missing_sections}",
                f"'gold_section' {missing_sections} is not a section of the indexed documents "
                f"(they have {sorted(section_ids)})",
            )
        for evidence in item.evidence:
            if not any(evidence in doc.text for doc in documents):
                raise _fail(
                    path,
                    item.line,
                    f"ไม่พบข้อความ evidence ในเอกสาร: {evidence[:60]!r}",
                    f"evidence not found in the indexed documents: {evidence[:60]!r}",
                )
