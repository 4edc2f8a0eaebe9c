"""wordsegment's web word counts held in a few numpy arrays instead of Python dicts.

wordsegment 1.3.1 reads Google's web unigram and bigram counts (its unigrams.txt and
bigrams.txt, from Norvig's count_1w.txt / count_2w.txt: the Web 1T 5-gram corpus, Brants &
Franz 2006) into two dicts of ~620 k Python strings and floats, and its word list (unused by
segmenting) into a list: ~95 MB of the server's memory for a table the kiosk reads at most once
a question (bench/cold_start.py: RSS after 21 questions 495 → 592 MiB when they arrived). Here
the same files are read into byte arrays sorted per key length and a float64 count beside each
key, ~11 MB, looked up by binary search (a few µs; a split makes a few thousand lookups).

Nothing is dropped or rounded: `CountTable.get` gives what wordsegment's dict gives for every
key (a key written twice keeps its last count, as dict() does; every count is a whole number
under 2**53, so float64 holds it exactly), and no Python object is made per line while reading
(the arrays are cut from the file's bytes), so the memory read once is not left behind in
Python's small-object heap either.
"""

from __future__ import annotations

import mmap
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_NEWLINE, _TAB, _ZERO = 10, 9, 48
# Digits a float64 holds exactly whatever they are (10**15 < 2**53).
_EXACT_DIGITS = 15


@dataclass(frozen=True)
class CountTable:
    """word → count: for each key length in bytes (UTF-8), the keys of that length sorted
    (numpy 'S' array) and their counts in the same order."""

    keys: dict[int, np.ndarray]
    counts: dict[int, np.ndarray]
    # The counts in the file's order (unigrams.txt is written commonest first), for a rank's count.
    ranked: np.ndarray

    def get(self, word: str) -> float | None:
        """The word's count, or None when the table has no such word."""
        key = word.encode("utf-8")
        keys = self.keys.get(len(key))
        if keys is None:
            return None
        at = int(keys.searchsorted(key))
        if at < len(keys) and keys[at] == key:
            return float(self.counts[len(key)][at])
        return None

    def __len__(self) -> int:
        return len(self.ranked)


def read_counts(path: Path) -> CountTable:
    """A file of `word<TAB>count` lines (wordsegment's unigrams.txt / bigrams.txt) as a table."""
    import numpy as np

    # The file is mapped, not read into a bytes object: a large block freed stays in the C heap
    # as the process's memory (the temporaries below are kept to a few MB for the same reason).
    # A problem is raised once the map is closed: the exception's frames would hold the array.
    with path.open("rb") as file:
        if not os.fstat(file.fileno()).st_size:
            raise ValueError(f"{path}: an empty file")
        with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            raw = np.frombuffer(mapped, dtype=np.uint8)
            try:
                return _table(raw)
            except ValueError as exc:
                problem = str(exc)
            finally:
                del raw  # the map closes only once no array reads it
    raise ValueError(f"{path}: {problem}")


def _table(raw: np.ndarray) -> CountTable:
    import numpy as np

    ends = np.flatnonzero(raw == _NEWLINE).astype(np.int32)
    if len(raw) and raw[-1] != _NEWLINE:  # a last line without its newline
        ends = np.append(ends, np.int32(len(raw)))
    starts = np.concatenate((np.zeros(1, dtype=np.int32), ends[:-1] + 1))
    tabs = np.flatnonzero(raw == _TAB).astype(np.int32)
    if len(tabs) != len(ends) or not np.all((tabs > starts) & (tabs < ends)):
        raise ValueError("not one word<TAB>count a line")
    windows = np.lib.stride_tricks.sliding_window_view  # rows of bytes cut with no index matrix
    # The counts: whole numbers, the lines of each number of digits at once.
    digits = ends - tabs - 1
    values = np.zeros(len(ends), dtype=np.float64)
    for width in np.unique(digits).tolist():
        rows = np.flatnonzero(digits == width)
        number = windows(raw, width)[tabs[rows] + 1].astype(np.int64) - _ZERO
        if width == 0 or np.any((number < 0) | (number > 9)) or width > _EXACT_DIGITS:
            raise ValueError("a count that is not a whole number of at most 15 digits")
        values[rows] = number @ (10 ** np.arange(width - 1, -1, -1, dtype=np.int64))
    lengths = tabs - starts
    keys: dict[int, np.ndarray] = {}
    by_length: dict[int, np.ndarray] = {}
    for length in np.unique(lengths).tolist():
        rows = np.flatnonzero(lengths == length)  # in the file's order
        cut = windows(raw, length)[starts[rows]].view(f"S{length}").ravel()
        order = np.argsort(cut, kind="stable")  # a repeated key: its lines in the file's order
        cut, rows = cut[order], rows[order]
        last = np.ones(len(cut), dtype=bool)  # of a repeated key the last line, as dict() keeps
        last[:-1] = cut[1:] != cut[:-1]
        keys[length] = cut[last]
        by_length[length] = values[rows[last]]
    return CountTable(keys=keys, counts=by_length, ranked=values)
