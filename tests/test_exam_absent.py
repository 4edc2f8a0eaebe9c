"""A negative stem's pick the text cannot read: absent from the documents, or merely unread
(exam/choice_text.py `written_nowhere`, exam/decided.py `absent_alone`); and the word an asked
letter of an acronym stands for (exam/subject.py `letter_word`).

Expected values come from the bundled document: its social welfare section protects "เด็ก
เยาวชน สตรี ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาส" and writes no ผู้ลี้ภัย (refugees) anywhere; its
environment section develops "ตัวชี้วัดคุณภาพสิ่งแวดล้อมด้านอากาศ ด้านน้ำ ด้านขยะและพื้นที่สีเขียว"
and writes no รังสี (radiation); its 15 sectors include "มลพิษจากหมอกควันข้ามแดน" (haze
pollution) and not tourism; it spells out "(ASEAN Qualifications Reference Framework: AQRF)" and
"(ASEAN Coordinating Centre for Humanitarian Assistance on disaster management: AHA Centre)".
"""

from __future__ import annotations

import pytest

from qa_bot.exam.choice_text import written_nowhere
from qa_bot.exam.subject import letter_word


def test_a_choice_the_dictionary_reads_and_the_documents_never_write(bot) -> None:
    assert written_nowhere(bot.index, "Refugees")  # ผู้ลี้ภัย
    assert written_nowhere(bot.index, "Radiation")  # รังสี
    # "haze" reads หมอก (หมอกแดด, มีหมอก), which the document writes in หมอกควัน: a true sector
    # the glosses miss, not an absent one.
    assert not written_nowhere(bot.index, "Haze pollution")
    # No dictionary word: unread, not absent.
    assert not written_nowhere(bot.index, "Transboundary haze pollution")
    assert not written_nowhere(bot.index, "Competitive")
    # A Thai choice is read by the text itself, not by the dictionary.
    assert not written_nowhere(bot.index, "ผู้ลี้ภัย")


@pytest.mark.parametrize(
    ("stem", "choices", "key"),
    [
        (
            "Which group is NOT among those whose rights ASEAN's social welfare and development "
            "cooperation protects?",
            ["Youth", "Women", "Older persons", "Refugees"],
            3,
        ),
        (
            "Which is NOT an area for which ASEAN develops environmental quality indicators?",
            ["Air", "Water", "Green space", "Radiation"],
            3,
        ),
    ],
)
def test_a_negative_pick_absent_from_the_documents_is_decided(bot, stem, choices, key) -> None:
    # Every other choice is read in the document's list; the pick's Thai is written nowhere.
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == key and choice.decided


def test_a_true_member_whose_thai_the_text_writes_otherwise_is_not_decided(bot) -> None:
    # Haze pollution is one of the 15 sectors (มลพิษจากหมอกควันข้ามแดน); tourism is not.
    stem = "Which is NOT one of the sectors of the ASEAN Socio-Cultural Community?"
    choice = bot.ask(stem, choices=["Sports", "Youth", "Haze pollution", "Tourism"]).choice
    assert choice is not None
    assert choice.index == 3 or not choice.decided


def test_the_word_an_asked_letter_stands_for(bot) -> None:
    assert letter_word(bot.index, "In AQRF, what does the letter Q stand for?") == "qualifications"
    assert letter_word(bot.index, "ตัวอักษร R ใน AQRF ย่อมาจากคำใด") == "reference"
    stem = 'In the name "AHA Centre", what does the H stand for?'
    assert letter_word(bot.index, stem) == "humanitarian"
    # A twice is ASEAN and Assistance: no one word.
    assert letter_word(bot.index, "In the AHA Centre, what does the letter A stand for?") is None
    # No letter asked.
    assert letter_word(bot.index, "What does AQRF stand for?") is None


def test_an_asked_letters_word_is_decided(bot) -> None:
    stem = "In AQRF, what does the letter R stand for?"
    choice = bot.ask(stem, choices=["Regional", "Reference", "Recognition", "Review"]).choice
    assert choice is not None and choice.index == 1 and choice.decided


