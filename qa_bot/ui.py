"""The chat page (Gradio): Thai first, for phones, desks and event kiosks, and the /ask API.

`create_app(bot)` builds the page; `serve(...)` loads the index once, builds the page and starts
the server (127.0.0.1 by default, queue on). Gradio is imported inside these functions so that
`serve` can load the index on a second thread while Gradio itself is being imported: the two
together are most of the cold start (bench/cold_start.py).
"""

from __future__ import annotations

import argparse
import html
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Before Gradio is imported anywhere: kiosks are offline and nothing is reported anywhere.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
# Gradio's in-memory record of recent events feeds only its monitoring page (off here); its
# default of 10,000 records grows the server by ~4 MB under load for nothing (bench/load.py).
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "500")

from .cards import (
    DEFAULT_VISIBLE_HITS,
    FAILURE_EN,
    FAILURE_TH,
    MAX_HITS,
    SectorRef,
    answer_html,
    error_html,
    failure_html,
    question_html,
    sectors_of,
)
from .errors import QABotError, QuestionError

if TYPE_CHECKING:
    import gradio as gr

    from . import QABot

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
DEFAULT_IDLE_SECONDS = 120
# Two cores: two questions at a time; beyond MAX_QUEUE waiting, new ones are turned away.
CONCURRENCY_LIMIT = 2
MAX_QUEUE = 64
# Sessions Gradio keeps in memory (each browser tab and each /ask call is one).
SESSION_CAPACITY = 64
STATIC_DIR = Path(__file__).resolve().parent / "static"
# Debian's fonts-thai-tlwg: used where installed, otherwise served to the browser by the app.
THAI_FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
THAI_FONT_FILES = {400: "Loma.ttf", 700: "Loma-Bold.ttf"}
FONT_STACK = [
    "QA Thai",
    "Noto Sans Thai",
    "Noto Sans Thai UI",
    "Leelawadee UI",
    "Thonburi",
    "Tahoma",
    "ui-sans-serif",
    "system-ui",
    "sans-serif",
]
MONO_STACK = ["Tlwg Mono", "ui-monospace", "DejaVu Sans Mono", "monospace"]

# One example a sector of the bundled document, each checked to be answered from its sector
# (tests/test_ui_api.py); other documents get a question made from the section's label.
EXAMPLE_QUESTIONS = {
    "ภาพรวมประชาคมสังคมและวัฒนธรรมอาเซียน": "เสาประชาคมสังคมและวัฒนธรรมอาเซียนมีความร่วมมือกี่สาขา",
    "การศึกษา": "AQRF คืออะไร",
    "วัฒนธรรมและศิลปะ": "ปีแห่งวัฒนธรรมอาเซียนคือปีไหน",
    "แรงงาน": "แนวทาง CSR ด้านแรงงานส่งเสริมใครบ้าง",
    "สวัสดิการสังคมและการพัฒนา": "แผนแม่บทอาเซียนเพื่อบูรณาการสิทธิคนพิการคืออะไร",
    "สาธารณสุข": "อาเซียนร่วมกันป้องกันโรคติดต่ออะไรบ้าง",
    "การจัดการภัยพิบัติ": "คลังสิ่งของช่วยเหลือของอาเซียนในไทยตั้งอยู่ที่ไหน",
    "สิ่งแวดล้อม": "อาเซียนร่วมมือด้านสิ่งแวดล้อมเรื่องอะไรบ้าง",
    "เครือข่ายเมืองอัจฉริยะอาเซียน": "เครือข่ายเมืองอัจฉริยะอาเซียนคืออะไร",
}
OPTION_PREFIX = "sector:"
# More chips than this (many documents) would bury the page; the filter still lists them all.
MAX_EXAMPLES = 12
_CHOICE_MARKER = re.compile(r"^\s*(?:[ก-ฮ]|[A-Za-z]|[0-9๐-๙])\s*[.)]\s*")


def example_question(sector: SectorRef) -> str:
    return EXAMPLE_QUESTIONS.get(sector.label) or f"เรื่อง{sector.label}มีสาระสำคัญอะไรบ้าง"


