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
from dataclasses import dataclass

import numpy as np

from ..answer_types import COUNT, asked_type
from ..config import DEFAULT, ExamConfig
from ..lexicon import number_word
from ..search import retrieve
from ..store import Derived, Index
from ..text import embedding_text, is_content_word, is_thai, normalize, tokenize
from .binding import written
from .choice_text import read_whole
from .support import Query, Support

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
    """The number of items of each list a text enumerates (`list_items`), in the order
    written."""
    return [len(items) for items in list_items(text)]


def list_items(text: str) -> list[tuple[str, ...]]:
    """The items of each list a text enumerates (Thai: chunks between spaces or commas from the
    one its introducer opens to the one after และ / หรือ, that word left off; English: "A, B, C
    and D"), in the order written."""
    lists: list[tuple[str, ...]] = []
    chunks = normalize(text).replace(",", " ").split()
    for last, chunk in enumerate(chunks):
        if not chunk.startswith(_LAST) or len(chunk) <= len("หรือ") + 1:
            continue
        for first in range(last - 1, max(last - MAX_ITEMS, -1), -1):
            word = chunks[first]
            if word in _INTRODUCERS:
                items = chunks[first + 1 : last + 1]
            elif any(w in word[1:] for w in _INTRODUCERS):
                items = chunks[first : last + 1]
            else:
                continue
            if len(items) >= MIN_ITEMS:
                tail = next(w for w in _LAST if items[-1].startswith(w))
                lists.append((*items[:-1], items[-1][len(tail) :]))
            break
    for found in _ENGLISH_LIST.finditer(text):
        items = [part for part in _ENGLISH_SEPARATORS.split(found.group()) if part.strip()]
        if len(items) >= MIN_ITEMS:
            lists.append(tuple(items))
    return lists


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


# A count a stem gives its list ("one of the 15 sectors", "ข้อใดไม่ใช่ 1 ใน 15 สาขา"): a number of
# one or two digits, not an ordinal's ("8th", "ครั้งที่ 8"), a date's or a decimal's.
_STEM_COUNT = re.compile(r"(?<![\d.,/:-])(?<!ที่)(?<!ที่ )(\d{1,2})(?![\d.,/:-]|st|nd|rd|th)")


def stem_counts(stem: str) -> frozenset[int]:
    """The sizes of a list a stem names (`_STEM_COUNT`, or an English number word: "the fifteen
    sectors", "five characteristics"), MIN_ITEMS to MAX_ITEMS."""
    found = {int(m[1]) for m in _STEM_COUNT.finditer(normalize(stem))}
    found |= {n for w in re.findall(r"[A-Za-z]+", stem) if (n := number_word(w.lower()))}
    return frozenset(n for n in found if MIN_ITEMS <= n <= MAX_ITEMS)


@dataclass(frozen=True)
class CountedList:
    """A sentence of the documents that enumerates one list and writes its count, with the
    list's items (`list_items`)."""

    text: str
    items: tuple[str, ...]


def _counted_lists(index: Index) -> dict[int, tuple[CountedList, ...]]:
    """Each count → the documents' sentences that enumerate one list of that many items
    (`list_items`) and write the number ("… ประกอบด้วย 15 สาขา ดังนี้ การศึกษา กีฬา …")."""
    lists: dict[int, list[CountedList]] = {}
    for passage in index.passages:
        for start, end in passage.sentences:
            text = passage.source[start:end]
            found = list_items(text)
            if len(found) != 1:
                continue
            n = len(found[0])
            if re.search(rf"(?<!\d){n}(?!\d)", normalize(text)):
                lists.setdefault(n, []).append(CountedList(text, found[0]))
    return {n: tuple(found) for n, found in lists.items()}


COUNTED_LISTS: Derived[dict[int, tuple[CountedList, ...]]] = Derived(
    "the documents' sentences that enumerate a list and write its count", _counted_lists
)


def counted_list(index: Index, stem: str) -> CountedList | None:
    """The one list of the documents whose count the stem names (`stem_counts`,
    `COUNTED_LISTS`); None when the stem names no count, or none or several sentences
    enumerate one of that size."""
    found = {c for n in stem_counts(stem) for c in COUNTED_LISTS.of(index).get(n, ())}
    return next(iter(found)) if len(found) == 1 else None


def unlisted_choices(
    index: Index,
    stem: str,
    content: Sequence[int],
    supports: Sequence[Support],
    queries: Sequence[Query | None],
    matched: Sequence[str],
    cfg: ExamConfig = DEFAULT.exam,
) -> tuple[set[int], set[int]] | None:
    """Of the ordinary choices (content) the text reads whole (choice_text.read_whole), those
    the stem's counted list (`counted_list`) writes (binding.written, as matched), or writes in
    a close sense (an item embedded at least cfg.listed_sense of the choice: "health" glossed
    สุขภาพ is the list's สาธารณสุข, 0.957), and those it does not, each found whole where it is
    found (cfg.claim_coverage of it: "rural development" glossed "รัฐ การพัฒนา", found 0.77, is
    a gloss gone wrong, not another field); None without such a list. A choice the text cannot
    read whole (an English word left unglossed, or glossed in a sense the text uses otherwise)
    is in neither: the list may write it in words the glosses miss ("Civil service" is
    ราชการพลเรือน)."""
    listed = counted_list(index, stem)
    if listed is None:
        return None
    read = [i for i in content if read_whole(supports[i], queries[i], cfg)]
    inside = {i for i in read if written(listed.text, matched[i])}
    rest = [i for i in read if i not in inside]
    if not rest:
        return inside, set()
    texts = [embedding_text(matched[i]) for i in rest]
    vectors = index.embedder.encode_queries([*texts, *map(embedding_text, listed.items)])
    closeness = (vectors[: len(rest)] @ vectors[len(rest) :].T).max(axis=1)
    inside |= {i for i, near in zip(rest, closeness, strict=True) if near >= cfg.listed_sense}
    outside = {
        i
        for i, near in zip(rest, closeness, strict=True)
        if near < cfg.listed_sense and supports[i].coverage >= cfg.claim_coverage
    }
    return inside, outside
