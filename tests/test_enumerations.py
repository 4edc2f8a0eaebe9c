"""A list of space-separated noun phrases stays one sentence up to its close (FRESH10 §3: the
CRF model cut "… ดังนี้ การศึกษา … เยาวชน สตรี | เด็ก … และสิ่งแวดล้อม", and answers held a
list's first items only), and no sentence starts with และ / หรือ / รวมถึง. Synthetic text."""

from __future__ import annotations

import pytest

from qa_bot.corpus.lists import enumeration_open, list_close_end
from qa_bot.corpus.sentences import continues, sentence_spans

CLUBS = (
    "กีฬาสี",
    "ดนตรีไทย",
    "ศิลปะการวาดภาพ",
    "นาฏศิลป์",
    "วิทยาศาสตร์",
    "คณิตศาสตร์",
    "ภาษาอังกฤษ",
    "ภาษาจีน",
    "คอมพิวเตอร์",
    "หุ่นยนต์",
    "การเกษตรในโรงเรียน",
    "การทำอาหาร",
)
LIST = (
    "โรงเรียนบ้านหนองบัวเปิดให้นักเรียนเลือกกิจกรรมหลังเลิกเรียนได้หลายประเภท ดังนี้ "
    + " ".join(CLUBS)
    + " ลูกเสือ เนตรนารี และยุวกาชาด"
)
AFTER = "ทั้งนี้ นักเรียนทุกคนต้องเลือกอย่างน้อยหนึ่งกิจกรรมภายในสัปดาห์แรกของภาคเรียน"


def _said(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


def test_a_long_space_separated_list_is_one_sentence_up_to_its_close() -> None:
    text = f"{LIST} {AFTER}"
    said = _said(text)
    assert said[0] == LIST  # every club, to "และยุวกาชาด"
    assert said[-1] == AFTER


@pytest.mark.parametrize("opener", ["ได้แก่", "อาทิ", "ประกอบด้วย", "ดังนี้"])
def test_an_open_list_continues_into_its_next_items(opener: str) -> None:
    said = f"ค่ายวิทยาศาสตร์มีฐานกิจกรรม {opener} ฐานดาราศาสตร์ ฐานพลังงาน"
    assert enumeration_open(said)
    text = f"{said} ฐานชีววิทยา ฐานเคมี และฐานฟิสิกส์"
    piece = (len(said) + 1, len(text))
    assert continues(text, (0, len(said)), piece)


def test_a_closed_list_is_not_open() -> None:
    assert not enumeration_open("มีฐานกิจกรรม ได้แก่ ฐานดาราศาสตร์ และฐานพลังงาน")
    assert not enumeration_open("ค่ายนี้จัดขึ้นเพื่อให้นักเรียนได้ทดลองจริง")
    assert not enumeration_open("มีฐานกิจกรรม เช่น ฐาน A (ภาษาอังกฤษ)")  # not items only


def test_the_close_ends_the_list_when_a_sentence_follows() -> None:
    text = "ฐานเคมี และฐานฟิสิกส์ โดยนักเรียนทุกคนจะได้หมุนเวียนเข้าฐานครบทุกฐานภายในสองวัน"
    cut = list_close_end(text, 0, len(text))
    assert cut is not None and text[:cut] == "ฐานเคมี และฐานฟิสิกส์"
    assert list_close_end("ฐานเคมี และฐานฟิสิกส์ ด้วย", 0, 26) is None  # too short to stand
    closing = "ฐานเคมี และฐานฟิสิกส์ ซึ่งเป็นฐานที่นักเรียนชั้นมัธยมปลายเลือกมากที่สุดในปีนี้"
    assert list_close_end(closing, 0, len(closing)) is None  # ซึ่ง: about the items


@pytest.mark.parametrize("conjunction", ["และ", "หรือ", "รวมถึง", "รวมทั้ง"])
def test_no_sentence_starts_with_a_conjunction(conjunction: str) -> None:
    first = "ห้องสมุดประชาชนประจำอำเภอเปิดให้บริการยืมหนังสือแก่ประชาชนทั่วไปโดยไม่เสียค่าใช้จ่าย" * 2
    second = f"{conjunction}จัดกิจกรรมส่งเสริมการอ่านสำหรับเด็กปฐมวัยทุกวันเสาร์ที่สองของเดือน" * 2
    text = f"{first} {second}"
    assert continues(text, (0, len(first)), (len(first) + 1, len(text)))


def test_items_sharing_their_first_word_are_one_list() -> None:
    said = "โรงเรียนพัฒนาตัวชี้วัดคุณภาพสิ่งแวดล้อมด้านอากาศ ด้านน้ำ"
    text = f"{said} ด้านขยะและพื้นที่สีเขียว"
    assert continues(text, (0, len(said)), (len(said) + 1, len(text)))


# The bundled document's lists, as FRESH10 §3 asked them (values from the document).
@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        (
            "ความร่วมมือด้านสิ่งแวดล้อมของอาเซียนมีสาขาย่อยอะไรบ้าง",
            "การอนุรักษ์ธรรมชาติและความหลากหลายทางชีวภาพ",
            "และสิ่งแวดล้อมศึกษา",
        ),
        ("ตัวชี้วัดคุณภาพสิ่งแวดล้อมมีด้านอะไรบ้าง", "ด้านอากาศ", "ด้านขยะและพื้นที่สีเขียว"),
        ("ประชาคมสังคมและวัฒนธรรมอาเซียนมีกี่สาขา", "15 สาขา", "และสิ่งแวดล้อม"),
    ],
)
def test_the_bundled_lists_are_answered_whole(bot, question: str, first: str, last: str) -> None:
    answer = bot.ask(question).hits[0].answer_sentence
    assert first in answer and last in answer


def test_no_stored_sentence_of_the_bundled_index_starts_with_a_conjunction(bot) -> None:
    starts = [
        p.source[a:b].split(maxsplit=1)[0] for p in bot.index.passages for a, b in p.sentences
    ]
    assert not [word for word in starts if word.startswith(("และ", "หรือ", "รวมถึง"))]
