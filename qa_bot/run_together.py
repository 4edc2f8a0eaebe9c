"""English words typed without a space read as the words meant (kiosk typing): "zikavirus" →
"zika virus", "AHACentre" → "AHA Centre", "migrantworkers" → "migrant workers".

A touch-screen visitor skips the space bar; the run-together word is no word of the corpus,
the dictionary or English, so neither the words (BM25) nor the judge's known words meet it,
and the question was not_found while the spaced one was answered (FRESH21a K0c: 10 of 10).
The run is split where a probabilistic English segmenter puts the word breaks: `wordsegment`
(Grant Jenks, after Norvig's chapter "Natural Language Corpus Data" in *Beautiful Data*,
2009), scoring splits by Google's web unigram and bigram counts (the Web 1T 5-gram corpus,
Brants & Franz 2006), extended with the corpus's own Latin words and acronyms ("aqrf",
"addmer", "samca") so that the document's names are words too. A split is taken only when
every piece is a known word (`known_piece`): a typo or a name the corpus does not write stays
one word, left to the typo corrector (spelling.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .lexicon import dictionary_terms, untranslated_word
from .store import Derived, Index
from .text import ENGLISH_STOPWORDS, stem_latin
from .vocabulary import LATIN_RUN, idf_table
from .web_counts import CountTable, read_counts

if TYPE_CHECKING:
    from wordsegment import Segmenter

# Shortest run looked at: two words of three letters ("aidsday" is seven); a shorter run is
# more likely a typo or a name than two words.
MIN_RUN_LETTERS = 6
# Shortest piece that is not a stop word: one- and two-letter "words" (WordNet has "ka", "zi",
# "ut") would let a name or a typo fall apart into dictionary fragments ("Kaldi" → "k aldi").
MIN_PIECE_LETTERS = 3
# A corpus word counts at least as often as the web's this-many-th commonest word (about
# "mission" or "purchase" in wordsegment's table): a word the document uses is as likely in its
# reader's question as a common English word, whatever the web thinks of an acronym ("aqrf").
CORPUS_WORD_RANK = 5_000


@dataclass(frozen=True)
class WebCounts:
    """wordsegment's web counts (333 k unigrams, 258 k bigrams) as compact tables
    (web_counts.py: ~11 MB instead of wordsegment's ~95 MB of dicts) and its total."""

    unigrams: CountTable
    bigrams: CountTable
    total: float
    limit: int


@lru_cache(maxsize=1)
def _web_counts() -> WebCounts:
    """wordsegment's files, read once (~0.3 s), on the first run-together word or after the
    server's port opens (not at start-up: most questions have none)."""
    from wordsegment import Segmenter

    return WebCounts(
        unigrams=read_counts(Path(Segmenter.UNIGRAMS_FILENAME)),
        bigrams=read_counts(Path(Segmenter.BIGRAMS_FILENAME)),
        total=Segmenter.TOTAL,
        limit=Segmenter.LIMIT,
    )


def warm_segmenter() -> None:
    """Read the web counts now (~0.3 s): the server does it after its port opens
    (pipeline.warm_up_later), so neither a start nor a first run-together word waits."""
    _web_counts()


def _corpus_words(index: Index) -> frozenset[str]:
    """The corpus's Latin words in lower case, two letters or more ("aha", "centre", "aqrf")."""
    return frozenset(
        word
        for passage in index.passages
        for word in LATIN_RUN.findall(passage.text.lower())
        if len(word) >= 2
    )


CORPUS_LATIN_WORDS: Derived[frozenset[str]] = Derived(
    "the corpus's Latin words, lower case", _corpus_words
)


def _segmenter(index: Index) -> Segmenter:
    """wordsegment's segmenter over the web counts with the corpus's Latin words counted at
    least CORPUS_WORD_RANK's count; the web tables are shared, not copied, per index."""
    from wordsegment import Segmenter

    web = _web_counts()
    floor = float(web.unigrams.ranked[min(CORPUS_WORD_RANK, len(web.unigrams) - 1)])
    own = {word: max(web.unigrams.get(word) or 0.0, floor) for word in CORPUS_LATIN_WORDS.of(index)}

    class CompactSegmenter(Segmenter):
        """wordsegment's Segmenter reading the compact tables: `score` is its own, word for
        word, with each dict look-up (`in`, then `[]`) made one `get` (the corpus's words
        first, as the ChainMap over the web's dict was)."""

        def score(self, word: str, previous: str | None = None) -> float:
            if previous is None:
                count = own.get(word)
                if count is None:
                    count = web.unigrams.get(word)
                if count is not None:
                    return count / web.total  # the probability of the word
                # A word no table has, penalised by its length (wordsegment's heuristic).
                return 10.0 / (web.total * 10 ** len(word))
            count = web.bigrams.get(f"{previous} {word}")
            if count is not None and (previous in own or web.unigrams.get(previous) is not None):
                # The word given the previous one ("stupid backoff", as wordsegment).
                return count / web.total / self.score(previous)
            return self.score(word)

    segmenter = CompactSegmenter()
    segmenter.total = web.total
    segmenter.limit = web.limit
    return segmenter


CORPUS_SEGMENTER: Derived[Segmenter] = Derived(
    "wordsegment's web counts with the corpus's Latin words", _segmenter
)


def known_piece(index: Index, piece: str) -> bool:
    """Whether a lower-case piece of a split run is a word: an English stop word of two letters
    or more ("of"), or of MIN_PIECE_LETTERS or more a word of the corpus (its Snowball stem
    among the BM25 words, or one of its Latin words: "aha"), of the dictionary (with Thai terms)
    or of English (WordNet writes it in lower case)."""
    if piece in ENGLISH_STOPWORDS:
        return len(piece) >= 2
    return len(piece) >= MIN_PIECE_LETTERS and (
        piece in CORPUS_LATIN_WORDS.of(index)
        or stem_latin(piece) in idf_table(index)[0]
        or bool(dictionary_terms(piece))
        or untranslated_word(piece)
    )


def split_run(index: Index, written: str) -> tuple[str, ...] | None:
    """The words a run of Latin letters typed without spaces stands for, in the case the
    question wrote them ("AHACentre" → ("AHA", "Centre"), "zikavirus" → ("zika", "virus")), or
    None: a run shorter than MIN_RUN_LETTERS, one the segmenter keeps whole, or one with a
    piece that is no known word (`known_piece`) or with stop words only. The caller decides
    that the run is no word itself (spelling.spelled). ~1–3 ms a run; the first call per
    process reads the web model (~0.5 s)."""
    if len(written) < MIN_RUN_LETTERS or not written.isascii() or not written.isalpha():
        return None
    pieces = CORPUS_SEGMENTER.of(index).segment(written)
    if len(pieces) < 2 or sum(map(len, pieces)) != len(written):
        return None
    if not all(known_piece(index, piece) for piece in pieces):
        return None
    if all(piece in ENGLISH_STOPWORDS for piece in pieces):
        return None
    cased: list[str] = []
    start = 0
    for piece in pieces:  # the segmenter lower-cases; the question's case is kept
        cased.append(written[start : start + len(piece)])
        start += len(piece)
    return tuple(cased)
