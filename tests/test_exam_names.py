"""English names in exam choices over the Thai document: a place the document writes in Thai
("ที่จังหวัดชัยนาท", "ณ กรุงมะนิลา") is the choice that names it in English ("Chai Nat", "Manila").

Expected choices are what the document says (corpus/asean_socio_cultural_community.th.txt).
"""

from __future__ import annotations

import pytest

from qa_bot.exam.matching import unit_index
from qa_bot.exam.names import thai_names


@pytest.fixture(scope="module")
def read(bot):
    ui = unit_index(bot.index)
    return [ui.units_of(i) for i in range(len(bot.index.passages))]


@pytest.mark.parametrize(
    ("choice", "thai"),
    [
        # by sound: the document writes "ที่จังหวัดชัยนาท", "ที่จังหวัดภูเก็ต", "ไวรัสซิกา"
        ("Chai Nat province", "ชัยนาท"),
        ("It is in Phuket province", "ภูเก็ต"),
        ("Zika virus infection", "ซิกา"),
        # by the dictionary (WordNet × Thai WordNet), without the class noun where the document
        # also writes it alone: "ที่สิงคโปร์", "ที่เวียงจันทน์" (the dictionary's
        # กรุงเวียงจันทน์), "ซึ่งเป็นข้อริเริ่มของไทย" (the dictionary's ประเทศไทย); with it where
        # it never does: "ณ กรุงมะนิลา", "ที่กรุงเทพฯ"
        ("Manila", "กรุงมะนิลา"),
        ("Bangkok", "กรุงเทพฯ"),
        ("Singapore", "สิงคโปร์"),
        ("Vientiane, Lao PDR", "เวียงจันทน์"),
        ("Thailand", "ไทย"),
    ],
)
def test_an_english_name_is_matched_as_the_thai_form_the_document_writes(read, choice, thai):
    (judged,) = thai_names([choice], read)
    assert thai in judged


@pytest.mark.parametrize(
    "choice",
    [
        "Developing a vaccine together in the region",  # a sentence's first word is no name
        "ADDMER",  # an acronym stays an acronym
    ],
)
def test_a_name_the_document_does_not_write_stays_as_typed(read, choice) -> None:
    assert thai_names([choice], read) == [choice]


@pytest.mark.parametrize(
    ("choice", "thai"),
    [
        # The document names no เชียงใหม่, ขอนแก่น or ระยอง (its meetings are in ภูเก็ต, กรุงเทพฯ):
        # a province it does not write is put in Thai all the same, and found nowhere, instead
        # of being judged by the embedding (RTGS "chiangmai" ~ ชีวอนามัย is no name).
        ("Chiang Mai", "เชียงใหม่"),
        ("Khon Kaen", "ขอนแก่น"),
        ("It was held in Rayong", "It was held in ระยอง"),
        # A capital the dictionary names (places.py) likewise: the document writes no จาการ์ตา
        # (ยอกยาการ์ตา is another city).
        ("Jakarta", "กรุงจาการ์ตา"),
    ],
)
def test_a_province_the_document_does_not_write_is_put_in_thai(read, choice, thai) -> None:
    assert thai_names([choice], read) == [thai]
    assert all(thai.split()[-1] not in pu.passage.text for pu in read)


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        # "ในการประชุมสุดยอดอาเซียน ครั้งที่ 31 … ณ กรุงมะนิลา ฟิลิปปินส์"
        (
            "Where was the 31st ASEAN Summit held?",
            ["Singapore", "Vientiane", "Manila", "Jakarta"],
            2,
        ),
        # "การประชุมสุดยอดอาเซียน ครั้งที่ 32 เมื่อวันที่ 27-28 เมษายน ค.ศ. 2018 ที่สิงคโปร์"
        (
            "Where was the 32nd ASEAN Summit held?",
            ["Manila", "Singapore", "Vientiane", "Yogyakarta"],
            1,
        ),
        # "แนวทางอาเซียนเพื่อความรับผิดชอบทางสังคมด้านแรงงาน (ASEAN Guidelines for Corporate
        # Social Responsibility (CSR) on Labour) ซึ่งเป็นข้อริเริ่มของไทย"
        (
            "Whose initiative were the ASEAN Guidelines for Corporate Social Responsibility on "
            "Labour?",
            ["Singapore", "The Philippines", "Thailand", "Indonesia"],
            2,
        ),
        # "ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน … ที่จังหวัดชัยนาท"
        (
            "In which province is the ASEAN relief supplies warehouse in Thailand located?",
            ["Phuket", "Chai Nat", "Chiang Mai", "Bangkok"],
            1,
        ),
    ],
)
def test_an_english_exam_about_a_place_picks_the_place_the_document_names(
    bot, stem, choices, right
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == right
    assert choice.choices == tuple(choices)  # shown as typed


def test_a_typed_english_exam_with_a_name_picks_it(bot) -> None:
    answer = bot.ask(
        "In which province is the ASEAN relief supplies warehouse in Thailand located? "
        "(a) Phuket (b) Chai Nat (c) Chiang Mai (d) Bangkok"
    )
    assert answer.choice is not None and answer.choice.index == 1
    assert answer.choice.evidence[1] is not None
    assert "ชัยนาท" in answer.choice.evidence[1].answer_sentence


@pytest.mark.parametrize(
    ("choice", "typed", "thai"),
    [
        # The document gives the title in English in brackets: "… (Joint Statement on Promoting
        # Women, Peace and Security in ASEAN)"; "Joint" is no name (WordNet writes it in lower
        # case), and its first dictionary term the document writes is จีนใต้ (of ทะเลจีนใต้).
        (
            "Joint Statement on Promoting Women, Peace and Security in ASEAN",
            "Joint Statement",
            None,
        ),
        # "(ASEAN Socio-Cultural Community Vision 2025)": "Vision" stays (not ภาพ).
        ("The ASEAN Community Vision 2025", "Community Vision", None),
        # A place in a run of capitalised words is still a name: "ทะเลจีนใต้", "(… South China
        # Sea)".
        ("The ASEAN-China workshop in South China Sea", "South", "จีน"),
    ],
)
def test_a_titles_everyday_words_the_document_writes_in_english_stay_as_typed(
    read, choice, typed, thai
) -> None:
    from qa_bot.exam.glosses import thai_glosses

    (judged,) = thai_glosses(thai_names([choice], read), read)
    assert typed in judged
    assert thai is None or thai in judged
