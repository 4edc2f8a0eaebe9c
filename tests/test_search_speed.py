"""Retrieval's shortcuts give what the plain computations give (bench/spelling_latency.py
measures what they save): BM25 of a query whose words repeat, each passage's best sentence
cosine, the normalised texts warm-up puts in their caches."""

from __future__ import annotations

import numpy as np
import pytest

from qa_bot import QABot
from qa_bot.glosses import GLOSSES, thai_term_words
from qa_bot.search import (
    NORMALIZED_PASSAGES,
    NORMALIZED_SENTENCES,
    _bm25,
    best_sentence_cosines,
    warm_normalized,
)
from qa_bot.store import lexical
from qa_bot.text import matching_text, with_year_variants

from .conftest import INDEX_DIR


def _gloss_query(bot: QABot) -> list[str]:
    # The words a question naming every glossed word brings to BM25: many repeats (the terms
    # of "asean" share อาเซียน), as fair_bm25 sends them.
    words = [w for word in GLOSSES.of(bot.index) for w in thai_term_words(bot.index, word)]
    assert len(words) > 2 * len(set(words))
    return words


@pytest.mark.parametrize(
    "tokens",
    [
        ["อาเซียน", "อาเซียน", "ศูนย์", "aqrf"],
        ["ปี", "2562", "2019", "2562", "ค.ศ."],  # years count in both eras, as often as typed
        ["ไม่มีคำนี้ในเอกสาร", "zzzz"],  # unknown words score nothing
        [],
    ],
)
def test_bm25_of_repeated_words_is_the_sum_of_their_columns(bot: QABot, tokens) -> None:
    index = bot.index
    plain = lexical.scores(index.bm25, with_year_variants(tokens), len(index.passages))
    counted = _bm25(index, tokens)
    assert counted.dtype == np.float32 and counted.shape == (len(index.passages),)
    np.testing.assert_allclose(counted, plain, rtol=1e-5, atol=1e-6)


def test_bm25_of_a_names_glosses_reads_each_word_once(bot: QABot) -> None:
    index = bot.index
    words = _gloss_query(bot)
    plain = lexical.scores(index.bm25, with_year_variants(words), len(index.passages))
    np.testing.assert_allclose(_bm25(index, words), plain, rtol=1e-5)
    # A word counted twice adds its column twice.
    once = lexical.counted_scores(index.bm25, {"อาเซียน": 1}, len(index.passages))
    twice = lexical.counted_scores(index.bm25, {"อาเซียน": 2}, len(index.passages))
    assert once.max() > 0
    np.testing.assert_allclose(twice, 2 * once, rtol=1e-6)


@pytest.mark.parametrize("dtype", [np.float32, np.float16])  # float16: an HNSW index's
def test_best_sentence_cosines_are_each_passages_best(dtype) -> None:
    index = QABot.load(INDEX_DIR).index  # its own: the rows are stored as dtype
    index.sentence_vectors = index.sentence_vectors.astype(dtype)
    query = index.embedder.encode_queries(["ศูนย์ผู้สูงวัยของอาเซียนจะตั้งที่ไหน"])[0]
    last = len(index.passages) - 1
    ids = np.array([5, 0, last, 5, 3], dtype=np.int64)  # any order, repeats kept, the last one
    expected = [float((index.passage_sentence_vectors(int(i)) @ query).max()) for i in ids.tolist()]
    got = best_sentence_cosines(index, ids, query)
    assert got.dtype == np.float32 and got.shape == ids.shape
    np.testing.assert_allclose(got, expected, atol=1e-6)
    assert best_sentence_cosines(index, np.array([], dtype=np.int64), query).shape == (0,)


def test_warm_up_normalises_every_passage_once() -> None:
    bot = QABot.load(INDEX_DIR)  # its own index: nothing cached yet
    index = bot.index
    warm_normalized(index)
    passages, sentences = NORMALIZED_PASSAGES.of(index), NORMALIZED_SENTENCES.of(index)
    assert passages.cache_info().currsize == len(index.passages)
    assert sentences.cache_info().currsize == len(index.passages)
    hits = passages.cache_info().hits
    assert passages(3) == matching_text(index.passages[3].text)
    assert passages.cache_info().hits == hits + 1  # read from the cache, not made again


