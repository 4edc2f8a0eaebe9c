"""An own document's background paragraph repeats its event's full name; the section that dates,
places or times the event does not (FRESH16 §1). Asked with the full name, the passage stating
the value asked for is the answer (answer.value_first: the name is the document's topic, its
title). And asked who runs one of the items a sentence lists, the row naming a person is the
answer (answer.person_row; FRESH16 §4). Expected values are the document's own words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qa_bot import QABot

FAIR = "\n".join(
    [
        "# งานมหกรรมหนังสือเด็กและเยาวชน ห้องสมุดประชาชนจังหวัดลำปาง",
        "",
        "## ความเป็นมา",
        "",
        "งานมหกรรมหนังสือเด็กและเยาวชนเป็นงานที่ห้องสมุดประชาชนจัดขึ้นทุกปี"
        " เพื่อส่งเสริมนิสัยรักการอ่านของเด็กและเยาวชน"
        " งานมหกรรมหนังสือเด็กและเยาวชนได้รับความร่วมมือจากสำนักพิมพ์กว่า 30 แห่ง",
        "",
        "## วันและสถานที่",
        "",
        "ปีนี้งานจัดระหว่างวันที่ 12-14 กรกฎาคม 2568 ณ ลานกิจกรรมศูนย์การค้าเซ็นทรัลลำปาง"
        " เปิดให้เข้าชมตั้งแต่เวลา 10.00 ถึง 20.00 น.",
        "",
        "## การประกวด",
        "",
        "มีการประกวดวาดภาพระบายสี การประกวดเล่านิทาน และการประกวดยอดนักอ่าน",
        "",
        "รายการ: วาดภาพระบายสี | ผู้รับผิดชอบ: นางสาวพิมพ์ใจ ศรีสวัสดิ์",
        "รายการ: เล่านิทาน | ผู้รับผิดชอบ: นายอนันต์ ทองคำ",
        "",
    ]
)
BACKGROUND = "ได้รับความร่วมมือจากสำนักพิมพ์กว่า 30 แห่ง"


@pytest.fixture(scope="module")
def fair(bot_over) -> QABot:
    return bot_over("fair", {"fair.md": FAIR})


def _without_topic(bot: QABot) -> QABot:
    sentences = replace(bot.config.sentences, topic_first_margin=-1.0)
    return replace(bot, config=replace(bot.config, sentences=sentences))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("งานมหกรรมหนังสือเด็กและเยาวชนจัดวันไหน", "12-14 กรกฎาคม 2568"),
        ("งานมหกรรมหนังสือเด็กและเยาวชนเปิดกี่โมง", "10.00 ถึง 20.00 น."),
    ],
)
def test_a_question_naming_the_event_is_answered_by_the_passage_stating_the_value(
    fair: QABot, question: str, said: str
) -> None:
    answer = fair.ask(question)
    assert said in answer.hits[0].answer_sentence
    assert answer.hits[0].section_label == "วันและสถานที่"
    assert [h.rank for h in answer.hits] == list(range(1, len(answer.hits) + 1))
    # Without the document's topic forgiven, the background paragraph that repeats the name
    # is on top, and the dated passage below it.
    off = _without_topic(fair).ask(question)
    assert BACKGROUND in off.hits[0].text
    assert said in "".join(h.text for h in off.hits[1:])


def test_a_question_the_top_passage_answers_keeps_it(fair: QABot) -> None:
    # The passage that names the event and states the number asked for stays first.
    answer = fair.ask("งานมหกรรมหนังสือเด็กและเยาวชนได้รับความร่วมมือจากสำนักพิมพ์กี่แห่ง")
    assert "30 แห่ง" in answer.hits[0].answer_sentence


def test_who_runs_a_listed_item_is_answered_by_its_row(fair: QABot) -> None:
    answer = fair.ask("ใครดูแลการประกวดเล่านิทาน")
    assert answer.hits[0].answer_sentence == "รายการ: เล่านิทาน | ผู้รับผิดชอบ: นายอนันต์ ทองคำ"
    answer = fair.ask("ใครเป็นคนดูแลการประกวดวาดภาพระบายสี")
    assert "นางสาวพิมพ์ใจ ศรีสวัสดิ์" in answer.hits[0].answer_sentence


def test_the_document_text_holds_what_the_answers_quote() -> None:
    # The values above are the document's own words.
    for said in ("12-14 กรกฎาคม 2568", "10.00 ถึง 20.00 น.", "นายอนันต์ ทองคำ", BACKGROUND):
        assert said in FAIR
