"""PyThaiNLP's newmm word segmentation over its own word list, held as a table of prefixes.

newmm finds the dictionary words that start at a position of the text through one method of
its dictionary, `prefixes(text, start)`. Its default dictionary (pythainlp.tokenize's
word_dict_trie) is a trie of PyThaiNLP's 62,106 words: 235,352 node objects, built in 0.48–0.65 s
of CPU at the first segmentation of every process (measured 2026-12-02 on the 2-core machine),
a tenth of the page's cold start (bench/cold_start.py). `PrefixDictionary` holds the same words
as a dict from every prefix of a word to whether it is a word itself, built in 0.15–0.24 s by
set and dict comprehensions. `prefixes` walks the text as the trie does (one longer prefix at a
time, stopping at the first that begins no word), so newmm cuts every text as it does with its
own trie (tests/test_thai_dictionary.py). Each call costs ~1.5 µs instead of ~0.8 µs: ~0.02 ms
of a question's ~3 ms (about 30 calls).

`newmm` is `word_tokenize(text, engine="newmm")` with this dictionary: every segmentation of
the package over PyThaiNLP's word list goes through it (entities.py's over its own common words
keeps its trie), so a serving process never builds PyThaiNLP's trie as well (a cold start:
server CPU 5.35 → 4.85 s, RSS after 21 questions 526–552 → 490 MiB, bench/cold_start.py
2026-12-02 02:06 UTC, one lock hold, load 3.6).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache


class PrefixDictionary:
    """The words (each stripped, as pythainlp's Trie.add strips them; the empty word, which no
    segmentation can meet, left out) as newmm reads a custom dictionary: `prefixes`, len, `in`
    and iteration. Read-only."""

    __slots__ = ("_count", "_table")

    def __init__(self, words: Iterable[str]) -> None:
        stripped = {word.strip() for word in words}
        stripped.discard("")
        # Every proper prefix of a word → False, then every word → True (a word that is also a
        # prefix of a longer word is a word).
        table = dict.fromkeys(
            {word[:end] for word in stripped for end in range(1, len(word))}, False
        )
        table.update(dict.fromkeys(stripped, True))
        self._table: dict[str, bool] = table
        self._count = len(stripped)

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that text holds from position start, shortest first (as
        pythainlp.util.Trie.prefixes gives them)."""
        found = []
        get = self._table.get
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            is_word = get(piece)
            if is_word is None:  # no word begins so
                break
            if is_word:
                found.append(piece)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._table.get(word, False)

    def __iter__(self) -> Iterator[str]:
        return (word for word, is_word in self._table.items() if is_word)

    def __len__(self) -> int:
        return self._count


@lru_cache(maxsize=1)
def thai_dictionary() -> PrefixDictionary:
    """PyThaiNLP's default word list (pythainlp.corpus.thai_words, what its word_dict_trie
    holds) as a PrefixDictionary, built once."""
    from pythainlp.corpus import thai_words

    return PrefixDictionary(thai_words())


@lru_cache(maxsize=1)
def _word_tokenize():  # PyThaiNLP's function, imported on first use
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


def newmm(text: str, keep_whitespace: bool = True) -> list[str]:
    """`pythainlp.tokenize.word_tokenize(text, engine="newmm", keep_whitespace=...)`: the same
    words, with PyThaiNLP's word list read from `thai_dictionary`."""
    return _word_tokenize()(
        text, engine="newmm", keep_whitespace=keep_whitespace, custom_dict=thai_dictionary()
    )
