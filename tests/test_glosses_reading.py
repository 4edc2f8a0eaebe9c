"""English questions over translated Thai articles (bench/data/reading) whose name the article
glosses once, "อัลเบิร์ต ไอน์สไตน์ (Albert Einstein)", "คลองปานามา (Panama Canal)", and then
writes in Thai only: the top hit is the paragraph that answers, not the one that glosses."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from qa_bot import QABot, build_index, search
from qa_bot.config import DEFAULT
from qa_bot.question_words import question_words

READING = Path(__file__).resolve().parent.parent / "bench" / "data" / "reading"
ARTICLES = ("albert_einstein", "panama_canal")
# Questions of bench/data/reading/questions.jsonl, by id: each answered by a paragraph other
# than its article's first (the one with the English name in brackets).
QUESTIONS = (
    "c-albert_einstein-p1-q1",  # What job did Einstein take in Bern in 1902?
    "c-albert_einstein-p1-q3",  # Who did Einstein marry in 1903?
    "c-albert_einstein-p3-q2",  # When did Einstein become an American citizen?
    "c-panama_canal-p3-q1",  # When did the Panama Canal officially open?
)


def _questions() -> dict[str, dict]:
    lines = (READING / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return {row["id"]: row for row in rows if row["id"] in QUESTIONS}


@pytest.fixture(scope="module")
def reading_bot(tmp_path_factory) -> QABot:
    corpus = tmp_path_factory.mktemp("corpus")
    for slug in ARTICLES:
        for name in (f"{slug}.txt", f"{slug}.txt.meta.json"):
            shutil.copyfile(READING / "articles" / name, corpus / name)
    index = tmp_path_factory.mktemp("built") / "index"
    build_index(corpus, index)
    return QABot.load(index)


def _paragraph(slug: str, paragraph: int) -> str:
    article = (READING / "articles" / f"{slug}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in article.split("\n\n") if p.strip()][paragraph]


@pytest.mark.parametrize("qid", QUESTIONS)
def test_the_top_hit_is_the_paragraph_that_answers(reading_bot, qid) -> None:
    row = _questions()[qid]
    answer = reading_bot.ask(row["question_en"], k=5)
    top = answer.hits[0]
    assert Path(top.document).stem == row["article"]
    assert row["answer_th"] in top.text
    assert top.text.strip() == _paragraph(row["article"], row["paragraph"])


def test_the_name_counts_in_every_paragraph_that_writes_its_thai_term(reading_bot) -> None:
    # "Einstein" is in Latin letters in the first paragraph only; ไอน์สไตน์ is in all five.
    index = reading_bot.index
    question = "Who did Einstein marry in 1903?"
    words = question_words(index, question)
    ids = np.arange(len(index.passages), dtype=np.int64)
    einstein = [p.id for p in index.passages if p.doc_id.startswith("albert_einstein")]
    plain = replace(DEFAULT.retrieval, glosses=False)
    assert np.count_nonzero(search.name_share(index, words, ids, plain)) == 1
    shares = search.name_share(index, words, ids)
    assert sorted(np.nonzero(shares)[0]) == sorted(einstein)


def test_without_glosses_the_glossing_paragraph_wins(reading_bot) -> None:
    # What the tests above guard against: the name's bonus on the one paragraph writing it.
    question = "Who did Einstein marry in 1903?"
    plain = replace(DEFAULT.retrieval, glosses=False)
    first = _paragraph("albert_einstein", 0)
    without = search.retrieve(reading_bot.index, question, config=plain)
    with_glosses = search.retrieve(reading_bot.index, question)
    assert without.candidates[0].passage.text.strip() == first
    assert with_glosses.candidates[0].passage.text.strip() == _paragraph("albert_einstein", 1)
