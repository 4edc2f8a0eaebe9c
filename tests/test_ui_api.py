"""The chat page's logic and its /ask API (a real server on a free port, called by gradio_client).

Browser tests are in test_browser.py; this file needs no browser.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from qa_bot import QABot
from qa_bot.cards import (
    MAX_HITS,
    SECTOR_COLOURS,
    VERDICTS,
    answer_html,
    choices_html,
    hit_card,
    hits_html,
    is_weak,
    question_html,
    refusal_html,
    sector_colour,
    sectors_of,
)
from qa_bot.cli import main
from qa_bot.errors import QuestionError
from qa_bot.request import known_sections, parse_choices, parse_sections
from qa_bot.types import Answer, Choice, Hit
from qa_bot.web.assets import THAI_FONT_DIR
from qa_bot.web.server import launch_options
from qa_bot.web.service import ChatService, example_question

from .conftest import SHARED_DEV

OUT_OF_SCOPE = "ราคาทอง วันนี้"  # gold prices: nothing in the corpus is about them
API_QUESTION_IDS = ("d003", "d006", "d010", "d016")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(bot: QABot, **options: Any) -> Iterator[str]:
    """The page served on a free local port for the duration of the block; yields its URL."""
    from qa_bot.web.server import serve

    demo, url = serve(bot=bot, port=free_port(), prevent_thread_lock=True, quiet=True, **options)
    try:
        yield url.rstrip("/")
    finally:
        demo.close()


def dev_items() -> dict[str, dict[str, Any]]:
    lines = SHARED_DEV.read_text(encoding="utf-8").splitlines()
    return {item["id"]: item for item in map(json.loads, filter(None, lines))}


def section_label(bot: QABot, section_id: int) -> str:
    return next(s.label for s in sectors_of(bot.index) if s.section_id == section_id)


def visible_text(markup: str) -> str:
    """What a browser would show of our markup: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup.replace("<br>", "\n")))


# --- the API, over HTTP ------------------------------------------------------------------


@pytest.fixture(scope="module")
def app_url(bot: QABot) -> Iterator[str]:
    with running_app(bot) as url:
        yield url


@pytest.fixture(scope="module")
def client(app_url: str) -> Any:
    from gradio_client import Client

    return Client(app_url, verbose=False)


def test_the_thai_font_is_served_by_the_app(app_url: str) -> None:
    import urllib.request

    font = THAI_FONT_DIR / "Loma.ttf"
    assert font.is_file(), "fonts-thai-tlwg is not installed (see .ci/run)"
    with urllib.request.urlopen(f"{app_url}/gradio_api/file={font}", timeout=30) as response:
        assert response.status == 200
        assert response.read() == font.read_bytes()


def test_api_lists_only_ask(client: Any) -> None:
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert list(endpoints) == ["/ask"]
    parameters = [p["parameter_name"] for p in endpoints["/ask"]["parameters"]]
    assert parameters == ["question", "k", "sections", "choices"]


@pytest.mark.parametrize("item_id", API_QUESTION_IDS)
def test_api_answers_dev_questions_from_the_right_sector(
    client: Any, bot: QABot, item_id: str
) -> None:
    item = dev_items()[item_id]
    record = client.predict(item["question"], api_name="/ask")
    assert "error" not in record
    assert len(record["hits"]) == 3  # the default
    assert record["hits"][0]["section_label"] == section_label(bot, item["gold_section"])
    # The API gives what the engine gives (the batch contract), nothing lost on the way.
    direct = bot.ask(item["question"], k=3).to_dict()
    assert [h["text"] for h in record["hits"]] == [h["text"] for h in direct["hits"]]
    assert record["answerable"] == direct["answerable"]
    hit = record["hits"][0]
    a, b = hit["answer_start"] - hit["start"], hit["answer_end"] - hit["start"]
    assert hit["text"][a:b] == hit["answer_sentence"]


def test_api_refuses_an_out_of_scope_question(client: Any) -> None:
    record = client.predict(OUT_OF_SCOPE, api_name="/ask")
    assert record["question"] == OUT_OF_SCOPE
    assert record["answerable"] is False


