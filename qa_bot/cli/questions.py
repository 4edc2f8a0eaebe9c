"""The question commands: `qa-bot ask` (one question, or the JSON-lines batch on stdin),
`eval` (answer quality on question files) and `serve` (the page and its /ask API)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from ..errors import EXIT_OK, EXIT_USAGE, QuestionError
from ..request import (
    ECHO_CHARS,
    MAX_BATCH_LINE_CHARS,
    answer_record,
    error_record,
    known_sections,
    parse_choices,
    parse_request,
    parse_sections,
    small_talk_answer,
)
from ..wording import small_talk_line
from .common import print_error


def _load_bot(args: argparse.Namespace) -> Any:
    from .. import QABot

    return QABot.load(args.index, corpus_dir=args.corpus if Path(args.corpus).is_dir() else None)


def _ask_one(bot: Any, args: argparse.Namespace) -> int:
    try:
        sections = parse_sections(args.section, known_sections(bot.index.documents))
        choices = parse_choices(args.choice)
        talk = small_talk_answer(args.question, choices)
        if talk is not None:
            print(
                json.dumps(talk, ensure_ascii=False)
                if args.json
                else small_talk_line(talk["small_talk"])
            )
            return EXIT_OK
        answer = bot.ask(args.question, k=args.k, sections=sections, choices=choices)
    except QuestionError as error:
        print_error(error)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(answer_record(answer, bot.index.documents, sections), ensure_ascii=False))
    else:
        print(_readable(answer, bot.index.documents, args.question, args.choice, sections))
    return EXIT_OK


def _readable(
    answer: Any,
    documents: Any,
    asked: str,
    typed_choices: Any,
    sections: Any,
) -> str:
    """An answer as the terminal reads it (render_text.format_answer): asked is the question as
    typed, typed_choices the choices as given (their labels name the choices), sections the
    search's limits."""
    from ..render_text import format_answer
    from ..wording import limited_names

    return format_answer(
        answer,
        len(documents),
        asked=asked,
        typed_choices=typed_choices if isinstance(typed_choices, list) else None,
        limited=limited_names(documents, sections),
    )


# Between two readable answers of a batch (`qa-bot ask -` without --json).
READABLE_SEPARATOR = "\n" + "─" * 40 + "\n"


def read_batch_line(line: str) -> tuple[object, object, object, object]:
    """A batch line's (question, choices, sections, k), not yet checked: plain question text,
    a JSON string (its text is the question: '"AUN คืออะไร"'), or {"question": ...,
    "choices": [...], "sections": [...], "k": 3} (all but the question optional; a missing or
    null one is None).

    A line is read as JSON only when it opens with "{" or '"' (or "[", to refuse a JSON list);
    any other line is the question as typed, so "2566", "1", "true" or "NaN" are asked like
    "๒๕๖๖". A '"' or "[" line that is not valid JSON is its own question too ('"AQRF" คืออะไร',
    "[AQRF] คืออะไร").

    Raises QuestionError for a "{" line that is not valid JSON or is an object without a
    "question" string, and for a JSON list (asked as text, "[1, 2]" would be answered as though
    it were a question) or JSON nested past Python's recursion limit.
    """
    stripped = line.strip()
    if not stripped.startswith(("{", '"', "[")):
        return stripped, None, None, None
    try:
        record = json.loads(stripped)
    except json.JSONDecodeError as exc:
        if stripped.startswith("{"):
            raise QuestionError("JSON ไม่ถูกต้อง", f"invalid JSON ({exc.msg})") from exc
        return stripped, None, None, None
    except RecursionError as exc:  # "[[[[…" nested past Python's limit
        raise QuestionError("JSON ซ้อนลึกเกินไป", "the JSON is nested too deeply") from exc
    if isinstance(record, str):
        return record, None, None, None
    if not isinstance(record, dict):  # only a list opens with "[" (a "{" or '"' line is one)
        raise QuestionError(
            "บรรทัดที่เป็น JSON ต้องเป็นออบเจกต์ JSON ({…}) หรือข้อความ ไม่ใช่รายการ [...]",
            "a JSON line must be an object or a string, not a list",
        )
    question = record.get("question")
    if not isinstance(question, str):
        raise QuestionError("ต้องมีช่อง question เป็นข้อความ", "the object needs a 'question' string")
    return question, record.get("choices"), record.get("sections"), record.get("k")


