"""The bilingual pairs a Thai document gives itself: a Thai term followed by its English name in
brackets, "อัลเบิร์ต ไอน์สไตน์ (Albert Einstein)", "เครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University
Network: AUN)".

Thai text (a translation especially) glosses a foreign name once, where it first appears, and
then writes only the Thai form. An English question's name is therefore found in Latin letters
in one passage, the one that glosses it, although the passages after it speak of the same thing
in Thai: matched as written, the name pulled English questions to an article's opening paragraph
(bench/reading.py: 45 of the 106 English questions whose top hit missed the answer had the name
bonus on the wrong passage). With the gloss, a passage holds a name when it holds the name or
the Thai term the document gives for it.
"""

from __future__ import annotations

import re

from .store import Derived, Index
from .text import is_content_word, is_thai, matching_text, tokenize

# A run of non-space characters, then (optionally a space and) a bracket holding Latin letters:
# the Thai term just before the bracket and the English name inside it.
_GLOSS = re.compile(r"(\S+)\s?\(([^()]*[A-Za-z][^()]*)\)")
_LATIN_LETTERS = re.compile(r"[A-Za-z]")


def thai_term(chunk: str) -> str:
    """The Thai term at the end of the text before a bracket, as matching_text writes it: the
    chunk's words without leading stop words ("หรือวาริโอเลชัน" -> "วาริโอเลชัน"); "" when
    what is left is not Thai or holds Latin letters."""
    words = tokenize(chunk)
    while words and not is_content_word(words[0]):
        words = words[1:]
    term = "".join(words)
    if not is_thai(term) or _LATIN_LETTERS.search(term):
        return ""
    return matching_text(term)


def bracketed_pairs(text: str) -> list[tuple[str, str]]:
    """(text just before a bracket, the Latin text inside it) for each bracket of text that
    holds Latin letters: a Thai term's chunk and its English name."""
    return _GLOSS.findall(text)


def _glosses(index: Index) -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for passage in index.passages:
        for chunk, english in bracketed_pairs(passage.text):
            term = thai_term(chunk)
            if not term:
                continue
            for word in tokenize(english):
                if is_content_word(word) and not is_thai(word):
                    found.setdefault(word, set()).add(term)
    return {word: tuple(sorted(terms)) for word, terms in found.items()}


GLOSSES: Derived[dict[str, tuple[str, ...]]] = Derived(
    "Thai terms the documents give for English words", _glosses
)


def thai_terms(index: Index, word: str) -> tuple[str, ...]:
    """The Thai terms the documents write beside a Latin word (a token as `text.tokenize`
    gives it: lower case, stemmed) in brackets; () when none does."""
    return GLOSSES.of(index).get(word, ())


def _term_words(index: Index) -> dict[str, tuple[str, ...]]:
    return {
        word: tuple(w for term in terms for w in tokenize(term))
        for word, terms in GLOSSES.of(index).items()
    }


# Cut once per index: a word the documents gloss often has many terms (the bundled document's
# "asean" 24, a shelf of 64 documents' 1,070), and cutting them again for every question that
# named it took kiosk questions there from p50 21.0 / p95 29.1 ms to 22.4 / 52.5 ms
# (bench/spelling_latency.py, RESULTS 2026-11-30).
TERM_WORDS: Derived[dict[str, tuple[str, ...]]] = Derived(
    "the words of the Thai terms the documents give for English words", _term_words
)


def thai_term_words(index: Index, word: str) -> tuple[str, ...]:
    """The words (`text.tokenize`) of every Thai term `thai_terms` gives for a Latin word, in
    order; () when the documents gloss it nowhere."""
    return TERM_WORDS.of(index).get(word, ())