def test_api_filters_sections_and_limits_k(client: Any, bot: QABot) -> None:
    chosen = [s for s in sectors_of(bot.index) if s.label_en in ("Health", "Environment")]
    keys = [s.key for s in chosen]
    record = client.predict("ความร่วมมือของอาเซียน", 5, keys, None, api_name="/ask")
    in_chosen = sum(
        (p.doc_id, p.section_id) in {(s.doc_id, s.section_id) for s in chosen}
        for p in bot.index.passages
    )
    assert len(record["hits"]) == min(5, in_chosen)
    assert {h["section_id"] for h in record["hits"]} <= {s.section_id for s in chosen}
    many = client.predict("ความร่วมมือของอาเซียน", 50, None, None, api_name="/ask")
    assert len(many["hits"]) == MAX_HITS


@pytest.mark.parametrize(
    ("question", "sections", "expected"),
    [
        ("", None, "please type a question"),
        ("ก" * 5000, None, "too long"),
        ("โรคติดต่อ", ["no-such-document#1"], "unknown section"),
    ],
)
def test_api_turns_bad_input_into_a_message(
    client: Any, question: str, sections: list[str] | None, expected: str
) -> None:
    record = client.predict(question, 3, sections, None, api_name="/ask")
    assert set(record) == {"question", "error"}
    thai, english = record["error"].split(" / ", 1)
    assert re.search("[ก-๙]", thai)
    assert expected in english


# --- the page's logic, without a server --------------------------------------------------


def test_api_function_checks_its_arguments(bot: QABot) -> None:
    service = ChatService(bot)
    assert "k must be a number" in service.ask("AQRF คืออะไร", k="สาม")["error"]  # type: ignore[arg-type]
    assert len(service.ask("AQRF คืออะไร", k=2.0)["hits"]) == 2  # type: ignore[arg-type]


def test_reply_shows_cards_for_an_answer(bot: QABot) -> None:
    service = ChatService(bot)
    item = dev_items()["d006"]
    user, reply = service.reply(item["question"])
    assert user["role"] == "user" and reply["role"] == "assistant"
    answer = bot.ask(item["question"], k=MAX_HITS)
    top = answer.hits[0]
    content = reply["content"]
    assert f'<span class="qa-badge-th">{html.escape(top.section_label)}</span>' in content
    assert (
        f'<mark class="qa-answer">{html.escape(top.answer_sentence).replace(chr(10), "<br>")}'
        "</mark>" in content
    )
    assert "options" not in reply
    assert "\n" not in content  # one HTML block: corpus text is never read as Markdown


def test_reply_refuses_with_sector_suggestions(bot: QABot) -> None:
    service = ChatService(bot)
    _, reply = service.reply(OUT_OF_SCOPE)
    assert "เอกสารนี้ไม่มีคำตอบ" in reply["content"]
    assert "The document does not answer" not in reply["content"]  # a Thai question
    assert "qa-card" not in reply["content"]  # no weak passages shown as if they answered
    values = [option["value"] for option in reply["options"]]
    assert len(values) == len(sectors_of(bot.index))
    # A suggestion, tapped, asks that sector's example question.
    health = next(s for s in sectors_of(bot.index) if s.label_en == "Health")
    assert service.example_for(f"sector:{health.key}") == example_question(health)


def test_refusal_speaks_english_to_an_english_question() -> None:
    assert "The document does not answer this question." in refusal_html("What is the GDP?")
    assert "The document does not answer" not in refusal_html("จีดีพีเท่าไร")


@pytest.mark.parametrize("question", ["", "   ", "ก" * 1001, "🙂🙂"])
def test_reply_explains_a_bad_question_in_thai_and_english(bot: QABot, question: str) -> None:
    messages = ChatService(bot).reply(question)
    assert messages[-1]["role"] == "assistant"
    assert 'class="qa-error"' in messages[-1]["content"]
    with pytest.raises(QuestionError) as caught:
        bot.ask(question)
    assert html.escape(caught.value.message_th) in messages[-1]["content"]
    assert html.escape(caught.value.message_en) in messages[-1]["content"]
    assert all(m["role"] == "assistant" for m in messages) == (not question.strip())


