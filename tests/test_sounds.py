"""Foreign names written in Thai letters, found from their English spelling (qa_bot/sounds.py).

The pairs are the articles' own (bench/data/reading: each article writes the name in Thai; the
English spelling is the one its English questions use)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from qa_bot import QABot, build_index, search
from qa_bot.config import DEFAULT
from qa_bot.question_words import language_match, question_words
from qa_bot.sounds import (
    english_sound,
    similarity,
    skeleton,
    sounding_in,
    sounding_like,
    thai_sound,
)

READING = Path(__file__).resolve().parent.parent / "bench" / "data" / "reading"
THRESHOLD = DEFAULT.retrieval.sound_similarity

# (English spelling, the Thai spelling an article writes)
PAIRS = (
    ("Kaldi", "คาลดี"),  # coffee.txt
    ("Einstein", "ไอน์สไตน์"),  # albert_einstein.txt: ์ marks letters kept from the spelling
    ("Shackleton", "แช็กเคิลตัน"),  # antarctica.txt
    ("Shinkansen", "ชินกันเซ็น"),  # tokyo_1964_olympics.txt
    ("Messner", "เม็สส์เนอร์"),  # mount_everest.txt
    ("Singapore", "สิงคโปร์"),
    ("Enceladus", "เอนเซลาดัส"),  # saturn.txt: newmm cuts it in four, เอน เซ ลา ดัส
    ("Phuket", "ภูเก็ต"),  # the bundled document: English ph is RTGS's aspirated p (ภ)
    ("Philippines", "ฟิลิปปินส์"),  # and the f of a Greek loan
    ("Zika", "ซิกา"),
    ("Orhan", "ออร์ฮัน"),  # ottoman_empire.txt: a word's first อ carries the vowel อ (o)
    ("Mehmed", "เมห์เมต"),  # ottoman_empire.txt: a final ต sounds t, as a final d does
)


@pytest.mark.parametrize(("english", "thai"), PAIRS)
def test_a_name_and_its_thai_spelling_sound_alike(english: str, thai: str) -> None:
    ours, theirs = english_sound(english), thai_sound(thai)
    assert skeleton(ours) == skeleton(theirs)
    assert similarity(ours, theirs) >= THRESHOLD


def test_thai_words_that_share_only_consonant_classes_do_not_match() -> None:
    # ช้าง (elephant) has the consonant classes of "Zhang" but is no spelling of it.
    assert skeleton(english_sound("Zhang")) == skeleton(thai_sound("ช้าง"))
    assert similarity(english_sound("Zhang"), thai_sound("ช้าง")) < THRESHOLD


def test_leading_vowels_sound_after_their_consonant() -> None:
    assert thai_sound("โทมัส") == "tomas"
    assert thai_sound("เกรซ") == "kres"  # a cluster: the vowel follows both consonants


@pytest.fixture(scope="module")
def coffee_bot(tmp_path_factory) -> QABot:
    corpus = tmp_path_factory.mktemp("corpus")
    for slug in ("coffee", "antarctica", "honey_bee"):
        for name in (f"{slug}.txt", f"{slug}.txt.meta.json"):
            shutil.copyfile(READING / "articles" / name, corpus / name)
    index = tmp_path_factory.mktemp("built") / "index"
    build_index(corpus, index)
    return QABot.load(index)


def test_an_english_question_finds_the_name_the_thai_text_transliterates(coffee_bot) -> None:
    index = coffee_bot.index
    words = question_words(index, "Who was Kaldi?")
    assert set(words.sounds) == {"kaldi"} and set(words.sounds["kaldi"]) == {"คาลดี"}
    assert language_match(words) == 1.0  # the name is something the Thai text says
    top = search.retrieve(index, "Who was Kaldi?", k=1).candidates[0]
    assert "คาลดี" in top.passage.text and top.names == 1.0
    plain = replace(DEFAULT.retrieval, transliterate=False)
    assert question_words(index, "Who was Kaldi?", config=plain).sounds == {}


def test_dictionary_words_and_acronyms_are_not_looked_for_by_sound(coffee_bot) -> None:
    words = question_words(coffee_bot.index, "Why is the IOC careful about coffee?")
    assert words.sounds == {}


def test_a_sentence_s_first_word_is_no_name_for_its_capital(coffee_bot) -> None:
    # "Until" has no Thai sense in the dictionary and is written with a capital: it starts the
    # sentence. In a question typed all in lower case every unknown word may be a name.
    index = coffee_bot.index
    assert "until" not in question_words(index, "Until when did Kaldi keep goats?").sounds
    assert "kaldi" in question_words(index, "who was kaldi").sounds


def test_warm_up_builds_the_spellings_table() -> None:
    from qa_bot.sounds import SOUNDS

    from .conftest import INDEX_DIR

    bot = QABot.load(INDEX_DIR)
    assert SOUNDS not in bot.index.derived
    bot.warm_up()
    assert SOUNDS in bot.index.derived


def test_a_name_written_as_two_words_is_tried_whole(bot) -> None:
    # The bundled document writes ชัยนาท; a question writes "Chai Nat". Alone, "chai" has one
    # consonant class, shared by too many everyday words (it matched เอชไอวี, HIV).
    words = question_words(bot.index, "Where is the relief warehouse in Chai Nat?")
    assert set(words.sounds) == {"chai", "nat"}
    assert set(words.sounds["chai"]) == {"ชัยนาท"}
    assert sounding_like(bot.index, "chai", THRESHOLD) == {}


def _article(slug: str) -> str:
    return (READING / "articles" / f"{slug}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "slug", "thai"),
    [
        # a place's adjective: "Saharan dust" is the Sahara's (the article writes สะฮารา 12
        # times and ซาฮารา twice: both sound "sahara", the first in Thai order is given)
        ("Saharan", "sahara", "ซาฮารา"),
        ("Zhang Qian", "silk_road", "จางเชียน"),  # Hanyu Pinyin: zh is จ
        ("Kaminaga", "tokyo_1964_olympics", "คามินางะ"),  # a Japanese g is written ง
        ("Shackleton", "antarctica", "แช็กเคิลตัน"),
    ],
)
def test_a_name_is_found_in_the_text_that_transliterates_it(name, slug, thai) -> None:
    assert sounding_in([_article(slug)], name, THRESHOLD) == thai


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        # The article's only แม่มด is the "Oriental Witches" volleyball team: a word the
        # dictionary translates ("witch") and does not sound like, no transliteration.
        ("Mehmed", "tokyo_1964_olympics"),
        ("Chiang Mai", "sahara"),
    ],
)
def test_a_name_the_text_does_not_write_matches_nothing(name, slug) -> None:
    assert sounding_in([_article(slug)], name, THRESHOLD) is None


def test_a_name_is_found_in_whichever_of_several_texts_writes_it() -> None:
    # The texts' spellings are grouped by sound once per text (sounds._keyed) and read in the
    # texts' order: silk_road.txt writes จางเชียน and sahara.txt สะฮารา / ซาฮารา, in either order.
    texts = [_article("sahara"), _article("silk_road")]
    for read in (texts, texts[::-1]):
        assert sounding_in(read, "Zhang Qian", THRESHOLD) == "จางเชียน"
        assert sounding_in(read, "Saharan", THRESHOLD) == "ซาฮารา"


def test_the_bundled_document_s_places_are_found_by_sound(bot) -> None:
    # The document writes "ที่จังหวัดภูเก็ต", "ไวรัสซิกา", "ที่เมืองยอกยาการ์ตา" and no Jakarta:
    # a transliteration keeps a name's first sound, so ยาการ์ตา (the end of ยอกยาการ์ตา) is not it.
    assert set(sounding_like(bot.index, "phuket", THRESHOLD)) == {"ภูเก็ต"}
    assert set(sounding_like(bot.index, "zika", THRESHOLD)) == {"ซิกา"}
    assert set(sounding_like(bot.index, "yogyakarta", THRESHOLD)) == {"ยอกยาการ์ตา"}
    assert sounding_like(bot.index, "jakarta", THRESHOLD) == {}


def test_an_english_word_is_no_name_unless_written_as_one(coffee_bot) -> None:
    # "waggle" has no Thai term in the dictionary, but WordNet writes it in lower case: an
    # English word (honey_bee.txt says การเต้นรำแบบส่ายตัว, no transliteration of it).
    index = coffee_bot.index
    for question in (
        "what does the duration of the waggle run indicate",
        "who decoded the waggle dance?",
    ):
        assert "waggl" not in question_words(index, question).sounds


def test_a_corpus_too_large_for_the_table_finds_names_near_the_question(
    coffee_bot, monkeypatch
) -> None:
    # Above MAX_PASSAGES no table of the whole corpus is built: the name is looked for in the
    # passages the embedding found nearest, and found the same (coffee.txt writes คาลดี).
    from qa_bot import sounds

    index = coffee_bot.index
    monkeypatch.setattr(sounds, "MAX_PASSAGES", len(index.passages) - 1)
    retrieval = search.retrieve(index, "Who was Kaldi?", k=1)
    assert set(retrieval.words.sounds["kaldi"]) == {"คาลดี"}
    assert retrieval.words.sounds["kaldi"]["คาลดี"] > 0  # weighed by its rarest word
    top = retrieval.candidates[0]
    assert "คาลดี" in top.passage.text and top.names == 1.0
