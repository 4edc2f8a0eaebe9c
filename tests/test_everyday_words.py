"""Everyday and kiosk wording of what the document names otherwise (FRESH17 §3, FRESH17a §3.1,
NOTE17 Left 6): a piece of the document's compound, romanised Thai, tone marks left out. The
expected words are the bundled document's (corpus/)."""

from __future__ import annotations

import pytest

from qa_bot.question_words import question_words
from qa_bot.search import retrieve
from qa_bot.sounds import english_sound, fold, native_sound, romanised_words, similarity
from qa_bot.spelling import spelled
from qa_bot.text import is_english_stop_word


def test_a_piece_of_the_document_s_compound_finds_the_compound(bot) -> None:
    # The document writes "การให้ทุนการศึกษา" (the AUN's activities); newmm keeps ทุนการศึกษา
    # whole, so a question's "ทุน" matched no passage.
    words = question_words(bot.index, "ทุนเรียน")
    assert "ทุนการศึกษา" in words.compounds
    top = retrieve(bot.index, "ทุนเรียน").candidates[0].passage
    assert "ทุนการศึกษา" in top.text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("khong", "ของ"),  # was "thong": romanised Thai is no typo of an English word
        ("kan suksa", "การศึกษา"),  # RTGS writes การ kan: a final ร sounds n
        ("kaan suksa", "การศึกษา"),
        ("raeng ngan tang dao", "แรงงาน ต่างด้าว"),  # "tang" is English, and a syllable here
        ("Phuket kaya thale", "Phuket ขยะ ทะเล"),  # a name by sound stays for the names bonus
    ],
)
def test_romanised_thai_is_read_as_the_document_s_thai_word(bot, typed: str, read: str) -> None:
    assert spelled(bot.index, typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "ACAI yu thi nai",  # อยู่ที่ไหน: romanised stop words are joined into no word
        "patinya Yokyakarta",  # sounds like ปฏิญญา and พัฒนา alike: left as typed
        "What does ASEAN do about migrant workers?",
    ],
)
def test_words_that_spell_no_one_thai_word_stay(bot, typed: str) -> None:
    assert spelled(bot.index, typed) == typed


def test_the_official_romanisation_spells_the_word(bot) -> None:
    # The Royal Institute's romanisations of the document's words.
    for typed, thai in (
        ("kansueksa", "การศึกษา"),
        ("raengngan", "แรงงาน"),
        ("sitthi", "สิทธิ"),
    ):
        assert romanised_words(bot.index, typed, 0.85, 4) == (thai,)


def test_tone_marks_left_out_are_read_as_the_document_s_word(bot) -> None:
    # Kiosk typing drops every tone mark: ต่างด้าว has two, one edit would not reach it.
    assert spelled(bot.index, "สิทธิแรงงานตางดาว") == "สิทธิแรงงานต่างด้าว"
    assert spelled(bot.index, "ความรวมมือสิงแวดลอม") == "ความรวมมือสิ่งแวดล้อม"


# --- FRESH18 §4, FRESH18a K2/K6: romanised words split anywhere, names of several words,
# everyday classifiers.


@pytest.mark.parametrize("typed", ["sathara nasuk", "sathar ana suk", "satharanasuk"])
def test_romanised_thai_split_anywhere_is_read_whole(bot, typed: str) -> None:
    # สาธารณสุข is the Health sector's label; typed in two or three pieces it was read as
    # English typos ("sahara nasua") and answered from the Culture sector.
    assert spelled(bot.index, typed) == "สาธารณสุข"
    answer = bot.ask(typed)
    assert "สาธารณสุข" in answer.hits[0].section_label
    assert answer.verdict == "answered"


def test_a_name_romanised_in_two_words_is_no_typo(bot) -> None:
    # The document writes เวียงจันทน์ (the Vientiane declaration); "wiang" was "corrected" to
    # "wing". RTGS writes จันทน์ chan: the ท between the final น and the silent one is silent.
    assert spelled(bot.index, "wiang chan") == "wiang chan"
    sounds = question_words(bot.index, "wiang chan").sounds
    assert set(sounds) == {"wiang", "chan"}
    assert "เวียงจันทน์" in sounds["wiang"]


