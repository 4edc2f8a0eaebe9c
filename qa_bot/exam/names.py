"""Names in English choices over Thai text: "Chai Nat" is the document's "ชัยนาท".

A Thai document writes a place or a person in Thai script ("ที่จังหวัดชัยนาท", "ณ กรุงมะนิลา"),
so an English choice naming it ("Chai Nat", "Manila") shares no matching unit with the text: it
is judged by the embedding alone, which placed "Phuket" and "Singapore" nearer a stem than the
true "Chai Nat" and "Manila". A name is bridged to the Thai form the passages read write, by
one of two general sources, in this order:

    dictionary      lexicon.dictionary_terms (Princeton WordNet × Thai WordNet: countries and
                    cities, "Singapore" → สิงคโปร์, "Manila" → กรุงมะนิลา), the first term the
                    passages read write, with or without its class noun (กรุง, ประเทศ …);
    romanization    PyThaiNLP's Royal Thai General System romanization (`romanize`, engine
                    "royin", offline) of the passages' Thai words and runs of up to RUN_WORDS
                    words, compared with the English spelling after folding the spellings the
                    two systems write one sound with (`latin_key`); the closest form at
                    NAME_SIMILARITY or more, starting with the same sound.

The choice is then scored with the Thai form in place of the name (the shown choice stays as
typed). Only words written as names are bridged: capitalised, not in all capitals (acronyms are
written as acronyms in Thai text too), and a choice's first word only when it is no everyday
word or heads a run of capitalised words ("Chai Nat", "Phuket province").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import lru_cache

from ..lexicon import dictionary_terms, lemma
from ..text import ENGLISH_STOPWORDS
from .matching import PassageUnits

RUN_WORDS = 3  # a Thai name is at most this many PyThaiNLP words ("บันดาร์เสรีเบกาวัน")
MIN_KEY = 4  # shorter folded spellings match too many Thai syllables ("Air" ~ ให้)
# Of the twins' English place names whose Thai form the corpus writes (Chai Nat, Phuket,
# Manila, Singapore, Yogyakarta, Philippines, Indonesia, Zika), the folded romanization scores
# 0.857 (Singapore ~ สิงคโปร์) to 1.0; the best wrong form of names the corpus lacks scored up
# to 0.80 (Chiang Mai ~ ชีวอนามัย, Jakarta ~ จังหวัด 0.77). Measured with this module's own
# folding on corpus/ (2026-11-29); not fitted on exam accuracy.
NAME_SIMILARITY = 0.85

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4f]+")
# Spellings of one sound in English and in the RTGS: aspirates (ph, th, kh) are the plain
# consonant to an English reader, RTGS writes จ/ช as ch where English writes j, ก as k where
# English writes g (Yogyakarta ~ ยอกยาการ์ตา), ว as w (Vientiane ~ เวียงจันทน์); a final r and an h
# are not pronounced in Thai loans (การ์ตา, สิงคโปร์).
_FOLDS = (
    ("ph", "f"), ("th", "t"), ("kh", "k"), ("sh", "c"), ("ch", "c"), ("j", "c"), ("g", "k"),
    ("q", "k"), ("v", "w"), ("z", "s"), ("x", "ks"), ("h", ""), ("r", ""),
)  # fmt: skip


def latin_key(text: str) -> str:
    """A Latin spelling folded to the sounds RTGS and English spellings share: "Chai Nat" and
    romanize("ชัยนาท") = "chainat" both → "cainat"."""
    key = re.sub(r"[^a-z]", "", text.lower())
    for spelled, sound in _FOLDS:
        key = key.replace(spelled, sound)
    return re.sub(r"(.)\1+", r"\1", key)


@lru_cache(maxsize=1 << 15)
def _romanized(word: str) -> str:
    from pythainlp.transliterate import romanize

    return latin_key(romanize(word, engine="royin"))


@lru_cache(maxsize=1 << 10)
def thai_spellings(text: str) -> tuple[tuple[str, str], ...]:
    """(folded romanization, Thai form) of each Thai word of text and each run of up to
    RUN_WORDS words (a name may be cut into several: "ยอกยาการ์ตา")."""
    from pythainlp.tokenize import word_tokenize

    found: dict[str, str] = {}
    for run in _THAI_RUN.findall(text):
        words = word_tokenize(run, engine="newmm", keep_whitespace=False)
        keys = [_romanized(w) for w in words]
        for n in range(1, RUN_WORDS + 1):
            for i in range(len(words) - n + 1):
                thai = "".join(words[i : i + n])
                key = "".join(keys[i : i + n])
                if len(thai) >= 2 and len(key) >= MIN_KEY:
                    found.setdefault(thai, key)
    return tuple((key, thai) for thai, key in found.items())


# Thai writes a place with or without its class noun ("กรุงมะนิลา", "ที่เวียงจันทน์", "ประเทศไทย",
# "ไทย"): the dictionary's form is looked for with and without it (the class nouns of Thai place
# names: Royal Institute, Thai names of countries, capitals and provinces).
_CLASS_NOUN = re.compile(r"^(?:กรุง|ประเทศ|เมือง|จังหวัด|เกาะ|หมู่เกาะ|แคว้น|รัฐ)(?=.)")


def _by_dictionary(text: str, word: str) -> str | None:
    """The first of the word's dictionary terms that text (the passages read) writes."""
    for term in dictionary_terms(word.lower()):
        for form in (term, _CLASS_NOUN.sub("", term)):
            if len(form) >= 2 and form in text:
                return form
    return None


