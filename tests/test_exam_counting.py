"""Counting a list the document enumerates without writing its number (exam/counting.py).

Expected values come from the bundled document (corpus/asean_socio_cultural_community.th.txt):
its environment section lists seven sub-areas and never writes 7; its overview lists the 15
sectors of the ASCC pillar after "ประกอบด้วย 15 สาขา ดังนี้".
"""

from __future__ import annotations

from qa_bot import pipeline
from qa_bot.exam.counting import counted_noun, list_counts

SUB_AREAS = (
    "ความร่วมมือด้านสิ่งแวดล้อมเป็นหนึ่งในประเด็นที่อาเซียนและไทยให้ความสำคัญ โดยอาเซียนมีความร่วมมือใน"
    "สาขาย่อยเรื่องการอนุรักษ์ธรรมชาติและความหลากหลายทางชีวภาพ สิ่งแวดล้อมทางทะเลและชายฝั่ง "
    "การจัดการสารเคมีและของเสีย สิ่งแวดล้อมเมืองที่ยั่งยืน การจัดการทรัพยากรน้ำ "
    "การเปลี่ยนแปลงสภาพภูมิอากาศ และสิ่งแวดล้อมศึกษา"
)
SECTORS = (
    "กรอบความร่วมมือภายใต้เสาประชาคมสังคมและวัฒนธรรมอาเซียน ประกอบด้วย 15 สาขา ดังนี้ การศึกษา กีฬา "
    "วัฒนธรรมและศิลปะ สารสนเทศ แรงงาน เยาวชน สตรี เด็ก ราชการพลเรือน สวัสดิการสังคมและการพัฒนา "
    "การพัฒนาชนบทและการขจัดความยากชน สาธารณสุข การจัดการภัยพิบัติ มลพิษจากหมอกควันข้ามแดน "
    "และสิ่งแวดล้อม"
)


def test_a_thai_list_is_counted_from_its_introducer_to_its_last_item() -> None:
    assert list_counts(SUB_AREAS) == [7]  # introduced inside a chunk: "…สาขาย่อยเรื่อง…"
    assert list_counts(SECTORS) == [15]  # introduced by "ดังนี้" alone: the number it writes
    assert list_counts("A list of Thailand, Laos, Vietnam and Cambodia.") == [4]
    assert list_counts("ไทยและลาว") == []  # two joined words are no enumeration


def test_the_noun_a_thai_count_question_counts() -> None:
    assert counted_noun("อาเซียนมีความร่วมมือด้านสิ่งแวดล้อมในสาขาย่อยทั้งหมดกี่เรื่อง") == "สาขา"
    assert counted_noun("How many sub-areas are there?") is None


CHOICES = ["5 เรื่อง", "7 เรื่อง", "8 เรื่อง", "15 เรื่อง"]


def test_a_count_the_document_lists_but_never_writes_is_the_lists_length(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "อาเซียนมีความร่วมมือด้านสิ่งแวดล้อมในสาขาย่อยทั้งหมดกี่เรื่อง",
        choices=CHOICES,
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 1 and answer.choice.decided


def test_an_english_count_of_the_same_list_is_picked_but_not_decided(bot) -> None:
    # The English stem's noun ("sub-areas") is not the text's: the list the stem's embedding is
    # closest to is counted, and the pick is not claimed in the document's words.
    answer = pipeline.ask(
        bot.index,
        "How many sub-areas of environmental cooperation does the document list?",
        choices=["5", "7", "8", "15"],
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 1
    assert not answer.choice.decided


def test_a_count_outside_the_document_gets_no_pick(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "How many planets are in the solar system?",
        choices=["7", "8", "9", "10"],
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided
