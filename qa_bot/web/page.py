"""The chat page's Gradio layout: `create_app(bot)` builds it over a loaded bot."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..cards import SectorRef
from ..wording import the_documents
from .assets import DEFAULT_IDLE_SECONDS, FONT_STACK, MONO_STACK
from .patches import check_api_inputs
from .service import MAX_EXAMPLES, ChatService, example_chips  # noqa: F401 - re-exported (tests)

if TYPE_CHECKING:
    import gradio as gr

    from .. import QABot


def chip_classes(sector: SectorRef) -> list[str]:
    """An example chip's CSS classes: its sector's colour (one of ten)."""
    return ["qa-example", f"qa-example-{sector.section_id % 10}"]


def example_updates(service: ChatService) -> tuple[list[dict[str, Any]], list[str]]:
    """What the MAX_EXAMPLES chip buttons show for the documents answering now: a Gradio
    update per button (question, colour; the rest hidden), and each shown chip's sector key.
    A page load asks it, so a build swapped in since (web/reload.py) has its own examples."""
    import gradio as gr

    chips = service.examples
    updates = [
        gr.update(value=question, visible=True, elem_classes=chip_classes(sector))
        for question, sector in chips
    ]
    updates += [gr.update(value="", visible=False)] * (MAX_EXAMPLES - len(chips))
    return updates, [sector.key for _, sector in chips]


def page_title(bot: QABot) -> str:
    """The page's title: "ถาม–ตอบจากเอกสาร · Ask the document" (the documents, for several)."""
    return f"ถาม–ตอบจากเอกสาร · Ask {the_documents(len(bot.index.documents))}"


def placeholder_html(bot: QABot) -> str:
    """The empty conversation's invitation: about this document, or these documents."""
    several = len(bot.index.documents) > 1
    thai, english = ("เอกสารเหล่านี้", "these documents") if several else ("เอกสารนี้", "this document")
    return (
        f"<div class='qa-placeholder'>ถามอะไรก็ได้เกี่ยวกับ{thai} "
        f"<small>Ask anything about {english}</small></div>"
    )


def header_html(bot: QABot, kiosk: bool) -> str:
    """The page's header: its title, the documents' subject (each document's overview section
    label less "ภาพรวม", else its title; repeats dropped), and a hint for kiosk or desktop use.
    Corpus text is escaped."""
    # The bundled document's overview section is named after what the document describes.
    subjects = []
    for doc in bot.index.documents:
        overview = next((s.label for s in doc.sections if s.section_id == 0), "")
        subject = overview.removeprefix("ภาพรวม") if overview.startswith("ภาพรวม") else ""
        subjects.append(subject or doc.title)
    subject = " · ".join(dict.fromkeys(subjects))
    # The kiosk's examples are beside the conversation on a landscape screen, below it on a
    # portrait one (static/kiosk.css shows the words that fit the screen).
    where = '<span class="qa-hint-side">ทางขวา</span><span class="qa-hint-below">ด้านล่าง</span>'
    where_en = (
        '<span class="qa-hint-side">on the right</span><span class="qa-hint-below">below</span>'
    )
    hint = (
        f"แตะตัวอย่างคำถาม{where} หรือพิมพ์คำถามของคุณเอง"
        if kiosk
        else "พิมพ์คำถามภาษาไทยหรือภาษาอังกฤษ แล้วกด ถาม"
    )
    hint_en = (
        f"Tap an example {where_en} or type your own question"
        if kiosk
        else "Type a question in Thai or English and press Ask"
    )
    return (
        '<header class="qa-header"><h1>ถาม–ตอบจากเอกสาร '
        f"<small>Ask {the_documents(len(bot.index.documents))}</small></h1>"
        f'<p class="qa-subject">{html.escape(subject)}</p>'
        f'<p class="qa-hint">{hint} <small>{hint_en}</small></p></header>'
    )


def theme(kiosk: bool) -> gr.themes.Base:
    """The page's Gradio theme: Soft in teal, with local font stacks (nothing fetched), larger
    text and spacing in kiosk mode, and primary buttons at a 5.5:1 contrast."""
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
    ).set(
        # White on teal-700 is 5.5:1 (WCAG AA); Soft's teal-500 buttons were 2.5:1.
        button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800",
        button_primary_text_color="white",
        button_primary_text_color_hover="white",
    )


# What Gradio's screen-reader status line (one sr-only aria-live region per page) says when a
# question is sent and when its reply has come or failed. Gradio 6.31 reads the key
# "common.complete", which none of its language files holds, so readers heard
# "common.complete" after every answer; a key given here is found before Gradio's own. The
# same Thai · English words in every browser locale (others fall back to "en"), as everywhere
# on the page. The reply itself is read from the conversation, a live region of its own
# (static/chat.js names it in Thai and English).
STATUS_WORDS = {
    "common.loading": "กำลังโหลด · Loading",
    "common.complete": "ตอบแล้ว · Reply ready",
    "common.error": "เกิดข้อผิดพลาด · Something went wrong",
}


