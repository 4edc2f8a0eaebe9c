"""Errors a person can cause, each with a message in Thai and in English."""

from __future__ import annotations


class QABotError(Exception):
    """Base error: carries a Thai and an English message for whoever sees it."""

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(f"{message_th} / {message_en}")
        self.message_th = message_th
        self.message_en = message_en


class QuestionError(QABotError):
    """The question itself cannot be asked (empty, too long, ...)."""


class IndexLoadError(QABotError):
    """The index on disk is missing, damaged, stale or built with another model."""


class IndexWriteError(QABotError):
    """The index cannot be written (disk full, no permission); the previous one is kept."""


class CorpusError(QABotError):
    """A corpus file cannot be read (not UTF-8, binary, empty, ...)."""


class EmbedderError(QABotError):
    """The embedding model cannot be loaded (not installed, no such path, ...)."""


class IndexTargetError(QABotError):
    """An --index a build must not replace (a file, the corpus, someone's folder): bad input."""


# Exit codes of the `qa-bot` command (and `python app.py`): success, an index or corpus
# problem, bad input or usage.
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
