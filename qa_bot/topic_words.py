"""Topic nouns a question names that the documents never write: another disease, organisation or
disaster than those the text covers.

"What does ASEAN do about cancer?" / "อาเซียนรับมือวัณโรคอย่างไร" over a text that names AIDS and
Zika but no other disease are answered by their frame ("What does ASEAN do about … ?") from the
health passage (FRESH13 §1). Neither "cancer" nor วัณโรค is a name (entities.py reads names and
numbers), and a word the text does not use is no evidence by itself: a paraphrase uses everyday
words the text does not ("คนแก่" for ผู้สูงอายุ; issue #11), and a share of such words was
fitted a positive weight (topic10). What sets a topic apart is its kind: a noun that names an
illness, an organisation, a geological or atmospheric phenomenon, a calamity or a drug of abuse
(WordNet's hypernyms: qa_bot/data/topic_nouns.json.gz, scripts/topic_nouns.py) names a thing of
its own, which a paraphrase does not swap for another — "cancer" is not another word for AIDS.

A noun is one word or several ("world health organization", WordNet's lemmas of several
words, found among a question's adjacent Latin words); an acronym in capitals is read even when
it spells a stop word ("WHO"). Thai names a disease "โรค + its name", and a word after such a
*head* in a question (โรคอีโบลา, โรคซึมเศร้า) names a thing of the head's kind too. A name of
the corpus's own family that it never writes (entities.sibling_names: "ประชาคมเศรษฐกิจอาเซียน"
beside its ประชาคมสังคมและวัฒนธรรมอาเซียน) counts as an absent topic as well.

Heads and names the word lists give (topic16, NOTE15 Left 4): a head the lists put before
illnesses' names (เชื้อเอดส์, ไวรัสไข้หวัดใหญ่: "เชื้ออีโบลา" without โรค) names one when the
word after it is new to Thai at large; a head and its name newmm keeps as one word
("โรคไข้หวัด"); a sibling name the Volubilis or Royal Society dictionary lists though the
Wikipedia lacks it ("ประชาคมการเมืองและความมั่นคงอาเซียน"); and a *thing of the family* — a
listed name or Wikipedia title ending in the corpus's name whose head the corpus writes in no
spelling ("ธงอาเซียน", "คำขวัญของอาเซียน", "กฎบัตรอาเซียน"), in English through the
dictionary ("the ASEAN flag" → ธง + อาเซียน, a title), language-fair: an English question is
judged by its Thai translation as its Thai twin is by its words. Pooled 5-fold CV over 1,613
items, 8 fold seeds (bench/verdicts.py, 2026-12-01, main 192dcb3 → with these, refitted):
answerable → not_found 0.011 → 0.012, → uncertain 0.069 → 0.069; out-of-scope → answered
0.121 → 0.120, → not_found 0.633 → 0.668 (Thai 0.676 → 0.724, English and mixed 0.589 →
0.611); AUC Thai 0.960 → 0.966, English 0.929 → 0.935. Over the reading bench's 24 articles
it flags no answerable question.

Pooled 5-fold CV over 1,463 items, 8 fold seeds (2026-12-01, bench/verdicts.py, main c1bc210 →
with the heads, names of several words, acronyms and siblings, refitted): answerable →
not_found 0.015 → 0.015, → uncertain 0.084 → 0.082; out-of-scope → answered 0.119 → 0.120, →
not_found 0.559 → 0.584 (Thai 0.583 → 0.610, English 0.531 → 0.555). Over the reading bench's
24 articles (never fitted on) it flags no question, answerable or not.

Such a noun is *absent* when the corpus writes it in no spelling: not as written (an English one,
typos and stems forgiven: known_words.is_known_word), nor a Thai WordNet synonym of it, nor a
Thai term of an English word the dictionary gives for it (or for a Thai one, that English word).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from .config import DEFAULT, ScopeConfig
from .entities import MENTION_SOUND, differs_between, royal_dictionary_word, sibling_names
from .known_words import general_rarity, is_known_word
from .lexicon import (
    dictionary_terms,
    lemma,
    loanwords,
    thai_synonyms,
    translated_terms,
    without_possessive,
)
from .sounds import sounding_like
from .store import Derived, Index
from .text import ENGLISH_STOPWORDS, is_content_word, is_thai, normalize, segmented, tokenize
from .thai_dictionary import newmm
from .vocabulary import RUNNING_TEXT, idf_table

TOPIC_NOUNS = "topic_nouns.json.gz"
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_MIN_LATIN = 3  # "UN", "EU": too short to tell from a chance match in the text
# A topic noun is specific: at least this rare in Thai at large (known_words.general_rarity; an
# English one by its commonest Thai term, one with none counts as rare). Everyday nouns have a
# sense of every kind and name a generic one, no topic: บ้าน (a household, 0.39), รัฐบาล
# (0.43), บริษัท / "companies" (0.45), โรงเรียน (0.46); วัณโรค 0.71, ยูเนสโก 0.74, พายุ 0.61.
SPECIFIC = 0.5
# … and named below its kind's general words: at least this many hypernym steps under the
# kind's root (scripts/topic_nouns.py). Above are the words a question asks with ("What
# illness did she die of?", "his infection", 1), the kinds' everyday members (disease 2;
# government, company 2; union 1) and disasters in general (flood, earthquake, storm,
# tsunami 1), which a question about a text on disasters names as examples ("…เกิดน้ำท่วม
# แผ่นดินไหว…"); below, a thing of its own: malaria 3, rain 3, typhoon 4, UNESCO 4, cancer 5.
# Pooled 5-fold CV over 1,313 items, 8 fold seeds (2026-11-30, main 45f2b7a's observations),
# depth ≥ 0 / 3: answerable → not_found 0.014 / 0.013, → uncertain 0.118 / 0.112; out-of-scope
# → answered 0.123 / 0.119, → not_found 0.582 / 0.596; over the 24 articles of bench/reading.py
# (never fitted on) it flagged 1 / 0 answerable questions ("his infection").
MIN_DEPTH = 3

RUNNING_LOWER: Derived[str] = Derived(
    "the corpus's normalised running text in lower case",
    lambda index: RUNNING_TEXT.of(index).lower(),
)


_MAX_NAME_WORDS = 7  # in a Thai name of the corpus's family, its last word included
_MAX_PHRASE = 6  # words in an English lemma of several ("academy of motion picture arts …")


@lru_cache(maxsize=1)
def _data() -> dict:
    path = resources.files("qa_bot") / "data" / TOPIC_NOUNS
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    for table in ("english", "thai", "heads", "list_heads", "names", "synonyms"):
        if not isinstance(data.get(table), dict):
            raise ValueError(f"{TOPIC_NOUNS}: no '{table}' table")
    return data


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]]:
    """(English lemma → (kind, depth), Thai lemma → (kind, depth)), read once (78 KB, ~5 ms);
    depth: hypernym steps below the kind's root. Raises ValueError if the file lacks a table."""
    data = _data()
    return (
        {k: (str(v[0]), int(v[1])) for k, v in data["english"].items()},
        {k: (str(v[0]), int(v[1])) for k, v in data["thai"].items()},
    )


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Thai head words of a kind (โรค): the word after one names a thing of its kind."""
    return frozenset(_data()["heads"])


@lru_cache(maxsize=1)
def _list_heads() -> frozenset[str]:
    """Head words the word lists give a kind (scripts/topic_nouns.py list_heads: เชื้อ, ไวรัส)."""
    return frozenset(_data()["list_heads"])


def _synonyms(phrase: str) -> tuple[str, ...]:
    """The other lemmas, English and Thai, of an English name of several words's synsets."""
    return tuple(_data()["synonyms"].get(phrase, ()))


