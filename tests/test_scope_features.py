"""Scope features that read the answer sentence and the question's own cosine baseline.

Sentences are quoted from the bundled document (corpus/asean_socio_cultural_community.th.txt).
"""

from __future__ import annotations

import numpy as np

from qa_bot.scope import baseline_vectors, features, standout
from qa_bot.search import retrieve

# The document's sentence about SAMCA: it names the meeting and gives its date.
SAMCA = (
    "การจัดการประชุม Special ASEAN Ministerial Meeting on Climate Action (SAMCA) "
    "เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์"
)
# Another sentence of the document, with no date and no SAMCA.
OTHER = "ความร่วมมือด้านสิ่งแวดล้อมเป็นหนึ่งในประเด็นที่อาเซียนและไทยให้ความสำคัญ"


def test_the_answer_sentence_must_hold_the_asked_type(bot) -> None:
    retrieval = retrieve(bot.index, "SAMCA จัดขึ้นเมื่อไร", k=5)
    with_date, _ = features(bot.index, retrieval, answer_sentence=SAMCA)
    without, _ = features(bot.index, retrieval, answer_sentence=OTHER)
    assert with_date["asks"] == without["asks"] == 1.0  # เมื่อไร asks for a date
    assert with_date["type_missing_sentence"] == 0.0
    assert without["type_missing_sentence"] == 1.0


def test_the_question_words_are_looked_for_in_the_answer_sentence(bot) -> None:
    # An English question over Thai text: only its name (SAMCA) can be compared.
    retrieval = retrieve(bot.index, "When did SAMCA take place?", k=5)
    named, _ = features(bot.index, retrieval, answer_sentence=SAMCA)
    unnamed, _ = features(bot.index, retrieval, answer_sentence=OTHER)
    assert named["fair_coverage_sentence"] == 1.0
    assert unnamed["fair_coverage_sentence"] == 0.0


def test_a_question_that_asks_for_no_value_is_not_flagged(bot) -> None:
    retrieval = retrieve(bot.index, "AQRF คืออะไร", k=5)
    values, _ = features(bot.index, retrieval, answer_sentence=OTHER)
    assert values["asks"] == 0.0 and values["type_missing_sentence"] == 0.0


def test_the_cosine_baseline_covers_a_small_corpus_whole(bot) -> None:
    index = bot.index
    vectors = baseline_vectors(index)
    assert len(vectors) == len(index.passages)  # fewer than BASELINE_PASSAGES: every one
    query = index.embedder.encode_queries(["SAMCA"])[0]
    cosines = vectors @ query
    best = float(cosines.max())
    expected = (best - cosines.mean()) / cosines.std()
    assert np.isclose(standout(index, query, best), expected, atol=1e-4)
    assert np.isclose(standout(index, query, float(cosines.mean())), 0.0, atol=1e-5)


def test_the_verdict_does_not_depend_on_how_many_hits_are_asked_for(bot) -> None:
    # The page asks for 10 hits, the CLI for 5, an API caller for 1: one question, one verdict.
    for question in ("SAMCA จัดขึ้นเมื่อใด", "When did SAMCA take place?", "AQRF คืออะไร"):
        answers = [bot.ask(question, k=k) for k in (1, 3, 5, 10)]
        assert len({a.verdict for a in answers}) == 1
        assert len({round(a.evidence.probability, 6) for a in answers}) == 1
