"""thai-qa-bot: ask free-form questions of Thai documents, get the passages that answer them.

from qa_bot import QABot
bot = QABot.load("index")
answer = bot.ask("AQRF คืออะไร")
answer.hits[0].section_label, answer.hits[0].answer_sentence
"""

from __future__ import annotations

__version__ = "0.1.0"

import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from .answer import Answer, Choice, Hit, compose_answer
from .corpus import Document, Passage, Section
from .errors import CorpusError, EmbedderError, IndexLoadError, QABotError, QuestionError
from .index import Index, build_index, load_index
from .scope import Evidence, exam_verdict
from .search import retrieve
from .text import MAX_QUESTION_CHARS, check_question, tokenize

__all__ = [
    "MAX_QUESTION_CHARS",
    "Answer",
    "Choice",
    "CorpusError",
    "Document",
    "EmbedderError",
    "Evidence",
    "Hit",
    "Index",
    "IndexLoadError",
    "Passage",
    "QABot",
    "QABotError",
    "QuestionError",
    "Section",
    "__version__",
    "build_index",
    "load_index",
]

MAX_K = 50


@dataclass
class QABot:
    """A question-answering bot over one loaded index (read-only, thread-safe)."""

    index: Index

    @classmethod
    def load(cls, index_dir: str | Path = "index", corpus_dir: str | Path | None = None) -> QABot:
        """Load the index; with corpus_dir, also check it was built from those documents."""
        bot = cls(load_index(index_dir, corpus_dir=corpus_dir))
        # Load the word dictionary now, so the first visitor does not wait for it.
        tokenize("อาเซียน")
        return bot

    def warm_up(self) -> None:
        """Do now what the first questions would wait for: page in the model, and build the
        tables some questions need once (acronyms for the out-of-scope check, word rarity for
        exam mode). Milliseconds on the bundled document, seconds on 100 k passages."""
        from .exam import unit_index
        from .scope import initialisms, vocabulary_trigrams

        self.ask("อาเซียน")
        initialisms(self.index)
        vocabulary_trigrams(self.index)
        unit_index(self.index)

    def ask(
        self,
        question: str,
        k: int = 5,
        sections: Collection[tuple[str, int]] | None = None,
        choices: Sequence[str] | None = None,
    ) -> Answer:
        """The k passages that best answer the question, each with its answer sentence.

        sections limits the search to (document id, section id) pairs. Raises QuestionError
        for a question that cannot be asked (empty, too long, ...).
        """
        started = time.perf_counter()
        if choices is None:
            # An exam question typed as text ("ข้อใด … ก. … ข. … ค. … ง. …"): search for its stem.
            from .exam import parse_exam

            # The whole text, choices and all, is what the length limit is about: a pasted page
            # whose numbered lines look like choices is still too long.
            check_question(question)
            parsed = parse_exam(question)
            if parsed is not None:
                question, choices = parsed
        question = check_question(question)
        try:
            k = max(1, min(int(k), MAX_K))
        except (TypeError, ValueError, OverflowError) as exc:  # None, "abc", NaN, infinity
            raise QuestionError(
                "จำนวนข้อความ (k) ต้องเป็นจำนวนเต็ม", "k (how many passages) must be a whole number"
            ) from exc
        retrieval = retrieve(self.index, question, k=k, sections=sections)
        result = compose_answer(self.index, retrieval)
        if choices:
            from .exam import check_choices, decide

            result = decide(
                self.index,
                result,
                check_choices(choices),
                sections=sections,
                query_vector=retrieval.query_vector,
            )
        elapsed = (time.perf_counter() - started) * 1000
        # An exam whose stem says little ("ข้อใดกล่าวถูกต้อง") is answered when the document
        # supports one of its choices.
        chosen = result.choice is not None and result.choice.index is not None
        return Answer(
            question=result.question,
            answerable=result.answerable or chosen,
            hits=result.hits,
            elapsed_ms=round(elapsed, 2),
            choice=result.choice,
            evidence=result.evidence,
            verdict=exam_verdict(result.verdict, chosen),
        )
