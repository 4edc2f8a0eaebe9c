"""An English word the dictionary lacks is translated through its family (question_words.
family_words): the Thai WordNet files few adjectives and verbs, and English questions ask with
them ("environmental", "cultural", "adopted")."""

from __future__ import annotations

from dataclasses import replace

from qa_bot.config import DEFAULT
from qa_bot.question_words import family_words, question_words
from qa_bot.search import retrieve

from .conftest import ASEAN_FILE

NO_FAMILY = replace(DEFAULT.retrieval, stem_family=False)


def test_an_adjective_is_read_through_the_noun_of_its_family(bot) -> None:
    # The document names the pillar's sector วัฒนธรรมและศิลปะ; "cultural" is no dictionary
    # word, "culture" is.
    assert "วัฒนธรรม" in ASEAN_FILE.read_text(encoding="utf-8")
    words = question_words(bot.index, "Which cultural events did ASEAN hold?")
    assert "วัฒนธรรม" in words.translated
    off = question_words(bot.index, "Which cultural events did ASEAN hold?", config=NO_FAMILY)
    assert "วัฒนธรรม" not in off.translated


def test_a_word_the_dictionary_has_keeps_its_own_terms() -> None:
    assert family_words("environment") == ()
    assert family_words("environmental")  # through "environment…" lemmas


def test_environmental_cooperation_finds_the_environment_sector(bot) -> None:
    # FRESH11 §7: the English question went to the disaster-management section. The document
    # lists the environment cooperation's sub-sectors (สาขาย่อย) in one passage.
    listing = [p for p in bot.index.passages if "สาขาย่อย" in p.text and "สิ่งแวดล้อม" in p.text]
    assert len(listing) == 1
    question = "Which sub-sectors does ASEAN environmental cooperation cover?"
    top = retrieve(bot.index, question, k=1).candidates[0].passage
    assert top.id == listing[0].id
