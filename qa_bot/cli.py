"""The `qa-bot` command: build an index, ask questions (one, or a JSON-lines batch), and more.

Exit codes: 0 success, 1 an index or corpus problem, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from .errors import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, IndexTargetError, QABotError, QuestionError
from .request import (
    ECHO_CHARS,
    MAX_BATCH_LINE_CHARS,
    clamp_k,
    error_record,
    error_text,
    known_sections,
    parse_choices,
    parse_sections,
)


def plural(count: int, word: str) -> str:
    """ "1 passage", "2 passages": English counts in messages."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _print_error(error: QABotError) -> None:
    print(f"qa-bot: {error_text(error)}", file=sys.stderr)


def _notify(message: str) -> None:
    """What a change command says besides its result (a wait, a recovered change)."""
    print(f"qa-bot: {message}", file=sys.stderr, flush=True)


def _progress_bar() -> Any:
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def progress(stage: str, done: int, total: int) -> None:
        """Advance the bar of one build stage ("passages", "sentences") to done of total."""
        bar = bars.get(stage)
        if bar is None:
            label = {"passages": "ข้อความ/passages", "sentences": "ประโยค/sentences"}
            bar = bars[stage] = tqdm(total=total, desc=label.get(stage, stage), unit="", leave=True)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return progress


def cmd_build(args: argparse.Namespace) -> int:
    """`qa-bot build`: the index from the corpus (IndexWriteError, CorpusError propagate)."""
    from .distributed import build_index_on_ray, ray_options
    from .docs import build_corpus_index
    from .store import build_index

    ray = ray_options(args)
    build = build_index if ray is None else functools.partial(build_index_on_ray, options=ray)
    index = build_corpus_index(
        Path(args.corpus),
        Path(args.index),
        notify=_notify,
        build=build,
        model=args.model,
        max_passage_chars=args.max_passage_chars,
        progress=None if args.quiet else _progress_bar(),
        reuse=not args.full,
    )
    print(_built_message(index, args.index))
    return EXIT_OK


def _skipped_message(index: Any) -> str | None:
    skipped = index.manifest.get("skipped_duplicates") or []
    if not skipped:
        return None
    pairs = ", ".join(f"{entry['doc_id']} = {entry['same_as']}" for entry in skipped)
    return (
        f"คำเตือน: ข้ามเอกสารที่เนื้อหาซ้ำกับเอกสารอื่น ({pairs}) / "
        f"warning: skipped documents with the same text as another ({pairs})"
    )


def _built_message(index: Any, index_dir: str) -> str:
    manifest = index.manifest
    message = (
        f"สร้างดัชนีแล้ว / index built: {index_dir} — {plural(manifest['passage_count'], 'passage')}, "
        f"{plural(len(manifest['corpus']), 'document')}, model {manifest['embedder']['id']}"
    )
    cache = index.build_stats
    if cache:
        message += (
            f"\nฝังเวกเตอร์ใหม่ {cache['encoded']} ข้อความ ใช้ของเดิม {cache['reused']} / "
            f"embedded {plural(cache['encoded'], 'new text')}, reused {cache['reused']}"
        )
    for doc in index.documents:  # pages of a PDF that could not be read, and why
        for page in doc.skipped_pages:
            message += f"\n{doc.doc_id}: ข้ามหน้า / skipped page {page}"
    skipped = _skipped_message(index)
    return message + (f"\n{skipped}" if skipped else "")


def cmd_add(args: argparse.Namespace) -> int:
    """`qa-bot add FILE`: copy a document into the corpus and index it; exit 2 if refused."""
    from .distributed import ray_options
    from .docs import DocumentRejected, add_document

    try:
        index = add_document(
            Path(args.file),
            Path(args.corpus),
            Path(args.index),
            replace=args.replace,
            progress=None if args.quiet else _progress_bar(),
            ray=ray_options(args),
            notify=_notify,
            title=args.title,
        )
    except DocumentRejected as error:
        _print_error(error)
        return EXIT_USAGE
    doc = index.document(Path(args.file).name)
    title = doc.title if doc is not None else ""
    print(f"เพิ่มเอกสารแล้ว / added: {Path(args.file).name} — {title}")
    print(_built_message(index, args.index))
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    """`qa-bot remove DOC_ID`: take a document out of the corpus and the index."""
    from .distributed import ray_options
    from .docs import DocumentRejected, remove_document

    try:
        index = remove_document(
            args.doc_id,
            Path(args.corpus),
            Path(args.index),
            progress=None if args.quiet else _progress_bar(),
            ray=ray_options(args),
            notify=_notify,
        )
    except DocumentRejected as error:
        _print_error(error)
        return EXIT_USAGE
    print(f"ลบเอกสารแล้ว / removed: {Path(args.doc_id).name}")
    print(_built_message(index, args.index))
    return EXIT_OK


