"""English words to Thai terms: lexical evidence for an English question over Thai text.

An English question shares no word with a Thai text but its names and numbers, so BM25 had
nothing to say about it and the dense model decided alone (bench/reading.py: the top hit held
the answer for 0.97 of the Thai questions and 0.82 of the same questions asked in English). A
dictionary gives the English words Thai forms BM25 can match: "meeting" → การประชุม.

The dictionary is two WordNets joined on their shared synsets: Princeton WordNet 3.0 (an English
lemma's synsets, commonest sense first) and the Thai WordNet (NICT, 2011; bundled with
PyThaiNLP), whose Thai lemmas are filed under the same WordNet 3.0 synsets. For each one-word
English lemma, `qa_bot/data/en_th_lexicon.json.gz` holds the Thai lemmas of its three commonest
senses (`python scripts/english_thai_lexicon.py` rebuilds it from Debian's `wordnet-base`;
licences in `qa_bot/data/LEXICON-LICENSE.txt`), and the other one-word lemmas WordNet writes in
lower case (English words that are no names: `untranslated_word`) and the lemmas it writes only
with a capital (names: `translated_terms`), and the terms that only a part of speech SemCor
never tags gives (`untagged_terms`: "come" the noun beside the verb; left out of the word's
own terms where SemCor tags it only as a verb). Inflected words are reduced
to a lemma with WordNet's own exception lists and its detachment rules (morphy(7WN)).

The same file holds, from WordNet: the nouns an adjective is formed from (`derived_lemmas`:
pertainyms and derivationally related nouns, "environmental" → environment) and cardinal number
words (`number_word`: "three" → 3), and its nouns of two or three words (`phrase_terms`: "older
persons" → old_person → ผู้สูงอายุ). And English loanwords in Thai (`loanwords`: "technology" →
เทคโนโลยี), from the Thai-English transliteration dictionary v1.4 that PyThaiNLP bundles (CC BY
4.0): words Thai writes by their sound, which the Thai WordNet mostly lacks.
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Container
from functools import lru_cache
from importlib import resources
from itertools import product

from .kept_tables import handed
from .text import is_content_word, tokenize

LEXICON = "en_th_lexicon.json.gz"

# WordNet's morphy detachment rules (morphy(7WN)), tried when a word is no lemma itself:
# suffix → replacement, and the parts of speech whose rule it is (nouns, then verbs, then
# adjectives). A base counts only as a lemma of the rule's part of speech that WordNet writes in
# lower case: "bring" less -ing is no verb (Br, bromine, is a noun written with a capital),
# "cooked" less -d no verb (Cooke, a name) but less -ed is (cook).
_DETACHMENT = (
    ("s", "", "nv"), ("ses", "s", "n"), ("xes", "x", "n"), ("zes", "z", "n"),
    ("ches", "ch", "n"), ("shes", "sh", "n"), ("men", "man", "n"), ("ies", "y", "nv"),
    ("es", "e", "v"), ("es", "", "v"), ("ed", "e", "v"), ("ed", "", "v"), ("ing", "e", "v"),
    ("ing", "", "v"), ("er", "", "a"), ("est", "", "a"), ("er", "e", "a"), ("est", "e", "a"),
)  # fmt: skip


# An English possessive ending: "Thailand's", "people’s", "leaders'" (after a plural's s).
_POSSESSIVE = re.compile(r"['’]s?$")


def without_possessive(word: str) -> str:
    """A word without its possessive ending, as the dictionary lists it: "Thailand's" →
    "Thailand", "leaders'" → "leaders"; other words unchanged ("don't" keeps its apostrophe)."""
    return _POSSESSIVE.sub("", word) or word


@lru_cache(maxsize=1)
def _raw() -> dict:
    path = resources.files("qa_bot") / "data" / LEXICON
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{LEXICON}: not a JSON object")
    return data


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, list[str]], dict[str, str], frozenset[str], frozenset[str]]:
    data = _raw()
    lemmas, exceptions = data.get("lemmas"), data.get("exceptions")
    words, names = data.get("words"), data.get("names")
    if not (
        isinstance(lemmas, dict)
        and isinstance(exceptions, dict)
        and isinstance(words, list)
        and isinstance(names, list)
    ):
        raise ValueError(f"{LEXICON}: no 'lemmas', 'exceptions', 'words' and 'names' tables")
    return lemmas, exceptions, frozenset(words), frozenset(names)


def tables() -> tuple[dict[str, list[str]], dict[str, str]]:
    """(English lemma → Thai terms, irregular form → lemma), read once: about 0.3 s and 30 MB
    (measured on the 2-core dev machine), so `pipeline.warm_up` reads it before the first
    English question. Raises ValueError if the file lacks a table."""
    lemmas, exceptions, _, _ = _data()
    return lemmas, exceptions


@lru_cache(maxsize=1)
def _parts() -> dict[str, str]:
    """One-word lemma → the parts of speech (n, v, a, r) in which WordNet writes it in lower
    case ({} for a lexicon file without the table: every base then counts)."""
    table = _raw().get("parts", {})
    return table if isinstance(table, dict) else {}


def _base(word: str, known: Container[str], by_part: bool = True) -> str | None:
    """The form of a lower-case English word that known holds: the word, its irregular base,
    or the word less a detachment suffix (morphy(7WN)) that leaves a lower-case lemma of the
    rule's part of speech (by_part: the loanwords' table is not WordNet's); None."""
    exceptions = _data()[1]
    if word in known:
        return word
    if exceptions.get(word) in known:
        return exceptions[word]
    parts = _parts()
    for suffix, replacement, rule_parts in _DETACHMENT:
        if word.endswith(suffix) and len(word) > len(suffix):
            base = word[: -len(suffix)] + replacement
            if base in known and (
                not by_part or not parts or any(p in rule_parts for p in parts.get(base, ""))
            ):
                return base
    return None