def _batch_lines(stdin: TextIO) -> Iterator[tuple[str, bool]]:
    """(line, too_long) for each line of stdin, read at most MAX_BATCH_LINE_CHARS + 1 at a time:
    an over-long line's rest is skipped, never held whole."""
    while chunk := stdin.readline(MAX_BATCH_LINE_CHARS + 1):
        line = chunk.removesuffix("\n")
        too_long = len(line) > MAX_BATCH_LINE_CHARS
        if too_long and not chunk.endswith("\n"):
            while (rest := stdin.readline(MAX_BATCH_LINE_CHARS)) and not rest.endswith("\n"):
                pass
        yield line, too_long


def run_batch(
    bot: Any,
    stdin: TextIO,
    stdout: TextIO,
    k: int,
    stderr: TextIO | None = None,
    readable: bool = False,
) -> int:
    """One JSON object out per non-blank line in ("\n"-separated; a lone CR is no line break),
    in order, flushed; a blank (whitespace-only) line is skipped and gets no output line. With
    readable, each line's answer is printed as `qa-bot ask QUESTION` prints one (a refused
    line: its question and the Thai / English message), READABLE_SEPARATOR between them. A
    line's own "k" is read as the CLI's --k is (request.clamp_k: capped at MAX_K; below 1 or not
    a number is that line's error), else k (the command's --k). A bad line gets
    `{"question", "error"}` and the batch goes on; a line over MAX_BATCH_LINE_CHARS is refused,
    its question echoed cut to ECHO_CHARS.

    Returns EXIT_OK when the batch ran to its end and at least one line was answered, else
    EXIT_USAGE (every line refused, or no line read). When any line was refused, one summary
    line goes to stderr (default sys.stderr) at the end: "qa-bot: N จาก M บรรทัดถูกปฏิเสธ /
    N of M lines were refused"."""
    known = known_sections(bot.index.documents)
    read = refused = 0
    for line, too_long in _batch_lines(stdin):
        if not too_long and not line.strip():
            continue
        read += 1
        question: object = line[:ECHO_CHARS] + "…" if too_long else line
        try:
            if too_long:
                raise QuestionError(
                    f"บรรทัดยาวเกินไป (สูงสุด {MAX_BATCH_LINE_CHARS:,} ตัวอักษร)",
                    f"the line is too long (at most {MAX_BATCH_LINE_CHARS:,} characters)",
                )
            question, choices, sections, line_k = read_batch_line(line)
            asked_k, wanted, exam = parse_request(
                k if line_k is None else line_k, sections, choices, known
            )
            record = small_talk_answer(question, exam)
            text = small_talk_line(record["small_talk"]) if record is not None else ""
            if record is None:
                answer = bot.ask(question, k=asked_k, sections=wanted, choices=exam)
                record = answer_record(answer, bot.index.documents, wanted)
                if readable:
                    text = _readable(answer, bot.index.documents, str(question), choices, wanted)
        except QuestionError as error:
            record = error_record(question, error)
            refused += 1
            text = f"คำถาม / Question: {_one_line(question)}\nqa-bot: {record['error']}"
        if readable:
            from ..render_text import terminal_text

            line_out = (READABLE_SEPARATOR if read > 1 else "") + terminal_text(text)
        else:
            line_out = json.dumps(record, ensure_ascii=False)
        # A lone surrogate (a JSON "\ud800" escape) has no UTF-8 form: it is written as "?".
        stdout.write(line_out.encode("utf-8", "replace").decode() + "\n")
        stdout.flush()
    err = sys.stderr if stderr is None else stderr
    if refused:
        print(
            f"qa-bot: {refused} จาก {read} บรรทัดถูกปฏิเสธ / {refused} of {read} lines were refused",
            file=err,
        )
    elif not read:
        print("qa-bot: ไม่มีคำถามให้ตอบ / no question lines were read", file=err)
    return EXIT_OK if read > refused else EXIT_USAGE


def _one_line(question: object) -> str:
    """A refused line's question for the readable batch: text on one line, anything else (a
    JSON value that is no text) as its JSON."""
    text = question if isinstance(question, str) else json.dumps(question, ensure_ascii=False)
    return " ".join(text.split())