def _by_sound(spellings: Sequence[tuple[str, str]], name: str) -> str | None:
    key = latin_key(name)
    if len(key) < MIN_KEY:
        return None
    best, best_ratio = None, NAME_SIMILARITY
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    for spelled, thai in spellings:
        if spelled[0] != key[0] or abs(len(spelled) - len(key)) > len(key) // 2:
            continue
        matcher.set_seq1(spelled)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio or (ratio == best_ratio and best is not None and thai < best):
            best, best_ratio = thai, ratio
    return best


def _name_words(choice: str) -> list[re.Match[str]]:
    """The words the choice writes as names (see the module docstring), in order."""
    words = list(_LATIN_WORD.finditer(choice))
    first = choice.lstrip()[:1].isalpha()
    named = []
    for i, match in enumerate(words):
        word = match.group()
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            continue
        if word.lower() in ENGLISH_STOPWORDS:
            continue
        if i == 0 and first and lemma(word.lower()) is not None:
            after = words[1].group() if len(words) > 1 else ""
            if after and not after[0].isupper():
                continue  # "Developing a vaccine …", "Older people": a sentence's first word
        named.append(match)
    return named


def _runs(choice: str, words: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The name words grouped into runs of adjacent words ("Bandar Seri Begawan")."""
    runs: list[list[re.Match[str]]] = []
    for match in words:
        if runs and not choice[runs[-1][-1].end() : match.start()].strip():
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def thai_names(choices: Sequence[str], read: Sequence[PassageUnits]) -> list[str]:
    """The choices with each name the passages read write in Thai replaced by that Thai form
    ("It is in Chai Nat province" → "It is in ชัยนาท province"); a choice without such a name
    is returned as it is. read are the passages an exam reads (score._candidates). The longest
    run of name words that has a Thai form is taken first ("Bandar Seri Begawan", then its
    single words)."""
    spellings: list[tuple[str, str]] | None = None
    text_read = "\n".join(pu.passage.text for pu in read)
    out = []
    for choice in choices:
        found: list[tuple[int, int, str]] = []
        for run in _runs(choice, _name_words(choice)):
            i = 0
            while i < len(run):
                for j in range(len(run), i, -1):
                    name = choice[run[i].start() : run[j - 1].end()]
                    thai = _by_dictionary(text_read, name) if j == i + 1 else None
                    if thai is None:
                        if spellings is None:
                            spellings = sorted(
                                {pair for pu in read for pair in thai_spellings(pu.passage.text)}
                            )
                        thai = _by_sound(spellings, name)
                    if thai is not None:
                        found.append((run[i].start(), run[j - 1].end(), thai))
                        i = j
                        break
                else:
                    i += 1
        text = choice
        for start, end, thai in reversed(found):
            text = text[:start] + thai + text[end:]
        out.append(text)
    return out
