"""Counting a list the document enumerates without writing its number (exam/counting.py).

Expected values come from the bundled document (corpus/asean_socio_cultural_community.th.txt):
its environment section lists seven sub-areas and never writes 7; its overview lists the 15
sectors of the ASCC pillar after "ประกอบด้วย 15 สาขา ดังนี้".
"""

from __future__ import annotations

from qa_bot import pipeline
from qa_bot.exam.counting import _number, counted_noun, list_counts, list_items

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


# Lists no introducer opens, their first item glued to the possessive ของ (the document's labour
# and social-welfare paragraphs): five actors, six groups of people.
ROLES = (
    "โดยมีการจัดทำเอกสารแนวทางอาเซียนเพื่อความรับผิดชอบทางสังคมด้านแรงงาน (ASEAN Guidelines for "
    "Corporate Social Responsibility (CSR) on Labour) ซึ่งเป็นข้อริเริ่มของไทย เพื่อส่งเสริมบทบาทของ"
    "ภาครัฐ วิสาหกิจ ผู้ประกอบการ องค์กรนายจ้าง และองค์กรลูกจ้าง ในการใช้แนวทาง CSR"
)
POSSESSORS = (
    "อาเซียนให้ความสำคัญกับการปกป้อง คุ้มครองสิทธิ และการพัฒนาศักยภาพของเด็ก เยาวชน สตรี ผู้สูงอายุ "
    "ผู้พิการ และผู้ด้อยโอกาส โดยได้มีการจัดทำดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง"
)
# An introducer that opens its first item's chunk (the Zika meeting's four measures).
MEASURES = (
    "ตลอดจนแบ่งปันแนวทางการจัดการกับโรคดังกล่าว ประกอบด้วยการเฝ้าระวัง การป้องกัน การควบคุม "
    "และการเตือนภัยระหว่างประเทศสมาชิกอาเซียน"
)
# A run of text across a year and an English name is no list (read as 7 items before).
NO_LIST = (
    "ซึ่งประเทศไทยจะสานต่อเรื่องนี้ในช่วงที่ไทยเป็นประธานอาเซียนในปี 2562 โดยจะเป็นเจ้าภาพจัดการประชุม "
    "ASCN ครั้งที่ 2 และการประชุมที่เกี่ยวข้องที่ประเทศไทย"
)


def test_a_list_of_possessors_is_counted_from_its_governor() -> None:
    assert list_items(ROLES) == [("ภาครัฐ", "วิสาหกิจ", "ผู้ประกอบการ", "องค์กรนายจ้าง", "องค์กรลูกจ้าง")]
    assert list_counts(POSSESSORS) == [6]
    assert list_counts(MEASURES) == [4]
    assert list_counts(NO_LIST) == []
    assert _number("3 ล้านตัน") is None  # an amount, no count of a list
    assert _number("5 กลุ่ม") == 5


# A list numbered (1) … (5) (the Blueprint's characteristics), after a run numbered (1) … (2)
# (the documents the pillar carries out) that is too short to count.
NUMBERED = (
    "ขับเคลื่อนโดยการดำเนินการตาม (1) วิสัยทัศน์ประชาคมสังคมและวัฒนธรรมอาเซียน และ (2) แผนงานประชาคม"
    "สังคมและวัฒนธรรมอาเซียน มีคุณลักษณะ 5 ข้อ ได้แก่ (1) มีปฏิสัมพันธ์และเป็นประโยชน์ต่อประชาชน "
    "(2) ความครอบคลุม (3) ความยั่งยืน (4) ภูมิคุ้มกัน และ (5) มีพลวัต"
)


def test_a_numbered_list_is_counted_by_its_numbers() -> None:
    assert list_counts(NUMBERED) == [5]
    assert list_items(NUMBERED)[0][1:4] == ("ความครอบคลุม", "ความยั่งยืน", "ภูมิคุ้มกัน")


def test_a_thai_count_of_a_list_its_possessor_names_is_decided(bot) -> None:
    for stem, choices, count in (
        (
            "อาเซียนให้ความสำคัญกับการพัฒนาศักยภาพของประชากรทั้งหมดกี่กลุ่ม",
            ["4 กลุ่ม", "5 กลุ่ม", "6 กลุ่ม", "7 กลุ่ม"],
            list_counts(POSSESSORS)[0],
        ),
        (
            "เอกสารแนวทาง CSR ด้านแรงงานที่ไทยริเริ่ม ส่งเสริมบทบาทของกี่ภาคส่วน",
            ["3 ภาคส่วน", "4 ภาคส่วน", "5 ภาคส่วน", "6 ภาคส่วน"],
            list_counts(ROLES)[0],
        ),
    ):
        answer = pipeline.ask(bot.index, stem, choices=choices, config=bot.config)
        assert answer.choice is not None and answer.choice.decided, stem
        assert choices[answer.choice.index].startswith(f"{count} "), stem


def test_an_amount_is_no_count_of_a_list(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "ประเทศสมาชิกอาเซียนผลิตขยะพลาสติกลงทะเลปีละกี่ล้านตัน",
        choices=["1 ล้านตัน", "3 ล้านตัน", "6 ล้านตัน", "8 ล้านตัน"],
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided


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


def test_an_english_count_of_the_same_list_is_decided_by_its_classifier(bot) -> None:
    # "sub-areas" is counted in สาขา (english_counts), and the list's head writes "…ในสาขาย่อย":
    # the list is the stem's in the document's words.
    answer = pipeline.ask(
        bot.index,
        "How many sub-areas of environmental cooperation does the document list?",
        choices=["5", "7", "8", "15"],
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 1
    assert answer.choice.decided


def test_an_english_count_whose_noun_the_text_does_not_write_is_picked_but_not_decided(
    bot,
) -> None:
    # "groups of people" names nothing the text writes: the six groups are counted (the list
    # the stem's best passages enumerate, POSSESSORS), the pick not claimed in its words.
    answer = pipeline.ask(
        bot.index,
        "How many groups of people does ASEAN protect the rights of and develop the potential of?",
        choices=["4", "5", "6", "7"],
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 2
    assert not answer.choice.decided


def test_a_count_outside_the_document_gets_no_pick(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "How many planets are in the solar system?",
        choices=["7", "8", "9", "10"],
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided
