"""The lexical (bm25s) part of an index; every bm25s detail lives here."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


def make_bm25(token_lists: Iterable[list[str]]) -> Any:
    import bm25s

    # An empty passage still needs a token, or bm25s refuses the corpus.
    corpus = [tokens or [""] for tokens in token_lists]
    # Words numbered in sorted order: bm25s numbers its own in set order, which changes from
    # one process to the next, so equal passages gave a different vocabulary file every build.
    vocab = {word: i for i, word in enumerate(sorted({w for tokens in corpus for w in tokens}))}
    ids = [[vocab[word] for word in tokens] for tokens in corpus]
    bm25 = bm25s.BM25(k1=1.2, b=0.75)
    bm25.index((ids, vocab), show_progress=False)
    return bm25


def write_bm25(bm25: Any, directory: Path) -> None:
    bm25.save(str(directory), show_progress=False)


def read_bm25(directory: Path, mmap: bool) -> Any:
    """mmap: leave the matrix on disk, mapped (a question reads only its own words' columns)."""
    import bm25s

    return bm25s.BM25.load(str(directory), mmap=mmap, show_progress=False, verbosity=0)