# --- the pipeline's per-question shortcuts (bench/latency.py measures what they save) ---------


def test_typo_candidates_by_their_ends_are_the_words_one_edit_away(bot: QABot) -> None:
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from qa_bot.spelling import THAI_VOCABULARY, _one_edit_candidates

    vocabulary = THAI_VOCABULARY.of(bot.index)
    assert "อัจฉริยะ" in vocabulary  # the document's smart cities (เมืองอัจฉริยะ)
    spans = {"อัจริยะ", "อัจฉริยะ", "อัจฉิรยะ", "ชัยนาด", "ประชาคมม"}  # typed wrong, and right
    for word in vocabulary[::7]:  # each edit of some of the corpus's words
        spans |= {word[1:], word[:-1], word[0] + word[2:], word[1] + word[0] + word[2:]}
        spans |= {word[:2] + "ก" + word[3:], word + "ก", "ก" + word}
    for span in (s for s in spans if len(s) >= 5):
        whole = process.extract(span, vocabulary, scorer=OSA.distance, score_cutoff=1, limit=None)
        found = process.extract(
            span,
            _one_edit_candidates(bot.index, span),
            scorer=OSA.distance,
            score_cutoff=1,
            limit=None,
        )
        assert sorted(w for w, _, _ in found) == sorted(w for w, _, _ in whole), span


def test_sibling_names_of_the_last_question_are_its_own(bot: QABot) -> None:
    from qa_bot import entities

    question = "ประชาคมเศรษฐกิจอาเซียนมีเป้าหมายอะไร"  # a sibling of ประชาคมสังคมและวัฒนธรรมอาเซียน
    first = entities.sibling_names(bot.index, question)
    assert first == ("ประชาคมเศรษฐกิจอาเซียน",)
    assert entities.sibling_names(bot.index, question) == first  # the remembered one
    assert entities.sibling_names(bot.index, "ประชาคมสังคมและวัฒนธรรมอาเซียนคืออะไร") == ()
    entities._LAST_SIBLINGS.forget()
    assert entities.sibling_names(bot.index, question) == first  # made again, the same


def test_sentence_scores_remembered_for_the_judge_are_the_scores(bot: QABot) -> None:
    from qa_bot import answer
    from qa_bot.search import retrieve

    retrieval = retrieve(bot.index, "ศูนย์ผู้สูงวัยของอาเซียนจะตั้งที่ไหน", k=3)
    hits = answer.choose_sentences(bot.index, retrieval)
    judged = answer.judged_sentence(bot.index, retrieval)  # scores from choose_sentences'
    answer.LAST_SCORES.forget()
    assert answer.judged_sentence(bot.index, retrieval) == judged  # scored afresh: the same
    assert answer.choose_sentences(bot.index, retrieval) == hits
    assert "ไทย" in judged  # the centre is to be set up in Thailand


def test_a_stem_searched_with_its_choices_keeps_its_question(bot: QABot) -> None:
    from dataclasses import astuple

    from qa_bot.search import retrieve

    def same(one, other) -> bool:  # field by field: the query vector is an array
        return all(
            np.array_equal(a, b) if isinstance(a, np.ndarray) else a == b
            for a, b in zip(astuple(one)[1:], astuple(other)[1:], strict=True)
        )

    stem, choices = "ข้อใดถูกต้อง", ["AQRF คือกรอบอ้างอิงคุณวุฒิอาเซียน", "อาเซียนมี 5 ประเทศ"]
    together = retrieve(bot.index, stem, searched_with=choices)
    assert together.question == stem
    assert same(together, retrieve(bot.index, " ".join([stem, *choices])))
    assert "aqrf" in together.tokens  # the choices' words are searched
    assert same(retrieve(bot.index, stem, searched_with=()), retrieve(bot.index, stem))
