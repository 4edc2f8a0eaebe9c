"""The question's and an exam's choices' content words with their IDF, as the sentence scores
weigh them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..config import DEFAULT
from ..last_answer import LastAnswer
from ..question_words import QuestionWords, neutral
from ..question_words import question_words as words_of
from ..search import Retrieval, content_weights, coverage
from ..store import Index
from ..text import matching_text, tokenize


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
    return [
        content_weights(index, [*words.tokens, *words.translated] if words else tokenize(choice))
        for choice, words in zip(choices, _read(index, choices), strict=True)
    ]


def beyond_title(weights: dict[str, float], title: str) -> dict[str, float]:
    """The weights without the words of the document's title (matched as retrieval's coverage
    matches them), unless every word is one: a document is about its title, so its opening
    sentence, which names it ("ประเพณีบุญบั้งไฟเป็นประเพณีของชาวอีสาน…"), held the question's
    title words that every other sentence means, and was given as the answer to what the
    question asks beyond them ("บุญบั้งไฟทำเพื่อบูชาเทพองค์ใด" → "…การบูชาพญาแถน…"; FRESH18a K5).
    best_sentence reads it only when its best sentence writes the title whole (`names_title`):
    for every sentence, the bundled document's title word ประชาคม lost the answer to "…มุ่งสร้าง
    ประชาคมแบบใด", where it is the asked detail's head noun."""
    read = _title_text(title)
    if not read:
        return weights
    rest = {word: weight for word, weight in weights.items() if coverage({word: 1.0}, read) <= 0}
    return rest if rest and len(rest) < len(weights) else weights


def names_title(text: str, title: str) -> bool:
    """Does the (matching-form) sentence text write the document's title whole?"""
    read = _title_text(title)
    return bool(read) and read in text


@lru_cache(maxsize=256)
def _title_text(title: str) -> str:
    return matching_text(title) if title else ""


def foreign_words(retrieval: Retrieval) -> frozenset[str]:
    """The question's English words that are no name (`question_words.neutral`: not Thai, a
    number, an acronym or an English name): matched in Thai text they match only the English a
    sentence gives in brackets, so the sentence scores count them by its share of Latin letters
    (answer.sentence_scores), as retrieval's BM25 does (search.fair_bm25)."""
    return frozenset(t for t in retrieval.tokens if not neutral(t, retrieval.words.names))


def _read(index: Index, choices: Sequence[str]) -> list[QuestionWords | None]:
    """question_words of each choice with an English word (its names and the Thai words the
    dictionary gives for it; typos not read again), None for the others: an English choice over
    Thai text matched only the English names the text gives in brackets. Kept for the last
    exam's choices (choose_sentences and judged_sentence ask alike)."""
    key = tuple(choices)
    known = _LAST_CHOICES.get(index, key)
    if known is None:
        known = _LAST_CHOICES.put(
            index,
            key,
            [
                None
                if all(neutral(t, {}) for t in tokenize(choice))
                else words_of(index, choice, tokens=tokenize(choice), config=DEFAULT.retrieval)
                for choice in key
            ],
        )
    return known


_LAST_CHOICES: LastAnswer[list[QuestionWords | None]] = LastAnswer()
