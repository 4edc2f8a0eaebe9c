"""A "when" or "what time" question is answered by a part of the day or by a time counted back
from now, not only by a clock time or a date (FRESH18a K1: "At what time of day do Aedes
mosquitoes bite?" refused over "…ในเวลากลางวัน"; bench/reading.py's "When do CAM plants open
their stomata?" refused over "…ในเวลากลางคืน…"): scope.values.AskedValue.holds, read by
type_missing, type_missing_sentence and together.

The sentences are cut from the reading bench's articles (bench/data/reading) and the science-camp
handout fixture, so what is expected is what those documents say.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.answer_types import asked_date_parts, asked_type
from qa_bot.scope.values import AskedValue, names_part_of_day

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "bench" / "data" / "reading" / "articles"


def _sentence_with(path: Path, phrase: str) -> str:
    """The line of the document holding phrase, cut at the spaces that end Thai sentences
    either side of it."""
    line = next(x for x in path.read_text(encoding="utf-8").splitlines() if phrase in x)
    at = line.index(phrase)
    start = line.rfind(" ", 0, max(0, at - 40)) + 1
    end = line.find(" ", at + len(phrase) + 40)
    return line[start : end if end >= 0 else len(line)]


def _holds(question: str, text: str) -> bool:
    kind = asked_type(question)
    return AskedValue(kind, parts=tuple(asked_date_parts(question))).holds(text)


CAM = _sentence_with(ARTICLES / "photosynthesis.txt", "ในเวลากลางคืน")
REEF = _sentence_with(ARTICLES / "great_barrier_reef.txt", "20,000 ปีก่อน")
LUNCH = _sentence_with(ROOT / "tests" / "fixtures" / "science_camp_handout.th.md", "อาหารกลางวัน")


@pytest.mark.parametrize(
    "question",
    ["When do CAM plants open their stomata?", "พืชซีเอเอ็มเปิดปากใบเมื่อใด"],
)
def test_the_part_of_the_day_answers_when(question: str) -> None:
    assert _holds(question, CAM)


def test_the_part_of_the_day_answers_what_time_of_day() -> None:
    assert _holds("At what time of day do CAM plants open their stomata?", CAM)


@pytest.mark.parametrize(
    "question",
    [
        "When did the current living reef begin to grow?",
        "แนวปะการังที่มีชีวิตอยู่ในปัจจุบันเริ่มเติบโตขึ้นเมื่อใด",
    ],
)
def test_a_time_counted_back_answers_when(question: str) -> None:
    assert _holds(question, REEF)


def test_a_year_asked_for_is_not_answered_by_a_time_counted_back() -> None:
    # The article gives no year the reef began in: "in what year" asks for one.
    assert not _holds("แนวปะการังเริ่มเติบโตขึ้นในปีใด", REEF)


def test_lunch_is_no_time_of_day() -> None:
    # อาหารกลางวัน (the handout's lunch) holds กลางวัน, but names a meal, not when.
    assert not names_part_of_day(LUNCH)
    assert not _holds("ค่ายเริ่มกี่โมง", LUNCH)
