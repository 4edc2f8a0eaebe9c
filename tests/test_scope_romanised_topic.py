"""A topic word the corpus writes in Thai letters, met by sound (words18's reading of romanised
Thai, qa_bot/sounds.py), is no topic the corpus lacks: "Doi" is ดอย, not WordNet's acronym DOI
(FRESH18a K1: "When was Doi Phu Kha declared a national park?" refused over the sentence that
dates it). Scope feature absent_topic (scope/features.py).

The document is written for this test; what is expected is what it says: the park's name in Thai
(ดอยภูคา) and the year it became a national park (พ.ศ. 2542).
"""

from __future__ import annotations

import pytest

from qa_bot.scope import features
from qa_bot.search import retrieve

PARK = (
    "# อุทยานแห่งชาติดอยภูคา\n\n"
    "อุทยานแห่งชาติดอยภูคาอยู่ในจังหวัดน่าน เป็นป่าต้นน้ำของแม่น้ำน่าน "
    "และเป็นแหล่งของต้นชมพูภูคาซึ่งพบได้ยากมาก\n\n"
    "ดอยภูคาได้รับการประกาศเป็นอุทยานแห่งชาติเมื่อปี พ.ศ. 2542 "
    "นักท่องเที่ยวนิยมขึ้นไปชมทะเลหมอกในช่วงฤดูหนาว\n"
)


@pytest.fixture(scope="module")
def park(bot_over):
    return bot_over("park", {"inthanon.md": PARK})


def test_a_romanised_thai_word_is_no_absent_topic(park) -> None:
    question = "When was Doi Phu Kha declared a national park?"
    retrieval = retrieve(park.index, question, k=3)
    values, _ = features(park.index, retrieval)
    assert values["absent_topic"] == 0.0
    answer = park.ask(question)
    assert "2542" in answer.hits[0].answer_sentence
    assert answer.verdict != "not_found"
