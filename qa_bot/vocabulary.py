"""What the corpus knows, for reading questions: every word's IDF (from the BM25 index's own
counts), the Thai words it knows as a question's words are cut, its words one a line (to find a
question word inside a corpus word), and the acronyms a reader may form from its English names.

Built once per index (`store.Derived`); question_words.py, spelling.py, known_words.py and
search.py read them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache

import numpy as np

from .extract.quality import thai_words
from .store import Derived, Index, lexical
from .text import is_content_word, normalize

LATIN_RUN = re.compile(r"[A-Za-z]+")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][A-Za-z]*[\s\-–]+)+[A-Z][A-Za-z]*")


def initialisms(index: Index) -> Mapping[str, str]:
    """Acronyms a reader may form from the corpus's English names, each with the name when only
    one name gives it ("" when several do): "ascc" → "ASEAN Socio-Cultural Community",
    although the text never writes ASCC. Two to seven letters, from any run of a name's
    capitalised words ("ASEAN Socio-Cultural Community Blueprint" gives ascc and asccb)."""
    return INITIALISMS.of(index)


def _initialisms(index: Index) -> dict[str, str]:
    names: dict[str, set[str]] = {}
    for doc in index.documents:
        for run in _CAPITALISED_RUN.findall(doc.text):
            words = list(LATIN_RUN.finditer(run))
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + 7) + 1):
                    initials = "".join(w.group()[0] for w in words[i:j]).lower()
                    name = " ".join(run[words[i].start() : words[j - 1].end()].split())
                    names.setdefault(initials, set()).add(name)
    return {initials: min(found) if len(found) == 1 else "" for initials, found in names.items()}


INITIALISMS: Derived[dict[str, str]] = Derived("acronyms of the corpus's names", _initialisms)


def vocabulary_text(index: Index) -> str:
    """Every corpus word on a line of its own, to find a question word inside corpus words.

    PyThaiNLP keeps compounds whole ("การประชุม"), so a question's "ประชุม" is no vocabulary
    entry although the corpus plainly uses it.
    """
    return VOCABULARY_TEXT.of(index)


VOCABULARY_TEXT: Derived[str] = Derived(
    "the corpus words, one a line", lambda index: "\n".join(lexical.vocabulary(index.bm25))
)


def knows(index: Index) -> Callable[[str], bool]:
    """Whether the corpus knows a Thai word, as a question's words are cut (`text.tokenize`):
    a word of its index, a word of PyThaiNLP's dictionary written inside one of them
    ("ประชุม" in การประชุม), or a stop word or question word (text.is_content_word)."""
    return KNOWS.of(index)


# knows() also looks for a dictionary word in the corpus's running text (a compound the text
# writes across two of its words: "ยุบสภา" in "ให้ยุบสภาผู้แทนราษฎร", newmm's ยุบ|สภาผู้แทนราษฎร)
# up to this many passages: the text is kept in memory once, normalised (about the index's own
# size), and a miss reads all of it (~1 ms a megabyte). search.normalized_passage reads a
# passage's normal form from it too (`normalized_text`): every passage is normalised once.
RUNNING_TEXT_MAX_PASSAGES = 20_000


def _running_text(index: Index) -> str:
    if len(index.passages) > RUNNING_TEXT_MAX_PASSAGES:
        return ""
    return "\n".join(normalize(p.text) for p in index.passages)


RUNNING_TEXT: Derived[str] = Derived("the corpus's normalised running text", _running_text)


def _running_starts(index: Index) -> np.ndarray:
    text = RUNNING_TEXT.of(index)
    if not index.passages or not text:
        return np.zeros(0, dtype=np.int64)
    lengths = np.array([len(line) + 1 for line in text.split("\n")], dtype=np.int64)
    return np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)


RUNNING_STARTS: Derived[np.ndarray] = Derived(
    "where each passage's line starts in the running text", _running_starts
)


def normalized_text(index: Index, passage_id: int) -> str:
    """The passage's text.normalize form: its line of the running text (normalised once, at
    warm-up), or normalised now on a corpus above RUNNING_TEXT_MAX_PASSAGES."""
    starts = RUNNING_STARTS.of(index)
    if not len(starts):
        return normalize(index.passages[passage_id].text)
    text = RUNNING_TEXT.of(index)
    start = int(starts[passage_id])
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def writes(index: Index, word: str) -> bool:
    """Whether the corpus's running text holds the (normalised) word, across its own word
    boundaries too; False for a corpus above RUNNING_TEXT_MAX_PASSAGES."""
    return word in RUNNING_TEXT.of(index)


def uses(
    index: Index, word: str, *, dictionary_only: bool, inside_min: int, across_min: int
) -> bool:
    """Whether the corpus uses a (normalised) word: a word of its index, or one it writes inside
    one of its words (of at least inside_min characters: "ประชุม" in การประชุม) or across two of
    them in its running text (at least across_min: "ยุบสภา" in ยุบ|สภาผู้แทนราษฎร, `writes`).
    dictionary_only: only a word of PyThaiNLP's dictionary counts inside or across words (a
    question's words as newmm cuts them, `knows`; the scope judge's known words forgive more,
    known_words.is_known_word)."""
    vocab, _ = idf_table(index)
    if word in vocab:
        return True
    if dictionary_only and word not in thai_words():
        return False
    if len(word) >= inside_min and word in vocabulary_text(index):
        return True
    return len(word) >= across_min and writes(index, word)


def _knows(index: Index) -> Callable[[str], bool]:
    @lru_cache(maxsize=1 << 14)
    def known(word: str) -> bool:
        # A dictionary compound the text writes across two of its words is a word it uses.
        if uses(index, word, dictionary_only=True, inside_min=0, across_min=4):
            return True
        # A stop word or question word is a word whether or not the text uses it: a text
        # asks no questions ("ไหน", "คะ").
        return len(word) >= 2 and not is_content_word(word)

    return known


KNOWS: Derived[Callable[[str], bool]] = Derived("the Thai words the corpus knows", _knows)


def _idf_table(index: Index) -> tuple[dict[str, int], np.ndarray]:
    df = lexical.document_frequencies(index.bm25)
    n = max(len(index.passages), 1)
    idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
    return lexical.vocabulary(index.bm25), idf


IDF_TABLE: Derived[tuple[dict[str, int], np.ndarray]] = Derived("IDF per word", _idf_table)


def idf_table(index: Index) -> tuple[dict[str, int], np.ndarray]:
    """Token → id, and the IDF of every token id ((vocabulary size,) float64), from the BM25
    index's own counts."""
    return IDF_TABLE.of(index)


