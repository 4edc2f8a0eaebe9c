"""The chat page in a real browser: Debian's Chromium driven by the PyPI playwright package.

`playwright install` cannot download browsers here, so the system Chromium is used (CI installs
it with apt-get, with fonts-thai-tlwg). Screenshots go to test-output/ (git-ignored).
"""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from qa_bot import QABot
from qa_bot.cards import sectors_of
from qa_bot.web.page import STATUS_WORDS

from .conftest import ROOT, SHARED_DEV
from .test_ui_api import OUT_OF_SCOPE, running_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
OUTPUT = ROOT / "test-output"
ATTACK = "<img src=x onerror=alert(1)>"
TIMEOUT_MS = 30_000
MIN_TOUCH_PX = 48


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium not found: apt-get install chromium fonts-thai-tlwg (see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def normal_url(bot: QABot) -> Iterator[str]:
    with running_app(bot) as url:
        yield url


@pytest.fixture(scope="module")
def kiosk_url(bot: QABot) -> Iterator[str]:
    with running_app(bot, kiosk=True) as url:
        yield url


def dev_question(item_id: str) -> dict[str, Any]:
    for line in SHARED_DEV.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == item_id:
            return item
    raise LookupError(item_id)


def open_page(browser: Any, url: str, width: int = 1280, height: int = 900) -> Any:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url)
    page.wait_for_selector("#qa-input textarea")
    return page


def bot_replies(page: Any) -> int:
    return page.locator("#qa-chat .message-row.bot-row").count()


# A reply has arrived when the newest bot row holds the page's own markup: Gradio may show the
# row (its loading placeholder) before the answer, and a check of positions made then races the
# scroll chat.js makes once the answer is there (CI, 05ffdcf: the phone test read the sentence
# one scroll early).
REPLY_ARRIVED = """n => {
  const rows = document.querySelectorAll('#qa-chat .message-row.bot-row');
  return rows.length > n && rows[rows.length - 1].querySelector('[class*="qa-"]') !== null;
}"""


def wait_for_reply(page: Any, before: int) -> Any:
    page.wait_for_function(REPLY_ARRIVED, arg=before)
    return page.locator("#qa-chat .message-row.bot-row").last


def ask(page: Any, question: str, press_enter: bool = False) -> Any:
    before = bot_replies(page)
    page.fill("#qa-input textarea", question)
    if press_enter:
        page.press("#qa-input textarea", "Enter")
    else:
        page.click("#qa-send")
    return wait_for_reply(page, before)


def test_thai_question_shows_badge_and_highlighted_sentence(
    browser: Any, normal_url: str, bot: QABot
) -> None:
    item = dev_question("d006")
    expected = bot.ask(item["question"], k=3)
    page = open_page(browser, normal_url)
    try:
        reply = ask(page, item["question"])
        badge = reply.locator(".qa-card .qa-badge-th").first
        assert badge.inner_text() == expected.hits[0].section_label
        gold = next(s.label for s in sectors_of(bot.index) if s.section_id == item["gold_section"])
        assert badge.inner_text() == gold
        # The first card that shows its passage (d006's answer is a passage of one sentence,
        # shown once: test_a_one_sentence_passage_is_shown_once) marks its answer sentence.
        cards = reply.locator(".qa-answer-block > .qa-card")
        shown = next(i for i in range(cards.count()) if cards.nth(i).locator(".qa-passage").count())
        highlighted = cards.nth(shown).locator(".qa-passage mark.qa-answer").first
        assert highlighted.is_visible()
        assert " ".join(highlighted.inner_text().split()) == " ".join(
            expected.hits[shown].answer_sentence.split()
        )
        # The highlight is painted, not just tagged.
        background = highlighted.evaluate("e => getComputedStyle(e).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")
        # Thai is drawn with the page's own Thai font (installed, or served by the app).
        family = highlighted.evaluate("e => getComputedStyle(e).fontFamily")
        assert family.startswith('"QA Thai"')
        loaded = page.evaluate(
            "() => [...document.fonts].filter(f => f.family.includes('QA Thai')).map(f => f.status)"
        )
        assert "loaded" in loaded
        # The answer's card, the others that are not weak, "more" opens up to ten; a card
        # opens its whole section.
        shown = reply.locator(".qa-answer-block > .qa-card").count()
        assert 1 <= shown <= 3
        assert reply.locator(".qa-answer-block > .qa-card.qa-lead").count() == 1
        lead = reply.locator(".qa-lead .qa-sentence")
        assert " ".join(lead.inner_text().split()) == " ".join(
            expected.hits[0].answer_sentence.split()
        )
        reply.locator(".qa-more > summary").click()
        assert reply.locator(".qa-card").count() == 10
        section = reply.locator(".qa-card").first.locator("details.qa-section")
        section.locator("summary").click()
        assert section.locator(".qa-section-text").is_visible()
        assert section.locator(".qa-section-text mark.qa-answer").count() == 1
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "ui-normal.png"), full_page=True)
    finally:
        page.close()


