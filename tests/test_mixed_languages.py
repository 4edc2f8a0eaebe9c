"""Language pull between documents (FRESH11 §3): the bundled Thai document beside an English
one (tests/fixtures/mixed: a community centre's annual report that also speaks of education,
health, floods and the environment). An English question about the Thai document reaches it;
one about the English document still reaches that."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa_bot import QABot
from qa_bot.store import build_index

from .conftest import CORPUS_DIR

MIXED = Path(__file__).parent / "fixtures" / "mixed"
ENGLISH = MIXED / "riverside_community_centre.en.txt"


@pytest.fixture(scope="module")
def mixed_bot(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for folder in (CORPUS_DIR, MIXED):
        for path in folder.iterdir():
            shutil.copyfile(path, corpus / path.name)
    index = tmp_path_factory.mktemp("index")
    build_index(corpus, index)
    return QABot.load(index)


def test_an_english_question_about_the_thai_document_reaches_it(mixed_bot) -> None:
    # The Thai document: "การเสริมสร้างความเข้มแข็งด้านการศึกษาให้แก่เด็กและเยาวชนที่ตกหล่น";
    # the English one speaks of children in its homework club.
    top = mixed_bot.ask("What does ASEAN do for children who are out of school?").hits[0]
    assert top.document.endswith(".th.txt")
    assert "เด็กและเยาวชนที่ตกหล่น" in top.text


def test_an_english_question_about_the_english_document_still_reaches_it(mixed_bot) -> None:
    assert "The homework club meets every weekday afternoon" in ENGLISH.read_text("utf-8")
    top = mixed_bot.ask("When does the homework club meet?").hits[0]
    assert top.document == ENGLISH.name
    assert "every weekday afternoon" in top.text