def cmd_docs(args: argparse.Namespace) -> int:
    """`qa-bot docs`: the indexed documents, their sections and passage counts."""
    from .docs import corpus_changes, document_summaries
    from .store import load_index

    index = load_index(args.index)
    if args.text:
        doc = index.document(Path(args.text).name)
        if doc is None:
            print(
                f"ไม่มีเอกสาร {args.text} ในดัชนี / no document {args.text} in the index",
                file=sys.stderr,
            )
            return EXIT_USAGE
        print(doc.text)  # the stored text: what hits' offsets count in
        return EXIT_OK
    summaries = document_summaries(index)
    changes = corpus_changes(index, args.corpus) if Path(args.corpus).is_dir() else []
    if args.json:
        records = [asdict(summary) for summary in summaries]
        print(json.dumps({"documents": records, "corpus_changes": changes}, ensure_ascii=False))
        return EXIT_OK
    total = sum(summary.passage_count for summary in summaries)
    count = plural(len(summaries), "document")
    print(f"{len(summaries)} เอกสาร / {count}, {plural(total, 'passage')} — {args.index}")
    for summary in summaries:
        print(f"\n{summary.doc_id}: {summary.title} ({plural(summary.passage_count, 'passage')})")
        for section in summary.sections:
            label = section.label + (f" ({section.label_en})" if section.label_en else "")
            print(f"  [{section.section_id}] {label} — {plural(section.passage_count, 'passage')}")
    if changes:
        print(
            f"\nเอกสารใน {args.corpus} ไม่ตรงกับดัชนี ({', '.join(changes)}) "
            f"ให้รัน qa-bot build / the corpus differs from the index: run qa-bot build"
        )
    return EXIT_OK


def _load_bot(args: argparse.Namespace) -> Any:
    from . import QABot

    return QABot.load(args.index, corpus_dir=args.corpus if Path(args.corpus).is_dir() else None)


def _ask_one(bot: Any, args: argparse.Namespace) -> int:
    try:
        sections = parse_sections(args.section, known_sections(bot.index.documents))
        choices = parse_choices(args.choice)
        answer = bot.ask(args.question, k=args.k, sections=sections, choices=choices)
    except QuestionError as error:
        _print_error(error)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False))
    else:
        from .render_text import format_answer

        print(format_answer(answer))
    return EXIT_OK


def read_batch_line(line: str) -> tuple[object, object, object]:
    """A batch line's (question, choices, sections), not yet checked: plain question text, or
    {"question": ..., "choices": [...], "sections": [...]} (choices and sections optional).

    Raises QuestionError for invalid JSON or an object without a "question" string.
    """
    stripped = line.strip()
    if not stripped.startswith("{"):
        return stripped, None, None
    try:
        record = json.loads(stripped)
    except json.JSONDecodeError as exc:
        raise QuestionError("JSON ไม่ถูกต้อง", f"invalid JSON ({exc.msg})") from exc
    question = record.get("question") if isinstance(record, dict) else None
    if not isinstance(question, str):
        raise QuestionError("ไม่มีช่อง question", "the object needs a 'question' string")
    return question, record.get("choices"), record.get("sections")


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