def topic_noun(word: str) -> tuple[str, int] | None:
    """The kind of topic a word names ("ill_health", "organization", "geological_phenomenon",
    "atmospheric_phenomenon", "calamity", "drug_of_abuse") and its depth below the kind's root
    (a root 0, "illness" 1, "cancer" 5): a Thai word as written, a lower-case English one by its
    WordNet lemma ("infections" → infection), or as written when the dictionary has none for it
    ("dengue"); None for any other word."""
    english, thai = _tables()
    if is_thai(word):
        return thai.get(word)
    # Its lemma first: "elements" is a lemma of its own (the weather) beside element's plural.
    return english.get(lemma(word) or word)


def topic_kind(word: str) -> str | None:
    """The kind of topic a word names (`topic_noun`), None for any other word."""
    found = topic_noun(word)
    return found[0] if found is not None else None


def _is_topic(word: str) -> bool:
    found = topic_noun(word)
    return found is not None and found[1] >= MIN_DEPTH


def _writes_term(index: Index, term: str) -> bool:
    """Whether the corpus writes another word's term as a word of its own: a word of its
    vocabulary, or a term of several words found in its running text. Not inside a longer word:
    the Thai WordNet gives หวัด (a cold) for ไข้หวัด, and every จังหวัด holds it."""
    vocabulary, _ = idf_table(index)
    if term in vocabulary:
        return True
    return len(tokenize(term)) > 1 and term in RUNNING_TEXT.of(index)


