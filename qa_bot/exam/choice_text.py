"""What the verdict reads of one choice beside its scores: the sentence its support stands in
(and the next one), and what kind of choice it is (a claim, a bare value, words the text cannot
judge)."""

from __future__ import annotations

import re

from ..config import DEFAULT, ExamConfig
from ..lexicon import dictionary_terms
from ..store import Index
from ..text import is_content_word, normalize, tokenize
from ..vocabulary import RUNNING_TEXT, writes
from .binding import sentence_at
from .score import is_supported
from .support import Query, Support


def sentence_key(support: Support) -> tuple[int, int] | None:
    """(passage id, sentence index) of the sentence a choice's support stands in
    (binding.sentence_at); None when it was found nowhere."""
    if support.passage is None or support.source_pos < 0:
        return None
    span = sentence_at(support.passage, support.source_pos)
    if span is None or span not in support.passage.sentences:
        return None
    return support.passage.id, support.passage.sentences.index(span)


def sentence_of(support: Support) -> str | None:
    """The source text of the sentence a choice's support stands in (binding.sentence_at); None
    when the choice was found nowhere."""
    if support.passage is None or support.source_pos < 0:
        return None
    span = sentence_at(support.passage, support.source_pos)
    return None if span is None else support.passage.source[span[0] : span[1]]


def next_sentence(support: Support) -> str:
    """The source text of the sentence after the one a choice's support stands in ("" when it
    is the passage's last, or the choice was found nowhere)."""
    if support.passage is None or support.source_pos < 0:
        return ""
    span = sentence_at(support.passage, support.source_pos)
    sentences = support.passage.sentences
    if span is None or span not in sentences:
        return ""
    k = sentences.index(span) + 1
    return support.passage.source[sentences[k][0] : sentences[k][1]] if k < len(sentences) else ""


def nothing_judged(query: Query | None) -> bool:
    """Whether no unit of a choice is one the text can judge: every unit its foreign words'
    (Query.foreign: an English choice no gloss or name turned into the text's Thai)."""
    return query is None or query.total - query.foreign <= 0


def bare_value(query: Query | None) -> bool:
    """Whether a choice is a number and nothing else (a year, a date's numbers, a count: every
    matching unit a number's, "#2019")."""
    if query is None or not query.weights:
        return False
    return all(u.startswith("#") for u in query.weights)


def is_claim(choice: str) -> bool:
    """True when a choice says something of something: two content words at least
    (text.is_content_word), not one term ("เยาวชน", "Tourism")."""
    return sum(is_content_word(w) for w in tokenize(choice)) >= 2


def read_whole(support: Support, query: Query | None, cfg: ExamConfig = DEFAULT.exam) -> bool:
    """Whether the text reads a choice whole: no word of it left foreign (Query.foreign), found
    in the documents' words (Support.in_words), supported, and at least cfg.evidence_coverage of
    it found where it stands."""
    return (
        query is not None
        and query.foreign <= 0
        and support.in_words
        and is_supported(support, cfg)
        and support.coverage >= cfg.evidence_coverage
    )


_LATIN_WORD = re.compile(r"[A-Za-z]+")


def written_nowhere(index: Index, choice: str) -> bool:
    """Whether the dictionary reads every English content word of a choice (lexicon.
    dictionary_terms: the Thai of its three commonest senses) and the documents write no content
    word of any of those terms (vocabulary.writes, their running text): the choice is absent
    from them, not merely unread. "Refugees" (ผู้ลี้ภัย), "Noise" (เสียงรบกวน, นอยส์) and
    "Transport" (พาหนะ, ยานพาหนะ, การลำเลียง) are absent from the bundled document; "Transboundary
    haze pollution" is unread ("transboundary" is no dictionary word) and "haze" (หมอกแดด, …)
    has หมอก, which the document writes in หมอกควัน. False for a choice without English words, and
    for a corpus too large to keep its running text (vocabulary.RUNNING_TEXT_MAX_PASSAGES:
    unknown is not absent)."""
    words = [w for w in _LATIN_WORD.findall(choice.lower()) if is_content_word(w)]
    if not words or not RUNNING_TEXT.of(index):
        return False
    for word in words:
        terms = dictionary_terms(word)
        if not terms:
            return False  # unread: no sense of it to look for
        thai = {w for term in terms for w in tokenize(normalize(term)) if is_content_word(w)}
        if any(writes(index, w) for w in thai):
            return False
    return True
