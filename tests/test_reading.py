"""Questions over translated Thai articles (bench/data/reading), asked in Thai and in English.

The public benchmark of issue #11 is of this kind: Thai Wikipedia-style articles whose foreign
names are transliterated, asked in English with the names spelt in English. The first round
refused nine English questions in ten there, because the scope judge weighed "the Thai text does
not use the question's English words". Every question here is answered by a span of its
article (`answer_th`), so none may be refused.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa_bot import QABot, build_index

READING = Path(__file__).resolve().parent.parent / "bench" / "data" / "reading"
# All 24 articles, as the public benchmark has many (48): the judge compares a question's best
# passage with the corpus's passages in general, and few articles give it less to stand out
# from (over 8 of these articles, 8 of 120 English questions were refused: bench/RESULTS.md
# "Scope judge with a background of Thai text").
ARTICLES = tuple(sorted(p.stem for p in (READING / "articles").glob("*.txt")))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reading_bot(tmp_path_factory) -> QABot:
    root = tmp_path_factory.mktemp("reading")
    corpus = root / "corpus"
    corpus.mkdir()
    for slug in ARTICLES:
        for name in (f"{slug}.txt", f"{slug}.txt.meta.json"):
            shutil.copyfile(READING / "articles" / name, corpus / name)
    build_index(corpus, root / "index")
    return QABot.load(root / "index")


def _questions() -> list[dict]:
    lines = (READING / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [q for q in map(json.loads, lines) if q["article"] in ARTICLES]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_questions_a_translated_article_answers_are_not_refused(reading_bot, lang) -> None:
    questions = _questions()
    assert len(questions) == 360
    refused, right_article = [], 0
    for q in questions:
        answer = reading_bot.ask(q[f"question_{lang}"])
        if answer.verdict == "not_found":
            refused.append(q["id"])
        right_article += Path(answer.hits[0].document).stem == q["article"]
    # The target: ≤ 0.03 refused (1 Thai and 7 English of 360 when this was written).
    assert len(refused) <= 0.03 * len(questions), refused
    assert right_article / len(questions) >= 0.88


def test_the_page_offers_each_article_by_its_title_and_asks_within_it(reading_bot) -> None:
    from qa_bot.cards import sectors_of
    from qa_bot.web.service import ChatService, example_question

    # Articles without headings are one "ภาพรวม" section each: the page must tell them apart by
    # title, and a tapped example must not land in another article (found by a new user: five
    # identical buttons, each asking a question that came back not_found).
    sectors = sectors_of(reading_bot.index)
    assert len(sectors) == len(ARTICLES)
    titles = {doc.doc_id: doc.title for doc in reading_bot.index.documents}
    assert len({s.name for s in sectors}) == len(sectors)
    assert all(s.name.startswith(titles[s.doc_id]) for s in sectors)
    assert len({example_question(s) for s in sectors}) == len(sectors)
    service = ChatService(reading_bot)
    for sector in sectors:
        messages = service.reply_example(f"sector:{sector.key}")
        assert "qa-refusal" not in messages[-1]["content"], sector.title
        answer = reading_bot.ask(example_question(sector), sections=[(sector.doc_id, 0)])
        assert answer.hits[0].document == sector.doc_id
        assert answer.verdict != "not_found", sector.title


def test_the_answer_sentence_holds_the_value_a_when_question_asks_for(reading_bot) -> None:
    # The passage says what the Colosseum was used for, then "…การล่าสัตว์ยังคงจัดต่อไปจนถึง
    # ค.ศ. 523": the sentence with the date answers "until when" (SentenceConfig.type_weight).
    answer = reading_bot.ask("การล่าสัตว์ในโคลอสเซียมยังคงจัดขึ้นจนถึงเมื่อใด", k=1)
    assert "ค.ศ. 523" in answer.hits[0].answer_sentence