def _written_thai(index: Index, word: str) -> bool:
    """Whether the corpus writes a Thai word (inside a longer one too: "โรคเอดส์" writes เอดส์),
    a Thai WordNet synonym of it, the English word the dictionary gives for it, or another Thai
    term of that English word."""
    if word in RUNNING_TEXT.of(index) or _writes_specific_piece(index, word):
        return True
    others = set(thai_synonyms(word))
    english = translated_terms().get(word, ())
    for other in english:
        others.update(dictionary_terms(other))
    lower = RUNNING_LOWER.of(index)
    return any(o != word and _writes_term(index, o) for o in others) or any(
        len(e) >= _MIN_LATIN and re.search(rf"\b{re.escape(e)}", lower) for e in english
    )


def _writes_specific_piece(index: Index, word: str) -> bool:
    """Whether the corpus writes a specific piece of a Thai compound (general rarity ≥ SPECIFIC):
    ไข้ซิกา is Zika's fever over a text writing ซิกา."""
    vocabulary, _ = idf_table(index)
    pieces = newmm(word)
    return len(pieces) > 1 and any(
        len(p) >= 2 and p in vocabulary and general_rarity(p) >= SPECIFIC for p in pieces
    )


def _written_english(index: Index, word: str, config: ScopeConfig) -> bool:
    """Whether the corpus writes a lower-case English word (typos and stems forgiven), a Thai
    term the dictionary gives for it, by meaning or by sound, or a Thai span that sounds like
    it."""
    if re.search(rf"\b{re.escape(word)}", RUNNING_LOWER.of(index)):
        return True
    terms = dictionary_terms(word) + loanwords(word)
    if any(_writes_term(index, t) for t in terms) or is_known_word(index, word, config):
        return True
    # … or a word of its that sounds like it: the Thai WordNet gives ไข้มาลาเรีย for "malaria",
    # a text writes มาลาเรีย (entities.py's bar for a name's mention). A word, not a piece of
    # one: "typhoon" sounds like the ทุพ of ทุพโภชนาการ.
    vocabulary, _ = idf_table(index)
    return any(span in vocabulary for span in sounding_like(index, word, MENTION_SOUND))


def absent_topics(
    index: Index,
    question: str,
    spelled: str = "",
    tokens: Iterable[str] | None = None,
    config: ScopeConfig = DEFAULT.scope,
) -> tuple[str, ...]:
    """The specific topic nouns (`topic_kind`, `SPECIFIC`) of a question that the corpus never
    writes in any spelling (see the module's docstring): its Thai words as `text.tokenize` cuts
    the question with its typos read (spelled: question_words.QuestionWords.spelled; "": the
    question) or as given (tokens: the retrieval's, which cost nothing more: ~0.3 ms a question
    to cut it again), its Latin words lower case. () when the corpus is too large for its
    running text to be kept."""
    if not RUNNING_TEXT.of(index):
        return ()
    found = []
    words = list(tokenize(normalize(spelled or question)) if tokens is None else tokens)
    heads = _heads()
    content = [w for w in words if w.strip()]
    # After a head, a name not in the table only when the Royal Society's dictionary has no
    # such word (a transliterated name: อีโบลา), as the table's own names are checked to be
    # nouns: "โรคอ้วน" names obesity, and อ้วน is an everyday "fat" a paraphrase uses.
    named = {after for head, after in pairwise(content) if _names(head, after, heads)}
    named.update(_headed_names(content, heads))
    for word in dict.fromkeys(words):
        if not (is_thai(word) and is_content_word(word)):
            continue
        if not (_is_topic(word) or word in named):
            continue
        if general_rarity(word) >= SPECIFIC and not _written_thai(index, word):
            found.append(word)
    latin = list(_LATIN_WORD.finditer(question))
    for at, m in enumerate(latin):
        word = without_possessive(m.group()).lower()
        phrase = _phrase_at(question, latin, at)
        if phrase is not None:
            if not _written_phrase(index, phrase, config):
                found.append(phrase)
            continue
        stop = word in ENGLISH_STOPWORDS and not m.group().isupper()  # "WHO" is a name
        if len(word) < _MIN_LATIN or stop or not _is_topic(word):
            continue
        rarity = min(map(general_rarity, dictionary_terms(word)), default=1.0)
        if rarity >= SPECIFIC and not _written_english(index, word, config):
            found.append(word)
    # A name of the corpus's own family that it never writes ("ประชาคมเศรษฐกิจอาเซียน", "ASEAN
    # Economic Community" beside its ASEAN Socio-Cultural Community): an organisation, a
    # declaration of its own, as specific as any topic noun (entities.sibling_names).
    found += sibling_names(index, question)
    found += _listed_siblings(index, normalize(question), content)
    found += _family_names(index, normalize(spelled or question), config)
    found += _english_family_names(index, question, config)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(_data()["names"])