def parse_sections(
    values: Sequence[str] | None, sectors: Sequence[SectorRef]
) -> list[tuple[str, int]] | None:
    """Filter values ("doc_id#section_id", or a bare section id for every document) → pairs.

    None (search everything) when nothing is chosen; QuestionError for an unknown value.
    """
    if not values:
        return None
    known = {s.key: (s.doc_id, s.section_id) for s in sectors}
    chosen: list[tuple[str, int]] = []
    for value in values:
        value = str(value).strip()
        if value in known:
            chosen.append(known[value])
        elif value.isdigit() and any(s.section_id == int(value) for s in sectors):
            chosen.extend((s.doc_id, s.section_id) for s in sectors if s.section_id == int(value))
        else:
            raise QuestionError(
                f"ไม่รู้จักหมวด {value!r}", f"unknown section {value!r} (use doc_id#section_id)"
            )
    return chosen


def parse_choices(text: str | None) -> list[str] | None:
    """Exam choices typed one a line; a leading "ก." / "A)" / "1." is dropped."""
    if not text:
        return None
    choices = [_CHOICE_MARKER.sub("", line).strip() for line in text.splitlines()]
    return [c for c in choices if c] or None  # the engine checks how many and how long


def _header_html(bot: QABot, kiosk: bool) -> str:
    # The bundled document's overview section is named after what the document describes.
    subjects = []
    for doc in bot.index.documents:
        overview = next((s.label for s in doc.sections if s.section_id == 0), "")
        subject = overview.removeprefix("ภาพรวม") if overview.startswith("ภาพรวม") else ""
        subjects.append(subject or doc.title)
    subject = " · ".join(dict.fromkeys(subjects))
    hint = (
        "แตะตัวอย่างคำถามทางขวา หรือพิมพ์คำถามของคุณเอง"
        if kiosk
        else "พิมพ์คำถามภาษาไทยหรือภาษาอังกฤษ แล้วกด ถาม"
    )
    hint_en = (
        "Tap an example on the right or type your own question"
        if kiosk
        else "Type a question in Thai or English and press Ask"
    )
    return (
        '<header class="qa-header"><h1>ถาม–ตอบจากเอกสาร <small>Ask the document</small></h1>'
        f'<p class="qa-subject">{html.escape(subject)}</p>'
        f'<p class="qa-hint">{hint} <small>{hint_en}</small></p></header>'
    )


