"""A question's words as a reader types them: a misspelt acronym of the document, a compound
newmm cuts where the document's words do not. The expected words and passages are the bundled
document's (corpus/asean_socio_cultural_community.th.txt)."""

from __future__ import annotations

import pytest

from qa_bot.question_words import question_words
from qa_bot.spelling import corpus_names, spelled
from qa_bot.text import tokenize
from qa_bot.vocabulary import knows

from .conftest import ASEAN_FILE

DOCUMENT = ASEAN_FILE.read_text(encoding="utf-8")


def test_the_corpus_names_are_its_acronyms_and_names_not_english_words(bot) -> None:
    names = corpus_names(bot.index)
    # The document writes "(ASEAN Agreement on Diaster Management and Emergency Response:
    # ADDMER)" and "AMCA": acronyms no dictionary has.
    assert "ADDMER" in DOCUMENT and "addmer" in names
    assert "AMCA" in DOCUMENT and "amca" in names
    # "Management", "Response" are English words: the dictionary's lemmas spell them.
    assert "management" not in names and "response" not in names


def test_a_misspelt_acronym_is_read_as_the_document_s(bot) -> None:
    # A reader types the agreement's real acronym, AADMER; the document writes ADDMER.
    assert spelled(bot.index, "ใครเป็นคนลงนามความตกลง AADMER") == "ใครเป็นคนลงนามความตกลง ADDMER"
    words = question_words(bot.index, "ใครเป็นคนลงนามความตกลง AADMER")
    assert "addmer" in words.names
    answer = bot.ask("ใครเป็นคนลงนามความตกลง AADMER")
    assert "ADDMER" in answer.hits[0].text
    assert "ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน" in answer.hits[0].text
    assert answer.verdict != "not_found"
    # Two letters swapped, lower case: still the document's AMCA.
    assert spelled(bot.index, "amac ครั้งที่ 8 จัดที่ไหน") == "amca ครั้งที่ 8 จัดที่ไหน"


@pytest.mark.parametrize(
    "question",
    [
        "NATO ย่อมาจากอะไร",  # no name of the document is one edit from it
        "Who signed the agreement?",  # English words: the dictionary's business
        "What does AUN do?",  # a name the document uses
        "AUS คืออะไร",  # three letters: one edit reaches too many acronyms (AUN, AHA …)
    ],
)
def test_other_latin_words_stay_as_written(bot, question: str) -> None:
    assert spelled(bot.index, question) == question


def test_a_compound_newmm_cuts_wrongly_is_cut_as_the_document_s_words(bot) -> None:
    question = "ซิกาประชุมทางวิดีโอเมื่อวันที่เท่าไหร่"
    # newmm alone reads ชุมทาง ("junction"), a word the document never uses …
    assert "ชุมทาง" in tokenize(question)
    assert "ชุมทาง" not in DOCUMENT
    # … where the document writes การประชุม and ทาง.
    assert "การประชุม" in DOCUMENT
    tokens = question_words(bot.index, question).tokens
    assert "ประชุม" in tokens and "ทาง" in tokens and "ชุมทาง" not in tokens
    # The question's other unknown word, วิดีโอ, is read as the document writes it: "ASEAN
    # Health Minister’s Special Video Conference".
    assert "Special Video Conference" in DOCUMENT and "วิดีโอ" not in DOCUMENT
    assert "video" in tokens and "วิดีโอ" not in tokens
    # The passage of the 19 September 2016 video conference is found.
    hit = bot.ask(question).hits[0]
    assert "เมื่อวันที่ 19 กันยายน ค.ศ. 2016" in hit.text


def test_words_the_corpus_knows_are_not_cut_again(bot) -> None:
    known = knows(bot.index)
    for question in ("การประชุมสุดยอดอาเซียนครั้งที่ 33", "ศูนย์ผู้สูงวัยอาเซียนจะตั้งที่ไหน"):
        assert tokenize(question, known) == tokenize(question)


def test_passages_are_tokenised_as_the_index_was() -> None:
    # No `known`: newmm's words, as `qa-bot build` tokenised the passages.
    assert tokenize("ซิกาประชุมทางวิดีโอ") == ["ซิ", "กา", "ประ", "ชุมทาง", "วิดีโอ"]


@pytest.mark.parametrize(
    ("typed", "meant", "word"),
    [
        # newmm cuts the misspelt word into pieces (อัจ|ริ|ยะ); together they are one edit from
        # the document's "เครือข่ายเมืองอัจฉริยะอาเซียน".
        ("เมืองอัจริยะ", "เมืองอัจฉริยะ", "อัจฉริยะ"),
        # A missing tone mark: "การดื้อยาต้านจุลชีพ".
        ("ดือยา อาเซียน", "ดื้อยา อาเซียน", "ดื้อยา"),
        # A wrong final consonant: "ที่จังหวัดชัยนาท", "เวียงจันทน์".
        ("คลังของช่วยเหลือ ชัยนาด", "คลังของช่วยเหลือ ชัยนาท", "ชัยนาท"),
        ("จ้างงานนอกระบบ เวียงจันทร์", "จ้างงานนอกระบบ เวียงจันทน์", "เวียงจันทน์"),
        # A word ("alien"), but a tone mark short of the document's "แรงงานต่างด้าว".
        ("สิทธิแรงงานต่างดาว", "สิทธิแรงงานต่างด้าว", "ต่างด้าว"),
    ],
)
def test_a_misspelt_thai_word_is_read_as_the_document_s(
    bot, typed: str, meant: str, word: str
) -> None:
    assert word in DOCUMENT and word not in typed
    assert spelled(bot.index, typed) == meant


