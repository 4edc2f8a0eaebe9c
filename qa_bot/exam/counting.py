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
from functools import lru_cache

import numpy as np

from ..answer_types import COUNT, asked_type
from ..answer_types.numerals import THAI_MAGNITUDES
from ..config import DEFAULT, ExamConfig
from ..embedders import Embedder
from ..lexicon import number_word
from ..search import retrieve
from ..store import Derived, Index
from ..text import embedding_text, is_content_word, is_thai, normalize, tokenize
from .binding import written
from .choice_text import read_whole
from .english_counts import english_count_classifiers
from .support import Query, Support

# The words that introduce a Thai list (the grammar above): alone as a chunk, the items follow
# it; inside a chunk ("…ในสาขาย่อยเรื่องการอนุรักษ์…"), the chunk is the first item.
_INTRODUCERS = ("ดังต่อไปนี้", "ดังนี้", "ได้แก่", "ประกอบด้วย", "อาทิ", "เช่น", "คือ", "เรื่อง", "ด้าน")
# With no such word, a list of nouns is the possessor or recipient of the noun before it, the
# first item glued to its preposition (the grammar above, on the possessive ของ and the dative
# แก่ / ให้แก่): "ส่งเสริมบทบาทของภาครัฐ วิสาหกิจ ผู้ประกอบการ องค์กรนายจ้าง และองค์กรลูกจ้าง",
# "การพัฒนาศักยภาพของเด็ก เยาวชน สตรี ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาส". Read only when no
# introducer opens the list: inside an introduced list an item may have its own possessor.
_GOVERNORS = ("ของ", "แก่")
# Where a clause begins no item runs on across it (the grammar above: a relative clause, ซึ่ง, a
# purpose, เพื่อ, a manner, โดย; เป็นต้น closes a list): walking back from a list's last item, a
# chunk that opens with one of them is the list's first item or none (binding._LIST_CLOSE).
_CLAUSE_OPENERS = ("ซึ่ง", "เพื่อ", "โดย", "เป็นต้น")
_LAST = ("และ", "หรือ")
# The introducers that open a chunk whose rest is the first item ("ประกอบด้วยการเฝ้าระวัง"): not
# เรื่อง / ด้าน, which open a noun of their own ("ด้านการศึกษา" is an item).
_OPENING = tuple(w for w in _INTRODUCERS if w not in ("เรื่อง", "ด้าน"))
_NOT_AN_ITEM = re.compile(r"[A-Za-z0-9()\[\]]")
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
    """The items of each list a text enumerates (`enumerations`), in the order written."""
    return [found.items for found in enumerations(text)]


@dataclass(frozen=True)
class Enumeration:
    """A list a text enumerates: its head, the words written just before its first item that
    say what the list is of ("เพื่อส่งเสริมบทบาท"; "15 สาขา" before "ดังนี้"; "" for an English
    list or one its introducer opens); its link, the introducer or governor between the head
    and the first item ("ของ", "ดังนี้", "เรื่อง"; ""); and its items ("ภาครัฐ", "วิสาหกิจ", …)."""

    head: str
    link: str
    items: tuple[str, ...]


def enumerations(text: str) -> list[Enumeration]:
    """The lists a text enumerates (Thai: chunks between spaces or commas from the one its
    introducer or governor opens to the one after และ / หรือ, that word left off:
    `_items_before`; English: "A, B, C and D"), in the order written."""
    lists: list[Enumeration] = []
    # ๆ repeats the word before it ("ต่าง ๆ"): one chunk with it.
    chunks = re.sub(r"\s+ๆ", "ๆ", normalize(text).replace(",", " ")).split()
    for last, chunk in enumerate(chunks):
        if not chunk.startswith(_LAST) or len(chunk) <= len("หรือ") + 1:
            continue
        found = _items_before(chunks, last)
        if found is not None and len(found[2]) >= MIN_ITEMS:
            head, link, items = found
            tail = next(w for w in _LAST if items[-1].startswith(w))
            lists.append(Enumeration(head, link, (*items[:-1], items[-1][len(tail) :])))
    lists.extend(_numbered(text))
    for match in _ENGLISH_LIST.finditer(text):
        items = [part for part in _ENGLISH_SEPARATORS.split(match.group()) if part.strip()]
        if len(items) >= MIN_ITEMS:
            lists.append(Enumeration("", "", tuple(items)))
    return lists