def test_reply_never_shows_a_traceback(bot: QABot) -> None:
    class BrokenBot:
        index = bot.index

        def ask(self, *args: object, **kwargs: object) -> Answer:
            raise RuntimeError("secret internals /etc/passwd")

    messages = ChatService(BrokenBot()).reply("AQRF คืออะไร")  # type: ignore[arg-type]
    assert "ขออภัย" in messages[-1]["content"]
    assert "secret" not in messages[-1]["content"] and "Traceback" not in messages[-1]["content"]


def test_user_text_is_escaped() -> None:
    attack = '<img src=x onerror=alert(1)><script>alert("x")</script> **bold** $x$'
    markup = question_html(attack)
    assert "<img" not in markup and "<script" not in markup
    assert visible_text(markup) == attack


def test_corpus_text_is_escaped_and_the_answer_is_highlighted(bot: QABot) -> None:
    real = bot.ask("AQRF คืออะไร").hits[0]
    text = "ก่อน <b>หนา</b> & <img src=x onerror=alert(1)> คำตอบอยู่ตรงนี้ หลัง"
    answer = "<img src=x onerror=alert(1)> คำตอบอยู่ตรงนี้"
    start = text.index(answer)
    hit = Hit(
        rank=1,
        score=0.93,
        section_id=real.section_id,
        section_label="<i>หมวด</i>",
        section_label_en="Sector & co",
        document=real.document,
        document_title="t",
        text=text,
        start=1000,
        end=1000 + len(text),
        answer_sentence=answer,
        answer_start=1000 + start,
        answer_end=1000 + start + len(answer),
    )
    card = hit_card(bot.index, hit)
    for tag in ("<b>", "<img", "<i>"):
        assert tag not in card
    highlighted = re.search(r'<p class="qa-passage">.*?<mark class="qa-answer">(.*?)</mark>', card)
    assert highlighted and html.unescape(highlighted.group(1)) == answer
    assert "&lt;i&gt;หมวด&lt;/i&gt;" in card and "Sector &amp; co" in card


def test_a_card_expands_to_its_whole_section(bot: QABot) -> None:
    hit = bot.ask("AQRF คืออะไร").hits[0]
    section = bot.index.section(hit.document, hit.section_id)
    document = bot.index.document(hit.document)
    assert section is not None and document is not None
    card = hit_card(bot.index, hit)
    details = card[card.index('<details class="qa-section">') :]
    body = details[details.index('<div class="qa-section-text">') :]
    shown = " ".join(visible_text(body).split())
    assert shown == " ".join(document.text[section.start : section.end].split())
    assert html.escape(hit.answer_sentence) in body  # marked inside the section too


def test_the_answer_leads_and_weak_cards_wait_behind_more(bot: QABot) -> None:
    hits = bot.ask("ความร่วมมือด้านสาธารณสุข", k=MAX_HITS).hits
    assert len(hits) == MAX_HITS
    markup = hits_html(bot.index, hits)
    before_more = markup[: markup.index('<details class="qa-more">')]
    shown = before_more.count('<div class="qa-card ')
    # The answer, then up to two more that are not weak; the rest behind "ดูเพิ่ม".
    assert before_more.count('<div class="qa-card qa-lead ') == 1
    assert before_more.startswith('<div class="qa-card qa-lead ')
    expected = 1 + sum(not is_weak(h.score) for h in hits[1:3])
    assert shown == expected
    assert all(not is_weak(h.score) for h in hits[:shown][1:])
    assert markup.count('<div class="qa-card ') == MAX_HITS
    assert f"ดูเพิ่มอีก {MAX_HITS - shown} ข้อความ" in markup
    lead = before_more[: before_more.index("</p>")]
    assert lead.endswith(f'<p class="qa-sentence">{html.escape(hits[0].answer_sentence)}')


@dataclass(frozen=True)
class _Judged(Answer):
    """An answer with the engine's verdict (answered / uncertain / not_found)."""

    verdict: str = "answered"


def _judged(answer: Answer, verdict: str) -> Answer:
    """The same answer with another verdict (Answer.verdict where the engine has it)."""
    answerable = verdict != "not_found"
    if any(f.name == "verdict" for f in dataclasses.fields(Answer)):
        return dataclasses.replace(answer, verdict=verdict, answerable=answerable)
    fields = {f.name: getattr(answer, f.name) for f in dataclasses.fields(Answer)}
    return _Judged(**(fields | {"answerable": answerable}), verdict=verdict)


