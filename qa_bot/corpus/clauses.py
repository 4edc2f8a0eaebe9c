"""Clauses of a long sentence: where a run-on Thai sentence may be cut for an answer
(answer.best_clause), at PyThaiNLP's CRF model's likeliest sentence ends."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from ..thai_dictionary import newmm
from .boundaries import (
    LATIN_INITIAL,
    STARTS_WITH_NUMBER,
    ends_with_abbreviation,
    first_words,
    inside_quotation,
    tags,
)

# A sentence longer than MAX_SENTENCE_CHARS is cut in two at its likeliest clause boundary,
# again until every part is short enough: a Thai writer runs clauses on with spaces ("… อัตลักษณ์
# อาเซียน | โดยได้มีการจัดทำปฏิญญาเวียงจันทน์ … | และล่าสุด เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 …
# ที่เมืองยอกยาการ์ตา …": a 900-character "sentence" holding three declarations), and the answer
# to a question is one of them. The likeliest boundary is the space where PyThaiNLP's CRF sentence
# model (sentenceseg_crfcut.model) gives the highest marginal probability of a sentence end,
# among the spaces that may end a clause (_may_cut): never inside brackets or quotes, before a
# bracketed or Latin name or a number, after an abbreviation, nor leaving a part shorter than
# MIN_PART_CHARS. A cut after a dangling conjunction ("… Community) และล่าสุด | เมื่อวันที่ …")
# moves before it.
MAX_SENTENCE_CHARS = 400
MIN_PART_CHARS = 100
MIN_END_PROBABILITY = 0.3
_CRF_LOCK = threading.Lock()  # a pycrfsuite Tagger holds the sequence it tagged last
_LATIN_END = re.compile(r"[A-Za-z0-9’',:;\-]$")
_LATIN_START = re.compile(r"^[A-Za-z(\[]")
# A short word before a number is a unit of it ("ครั้งที่ 8", "ปี 2562", "ฉบับที่ 1"): no cut before.
_BEFORE_NUMBER = re.compile(r"^\S{1,8}\s+[0-9\u0e50-\u0e59]")


@lru_cache(maxsize=1)
def _crf_tagger():  # -> pycrfsuite.Tagger
    """PyThaiNLP's sentence model in a Tagger of our own (pythainlp.tokenize.crfcut shares one
    with its sent_tokenize)."""
    import os

    import pycrfsuite
    from pythainlp.corpus import corpus_path

    tagger = pycrfsuite.Tagger()
    tagger.open(os.path.join(corpus_path(), "sentenceseg_crfcut.model"))
    return tagger


def _end_marginals(text: str) -> list[tuple[int, int, float]]:
    """(start, end, P(sentence end)) of each run of spaces in text, by PyThaiNLP's CRF model."""
    from pythainlp.tokenize import crfcut

    words = newmm(text)
    if not words:
        return []
    features = crfcut._extract_features(words)
    found, offset = [], 0
    with _CRF_LOCK:
        tagger = _crf_tagger()
        tagger.set(features)
        for i, word in enumerate(words):
            if word.isspace():
                found.append((offset, offset + len(word), tagger.marginal("E", i)))
            offset += len(word)
    return found


def _may_cut(said: str, rest: str) -> bool:
    """True when a sentence may end between said and rest (see MAX_SENTENCE_CHARS)."""
    return not (
        len(said) < MIN_PART_CHARS
        or len(rest) < MIN_PART_CHARS
        or inside_quotation(said)
        or _LATIN_START.match(rest)
        or (_LATIN_END.search(said) and rest[:1].isascii() and rest[:1].isalnum())
        or STARTS_WITH_NUMBER.match(rest)
        or _BEFORE_NUMBER.match(rest)
        or ends_with_abbreviation(said)
        or LATIN_INITIAL.search(said)
    )


def _dangling(said: str) -> int:
    """Characters of said's last chunk when it opens with a coordinating conjunction (ORCHID
    JCRG: "และล่าสุด", "หรือ") and is at most 15 characters: it belongs to what follows."""
    chunk = said.rsplit(None, 1)[-1]
    if len(chunk) > 15 or chunk == said:
        return 0
    first = first_words(chunk)
    return len(chunk) if first and tags(list(first[:1]))[0] == "JCRG" else 0


def split_long(
    text: str, span: tuple[int, int], max_chars: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """span cut at its likeliest clause boundaries until every part is at most max_chars
    long, or has no space where a sentence may end (see MAX_SENTENCE_CHARS)."""
    start, end = span
    if end - start <= max_chars:
        return [span]
    best, best_p = None, -1.0
    for a, b, p in _end_marginals(text[start:end]):
        said = text[start : start + a]
        cut = len(said) - _dangling(said)
        if cut < len(said):
            a, b = len(said[:cut].rstrip()), cut
            said = said[:a]
        if p >= MIN_END_PROBABILITY and p > best_p and _may_cut(said, text[start + b : end]):
            best, best_p = (start + a, start + b), p
    if best is None:
        return [span]
    return split_long(text, (start, best[0]), max_chars) + split_long(
        text, (best[1], end), max_chars
    )
