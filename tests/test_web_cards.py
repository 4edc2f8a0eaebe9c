"""The page's answer cards (qa_bot/cards.py) without a browser: tests/test_browser.py shows
the same in Chromium."""

from __future__ import annotations

import html
from dataclasses import replace

import pytest

from qa_bot import QABot
from qa_bot.cards import MAX_HITS, answer_html, hit_card
from qa_bot.web.service import ChatService

# Its passage is the one sentence that answers it (FRESH7 #8: the page showed it twice).
ONE_SENTENCE = "ศูนย์ผู้สูงวัยของอาเซียนจะตั้งที่ไหน"


def test_a_passage_of_one_sentence_is_shown_once(bot: QABot) -> None:
    hit = bot.ask(ONE_SENTENCE, k=1).hits[0]
    assert hit.text.split() == hit.answer_sentence.split()
    card = hit_card(bot.index, hit, lead=True)
    assert card.count('class="qa-sentence"') == 1
    assert 'class="qa-passage"' not in card and "qa-expand" not in card
    assert "qa-section" in card  # the whole section is still one tap away


def test_a_longer_passage_follows_its_sentence(bot: QABot) -> None:
    hit = bot.ask(ONE_SENTENCE, k=1).hits[0]
    longer = replace(hit, text=hit.text + " ต่อมา", end=hit.end + 6)
    card = hit_card(bot.index, longer, lead=True)
    assert 'class="qa-passage"' in card and 'mark class="qa-answer"' in card
    assert "อ่านต่อ" in card


# FRESH8 (kiosk-2.png): "When was the SAMCA meeting held?" came back uncertain with its first
# card rated "●●●●○ ความเกี่ยวข้อง: ตรงมาก relevance: strong".
SAMCA = "When was the SAMCA meeting held?"
RATINGS = ("●", "○", "ตรงมาก", "ความเกี่ยวข้อง", "relevance", "strong", "qa-rel", "qa-pips")


@pytest.mark.parametrize("verdict", ["answered", "uncertain"])
def test_no_card_is_rated_whatever_the_verdict(bot: QABot, verdict: str) -> None:
    answer = bot.ask(SAMCA, k=MAX_HITS)
    # Every passage scored as high as the best one: no card may say it is a strong match,
    # under a caution that the documents may not answer (or anywhere: scores are not shown).
    hits = [replace(hit, score=max(h.score for h in answer.hits)) for hit in answer.hits]
    markup = answer_html(bot.index, replace(answer, verdict=verdict, answerable=True, hits=hits))
    assert markup.count('<div class="qa-card ') == MAX_HITS
    for rating in RATINGS:
        assert rating not in markup, rating
    status = "qa-status-uncertain" if verdict == "uncertain" else "qa-status-answered"
    assert markup.count('class="qa-status ') == 1 and status in markup


# FRESH8: the not_found message's screen-reader name was its Thai line alone, for an English
# question too, and did not say which sectors its chips offer.
@pytest.mark.parametrize(
    ("question", "english"),
    [("How many moons does Jupiter have?", True), ("ดาวพฤหัสมีดวงจันทร์กี่ดวง", False)],
)
def test_a_not_found_reply_names_its_offered_sectors_in_words(
    bot: QABot, monkeypatch: pytest.MonkeyPatch, question: str, english: bool
) -> None:
    service = ChatService(bot)
    asked = bot.ask(question, k=MAX_HITS)
    monkeypatch.setattr(bot, "ask", lambda *a, **k: replace(asked, verdict="not_found"))
    reply = service.reply(question)[-1]
    content = reply["content"]
    refusal = content[content.index('<div class="qa-refusal">') :]
    thai = refusal.index("เอกสารนี้ไม่มีคำตอบสำหรับคำถามนี้")
    assert ("The document does not answer this question." in refusal) == english
    topics = refusal[refusal.index('class="qa-refusal-topics"') :]
    assert 'aria-hidden="true"' in topics[:60]  # the chips are what is read in the page
    assert thai < refusal.index('class="qa-refusal-topics"')  # Thai first, the topics last
    assert ("/ Topics:" in topics) == english
    # Every chip's sector, in the chips' order, in words.
    chips = [option["label"] for option in reply["options"]]
    assert chips == [s.name for s in service.offered] and len(chips) > 1
    listed = html.unescape(topics[topics.index(":") + 1 : topics.index("</p>")]).strip()
    assert listed == ", ".join(chips)


def test_only_a_reply_that_offers_sectors_lists_them(
    bot: QABot, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = ChatService(bot)
    asked = bot.ask(SAMCA, k=MAX_HITS)
    for verdict in ("answered", "uncertain", "not_found"):
        monkeypatch.setattr(bot, "ask", lambda *a, _v=verdict, **k: replace(asked, verdict=_v))
        reply = service.reply(SAMCA)[-1]
        assert ("qa-refusal-topics" in reply["content"]) == ("options" in reply), verdict
    # A search limited to some sectors offers "search all", not the sectors: none is listed.
    first = service.offered[0].key
    reply = service.reply(SAMCA, sections=[first])[-1]
    assert "qa-refusal-topics" not in reply["content"]
