"""Bare numbers as the ordinals a stem asks for.

"การประชุมสุดยอดอาเซียนครั้งใดรับรองแผนแม่บท … ก. 28-29 ข. 31 ค. 32 ง. 33": the stem asks which
one of a series (classifier + ใด / ที่เท่าใด / ที่กี่), and each choice is its number alone. The
documents write that number as an ordinal ("ครั้งที่ 33"), which matching reads as the unit
"#33th", apart from the count "#33" (matching.units: "How many sectors … ? eight" is no "AMCA
ครั้งที่ 8"); so a bare "33" met nothing and every choice scored 0 (FRESH22 K3). Such a choice
is matched as the stem's classifier + ที่ + its number, as the stem itself would write it.

Labels are ordinals too (FRESH23 E38). Thai writes a count as number + classifier ("2 ระยะ") and
a label as classifier + ที่ + number ("ระยะที่ 2"), which people shorten to classifier + number
("ระยะ 2"): matching reads that as the count "#2", so it is written back with ที่. English writes
a label as noun + number ("Phase 2", "Stage 3"), which matching reads as the ordinal "#2th" only
while the noun stays English; glossed into Thai ("ไปสู่ 2", a wrong sense of "phase") it became a
count and every choice scored 0. Choices that are one English noun + a number, two or more with
the same noun (a series), are matched as English ordinals ("2nd phase"), which no gloss turns
into a count.

English also writes an ordinal as a word, alone when the stem names the series ("Which ASCN
meeting will Thailand host? the first / the second / the third"): glossed, "second" is a
unit of time (วินาที) and "the first" says nothing the text writes, so every choice scored 0
but the one the embedding liked (FRESH24 K6). Two or more choices that open with an ordinal
word are matched with it in digits ("the 2nd"), the ordinal "#2th" that "ครั้งที่ 2" is.
"""

from __future__ import annotations

import re

from ..lexicon import number_word
from ..ordinals import ORDINAL_CLASSIFIERS, english_ordinal_word
from ..text import ENGLISH_STOPWORDS, normalize
from .matching import LABEL_MAX

# The classifiers that take ordinals in documents (ordinals.ORDINAL_CLASSIFIERS, after Iwasaki &
# Ingkaphirom, *A Reference Grammar of Thai*, 2005), followed by the question words that ask
# which one of the series: ใด / ไหน ("which"), ที่เท่าใด / ที่เท่าไร / ที่กี่ ("the
# how-many-th"). Not ปี: "ปีใด" asks a year (answer_types' DATE).
_WHICH_ONE = r"(?:ใด|ไหน|ที่\s*(?:เท่า(?:ใด|ไร|ไหร่|ไหร)|กี่))"
_ASKED = re.compile(rf"({ORDINAL_CLASSIFIERS})\s*{_WHICH_ONE}(?!\S*(?:ปี|วัน))")
# A choice that is a number or a range of numbers and nothing else ("33", "28-29", "๓๓").
_BARE = re.compile(r"\s*\d+(?:\s*[-–]\s*\d+)?\s*")
# A Thai label without its ที่: an ordinal-taking classifier, then a number ("ระยะ 2"), the
# classifier not itself counted by a number before it ("2 ครั้ง 3 วัน") nor the number a count of
# the word after it ("รอบ 5 ปี", a five-year cycle).
_THAI_LABEL = re.compile(
    rf"(?<![\d\s])(\s*)({ORDINAL_CLASSIFIERS})\s*(\d+)(?![\d.,:/])(?!\s*[\u0e01-\u0e4e])"
)
# An English label: a noun and a number ("Phase 2", "the Stage three").
_ENGLISH_LABEL = re.compile(r"\s*(?:the\s+)?([A-Za-z]{2,})\s+(\d{1,3}|[a-z]+)\s*", re.IGNORECASE)