class ChatService:
    """What the page and the API do with a question; holds the one shared, read-only bot."""

    def __init__(self, bot: QABot) -> None:
        self.bot = bot
        self.sectors = sectors_of(bot.index)

    def ask(
        self,
        question: str,
        k: int = DEFAULT_VISIBLE_HITS,
        sections: list[str] | None = None,
        choices: list[str] | None = None,
    ) -> dict[str, Any]:
        """Answer a question about the documents (the /ask API).

        Args:
            question: the question, Thai or English.
            k: how many passages, 1 to 10.
            sections: only search these sections ("doc_id#section_id", or a section number).
            choices: exam mode: the choices of a multiple-choice question.
        Returns:
            The answer as in `qa-bot ask --json`: question, answerable, elapsed_ms, hits (each
            with section_label, section_label_en, text, answer_sentence and offsets), choice;
            or {"question", "error"} for a question that cannot be asked.
        """
        from .cli import answer_record

        try:
            if isinstance(k, bool) or not isinstance(k, int | float):
                raise QuestionError("k ต้องเป็นตัวเลข", "k must be a number")
            k = max(1, min(int(k), MAX_HITS))
            wanted = parse_sections(sections, self.sectors)
            answer = self.bot.ask(question, k=k, sections=wanted, choices=choices or None)
        except QABotError as error:
            return {"question": question, "error": f"{error.message_th} / {error.message_en}"}
        except Exception:  # the caller gets a message, the log gets the traceback
            log.exception("/ask %r failed", question)
            return {"question": question, "error": f"{FAILURE_TH} / {FAILURE_EN}"}
        return answer_record(answer)

    def _suggestions(self) -> list[dict[str, str]]:
        return [
            {
                "label": f"{s.label} · {s.label_en}" if s.label_en else s.label,
                "value": OPTION_PREFIX + s.key,
            }
            for s in self.sectors
        ]

    def reply(
        self, question: str, sections: Sequence[str] | None = None, choices_text: str = ""
    ) -> list[dict[str, Any]]:
        """The messages one question adds to the conversation; never raises."""
        # A lone surrogate (an emoji cut in half) has no UTF-8 form to send back to the browser.
        shown = (question or "").strip().encode("utf-8", "replace").decode()
        messages: list[dict[str, Any]] = []
        if shown:
            messages.append({"role": "user", "content": question_html(shown)})
        try:
            choices = parse_choices(choices_text)
            wanted = parse_sections(sections, self.sectors)
            answer = self.bot.ask(question or "", k=MAX_HITS, sections=wanted, choices=choices)
        except QABotError as error:
            messages.append({"role": "assistant", "content": error_html(error)})
            return messages
        except Exception:  # a visitor sees an apology, the log gets the traceback
            log.exception("answering %r failed", question)
            messages.append({"role": "assistant", "content": failure_html()})
            return messages
        reply: dict[str, Any] = {
            "role": "assistant",
            "content": answer_html(self.bot.index, answer, choices),
        }
        if not answer.answerable and answer.choice is None:
            reply["options"] = self._suggestions()
        messages.append(reply)
        return messages

    def example_for(self, option_value: str) -> str | None:
        key = option_value.removeprefix(OPTION_PREFIX)
        sector = next((s for s in self.sectors if s.key == key), None)
        return example_question(sector) if sector else None


def _theme(kiosk: bool) -> gr.themes.Base:
    import gradio as gr

    # Plain font names only: Gradio's default theme would fetch Google Fonts.
    return gr.themes.Soft(
        primary_hue="teal",
        secondary_hue="sky",
        neutral_hue="slate",
        font=FONT_STACK,
        font_mono=MONO_STACK,
        text_size=gr.themes.sizes.text_lg if kiosk else gr.themes.sizes.text_md,
        spacing_size=gr.themes.sizes.spacing_lg if kiosk else gr.themes.sizes.spacing_md,
        radius_size=gr.themes.sizes.radius_md,
    )


def font_css() -> str:
    """@font-face for Thai: the installed TLWG font, else the same file served by the app."""
    rules = []
    for weight, name in THAI_FONT_FILES.items():
        family = name.removesuffix(".ttf").replace("-Bold", "")
        sources = [f'local("{family}{" Bold" if weight == 700 else ""}")', f'local("{family}")']
        if (THAI_FONT_DIR / name).is_file():
            sources.append(f'url("/gradio_api/file={THAI_FONT_DIR / name}") format("truetype")')
        rules.append(
            '@font-face { font-family: "QA Thai"; font-style: normal; '
            f"font-weight: {weight}; font-display: swap; src: {', '.join(sources)}; "
            "unicode-range: U+0E00-0E7F, U+200B-200D; }"
        )
    return "\n".join(rules)


def page_css(kiosk: bool) -> str:
    css = font_css() + "\n" + (STATIC_DIR / "ui.css").read_text(encoding="utf-8")
    if kiosk:
        css += "\n" + (STATIC_DIR / "kiosk.css").read_text(encoding="utf-8")
    return css


def page_head(kiosk: bool, idle_seconds: float = DEFAULT_IDLE_SECONDS) -> str:
    """Inline scripts (nothing fetched): scrolling to the new answer; the kiosk's idle timer,
    which presses "start over" after idle_seconds without a touch, key or scroll."""
    scripts = [(STATIC_DIR / "chat.js").read_text(encoding="utf-8")]
    if kiosk:
        scripts.append(f"window.QA_IDLE_MS = {int(idle_seconds * 1000)};")
        scripts.append((STATIC_DIR / "idle.js").read_text(encoding="utf-8"))
    return "".join(f"<script>\n{script}\n</script>" for script in scripts)


