"""Named things and numbers a question gives that the documents never write (qa_bot/entities.py,
FRESH11 §1 and §8).

What the bundled document writes is read from the document itself (source_text): each case
first checks that the name, number or everyday word is (or is not) in its text.
"""

from __future__ import annotations

import pytest

from qa_bot.entities import (
    _name_partners,
    is_everyday_thai,
    is_wikipedia_title,
    latin_names,
    sibling_names,
    thai_names,
    unmentioned_names,
    unmentioned_numbers,
    wikipedia_titles,
)
from qa_bot.types import ANSWERED


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("ผู้นำอาเซียนพูดถึงโควิด-19 ว่าอย่างไร", ("โควิด", "covid")),
        ("What did ASEAN leaders decide about COVID-19?", ("โควิด", "covid")),
        ("thaipdf รองรับ Microsoft Word ไหม", ("thaipdf",)),
        ("ไอโฟนรุ่นล่าสุดราคาเท่าไหร่", ("ไอโฟน", "iphone")),
        ("ผู้นำอาเซียนพูดถึงเมียนมาว่าอย่างไร", ("เมียนมา", "พม่า", "myanmar")),
    ],
)
def test_a_name_the_document_never_writes_is_unmentioned(
    bot, source_text: str, question: str, absent: tuple[str, ...]
) -> None:
    assert not any(name in source_text.lower() for name in absent)
    assert unmentioned_names(bot.index, question)


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("ซิกาไวรัสติดต่อทางไหน", "ซิกา"),
        ("What did the health ministers say about Zika?", "Zika"),
        ("AQRF ย่อมาจากอะไร", "AQRF"),
        # The document writes the city in Thai only; the English name sounds like it.
        ("What principle is the declaration named after Yogyakarta about?", "ยอกยาการ์ตา"),
    ],
)
def test_a_name_the_document_writes_is_mentioned(
    bot, source_text: str, question: str, written: str
) -> None:
    assert written in source_text
    assert unmentioned_names(bot.index, question) == ()


@pytest.mark.parametrize(
    ("question", "everyday"),
    [
        ("ทำไมไทยถึงผลักดันเรื่องคนแก่ในอาเซียน", "คนแก่"),
        ("ปีแห่งวัฒนธรรมอาเซียนที่ไทยเสนอ ใช้ชื่อภาษาอังกฤษว่าอะไร", "ภาษาอังกฤษ"),
        ("เด็กขาดสารอาหาร อาเซียนเคยตกลงเรื่องนี้ไว้ไหม", "ขาดสารอาหาร"),
    ],
)
def test_an_everyday_word_the_document_never_writes_is_no_name(
    bot, source_text: str, question: str, everyday: str
) -> None:
    # A paraphrase's everyday words: the document says ผู้สูงอายุ / ผู้สูงวัย, names no
    # language, speaks of ภาวะทุพโภชนาการ.
    assert everyday not in source_text
    assert unmentioned_names(bot.index, question) == ()


def test_what_counts_as_a_name() -> None:
    # Not in the Royal Society's dictionary and rare in the Thai National Corpus: a name.
    assert not is_everyday_thai("โควิด")
    assert not is_everyday_thai("ต้มยำกุ้ง")
    # A dictionary word, a common word, a compound of common words, an English word by sound.
    assert all(map(is_everyday_thai, ["นิวเคลียร์", "วิดีโอ", "ออกมา", "เวิร์กช็อป"]))
    assert thai_names("กทม") == ()  # an abbreviation: no vowel to read it by
    assert latin_names("What did ASEAN leaders decide about COVID-19?") == ("covid",)
    # Words of the English dictionary are no names, in capitals or run together (ASEAN, whose
    # Thai term is อาเซียน, too); an acronym no dictionary has is, in any question.
    assert latin_names("ASEAN's Enabling Masterplan EXCEPT") == ()
    assert latin_names("AUN มี main activities อะไรบ้าง") == ("aun",)


def test_a_sibling_of_a_name_the_document_writes_is_unmentioned(bot, source_text: str) -> None:
    # The document is about one pillar, never the Economic Community.
    assert "ประชาคมสังคมและวัฒนธรรมอาเซียน" in source_text
    assert "ASEAN Socio-Cultural Community" in source_text
    assert "ประชาคมเศรษฐกิจ" not in source_text
    assert "Economic Community" not in source_text
    index = bot.index
    assert sibling_names(index, "ประชาคมเศรษฐกิจอาเซียนมีเป้าหมายอะไร")
    assert sibling_names(index, "What are the main goals of the ASEAN Economic Community?")
    assert sibling_names(index, "ประชาคมสังคมและวัฒนธรรมอาเซียนมีเป้าหมายอะไร") == ()
    assert sibling_names(index, "What is the ASEAN Socio-Cultural Community Blueprint?") == ()