@pytest.mark.parametrize(
    ("thai", "rtgs"),
    # The Royal Institute's romanisations (RTGS, 1999): a silent letter's cluster drops.
    [("อินทร์", "in"), ("ศาสตร์", "sat"), ("ภูมินทร์", "phumin"), ("การศึกษา", "kansueksa")],
)
def test_rtgs_sounds_a_syllable_s_final_alone(thai: str, rtgs: str) -> None:
    assert similarity(fold(english_sound(rtgs)), fold(native_sound(thai))) >= 0.85


def test_a_syllable_that_is_a_stop_word_s_stem_is_no_stop_word() -> None:
    # "mani" is many's stem, and the last syllable of พระอภัยมณี (Phra Aphai Mani).
    assert not is_english_stop_word("mani")
    assert is_english_stop_word("many")
    assert is_english_stop_word("having")


def test_a_count_asked_in_the_noun_counted(bot) -> None:
    # "15 สาขา" counts the fields of cooperation: "…มีสาขาทั้งหมดกี่อัน" asks in the everyday
    # classifier อัน, and the noun สาขา is its own classifier in the text.
    answer = bot.ask("ความร่วมมือของอาเซียนมีสาขาทั้งหมดกี่อัน")
    assert "15 สาขา" in answer.hits[0].answer_sentence
    assert answer.verdict == "answered"


# A small document of this test's own (not the bundled one), whose counts a visitor asks for in
# other words.
_VOLLEYBALL = (
    "# วอลเลย์บอลชายหาด\n\n"
    "วอลเลย์บอลชายหาดแข่งขันกันทีมละ 2 คน แต่ละเซตนับ 21 คะแนน "
    "ทีมที่ชนะ 2 เซตก่อนเป็นฝ่ายชนะ\n\n"
    "ในฤดูกาลที่ผ่านมามีผู้บาดเจ็บจากการแข่งขัน 14 ราย ส่วนใหญ่บาดเจ็บที่ข้อเท้า\n"
)


@pytest.fixture(scope="module")
def own(bot_over):
    return bot_over("everyday", {"volleyball.md": _VOLLEYBALL})


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("เซตหนึ่งเล่นกี่แต้ม", "21 คะแนน"),  # แต้ม: คะแนน's Thai WordNet synonym
        ("ฤดูกาลที่แล้วมีคนเจ็บกี่คน", "14 ราย"),  # ราย counts people (Royal Institute)
    ],
)
def test_a_count_in_an_everyday_classifier_is_answered(own, question, said) -> None:
    answer = own.ask(question)
    assert said in answer.hits[0].answer_sentence
    assert answer.verdict == "answered"


# --- Acronyms typed by their letters' names (kiosk): the document writes AUN, AQRF, ACAI.


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("เอยูเอ็นคืออะไร", "AUN คืออะไร"),
        ("เอคิวอาร์เอฟคืออะไร", "AQRF คืออะไร"),
        ("ศูนย์เอซีเอไออยู่ที่ไหน", "ศูนย์ ACAI อยู่ที่ไหน"),
    ],
)
def test_an_acronym_typed_by_its_letters_names_is_the_acronym(bot, typed: str, read: str) -> None:
    assert spelled(bot.index, typed) == read
    assert bot.ask(typed).verdict == bot.ask(read).verdict == "answered"


def test_the_acronym_s_answer_is_the_document_s(bot) -> None:
    # "(ASEAN University Network: AUN)" is written in the Education sector.
    hit = bot.ask("เอยูเอ็นคืออะไร").hits[0]
    assert hit.section_label == "การศึกษา"
    assert "AUN" in hit.text


# เอชไอวี: the document writes it in Thai letters itself (and HIV beside it).
@pytest.mark.parametrize("typed", ["เอเชีย", "โอเค", "ทีมเอ", "ดีใจ", "การยุติเอชไอวีและเอดส์"])
def test_words_that_only_start_with_a_letter_s_name_stay(bot, typed: str) -> None:
    assert spelled(bot.index, typed) == typed