def cmd_ask(args: argparse.Namespace) -> int:
    """`qa-bot ask QUESTION` (one answer) or `qa-bot ask -` (the JSON-lines batch on stdin).

    A question that cannot be asked (empty, too long) is refused before the index loads: bad
    input is exit 2 and its own message, even where there is no index."""
    if args.question != "-":
        from ..text import check_question

        check_question(args.question)  # QuestionError: main prints it, exit 2
    bot = _load_bot(args)
    if args.question == "-":
        if sys.stdin.isatty():  # typed by hand: say what it waits for, and how to end
            as_th, as_en = ("", "")
            if args.json:
                as_th, as_en = "(คำตอบเป็น JSON) ", " (answers come as JSON)"
            print(
                f"qa-bot: พิมพ์คำถามบรรทัดละหนึ่งข้อ {as_th}กด Ctrl-D เมื่อจบ / "
                f"type one question a line{as_en}; Ctrl-D to end",
                file=sys.stderr,
                flush=True,
            )
        # Invalid UTF-8 on stdin becomes U+FFFD rather than a crash mid-batch; only "\n" ends
        # a line (a CR inside a question is no line break; a CRLF's CR is cleaned away).
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
        # Readable answers unless --json asks for the JSON lines (FRESH16a K6: without --json
        # the batch printed JSON all the same).
        return run_batch(bot, stdin, sys.stdout, args.k, readable=not args.json)
    return _ask_one(bot, args)


CV_OR_BY_WRITER = (
    "ใช้ --cv หรือ --by-writer อย่างใดอย่างหนึ่ง",
    "--cv and --by-writer are two ways to cross-validate: give one",
)
BY_WRITER_NEEDS_TWO = (
    "--by-writer ต้องมีคำถามจากผู้เขียนอย่างน้อยสองคน (แต่ละไฟล์คือผู้เขียนหนึ่งคน)",
    "--by-writer needs the questions of at least two writers (each file is one writer's)",
)


def cmd_eval(args: argparse.Namespace) -> int:
    """`qa-bot eval FILE`: answer quality on a question file; with --cv K or --by-writer,
    cross-validated over the files pooled. Exit 2 for a malformed file or bad options."""
    from ..evaluate import EvalFileError, evaluate, format_report, read_items

    if args.cv is not None and args.cv < 2:  # checked before anything loads
        print("qa-bot: --cv ต้องอย่างน้อย 2 / --cv needs at least 2 folds", file=sys.stderr)
        return EXIT_USAGE
    if args.cv is not None and args.by_writer:
        print(f"qa-bot: {' / '.join(CV_OR_BY_WRITER)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        # The files are checked before the index loads, so a bad line fails fast.
        files = [(Path(name).stem, read_items(Path(name))) for name in args.file]
        if args.by_writer:
            from ..evaluate.cv import BY_WRITER, file_writers

            if len(file_writers(files)) < 2:
                print(f"qa-bot: {' / '.join(BY_WRITER_NEEDS_TWO)}", file=sys.stderr)
                return EXIT_USAGE
            return _eval_cv(_load_bot(args), files, args, BY_WRITER)
        if args.cv is not None:  # --cv 0 is a message, not a plain eval
            return _eval_cv(_load_bot(args), files, args, args.cv)
        items = [item for _, file_items in files for item in file_items]
        result = evaluate(_load_bot(args), items, args.file[0], k=args.k)
    except EvalFileError as error:
        print_error(error)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_report(result))
    return EXIT_OK


def _eval_cv(bot: Any, files: list, args: argparse.Namespace, folds: int) -> int:
    """Cross-validation over the pooled files: folds K, or evaluate.cv.BY_WRITER."""
    from ..evaluate.cv import format_cv, format_twins, run_cv

    try:
        done = run_cv(bot, files, k_folds=folds, k=args.k)
    except ImportError:
        print(
            "qa-bot: --cv ต้องใช้ scikit-learn / --cv needs scikit-learn "
            "(pip install 'thai-qa-bot[test]')",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.json:
        keys = ("folds", "table", "twins")
        print(json.dumps({key: done[key] for key in keys}, ensure_ascii=False))
    else:
        print(format_cv(done["table"], done["folds"]))
        if done["twins"]["pairs"]:
            print("\n" + format_twins(done["twins"]))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """`qa-bot serve`: the chat page and its /ask API (web/server.py)."""
    from ..web.server import serve_command

    return serve_command(args)