@pytest.mark.parametrize("question", ["AQRF คืออะไร", "What is AQRF?"])
def test_three_verdicts_look_different_and_say_what_they_mean(bot: QABot, question: str) -> None:
    answer = bot.ask(question, k=MAX_HITS)
    english = question.isascii()
    replies = {v: answer_html(bot.index, _judged(answer, v)) for v in VERDICTS}
    assert 'class="qa-answer-block qa-answered"' in replies["answered"]
    assert '<div class="qa-card qa-lead ' in replies["answered"]
    assert "คำตอบจากเอกสาร" in replies["answered"]
    assert ("Answer from the document" in replies["answered"]) == english
    # Uncertain: a plain caution, then the passages, none of them presented as the answer.
    uncertain = replies["uncertain"]
    assert "ไม่แน่ใจ" in uncertain and "qa-lead" not in uncertain
    assert uncertain.index("qa-status-uncertain") < uncertain.index('<div class="qa-card ')
    assert ("Not sure" in uncertain) == english
    # Not found: says so, and shows no passage at all.
    assert "เอกสารนี้ไม่มีคำตอบ" in replies["not_found"] and "qa-card" not in replies["not_found"]
    assert ("does not answer this question" in replies["not_found"]) == english
    for markup in replies.values():  # no timing or scores for visitors (they are in the JSON)
        assert not re.search(r"\d+ ms\b", visible_text(markup))
        assert "score" not in markup and "elapsed" not in markup


def test_suggestions_come_only_with_not_found(bot: QABot, monkeypatch) -> None:
    service = ChatService(bot)
    asked = bot.ask("AQRF คืออะไร", k=MAX_HITS)
    for verdict, offered in (("answered", False), ("uncertain", False), ("not_found", True)):
        monkeypatch.setattr(bot, "ask", lambda *a, _v=verdict, **k: _judged(asked, _v))
        reply = service.reply("AQRF คืออะไร")[-1]
        assert ("options" in reply) == offered, verdict


def test_sector_colours_are_stable_and_distinct(bot: QABot) -> None:
    ids = [s.section_id for s in sectors_of(bot.index)]
    colours = [sector_colour(i) for i in ids]
    assert len(set(colours)) == len(ids)
    assert colours == [SECTOR_COLOURS[i % len(SECTOR_COLOURS)] for i in ids]
    css = (launch_options(kiosk=False)["css"]).lower()
    for i in ids:  # the stylesheet paints each sector with the same colour as cards.py
        assert re.search(rf"\.qa-sector-{i}\b[^{{]*\{{ --qa-sector: {sector_colour(i)};", css)


def _exam_answer(bot: QABot, negative: bool, chosen: int | None) -> tuple[Answer, list[str]]:
    hits = bot.ask("AQRF คืออะไร").hits + bot.ask("โรคติดต่อ").hits
    choices = ["ระบบถ่ายโอนหน่วยกิต", "ระบบ <ภาษี>", "ระบบขนส่ง", "ระบบธนาคาร"]
    evidence: list[Hit | None] = [hits[0], None, hits[5], hits[1]]
    letter = "กขคง"[chosen] if chosen is not None else None
    choice = Choice(chosen, letter, [0.91, 0.2, 0.5, 0.4], evidence, negative)
    return Answer("ข้อใด", True, hits[:3], 5.0, choice), choices


@pytest.mark.parametrize(("negative", "chosen"), [(False, 0), (True, 1), (False, None)])
def test_exam_choices_render_with_the_chosen_one_marked(
    bot: QABot, negative: bool, chosen: int | None
) -> None:
    answer, choices = _exam_answer(bot, negative, chosen)
    markup = answer_html(bot.index, answer, choices)
    items = re.findall(r'<li class="qa-choice( qa-chosen)?"', markup)
    assert len(items) == 4
    assert [bool(mark) for mark in items] == [i == chosen for i in range(4)]
    assert "&lt;ภาษี&gt;" in markup and "<ภาษี>" not in markup
    choice = answer.choice
    assert choice is not None
    for hit in filter(None, choice.evidence):  # each choice: its sector and deciding sentence
        assert html.escape(hit.answer_sentence) in markup
        assert f'<span class="qa-badge-th">{html.escape(hit.section_label)}</span>' in markup
    assert "not found" in choices_html(choice, choices)  # the choice without evidence
    if chosen is None:
        assert "does not settle" in markup
    elif negative:
        assert "does not support" in markup and f"<strong>{'กขคง'[chosen]}</strong>" in markup
    else:
        assert "the choice the document supports" in markup


