"""An opening sentence that names the document's title whole is not the answer to what a question
asks beyond the title: the title's words then count for no sentence, as the whole document is
about them (answer.weights.beyond_title; FRESH18a K5). Expected values are the document's own
words."""

from __future__ import annotations

import pytest

from qa_bot import QABot
from qa_bot.answer.weights import beyond_title, names_title

FESTIVAL = "\n".join(
    [
        "ประเพณีแห่เทียนเข้าพรรษา",
        "",
        "ประเพณีแห่เทียนเข้าพรรษาเป็นประเพณีของชาวพุทธในภาคอีสาน จัดขึ้นในช่วงต้นฤดูฝนของทุกปี"
        " จุดมุ่งหมายของประเพณีคือการถวายเทียนพรรษาแด่พระภิกษุ"
        " เพื่อใช้จุดให้แสงสว่างตลอดสามเดือนที่จำพรรษาอยู่ในวัด"
        " งานที่มีชื่อเสียงที่สุดจัดที่จังหวัดอุบลราชธานี"
        " ช่างแกะสลักเทียนจะใช้เวลาเตรียมต้นเทียนนานหลายเดือน",
        "",
    ]
)


@pytest.fixture(scope="module")
def festival(bot_over) -> QABot:
    return bot_over("festival", {"festival.txt": FESTIVAL})


def test_the_opening_sentence_naming_the_title_is_not_the_answer(festival: QABot) -> None:
    answer = festival.ask("งานแห่เทียนเข้าพรรษาที่ดังที่สุดจัดที่ไหน")
    assert "จังหวัดอุบลราชธานี" in answer.hits[0].answer_sentence
    assert "ชาวพุทธในภาคอีสาน" not in answer.hits[0].answer_sentence


def test_title_words_leave_the_weights_unless_they_are_all_of_them() -> None:
    weights = {"บั้งไฟ": 2.0, "บูชา": 3.0, "เทพ": 3.0}
    assert beyond_title(weights, "ประเพณีบุญบั้งไฟ") == {"บูชา": 3.0, "เทพ": 3.0}
    assert beyond_title({"บั้งไฟ": 2.0}, "ประเพณีบุญบั้งไฟ") == {"บั้งไฟ": 2.0}
    assert beyond_title(weights, "") == weights
    assert names_title("ประเพณีบุญบั้งไฟเป็นประเพณีของชาวอีสาน", "ประเพณีบุญบั้งไฟ")
    assert not names_title("จุดมุ่งหมายของประเพณีคือการบูชาพญาแถน", "ประเพณีบุญบั้งไฟ")