WAREHOUSE = "Which country was chosen to host the ASEAN warehouse for disaster relief supplies?"


def test_the_host_the_topic_sentence_names_is_not_set_aside_as_eventless(bot) -> None:
    # "ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน … ที่จังหวัดชัยนาท": the
    # sentence writes no เจ้าภาพ (host), and it is the one that says the stem's topic.
    choices = ["Indonesia", "Thailand", "Myanmar", "None of the above"]
    choice = bot.ask(WAREHOUSE, choices=choices).choice
    assert choice is not None and choice.index == 1 and choice.decided


def test_none_of_the_above_where_the_topic_sentence_names_another_country(bot) -> None:
    # The countries are found in the disaster section's opening sentence; the sentence that says
    # the stem's topic names ไทย, none of them.
    choices = ["Indonesia", "Malaysia", "The Philippines", "None of the above"]
    choice = bot.ask(WAREHOUSE, choices=choices).choice
    assert choice is not None and choice.index == 3


CHAIR_2562 = "ในช่วงที่ไทยเป็นประธานอาเซียน ปี 2562 ไทยมีแผนจะทำสิ่งใด"


def test_all_of_the_above_said_beside_the_topic_in_different_sectors(bot) -> None:
    # Each is written with "ไทย … ประธานอาเซียน ปี 2562", in three sections: "ไทยมีแผนที่จะจัดตั้ง
    # ศูนย์อบรมอาเซียนด้านสังคมสงเคราะห์และสวัสดิการสังคม" (social welfare), "โดยจะเป็นเจ้าภาพจัดการ
    # ประชุม ASCN ครั้งที่ 2" (the overview), "โดยเสนอให้มีการจัดตั้งศูนย์อาเซียนเพื่อผู้สูงวัย … (ACAI)
    # ที่กรุงเทพฯ" (the elderly).
    choices = [
        "จัดตั้งศูนย์อบรมอาเซียนด้านสังคมสงเคราะห์",
        "เป็นเจ้าภาพการประชุม ASCN ครั้งที่ 2",
        "เสนอจัดตั้ง ACAI ที่กรุงเทพฯ",
        "ถูกทุกข้อ",
    ]
    choice = bot.ask(CHAIR_2562, choices=choices).choice
    assert choice is not None and choice.index == 3 and choice.decided


def test_not_all_of_the_above_when_one_is_said_of_something_else(bot) -> None:
    # ขยะทะเล is written in the environment section, but no halving of it, nor beside 2562.
    choices = [
        "จัดตั้งศูนย์อบรมอาเซียนด้านสังคมสงเคราะห์และสวัสดิการสังคม",
        "จัดการประชุม ASCN ครั้งที่ 2",
        "ลดปริมาณขยะในทะเลลงครึ่งหนึ่ง",
        "ถูกทุกข้อ",
    ]
    choice = bot.ask(CHAIR_2562, choices=choices).choice
    assert choice is not None and choice.index != 3


SECTORS_STEM = "Which is NOT one of the sectors of the ASEAN Socio-Cultural Community?"


def test_a_choice_found_in_the_list_that_writes_another_is_not_the_odd_one(bot) -> None:
    # "… ประกอบด้วย 15 สาขา ดังนี้ การศึกษา กีฬา … สารสนเทศ …": education is found in the list,
    # which writes sports too; transport (การขนส่ง) is in no list and written nowhere.
    choices = ["Sports", "Education", "Information", "Transport"]
    choice = bot.ask(SECTORS_STEM, choices=choices).choice
    assert choice is not None and choice.index == 3 and choice.decided


def test_the_odd_section_of_choices_placed_by_the_embedding_alone_decides_nothing(bot) -> None:
    # Youth (เยาวชน) is one of the 15 sectors; haze and banking are English words the text does
    # not read, placed beside sports by the embedding alone.
    choices = ["Sports", "Youth", "Haze", "Banking"]
    choice = bot.ask(SECTORS_STEM, choices=choices).choice
    assert choice is not None
    assert not (choice.index == 1 and choice.decided)