def test_every_example_question_is_answered_from_its_own_sector(bot: QABot) -> None:
    for sector in sectors_of(bot.index):
        answer = bot.ask(example_question(sector), k=3)
        assert answer.answerable, sector.label
        assert answer.hits[0].section_id == sector.section_id, sector.label


def test_parse_sections_and_choices(bot: QABot) -> None:
    sectors = known_sections(bot.index.documents)
    doc = sectors[0][0]
    assert parse_sections(None, sectors) is None and parse_sections([], sectors) is None
    assert parse_sections([f"{doc}#3", "5"], sectors) == [(doc, 3), (doc, 5)]
    with pytest.raises(QuestionError):
        parse_sections(["99"], sectors)
    assert parse_choices("ก. หนึ่ง\nข) สอง\n\nC. three\n") == ["หนึ่ง", "สอง", "three"]
    assert parse_choices("   ") is None
    assert parse_choices("ก. ข้อเดียว") == ["ข้อเดียว"]  # refused by the engine, kindly:
    message = ChatService(bot).reply("ข้อใดถูก", None, "ก. ข้อเดียว")[-1]["content"]
    assert 'class="qa-error"' in message


def test_an_exam_typed_in_the_question_shows_its_choices(bot: QABot) -> None:
    item = next(
        i
        for i in map(json.loads, SHARED_DEV.read_text(encoding="utf-8").splitlines())
        if i["kind"] == "mcq"
    )
    typed = (
        item["question"]
        + "\n"
        + "\n".join(
            f"{letter}. {text}" for letter, text in zip("กขคง", item["choices"], strict=False)
        )
    )
    reply = ChatService(bot).reply(typed)[-1]["content"]
    assert reply.count('<li class="qa-choice') == len(item["choices"])
    for text in item["choices"]:
        assert html.escape(text) in reply


def test_kiosk_launch_options_hide_links_and_load_nothing_remote() -> None:
    kiosk, normal = launch_options(kiosk=True, idle_seconds=45), launch_options(kiosk=False)
    assert kiosk["footer_links"] == [] and kiosk["share"] is False
    assert kiosk["show_error"] is False
    assert "window.QA_IDLE_MS = 45000;" in kiosk["head"]
    assert "QA_IDLE_MS" not in normal["head"]
    for options in (kiosk, normal):
        theme_css = options["theme"]._get_theme_css()
        stylesheets = options["theme"]._stylesheets
        assert stylesheets == []  # no Google Fonts or other hosted stylesheets
        for text in (options["css"], options["head"], theme_css):
            assert "@import" not in text
            fetched = re.findall(r"""(?:url\(|src=|href=)\s*["']?([^"')\s>]+)""", text)
            remote = [u for u in fetched if re.match(r"(?i)(https?:)?//", u)]
            assert remote == []
        assert "/gradio_api/file=" in options["css"] or not THAI_FONT_DIR.is_dir()


@pytest.mark.parametrize("argv", [["--port", "0"], ["--port", "70000"], ["--idle-seconds", "0"]])
def test_serve_rejects_bad_options(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", *argv]) == 2
    assert "qa-bot:" in capsys.readouterr().err


def test_start_up_prints_the_address_without_gradios_share_hint(bot: QABot, capsys) -> None:
    from qa_bot.web.server import serve

    demo, url = serve(bot=bot, port=free_port(), prevent_thread_lock=True, quiet=False)
    try:
        out = capsys.readouterr().out
    finally:
        demo.close()
    assert url in out and "พร้อมแล้ว / ready" in out
    assert "share=True" not in out and "public link" not in out
