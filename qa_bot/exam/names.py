"""Names in English choices over Thai text: "Chai Nat" is the document's "ชัยนาท".

A Thai document writes a place or a person in Thai script ("ที่จังหวัดชัยนาท", "ณ กรุงมะนิลา"),
so an English choice naming it ("Chai Nat", "Manila") shares no matching unit with the text: it
is judged by the embedding alone, which placed "Phuket" and "Singapore" nearer a stem than the
true "Chai Nat" and "Manila". A name is bridged to the Thai form the passages read write, by
one of two general sources, in this order:

    dictionary      lexicon.dictionary_terms (Princeton WordNet × Thai WordNet: countries and
                    cities, "Singapore" → สิงคโปร์, "Manila" → กรุงมะนิลา), the first term the
                    passages read write, without its class noun (กรุง, ประเทศ …) where they
                    also write it alone, since that form is found in every mention: "Thailand"
                    → ไทย, which "ซึ่งเป็นข้อริเริ่มของไทย" and "ประเทศไทย" both write (with the
                    class noun, ประเทศไทย: the choice "Thailand" found only a third of itself
                    beside "ไทย"; bench/exam_cv.py, 281 pooled items: English 0.796 → 0.803
                    in-sample, Thai unchanged);
    sound           the run of the passages' Thai words that sounds most like the name
                    (qa_bot/sounds.py, the matcher retrieval uses: "Chai Nat" → ชัยนาท,
                    "Zika" → ซิกา), at config.RetrievalConfig.sound_similarity or more.

A name neither source finds in the passages read that is a place the lists know (places.py:
Thailand's provinces by their English names, "Chiang Mai" → เชียงใหม่; a country or city by its
dictionary term, "Hanoi" → กรุงฮานอย) is put in its Thai form all the same: the document does
not name that place, and so says nothing of it in its words. Left as typed, a foreign name is
judged by the embedding alone, which put "Chiang Mai" at 0.89 for a meeting the text places
in ภูเก็ต (FRESH13 §6).

The choice is then scored with the Thai form in place of the name (the shown choice stays as
typed). Only words written as names are bridged: capitalised, not in all capitals (acronyms are
written as acronyms in Thai text too), and a choice's first word only when it is no everyday
word or heads a run of capitalised words ("Chai Nat", "Phuket province").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..config import DEFAULT, RetrievalConfig
from ..lexicon import common_word, dictionary_terms, lemma, without_possessive
from ..places import thai_place
from ..sounds import sounding_in
from ..text import ENGLISH_STOPWORDS
from .matching import PassageUnits

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


# Thai writes a place with or without its class noun ("กรุงมะนิลา", "ที่เวียงจันทน์", "ประเทศไทย",
# "ไทย"): the dictionary's form is looked for with and without it (the class nouns of Thai place
# names: Royal Institute, Thai names of countries, capitals and provinces).
_CLASS_NOUN = re.compile(r"^(?:กรุง|ประเทศ|เมือง|จังหวัด|เกาะ|หมู่เกาะ|แคว้น|รัฐ)(?=.)")


def _by_dictionary(text: str, word: str) -> str | None:
    """The first of the word's dictionary terms that text (the passages read) writes, without
    its class noun where text also writes it alone ("ประเทศไทย" → "ไทย"; "กรุงมะนิลา" stays
    where the text writes มะนิลา only after กรุง)."""
    for term in dictionary_terms(word.lower()):
        bare = _CLASS_NOUN.sub("", term)
        if bare != term and len(bare) >= 2 and _alone(text, bare, term[: len(term) - len(bare)]):
            return bare
        if len(term) >= 2 and term in text:
            return term
    return None


def _alone(text: str, bare: str, noun: str) -> bool:
    """Whether text writes bare at least once without noun just before it ("ของไทย" for ไทย
    after ประเทศ; never "เทพฯ" without กรุง, which is part of the name กรุงเทพฯ)."""
    start = text.find(bare)
    while start >= 0:
        if not text[:start].endswith(noun):
            return True
        start = text.find(bare, start + 1)
    return False


def _name_words(choice: str) -> list[re.Match[str]]:
    """The words the choice writes as names (see the module docstring), in order."""
    words = list(_LATIN_WORD.finditer(choice))
    first = choice.lstrip()[:1].isalpha()
    named = []
    for i, match in enumerate(words):
        word = without_possessive(match.group())
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


def latin_words(text: str) -> frozenset[str]:
    """The words text writes in Latin letters, in lower case: the English names a Thai
    document gives in brackets ("(Joint Statement on Promoting Women, Peace and Security in
    ASEAN)")."""
    return frozenset(w.lower() for w in _LATIN_WORD.findall(text))


