"""The bilingual pairs the documents give themselves (qa_bot/glosses.py) and what retrieval does
with them: an English name counts where the document writes its Thai term."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from qa_bot.config import DEFAULT
from qa_bot.glosses import GLOSSES, thai_term, thai_term_words, thai_terms
from qa_bot.question_words import question_words
from qa_bot.search import fair_bm25, gloss_terms, name_share
from qa_bot.text import tokenize


@pytest.mark.parametrize(
    ("chunk", "term"),
    [
        ("หรือวาริโอเลชัน", "วาริโอเลชัน"),  # a leading stop word is no part of the term
        ("จักรวรรดิออตโตมัน", "จักรวรรดิออตโตมัน"),
        ("2025", ""),  # no Thai: no term
        ("", ""),
    ],
)
def test_the_thai_term_is_the_chunk_before_the_bracket_without_stop_words(chunk, term) -> None:
    assert thai_term(chunk) == term


def test_the_bundled_document_s_english_names_map_to_the_thai_beside_them(bot) -> None:
    # The document: "… อาเซียนได้จัดตั้งเครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network:
    # AUN)" and "… กรอบคุณวุฒิอ้างอิงอาเซียน (ASEAN Qualifications Reference Framework: AQRF)".
    assert any("เครือข่ายมหาวิทยาลัยอาเซียน" in term for term in thai_terms(bot.index, "aun"))
    assert any("กรอบคุณวุฒิอ้างอิงอาเซียน" in term for term in thai_terms(bot.index, "aqrf"))
    assert thai_terms(bot.index, "einstein") == ()  # a word the document never glosses


def test_a_words_terms_are_cut_into_words_once_and_alike(bot) -> None:
    # Retrieval reads them for every question that names the word (search.fair_bm25).
    for word in [*GLOSSES.of(bot.index), "einstein"]:
        cut = tuple(w for term in thai_terms(bot.index, word) for w in tokenize(term))
        assert thai_term_words(bot.index, word) == cut
        assert thai_term_words(bot.index, word) is thai_term_words(bot.index, word)


def test_a_word_glossed_by_many_terms_gets_none(bot) -> None:
    # "asean" is glossed with every ASEAN body's Thai name (24 in the bundled document): a
    # common word of English names, not a name the gloss translates (config.max_gloss_terms).
    index = bot.index
    assert len(thai_terms(index, "asean")) > DEFAULT.retrieval.max_gloss_terms
    assert gloss_terms(index, "asean") == ()
    assert gloss_terms(index, "aun") == thai_terms(index, "aun") != ()
    words = question_words(index, "aun scholarship")
    assert "aun" in words.names
    ids = np.arange(len(index.passages))
    plain = replace(DEFAULT.retrieval, glosses=False)
    none = replace(DEFAULT.retrieval, max_gloss_terms=0)
    # Capped to nothing, a name counts as with glosses off: in BM25 and in the names bonus.
    np.testing.assert_array_equal(fair_bm25(index, words, none), fair_bm25(index, words, plain))
    np.testing.assert_array_equal(
        name_share(index, words, ids, none), name_share(index, words, ids, plain)
    )
    assert not np.array_equal(fair_bm25(index, words), fair_bm25(index, words, plain))