def noun_only(word: str) -> bool:
    """Whether WordNet writes a lower-case word's lemma in lower case as a noun and in no other
    part of speech ("cooperation", "cooperations"; not "care" or "deals", verbs too); False
    for a word the dictionary lacks or without the parts table."""
    found = lemma(word)
    return found is not None and _parts().get(found) == "n"


def lemma(word: str) -> str | None:
    """The WordNet lemma of a lower-case English word that the dictionary has, or None:
    "meetings" → "meeting", "held" → "hold" (an exception), "signed" → "sign"."""
    return _base(word, _data()[0])


def singular_lemmas(word: str) -> tuple[str, ...]:
    """The dictionary's lemmas a lower-case plural noun is the plural of, other than the word
    itself (its irregular base, else the noun detachment rules of morphy(7WN): "days" → ("day",),
    "people" → (), "countries" → ("country",)): WordNet lists some plurals as lemmas of their
    own, in other senses ("days", a period of history: ปี; "times", an era: ยุค), where a count
    means the singular's."""
    lemmas, exceptions = _data()[0], _data()[1]
    found: list[str] = []
    if exceptions.get(word) in lemmas and exceptions[word] != word:
        found.append(exceptions[word])
    parts = _parts()
    for suffix, replacement, rule_parts in _DETACHMENT:
        if "n" in rule_parts and word.endswith(suffix) and len(word) > len(suffix):
            base = word[: -len(suffix)] + replacement
            noun = not parts or "n" in parts.get(base, "")
            if base != word and base in lemmas and base not in found and noun:
                found.append(base)
    return tuple(found)


def untranslated_word(word: str) -> bool:
    """Whether a lower-case word is an English word the dictionary gives no Thai term for:
    WordNet writes it (or its base form) in lower case ("waggle", "thinks"; not "kaldi", nor
    "meeting", which has Thai terms)."""
    return _base(word, _data()[2]) is not None


@lru_cache(maxsize=1)
def _loanword_table() -> dict[str, list[str]]:
    table = _raw().get("loanwords")
    if not isinstance(table, dict):
        raise ValueError(f"{LEXICON}: no 'loanwords' table")
    return table


