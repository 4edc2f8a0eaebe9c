"""English questions and English exam choices over the Thai document: the answer sentence is
chosen by what the question and choices say in any language (their Thai words through the
dictionary, numbers, names), not by the English a Thai sentence gives in brackets."""

from __future__ import annotations

from qa_bot.answer.scores import fair_coverages
from qa_bot.answer.weights import foreign_words
from qa_bot.search import retrieve


def test_an_english_word_held_only_in_brackets_counts_by_the_sentence_latin_share() -> None:
    weights = {"debri": 2.0, "ขยะ": 2.0}
    texts = ["การประชุมเรื่องขยะ (marine debri)", "ขยะทะเล"]
    shares = fair_coverages(weights, texts, frozenset({"debri"}), [0.5, 0.0])
    assert shares == [0.75, 0.5]
    assert fair_coverages(weights, texts, frozenset(), [0.5, 0.0]) == [1.0, 0.5]


def test_names_and_thai_words_are_not_foreign(bot) -> None:
    retrieval = retrieve(bot.index, "Where will the ACAI centre be set up?")
    foreign = foreign_words(retrieval)
    assert "acai" not in foreign and "centr" in foreign


def test_english_question_gets_the_thai_sentence_that_answers_not_the_bracketed_one(bot) -> None:
    # The document: "ไทยมีแผนที่จะจัดการประชุมรัฐมนตรีอาเซียนสมัยพิเศษด้านขยะทะเลที่กรุงเทพฯ ด้วย",
    # after one naming the Phuket conference "(ASEAN Conference on Reducing Marine Debris …)".
    answer = bot.ask(
        "Where is the ASEAN ministers' special meeting on marine debris going to be held in 2019?"
    )
    assert "กรุงเทพฯ" in answer.hits[0].answer_sentence


def test_english_exam_choices_find_the_sentence_that_lists_them(bot) -> None:
    # The document lists the environmental sub-areas: "… สิ่งแวดล้อมทางทะเลและชายฝั่ง
    # การจัดการสารเคมีและของเสีย … การจัดการทรัพยากรน้ำ การเปลี่ยนแปลงสภาพภูมิอากาศ …".
    answer = bot.ask(
        "Which of these is NOT a sub-area of ASEAN's environmental cooperation?",
        choices=["water resources management", "climate change", "space exploration", "chemicals"],
    )
    assert "การจัดการทรัพยากรน้ำ" in answer.hits[0].answer_sentence


def test_english_exam_choices_read_in_thai_pick_the_activity_sentence(bot) -> None:
    # "… การพัฒนาระบบการประกันคุณภาพการศึกษาและระบบการถ่ายโอนหน่วยกิจของอาเซียน" (AUN's work).
    answer = bot.ask(
        "Which of the following does the ASEAN University Network work on?",
        choices=["quality assurance of education", "building hospitals", "space research"],
    )
    assert "การประกันคุณภาพการศึกษา" in answer.hits[0].answer_sentence


def test_a_summit_asked_where_is_answered_where_it_names_its_city(bot) -> None:
    # "… ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016 ที่เวียงจันทน์
    # สปป.ลาว …": a close hit stating a place goes first (answer.value_first), and a city of
    # the world is a place (answer_types' gazetteer), not only a country or a Thai province.
    answer = bot.ask("Where were the 28th and 29th ASEAN Summits held?")
    assert "เวียงจันทน์" in answer.hits[0].answer_sentence
