"""Retrievers alone and fused, the section filter, and the fusion's measured worth."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from qa_bot.config import DEFAULT, RetrievalConfig
from qa_bot.search import retrieve

from .conftest import SHARED_DEV


def _dev_items() -> list[dict]:
    lines = SHARED_DEV.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _lexical(weight: float) -> RetrievalConfig:
    return replace(DEFAULT.retrieval, lexical_weight=weight)


# Dense alone: neither BM25 nor the bonus for holding the question's names counts.
DENSE_ONLY = replace(DEFAULT.retrieval, lexical_weight=0.0, name_weight=0.0)


def _section_at_1(bot, config: RetrievalConfig) -> float:
    items = [i for i in _dev_items() if isinstance(i["gold_section"], int)]
    hits = 0
    for item in items:
        retrieval = retrieve(bot.index, item["question"], k=1, config=config)
        hits += retrieval.candidates[0].passage.section_id == item["gold_section"]
    return hits / len(items)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("AQRF", 1),  # an acronym: BM25 finds it exactly
        ("ADDMER", 6),
        ("โรคติดเชื้อไวรัสซิกา", 5),
        ("ขยะทะเล", 7),
    ],
)
def test_lexical_signal_finds_rare_words(bot, question: str, section: int) -> None:
    top = retrieve(bot.index, question, k=3).candidates[0]
    assert top.lexical == pytest.approx(1.0)  # the passage with the best BM25 score
    assert top.passage.section_id == section


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("How does ASEAN prepare for disasters and emergencies?", 6),  # no shared words
        ("ผู้สูงอายุที่ยังมีศักยภาพ", 5),
        ("universities working together", 1),
    ],
)
def test_dense_signal_finds_paraphrases(bot, question: str, section: int) -> None:
    top = retrieve(bot.index, question, k=3, config=DENSE_ONLY).candidates[0]
    assert top.passage.section_id == section


def test_scores_are_sorted_and_fused_as_documented(bot) -> None:
    share = DEFAULT.retrieval.sentence_share
    assert 0.0 < share < 1.0
    retrieval = retrieve(bot.index, "ความร่วมมือด้านแรงงาน CSR", k=5, config=_lexical(0.5))
    scores = [c.score for c in retrieval.candidates]
    assert scores == sorted(scores, reverse=True)
    for candidate in retrieval.candidates:
        dense = (1 - share) * candidate.dense + share * max(candidate.dense, candidate.sentence)
        fused = dense + 0.5 * candidate.lexical + DEFAULT.retrieval.name_weight * candidate.names
        assert candidate.score == pytest.approx(fused, abs=1e-5)
        assert 0.0 <= candidate.lexical <= 1.0
        assert candidate.names == (1.0 if "CSR" in candidate.passage.text else 0.0)


def test_a_passage_holding_the_questions_acronym_wins_over_a_similar_one(bot) -> None:
    # The model finds the ACAI passage (health, "ศูนย์ … Centre for …") a little closer to
    # "full name of a centre" than the AHA Centre's own passage.
    top = retrieve(bot.index, "AHA Centre มีชื่อเต็มว่าอย่างไร", k=2).candidates
    assert "AHA Centre" in top[0].passage.text and top[0].passage.section_id == 6
    assert top[0].names == 1.0 > top[1].names  # the other holds "centre" alone
    assert top[1].dense > top[0].dense  # without the names term the order would flip


def test_common_latin_words_are_no_names(bot) -> None:
    # "asean" is in nearly every passage; "nato" in none: neither moves a passage.
    for candidate in retrieve(bot.index, "ASEAN NATO", k=5).candidates:
        assert candidate.names == 0.0


def test_section_filter_limits_the_hits(bot) -> None:
    doc = bot.index.documents[0].doc_id
    retrieval = retrieve(bot.index, "AQRF", k=5, sections=[(doc, 3), (doc, 7)])
    assert retrieval.candidates
    assert {c.passage.section_id for c in retrieval.candidates} <= {3, 7}
    assert retrieve(bot.index, "AQRF", k=5, sections=[]).candidates == []


def test_fusion_is_at_least_as_good_as_dense_alone_on_dev(bot) -> None:
    dense_only = _section_at_1(bot, DENSE_ONLY)
    fused = _section_at_1(bot, DEFAULT.retrieval)
    assert fused >= dense_only
    assert fused >= 0.9


# --- fair across languages ------------------------------------------------------------------


def test_a_thai_question_is_matched_lexically_in_full(bot) -> None:
    from qa_bot.question_words import language_match, question_words

    question = "ความร่วมมือด้านแรงงาน CSR"  # Thai words and a name
    assert language_match(question_words(bot.index, question)) == 1.0


def test_an_english_question_s_ordinary_words_are_not_names(bot) -> None:
    from qa_bot.question_words import language_match, question_words

    question = "What is the English name of the declaration on out-of-school children?"
    assert "the" not in question_words(bot.index, question).names
    as_written = replace(DEFAULT.retrieval, translate=False)
    words = question_words(bot.index, question, config=as_written)
    assert language_match(words) == 0.0  # nothing Thai says
    # Through the dictionary (qa_bot/lexicon.py) its words count: each has a Thai term.
    assert language_match(question_words(bot.index, question)) == 1.0
    # Written as names, they are names: "AHA Centre" is in the document's brackets.
    question = "What is the AHA Centre for?"
    assert set(question_words(bot.index, question).names) == {"aha", "centr"}  # stemmed
    # Typed all in lower case (a kiosk), case says nothing: rare words count, except words
    # WordNet writes in lower case (lexicon.common_word: a page's furniture makes them rare,
    # FRESH12 §6). The declaration's English name is still found by its word pairs: the
    # document writes "ONE ASEAN, ONE RESPONSE: ASEAN Responding to Disasters…".
    question = "one asean one response"
    assert not {"one", "respons"} & set(question_words(bot.index, question).names)
    top = retrieve(bot.index, question, k=1).candidates[0]
    assert "ONE ASEAN, ONE RESPONSE" in top.passage.text and top.names > 0


def test_english_word_pairs_match_the_document_s_english_names(bot) -> None:
    from qa_bot.english_names import english_phrases
    from qa_bot.search import phrase_share

    question = "What is the English name of the social work training centre?"
    # ("name" is a stop word: how people ask, not what they ask about.)
    # Stemmed, as the passage's matching text is (Snowball: training -> train, centre -> centr).
    assert english_phrases(question) == ["social work", "work train", "train centr"]
    ids = np.arange(len(bot.index.passages))
    shares = phrase_share(bot.index, question, ids)
    # The document (its own typo): "(ASEAN Traning Centre for Social Work and Social Welfare)".
    best = bot.index.passages[int(np.argmax(shares))]
    assert "Centre for Social Work" in best.text and best.section_id == 4


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # The examples: answered in the document, in Thai.
        (
            "How many characteristics does the ASEAN Socio-Cultural Community Blueprint "
            "2016-2025 have?",
            "มีคุณลักษณะ 5 ข้อ",
        ),
        ("When did SAMCA take place?", "เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018"),
        ("Where is ASEAN's relief stockpile in Thailand?", "จังหวัดชัยนาท"),
        ("Into which sub-areas is ASEAN's environmental cooperation divided?", "สาขาย่อย"),
    ],
)
def test_english_questions_find_the_thai_passage_that_answers(bot, question, evidence) -> None:
    assert evidence in retrieve(bot.index, question, k=1).candidates[0].passage.text


# --- numbers as names -----------------------------------------------------------------------


def test_an_english_ordinal_is_its_number(bot) -> None:
    from qa_bot.question_words import question_words

    words = question_words(bot.index, "When was the 8th AMCA meeting held?")
    assert "th" not in words.tokens and "8" in words.tokens
    assert "th" not in words.translations  # was read as WordNet's "Th" (thorium)
    assert "8" in words.numbers  # "ครั้งที่ 8": few passages hold an 8


def test_a_rare_number_counts_where_the_text_writes_it_whole(bot) -> None:
    import re

    from qa_bot.question_words import question_words
    from qa_bot.search import name_share

    words = question_words(bot.index, "What did the 8th AMCA meeting adopt?")
    ids = np.arange(len(bot.index.passages), dtype=np.int64)
    shares = name_share(bot.index, words, ids)
    texts = [bot.index.passages[int(i)].text for i in ids]
    eight = [bool(re.search(r"(?<!\d)8(?!\d)", t)) for t in texts]
    # The passage of "AMCA ครั้งที่ 8" holds both; one holding only 2018 holds neither word.
    assert any(s == 1.0 and "AMCA ครั้งที่ 8" in t for s, t in zip(shares, texts, strict=True))
    only_years = [s for s, t, e in zip(shares, texts, eight, strict=True) if "2018" in t and not e]
    assert only_years and all(s == 0.0 or s < 1.0 for s in only_years)
    plain = replace(DEFAULT.retrieval, number_names=False)
    assert (
        question_words(bot.index, "What did the 8th AMCA meeting adopt?", config=plain).numbers
        == {}
    )


@pytest.mark.parametrize("passages", [10, 21, 22, 120])
def test_a_name_is_a_word_fewer_than_the_share_of_passages_hold(passages) -> None:
    # RetrievalConfig.rare_name_share (0.2): of 21 passages, 4 (0.19) is fewer, 5 (0.24) is
    # not; of 10, 1 is fewer and 2 (0.2 exactly) is not — by the IDF the index's table holds.
    import math
    from types import SimpleNamespace

    from qa_bot.vocabulary import rare_idf

    share = DEFAULT.retrieval.rare_name_share
    line = rare_idf(SimpleNamespace(passages=[None] * passages), share)
    for df in range(1, passages + 1):
        idf = math.log(1.0 + (passages - df + 0.5) / (df + 0.5))
        assert (idf >= line) == (df < share * passages), df