def test_typed_html_is_shown_as_text(browser: Any, normal_url: str) -> None:
    page = open_page(browser, normal_url)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        ask(page, ATTACK, press_enter=True)
        question = page.locator("#qa-chat .qa-question").last
        assert question.inner_text() == ATTACK
        assert page.locator("#qa-chat img[src='x']").count() == 0
        page.wait_for_timeout(500)  # an onerror handler would have fired by now
        assert dialogs == []
    finally:
        page.close()


def test_refusal_offers_sectors_and_a_tap_asks_about_one(
    browser: Any, normal_url: str, bot: QABot
) -> None:
    page = open_page(browser, normal_url)
    try:
        reply = ask(page, OUT_OF_SCOPE)
        assert "เอกสารนี้ไม่มีคำตอบ" in reply.inner_text()
        assert reply.locator(".qa-card").count() == 0
        options = page.locator("#qa-chat .options button")
        sectors = sectors_of(bot.index)
        assert options.count() == len(sectors)
        health = next(s for s in sectors if s.label_en == "Health")
        before = bot_replies(page)
        options.filter(has_text=health.label_en).click()
        answer = wait_for_reply(page, before)
        assert answer.locator(".qa-badge-th").first.inner_text() == health.label
        # Earlier turns stay visible.
        assert page.locator("#qa-chat .qa-refusal").count() == 1
        assert page.locator("#qa-chat .message-row.user-row").count() == 2
    finally:
        page.close()


def test_filter_example_and_start_over(browser: Any, normal_url: str, bot: QABot) -> None:
    page = open_page(browser, normal_url)
    try:
        sectors = sectors_of(bot.index)
        labour = next(s for s in sectors if s.label_en == "Labour")
        page.locator("#qa-filter-box").get_by_text("ค้นเฉพาะบางหมวด").click()
        page.locator("#qa-filter label").filter(has_text=labour.label_en).click()
        reply = ask(page, "ความร่วมมือของอาเซียนมีอะไรบ้าง")
        badges = reply.locator(".qa-answer-block > .qa-card .qa-badge-th").all_inner_texts()
        assert badges and set(badges) == {labour.label}
        # An example chip asks its question (from the whole document).
        environment = next(s for s in sectors if s.label_en == "Environment")
        before = bot_replies(page)
        page.locator("#qa-examples button").nth(sectors.index(environment)).click()
        answer = wait_for_reply(page, before)
        assert answer.locator(".qa-badge-th").first.inner_text() == environment.label
        page.click("#qa-clear")
        page.wait_for_function("() => !document.querySelector('#qa-chat .message-row')")
        assert page.locator("#qa-input textarea").input_value() == ""
        assert page.locator("#qa-filter input:checked").count() == 0
    finally:
        page.close()


def test_a_filtered_search_that_finds_nothing_offers_all_sectors(
    browser: Any, normal_url: str, bot: QABot
) -> None:
    # "เอกสารนี้ไม่มีคำตอบ" was untrue under the filter: only the chosen sector was searched.
    page = open_page(browser, normal_url, width=390, height=844)  # a phone
    try:
        health = next(s for s in sectors_of(bot.index) if s.label_en == "Health")
        page.locator("#qa-filter-box").get_by_text("ค้นเฉพาะบางหมวด").click()
        page.locator("#qa-filter label").filter(has_text=health.label_en).click()
        reply = ask(page, "AQRF คืออะไร")  # education's, not health's
        text = reply.inner_text()
        assert "ไม่พบคำตอบในหมวดที่เลือก" in text and f"ค้นเฉพาะหมวด {health.name}" in text
        assert "เอกสารนี้ไม่มีคำตอบ" not in text
        options = page.locator("#qa-chat .options button")
        assert options.count() == 1 and "ค้นทุกหมวด" in options.first.inner_text()
        before = bot_replies(page)
        options.first.click()
        answer = wait_for_reply(page, before)
        assert answer.locator(".qa-lead .qa-badge-th").first.inner_text() == "การศึกษา"
        page.wait_for_function("() => !document.querySelector('#qa-filter input:checked')")
    finally:
        page.close()


