"""A document of a few passages: the scope judge's cosine baseline takes in Thai text in general.

The notice is the issue's own example (#11, point 5): a library that opens "เวลา 08.00 ถึง
20.00 น.", asked "ห้องสมุดเปิดกี่โมง" — a document writes times with น., never โมง.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot import QABot, build_index
from qa_bot.config import DEFAULT
from qa_bot.scope import baseline_vectors

NOTICE = (
    "# ห้องสมุดคณะ\n\n"
    "ห้องสมุดคณะเปิดให้บริการทุกวันจันทร์ถึงวันศุกร์ เวลา 08.00 ถึง 20.00 น. และวันเสาร์ "
    "เวลา 09.00 ถึง 16.00 น. ปิดทำการวันอาทิตย์และวันหยุดนักขัตฤกษ์\n\n"
    "# การยืมหนังสือ\n\n"
    "นักศึกษายืมหนังสือได้ครั้งละ 10 เล่ม นาน 14 วัน หากคืนช้าจะถูกปรับวันละ 5 บาทต่อเล่ม "
    "ต่ออายุการยืมได้ทางเว็บไซต์ของห้องสมุด\n"
)


@pytest.fixture(scope="module")
def notice_bot(tmp_path_factory: pytest.TempPathFactory) -> QABot:
    corpus: Path = tmp_path_factory.mktemp("notice")
    (corpus / "library.txt").write_text(NOTICE, encoding="utf-8")
    index = tmp_path_factory.mktemp("built") / "index"
    build_index(corpus, index)
    return QABot.load(index)


def test_a_small_corpus_is_measured_beside_text_in_general(notice_bot: QABot) -> None:
    passages = len(notice_bot.index.passages)
    assert passages < DEFAULT.scope.baseline_min_passages
    assert len(baseline_vectors(notice_bot.index)) > passages  # the background paragraphs too


@pytest.mark.parametrize(
    "question",
    ["ห้องสมุดเปิดกี่โมง", "ยืมหนังสือได้กี่เล่ม", "What time does the library open?"],
)
def test_what_the_notice_says_is_answered(notice_bot: QABot, question: str) -> None:
    answer = notice_bot.ask(question)
    assert answer.verdict == "answered", question
    assert answer.evidence.values["standout"] > 2.0  # alone, two passages give exactly 1.0


@pytest.mark.parametrize("question", ["ราคาทองวันนี้", "ค่าจอดรถเท่าไร"])
def test_what_it_never_mentions_is_not_found(notice_bot: QABot, question: str) -> None:
    assert notice_bot.ask(question).verdict == "not_found"
