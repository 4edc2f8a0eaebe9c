"""The question's and an exam's choices' content words with their IDF, as the sentence scores
weigh them."""

from __future__ import annotations

from collections.abc import Sequence

from ..last_answer import LastAnswer
from ..search import Retrieval, content_weights
from ..store import Index
from ..text import tokenize


def question_weights(index: Index, retrieval: Retrieval) -> dict[str, float]:
    """The question's content words with their IDF, and for an English question the Thai words
    the dictionary gives for its words (`Retrieval.translated`): over Thai text an English
    question's own words match only its names (bench/data/reading, English questions: the
    answer sentence held the answer 0.722 → 0.778 with the dictionary in retrieval and here;
    bench/RESULTS.md "English words through a dictionary"). Kept for the last question's words
    (choose_sentences, judged_sentence and value_first each ask: ~10 µs a time). Not to be
    changed by the caller."""
    words = (*retrieval.tokens, *retrieval.translated)
    known = _LAST_WEIGHTS.get(index, words)
    if known is None:
        known = _LAST_WEIGHTS.put(index, words, content_weights(index, list(words)))
    return known


_LAST_WEIGHTS: LastAnswer[dict[str, float]] = LastAnswer()


def question_words(retrieval: Retrieval) -> frozenset[str]:
    """The question's tokens and their translations (an English question's Thai words), as
    named_fields matches them against field labels."""
    return frozenset([*retrieval.tokens, *retrieval.translated])


def choice_weights(index: Index, choices: Sequence[str]) -> list[dict[str, float]]:
    """Each exam choice's content words with their IDF (as the question's: `content_weights`).

    An exam stem is worded generally ("ข้อใดไม่ใช่กิจกรรมหลักของ AUN"): the sentence that
    answers it is the one that speaks of the choices (the list of activities), not the one that
    restates the stem's topic. Each choice counts on its own (its best sentence), so one long
    choice does not outweigh the others.
    """
    return [content_weights(index, tokenize(choice)) for choice in choices]
