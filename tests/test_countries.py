"""A question naming a country the documents never mention (qa_bot/countries.py, FRESH10 §1).

Which countries the bundled document names is read from the document itself (source_text),
not from the code: the expected values below hold for any text that names Singapore and the
Philippines and never Myanmar, Cambodia or Peru, in either script.
"""

from __future__ import annotations

import pytest

from qa_bot.answer_types import PLACE, has_place_level, has_value
from qa_bot.countries import countries_in, country_names, named_countries, unmentioned_countries
from qa_bot.text import normalize
from qa_bot.types import ANSWERED


def test_a_thai_country_name_counts_only_as_whole_words() -> None:
    # Both Thai spellings of Myanmar are one country (the Royal Society's เมียนมา and พม่า).
    spellings = ("พม่า", "เมียนมา", "เมียนมาร์")
    assert named_countries("ผู้นำอาเซียนพูดถึงพม่าว่าอย่างไร") == {"พม่า": spellings}
    assert named_countries("ผู้นำอาเซียนพูดถึงเมียนมาว่าอย่างไร") == {"เมียนมา": spellings}
    # ลาว (Laos) inside ลาวา (lava) is no country.
    assert named_countries("ลาวาจากภูเขาไฟไหลไปถึงไหน") == {}


def test_a_latin_country_name_is_checked_through_its_thai_spellings() -> None:
    assert named_countries("What did ASEAN leaders say about Myanmar?")["myanmar"][0] == "พม่า"
    assert "กัมพูชา" in named_countries("Cambodia?")["cambodia"]
    # Short words with a country among their dictionary senses (in: Indiana) are no names.
    assert named_countries("In which year was it signed?") == {}


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("What did ASEAN leaders say about Myanmar?", ("พม่า", "myanmar")),
        ("ผู้นำอาเซียนพูดถึงกัมพูชาว่าอย่างไร", ("กัมพูชา", "cambodia")),
        ("What is the capital of Peru?", ("เปรู", "peru")),
        ("ผู้นำอาเซียนพูดถึงเมียนมาว่าอย่างไร", ("เมียนมา", "พม่า", "myanmar")),
    ],
)
def test_a_country_the_document_never_writes_is_unmentioned(
    bot, source_text: str, question: str, absent: tuple[str, ...]
) -> None:
    lowered = source_text.lower()
    assert not any(name in lowered for name in absent)  # the document's own text
    assert unmentioned_countries(bot.index, question)


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("When did SAMCA take place in Singapore?", "สิงคโปร์"),
        ("การประชุมที่ฟิลิปปินส์จัดขึ้นเรื่องอะไร", "ฟิลิปปินส์"),
    ],
)
def test_a_country_the_document_writes_is_mentioned(
    bot, source_text: str, question: str, written: str
) -> None:
    assert written in source_text
    assert named_countries(question)
    assert unmentioned_countries(bot.index, question) == ()


@pytest.mark.parametrize(
    "question",
    [
        "What did ASEAN leaders say about Myanmar?",
        "What did ASEAN leaders say about Cambodia?",
        "ผู้นำอาเซียนพูดถึงพม่าว่าอย่างไร",
    ],
)
def test_a_question_about_an_unmentioned_country_is_not_answered(bot, question: str) -> None:
    answer = bot.ask(question)
    assert answer.verdict != ANSWERED
    assert answer.evidence.values["unmentioned_country"] == 1.0


@pytest.mark.parametrize(
    "name", ["เมียนมา", "บรูไน", "ติมอร์ตะวันออก", "เช็กเกีย", "เอสวาตินี", "ทูร์เคีย", "ซูดานใต้"]
)
def test_current_spellings_older_lists_lack_are_countries(name: str) -> None:
    # The Royal Society's list of country names writes these; PyThaiNLP's list predates them.
    assert name in named_countries(f"ผู้นำอาเซียนพูดถึง{name}ว่าอย่างไร")


def test_one_country_list_serves_the_place_checks() -> None:
    # answer_types reads the same list: a place question asking which country is answered by
    # เมียนมา as by พม่า.
    assert has_place_level("การประชุมจัดที่เมียนมา", "country")
    assert has_value("การประชุมจัดที่บรูไน", PLACE)


def test_the_countries_a_text_holds_are_found_in_one_pass(source_text: str) -> None:
    text = normalize(source_text)
    assert countries_in(text) == {name for name in country_names() if name in text}
    # A name inside a longer one is reported with it (South Sudan is written with Sudan).
    assert countries_in("ผู้แทนจากซูดานใต้") == {"ซูดาน", "ซูดานใต้"}


def test_the_last_questions_answer_is_its_own(bot, source_text: str) -> None:
    # unmentioned_countries keeps the last question's answer (the judge asks twice a question):
    # questions asked in turn each get their own.
    assert "พม่า" not in source_text and "สิงคโปร์" in source_text
    for _ in range(2):
        assert unmentioned_countries(bot.index, "ผู้นำอาเซียนพูดถึงพม่าว่าอย่างไร") == ("พม่า",)
        assert unmentioned_countries(bot.index, "การประชุมที่สิงคโปร์จัดขึ้นเรื่องอะไร") == ()
