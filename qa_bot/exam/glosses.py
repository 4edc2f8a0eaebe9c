"""Everyday English words in choices over Thai text, matched as the Thai the passages write.

An English choice ("Water resources management") shares no matching unit with a Thai text
("การจัดการทรัพยากรน้ำ") but its names and numbers, so it was judged by the embedding alone,
which tells a sector's sub-areas from another sector's poorly (English twins of our Thai exam
items: 0.75 right, the Thai items 0.98). Each word the choice does not write as a name is
matched, where the passages an exam reads write one, as its Thai dictionary term
(lexicon.dictionary_terms: Princeton WordNet × Thai WordNet, its three commonest senses,
commonest first): of the terms the passages read write, the one the embedding puts nearest the
English word ("water" → น้ำ, "management" → การจัดการ, "culture" → วัฒนธรรม where the commonest
sense is สังคม, a society; closest_sense). Sense ranks are English ones, not this text's:
against the commonest sense written, exam CV 0.890 → 0.893 (English 0.781 → 0.788, Thai 0.993
unchanged; bench/exam_cv.py, 281 items). A word whose dictionary terms the passages do not
write is matched as its Thai loanword spelling where they write that (lexicon.loanwords, the
Thai-English transliteration dictionary: "technology" → เทคโนโลยี, "logistics" → โลจิสติกส์;
the Thai WordNet lacks most of them): exam CV 0.890 → 0.893, English 0.781 → 0.788 (one item
of 137: "… with technology as the driver"), Thai unchanged. A word without such a term stays as
typed (a foreign word the text cannot judge, support.Query.foreign); names are
names.thai_names', acronyms and numbers are matched as typed. The shown choice stays as typed.

An adjective none of whose terms the passages write is matched as the noun it is formed from
(lexicon.derived_lemmas: WordNet's pertainyms and derivationally related nouns; the Thai WordNet
files few adjectives): "environmental" → environment → สิ่งแวดล้อม, "marine" → sea → ทะเล,
"ministerial" → minister → รัฐมนตรี. Verbs are not followed ("inclusive" → include, ประกอบด้วย,
"consists of": no quality the text names).

A cardinal number word is matched as its digits (lexicon.number_word, WordNet's cardinals:
"five" → 5 where the text says "คุณลักษณะ 5 ข้อ"), but in "one of …".

A word none of whose dictionary terms the passages write whole, one of them a noun and the action
noun it is a kind of (`action_noun`: การ/ความ + verb, Thai's nominalisers), is matched as that
action noun where they write it: "tourism" → ธุรกิจการท่องเที่ยว (the tourism business) →
การท่องเที่ยว ("ส่งผลกระทบในวงกว้างต่อภาคเศรษฐกิจ อุตสาหกรรม และการท่องเที่ยว"). bench/exam_cv.py
(501 pooled items, main c7b0c4d): every accuracy unchanged; on the 695-item pool (207638b's
Scorings captured, exam_cv's grid replayed) 0.906 → 0.909, English 0.849 → 0.855; an EXCEPT stem
over "economy / industry / tourism" (pooled twm012) scored tourism 0.40 → 0.90 beside the other two.
A term's written parts chosen by the embedding instead (academic → วิทยาลัย) cost exam CV 0.920 →
0.912 (NOTE23): two words exactly, the second an action noun, or nothing.

The verbs of events ("signed", "adopted", "proposed", "established", "initiative") are matched as
the Thai verbs the documents write for them (`EVENT_VERBS`, the Royal Institute Dictionary's:
events.py's table): the Thai WordNet gives "sign" a symbol and "adopt" nothing, so an
English claim was judged by its names alone, its predicate left out (FRESH24 K1: "It was signed by
the ASEAN foreign ministers" below a distractor naming another declaration). Choices only: a
stem keeps the dictionary's terms (รับรอง is written beside every declaration the document names;
as the stem's topic it moved a "which B.E. year was X adopted" stem's context). bench/exam_cv.py
(695 pooled items) with the tourism rule above, on main bcea1db: accuracy unchanged (exam_cv
0.922, in-sample 0.928, English 0.871), decided and wrong 22 → 21, right picks left undecided
44 → 40; on b55fa0e, stems glossed too: exam_cv 0.911 → 0.912, English 0.855 → 0.858.

Words WordNet lists together as one noun of two or three words (its collocations, lower case)
are matched as that noun's Thai term where the passages write it (`_phrases`,
lexicon.phrase_terms; each word reduced as morphy(7WN) does): "older persons" → old_person →
ผู้สูงอายุ (word by word it was อาวุโส คน), "climate change" → การเปลี่ยนแปลงสภาพภูมิอากาศ,
"infectious diseases" → โรคติดเชื้อ; English's "persons / people with X" as Thai's agent noun
ผู้ / คน + the root of X's ความ-term ("persons with disabilities" → คนพิการ, `people_with`). A
verb of several words whose term they do not write stays as typed ("took place" was took
สถานที่, a place), and the words of a noun of several words whose term they do not write keep
their own dictionary senses only ("health care": not care's ความช่วยเหลือ, below). A noun-only
word none of whose terms the passages write is matched as a nominalised term written with
Thai's other nominaliser (`swapped_nominal`: "cooperation" → การร่วมมือ, written ความร่วมมือ);
of a word WordNet also lists as a verb, not ("deals with" is no ความตกลง). Over the 767 pooled
exam items (bench/exam_cv.py, main e0eb3e6; Scorings captured and compared item by item): picks
right 706 → 706 (an EXCEPT stem over the AUN's activities, "Research cooperation" a true
member, fixed; one near tie at 0.720 lost), decided and wrong 25 → 23, right picks left
undecided 47 → 47.

A part of speech none of whose senses the SemCor corpus tags, where another part of speech of
the word is tagged (WordNet's tagsense_cnt), gives no gloss (lexicon.untagged_terms): "came" is
the verb come, not the noun (น้ำ …); "main" the adjective, not the noun (ทะเล, the high seas);
"impact" the noun, not the verb (ส่งผล). bench/exam_cv.py (281 pooled items): in-sample 0.907 →
0.911 (English 0.818 → 0.825), CV 0.900 → 0.904 (English 0.803 → 0.810), Thai 0.993 unchanged.

A choice's word the dictionary has no term for in the passages ("disaster": Thai WordNet
lacks it) is matched as the Thai word the documents themselves translate it by, where they
write English names in brackets beside their Thai terms (qa_bot/glosses.py's pairs, "…การจัดการ
ด้านสาธารณสุขในภาวะภัยพิบัติ (… Health Management in Disaster)", "…ในการจัดการภัยพิบัติ (… on
disaster management …)"): the Thai word of those pairs with the highest Dice association with
it (Melamed, "Models of translational equivalence among words", Computational Linguistics
26(2), 2000: association over aligned segments), ties broken by the embedding's cosine between
the English word and the Thai word. A word bracketed in one name only ("Malnutrition") is
associated with every word of that name alike (MIN_PAIRS). The stem keeps the dictionary
alone: with the documents' terms too, English exam items 0.782 → 0.774 (a stem's "marine" as
the tokeniser's "ทะเลใน"), choices alone 0.782 → 0.789 (bench in the commit 'Exam: English
words …').

Measured and not kept (in-sample over the 281 pooled exam items, English 0.796 with the rules
above, Thai 0.993 throughout; 2026-11-30): the senses of a word's base form too ("leaders", a
WordNet lemma whose one term กลุ่มผู้นำ the text lacks, → ผู้นำ; English 0.774: "member states"
has no sense ประเทศ, so the right gloss loses where ภาวะ matched by chance); a cut on the
closest sense's cosine (0.85: no change; 0.86: 0.774, "ministers" loses รัฐมนตรี); a nominalised
term's root when the whole is not written (การร่วมมือ → ร่วมมือ; 0.781: roots such as ขับ
match anywhere); the passages' own word nearest an English word by CSLS with mutual nearest
neighbours (Conneau et al. 2018; "states" → ประเทศ, "migrant" → ต่างด้าว, but "profitable" →
มีประสิทธิภาพ, "B.E." → เบ; for words without a written sense 0.759, only words the dictionary
knows 0.766); lower-case words in three consecutive words the passages write in English kept
as a name ("ending all forms of malnutrition"; 0.781); a term also found with the other Thai
nominaliser (การ ↔ ความ: "cooperation" การร่วมมือ as the documents' ความร่วมมือ), 2026-12-01:
exam CV English 0.832 → 0.825 ("care" as ความช่วยเหลือ, a sense the health item does not mean),
eval/kinds.jsonl one item more (the university network's "Research cooperation").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np

from ..events import gloss_verbs
from ..glosses import bracketed_pairs
from ..lexicon import (
    derived_lemmas,
    derived_terms,
    dictionary_terms,
    is_phrase,
    later_terms,
    lemma,
    loanwords,
    noun_only,
    number_word,
    phrasal_verb,
    phrase_terms,
    singular_lemmas,
    untagged_terms,
    without_possessive,
)
from ..ordinals import english_ordinal_word
from ..store import Derived, Index
from ..text import (
    ENGLISH_STOPWORDS,
    embedding_text,
    is_content_word,
    is_thai,
    stem_latin,
    thai_stopwords,
    tokenize,
)
from .matching import PassageUnits
from .names import latin_words, title_words

# A word of Latin letters, not the "s" of a possessive ("ASEAN's" was glossed "ASEAN'วิ": s → วิ,
# the dictionary's "second") nor a piece of an acronym.
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9'’])[A-Za-z][a-z'’]*(?![A-Za-z0-9])")
_PARTITIVE = re.compile(r"\s+of\b", re.IGNORECASE)  # "one of the most …"
_FOLLOWED = re.compile(r"\s+(?!of\b)[A-Za-z]")  # a word after it ("the second meeting")
MIN_TERM = 2  # a one-letter Thai term is a fragment, found in any text
MIN_PAIRS = 2  # an English word bracketed once shares its pair with every other word of it
MIN_DICE = 0.5  # below, an English word's Thai partner is shared with as many other pairs as
# not: no translation (a Dice of 0.5 is one pair of two, or two of four)


# Query vectors of English words and their Thai terms, per embedder (they depend on the model
# alone, not on the index): a cache filled as words come, not a table built once.
_VECTORS: WeakKeyDictionary[Any, dict[str, np.ndarray]] = WeakKeyDictionary()


def closest_sense(index: Index, word: str, terms: Sequence[str]) -> str:
    """Of a word's Thai terms (one at least), the one the embedding puts nearest the English
    word: the cosine of mE5's query vectors, which place a word and its translation together
    across languages. The dictionary orders a word's senses by their commonness in English
    (WordNet's sense ranks), not in the text: "states" → จังหวัด (province) first. Cosines
    measured on terms the corpus writes: states → รัฐ 0.871 over จังหวัด 0.844; project →
    โครงการ 0.917 over งาน 0.854; culture → วัฒนธรรม 0.917 over สังคม 0.852. Vectors are cached
    per embedder."""
    if len(terms) == 1:
        return terms[0]
    cache = _VECTORS.setdefault(index.embedder, {})
    missing = [t for t in dict.fromkeys([word, *terms]) if t not in cache]
    if missing:
        vectors = index.embedder.encode_queries([embedding_text(t) for t in missing])
        cache.update(zip(missing, vectors, strict=True))
    return max(terms, key=lambda t: float(cache[t] @ cache[word]))


# Thai's nominalisers: การ + a verb is the action's noun (การท่องเที่ยว, travelling: tourism),
# ความ + a verb or adjective its state or quality (ความร่วมมือ) — a grammar of Thai
# (Iwasaki & Ingkaphirom Horie, A Reference Grammar of Thai, 2005: nominalisation).
NOMINALISERS = ("การ", "ความ")


def action_noun(term: str) -> str | None:
    """The action noun of a two-word dictionary term made of a noun and the action it is a
    kind of: ธุรกิจ|การท่องเที่ยว (the tourism business) → การท่องเที่ยว; None for any other
    term. Only two words: คน|จบ|การศึกษา ("graduates", a person who finished education) is no
    kind of การศึกษา; one word (ต้องการ, คณะกรรมการ) holds no action noun of its own."""
    words = tokenize(term)
    if len(words) != 2 or not is_thai(words[0]):
        return None
    tail = words[1]
    if not any(tail.startswith(n) and len(tail) > len(n) + 1 for n in NOMINALISERS):
        return None
    return tail


def swapped_nominal(term: str) -> str | None:
    """A nominalised Thai term with the other nominaliser of `NOMINALISERS` (การ + root ↔
    ความ + root: การร่วมมือ → ความร่วมมือ), Thai writing either for many roots (the act and its
    state); None for a term that starts with neither or whose root is one letter."""
    for this, other in zip(NOMINALISERS, reversed(NOMINALISERS), strict=True):
        root = term[len(this) :]
        if term.startswith(this) and len(root) > 1 and is_thai(root):
            return other + root
    return None


# The events an exam's choices say a document or meeting went through, as English writes them
# and as the Royal Institute Dictionary translates each verb: events.py's table, its GLOSS
# column (sign → ลงนาม, adopt / endorse → รับรอง, founded / establish → ก่อตั้ง / จัดตั้ง, propose →
# เสนอ, initiative → ริเริ่ม). The Thai WordNet files these verbs under no written term or under
# another sense ("sign" → สัญลักษณ์, a symbol; "adopt" → none; "founded" → จัด), so "It was signed
# by the ASEAN foreign ministers" was judged without its verb.
EVENT_VERBS: dict[str, tuple[str, ...]] = gloss_verbs()


def event_verb(text_read: str, word: str) -> str | None:
    """The Thai verb of an event word (`EVENT_VERBS`) the passages write, else None."""
    return next((t for t in EVENT_VERBS.get(word.lower(), ()) if t in text_read), None)


def _gloss(
    text_read: str,
    word: str,
    index: Index | None,
    derived: bool = True,
    other_nominal: bool = True,
) -> str | None:
    """Of a word's dictionary terms the passages read write (not Thai stop words), the sense
    nearest it (`closest_sense`), or without an index the commonest; else the first of its
    Thai loanword spellings they write (lexicon.loanwords: "technology" → เทคโนโลยี); None when
    they write none. derived: an adjective may be glossed as the noun it is formed from
    (choices; a stem keeps the dictionary's own terms, as it keeps them without the documents'
    pairs: "social" → สังคม, found all over "ประชาคมสังคมและวัฒนธรรม", moved a stem's context);
    other_nominal: with derived, a nominalised term may be written with the other nominaliser
    (`swapped_nominal`; not within a noun of several words, `_phrases`)."""
    stop = thai_stopwords()
    lower = word.lower()
    event = event_verb(text_read, lower) if derived else None
    if event is not None:
        # Choices only: a stem keeps the dictionary's terms (its topic places its context,
        # and รับรอง is written beside every declaration the document names).
        return event
    rare = untagged_terms(lower)

    def written(found: Sequence[str], rare: Collection[str]) -> list[str]:
        return [
            t
            for t in found
            if len(t) >= MIN_TERM and t not in stop and t not in rare and t in text_read
        ]

    terms = written(dictionary_terms(lower), rare)
    if terms:
        # Where a commonest sense is written, the word's later senses compete with it by the
        # embedding (closest_sense): "member states" is ประเทศสมาชิก, the nation (state's
        # fourth noun sense, ประเทศ, 0.876) rather than รัฐ (0.870), which the text writes only
        # inside รัฐมนตรี. A word none of whose commonest senses is written gets no gloss from
        # a rare one ("held" → hold → ควบคุม, to control).
        terms += written(later_terms(lower), (*rare, *terms))
    if not terms:
        # A plural WordNet lists as a lemma of its own, in a sense of the plural alone
        # ("leaders", the leadership: กลุ่มผู้นำ), none of whose terms the passages write, is
        # read as its singular's plural (lexicon.singular_lemmas: "leaders" → leader → ผู้นำ),
        # before the documents' own pairs, which paired "leaders" with ภาวะ from "ASEAN
        # Leaders' Declaration on Ending all Forms of Malnutrition" (ภาวะทุพโภชนาการ).
        terms = [
            t
            for base in singular_lemmas(lower)
            for t in written(dictionary_terms(base), untagged_terms(base))
        ]
    if not terms and derived:
        # An adjective the Thai WordNet files no written term for, as the noun it is formed
        # from: first the very sense WordNet points to ("rural" → country / rural_area → ชนบท;
        # lexicon.derived_terms), else that noun's commonest senses ("environmental" →
        # environment → สิ่งแวดล้อม; lexicon.derived_lemmas). The noun's senses alone made
        # "rural" the nation's รัฐ (country's first sense).
        terms = written(derived_terms(lower), ()) or written(
            [t for base in derived_lemmas(lower) for t in dictionary_terms(base)], ()
        )
    if not terms:
        terms = [t for t in loanwords(lower) if len(t) >= MIN_TERM and t in text_read][:1]
    if not terms:
        # A term the passages do not write whole that is a noun and an action noun it is a
        # kind of (`action_noun`): "tourism" → ธุรกิจการท่องเที่ยว, written as การท่องเที่ยว.
        terms = [
            t
            for term in dictionary_terms(lower)
            if term not in rare
            and (t := action_noun(term)) is not None
            and t not in stop
            and t in text_read
        ]
    if not terms and derived and other_nominal and noun_only(lower):
        # A nominalised term the passages write with Thai's other nominaliser (`swapped_nominal`):
        # "cooperation" → การร่วมมือ, written ความร่วมมือ. Of a word that is a noun only: a
        # verb too may be one in the choice ("deals with" is no ความตกลง, an agreement).
        terms = [
            t
            for term in dictionary_terms(lower)
            if term not in rare and (t := swapped_nominal(term)) is not None and t in text_read
        ]
    if not terms:
        return None
    return closest_sense(index, lower, terms) if index is not None else terms[0]


@dataclass(frozen=True)
class PairWords:
    """The documents' bilingual pairs as words: for each English word (text.tokenize's stem)
    the Thai words it is most associated with (equal best Dice), and that association."""

    best: dict[str, tuple[tuple[str, ...], float]]


def _pair_words(index: Index) -> PairWords:
    pairs: set[tuple[frozenset[str], frozenset[str]]] = set()
    for passage in index.passages:
        for chunk, english in bracketed_pairs(passage.text):
            thai = frozenset(w for w in tokenize(chunk) if is_thai(w) and is_content_word(w))
            latin = frozenset(w for w in tokenize(english) if not is_thai(w) and is_content_word(w))
            if thai and latin:
                pairs.add((latin, thai))
    english: Counter[str] = Counter()
    thai: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for latin, words in pairs:
        english.update(latin)
        thai.update(words)
        both.update((e, t) for e in latin for t in words)
    best: dict[str, tuple[tuple[str, ...], float]] = {}
    for (e, t), n in both.items():
        if english[e] < MIN_PAIRS:
            continue
        dice = 2.0 * n / (english[e] + thai[t])
        held = best.get(e)
        if held is None or dice > held[1] + 1e-9:
            best[e] = ((t,), dice)
        elif abs(dice - held[1]) <= 1e-9:
            best[e] = ((*held[0], t), dice)
    return PairWords(best)


PAIR_WORDS: Derived[PairWords] = Derived(
    "English words and the Thai words the documents' bracketed names pair them with", _pair_words
)


def document_term(index: Index, word: str) -> str | None:
    """The Thai word the documents translate an English word by in their bracketed names
    (module docstring), at Dice association ≥ MIN_DICE; None when they never write it in a
    bracket beside a Thai term."""
    found = PAIR_WORDS.of(index).best.get(stem_latin(word.lower()))
    if found is None or found[1] < MIN_DICE:
        return None
    terms = sorted(found[0])
    if len(terms) == 1:
        return terms[0]
    vectors = index.embedder.encode_queries([embedding_text(t) for t in [word, *terms]])
    return terms[int(np.argmax(vectors[1:] @ vectors[0]))]


# English's nouns for people in general, the head of "persons with disabilities", "people with
# HIV" (WordNet: person, people and its plural persons; the lemma of each word is looked up).
PEOPLE = ("person", "people")
# Thai's agentive nominalisers: ผู้ / คน + a verb or adjective is one who does or is it (ผู้พิการ,
# คนพิการ, a disabled person) — Iwasaki & Ingkaphirom Horie, A Reference Grammar of Thai, 2005.
AGENT_NOUNS = ("ผู้", "คน")


def people_with(words: Sequence[str]) -> tuple[str, ...]:
    """The Thai agent nouns of English's "people / persons with X" (three lower-case words)
    where X's dictionary terms include a quality noun ความ + root (lexicon.dictionary_terms:
    disabilities → ความพิการ): ผู้ / คน + that root ("persons with disabilities" →
    ("ผู้พิการ", "คนพิการ")), the form Thai names such people by, which the Thai WordNet files
    under no English noun of that wording; () for any other words."""
    if len(words) != 3 or words[1] != "with" or (lemma(words[0]) or words[0]) not in PEOPLE:
        return ()
    roots = [
        t[len("ความ") :]
        for t in dictionary_terms(words[2])
        if t.startswith("ความ") and len(t) > len("ความ") + 1
    ]
    return tuple(dict.fromkeys(agent + root for root in roots for agent in AGENT_NOUNS))


_JOINED = (" ", "-")  # what stands between the words of one noun ("health care", "health-care")


def _phrases(
    choice: str,
    matches: Sequence[re.Match[str]],
    titled: Collection[int],
    text_read: str,
    index: Index | None,
) -> dict[int, tuple[int, str]]:
    """The words of a choice that WordNet lists together as one noun or verb of two or three
    words (lexicon.phrase_terms, phrasal_verb), longest first: first word's index → (last
    word's index, what they are matched as):

    - a noun whose Thai term the passages read write whole: that term ("older persons" →
      ผู้สูงอายุ, "climate change" → การเปลี่ยนแปลงสภาพภูมิอากาศ; of several written, the one
      nearest the English words, `closest_sense`); "persons with disabilities": the Thai agent
      noun they write (`people_with`);
    - a verb whose term they do not write: the words as typed ("took place", not took
      สถานที่; a verb and its particle, "signed in", is also a verb and the preposition of
      what follows, "signed in Vientiane": no phrase);
    - a noun whose term they do not write: each word's own dictionary sense, without the
      guesses `_gloss` makes for a word alone (the noun an adjective is formed from, the other
      nominaliser): "health care" is สุขภาพ care, not care's ความช่วยเหลือ (help); most such
      nouns are said word by word in Thai too ("foreign ministers", รัฐมนตรีต่างประเทศ).

    Words in capitals after the choice's first (names, names.py's), an English title's words,
    and a stop word at either end are no such noun or verb."""
    stop = thai_stopwords()
    found: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(matches):
        for last in range(min(i + 2, len(matches) - 1), i, -1):
            span = matches[i : last + 1]
            words = [without_possessive(m.group()) for m in span]
            if (
                any(w[0].isupper() and (k > 0 or i > 0) for k, w in enumerate(words))
                or any(m.start() in titled for m in span)
                or words[0].lower() in ENGLISH_STOPWORDS
                or any(choice[a.end() : b.start()] not in _JOINED for a, b in pairwise(span))
            ):
                continue
            if words[-1].lower() in ENGLISH_STOPWORDS:
                # A verb and its particle ("signed in", "deal with") is also a verb and the
                # preposition of what follows ("signed in Vientiane"): no phrase
                continue
            lower = tuple(w.lower() for w in words)
            typed = choice[span[0].start() : span[-1].end()]
            agents = [t for t in people_with(lower) if t in text_read]
            terms = [
                t
                for t in phrase_terms(lower)
                if len(t) >= MIN_TERM and t not in stop and t in text_read
            ]
            if agents:
                # ผู้พิการ and คนพิการ say the same: the form the passages write most
                found[i] = (last, max(agents, key=text_read.count))
            elif terms:
                english = " ".join(lower)
                thai = closest_sense(index, english, terms) if index is not None else terms[0]
                found[i] = (last, thai)
            elif phrasal_verb(lower):
                found[i] = (last, typed)
            elif is_phrase(lower):
                text, end = "", span[0].start()
                for m, w in zip(span, words, strict=True):
                    own = None
                    if w.lower() not in ENGLISH_STOPWORDS:
                        own = _gloss(text_read, w, index, other_nominal=False)
                    text += choice[end : m.start()] + (own or m.group())
                    end = m.end()
                found[i] = (last, text)
            else:
                continue
            break
        if i in found:
            i = found[i][0]
        i += 1
    return found


def thai_glosses(
    choices: Sequence[str],
    read: Sequence[PassageUnits],
    index: Index | None = None,
    pairs: bool = True,
) -> list[str]:
    """The choices with each everyday English word replaced by its Thai term where the passages
    read write one (see the module docstring); words in capitals after a choice's first word
    are names (names.thai_names bridges them) and stay, as do acronyms and English stop words.
    read are the passages an exam reads (score.passages_read). With index, of a word's senses
    the passages write the one nearest it in the embedding is taken (`closest_sense`; without,
    the commonest), and (pairs) a word the dictionary cannot gloss there is glossed as the
    documents' own bracketed names translate it (document_term)."""
    text_read = "\n".join(pu.passage.text for pu in read)
    written = latin_words(text_read)
    out = []
    for choice in choices:
        found: list[tuple[int, int, str]] = []
        titled = title_words(choice, written)  # an English title's words stay as typed
        matches = list(_LATIN_WORD.finditer(choice))
        # Choices only: in a stem's topic (pairs False) they cost exam_cv 0.919 → 0.918 ("took
        # place" as typed moved a "… took place in which city" stem's context; 767 items).
        phrases = _phrases(choice, matches, titled, text_read, index) if pairs else {}
        covered = -1  # the last word a phrase's term replaced
        for i, match in enumerate(matches):
            if i <= covered:
                continue
            if i in phrases:
                covered, thai = phrases[i]
                found.append((match.start(), matches[covered].end(), thai))
                continue
            word = without_possessive(match.group())  # the whole word is replaced
            if word.lower() in ENGLISH_STOPWORDS or (word[0].isupper() and i > 0):
                continue
            if match.start() in titled:
                continue
            rank = english_ordinal_word(word.lower())
            if rank is not None and _FOLLOWED.match(choice, match.end()):
                # An ordinal before what it counts ("the second … meeting") is the number a
                # Thai text writes after its classifier ("ครั้งที่ 2"), not its dictionary term
                # ("second" → วิ, วินาที: a second of time).
                found.append((match.start(), match.end(), f"{rank}th"))
                continue
            value = number_word(word.lower())
            if value is not None and not _PARTITIVE.match(choice, match.end()):
                # A count in words is the number a Thai text writes in digits ("five" → 5 where
                # it says "คุณลักษณะ 5 ข้อ"), not its dictionary term (สาม, ตรี: "Three days" was
                # "ตรี ปี"); "one of the …" is no count (หนึ่งใน).
                found.append((match.start(), match.end(), str(value)))
                continue
            before = choice[: match.start()].split()
            if before and (before[-1].isdigit() or number_word(before[-1].lower()) is not None):
                # A noun counted is the singular's (lexicon.singular_lemmas): WordNet lists
                # "days" as a lemma of its own, an era (ปี); "three days" are วัน.
                word = next(iter(singular_lemmas(word.lower())), word)
            thai = _gloss(text_read, word, index, pairs)
            if thai is None and index is not None and pairs:
                thai = document_term(index, word)
            if thai is not None:
                found.append((match.start(), match.end(), thai))
        text = choice
        for start, end, thai in reversed(found):
            text = text[:start] + thai + text[end:]
        out.append(text)
    return out