@pytest.mark.parametrize(("width", "height"), [(1080, 1920), (1280, 800)])
def test_a_narrow_kiosk_gives_the_question_box_its_columns_width(
    browser: Any, kiosk_url: str, width: int, height: int
) -> None:
    # A portrait kiosk left the question box ~170 px beside its two buttons (the placeholder
    # over four lines); it now takes the column's width and the buttons the line below.
    page = open_page(browser, kiosk_url, width=width, height=height)
    try:
        box = page.locator("#qa-input textarea").bounding_box()
        column = page.locator(".qa-main").bounding_box()
        send = page.locator("#qa-send").bounding_box()
        assert box["width"] >= 0.8 * column["width"], (box, column)
        assert send["y"] >= box["y"] + box["height"] - 1  # below the box, not beside it
        assert send["height"] >= MIN_TOUCH_PX and send["width"] >= 120
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    finally:
        page.close()


def test_a_portrait_kiosk_puts_the_examples_below_across_the_screen(
    browser: Any, kiosk_url: str
) -> None:
    # FRESH16a K6: on a 1080 x 1920 kiosk the examples had a third of the width, the exam box
    # ~250 px, and the lower 40 % of the screen stayed empty before the first question.
    width, height = 1080, 1920
    page = open_page(browser, kiosk_url, width=width, height=height)
    try:
        main = page.locator(".qa-main").bounding_box()
        chips = page.locator("#qa-examples button.qa-example:visible")
        first, second = chips.nth(0).bounding_box(), chips.nth(1).bounding_box()
        assert first["y"] >= main["y"] + main["height"] - 1  # below the question box
        assert main["width"] >= 0.85 * width  # the conversation has the screen's width
        assert second["x"] > first["x"] + first["width"] and abs(second["y"] - first["y"]) < 2
        assert first["width"] >= 0.4 * width and first["height"] >= 2 * MIN_TOUCH_PX
        size = chips.nth(0).evaluate("e => getComputedStyle(e).fontSize")
        assert float(size.removesuffix("px")) >= 24
        exam = page.locator("#qa-exam-box").bounding_box()
        assert exam["y"] + exam["height"] >= 0.75 * height  # the screen is used
        assert page.locator(".qa-hint-below").first.is_visible()  # "ด้านล่าง", not "ทางขวา"
        assert not page.locator(".qa-hint-side").first.is_visible()
        page.locator("#qa-exam-box button.label-wrap").click()
        box = page.locator("#qa-choices textarea").bounding_box()
        assert box["width"] >= 0.8 * width and box["height"] >= 5 * MIN_TOUCH_PX
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "ui-kiosk-portrait.png"))
    finally:
        page.close()
    # A landscape kiosk keeps its examples beside the conversation, saying so.
    page = open_page(browser, kiosk_url, width=1920, height=1080)
    try:
        main = page.locator(".qa-main").bounding_box()
        chip = page.locator("#qa-examples button.qa-example:visible").first.bounding_box()
        assert chip["x"] >= main["x"] + main["width"] - 1
        assert page.locator(".qa-hint-side").first.is_visible()
        assert not page.locator(".qa-hint-below").first.is_visible()
    finally:
        page.close()


def test_exam_mode_marks_one_choice(browser: Any, normal_url: str) -> None:
    item = next(
        i
        for i in map(json.loads, SHARED_DEV.read_text(encoding="utf-8").splitlines())
        if i["kind"] == "mcq"
    )
    page = open_page(browser, normal_url)
    try:
        page.locator("#qa-exam-box").get_by_text("โหมดข้อสอบ").click()
        lines = [f"{letter}. {text}" for letter, text in zip("กขคง", item["choices"], strict=False)]
        page.fill("#qa-choices textarea", "\n".join(lines))
        reply = ask(page, item["question"])
        choices = reply.locator(".qa-choice")
        assert choices.count() == len(item["choices"])
        assert choices.nth(0).locator(".qa-choice-letter").inner_text() == "ก."
        chosen = reply.locator(".qa-choice.qa-chosen").count()
        verdict = reply.locator(".qa-verdict").inner_text()
        assert chosen == 1 or (chosen == 0 and "does not settle" in verdict)
        assert page.locator("#qa-choices textarea").input_value() == ""  # one question's choices
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "ui-exam.png"), full_page=True)
    finally:
        page.close()