@pytest.mark.parametrize(
    ("question", "written", "missing"),
    [
        ("AMCA ครั้งที่ 9 จัดที่ไหน", "ครั้งที่ 8", ("ครั้งที่ 9",)),
        ("Which country hosted the 9th AMCA meeting?", "ครั้งที่ 8", ("9th",)),
        ("การประชุมสุดยอดอาเซียนครั้งที่ 35 จัดที่ไหน", "ครั้งที่ 33", ("ครั้งที่ 35",)),
        # The 10 of a date is no count of countries.
        ("อาเซียนมีสมาชิก ๑๐ ประเทศใช่ไหม", "10 กรกฎาคม", ("10 ประเทศ",)),
        ("ในปี 2565 อาเซียนทำอะไร", "2562", ("2565",)),
    ],
)
def test_a_number_the_document_never_gives_is_unmentioned(
    bot, source_text: str, question: str, written: str, missing: tuple[str, ...]
) -> None:
    assert written in source_text
    assert unmentioned_numbers(bot.index, question) == missing


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("AMCA ครั้งที่ 8 จัดที่ไหน", "ครั้งที่ 8"),
        # "ครั้งที่ 28-29": the 29th is written as the end of a range.
        ("การประชุมสุดยอดอาเซียนครั้งที่ 29 รับรองอะไร", "ครั้งที่ 28-29"),
        # A year in the other era: the document writes ค.ศ. 2018, พ.ศ. 2561 is the same year.
        ("ในปี 2561 รัฐมนตรีวัฒนธรรมประชุมที่ไหน", "2018"),
        # Classifiers of abstract things count the same things (คุณลักษณะ 5 ข้อ).
        ("แผนงานมีลักษณะเด่น 5 อย่าง คืออะไรบ้าง", "5 ข้อ"),
        # A name's number is no count ("โควิด-19 ว่า…": the name is what the document lacks).
        ("ผู้นำอาเซียนพูดถึงโควิด-19 ว่าอย่างไร", "ผู้นำ"),
    ],
)
def test_a_number_the_document_gives_is_mentioned(
    bot, source_text: str, question: str, written: str
) -> None:
    assert written in source_text
    assert unmentioned_numbers(bot.index, question) == ()


def test_the_judge_reads_unmentioned_names_and_numbers(bot) -> None:
    values = bot.ask("ผู้นำอาเซียนพูดถึงโควิด-19 ว่าอย่างไร").evidence.values
    assert values["unmentioned_entity"] == 1.0
    assert bot.ask("AMCA ครั้งที่ 8 จัดที่ไหน").evidence.values["unmentioned_entity"] == 0.0


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("ผู้นำอาเซียนพูดถึงโควิด-19 ว่าอย่างไร", "โควิด"),
        ("What did ASEAN leaders decide about COVID-19?", "COVID"),
        ("ประชาคมเศรษฐกิจอาเซียนมีเป้าหมายอะไร", "ประชาคมเศรษฐกิจ"),
        ("What are the main goals of the ASEAN Economic Community?", "Economic Community"),
    ],
)
def test_a_question_about_a_thing_the_document_never_names_is_not_answered(
    bot, source_text: str, question: str, absent: str
) -> None:
    assert absent not in source_text
    assert bot.ask(question).verdict != ANSWERED


def test_a_name_of_several_words_is_written_when_one_of_them_is() -> None:
    # A translation transliterates each word of a name its own way: "Tokugawa Yoshinobu" is
    # found by either word's Thai spelling.
    assert _name_partners("When did Tokugawa Yoshinobu resign?", "tokugawa") == ["yoshinobu"]
    assert _name_partners("What did COVID change?", "covid") == []


def test_an_acronym_the_document_never_writes_is_unmentioned(bot, source_text: str) -> None:
    # The bundled document writes its acronyms in Latin capitals (AQRF, AUN …), never AFTA.
    assert "AQRF" in source_text and "AFTA" not in source_text
    assert unmentioned_names(bot.index, "AFTA ลดภาษีเหลือกี่เปอร์เซ็นต์") == ("afta",)


def test_titles_looked_up_together_are_those_looked_up_one_by_one() -> None:
    # A question's spans are looked up in one search (sibling names): the same answers as one
    # at a time, a title of the Thai Wikipedia (ประเทศไทย) and a run of words that is none.
    names = ["ประเทศไทย", "ประชาคมอาเซียน", "อาเซียนมีเป้าหมายอะไร", "ก", ""]
    assert wikipedia_titles(names) == [is_wikipedia_title(name) for name in names]
    assert wikipedia_titles(names)[0] and not wikipedia_titles(names)[2]
    assert wikipedia_titles([]) == []