def bm25_idf(n: float, df: float) -> float:
    """The smoothed BM25 IDF of a word held by df of n passages, log(1 + (n − df + 0.5) /
    (df + 0.5)) (Robertson & Zaragoza 2009; bm25s's default): idf_table's formula for one word."""
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


def rare_idf(index: Index, share: float) -> float:
    """A line of IDF (idf_table's smoothed BM25 formula, log(1 + (n − df + 0.5) / (df + 0.5)))
    that the words held by fewer than `share` of the n passages reach and no other word does:
    the formula at a count of passages half-way between the largest such count and the next
    (df = ⌈share · n⌉ − 0.5). (log(1 + (1 − share) / share), the formula without its smoothing,
    moved the line with the corpus's size: 4 passages of 21 fell short of a share of 0.2, 4 of
    22 did not.)"""
    n = max(len(index.passages), 1)
    return bm25_idf(n, math.ceil(share * n) - 0.5)


def unknown_idf(index: Index) -> float:
    """The weight of a word the corpus never uses: rarer than its rarest word."""
    n = max(len(index.passages), 1)
    return math.log(1.0 + (n + 0.5) / 0.5)


def _passage_documents(index: Index) -> tuple[np.ndarray, np.ndarray]:
    numbers = {doc: n for n, doc in enumerate(dict.fromkeys(p.doc_id for p in index.passages))}
    of = np.array([numbers[p.doc_id] for p in index.passages], dtype=np.int64)
    return of, np.bincount(of, minlength=len(numbers)).astype(np.float64)


PASSAGE_DOCUMENTS: Derived[tuple[np.ndarray, np.ndarray]] = Derived(
    "each passage's document number and each document's count of passages", _passage_documents
)


def within_document(
    index: Index, weights: Mapping[str, float], passage_id: int
) -> dict[str, float]:
    """The question's word weights (IDF, idf_table) with each word the corpus uses weighing at
    most its IDF within the document of passage `passage_id`, as if the whole corpus were
    written like that document: the word's share of that document's passages taken as its
    share of all n passages (the same smoothed BM25 formula). Over one document, the weights
    as they are.

    A word that names one document's subject (ห้องสมุด in a library's rules, ค่าย in a camp's
    notice) is in few passages of a corpus of several documents, so it weighed as a rare word
    and carried a question's coverage whenever the question landed on that document — "ค่ายมีรถ
    รับส่งนักเรียนหรือไม่" said together in the camp notice's what-to-bring passage (FRESH20a,
    owndocs20: out-of-scope questions over staff corpora answered 0.42–0.50). Over the one
    document the scope model was fitted on, such a word (อาเซียน) is in most passages and weighs
    little; within its document it weighs as little here."""
    of, sizes = PASSAGE_DOCUMENTS.of(index)
    if len(sizes) < 2:
        return dict(weights)
    vocab, _ = idf_table(index)
    scores = index.bm25.scores  # one column of passages per word id (lexical.document_frequencies)
    indptr, indices = scores["indptr"], scores["indices"]
    document = of[passage_id]
    n = float(max(len(index.passages), 1))
    scale = n / sizes[document]
    out = {}
    for token, weight in weights.items():
        token_id = vocab.get(token)
        if token_id is None:  # a word the corpus never uses: its weight says so already
            out[token] = weight
            continue
        held = np.asarray(indices[indptr[token_id] : indptr[token_id + 1]])
        df = float(np.count_nonzero(of[held] == document)) * scale
        out[token] = min(weight, bm25_idf(n, df))
    return out