def title_words(choice: str, written: frozenset[str]) -> frozenset[int]:
    """The starts of the words of choice that are an English title's own words, as typed where
    the passages read write them (written: their `latin_words`): everyday English words
    (lexicon.common_word; no place, places.thai_place) capitalised in a run of two or more
    capitalised words ("Joint Statement", "Community Vision", "Smart Cities Network"), which
    the passages write in Latin letters too. Such a word is no name: a Thai form of it from
    the dictionary is its first term the passages write, no sense chosen ("Joint" → จีนใต้,
    "Vision" → ภาพ), while as typed it is found in the bracket that gives the title in English,
    beside its Thai name."""
    found: set[int] = set()
    for run in _runs(choice, _name_words(choice)):
        if len(run) < 2:
            continue
        for match in run:
            word = without_possessive(match.group()).lower()
            if word in written and common_word(word) and thai_place(word) is None:
                found.add(match.start())
    return frozenset(found)


def _runs(choice: str, words: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The name words grouped into runs of adjacent words ("Bandar Seri Begawan")."""
    runs: list[list[re.Match[str]]] = []
    for match in words:
        if runs and not choice[runs[-1][-1].end() : match.start()].strip():
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _bridged(
    choice: str,
    texts: Sequence[str],
    text_read: str,
    config: RetrievalConfig,
    unwritten: bool = False,
) -> list[tuple[int, int, str]]:
    """(start, end, Thai form) of each name of choice the passages read write in Thai (see
    `thai_names`), in order; with unwritten, a place they do not write too (places.thai_place)."""
    threshold, min_letters = config.sound_similarity, config.sound_min_letters
    found: list[tuple[int, int, str]] = []
    titled = title_words(choice, latin_words(text_read))
    for run in _runs(choice, _name_words(choice)):
        i = 0
        while i < len(run):
            if run[i].start() in titled:
                i += 1  # as typed (title_words)
                continue
            for j in range(len(run), i, -1):
                # "Thailand's" is Thailand's name: the whole word is replaced.
                name = without_possessive(choice[run[i].start() : run[j - 1].end()])
                thai = _by_dictionary(text_read, name) if j == i + 1 else None
                if thai is None and len(re.sub(r"[^A-Za-z]", "", name)) >= min_letters:
                    thai = sounding_in(texts, name, threshold)
                if thai is None and unwritten:
                    thai = thai_place(name)
                if thai is not None:
                    found.append((run[i].start(), run[j - 1].end(), thai))
                    i = j
                    break
            else:
                i += 1
    return found


def thai_names(
    choices: Sequence[str],
    read: Sequence[PassageUnits],
    config: RetrievalConfig = DEFAULT.retrieval,
) -> list[str]:
    """The choices with each name the passages read write in Thai replaced by that Thai form
    ("It is in Chai Nat province" → "It is in ชัยนาท province"); a choice without such a name
    is returned as it is. read are the passages an exam reads (score._candidates). The longest
    run of name words that has a Thai form is taken first ("Bandar Seri Begawan", then its
    single words). A place they do not write is put in Thai too (module docstring)."""
    texts = [pu.passage.text for pu in read]
    text_read = "\n".join(texts)
    out = []
    for choice in choices:
        text = choice
        for start, end, thai in reversed(_bridged(choice, texts, text_read, config, True)):
            text = text[:start] + thai + text[end:]
        out.append(text)
    return out


def with_thai_names(
    stem: str, read: Sequence[PassageUnits], config: RetrievalConfig = DEFAULT.retrieval
) -> str:
    """A stem with the Thai form of each name it writes that the passages read write in Thai
    added after it ("Which meeting took place in Phuket …" + " ภูเก็ต"): its names then count
    in the stem's lexical context, as a choice's do; the names as typed stay, for the English
    names the documents give in brackets."""
    texts = [pu.passage.text for pu in read]
    found = _bridged(stem, texts, "\n".join(texts), config)
    return " ".join([stem, *(thai for _, _, thai in found)])
