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


# "how many" + the noun phrase it counts ("How many member countries does …", "within how many
# days"): up to three words before the first stop word (an auxiliary, a preposition: "does",
# "of", "are"), as English grammar puts a count's noun right after "how many" (Quirk et al., A
# Comprehensive Grammar of the English Language, 1985, on wh-determiners).
_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[a-z][a-z'’\-]*\s*){1,3})", re.IGNORECASE)


def counted_words(question: str) -> tuple[str, ...]:
    """The lower-case English words of the noun phrase a "how many" question counts, before
    its first stop word ("How many member countries does ARF have?" → ("member",
    "countries"); "How many times has …" → ("times",)); () for a question asking no such count.
    """
    found = _HOW_MANY.search(question)
    if found is None:
        return ()
    words: list[str] = []
    for word in found.group(1).lower().split():
        if word in ENGLISH_STOPWORDS:
            break
        words.append(word)
    return tuple(words)


def counted_terms(question: str) -> tuple[str, ...]:
    """The Thai units an English count question's noun phrase may be counted in: the Thai
    terms the English–Thai dictionary gives each of its words (lexicon.dictionary_terms, a
    possessive dropped; a plural's singular's too, lexicon.singular_lemmas), and the words of
    those terms (กลุ่มคน → คน), longest first; () for no count or none the dictionary knows.
    A Thai text counts a noun by a number and a
    classifier, often the noun itself ("10 ประเทศ"), or writes the noun before the number
    ("คุณลักษณะ 5 ข้อ"): answer_types.has_count_of reads both."""
    from .lexicon import dictionary_terms, singular_lemmas, without_possessive

    terms: set[str] = set()
    for word in counted_words(question):
        word = without_possessive(word)
        singular = (t for lemma in singular_lemmas(word) for t in dictionary_terms(lemma))
        for term in (*dictionary_terms(word), *singular):
            if not is_thai(term):
                continue
            terms.add(term)
            terms.update(w for w in tokenize(term) if is_thai(w) and is_content_word(w))
    return tuple(sorted((t for t in terms if len(t) >= 2), key=lambda t: (-len(t), t)))
