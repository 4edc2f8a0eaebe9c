"""thai-qa-bot: ask free-form questions of Thai documents, get the passages that answer them.

from qa_bot import QABot
bot = QABot.load("index")
answer = bot.ask("AQRF คืออะไร")
answer.hits[0].section_label, answer.hits[0].answer_sentence
answer.to_dict()  # the JSON contract of `qa-bot ask --json` and the page's /ask

How a question becomes an answer: qa_bot/pipeline.py (and ARCHITECTURE.md).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import pipeline
from ._version import __version__
from .config import DEFAULT, Config
from .corpus.model import Document, Passage, Section
from .errors import CorpusError, EmbedderError, IndexLoadError, QABotError, QuestionError
from .request import MAX_K
from .store import Index, build_index, load_index
from .text import MAX_QUESTION_CHARS, tokenize
from .types import Answer, Choice, Evidence, Hit

__all__ = [
    "MAX_K",
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


@dataclass
class QABot:
    """A question-answering bot over one loaded index (read-only, thread-safe): it loads the
    index and hands each question to `pipeline.ask` with its settings (`config.Config`)."""

    index: Index
    config: Config = field(default=DEFAULT)

    @classmethod
    def load(
        cls,
        index_dir: str | Path = "index",
        corpus_dir: str | Path | None = None,
        config: Config = DEFAULT,
    ) -> QABot:
        """Load the index from index_dir; with corpus_dir, also check it was built from those
        documents. Raises IndexLoadError (missing, damaged, stale: the message says to run
        `qa-bot build`) or EmbedderError (the index's model cannot be loaded)."""
        bot = cls(load_index(index_dir, corpus_dir=corpus_dir), config)
        # Load the word dictionary now, so the first visitor does not wait for it.
        tokenize("อาเซียน")
        return bot

    def warm_up(self) -> None:
        """Build now the one-time tables the first questions would wait for (`pipeline.warm_up`)."""
        pipeline.warm_up(self.index, self.config)

    def ask(
        self,
        question: str,
        k: int = pipeline.DEFAULT_K,
        sections: Collection[tuple[str, int]] | None = None,
        choices: Sequence[str] | None = None,
    ) -> Answer:
        """The k passages that best answer the question, each with its answer sentence.

        k is at least 1, capped at MAX_K (50); sections limits the search to (document id,
        section id) pairs; choices makes it an exam (or type the choices in the question). Raises
        QuestionError for a question that cannot be asked (empty, too long, k not a number or
        below 1, bad choices). See `pipeline.ask`.
        """
        return pipeline.ask(
            self.index, question, k=k, sections=sections, choices=choices, config=self.config
        )