def test_an_exam_the_document_covers_but_cannot_decide_says_both_first(
    browser: Any, normal_url: str, bot: QABot
) -> None:
    # NOTE19: the JSON says "answered" (the document covers the question) and decided false,
    # and the page led with "ตัดสินไม่ได้". Its first line now says both, and names the message.
    typed = "ข้อใดถูก ก. AUN ข. AQRF ค. AHA ง. ASCC"
    expected = bot.ask(typed)
    assert expected.choice is not None and expected.choice.tied and not expected.choice.decided
    assert expected.to_dict()["verdict"] == "answered"
    covered = "เอกสารนี้มีเรื่องที่ถาม แต่ตัดสินไม่ได้ว่าข้อใดเป็นคำตอบ"
    page = open_page(browser, normal_url)
    try:
        reply = ask(page, typed)
        first = reply.locator(".qa-answer-block > *").first
        assert "qa-status-covered" in (first.get_attribute("class") or "")
        assert first.inner_text().strip() == covered
        assert reply.locator(".qa-choice.qa-chosen").count() == 0
        assert "ตัดสินไม่ได้ระหว่างข้อ" in reply.locator(".qa-verdict").inner_text()
        message = page.locator("#qa-chat [data-testid='bot']").last
        page.wait_for_function(
            "m => (m.getAttribute('aria-label') || '').startsWith('คำตอบ: เอกสารนี้มีเรื่องที่ถาม')",
            arg=message.element_handle(),
        )
        assert axe_violations(page) == []
    finally:
        page.close()


def test_the_kiosk_has_exam_mode_with_touch_sized_controls(browser: Any, kiosk_url: str) -> None:
    # FRESH14 §7: the README lists exam mode for the page; the kiosk had none.
    item = next(
        i
        for i in map(json.loads, SHARED_DEV.read_text(encoding="utf-8").splitlines())
        if i["kind"] == "mcq"
    )
    page = screen_page(browser, kiosk_url, "kiosk")
    try:
        toggle = page.locator("#qa-exam-box button.label-wrap")
        assert toggle.inner_text().startswith("โหมดข้อสอบ")  # Thai first
        assert toggle.bounding_box()["height"] >= MIN_TOUCH_PX
        toggle.click()
        box = page.locator("#qa-choices textarea")
        assert box.bounding_box()["height"] >= 3 * MIN_TOUCH_PX
        size = box.evaluate("e => getComputedStyle(e).fontSize")
        assert float(size.removesuffix("px")) >= 20
        lines = [f"{letter}. {text}" for letter, text in zip("กขคง", item["choices"], strict=False)]
        box.fill("\n".join(lines))
        reply = ask(page, item["question"])
        assert reply.locator(".qa-choice").count() == len(item["choices"])
        chosen = reply.locator(".qa-choice.qa-chosen").count()
        verdict = reply.locator(".qa-verdict").inner_text()
        assert chosen == 1 or (chosen == 0 and "does not settle" in verdict)
        assert box.input_value() == ""  # one question's choices
    finally:
        page.close()


SCREENS = {  # name: (width, height, kiosk)
    "phone": (390, 844, False),
    "desktop": (1280, 800, False),
    "kiosk": (1920, 1080, True),
    "kiosk-portrait": (1080, 1920, True),
}
# Dev-set questions asked one after another on each screen: the newest answer must come into view.
SCREEN_QUESTIONS = ("d006", "d003")
AXE = ROOT / "tests" / "a11y" / "node_modules" / "axe-core" / "axe.min.js"

INNER_SCROLLERS = """() => [...document.querySelectorAll('body *')]
  .filter(e => /(auto|scroll)/.test(getComputedStyle(e).overflowY)
               && e.scrollHeight > e.clientHeight + 1 && e.clientHeight > 0)
  .map(e => e.tagName.toLowerCase() + '.' + String(e.className).slice(0, 60)
            + ' ' + e.clientHeight + '/' + e.scrollHeight)"""
