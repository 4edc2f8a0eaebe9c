"""The page's answer cards (qa_bot/cards.py) without a browser: tests/test_browser.py shows
the same in Chromium."""

from __future__ import annotations

from dataclasses import replace

from qa_bot import QABot
from qa_bot.cards import hit_card

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
