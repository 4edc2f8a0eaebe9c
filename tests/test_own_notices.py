"""Staff's own small notices (FRESH17a §1.1): a question about a detail a notice never states,
of a thing it names, is not answered as if answered. The notices (tests/fixtures/own_notices/:
a blood drive, a canteen, a field trip, a club fair, written for these tests) and their
questions (tests/fixtures/own_notices.tsv: an answerable question's expected value from its
notice, an unanswerable one's left empty) are of that kind. Builds an index: slow."""

from __future__ import annotations

import csv

import pytest

from qa_bot import QABot
from qa_bot.store import build_index

from .conftest import ROOT

NOTICES = ROOT / "tests" / "fixtures" / "own_notices"
QUESTIONS = ROOT / "tests" / "fixtures" / "own_notices.tsv"


def _questions() -> list[tuple[str, str]]:
    with QUESTIONS.open(encoding="utf-8") as f:
        return [(row["question"], row["expect"]) for row in csv.DictReader(f, delimiter="\t")]


@pytest.fixture(scope="module")
def notices(tmp_path_factory) -> QABot:
    index = tmp_path_factory.mktemp("own_notices") / "index"
    build_index(NOTICES, index)
    return QABot.load(index)


def test_the_expected_values_are_the_notices_own() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in NOTICES.iterdir())
    for question, expect in _questions():
        assert not expect or expect in text, question


# The club fair names its robot, photography and chess clubs only in the list of clubs
# ("ได้แก่ ชมรมดนตรีไทย ชมรมหมากรุก ชมรมถ่ายภาพ และชมรมหุ่นยนต์") and describes only the Thai
# music club.
LISTED = ("ชมรมหุ่นยนต์ซ้อมวันไหน", "ใครเป็นครูที่ปรึกษาชมรมถ่ายภาพ", "ชมรมหมากรุกซ้อมที่ไหน")
DESCRIBED = ("ชมรมดนตรีไทยซ้อมวันไหน", "ใครเป็นครูที่ปรึกษาชมรมดนตรีไทย")


def test_a_club_named_only_in_the_list_is_read_as_listed(notices) -> None:
    for question in LISTED:
        assert notices.ask(question).evidence.values["listed_only"] == 1.0, question
    for question in DESCRIBED:
        assert notices.ask(question).evidence.values["listed_only"] == 0.0, question