def run_batch(bot: Any, stdin: TextIO, stdout: TextIO, k: int) -> int:
    """One JSON object out per line in ("\n"-separated; a lone CR is no line break), in order,
    flushed. A bad line gets `{"question", "error"}`; a line over MAX_BATCH_LINE_CHARS is
    refused, its question echoed cut to ECHO_CHARS."""
    known = known_sections(bot.index.documents)
    for line, too_long in _batch_lines(stdin):
        question: object = line[:ECHO_CHARS] + "…" if too_long else line
        try:
            if too_long:
                raise QuestionError(
                    f"บรรทัดยาวเกินไป (สูงสุด {MAX_BATCH_LINE_CHARS:,} ตัวอักษร)",
                    f"the line is too long (at most {MAX_BATCH_LINE_CHARS:,} characters)",
                )
            question, choices, sections = read_batch_line(line)
            answer = bot.ask(
                question,
                k=k,
                sections=parse_sections(sections, known),
                choices=parse_choices(choices),
            )
            record = answer.to_dict()
        except QuestionError as error:
            record = error_record(question, error)
        # A lone surrogate (a JSON "\ud800" escape) has no UTF-8 form: it is written as "?".
        line_out = json.dumps(record, ensure_ascii=False).encode("utf-8", "replace").decode()
        stdout.write(line_out + "\n")
        stdout.flush()
    return EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    """`qa-bot ask QUESTION` (one answer) or `qa-bot ask -` (the JSON-lines batch on stdin)."""
    bot = _load_bot(args)
    if args.question == "-":
        # Invalid UTF-8 on stdin becomes U+FFFD rather than a crash mid-batch; only "\n" ends
        # a line (a CR inside a question is no line break; a CRLF's CR is cleaned away).
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
        return run_batch(bot, stdin, sys.stdout, args.k)
    return _ask_one(bot, args)


def cmd_eval(args: argparse.Namespace) -> int:
    """`qa-bot eval FILE`: answer quality on a question file; exit 2 for a malformed file."""
    from .evaluate import EvalFileError, evaluate, format_report, read_items

    try:
        # The files are checked before the index loads, so a bad line fails fast.
        files = [(Path(name).stem, read_items(Path(name))) for name in args.file]
        if args.cv:
            return _eval_cv(_load_bot(args), files, args)
        items = [item for _, file_items in files for item in file_items]
        result = evaluate(_load_bot(args), items, args.file[0], k=args.k)
    except EvalFileError as error:
        _print_error(error)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_report(result))
    return EXIT_OK