@lru_cache(maxsize=1 << 12)
def loanwords(word: str) -> tuple[str, ...]:
    """The Thai spellings of a lower-case English word Thai writes by its sound, or of its base
    form ("technologies" → ("เทคโนโลยี",); "video" → ("วิดีโอ", "วีดีโอ")); () for a word the
    transliteration dictionary lacks ("declaration": Thai translates it, ปฏิญญา). A base form
    may be a loanword where the word is none ("meeting" → "meet", มีต): callers look here after
    the translations. Raises ValueError if the lexicon file has no loanword table."""
    table = _loanword_table()
    found = _base(word, table, by_part=False)
    return tuple(table[found]) if found is not None else ()


def common_word(word: str) -> bool:
    """Whether a lower-case English word is one WordNet writes in lower case, with Thai terms
    or without: "maintain", "days", "waggle"; not "bangkok" or "asean" (WordNet writes them
    only with a capital), nor "samca" or "kaldi" (not in WordNet)."""
    found = lemma(word)
    return (found is not None and found not in _data()[3]) or untranslated_word(word)


@lru_cache(maxsize=1)
def _lemma_list() -> list[str]:
    return list(tables()[0])


@lru_cache(maxsize=1 << 12)
def nearest_lemmas(word: str) -> tuple[str, ...]:
    """The dictionary's lemmas one edit from a lower-case word that is none (a misspelling:
    "safty" → ("safety",); "polution" → ("pollution", "solution")); () when none is. One
    insertion, deletion, substitution or swap of two letters (optimal string alignment) is
    what most typing errors are (Damerau 1964); two edits reach other words ("anything" →
    "nothing"). About 4 ms a word over the 50 k lemmas (rapidfuzz), so answers are cached."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found = process.extract(word, _lemma_list(), scorer=OSA.distance, score_cutoff=1, limit=None)
    return tuple(sorted(lemma for lemma, edits, _ in found if edits == 1))


# Suffixes that make a place's adjective or its people (Sahara-n, Tibet-an, Singapore-an,
# Japan-ese, Java-nese, Brazil-ian): a word the dictionary lacks is looked up without them too
# (English derivational morphology, demonyms).
_DEMONYM_ENDS = re.compile(r"(?=(n|an|ese|nese|ian)$)")  # each suffix, wherever it starts


def places(word: str) -> list[str]:
    """The place names a lower-case word may be the adjective of, longest first ("saharan" →
    ["sahara", "sahar"]), each of 5 letters or more (WordNet has "asea", at sea, for
    "aseaan"); [] for a word with no demonym suffix."""
    cuts = (len(m.group(1)) for m in _DEMONYM_ENDS.finditer(word))
    return [word[: len(word) - n] for n in sorted(set(cuts)) if len(word) - n >= 5]


def derived_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas an English adjective or adverb is formed from, with Thai terms (WordNet's
    pertainyms and derivationally related forms, scripts/english_thai_lexicon.py): "marine" →
    ("sea", …), "environmental" → ("environment", …); () for other words or without the
    table."""
    found = lemma(word) or word
    table = _raw().get("derived", {})
    return tuple(table.get(found, ()))


def derived_terms(word: str) -> tuple[str, ...]:
    """The Thai terms of the very noun senses an English adjective or adverb is formed from
    (WordNet's pertainym and derivation pointers name a sense, not only a lemma:
    scripts/english_thai_lexicon.py): "rural" → ("ชนบท",), the sense country / rural_area,
    where `derived_lemmas` gives "country", whose commonest senses are the nation's; () for
    other words, senses the Thai WordNet files no term for, or without the table."""
    found = lemma(word) or word
    table = _raw().get("derived_terms", {})
    return tuple(table.get(found, ()))


def number_word(word: str) -> int | None:
    """The value of a lower-case English cardinal number word ("three" → 3, "fifteen" → 15;
    WordNet's cardinals beside their digits, scripts/english_thai_lexicon.py); None for other
    words or without the table."""
    found = _raw().get("numbers", {}).get(word)
    return found if isinstance(found, int) else None


@lru_cache(maxsize=1 << 12)
def later_terms(word: str) -> tuple[str, ...]:
    """The Thai terms of a lower-case English word's senses after its three commonest, in
    WordNet's sense order, that those do not give ("states" → …, ประเทศ: the nation, its fourth
    noun sense, beside the first three's รัฐ, ภาวะ, จังหวัด; scripts/english_thai_lexicon.py);
    () for a word the dictionary lacks or without the table. Exam choices choose among all of
    a word's senses by the embedding (exam/glosses.closest_sense); retrieval keeps the three."""
    found = lemma(word)
    table = _raw().get("later", {})
    return tuple(table.get(found, ())) if found is not None else ()