# A list item's number in brackets, "(1)" … "(5)" (Thai and English texts alike number a list's
# items so, each item's text after its number).
_ITEM_NUMBER = re.compile(r"\((\d{1,2})\)\s*")


def _numbered(text: str) -> list[Enumeration]:
    """The lists a text numbers (1), (2), … (n): each run of consecutive numbers from 1, its
    items the texts between them (the last one's up to the text's end; a conjunction before
    the next number left off), its head the word before (1); MIN_ITEMS items or more."""
    found: list[Enumeration] = []
    marks = list(_ITEM_NUMBER.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for mark in marks:
        if int(mark[1]) == 1:
            runs.append([mark])
        elif runs and int(mark[1]) == int(runs[-1][-1][1]) + 1:
            runs[-1].append(mark)
    for run in runs:
        if len(run) < MIN_ITEMS:
            continue
        ends = [m.start() for m in run[1:]] + [len(text)]
        # The conjunction before the last number is no part of the item before it.
        items = tuple(
            re.sub(r"\s+(?:และ|หรือ|and|or)$", "", text[m.end() : end].strip())
            for m, end in zip(run, ends, strict=True)
        )
        words = text[: run[0].start()].split()
        found.append(Enumeration(words[-1] if words else "", "", items))
    return found


def _items_before(chunks: Sequence[str], last: int) -> tuple[str, str, list[str]] | None:
    """The head, link (`Enumeration`) and chunks of the list whose last item is chunks[last]
    (its และ / หรือ kept): from the one after the nearest introducer alone (the head: the chunk
    before it), or from the nearest chunk an introducer opens or is inside ("ประกอบด้วยการ
    เฝ้าระวัง", "…สาขาย่อยเรื่องการอนุรักษ์…"; the head: its words before the introducer); else
    from the nearest chunk a governor is inside (`_GOVERNORS`; the first item is its words after
    the governor, the head those before). The walk back stops at a chunk that opens a clause
    (`_CLAUSE_OPENERS`) or ends another list (และ / หรือ; that chunk may still hold the
    introducer or governor), and after MAX_ITEMS chunks. None when no introducer or governor is
    met, or at a chunk that writes Latin letters, digits or brackets (a name, a date: a list may
    run on across it, so where it starts is not known)."""
    governed: tuple[int, int, str] | None = None
    for first in range(last - 1, max(last - MAX_ITEMS, -1), -1):
        word = chunks[first]
        if word in _INTRODUCERS:
            head = chunks[first - 1] if first else ""
            return head, word, list(chunks[first + 1 : last + 1])
        if _NOT_AN_ITEM.search(word):
            return None
        opening = next((w for w in _OPENING if word.startswith(w)), None)
        if opening is not None:
            return "", opening, [word[len(opening) :], *chunks[first + 1 : last + 1]]
        inside = [(word.find(w, 1), w) for w in _INTRODUCERS if w in word[1:]]
        if inside:
            at, link = min(inside)
            return word[:at], link, list(chunks[first : last + 1])
        if governed is None:
            spots = [(word.find(w, 1), w) for w in _GOVERNORS if w in word[1:-1]]
            if spots:
                governed = (first, *min(spots))
        if word.startswith((*_CLAUSE_OPENERS, *_LAST)):
            break  # … and so does the last item of a list before this one
    if governed is None:
        return None
    first, at, governor = governed
    word = chunks[first]
    return word[:at], governor, [word[at + len(governor) :], *chunks[first + 1 : last + 1]]


# The magnitudes of Thai and English numerals (answer_types.numerals; "million" …).
_MAGNITUDE = re.compile(
    "|".join((*THAI_MAGNITUDES, "hundred", "thousand", "million", "billion")), re.IGNORECASE
)


def _number(choice: str) -> int | None:
    """The count a choice gives: its one number, alone or before one word (its classifier,
    "7 เรื่อง", "7 sub-areas"; not a magnitude, `_MAGNITUDE`), or one English number word
    ("seven": lexicon.number_word); None otherwise."""
    text = normalize(choice)
    found = re.fullmatch(r"\s*(\d+)(?:\s*([^\s\d]+))?\s*", text)
    if found:
        # A magnitude after the number ("3 ล้านตัน", "3 million") makes it an amount, no count.
        return None if found[2] and _MAGNITUDE.match(found[2]) else int(found[1])
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


# The stem's best passages whose lists are read (search.retrieve's order): a stem that names its
# list in English finds the passage of the list by glosses and embedding alone, not always first.
_PASSAGES = 3


def counted_choice(
    index: Index,
    stem: str,
    choices: Sequence[str],
    content: Sequence[int],
    sections: Collection[tuple[str, int]] | None,
    query_vector: np.ndarray | None,
) -> tuple[int, bool] | None:
    """Under a stem asking how many (answer_types COUNT) whose ordinary choices (content) are
    all counts: the one choice whose count is the number of items of the list (`enumerations`)
    in the sentence of the stem's _PASSAGES best passages (search.retrieve) that the stem names
    (`names_list`) or, among those it names or among all when it names none, that the stem's
    embedding is closest to, of the sentences that enumerate exactly one list; with whether the
    stem names it: only then is the list the stem's in the text's words. None when there is
    no such sentence, or no choice or more than one gives its count."""
    if asked_type(stem) != COUNT or query_vector is None or len(content) < 2:
        return None
    values = {i: _number(choices[i]) for i in content}
    if any(v is None for v in values.values()):
        return None
    found = retrieve(index, stem, _PASSAGES, sections, query_vector=query_vector)
    listed = []
    for candidate in found.candidates[:_PASSAGES]:
        passage = candidate.passage
        first = int(index.sentence_offsets[passage.id])
        for k, (start, end) in enumerate(passage.sentences):
            text = passage.source[start:end]
            lists = enumerations(text)
            # A sentence of two lists does not say which one the stem counts.
            if len(lists) == 1:
                closeness = float(index.sentence_vectors[first + k] @ query_vector)
                named = names_list(stem, text, lists[0])
                listed.append((named, closeness, text, lists[0]))
    if not listed:
        return None
    # A list the stem names in the text's words before one the embedding places nearer.
    named, _, text, listed_one = max(listed, key=lambda row: row[:2])
    matching = [i for i in content if values[i] == len(listed_one.items)]
    if len(matching) != 1:
        return None
    return matching[0], named


def names_list(stem: str, sentence: str, listed: Enumeration) -> bool:
    """Whether the stem names the list its sentence enumerates in the text's words: the sentence
    writes the noun a Thai stem counts (`counted_noun`: "สาขาย่อย"); the Thai stem writes the
    list's head noun (its last content word) with the governor that links it to the items, as
    the text does ("… ส่งเสริมบทบาทของผู้เกี่ยวข้องกี่กลุ่ม" names "… เพื่อส่งเสริมบทบาทของภาครัฐ
    วิสาหกิจ …": whose roles); or the head's last two words hold a Thai classifier of the noun an
    English stem counts (english_counts: "How many sub-areas …" → สาขา, "…ในสาขาย่อยเรื่อง…")."""
    words = [w for w in tokenize(normalize(listed.head)) if w.strip()]
    if is_thai(stem):
        noun = counted_noun(stem)
        if noun is not None and noun in normalize(sentence):
            return True
        content = [w for w in words if is_content_word(w) and is_thai(w)]
        return (
            listed.link in _GOVERNORS
            and bool(content)
            and content[-1] + listed.link in normalize(stem).replace(" ", "")
        )
    return any(c in w for c in english_count_classifiers(stem) for w in words[-2:])


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


@lru_cache(maxsize=16)
def _closeness(embedder: Embedder, texts: tuple[str, ...], items: tuple[str, ...]) -> np.ndarray:
    """For each text, its closeness (cosine of the embeddings) to the nearest of the items, shape
    (len(texts),). Kept for the last few inputs: one verdict asks it twice with the same choices
    and list (dated.listed_member, then none.none_said under a "none of the above" choice)."""
    vectors = embedder.encode_queries([*texts, *items])
    closeness = (vectors[: len(texts)] @ vectors[len(texts) :].T).max(axis=1)
    closeness.setflags(write=False)
    return closeness


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
    texts = tuple(embedding_text(matched[i]) for i in rest)
    closeness = _closeness(index.embedder, texts, tuple(map(embedding_text, listed.items)))
    inside |= {i for i, near in zip(rest, closeness, strict=True) if near >= cfg.listed_sense}
    outside = {
        i
        for i, near in zip(rest, closeness, strict=True)
        if near < cfg.listed_sense and supports[i].coverage >= cfg.claim_coverage
    }
    return inside, outside
