"""One function's answer to the last question asked, kept for the judge's second ask.

The scope judge asks some facts of a question twice in one `pipeline.ask` (its own feature, and
`entities.unmentioned_names` or `topic_words.absent_topics` reading the same fact), each ask
~0.05–0.1 ms. Only the last question's answer is kept, so a benchmark that asks the same
questions again is not served from memory (bench/latency.py measures new questions' cost).
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class LastAnswer(Generic[T]):
    """The answer of one function for the last (corpus, question) pair it was given.

    `corpus` is compared by identity (the index's running text: a rebuilt index is a new
    object), `question` by value (`==`: the question's text, or a tuple of all that the answer
    depends on — answer.scores keys the query vector's bytes, word weights and settings). The
    pair and answer are one tuple, replaced whole, so threads that read it while another writes
    see an old or a new entry, never a mix.
    """

    def __init__(self) -> None:
        self._last: tuple[object, object, T] | None = None

    def get(self, corpus: object, question: object) -> T | None:
        """The kept answer when it is for this corpus and question, else None."""
        last = self._last
        if last is not None and last[0] is corpus and last[1] == question:
            return last[2]
        return None

    def put(self, corpus: object, question: object, answer: T) -> T:
        """Keep `answer` as this corpus's and question's; returns it."""
        self._last = (corpus, question, answer)
        return answer

    def forget(self) -> None:
        """Keep nothing (tests: the next ask computes again)."""
        self._last = None