SCROLLED_INNER = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.scrollTop > 0).map(e => e.tagName.toLowerCase() + '.' + e.className)"""


def screen_page(browser: Any, url: str, screen: str) -> Any:
    width, height, _ = SCREENS[screen]
    return open_page(browser, url, width=width, height=height)


def settled(page: Any) -> None:
    """Wait until the page has stopped scrolling: chat.js scrolls smoothly, 150 ms after the
    conversation was last changed, so the page must be still for longer than that."""
    page.wait_for_function(
        """() => new Promise(done => {
            const y = window.scrollY;
            setTimeout(() => done(window.scrollY === y), 500);
        })"""
    )


def in_view(locator: Any, height: int) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


@pytest.mark.parametrize("screen", list(SCREENS))
def test_answer_first_in_view_without_inner_scrolling(
    browser: Any, bot: QABot, normal_url: str, kiosk_url: str, screen: str
) -> None:
    width, height, kiosk = SCREENS[screen]
    page = screen_page(browser, kiosk_url if kiosk else normal_url, screen)
    try:
        if screen == "phone":  # before asking: the examples start on the first screen
            first_example = page.locator("#qa-examples button").first.bounding_box()
            assert first_example is not None and first_example["y"] < height
        for number, item_id in enumerate(SCREEN_QUESTIONS, start=1):
            item = dev_question(item_id)
            reply = ask(page, item["question"])
            settled(page)
            sentence = reply.locator(".qa-lead .qa-sentence")
            expected = bot.ask(item["question"]).hits[0].answer_sentence
            assert " ".join(sentence.inner_text().split()) == " ".join(expected.split())
            # The newest answer's sentence is on the screen, whole, after the page scrolled
            # by itself; nothing inside the page was scrolled to get there.
            assert in_view(sentence, height), (screen, item_id, sentence.bounding_box())
            assert in_view(reply.locator(".qa-badge").first, height)
            assert page.evaluate(SCROLLED_INNER) == []
            assert page.locator("#qa-chat .message-row.bot-row").count() == number
        if screen == "phone":
            assert page.evaluate(INNER_SCROLLERS) == []  # no panel inside the page
            # The passage shows a few lines; "อ่านต่อ" opens the rest.
            passage = reply.locator(".qa-lead .qa-passage")
            clamped = passage.bounding_box()["height"]
            reply.locator(".qa-lead .qa-expand > summary").click()
            assert passage.bounding_box()["height"] > clamped
            assert page.evaluate(INNER_SCROLLERS) == []
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / f"ui-{screen}-answer.png"))
        page.screenshot(path=str(OUTPUT / f"ui-{screen}-answer-full.png"), full_page=True)
    finally:
        page.close()


def test_phone_refusal_offers_every_sector_at_the_left_edge(
    browser: Any, normal_url: str, bot: QABot
) -> None:
    page = screen_page(browser, normal_url, "phone")
    try:
        ask(page, OUT_OF_SCOPE)
        settled(page)
        options = page.locator("#qa-chat .options button")
        assert options.count() == len(sectors_of(bot.index))
        chat = page.locator("#qa-chat").bounding_box()
        for i in range(options.count()):
            box = options.nth(i).bounding_box()
            assert box["x"] - chat["x"] < 24  # not pushed right as Gradio does
            assert box["height"] >= 44
        # Labels of the question row's buttons stay on one line.
        for button in ("#qa-send", "#qa-clear"):
            lines = page.locator(button).evaluate(
                """e => { const r = document.createRange(); r.selectNodeContents(e);
                    return new Set([...r.getClientRects()].filter(x => x.width > 0)
                        .map(x => Math.round(x.top))).size; }"""
            )
            assert lines == 1, button
        assert page.get_by_text("Settings").filter(visible=True).count() == 0
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "ui-phone-refusal.png"), full_page=True)
    finally:
        page.close()


def axe_violations(page: Any) -> list[str]:
    """axe-core's violations of impact serious or critical on the page as it is now."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} not found: npm ci --prefix tests/a11y (the README's test command)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:4])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("screen", list(SCREENS))
def test_accessibility_audit(browser: Any, normal_url: str, kiosk_url: str, screen: str) -> None:
    kiosk = SCREENS[screen][2]
    page = screen_page(browser, kiosk_url if kiosk else normal_url, screen)
    try:
        assert axe_violations(page) == [], "before asking"
        ask(page, dev_question("d006")["question"])
        ask(page, "What is the GDP of Mars?")  # not found: the sector suggestions
        settled(page)
        page.locator("#qa-chat .qa-more > summary").first.click()
        assert axe_violations(page) == [], "after an answer and a refusal"
        # Each message is named with plain text, not with its markup.
        names = page.locator("#qa-chat [data-testid='bot'], #qa-chat [data-testid='user']")
        for i in range(names.count()):
            label = names.nth(i).get_attribute("aria-label") or ""
            assert "<" not in label and "class=" not in label, label
        assert names.nth(0).get_attribute("aria-label").endswith(
            dev_question("d006")["question"].strip()[:40]
        ) or "คำถาม" in names.nth(0).get_attribute("aria-label")
    finally:
        page.close()


