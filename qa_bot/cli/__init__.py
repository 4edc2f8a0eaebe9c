"""The `qa-bot` command: build an index, ask questions (one, or a JSON-lines batch), and more.

Exit codes: 0 success, 1 an index or corpus problem, 2 bad input or usage.

    __init__   the argument parser and `main` (the `qa-bot` entry point; `python -m qa_bot.cli`)
    index      build, add, remove, docs: the index and its documents
    questions  ask (one question or the JSON-lines batch), eval, serve
    common     counts in messages, errors and notices on stderr, the progress bar
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from ..errors import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    IndexTargetError,
    QABotError,
    QuestionError,
    os_reason,
)
from ..request import clamp_k
from .common import notify, print_error
from .index import cmd_add, cmd_build, cmd_docs, cmd_remove
from .questions import cmd_ask, cmd_eval, cmd_serve


class ThaiEnglishParser(argparse.ArgumentParser):
    """argparse, with its usage errors said in Thai as well (argparse words them in English)."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and a Thai / English line, exit 2 (argparse's usage-error code)."""
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: คำสั่งไม่ครบหรือไม่ถูกต้อง ดู --help / usage error: {message}\n",
        )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every `qa-bot` command (each sets its `handler`)."""
    from .._version import __version__
    from ..corpus.passages import DEFAULT_MAX_PASSAGE_CHARS
    from ..distributed.options import add_ray_arguments
    from ..embedders import DEFAULT_MODEL
    from ..fileio import DEFAULT_MAX_FILE_MB, MAX_FILE_MB_ENV

    parser = ThaiEnglishParser(
        prog="qa-bot", description="ถามตอบจากเอกสารภาษาไทย / Question answering over Thai documents"
    )
    parser.add_argument("--version", action="version", version=f"qa-bot {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def add_paths(sub: argparse.ArgumentParser, corpus: bool = True, reads: bool = False) -> None:
        """--index (and --corpus) for a command. A command that only reads the index (`reads`)
        falls back on the bundled index when the current folder has none (cli/fallback.py)."""
        sub.add_argument(
            "--index",
            default=None if reads else "index",
            help="index folder (default: index/"
            + (", else the bundled index when there is no index/ here)" if reads else ")"),
        )
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
    build.add_argument(
        "--max-passage-chars",
        type=int,
        default=DEFAULT_MAX_PASSAGE_CHARS,
        help=f"longest passage in characters (default {DEFAULT_MAX_PASSAGE_CHARS}, at least 50)",
    )
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument(
        "--full", action="store_true", help="embed everything again (ignore the embedding cache)"
    )
    build.add_argument(
        "--skip-unreadable",
        action="store_true",
        help="leave out documents that cannot be read (each named, with why) and index the "
        "rest; without it one unreadable document stops the build",
    )
    add_ray_arguments(build)
    build.set_defaults(handler=cmd_build)

    ask = commands.add_parser("ask", help="ask a question; '-' reads JSON lines from stdin")
    add_paths(ask, reads=True)
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
        help="the document's title (kept in NAME.meta.json beside it; default: its first line, "
        "or its file name when that line is a paragraph)",
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
    add_paths(docs, reads=True)
    docs.add_argument("--json", action="store_true", help="print JSON")
    docs.add_argument(
        "--text", metavar="DOC", help="print a document's stored text (offsets count in it)"
    )
    docs.set_defaults(handler=cmd_docs)

    evaluation = commands.add_parser(
        "eval", help="measure answer quality on a question file (JSON lines, see eval/)"
    )
    add_paths(evaluation, reads=True)
    evaluation.add_argument(
        "file", nargs="+", help="questions with gold sections and evidence (.jsonl)"
    )
    evaluation.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="pool the files (each id once) and cross-validate the fitted numbers over K folds",
    )
    evaluation.add_argument(
        "--by-writer",
        action="store_true",
        help="cross-validate leaving one writer out instead of K folds (each file is its "
        "writer's, the team's own sets one writer: eval/README.md)",
    )
    evaluation.add_argument("--k", type=int, default=5, help="how many passages (default 5)")
    evaluation.add_argument("--json", action="store_true", help="print JSON")
    evaluation.set_defaults(handler=cmd_eval)

    serve = commands.add_parser("serve", help="the chat page (Gradio) and its /ask API")
    add_paths(serve, reads=True)
    serve.add_argument("--kiosk", action="store_true", help="kiosk: large type, idle reset")
    serve.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    serve.add_argument(
        "--idle-seconds",
        type=float,
        default=120,
        help="kiosk: clear the conversation after this long untouched (default 120)",
    )
    from ..web.limits import add_server_options

    add_server_options(serve)
    serve.set_defaults(handler=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit code: 0 success, 1 index or corpus problem, 2 bad input,
    130 interrupted. Errors a person caused are a Thai / English message, never a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "corpus", None) is not None and os.path.isfile(args.corpus):
        from ..corpus.documents import not_a_folder

        print_error(not_a_folder(Path(args.corpus)))  # a file given as the corpus: bad input
        return EXIT_USAGE
    if getattr(args, "index", "") is None:  # a reading command run without --index
        from .fallback import choose_index

        try:
            args.index = choose_index(getattr(args, "corpus", None), notify)
        except QABotError as error:
            print_error(error)
            return EXIT_FAILURE
    if hasattr(args, "corpus"):  # serve: whether a rebuild must come from this folder
        args.corpus_given = args.corpus is not None
    if hasattr(args, "corpus") and args.corpus is None:
        from ..store.manifest import default_corpus

        # The folder the index was built from (recorded in its manifest), so that a command
        # run elsewhere never checks the index against an unrelated corpus/ of the current one.
        args.corpus = str(default_corpus(args.index))
    if getattr(args, "max_file_mb", None) is not None:
        if not 0 < args.max_file_mb < 1e12:
            print(
                "qa-bot: --max-file-mb ต้องเป็นจำนวนเมกะไบต์ที่มากกว่า 0 / "
                "--max-file-mb must be a positive number of MB",
                file=sys.stderr,
            )
            return EXIT_USAGE
        from ..fileio import MAX_FILE_MB_ENV

        # Every read of this process (corpus, question file, the load check) uses it.
        os.environ[MAX_FILE_MB_ENV] = str(args.max_file_mb)
    if getattr(args, "max_passage_chars", None) is not None:
        from ..corpus.passages import MIN_PASSAGE_CHARS

        if args.max_passage_chars < MIN_PASSAGE_CHARS:
            print(
                f"qa-bot: --max-passage-chars ต้องอย่างน้อย {MIN_PASSAGE_CHARS} ตัวอักษร "
                f"(ได้รับ {args.max_passage_chars}) / --max-passage-chars must be at least "
                f"{MIN_PASSAGE_CHARS} characters (got {args.max_passage_chars})",
                file=sys.stderr,
            )
            return EXIT_USAGE
    try:
        if hasattr(args, "k"):
            args.k = clamp_k(args.k)  # 500 → 50; 0 or -3: a message, exit 2 (README, Limits)
        return args.handler(args)
    except (QuestionError, IndexTargetError) as error:
        print_error(error)
        return EXIT_USAGE
    except QABotError as error:
        print_error(error)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("qa-bot: หยุดแล้ว / interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # a folder that cannot be read or written: a message, no traceback
        thai, english = os_reason(error)
        where = f" {error.filename}" if error.filename else ""
        print(
            f"qa-bot: อ่านหรือเขียนไฟล์{where} ไม่ได้ ({thai}) / "
            f"cannot read or write{where or ' a file'} ({english})",
            file=sys.stderr,
        )
        return EXIT_FAILURE
