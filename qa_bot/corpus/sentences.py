"""A passage's answer sentences: PyThaiNLP's CRF splitter, its pieces joined back where they
continue a sentence, as offsets into the document's text."""

from __future__ import annotations

import re

MIN_SENTENCE_CHARS = 40
# PyThaiNLP's CRF splitter cuts at spaces, and Thai puts spaces between clauses: it cuts after
# an abbreviation's full stop ("ค.ศ. | 2025", "สปป. | ลาว") and before a clause that cannot
# stand alone ("… AUN) ขึ้น | ซึ่งเป็นความร่วมมือ …"). Such a piece joins the sentence before it
# while the two stay under MAX_JOINED_CHARS (a highlight should stay a sentence, not a paragraph).
_ENDS_WITH_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[\u0e01-\u0e2e]{1,3}\.)+$")
CONTINUATION_STARTS = ("ซึ่ง", "เพื่อ", "โดย")  # which, so as to, by
_STARTS_WITH_NUMBER = re.compile(r"^[0-9\u0e50-\u0e59]")
# An era's abbreviation is never the end of a sentence: its year follows ("ค.ศ. | 2017").
_ENDS_WITH_ERA = re.compile(r"(?:ค\.\s?ศ|พ\.\s?ศ|ร\.\s?ศ|จ\.\s?ศ)\.$")
# Thai text written with full stops ends a sentence with one: "…ใจงาม. ปัจจุบันชมรม…". A full stop
# after a Thai letter that is not an abbreviation's (see _ENDS_WITH_ABBREVIATION) ends a sentence.
_ENDS_WITH_FULL_STOP = re.compile(r"[\u0e01-\u0e4f]\.$")
MAX_JOINED_CHARS = 320


def continues(
    text: str, before: tuple[int, int], piece: tuple[int, int], max_chars: int = MAX_JOINED_CHARS
) -> bool:
    """True when a CRF piece belongs to the sentence before it while the two stay within
    max_chars (see MAX_JOINED_CHARS).

    Whatever the length, a year joins its era ("… พฤศจิกายน ค.ศ. | 2017"), and nothing joins a
    sentence ended by a full stop ("…ใจงาม. | ปัจจุบันชมรมมีสมาชิก 120 คน.").
    """
    said = text[before[0] : before[1]].rstrip()
    words = text[piece[0] : piece[1]]
    if _ENDS_WITH_ERA.search(said) and _STARTS_WITH_NUMBER.match(words):
        return True
    if ends_sentence(said):
        return False
    if piece[1] - piece[0] < MIN_SENTENCE_CHARS:
        return True
    if piece[1] - before[0] > max_chars:
        return False
    return bool(
        _ends_with_abbreviation(said)
        or _STARTS_WITH_NUMBER.match(words)
        or words.startswith(CONTINUATION_STARTS)
    )


def _ends_with_abbreviation(text: str) -> bool:
    """True for "ค.ศ.", "สปป.", "16.30 น." — not for a word of PyThaiNLP's dictionary written
    without vowels before a full stop ("120 คน.", "ผล.")."""
    match = _ENDS_WITH_ABBREVIATION.search(text)
    if match is None:
        return False
    cluster = match.group().lstrip(" \t\n(")
    if cluster.count(".") > 1 or len(cluster) <= 2:
        return True
    from pythainlp.corpus import thai_words

    return cluster[:-1] not in thai_words()


def ends_sentence(text: str) -> bool:
    """True when Thai text ends in a full stop that is not an abbreviation's ("ใจงาม.", "คน.",
    not "ค.ศ.", "16.30 น.")."""
    text = text.rstrip()
    return bool(_ENDS_WITH_FULL_STOP.search(text)) and not _ends_with_abbreviation(text)


def sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Sentences of a passage (PyThaiNLP's CRF splitter), as offsets into the source.

    Fragments shorter than MIN_SENTENCE_CHARS join the sentence before them: a highlighted
    answer of a few words out of context helps nobody. So do pieces that continue a sentence
    (see MAX_JOINED_CHARS): on the bundled document, joining them raised sentence@1 from 0.82 to
    0.88 on the dev questions and from 0.72 to 0.77 on eval/extra.jsonl, with nothing else
    changed (78 sentences became 65, median 137 → 207 characters).
    """
    from pythainlp.tokenize import sent_tokenize

    spans: list[tuple[int, int]] = []
    cursor = start
    for sentence in sent_tokenize(text[start:end], engine="crfcut"):
        sentence = sentence.strip()
        found = text.find(sentence, cursor, end) if sentence else -1
        if found < 0:
            continue
        span = (found, found + len(sentence))
        cursor = span[1]
        if spans and continues(text, spans[-1], span):
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    short = spans[0][1] - spans[0][0] < MIN_SENTENCE_CHARS if spans else False
    if len(spans) > 1 and short and not ends_sentence(text[spans[0][0] : spans[0][1]]):
        first = spans.pop(0)
        spans[0] = (first[0], spans[0][1])
    return tuple(spans) or ((start, end),)