def test_kiosk_is_offline_big_and_bare(browser: Any, kiosk_url: str) -> None:
    app_host = urlsplit(kiosk_url).netloc
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    requested: list[str] = []

    def record(route: Any) -> None:
        url = route.request.url
        requested.append(url)
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and (
            urlsplit(url).netloc != app_host
        ):
            route.abort()  # and the assertion below fails
        else:
            route.continue_()

    context.route("**/*", record)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(kiosk_url)
        page.wait_for_selector("#qa-input textarea")
        before = bot_replies(page)
        page.locator("#qa-examples button").nth(1).click()  # a tap on an example chip
        reply = wait_for_reply(page, before)
        assert reply.locator(".qa-badge").first.is_visible()
        page.wait_for_timeout(500)
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "ui-kiosk.png"))
        ask(page, OUT_OF_SCOPE)  # a refusal: its sector suggestions are touch targets too

        hosts = {urlsplit(u).netloc for u in requested if urlsplit(u).scheme != "data"}
        assert requested and hosts == {app_host}, sorted(hosts)
        # No footer, API or settings links; nothing to share or flag.
        assert page.locator("footer:visible").count() == 0
        for text in ("Use via API", "Settings", "Built with Gradio"):
            assert page.get_by_text(text).filter(visible=True).count() == 0
        assert page.locator("[aria-label='Like'], [aria-label='Dislike']").count() == 0
        assert page.locator("[aria-label='Share']:visible").count() == 0
        # Large type and touch targets of at least 48 px.
        size = page.locator(".qa-passage").first.evaluate("e => getComputedStyle(e).fontSize")
        assert float(size.removesuffix("px")) >= 20
        small = page.evaluate(
            """min => [...document.querySelectorAll(
                '.qa-app button, .qa-app textarea, .qa-app summary, #qa-chat .options button')]
              .filter(e => e.offsetParent !== null)
              .map(e => [e.innerText.trim().slice(0, 30) || e.getAttribute('aria-label'),
                         Math.round(e.getBoundingClientRect().height)])
              .filter(([, h]) => h < min)""",
            MIN_TOUCH_PX,
        )
        assert small == []
        assert page.locator("#qa-chat .options button").count() > 0
    finally:
        context.close()


def test_kiosk_idle_timer_starts_over(browser: Any, bot: QABot) -> None:
    with running_app(bot, kiosk=True, idle_seconds=2) as url:
        page = open_page(browser, url)
        try:
            ask(page, "AQRF คืออะไร")
            page.fill("#qa-input textarea", "ยังพิมพ์")  # typing keeps the conversation
            page.wait_for_timeout(1200)
            assert page.locator("#qa-chat .message-row").count() == 2
            page.wait_for_function(
                "() => !document.querySelector('#qa-chat .message-row')", timeout=6000
            )
            assert page.locator("#qa-input textarea").input_value() == ""
        finally:
            page.close()


def test_an_emoji_in_a_question_is_drawn_not_boxed(browser: Any, normal_url: str) -> None:
    page = screen_page(browser, normal_url, "phone")
    try:
        ask(page, "AQRF คืออะไร 🙂")
        question = page.locator("#qa-chat .qa-question").last
        assert "🙂" in question.inner_text()
        # Drawn with the question's own font: a colour emoji has coloured pixels, a missing
        # glyph's box (□) only the text colour's grey.
        coloured = question.evaluate(
            """e => {
                const canvas = document.createElement('canvas');
                canvas.width = canvas.height = 64;
                const ctx = canvas.getContext('2d');
                const style = getComputedStyle(e);
                ctx.font = `32px ${style.fontFamily}`;
                ctx.fillStyle = '#333';
                ctx.fillText('🙂', 8, 44);
                const data = ctx.getImageData(0, 0, 64, 64).data;
                let count = 0;
                for (let i = 0; i < data.length; i += 4) {
                    const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                    if (a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40) count++;
                }
                return count;
            }"""
        )
        assert coloured > 50
    finally:
        page.close()


def test_the_filter_lists_the_sectors_of_the_build_answering_now(browser: Any, bot: QABot) -> None:
    # The filter was made once with the page: after `qa-bot add` / `remove` swapped a new build
    # in, a new visitor saw the old sectors (a removed one, chosen, was an unknown section).
    import dataclasses

    from qa_bot.web.server import serve

    from .test_ui_api import free_port

    first = bot.index.documents[0]
    second = dataclasses.replace(first, doc_id="copy.th.txt", title="สำเนา")
    passages = [dataclasses.replace(p, doc_id="copy.th.txt") for p in bot.index.passages]
    grown = QABot(
        dataclasses.replace(
            bot.index, documents=[first, second], passages=[*bot.index.passages, *passages]
        ),
        bot.config,
    )
    demo, url = serve(bot=bot, port=free_port(), prevent_thread_lock=True, quiet=True)
    try:
        page = open_page(browser, url)
        page.locator("#qa-filter-box").get_by_text("ค้นเฉพาะบางหมวด").click()
        count = len(sectors_of(bot.index))
        page.wait_for_function(
            f"() => document.querySelectorAll('#qa-filter label').length == {count}"
        )
        demo.qa_service.use(grown)  # as web/reload.py does for a new build
        page.reload()
        page.wait_for_selector("#qa-input textarea")
        page.locator("#qa-filter-box").get_by_text("ค้นเฉพาะบางหมวด").click()
        page.wait_for_function(
            f"() => document.querySelectorAll('#qa-filter label').length == {2 * count}"
        )
        assert page.locator("#qa-filter label").filter(has_text="สำเนา ›").count() == count
        page.close()
    finally:
        demo.close()