def create_app(
    bot: QABot,
    kiosk: bool = False,
    idle_seconds: float = DEFAULT_IDLE_SECONDS,
    title: str = "ถาม–ตอบจากเอกสาร · Ask the document",
) -> gr.Blocks:
    """The chat page over a loaded bot. Launch it with `launch_options(kiosk, idle_seconds)`."""
    import gradio as gr

    service = ChatService(bot)
    sector_choices = [
        (f"{s.label} · {s.label_en}" if s.label_en else s.label, s.key) for s in service.sectors
    ]
    mode_class = "qa-kiosk" if kiosk else "qa-normal"
    with gr.Blocks(title=title, fill_width=kiosk, analytics_enabled=False) as demo:
        with gr.Column(elem_classes=["qa-app", mode_class]):
            gr.HTML(_header_html(bot, kiosk), elem_classes=["qa-header-box"])
            # A landscape kiosk: conversation on the left, example chips beside it; elsewhere
            # (phones, desks) one column.
            body = (
                gr.Row(elem_classes=["qa-body"]) if kiosk else gr.Column(elem_classes=["qa-body"])
            )
            with body:
                with gr.Column(scale=2, elem_classes=["qa-main"]):
                    chatbot = gr.Chatbot(
                        elem_id="qa-chat",
                        label="บทสนทนา · Conversation",
                        show_label=False,
                        height="calc(100vh - 300px)" if kiosk else "60vh",
                        min_height=360,
                        placeholder=(
                            "<div class='qa-placeholder'>ถามอะไรก็ได้เกี่ยวกับเอกสารนี้ "
                            "<small>Ask anything about this document</small></div>"
                        ),
                        latex_delimiters=[],
                        feedback_options=None,
                        buttons=[],
                        sanitize_html=True,
                        render_markdown=True,
                        autoscroll=False,  # static/chat.js scrolls to the new question instead
                        group_consecutive_messages=False,
                        layout="panel",
                    )
                    with gr.Row(elem_classes=["qa-input-row"]):
                        textbox = gr.Textbox(
                            elem_id="qa-input",
                            show_label=False,
                            label="คำถาม · Question",
                            placeholder="พิมพ์คำถาม… · Type a question…",
                            lines=1,
                            max_lines=4,
                            scale=6,
                            autofocus=not kiosk,
                            container=False,
                        )
                        send = gr.Button(
                            "ถาม · Ask",
                            elem_id="qa-send",
                            variant="primary",
                            scale=1,
                            min_width=120,
                        )
                        clear = gr.Button(
                            "เริ่มใหม่ · Start over", elem_id="qa-clear", scale=1, min_width=190
                        )
                with gr.Column(scale=1, elem_classes=["qa-side"]):
                    gr.HTML(
                        '<p class="qa-examples-title">ตัวอย่างคำถาม '
                        "<small>Example questions</small></p>"
                    )
                    with gr.Row(elem_classes=["qa-examples"], elem_id="qa-examples"):
                        example_buttons = [
                            (
                                gr.Button(
                                    example_question(sector),
                                    size="lg" if kiosk else "md",
                                    elem_classes=[
                                        "qa-example",
                                        f"qa-example-{sector.section_id % 10}",
                                    ],
                                    min_width=0,
                                ),
                                example_question(sector),
                            )
                            for sector in service.sectors[:MAX_EXAMPLES]
                        ]
                    with gr.Accordion(
                        "ค้นเฉพาะบางหมวด · Search only some sectors",
                        open=False,
                        elem_id="qa-filter-box",
                    ):
                        sectors = gr.CheckboxGroup(
                            choices=sector_choices,
                            value=[],
                            elem_id="qa-filter",
                            label="ไม่เลือก = ค้นทุกหมวด · none chosen = search all",
                        )
                    choices_box: Any = gr.State("")  # no exam mode on a kiosk
                    if not kiosk:
                        with gr.Accordion(
                            "โหมดข้อสอบ · Exam mode", open=False, elem_id="qa-exam-box"
                        ):
                            choices_box = gr.Textbox(
                                elem_id="qa-choices",
                                label="ตัวเลือก บรรทัดละหนึ่งข้อ · Choices, one per line",
                                placeholder="ก. ...\nข. ...\nค. ...\nง. ...",
                                lines=4,
                            )

        def respond(
            question: str, history: list[dict[str, Any]], chosen: list[str], choices_text: str
        ) -> tuple[list[dict[str, Any]], str, str]:
            # Exam choices belong to one question: emptied with the question box.
            return list(history or []) + service.reply(question, chosen, choices_text), "", ""

        def ask_example(
            example: str,
        ) -> Callable[[list[dict[str, Any]]], list[dict[str, Any]]]:
            def run(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
                return list(history or []) + service.reply(example)

            return run

        def on_option(history: list[dict[str, Any]], evt: Any) -> list[dict[str, Any]]:
            example = service.example_for(str(evt.value))
            return list(history or []) + (service.reply(example) if example else [])

        # Gradio finds the event argument by its annotation, which must be the class itself.
        on_option.__annotations__["evt"] = gr.SelectData

        inputs = [textbox, chatbot, sectors, choices_box]
        private: dict[str, Any] = {"api_visibility": "private"}
        outputs = [chatbot, textbox, choices_box]
        textbox.submit(respond, inputs, outputs, **private)
        send.click(respond, inputs, outputs, **private)
        for button, example in example_buttons:
            button.click(ask_example(example), [chatbot], [chatbot], **private)
        chatbot.option_select(on_option, [chatbot], [chatbot], **private)
        # Start over (also the kiosk's idle timer) empties the conversation, the question, the
        # exam choices and the sector filter, in the browser only: nothing to send or wait for.
        clear.click(None, None, [*outputs, sectors], js="() => [[], '', '', []]", **private)
        gr.api(service.ask, api_name="ask")
    return demo


def launch_options(kiosk: bool, idle_seconds: float = DEFAULT_IDLE_SECONDS) -> dict[str, Any]:
    """Arguments for `Blocks.launch` that give the page its look and the kiosk its limits."""
    options: dict[str, Any] = {
        "theme": _theme(kiosk),
        "css": page_css(kiosk),
        "share": False,
        "show_error": not kiosk,
        "footer_links": [] if kiosk else ["api", "settings"],
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
            "exception_handlers": {_http_exception_class(): _busy_or_default},
            "middleware": [_middleware(ForgetFinishedCalls)],
        },
        "head": page_head(kiosk, idle_seconds),
    }
    return options


