"""Countries a question names that the documents never mention.

"What did ASEAN leaders say about Myanmar?" over a text that never names Myanmar is answered by
its generic frame alone ("ASEAN leaders … declaration"): every word the text can be compared on
is in the best passage, and the one that says what the question is about is nowhere. A country
is the kind of name that can be checked in either script: PyThaiNLP's bundled list of 247
country names (Thai) with the current spellings it lacks (`country_names`) and, for a Latin
word, the Thai terms the English–Thai dictionary (`lexicon.dictionary_terms`) gives it that are
on that list ("Myanmar" → พม่า, สหภาพพม่า).
Other named things (entities.py) are checked by what they are not: everyday words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .last_answer import LastAnswer
from .store import Derived, Index
from .text import normalize, segmented
from .text import trie_pattern as _trie_pattern  # places.py reads it from here
from .vocabulary import RUNNING_TEXT

# A Latin word shorter than this is no country name a question writes in full ("in" and "as"
# have country terms among their dictionary senses: Indiana, American Samoa).
_MIN_LATIN = 4
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


# Thai spellings of countries that PyThaiNLP's list (which writes Myanmar only as พม่า, Czechia
# only as สาธารณรัฐเช็ก …) lacks: the current names and short forms of the Royal Society of
# Thailand's list of country names (ราชบัณฑิตยสภา, การเขียนชื่อประเทศ ดินแดน เขตการปกครอง และ
# เมืองหลวง), grouped with the list's own spelling first: เมียนมา (เมียนมาร์ its common variant),
# บรูไน, ติมอร์-เลสเต written without the hyphen or as ติมอร์ตะวันออก, เช็กเกีย, เอสวาตินี (was
# สวาซิแลนด์), ทูร์เคีย (was ตุรกี), สหรัฐ; and two countries the list misses, มาซิโดเนียเหนือ and
# ซูดานใต้ (independent since 2011).
_SAME_COUNTRY = (
    ("พม่า", "เมียนมา", "เมียนมาร์"),
    ("บรูไนดารุสซาลาม", "บรูไน"),
    ("ติมอร์-เลสเต", "ติมอร์เลสเต", "ติมอร์ตะวันออก"),
    ("สาธารณรัฐเช็ก", "เช็กเกีย"),
    ("สวาซิแลนด์", "เอสวาตินี"),
    ("ตุรกี", "ทูร์เคีย"),
    ("สหรัฐอเมริกา", "สหรัฐ"),
    ("มาซิโดเนียเหนือ",),
    ("ซูดานใต้",),
)
_NEWER_SPELLINGS = tuple(name for names in _SAME_COUNTRY for name in names)


def _spellings(name: str) -> tuple[str, ...]:
    """A Thai country name and the other spellings of the same country (_SAME_COUNTRY)."""
    return next((names for names in _SAME_COUNTRY if name in names), (name,))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Thai names of countries, normalised (`text.normalize`): PyThaiNLP's bundled list of 247
    and the current spellings it lacks (_SAME_COUNTRY). The one list every country check reads
    (here; answer_types' place names and gazetteer)."""
    from pythainlp.corpus import countries

    names = (*countries(), *_NEWER_SPELLINGS)
    return frozenset(normalize(name) for name in names if len(name) >= 2)


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    """The longest country name at a position (`_trie_pattern`)."""
    return re.compile(_trie_pattern(country_names()))


@lru_cache(maxsize=1)
def _names_at_every_position() -> re.Pattern[str]:
    """The longest country name starting at each position, overlapping ones too (a lookahead
    matches without moving past the name)."""
    return re.compile(f"(?=({_trie_pattern(country_names())}))")


@lru_cache(maxsize=1)
def _names_inside() -> dict[str, frozenset[str]]:
    """Each country name → the names written inside it, itself too ("ซูดานใต้" → ซูดาน,
    ซูดานใต้)."""
    names = country_names()
    return {name: frozenset(other for other in names if other in name) for name in names}