def _family_names(index: Index, question: str, config: ScopeConfig) -> list[str]:
    """Names of the corpus's family whose head word it never writes: a Thai Wikipedia title or
    a name the dictionaries list (`_listed_names`) that ends in a name the corpus writes (no
    word of the Royal Society's dictionary: อาเซียน) and starts with a word the corpus writes in
    no spelling (known_words.is_known_word: typos forgiven) — "ธงอาเซียน", "คำขวัญของอาเซียน",
    "กฎบัตรอาเซียน" over a text on ASEAN that has no flag, motto or charter. A few title
    lookups for each name word of the question."""
    from .entities import is_wikipedia_title

    vocabulary, _ = idf_table(index)
    running, listed, found = RUNNING_TEXT.of(index), _listed(), []
    words = segmented(question)
    for end, last in enumerate(words):
        if len(last) < 2 or not is_thai(last) or last not in vocabulary:
            continue
        if royal_dictionary_word(last):
            continue
        for start in range(max(0, end - _MAX_NAME_WORDS + 1), end):
            span = words[start : end + 1]
            if any(not w.strip() for w in span):
                continue
            name, head = "".join(span), span[0]
            if not (is_wikipedia_title(name) or name in listed) or name in running:
                continue
            unwritten = len(head) >= 2 and is_content_word(head) and not _written_thai(index, head)
            if unwritten and not is_known_word(index, head, config):
                found.append(name)
    return found