# A choice that opens with an ordinal word, after an optional article ("the second", "Second
# meeting", "the twenty-first summit").
_ORDINAL_WORD = re.compile(r"\s*(?:the\s+)?([a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)


def ordinal_word(word: str) -> int | None:
    """The number an English ordinal word writes ("second" → 2, "fourth" → 4, "twentieth" → 20,
    "twenty-first" → 21); None for any other word. The words of ordinals.english_ordinal_word's
    table (first … twentieth, the tens to fiftieth: the altered stems fifth, eighth, ninth,
    twelfth among them) as it reads them; any other is the cardinal + -th, -ty → -tieth
    ("sixtieth"; Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002, ch. 5
    §7.4), the cardinal read from the lexicon's WordNet table (lexicon.number_word)."""
    word = word.lower()
    if "-" in word:
        tens, _, unit = word.partition("-")
        ten, one = number_word(tens), ordinal_word(unit)
        if ten is None or one is None or ten % 10 or ten < 20 or one >= 10:
            return None
        return ten + one
    listed = english_ordinal_word(word)
    if listed is not None:
        return listed
    if word.endswith("ieth"):
        return number_word(word[: -len("ieth")] + "y")
    if word.endswith("th") and len(word) > 4:
        return number_word(word[: -len("th")])
    return None


def _ordinal_words(choices: list[str]) -> list[str]:
    """The choices with a leading English ordinal word in digits ("the second" → "the 2nd") when
    at least two of them open with one (a series); else as they are."""
    found = [_ORDINAL_WORD.match(c) for c in choices]
    numbers = [ordinal_word(m.group(1)) if m is not None else None for m in found]
    if sum(n is not None for n in numbers) < 2:
        return choices
    return [
        c[: m.start(1)] + _suffixed(n) + c[m.end(1) :] if m is not None and n is not None else c
        for c, m, n in zip(choices, found, numbers, strict=True)
    ]


def asked_classifier(stem: str) -> str | None:
    """The classifier a stem asks an ordinal in ("ครั้งใด", "ครั้งที่เท่าใด" → "ครั้ง"); None
    when it asks none (or asks it only in English: "the 33rd" is matched as written)."""
    text = normalize(stem)
    found = _ASKED.search(text)
    if found is not None:
        return found.group(1)
    return None


def _suffixed(number: int) -> str:
    """An English ordinal in digits ("2" → "2nd", "11" → "11th", "23" → "23rd")."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _thai_labels(choice: str) -> str:
    """A Thai choice with each classifier + number written classifier + ที่ + number."""
    return _THAI_LABEL.sub(r"\1\2ที่ \3", normalize(choice))


def _english_label(choice: str) -> tuple[str, int] | None:
    """(noun, number) of a choice that is an English noun + a number and nothing else."""
    found = _ENGLISH_LABEL.fullmatch(normalize(choice))
    if found is None:
        return None
    noun, written = found.group(1).lower(), found.group(2).lower()
    number = int(written) if written.isdigit() else number_word(written)
    if number is None or number >= LABEL_MAX or noun in ENGLISH_STOPWORDS:
        return None
    return noun, number


def ordinal_choices(stem: str, choices: list[str]) -> list[str]:
    """The choices as matched under stem (same length and order): each bare number (or range)
    as the stem's classifier + ที่ + it ("33" → "ครั้งที่ 33") when the stem asks an ordinal in a
    classifier and at least two choices are bare (a lone number among names is no series); a
    Thai classifier + number as classifier + ที่ + number ("ระยะ 2" → "ระยะที่ 2"); an English
    noun + number as an English ordinal ("Phase 2" → "2nd phase") when at least two choices are
    labels of the same noun; a leading English ordinal word in digits when at least two choices
    open with one ("the second" → "the 2nd", `_ordinal_words`); the others as they are."""
    classifier = asked_classifier(stem)
    bare = [i for i, c in enumerate(choices) if _BARE.fullmatch(normalize(c))]
    if classifier is not None and len(bare) >= 2:
        choices = [
            f"{classifier}ที่ {normalize(c).strip()}" if i in bare else c
            for i, c in enumerate(choices)
        ]
    choices = [_thai_labels(c) if _THAI_LABEL.search(normalize(c)) else c for c in choices]
    choices = _ordinal_words(choices)
    labels = [_english_label(c) for c in choices]
    nouns = [label[0] for label in labels if label is not None]
    return [
        f"{_suffixed(label[1])} {label[0]}"
        if label is not None and nouns.count(label[0]) >= 2
        else c
        for c, label in zip(choices, labels, strict=True)
    ]