def test_the_example_chips_are_those_of_the_build_answering_now(browser: Any, bot: QABot) -> None:
    # The chips were made once with the page: after a new build swapped in, a new visitor
    # tapped the old examples (a renamed sector's question, a removed sector's chip).
    import dataclasses

    from qa_bot.web.server import serve

    from .test_ui_api import free_port

    doc = bot.index.documents[0]
    sections = tuple(
        dataclasses.replace(s, label="เครือข่ายมหาวิทยาลัยอาเซียน", label_en="")
        if s.section_id == 1
        else s
        for s in doc.sections
        if s.section_id != 8
    )
    renamed = QABot(
        dataclasses.replace(bot.index, documents=[dataclasses.replace(doc, sections=sections)]),
        bot.config,
    )
    demo, url = serve(bot=bot, port=free_port(), prevent_thread_lock=True, quiet=True)
    chips = "#qa-examples button:visible"
    try:
        page = open_page(browser, url)
        assert page.locator(chips).nth(1).inner_text() == "AQRF คืออะไร"
        assert page.locator(chips).count() == len(doc.sections)
        demo.qa_service.use(renamed)  # as web/reload.py does for a new build
        page.reload()
        page.wait_for_selector("#qa-input textarea")
        page.wait_for_function(
            f"() => [...document.querySelectorAll('{chips.removesuffix(':visible')}')]"
            f".filter(b => b.offsetParent !== null).length == {len(sections)}"
        )
        chip = "เรื่องเครือข่ายมหาวิทยาลัยอาเซียนมีสาระสำคัญอะไรบ้าง"  # answered: shown
        assert page.locator(chips).nth(1).inner_text() == chip
        before = bot_replies(page)
        page.locator(chips).nth(1).click()
        reply = wait_for_reply(page, before)
        # asked within section 1 (whose passages, in this stand-in build, keep their label)
        assert reply.locator(".qa-badge-th").first.inner_text() == "การศึกษา"
        page.close()
    finally:
        demo.close()


# --- what a fresh user found (FRESH7 #6-#8) ----------------------------------------------------

# Every text an aria-live status region of the page held, in order (Gradio's sr-only region
# holds each announcement for a second, then empties it), as the page left it once the scripts
# reacting to the change had run (a screen reader reads the page then, not between them).
RECORD_ANNOUNCEMENTS = """
window.__said = [];
const record = () => {
  for (const region of document.querySelectorAll('[role="status"][aria-live]')) {
    const text = region.textContent.trim();
    if (text && window.__said[window.__said.length - 1] !== text) window.__said.push(text);
  }
};
new MutationObserver(() => setTimeout(record, 0)).observe(
  document, { subtree: true, childList: true, characterData: true });
"""
I18N_KEY = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")  # "common.complete": a key nobody translated
THAI = re.compile(r"[\u0e00-\u0e7f]")


def phone_in_locale(
    browser: Any, url: str, locale: str, script: str = "", requested: list[str] | None = None
) -> tuple[Any, Any]:
    """A phone-sized page in a browser set to `locale`, with `script` run before the page's
    own and every requested URL added to `requested`: (context, page); close the context."""
    context = browser.new_context(locale=locale, viewport={"width": 390, "height": 844})
    if script:
        context.add_init_script(script)
    if requested is not None:
        context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url)
    page.wait_for_selector("#qa-input textarea")
    return context, page


@pytest.mark.parametrize("locale", ["th-TH", "en-US"])
def test_screen_readers_hear_words_not_a_key_when_the_reply_comes(
    browser: Any, normal_url: str, locale: str
) -> None:
    context, page = phone_in_locale(browser, normal_url, locale, RECORD_ANNOUNCEMENTS)
    try:
        ask(page, "AQRF คืออะไร")
        # Gradio spaces announcements 5 s apart: "loading" at the question, then its "complete".
        complete = STATUS_WORDS["common.complete"]
        page.wait_for_function(
            "([done, key]) => window.__said.some(t => t === done || new RegExp(key).test(t))",
            arg=[complete, I18N_KEY.pattern],
            timeout=15_000,
        )
        said = page.evaluate("() => window.__said")
        assert [text for text in said if I18N_KEY.match(text)] == [], said
        assert complete in said and THAI.search(complete) and re.search("[A-Za-z]", complete)
        # Every announcement in Thai too (Gradio's own "Loading" was English in an English
        # browser).
        assert [text for text in said if not THAI.search(text)] == [], said
    finally:
        context.close()