@lru_cache(maxsize=1)
def _listed_names() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The dictionaries' names of several words (scripts/topic_nouns.py listed_names) by their
    last word: last word → ((name, its words), …)."""
    by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name, words in _data()["names"].items():
        by_last.setdefault(words[-1], []).append((name, tuple(words)))
    return {last: tuple(names) for last, names in by_last.items()}


# "ASEAN flag", "ASEAN's motto", "the flag of ASEAN": a thing of a name, in English.
_OF_NAME = re.compile(
    r"\b(?:(?P<name>[A-Z][A-Za-z]+)(?:['’]s)?\s+(?=(?P<thing>[A-Za-z]{3,})\b)"
    r"|(?P<thing2>[A-Za-z]{3,})\s+of\s+(?:the\s+)?(?=(?P<name2>[A-Z][A-Za-z]+)\b))"
)
_THAI_OF = ("", "ของ", "ประจำ", "แห่ง")  # how Thai joins a thing to its owner's name


def _english_family_names(index: Index, question: str, config: ScopeConfig) -> list[str]:
    """`_family_names` asked in English, read through the dictionary: "the ASEAN flag" names
    ธงอาเซียน (a Thai Wikipedia title) when the Thai text writes อาเซียน, the dictionary gives
    ธง for "flag", and the text writes neither the word "flag" nor ธง in any spelling: judged
    by the Thai translation as a Thai question is by its words."""
    from .entities import is_wikipedia_title

    vocabulary, _ = idf_table(index)
    running, lower, listed, found = RUNNING_TEXT.of(index), RUNNING_LOWER.of(index), _listed(), []
    for m in _OF_NAME.finditer(question):
        name, thing = m.group("name") or m.group("name2"), m.group("thing") or m.group("thing2")
        owner_word, thing = name.lower(), thing.lower()
        if owner_word in ENGLISH_STOPWORDS or thing in ENGLISH_STOPWORDS:
            continue
        owners = [
            t
            for t in loanwords(owner_word) + dictionary_terms(owner_word)
            if t in vocabulary and not royal_dictionary_word(t)
        ]
        if not owners or re.search(rf"\b{re.escape(thing)}", lower):
            continue
        for owner in dict.fromkeys(owners):
            for term in dict.fromkeys(dictionary_terms(thing) + loanwords(thing)):
                named = [term + of + owner for of in _THAI_OF]
                if not any(is_wikipedia_title(n) or n in listed for n in named):
                    continue
                if any(n in running for n in named) or _written_thai(index, term):
                    continue
                if not is_known_word(index, term, config):
                    found.append(f"{name} {thing}")
    return list(dict.fromkeys(found))


def _listed_siblings(index: Index, question: str, words: Iterable[str]) -> list[str]:
    """The dictionaries' names in a question that are a sibling of a name the corpus writes
    (the test of entities.sibling_names, whose names are the Thai Wikipedia's titles): same
    first and last word, other content words between ("ประชาคมการเมืองและความมั่นคงอาเซียน"
    beside ประชาคมสังคมและวัฒนธรรมอาเซียน). Looked up by the question's words, a name's last
    word first: a few set lookups a question."""
    running, listed, found = RUNNING_TEXT.of(index), _listed_names(), []
    for word in dict.fromkeys(words):
        for name, parts in listed.get(word, ()):
            if name not in question or name in running:
                continue
            if differs_between(parts[0], list(parts[1:-1]), parts[-1], running):
                found.append(name)
    return found


def _names(head: str, after: str, heads: frozenset[str]) -> bool:
    """Whether the word after a head names a thing of the head's kind: after WordNet's heads
    (โรค) a word the Royal Society's dictionary lacks, after the word lists' (เชื้อ, ไวรัส) one
    Thai at large never writes as well (a transliterated name: อีโบลา; "ภาวะโลกร้อน" is no
    illness)."""
    if head in heads:
        return not royal_dictionary_word(after)
    return (
        head in _list_heads() and general_rarity(after) >= 1.0 and not royal_dictionary_word(after)
    )


def _headed_names(words: Iterable[str], heads: frozenset[str]) -> Iterator[str]:
    """The question's words that are a head and a name written as one (newmm keeps
    "โรคไข้หวัด" whole): those whose rest is a topic noun or a name (`_names`)."""
    every = heads | _list_heads()
    for word in words:
        for head in every:
            rest = word[len(head) :]
            if len(rest) >= 2 and word.startswith(head):
                if _is_topic(rest) or _names(head, rest, heads):
                    yield word
                break


@lru_cache(maxsize=1)
def _phrase_first_words() -> frozenset[str]:
    """The first words of the English topic nouns of several words: a phrase `_phrase_at` tries
    is looked up as written (the lexicon's lemmas are single words, so `lemma` leaves a phrase
    None), and a phrase whose first word is none of these is no topic noun."""
    return frozenset(key.split(" ", 1)[0] for key in _tables()[0] if " " in key)


def _phrase_at(question: str, latin: list[re.Match[str]], at: int) -> str | None:
    """The longest topic noun of several words (`_is_topic`) with a Thai name that starts at the
    at-th Latin word, its words next to each other (a space or hyphen between), lower case; None
    for none."""
    if latin[at].group().lower() not in _phrase_first_words():
        return None  # most words start none (~10 µs a word to try each length)
    longest = None
    for end in range(at + 1, min(at + _MAX_PHRASE, len(latin))):
        gap = question[latin[end - 1].end() : latin[end].start()]
        if gap not in (" ", "-"):
            break
        words = [m.group().lower() for m in latin[at : end + 1]]
        words[-1] = without_possessive(words[-1])
        phrase = " ".join(words)
        last = lemma(words[-1])
        for candidate in (phrase, " ".join([*words[:-1], last]) if last else phrase):
            # … one the dictionaries spell in Thai: a Thai text translates a name ("Royal
            # Society" → ราชสมาคมแห่งลอนดอน), and one with no Thai name cannot be looked for.
            if _is_topic(candidate) and any(map(is_thai, _synonyms(candidate))):
                longest = candidate
    return longest


def _written_phrase(index: Index, phrase: str, config: ScopeConfig) -> bool:
    """Whether the corpus writes an English name of several words, or another lemma of its
    synsets: English ("aids", "who" as its acronym in capitals) or Thai (องค์การอนามัยโลก)."""
    lower = RUNNING_LOWER.of(index)
    if re.search(rf"\b{re.escape(phrase)}", lower):
        return True
    for other in _synonyms(phrase):
        if is_thai(other):
            if other in RUNNING_TEXT.of(index):
                return True
        elif " " in other:
            if re.search(rf"\b{re.escape(other)}", lower):
                return True
        elif len(other) >= _MIN_LATIN and _written_english(index, other, config):
            return True
    return False
