"""The lexical (bm25s) part of an index; every bm25s detail lives here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np


def make_bm25(token_lists: Iterable[list[str]]) -> Any:
    """A bm25s.BM25 index over token lists, one list a passage, in passage order (passage id =
    position). Words are numbered in sorted order so the same corpus gives the same files.
    k1 = 1.2 and b = 0.75 are the classic BM25 values (bm25s's own default k1 is 1.5), set in
    the first version; no bench in bench/RESULTS.md measures them."""
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
    """Save a bm25s index into directory, in bm25s's own files (vocabulary, parameters, score
    matrix)."""
    bm25.save(str(directory), show_progress=False)


def read_bm25(directory: Path, mmap: bool) -> Any:
    """mmap: leave the matrix on disk, mapped (a question reads only its own words' columns)."""
    import bm25s

    return bm25s.BM25.load(str(directory), mmap=mmap, show_progress=False, verbosity=0)


# --- reading an index's BM25 (search and scope ask through these, never bm25s itself) -------


def vocabulary(bm25: Any) -> dict[str, int]:
    """Word → its id in the BM25 index."""
    return bm25.vocab_dict


def scores(bm25: Any, words: list[str], passages: int) -> np.ndarray:
    """(passages,) float32 BM25 score of every passage for the words (unknown words ignored)."""
    ids = bm25.get_tokens_ids(words) if words else []
    if not ids:
        return np.zeros(passages, dtype=np.float32)
    return bm25.get_scores_from_ids(ids).astype(np.float32)


def run_positions(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """(lengths.sum(),) int64: the positions of runs laid end to end, run k being
    starts[k] … starts[k] + lengths[k] − 1 (the entries of chosen columns of a sparse matrix,
    the sentence rows of chosen passages) without a Python loop."""
    before = np.cumsum(lengths) - lengths
    return np.arange(int(lengths.sum())) + np.repeat(starts - before, lengths)


def counted_scores(bm25: Any, counts: Mapping[str, int], passages: int) -> np.ndarray:
    """(passages,) float32 BM25 of a query whose words repeat, as `scores` of the words
    repeated (a word counted n times adds its column n times; unknown words ignored), with
    each word's column read once and weighted by its count. A question's names bring the words
    of all their glosses (search.fair_bm25), thousands on a large index with most of them
    repeats, and bm25s adds one column at a time (numpy.add.at) for every repeat."""
    vocab = bm25.vocab_dict
    pairs = [(vocab[word], count) for word, count in counts.items() if word in vocab]
    if not pairs:
        return np.zeros(passages, dtype=np.float32)
    ids = np.array([i for i, _ in pairs], dtype=np.int64)
    weights = np.array([c for _, c in pairs], dtype=np.float64)
    indptr, indices, data = (bm25.scores[key] for key in ("indptr", "indices", "data"))
    starts, lengths = np.asarray(indptr[ids]), np.asarray(indptr[ids + 1] - indptr[ids])
    at = run_positions(starts, lengths)  # every entry of the chosen columns
    out = np.bincount(
        indices[at], weights=data[at] * np.repeat(weights, lengths), minlength=passages
    )
    if bm25.nonoccurrence_array is not None:  # BM25L / BM25+: a score for every passage
        out += float(bm25.nonoccurrence_array[ids] @ weights)
    return out.astype(np.float32)


def document_frequencies(bm25: Any) -> np.ndarray:
    """(vocabulary size,) float64: in how many passages each word id occurs (bm25s keeps one
    column of the sparse score matrix per word)."""
    return np.diff(np.asarray(bm25.scores["indptr"])).astype(np.float64)