def untagged_terms(word: str) -> frozenset[str]:
    """The Thai terms of a lower-case English word that only a part of speech SemCor never tags
    gives, where another of its parts of speech is tagged ("came" → come → น้ำกาม …, the noun
    beside the verb; scripts/english_thai_lexicon.py); empty when none or no such table."""
    found = lemma(word)
    table = _raw().get("untagged", {})
    return frozenset(table.get(found, ())) if found is not None else frozenset()


@lru_cache(maxsize=1 << 14)
def dictionary_terms(word: str) -> tuple[str, ...]:
    """The Thai terms of a lower-case English word's three commonest WordNet senses, commonest
    first (of a place for its adjective, `places`); () for a word the dictionary does not have
    (names, acronyms, misspellings).

    >>> "การประชุม" in dictionary_terms("meetings")
    True
    """
    found = lemma(word)
    for place in places(word) if found is None else ():
        found = lemma(place)  # "saharan" → the Sahara's terms
        if found is not None:
            break
    return tuple(tables()[0][found]) if found is not None else ()


def _inflected_bases(word: str) -> tuple[str, ...]:
    """A lower-case word and every base form WordNet's morphy(7WN) could reduce it to (its
    irregular base, the word less each detachment suffix), whatever the part of speech: a
    phrase's own entry is the check that one of them is meant ("older" → old, "persons" →
    person)."""
    found = [word]
    base = _data()[1].get(word)
    if base is not None:
        found.append(base)
    for suffix, replacement, _ in _DETACHMENT:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            found.append(word[: -len(suffix)] + replacement)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=1)
def _phrase_table() -> dict[str, list[str]]:
    table = _raw().get("phrases", {})
    return table if isinstance(table, dict) else {}


@lru_cache(maxsize=1)
def _verb_phrases() -> frozenset[str]:
    table = _raw().get("verb_phrases", [])
    return frozenset(table) if isinstance(table, list) else frozenset()