def _boundaries(text: str) -> frozenset[int]:
    """Offsets in text where one of its words (PyThaiNLP newmm, as `text.tokenize` cuts) starts
    or ends: a country's name found inside another word ("ลาว" in "ลาวา") is none."""
    # text.segmented: the same cut, kept for the question's other readers (retrieval has cut
    # this normalised question already; cutting it again was ~4 % of the pipeline's own time).
    offsets, at = {0, len(text)}, 0
    for token in segmented(text):
        offsets.add(at)
        at += len(token)
        offsets.add(at)
    return frozenset(offsets)


def named_countries(question: str) -> dict[str, tuple[str, ...]]:
    """The countries a question names: {as written → its Thai spellings}.

    A Thai name (PyThaiNLP's list) counts when it is whole words of the question; a Latin word
    of at least four letters, by its dictionary terms, or their words, that are on the list
    ("Cambodia" → กัมพูชา, เขมร; "Myanmar" → พม่า from ประเทศพม่า).

    >>> named_countries("ผู้นำอาเซียนพูดถึงพม่าว่าอย่างไร")
    {'พม่า': ('พม่า', 'เมียนมา', 'เมียนมาร์')}
    """
    from .lexicon import dictionary_terms, thai_words

    text = normalize(question)
    found: dict[str, tuple[str, ...]] = {}
    matches = list(_country_pattern().finditer(text))
    edges = _boundaries(text) if matches else frozenset()  # segmenting costs ~0.2 ms
    for match in matches:
        if match.start() in edges and match.end() in edges:
            found[match.group()] = _spellings(match.group())
    countries = country_names()
    for word in _LATIN_WORD.findall(text):
        if len(word) < _MIN_LATIN:
            continue
        # A term may be the name with a title ("ประเทศพม่า"): its words count too.
        terms = [normalize(t) for t in dictionary_terms(word.lower())]
        terms += [w for t in terms for w in t.split()] + list(thai_words(word.lower()))
        spellings = tuple(dict.fromkeys(s for t in terms if t in countries for s in _spellings(t)))
        if spellings:
            found[word] = spellings
    return found


def countries_in(text: str) -> frozenset[str]:
    """The country names (`country_names`) a normalised text holds anywhere, in one pass over
    it: the longest name at each position and the names inside it ("ซูดาน" in "ซูดานใต้"); the
    same set as testing `name in text` for each of the ~250 names, at half the time over a
    large corpus's running text."""
    longest = set(_names_at_every_position().findall(text))
    inside = _names_inside()
    return frozenset(name for found in longest for name in inside[found])


def _mentioned(index: Index) -> frozenset[str]:
    return countries_in(RUNNING_TEXT.of(index))


# Country names the corpus writes (its running text: over RUNNING_TEXT_MAX_PASSAGES it is
# empty and nothing is checked).
MENTIONED: Derived[frozenset[str]] = Derived("the country names the corpus writes", _mentioned)


def unmentioned_countries(index: Index, question: str) -> tuple[str, ...]:
    """The countries the question names (`named_countries`, as written, normalised) none of
    whose Thai spellings — nor, for a Latin word, the word itself — the corpus writes; () when the
    corpus is too large for its running text to be kept (vocabulary.RUNNING_TEXT_MAX_PASSAGES).
    """
    running = RUNNING_TEXT.of(index)
    if not running:
        return ()
    kept = _LAST_UNMENTIONED.get(running, question)
    if kept is not None:
        return kept
    mentioned = MENTIONED.of(index)
    found = tuple(
        written
        for written, spellings in named_countries(question).items()
        if not any(s in mentioned for s in spellings) and written not in running
    )
    return _LAST_UNMENTIONED.put(running, question, found)


# The last question's answer: the scope judge asks it twice a question (its own feature and
# entities.unmentioned_names).
_LAST_UNMENTIONED: LastAnswer[tuple[str, ...]] = LastAnswer()
