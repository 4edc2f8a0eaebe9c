"""Counting a list the documents enumerate without writing how many it has.

"อาเซียนมีความร่วมมือด้านสิ่งแวดล้อมในสาขาย่อยทั้งหมดกี่เรื่อง ก. 5 ข. 7 ค. 8 ง. 15" / "How many
sub-areas of environmental cooperation does the document list?": the document lists them, "…
ในสาขาย่อยเรื่องการอนุรักษ์ธรรมชาติและความหลากหลายทางชีวภาพ สิ่งแวดล้อมทางทะเลและชายฝั่ง … การ
เปลี่ยนแปลงสภาพภูมิอากาศ และสิ่งแวดล้อมศึกษา", and never writes 7: no choice is found, and the
stem was judged not found (FRESH23 K6, E17 and T08). The answer is the number of the list's
items.

Thai writes a list's items one after another, separated by spaces (or commas), the last after
และ / หรือ (Iwasaki & Ingkaphirom, *A Reference Grammar of Thai*, 2005, on coordination); the
list follows a word that introduces it: ดังนี้, ได้แก่, ประกอบด้วย, อาทิ, เช่น, คือ, or the head
noun's เรื่อง / ด้าน ("สาขาย่อยเรื่อง…"). English lists ("A, B, C and D") are counted by their
commas.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np

from ..answer_types import COUNT, asked_type
from ..lexicon import number_word
from ..search import retrieve
from ..store import Index
from ..text import is_content_word, is_thai, normalize, tokenize

# The words that introduce a Thai list (the grammar above): alone as a chunk, the items follow
# it; inside a chunk ("…ในสาขาย่อยเรื่องการอนุรักษ์…"), the chunk is the first item.
_INTRODUCERS = ("ดังต่อไปนี้", "ดังนี้", "ได้แก่", "ประกอบด้วย", "อาทิ", "เช่น", "คือ", "เรื่อง", "ด้าน")
_LAST = ("และ", "หรือ")
# A list of fewer items is no enumeration an exam counts; more is a run of text.
MIN_ITEMS, MAX_ITEMS = 3, 30
_ENGLISH_LIST = re.compile(
    r"(?:[A-Za-z][^,.;:()]*,\s*){2,}(?:[A-Za-z][^,.;:()]*?\s)?(?:and|or)\s+[A-Za-z]", re.IGNORECASE
)
_ENGLISH_SEPARATORS = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)


def list_counts(text: str) -> list[int]:
    """The number of items of each list a text enumerates (Thai: chunks between spaces or
    commas from the one its introducer opens to the one after และ / หรือ; English: "A, B, C and
    D"), in the order written."""
    counts = []
    chunks = normalize(text).replace(",", " ").split()
    for last, chunk in enumerate(chunks):
        if not chunk.startswith(_LAST) or len(chunk) <= len("หรือ") + 1:
            continue
        for first in range(last - 1, max(last - MAX_ITEMS, -1), -1):
            word = chunks[first]
            if word in _INTRODUCERS:
                items = last - first
            elif any(w in word[1:] for w in _INTRODUCERS):
                items = last - first + 1
            else:
                continue
            if items >= MIN_ITEMS:
                counts.append(items)
            break
    for found in _ENGLISH_LIST.finditer(text):
        items = len([part for part in _ENGLISH_SEPARATORS.split(found.group()) if part.strip()])
        if items >= MIN_ITEMS:
            counts.append(items)
    return counts


def _number(choice: str) -> int | None:
    """The count a choice gives: its one number, alone or before one word (its classifier,
    "7 เรื่อง", "7 sub-areas"), or one English number word ("seven": lexicon.number_word);
    None otherwise."""
    text = normalize(choice)
    found = re.fullmatch(r"\s*(\d+)(?:\s*[^\s\d]+)?\s*", text)
    if found:
        return int(found[1])
    words = text.split()
    return number_word(words[0]) if len(words) == 1 else None


# The words between a Thai count's noun and กี่ ("สาขาย่อยทั้งหมดกี่เรื่อง"): "all", "in all".
_BEFORE_COUNT = ("ทั้งหมด", "ทั้งสิ้น", "รวม", "มี")


def counted_noun(stem: str) -> str | None:
    """The noun a Thai count question counts: the content word(s) before กี่ ("… ในสาขาย่อย
    ทั้งหมดกี่เรื่อง" → "สาขาย่อย"); None for another stem (an English one: its noun is not the
    text's)."""
    words = tokenize(normalize(stem))
    if "กี่" not in words:
        return None
    at = words.index("กี่")
    while at > 0 and words[at - 1] in _BEFORE_COUNT:
        at -= 1
    noun = [w for w in words[max(at - 2, 0) : at] if is_content_word(w) and is_thai(w)]
    return "".join(noun) or None


def counted_choice(
    index: Index,
    stem: str,
    choices: Sequence[str],
    content: Sequence[int],
    sections: Collection[tuple[str, int]] | None,
    query_vector: np.ndarray | None,
) -> tuple[int, bool] | None:
    """Under a stem asking how many (answer_types COUNT) whose ordinary choices (content) are
    all counts: the one choice whose count is the number of items of the list in the sentence
    of the stem's best passage (search.retrieve) that the stem's embedding is closest to, among
    those that enumerate exactly one (`list_counts`), with whether that sentence writes the noun
    the stem counts (`counted_noun`): only then is the list the stem's in the text's words.
    None when there is no such sentence, or no choice or more than one gives its count."""
    if asked_type(stem) != COUNT or query_vector is None or len(content) < 2:
        return None
    values = {i: _number(choices[i]) for i in content}
    if any(v is None for v in values.values()):
        return None
    found = retrieve(index, stem, 1, sections, query_vector=query_vector)
    if not found.candidates:
        return None
    passage = found.candidates[0].passage
    first = int(index.sentence_offsets[passage.id])
    listed = []
    for k, (start, end) in enumerate(passage.sentences):
        counts = list_counts(passage.source[start:end])
        # A sentence of two lists does not say which one the stem counts.
        if len(counts) == 1:
            closeness = float(index.sentence_vectors[first + k] @ query_vector)
            listed.append((closeness, counts[0], k))
    if not listed:
        return None
    _, count, row = max(listed)
    matching = [i for i in content if values[i] == count]
    if len(matching) != 1:
        return None
    noun = counted_noun(stem)
    start, end = passage.sentences[row]
    return matching[0], noun is not None and noun in normalize(passage.source[start:end])
