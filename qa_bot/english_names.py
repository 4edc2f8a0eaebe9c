"""How a question writes English: names written as names (a capital or a digit: "AHA Centre",
"COVID19"), acronyms (all capitals: "NATO"), pairs of adjacent English words (the documents give
English names in brackets), and its share of Thai words. Functions of the text only (the
question's; the corpus's acronyms too); search.py and scope.py match them against the passages.
"""

from __future__ import annotations

import itertools
import re

from .text import ENGLISH_STOPWORDS, is_content_word, is_thai, stem_latin, tokenize

_LATIN_IN_QUESTION = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def thai_share(tokens: list[str]) -> float:
    """The share of the question's content words written in Thai (1.0 without content words).

    BM25 matches words as written: over Thai text it is evidence for a Thai question and next to
    none for an English one, whose only matches are the English names the text gives in
    brackets, and chance ones ("the", "of" in an English title).
    """
    content = [t for t in tokens if is_content_word(t)]
    if not content:
        return 1.0
    return sum(is_thai(t) for t in content) / len(content)


def written_as_names(question: str) -> set[str]:
    """Latin words the question writes with a capital or a digit (AHA Centre, SAMCA, COVID19)."""
    return {
        part
        for word in _LATIN_IN_QUESTION.findall(question)
        if not word.islower()
        for part in tokenize(word)
    }


# A word of 2–10 Latin capitals or digits, starting with a capital (AUN, ACDM, G20).
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,9}\b")


def written_in_capitals(text: str) -> set[str]:
    """The acronyms a text writes: words all in Latin capitals, 2–10 letters ("NATO", "AUN";
    not "G20", "Centre"), as written."""
    return {word for word in _ACRONYM.findall(text) if word.isalpha()}


def question_acronyms(question: str) -> frozenset[str]:
    """The question's words written in capitals ("NATO", "AUN"), lowercased as tokens are.

    Narrower than `written_as_names` (a capital or a digit anywhere: "AHA Centre", "COVID19",
    cut into tokens): only whole words all in capitals, the acronyms that the scope judge
    compares with the ones the corpus writes itself (`known_words.corpus_acronyms`).
    """
    return frozenset(word.lower() for word in written_in_capitals(question))


def uses_capitals(question: str) -> bool:
    """Whether the writer capitalises: a Latin word after the first has a capital. A kiosk query
    typed all in lower case ("one asean one response") says nothing by its case."""
    words = _LATIN_IN_QUESTION.findall(question)
    return any(not word.islower() for word in words[1:])


def english_phrases(question: str) -> list[str]:
    """Pairs of adjacent English content words of the question ("social work", "training
    centre"): the documents give English names in brackets beside Thai terms, and a pair of words
    found side by side there is a bilingual match, where one common word is chance."""
    words = [stem_latin(w.lower()) for w in _LATIN_IN_QUESTION.findall(question)]
    spans = [m.span() for m in _LATIN_IN_QUESTION.finditer(question)]
    pairs = []
    for (a, (_, end)), (b, (start, _)) in itertools.pairwise(zip(words, spans, strict=True)):
        adjacent = not question[end:start].strip(" -")
        content = a not in ENGLISH_STOPWORDS and b not in ENGLISH_STOPWORDS
        if adjacent and content and len(a) > 1 and len(b) > 1:
            pairs.append(f"{a} {b}")
    return pairs
