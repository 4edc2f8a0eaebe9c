"""The bilingual pairs the documents give themselves (qa_bot/glosses.py) and what retrieval does
with them: an English name counts where the document writes its Thai term."""

from __future__ import annotations

import pytest

from qa_bot.glosses import GLOSSES, thai_term, thai_term_words, thai_terms
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
