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
from .request import MAX_K, known_sections, parse_sections
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

    def warm_up(self, later: bool = True) -> None:
        """Build now the one-time tables the first questions would wait for (`pipeline.warm_up`);
        with later=False, not those the server builds after its port is open
        (`pipeline.warm_up_later`)."""
        pipeline.warm_up(self.index, self.config, later=later)

    def ask(
        self,
        question: str,
        k: int = pipeline.DEFAULT_K,
        sections: Collection[tuple[str, int] | str | int] | None = None,
        choices: Sequence[str] | None = None,
    ) -> Answer:
        """The k passages that best answer the question, each with its answer sentence.

        k is at least 1, capped at MAX_K (50); sections limits the search to (document id,
        section id) pairs, or to what `request.parse_sections` reads ("doc_id#section_id"
        strings, section numbers); choices makes it an exam (or type the choices in the
        question). Raises QuestionError for a question that cannot be asked (empty, too long, k
        not a number or below 1, bad choices, a section the index does not have). See
        `pipeline.ask`.
        """
        if sections is not None:
            sections = _checked_sections(self.index, sections)
        return pipeline.ask(
            self.index, question, k=k, sections=sections, choices=choices, config=self.config
        )


def _checked_sections(index: Index, sections: object) -> list[tuple[str, int]] | None:
    """The (document id, section id) pairs asked for: pairs the index has pass as they are;
    anything else is read as a request's sections are (`request.parse_sections`), so a typo
    ("1" for [1], an unknown pair) is a QuestionError, not a silent empty search."""
    known = known_sections(index.documents)
    pairs = set(known)
    if isinstance(sections, list | tuple | set | frozenset):
        items = list(sections)
        # (An empty collection stays empty: the search is limited to no section at all.)
        if all(isinstance(p, tuple) and len(p) == 2 and p in pairs for p in items):
            return [tuple(p) for p in items]
        return parse_sections(
            [f"{p[0]}#{p[1]}" if isinstance(p, tuple) and len(p) == 2 else p for p in items],
            known,
        )
    return parse_sections(sections, known)