def _phrase_lemma(words: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(the WordNet noun, the WordNet verb) of two or three words that lower-case words are or
    inflect, each joined by "_" ("older persons" → ("old_person", None), "took place" → (None,
    "take_place")); None for none."""
    nouns, verbs = _phrase_table(), _verb_phrases()
    noun = verb = None
    if 2 <= len(words) <= 3:
        for combo in product(*(_inflected_bases(w) for w in words)):
            joined = "_".join(combo)
            noun = noun or (joined if joined in nouns else None)
            verb = verb or (joined if joined in verbs else None)
    return noun, verb


@lru_cache(maxsize=1 << 12)
def is_phrase(words: tuple[str, ...]) -> bool:
    """Whether lower-case words are, or inflect, one of WordNet's nouns of two or three words
    that it writes in lower case, with Thai terms or without ("health care", "civil
    service")."""
    return _phrase_lemma(words)[0] is not None


@lru_cache(maxsize=1 << 12)
def phrasal_verb(words: tuple[str, ...]) -> bool:
    """Whether lower-case words are, or inflect, one of WordNet's verbs of two or three words
    and none of its nouns ("took place", "deals with", "set up"; not "foreign ministers"): a
    verb whose particle or object does not mean there what it means alone (place → สถานที่,
    deal → การตกลง)."""
    noun, verb = _phrase_lemma(words)
    return noun is None and verb is not None


@lru_cache(maxsize=1 << 12)
def phrase_terms(words: tuple[str, ...]) -> tuple[str, ...]:
    """The Thai terms of the WordNet noun of two or three words (a collocation: "old person",
    "climate change") that lower-case words are, or inflect ("older persons" → old_person →
    ("คนชรา", …, "ผู้สูงอายุ", …); each word reduced as morphy(7WN) does, `_inflected_bases`),
    the three commonest senses' (scripts/english_thai_lexicon.py noun_phrases); () for any
    other words or without the table. The first reduction with terms wins, words as typed
    first."""
    table = _phrase_table()
    if not table or not 2 <= len(words) <= 3:
        return ()
    for combo in product(*(_inflected_bases(w) for w in words)):
        found = table.get("_".join(combo))
        if found:
            return tuple(found)
    return ()


@lru_cache(maxsize=1)
def translated_terms() -> dict[str, tuple[str, ...]]:
    """Every Thai term the dictionary gives for English words that are no names (about 50 k),
    with those words: แม่มด → ("witch",), โอลิมปิก → ("olympic", "olympics"); not กรุงเทพฯ,
    the name Bangkok (WordNet writes it only with a capital); from warm_tables' cache when it
    was read."""
    kept = handed("translated_terms")
    if kept is not None:
        return kept  # type: ignore[return-value]
    lemmas, _, _, names = _data()
    found: dict[str, list[str]] = defaultdict(list)
    named: set[str] = set()
    for english, terms in lemmas.items():
        for term in terms:
            found[term].append(english)
            if english in names:
                named.add(term)
    return {term: tuple(words) for term, words in found.items() if term not in named}


@lru_cache(maxsize=1 << 14)
def thai_words(word: str) -> tuple[str, ...]:
    """The words (`text.tokenize` tokens) of the Thai terms of a lower-case English word, in
    `dictionary_terms` order; cached: tokenising a dozen terms cost about 1 ms an English
    question."""
    return tuple(w for term in dictionary_terms(word) for w in tokenize(term))


def attested_words(word: str, written: Callable[[str], bool]) -> tuple[str, ...]:
    """The words (`text.tokenize` tokens) of a lower-case English word's Thai terms (its three
    commonest senses, `dictionary_terms` order) less the stop words (PyThaiNLP's list,
    text.is_content_word) of the terms written does not accept (the documents do not write them
    whole); () for a word the dictionary lacks. A term no document writes is a sense the
    documents may not mean, and its stop words are everyday Thai found anywhere (over the
    bundled document): "members" (สมาชิก, ส่วนที่ยื่นออกจากร่างกาย) not ส่วน and ที่; "people"
    (ประชาชน, กลุ่มคน, มีผู้คนอาศัยอยู่, …) not กลุ่ม, มี and อยู่; "relief" (การช่วยเหลือ,
    การบรรเทาทุกข์) ช่วยเหลือ, not การ. Measured in RetrievalConfig.attested_senses."""
    return tuple(
        w
        for term in dictionary_terms(word)
        for w in tokenize(term)
        if is_content_word(w) or written(term)
    )


@lru_cache(maxsize=1)
def thai_synsets() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(Thai lemma → its synsets, synset → its Thai lemmas) of the Thai WordNet (NICT 2011, the
    copy PyThaiNLP bundles as corpus/wordnet_th.db, read-only); from warm_tables' cache when
    it was read."""
    kept = handed("thai_synsets")
    if kept is not None:
        return kept  # type: ignore[return-value]
    import pythainlp

    path = resources.files(pythainlp) / "corpus" / "wordnet_th.db"
    synsets: dict[str, set[str]] = defaultdict(set)
    lemmas: dict[str, set[str]] = defaultdict(set)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        for synset, lemma in db.execute("select synsetid, li from word_synset"):
            lemma = lemma.strip()
            if len(lemma) >= 2:
                synsets[lemma].add(synset)
                lemmas[synset].add(lemma)
    return (
        {k: tuple(sorted(v)) for k, v in synsets.items()},
        {k: tuple(sorted(v)) for k, v in lemmas.items()},
    )


@lru_cache(maxsize=1 << 14)
def thai_synonyms(word: str) -> tuple[str, ...]:
    """The other Thai lemmas of one word (one `text.tokenize` token) that share a Thai WordNet
    synset with a Thai word: แต่งงาน → สมรส, วิวาห์, …; () for a word the Thai WordNet lacks."""
    synsets, lemmas = thai_synsets()
    found: list[str] = []
    for synset in synsets.get(word, ()):
        for lemma in lemmas[synset]:
            # A lemma of several words ("เลือดเนื้อเชื้อไข") would add its everyday parts.
            if lemma != word and lemma not in found and tokenize(lemma) == [lemma]:
                found.append(lemma)
    return tuple(found)