def _eval_cv(bot: Any, files: list, args: argparse.Namespace) -> int:
    from .evaluate.cv import format_cv, format_twins, run_cv

    if args.cv < 2:
        print("qa-bot: --cv ต้องอย่างน้อย 2 / --cv needs at least 2 folds", file=sys.stderr)
        return EXIT_USAGE
    try:
        done = run_cv(bot, files, k_folds=args.cv, k=args.k)
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
    from .web.server import serve_command

    return serve_command(args)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every `qa-bot` command (each sets its `handler`)."""
    from ._version import __version__
    from .corpus.passages import DEFAULT_MAX_PASSAGE_CHARS
    from .distributed import add_ray_arguments
    from .embedders import DEFAULT_MODEL
    from .fileio import DEFAULT_MAX_FILE_MB, MAX_FILE_MB_ENV

    parser = argparse.ArgumentParser(
        prog="qa-bot", description="ถามตอบจากเอกสารภาษาไทย / Question answering over Thai documents"
    )
    parser.add_argument("--version", action="version", version=f"qa-bot {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def add_paths(sub: argparse.ArgumentParser, corpus: bool = True) -> None:
        """--index (and --corpus) for a command."""
        sub.add_argument("--index", default="index", help="index folder (default: index/)")
        if corpus:
            sub.add_argument(
                "--corpus",
                default=None,
                help="documents folder (default: the one the index was built from, else corpus/)",
            )
        sub.add_argument(
            "--max-file-mb",
            type=float,
            default=None,
            help=f"largest document or question file read, in MB (default {DEFAULT_MAX_FILE_MB:g}, "
            f"or ${MAX_FILE_MB_ENV})",
        )

    build = commands.add_parser("build", help="build the index from the documents")
    add_paths(build)
    build.add_argument(
        "--model", default=DEFAULT_MODEL, help=f"{DEFAULT_MODEL} (bundled) or st:PATH_OR_HUB_ID"
    )
    build.add_argument("--max-passage-chars", type=int, default=DEFAULT_MAX_PASSAGE_CHARS)
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument(
        "--full", action="store_true", help="embed everything again (ignore the embedding cache)"
    )
    add_ray_arguments(build)
    build.set_defaults(handler=cmd_build)

    ask = commands.add_parser("ask", help="ask a question; '-' reads JSON lines from stdin")
    add_paths(ask)
    ask.add_argument("question", help="the question, or - for a batch on stdin")
    ask.add_argument("--k", type=int, default=5, help="how many passages (default 5)")
    ask.add_argument("--json", action="store_true", help="print JSON")
    ask.add_argument("--choice", action="append", help="an exam choice (repeat for each)")
    ask.add_argument(
        "--section",
        action="append",
        help="search only this section: doc_id#section_id or a section number (repeatable)",
    )
    ask.set_defaults(handler=cmd_ask)

    add = commands.add_parser(
        "add",
        help="copy a .txt/.md/.pdf/.docx/.html file into the corpus and index it "
        "(others are not re-embedded)",
    )
    add_paths(add)
    add.add_argument("file", help="a UTF-8 .txt or .md file, or a .pdf, .docx, .html or .htm file")
    add.add_argument("--replace", action="store_true", help="replace a document of the same name")
    add.add_argument(
        "--title",
        help="the document's title (kept in NAME.meta.json beside it; default: its first line)",
    )
    add.add_argument("--quiet", action="store_true", help="no progress bar")
    add_ray_arguments(add)
    add.set_defaults(handler=cmd_add)

    remove = commands.add_parser("remove", help="remove a document from the corpus and index")
    add_paths(remove)
    remove.add_argument("doc_id", help="the document's id (its file name; see qa-bot docs)")
    remove.add_argument("--quiet", action="store_true", help="no progress bar")
    add_ray_arguments(remove)
    remove.set_defaults(handler=cmd_remove)

    docs = commands.add_parser("docs", help="list the indexed documents and their sections")
    add_paths(docs)
    docs.add_argument("--json", action="store_true", help="print JSON")
    docs.add_argument(
        "--text", metavar="DOC", help="print a document's stored text (offsets count in it)"
    )
    docs.set_defaults(handler=cmd_docs)

    evaluation = commands.add_parser(
        "eval", help="measure answer quality on a question file (JSON lines, see eval/)"
    )
    add_paths(evaluation)
    evaluation.add_argument(
        "file", nargs="+", help="questions with gold sections and evidence (.jsonl)"
    )
    evaluation.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="pool the files (each id once) and cross-validate the fitted numbers over K folds",
    )
    evaluation.add_argument("--k", type=int, default=5, help="how many passages (default 5)")
    evaluation.add_argument("--json", action="store_true", help="print JSON")
    evaluation.set_defaults(handler=cmd_eval)

    serve = commands.add_parser("serve", help="the chat page (Gradio) and its /ask API")
    add_paths(serve)
    serve.add_argument("--kiosk", action="store_true", help="kiosk: large type, idle reset")
    serve.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    serve.add_argument(
        "--idle-seconds",
        type=float,
        default=120,
        help="kiosk: clear the conversation after this long untouched (default 120)",
    )
    from .web.limits import add_server_options

    add_server_options(serve)
    serve.set_defaults(handler=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit code: 0 success, 1 index or corpus problem, 2 bad input,
    130 interrupted. Errors a person caused are a Thai / English message, never a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if hasattr(args, "corpus") and args.corpus is None:
        from .store.manifest import default_corpus

        # The folder the index was built from (recorded in its manifest), so that a command
        # run elsewhere never checks the index against an unrelated corpus/ of the current one.
        args.corpus = str(default_corpus(args.index))
    if getattr(args, "max_file_mb", None) is not None:
        if not 0 < args.max_file_mb < 1e12:
            parser.error("--max-file-mb must be a positive number of MB")
        from .fileio import MAX_FILE_MB_ENV

        # Every read of this process (corpus, question file, the load check) uses it.
        os.environ[MAX_FILE_MB_ENV] = str(args.max_file_mb)
    try:
        if hasattr(args, "k"):
            args.k = clamp_k(args.k)  # 0 → 1, 500 → 50, as the README's Limits say
        return args.handler(args)
    except (QuestionError, IndexTargetError) as error:
        _print_error(error)
        return EXIT_USAGE
    except QABotError as error:
        _print_error(error)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("qa-bot: หยุดแล้ว / interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # a folder that cannot be read or written: a message, no traceback
        print(
            f"qa-bot: อ่านหรือเขียนไฟล์ไม่ได้ ({error}) / cannot read or write a file ({error})",
            file=sys.stderr,
        )
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