BUSY_TH = "ตอนนี้มีคำถามรออยู่มาก กรุณาลองใหม่อีกครั้งในอีกสักครู่"
BUSY_EN = "Busy answering other questions: please try again in a moment."
BUSY_RETRY_AFTER_S = 2


def _http_exception_class() -> type[Exception]:
    from starlette.exceptions import HTTPException

    return HTTPException


def _middleware(cls: type) -> Any:
    from starlette.middleware import Middleware

    return Middleware(cls)


class ForgetFinishedCalls:
    """Gradio's queue keeps an entry per session with its pending events; after a call over the
    REST route (/gradio_api/call/ask) the entry stays, empty, for ever: ~1 KB a question, and
    a longer scan on every later call. Empty entries are dropped after each such call, as
    Gradio itself does when a browser disconnects (Queue.clean_events). Runs on the server's
    event loop, like the code that reads the table."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)
        if scope.get("type") != "http" or "/call/" not in scope.get("path", ""):
            return
        blocks = scope["app"].get_blocks() if hasattr(scope.get("app"), "get_blocks") else None
        sessions = getattr(getattr(blocks, "_queue", None), "pending_event_ids_session", None)
        if isinstance(sessions, dict):
            for session in [key for key, pending in sessions.items() if not pending]:
                sessions.pop(session, None)


async def _busy_or_default(request: Any, error: Any) -> Any:
    """Gradio's "Queue is full" (HTTP 503) as a Thai / English "busy, try again", with
    Retry-After; every other HTTP error as FastAPI gives it. (The page and gradio_client show
    their own "busy, try again" for any 503.)"""
    from fastapi.exception_handlers import http_exception_handler
    from fastapi.responses import JSONResponse

    if error.status_code == 503 and "Queue is full" in str(error.detail):
        return JSONResponse(
            {"detail": f"{BUSY_TH} / {BUSY_EN}"},
            status_code=503,
            headers={"Retry-After": str(BUSY_RETRY_AFTER_S)},
        )
    return await http_exception_handler(request, error)


def _load_in_background(index_dir: str | Path, corpus_dir: str | Path | None) -> Future[QABot]:
    """Load the index and answer one question, on a thread: overlaps with importing Gradio."""
    future: Future[QABot] = Future()

    def load() -> None:
        try:
            from . import QABot

            bot = QABot.load(index_dir, corpus_dir=corpus_dir)
            bot.warm_up()  # so that the first visitors do not wait
            future.set_result(bot)
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
) -> tuple[gr.Blocks, str]:
    """Load the index once, build the page and serve it; returns the app and its local URL.

    Blocks until interrupted unless prevent_thread_lock (tests): then call `app.close()`.
    """
    if idle_seconds <= 0:
        raise QuestionError("เวลารอต้องมากกว่า 0 วินาที", "--idle-seconds must be more than 0")
    # One OpenMP thread per question (read when the model's library loads, so set it first):
    # questions already run side by side (CONCURRENCY_LIMIT), and on a busy 2-core machine a
    # 2-thread OpenMP team made one question take seconds instead of ~40 ms.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    pending = _load_in_background(index_dir, corpus_dir) if bot is None else None
    # Gradio imports IPython (~0.2 s) only for notebook magics, and does without it when the
    # import fails; a server outside a notebook has no use for them.
    sys.modules.setdefault("IPython", None)  # type: ignore[arg-type]
    import gradio  # noqa: F401 - imported here, while the index loads

    if pending is not None:
        bot = pending.result()
    assert bot is not None
    demo = create_app(bot, kiosk=kiosk, idle_seconds=idle_seconds)
    demo.queue(default_concurrency_limit=CONCURRENCY_LIMIT, max_size=MAX_QUEUE)
    _, local_url, _ = demo.launch(
        server_name=host,
        server_port=port,
        prevent_thread_lock=True,
        quiet=quiet,
        **launch_options(kiosk, idle_seconds),
    )
    if not quiet:
        mode = "kiosk" if kiosk else "normal"
        print(f"พร้อมแล้ว / ready ({mode}): {local_url}", flush=True)
    if not prevent_thread_lock:
        demo.block_thread()
    return demo, local_url


def serve_command(args: argparse.Namespace) -> int:
    """`qa-bot serve` / `python app.py`: exit 2 for bad options, 1 if it cannot serve."""
    from .cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE

    if not 0 < args.port < 65536:
        print(
            f"qa-bot: พอร์ต {args.port} ใช้ไม่ได้ (1–65535) / invalid port {args.port} (1-65535)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not args.idle_seconds > 0:
        print(
            "qa-bot: --idle-seconds ต้องมากกว่า 0 / --idle-seconds must be more than 0",
            file=sys.stderr,
        )
        return EXIT_USAGE
    corpus = args.corpus if Path(args.corpus).is_dir() else None
    try:
        serve(
            args.index,
            kiosk=args.kiosk,
            host=args.host,
            port=args.port,
            idle_seconds=args.idle_seconds,
            corpus_dir=corpus,
        )
    except OSError as exc:  # the port is taken, or the address is not this machine's
        print(
            f"qa-bot: เปิดหน้าเว็บที่ {args.host}:{args.port} ไม่ได้ ({exc}) — ลองพอร์ตอื่นด้วย --port"
            f" / cannot serve on {args.host}:{args.port} ({exc}); try another --port",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return EXIT_OK
