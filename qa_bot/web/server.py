"""`serve` / `qa-bot serve`: load the index once, build the page and serve it (127.0.0.1 by
default, queue on), with the launch options that give the page its look and the kiosk its
limits."""

from __future__ import annotations

import argparse
import errno
import gc
import os
import socket
import sys
import threading
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import DEFAULT, Config
from ..errors import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, QuestionError, os_reason
from ..pipeline import warm_up_later
from .assets import DEFAULT_IDLE_SECONDS, MAX_IDLE_SECONDS, THAI_FONT_DIR, page_css, page_head
from .guard import app_options
from .limits import ServerLimits, install_server_options, limits_from_args
from .page import create_app, status_words, theme
from .patches import (
    ForgetFinishedCalls,
    app_made_at_launch_only,
    busy_or_default,
    http_exception_class,
    imported_on_first_use,
    middleware,
)
from .reload import follow_index, load_stable

if TYPE_CHECKING:
    import gradio as gr

    from .. import QABot

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
# Two cores: two questions at a time; beyond MAX_QUEUE waiting, new ones are turned away.
CONCURRENCY_LIMIT = 2
MAX_QUEUE = 64
# Sessions Gradio keeps in memory (each browser tab and each /ask call is one).
SESSION_CAPACITY = 64
# The tables few first questions need (pipeline.warm_up_later) are built this long after the
# port opens: a question sent the moment it opens, or a browser's first load of the page, is
# served first, not beside them (built at once, they made such a first question take 0.27 s
# instead of 0.06 s in 2 of 5 cold starts: bench/RESULTS.md 2026-11-30 22:22 UTC).
WARM_UP_LATER_DELAY_S = 1.0


IDLE_SECONDS_MESSAGE = (
    f"--idle-seconds ต้องมากกว่า 0 และไม่เกิน {MAX_IDLE_SECONDS:,} วินาที (หนึ่งวัน)",
    f"--idle-seconds must be more than 0 and at most {MAX_IDLE_SECONDS:,} (a day)",
)


def launch_options(
    kiosk: bool, idle_seconds: float = DEFAULT_IDLE_SECONDS, limits: ServerLimits | None = None
) -> dict[str, Any]:
    """Arguments for `Blocks.launch` that give the page its look and the kiosk its limits."""
    guard, handlers = app_options(limits or ServerLimits(hide_version=kiosk))
    options: dict[str, Any] = {
        "theme": theme(kiosk),
        "css": page_css(kiosk),
        "share": False,
        "show_error": not kiosk,
        "footer_links": [] if kiosk else ["api"],
        "ssr_mode": False,
        "pwa": False,
        "mcp_server": False,
        "enable_monitoring": False,
        "allowed_paths": [str(THAI_FONT_DIR)] if THAI_FONT_DIR.is_dir() else [],
        # The page takes no files: Gradio's upload route would otherwise let anyone on the
        # network fill the disk (tests/test_exposure.py).
        "max_file_size": 1,
        # Gradio keeps a copy of the page's config (~50 KB) for each of the last sessions, and
        # every /ask call is a session of its own: by default 10,000 of them, ~500 MB. The page
        # keeps nothing there that a visitor would miss (the chat travels with each request).
        "state_session_capacity": SESSION_CAPACITY,
        # No FastAPI schema pages; a full queue answers "busy, try again" (bench/load.py).
        "app_kwargs": {
            "openapi_url": None,
            "docs_url": None,
            "redoc_url": None,
            "exception_handlers": {http_exception_class(): busy_or_default, **handlers},
            "middleware": [*guard, middleware(ForgetFinishedCalls)],
        },
        "head": page_head(kiosk, idle_seconds),
        "i18n": status_words(),
    }
    return options


def _load_in_background(
    index_dir: str | Path, corpus_dir: str | Path | None, config: Config
) -> Future[tuple[QABot, str | None]]:
    """Load the index and answer one question, on a thread: overlaps with importing Gradio."""
    future: Future[tuple[QABot, str | None]] = Future()

    def load() -> None:
        try:
            bot, signature = load_stable(index_dir, corpus_dir, config=config)
            bot.warm_up(later=False)  # so that the first visitors do not wait (and below)
            future.set_result((bot, signature))
        except BaseException as exc:  # handed to the caller by future.result()
            future.set_exception(exc)

    threading.Thread(target=load, name="qa-bot-load", daemon=True).start()
    return future