def status_words() -> gr.I18n:
    """`Blocks.launch(i18n=...)`: STATUS_WORDS for the Thai and English locales."""
    import gradio as gr

    return gr.I18n(th=dict(STATUS_WORDS), en=dict(STATUS_WORDS))


def create_app(
    bot: QABot,
    kiosk: bool = False,
    idle_seconds: float = DEFAULT_IDLE_SECONDS,
    title: str | None = None,
) -> gr.Blocks:
    """The chat page over a loaded bot (title: the browser's, default page_title). Launch it
    with `launch_options(kiosk, idle_seconds)`."""
    import gradio as gr

    title = title if title is not None else page_title(bot)

    service = ChatService(bot)
    sector_choices = [(s.name, s.key) for s in service.offered]
    mode_class = "qa-kiosk" if kiosk else "qa-normal"
    with gr.Blocks(title=title, fill_width=kiosk, analytics_enabled=False) as demo:
        with gr.Column(elem_classes=["qa-app", mode_class]):
            header = gr.HTML(header_html(bot, kiosk), elem_classes=["qa-header-box"])
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
                        # The conversation grows with its messages and the page scrolls (no
                        # panel scrolling inside the page: on a phone that hid the answer);
                        # static/chat.js brings the newest question and answer into view.
                        height="auto",
                        placeholder=placeholder_html(bot),
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
                    # MAX_EXAMPLES buttons, those beyond the documents' examples hidden: each
                    # page load fills them from the index answering then (example_updates).
                    chips = service.examples
                    with gr.Row(elem_classes=["qa-examples"], elem_id="qa-examples"):
                        example_buttons = [
                            gr.Button(
                                chips[i][0] if i < len(chips) else "",
                                size="lg" if kiosk else "md",
                                elem_classes=chip_classes(chips[i][1])
                                if i < len(chips)
                                else ["qa-example"],
                                visible=i < len(chips),
                                min_width=0,
                            )
                            for i in range(MAX_EXAMPLES)
                        ]
                    example_keys = gr.State([sector.key for _, sector in chips])
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
                    # Exam mode on every page, the kiosk's too (FRESH14 §7: the README lists it
                    # for the page); kiosk.css makes its toggle and box touch-sized.
                    with gr.Accordion("โหมดข้อสอบ · Exam mode", open=False, elem_id="qa-exam-box"):
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
            position: int,
        ) -> Callable[[list[dict[str, Any]], list[str], str], list[dict[str, Any]]]:
            def run(
                history: list[dict[str, Any]], keys: list[str], question: str
            ) -> list[dict[str, Any]]:
                # The chip's sector as the page was loaded; a build swapped in since that lacks
                # it: the chip's question over every sector.
                key = keys[position] if position < len(keys) else ""
                messages = service.reply_example(key) if key else []
                if not messages and question:
                    messages = service.reply(question)
                return list(history or []) + messages

            return run

        def on_option(history: list[dict[str, Any]], evt: Any) -> tuple[Any, Any]:
            messages, everywhere = service.reply_option(str(evt.value))
            # "ค้นทุกหมวด" asked over every sector: the filter is emptied to match.
            return list(history or []) + messages, [] if everywhere else gr.skip()

        # Gradio finds the event argument by its annotation, which must be the class itself.
        on_option.__annotations__["evt"] = gr.SelectData

        inputs = [textbox, chatbot, sectors, choices_box]
        private: dict[str, Any] = {"api_visibility": "private"}
        outputs = [chatbot, textbox, choices_box]
        textbox.submit(respond, inputs, outputs, **private)
        send.click(respond, inputs, outputs, **private)
        for position, button in enumerate(example_buttons):
            chip_inputs = [chatbot, example_keys, button]
            button.click(ask_example(position), chip_inputs, [chatbot], **private)
        chatbot.option_select(on_option, [chatbot], [chatbot, sectors], **private)
        # Start over (also the kiosk's idle timer) empties the conversation, the question, the
        # exam choices and the sector filter, in the browser only: nothing to send or wait for.
        clear.click(None, None, [*outputs, sectors], js="() => [[], '', '', []]", **private)

        def current_sectors() -> list[Any]:
            # A new build swapped in since the page was made (web/reload.py) may add or drop
            # sectors: each page load lists the sectors answering now (a dropped one chosen
            # was an "unknown section" error), their example chips and the documents' subject.
            updates, keys = example_updates(service)
            offered = gr.update(choices=[(s.name, s.key) for s in service.offered], value=[])
            return [header_html(service.bot, kiosk), offered, *updates, keys]

        # No progress shown: a dimmed header while it loads failed the contrast audit.
        demo.load(
            current_sectors,
            None,
            [header, sectors, *example_buttons, example_keys],
            show_progress="hidden",
            **private,
        )
        gr.api(service.ask, api_name="ask")
    check_api_inputs(demo, frozenset({"ask"}))
    demo.qa_service = service  # type: ignore[attr-defined]  # serve() swaps new builds in
    return demo