@pytest.mark.parametrize(
    "question",
    [
        # หน่อย ("please") is a word, however near the document's หน่วย: no typo.
        "ช่วยเขียนเรียงความเรื่องประชาคมอาเซียนให้หน่อย",
        # จับมือ ("shake hands") is one edit from the document's รับมือ, and a word.
        "ถ้าเมืองต่าง ๆ ในอาเซียนอยากจับมือกันพัฒนา มีเวทีไหนรองรับ",
        "ราคาทองคำวันนี้เท่าไหร่",
        # ล is a piece of วิดีโอคอล ("video call"), not a letter typed before เรื่อง.
        "หลังประชุมวิดีโอคอลเรื่องไวรัสซิกา แถลงการณ์ร่วมที่ออกมาระบุแนวทางอะไรไว้",
    ],
)
def test_thai_words_stay_as_written(bot, question: str) -> None:
    assert spelled(bot.index, question) == question


def test_a_thai_translation_that_is_no_loanword_stays_thai(bot) -> None:
    # The dictionary gives "right" for ถูกต้อง, and the document writes "Right" in a name, but
    # ถูกต้อง does not sound like it: a translation, not a loanword.
    tokens = question_words(bot.index, "ข้อใดกล่าวถูกต้องเกี่ยวกับ AUN").tokens
    assert "ถูกต้อง" in tokens and "right" not in tokens


def test_question_words_and_particles_are_words_the_corpus_knows(bot) -> None:
    # A document asks no questions: "ไหน" and the polite "คะ" are in none of its words. newmm
    # cut "ไหนคะ" into ไห|นคะ (both dictionary words); the particle now goes before newmm cuts
    # (text.without_particles), and a question word the document never writes is still known.
    assert "ไหน" not in DOCUMENT
    question = "ปฏิญญาเรื่องช่วยเด็กที่หลุดจากระบบการศึกษา ได้รับการรับรองที่เมืองไหนคะ"
    assert tokenize(question)[-2:] == ["เมือง", "ไหน"]
    assert question_words(bot.index, question).tokens[-2:] == ["เมือง", "ไหน"]
    assert knows(bot.index)("ไหน") and knows(bot.index)("คะ")


def test_two_stop_words_written_together_are_a_stop_word(bot) -> None:
    # newmm's dictionary has ให้ได้ whole; the document writes ให้ and ได้ apart, never together.
    question = "อาเซียนตั้งเป้าว่าจะหยุดการระบาดของเอดส์ให้ได้ภายในปีอะไร"
    assert "ให้ได้" in tokenize(question) and "ให้ได้" not in DOCUMENT
    tokens = question_words(bot.index, question).tokens
    assert "ให้ได้" not in tokens and tokens[tokens.index("เอดส์") + 1] == "ภายใน"
    # A content word stays, known or not (เซ็น "sign": the document writes ลงนาม).
    assert "เซ็น" in question_words(bot.index, "ผู้นำเซ็นกันที่ประเทศอะไร").tokens


@pytest.mark.parametrize(
    ("question", "number"),
    [
        # The document writes "ที่ประชุม AMCA ครั้งที่ 8" and "การประชุมสุดยอดอาเซียน ครั้งที่ 33".
        ("รัฐมนตรีวัฒนธรรมของอาเซียนประชุมครั้งที่แปด จัดขึ้นที่ไหน", "8"),
        ("ประชุมสุดยอดอาเซียนครั้งที่สามสิบสามจัดเมื่อไหร่", "33"),
        ("What did the eighth AMCA meeting adopt?", "8"),
        ("When was the thirty-third ASEAN Summit?", "33"),
    ],
)
def test_numbers_in_words_are_read_as_the_document_s_digits(
    bot, question: str, number: str
) -> None:
    assert f"ครั้งที่ {number}" in DOCUMENT
    words = question_words(bot.index, question)
    assert number in words.tokens and number in words.numbers
    assert f"ครั้งที่ {number}" in bot.ask(question).hits[0].text


def test_one_first_and_english_cardinals_stay_words(bot) -> None:
    # "เป็นหนึ่งเดียว" (as one) and "the first index" (ฉบับแรก) are no digits; a Thai text may
    # count in words ("สองคน"), so "two" stays.
    assert "two" in question_words(bot.index, "Which two bodies signed it?").tokens
    # An ordinal made an adjective by a hyphen is no number.
    assert "2" not in question_words(bot.index, "Which is the second-largest centre?").tokens
    assert "1" not in question_words(bot.index, "ปฏิญญาเรื่องเป็นหนึ่งเดียวกันในการตอบโต้ภัยพิบัติ").tokens
    assert "1" not in question_words(bot.index, "What is the first youth development index?").tokens