def serve(
    index_dir: str | Path = "index",
    *,
    kiosk: bool = False,
    host: str = DEFAULT_HOST,
    port: int | None = DEFAULT_PORT,
    idle_seconds: float = DEFAULT_IDLE_SECONDS,
    corpus_dir: str | Path | None = None,
    bot: QABot | None = None,
    prevent_thread_lock: bool = False,
    quiet: bool = False,
    limits: ServerLimits | None = None,
    follow: bool | None = None,
    config: Config = DEFAULT,
    follow_corpus: bool = True,
) -> tuple[gr.Blocks, str]:
    """Load the index once, build the page and serve it; returns the app and its local URL.

    With follow (the default when serve loads the index itself), each new build of the index
    is loaded and answered from (web/reload.py). Blocks until interrupted unless
    prevent_thread_lock (tests): then call `app.close()`. config holds the answer settings of
    the bot serve loads (a given bot keeps its own); a followed new build keeps them too.
    follow_corpus: a new build is checked against corpus_dir (the folder given); False: against
    the folder its own manifest records (corpus_dir was only the first build's, read from its
    manifest), so that a rebuild of the index from another folder is followed too.
    """
    if not 0 < idle_seconds <= MAX_IDLE_SECONDS:
        raise QuestionError(*IDLE_SECONDS_MESSAGE)
    # One OpenMP thread per question (read when the model's library loads, so set it first):
    # questions already run side by side (CONCURRENCY_LIMIT), and on a busy 2-core machine a
    # 2-thread OpenMP team made one question take seconds instead of ~40 ms.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    # Gradio imports IPython (~0.2 s) only for notebook magics, and does without it when the
    # import fails; a server outside a notebook has no use for them.
    sys.modules.setdefault("IPython", None)  # type: ignore[arg-type]
    signature = None
    # No garbage collection until the page answers (_settle): a start makes ~600 k objects
    # that live as long as the server (the index, its tables, Gradio's modules), and Python's
    # collector went over them again and again while they were made: 0.9 s of a ~4.5 s start's
    # CPU (gc.callbacks, 2-core machine), for ~5 k objects of garbage found at the end.
    collect_later = bot is None and gc.isenabled()
    if collect_later:
        gc.disable()
    try:
        # pandas (Gradio's) and scipy.sparse (bm25s's): imported only if ever read (patches.py).
        with imported_on_first_use():
            pending = _load_in_background(index_dir, corpus_dir, config) if bot is None else None
            import gradio  # noqa: F401 - imported here, while the index loads

            if pending is not None:
                bot, signature = pending.result()
        assert bot is not None
        with app_made_at_launch_only():  # the launch makes the app it serves
            demo = create_app(bot, kiosk=kiosk, idle_seconds=idle_seconds)
            demo.queue(default_concurrency_limit=CONCURRENCY_LIMIT, max_size=MAX_QUEUE)
        # A kiosk never names its Gradio version, whatever limits the caller gave.
        limits = replace(
            limits or ServerLimits(), hide_version=kiosk or bool(limits and limits.hide_version)
        )
        install_server_options(limits)
        _, local_url, _ = demo.launch(
            server_name=host,
            server_port=port,
            prevent_thread_lock=True,
            # Gradio's own start-up lines end with "To create a public link, set share=True": not
            # for a kiosk's log. The URL is printed below instead.
            quiet=True,
            **launch_options(kiosk, idle_seconds, limits),
        )
        if pending is not None:  # the rest of the tables, once the page answers
            later = threading.Timer(WARM_UP_LATER_DELAY_S, _settle, (collect_later,))
            later.name, later.daemon = "qa-bot-warm-up", True
            later.start()
    except BaseException:  # no page: collection back on for the caller
        if collect_later:
            gc.enable()
        raise
    if follow if follow is not None else pending is not None:
        followed = corpus_dir if follow_corpus else None
        service = demo.qa_service
        follow_index(demo, service.use, bot, followed, signature, quiet, service.mark_stale)
    if not quiet:
        mode = "kiosk" if kiosk else "normal"
        print(f"พร้อมแล้ว / ready ({mode}): {local_url}", flush=True)
    if not prevent_thread_lock:
        demo.block_thread()
    return demo, local_url


def _settle(collect: bool) -> None:
    """Once the page answers: the tables left for later (pipeline.warm_up_later), then, when
    serve turned garbage collection off for the start, one full collection (~0.15–0.25 s, on
    this thread, not in a visitor's question) and collection back on."""
    try:
        warm_up_later()
    finally:
        if collect:
            gc.collect()
            gc.enable()