def test_the_page_is_thai_and_names_no_other_site(
    browser: Any, normal_url: str, kiosk_url: str
) -> None:
    for url in (normal_url, kiosk_url):
        with urllib.request.urlopen(url + "/", timeout=30) as response:
            served = response.read().decode("utf-8")
        assert re.search(r"<html\b[^>]*\blang=\"th\"", served), served[:200]
        for other in ('property="og:', 'name="twitter:', "gradio.app", "githubusercontent"):
            assert other not in served, other
    # In the browser too, whatever the visitor's locale (Gradio sets lang to it), and no request
    # leaves the host.
    app_host = urlsplit(normal_url).netloc
    requested: list[str] = []
    context, page = phone_in_locale(browser, normal_url, "en-US", requested=requested)
    try:
        ask(page, "What does ACAI stand for?")
        assert page.evaluate("() => document.documentElement.lang") == "th"
        assert page.evaluate("() => navigator.language") == "en-US"
        log = page.locator("#qa-chat [role='log']")
        assert log.get_attribute("aria-label") == "บทสนทนา · Conversation"
        web = [u for u in requested if urlsplit(u).scheme in ("http", "https", "ws", "wss")]
        assert web and {urlsplit(u).netloc for u in web} == {app_host}
    finally:
        context.close()


ONE_SENTENCE = "ศูนย์ผู้สูงวัยของอาเซียนจะตั้งที่ไหน"  # its passage is the answer sentence alone


@pytest.mark.parametrize("screen", ["phone", "kiosk"])
def test_a_one_sentence_passage_is_shown_once(
    browser: Any, bot: QABot, normal_url: str, kiosk_url: str, screen: str
) -> None:
    hit = bot.ask(ONE_SENTENCE, k=3).hits[0]
    assert hit.text.split() == hit.answer_sentence.split()
    page = screen_page(browser, kiosk_url if SCREENS[screen][2] else normal_url, screen)
    try:
        reply = ask(page, ONE_SENTENCE)
        lead = reply.locator(".qa-lead")
        sentence = " ".join(lead.locator(".qa-sentence").inner_text().split())
        assert sentence == " ".join(hit.answer_sentence.split())
        assert lead.locator(".qa-passage").count() == 0
        shown = " ".join(lead.inner_text().split())
        assert shown.count(sentence[:40]) == 1, shown
        # The whole section, with the sentence marked, is still one tap away.
        lead.locator("details.qa-section > summary").click()
        assert lead.locator(".qa-section-text mark.qa-answer").is_visible()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= SCREENS[screen][0]
    finally:
        page.close()


# --- what a fresh user found (FRESH8) ----------------------------------------------------------

NOT_IN_ENGLISH = "How many moons does Jupiter have?"  # not_found, asked in English


@pytest.mark.parametrize("screen", ["phone", "kiosk"])
def test_a_not_found_reply_is_named_in_both_languages_with_its_sectors(
    browser: Any, bot: QABot, normal_url: str, kiosk_url: str, screen: str
) -> None:
    assert bot.ask(NOT_IN_ENGLISH).verdict == "not_found"
    page = screen_page(browser, kiosk_url if SCREENS[screen][2] else normal_url, screen)
    try:
        reply = ask(page, NOT_IN_ENGLISH)
        settled(page)
        shown = reply.inner_text()
        assert shown.index("เอกสารนี้ไม่มีคำตอบ") < shown.index("The document does not answer")
        options = page.locator("#qa-chat .options button")
        chips = [options.nth(i).inner_text().strip() for i in range(options.count())]
        assert chips and len(chips) == len(sectors_of(bot.index))
        label = reply.locator("[data-testid='bot']").get_attribute("aria-label") or ""
        assert label.startswith("คำตอบ: เอกสารนี้ไม่มีคำตอบ"), label
        assert label.index("เอกสารนี้ไม่มีคำตอบ") < label.index("The document does not answer")
        for chip in chips:  # each offered sector, in words
            assert " ".join(chip.split()) in label, (chip, label)
        assert "<" not in label and "class=" not in label
        # The words are for the name only: out of sight, where the chips show them.
        topics = reply.locator(".qa-refusal-topics")
        assert topics.count() == 1
        box = topics.bounding_box()
        assert box is None or (box["width"] <= 1 and box["height"] <= 1)
    finally:
        page.close()


def test_no_reply_rates_a_passage(browser: Any, bot: QABot, kiosk_url: str) -> None:
    # FRESH8 kiosk-2.png: "●●●●○ ความเกี่ยวข้อง: ตรงมาก relevance: strong" under "ไม่แน่ใจ".
    question = "When was the SAMCA meeting held?"
    page = screen_page(browser, kiosk_url, "kiosk")
    try:
        reply = ask(page, question)
        assert reply.locator(".qa-card").count() >= 2  # the answer or closest, and more
        shown = reply.inner_text()
        if bot.ask(question).verdict == "uncertain":
            assert shown.startswith("ไม่แน่ใจ") and "Not sure" in shown
        for rating in ("●", "○", "ความเกี่ยวข้อง", "relevance", "strong"):
            assert rating not in shown, rating
    finally:
        page.close()