def serve_command(args: argparse.Namespace) -> int:
    """`qa-bot serve` / `python app.py`: exit 2 for bad options, 1 if it cannot serve."""
    if not 0 < args.port < 65536:
        print(
            f"qa-bot: พอร์ต {args.port} ใช้ไม่ได้ (1–65535) / invalid port {args.port} (1-65535)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not 0 < args.idle_seconds <= MAX_IDLE_SECONDS:  # NaN and infinity too
        print(f"qa-bot: {' / '.join(IDLE_SECONDS_MESSAGE)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        limits = limits_from_args(args)
    except ValueError as exc:
        print(f"qa-bot: ค่าที่ให้มาใช้ไม่ได้ / invalid option: {exc}", file=sys.stderr)
        return EXIT_USAGE
    problem = listen_problem(args.host, args.port)
    if problem is not None:  # before the index loads: a port in use fails at once
        print(_cannot_serve(args.host, args.port, *problem), file=sys.stderr)
        return EXIT_FAILURE
    corpus = args.corpus if Path(args.corpus).is_dir() else None
    try:
        serve(
            args.index,
            kiosk=args.kiosk,
            host=args.host,
            port=args.port,
            idle_seconds=args.idle_seconds,
            corpus_dir=corpus,
            limits=limits,
            # --corpus given: every build is checked against it; else each against its own.
            follow_corpus=getattr(args, "corpus_given", True),
        )
    except OSError as exc:  # taken since the check above, or another reason
        thai, english = listen_problem(args.host, args.port) or _start_failed(exc)
        print(_cannot_serve(args.host, args.port, thai, english), file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _cannot_serve(host: str, port: int, thai: str, english: str) -> str:
    where = f"{host}:{port}"
    return f"qa-bot: เปิดหน้าเว็บที่ {where} ไม่ได้: {thai} / cannot serve on {where}: {english}"


def _start_failed(exc: OSError) -> tuple[str, str]:
    """Why serve() failed when listen_problem finds nothing now: the system's reason, or for
    Gradio's errno-less "Cannot find empty port … GRADIO_SERVER_PORT" what to change."""
    if exc.errno is not None:
        return os_reason(exc)
    return (
        "เซิร์ฟเวอร์เริ่มไม่สำเร็จ — ลองพอร์ตอื่นด้วย --port หรือตรวจ --host",
        "the server did not start; try another --port or check --host",
    )


def listen_problem(host: str, port: int) -> tuple[str, str] | None:
    """Why the page cannot listen on host:port, (Thai, English) with what to change, or None
    when it can: the address resolved and a socket bound there as uvicorn binds one
    (SO_REUSEADDR), then closed. Checked before the index loads, so that a port in use or a
    mistyped --host fails at once with its reason (Gradio says "Cannot find empty port" for
    both, and advises setting GRADIO_SERVER_PORT)."""
    address = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        found = socket.getaddrinfo(address, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return (
            f"ไม่รู้จักที่อยู่ {host} — ตรวจ --host (เช่น 127.0.0.1 หรือ 0.0.0.0)",
            f"unknown address {host} ({reason}); check --host (e.g. 127.0.0.1 or 0.0.0.0)",
        )
    family, kind, proto, _, where = found[0]
    # Gradio first checks the port on 127.0.0.1 whatever the host, then starts uvicorn there.
    local = (socket.AF_INET, socket.SOCK_STREAM, 0, ("127.0.0.1", port))
    probes = [(family, kind, proto, where), local]
    try:
        for family, kind, proto, where in probes:
            with socket.socket(family, kind, proto) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind(where)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            return (
                f"พอร์ต {port} มีโปรแกรมอื่นใช้อยู่ — ลองพอร์ตอื่นด้วย --port",
                f"port {port} is already in use; try another --port",
            )
        if exc.errno == errno.EADDRNOTAVAIL:
            return (
                f"{host} ไม่ใช่ที่อยู่ของเครื่องนี้ — ตรวจ --host (เช่น 127.0.0.1 หรือ 0.0.0.0)",
                f"{host} is not an address of this machine; check --host (e.g. 127.0.0.1 "
                "or 0.0.0.0)",
            )
        if exc.errno == errno.EACCES:
            return (
                f"ไม่มีสิทธิ์เปิดพอร์ต {port} (พอร์ตต่ำกว่า 1024 ต้องใช้สิทธิ์ผู้ดูแลระบบ) — ลองพอร์ตอื่นด้วย --port",
                f"no permission to listen on port {port} (ports below 1024 need administrator "
                "rights); try another --port",
            )
        return os_reason(exc)
    return None
