"""How much of a question the answer sentence says in one place, beside the value it asks for.

An answerable question's words and the value it asks for are written together: "อาเซียนตั้งเป้า
จะหยุดการระบาดของโรคเอดส์ให้ได้ภายในปีไหน" is answered by "…ยุติการระบาดของเอดส์ภายในปี 2030…",
year and words in one clause. A near-miss about a thing the document names but not the detail
asked ("ปฏิญญาเวียงจันทน์ … ได้รับการรับรองเมื่อวันที่เท่าไร") finds its words in one part of a long
answer sentence and a date in another, about something else. Coverage over the whole sentence
or passage cannot tell the two apart (answer sentences run to 600 characters, several clauses);
coverage within one stretch of about a sentence's length that holds a value of the asked type
can (scope feature "together"; FRESH12 §8: "uncertain" over a sentence stating the answer).

The question's words are the scope judge's comparable ones (scope.features), weighted by IDF
as fair_coverage weighs them. An English question over the Thai text is met through its words'
Thai terms (lexicon.thai_words, as scope.translation_signals meets them) and its names as
written; those words weigh alike (an English word has no IDF in a Thai corpus).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .question_words import QuestionWords, neutral
from .text import corpus_matching_text, is_content_word, normalize, year_variants


@dataclass(frozen=True)
class Unit:
    """One word of the question: found in a text when any of its forms occurs there."""

    weight: float
    forms: tuple[str, ...]  # matching-form spellings; empty: found nowhere


def english_terms(words: QuestionWords) -> tuple[list[list[str]], list[str]]:
    """(the Thai terms the corpus uses of each English content word with a translation — the
    terms of its three commonest WordNet senses, lexicon.thai_words, one-letter pieces left out
    —, the English content words that are no names and that the dictionary lacks)."""
    from .lexicon import thai_words

    used = frozenset(words.translated)  # the corpus's words among all the terms
    # One-letter pieces of a cut term ("ก") match anything.
    terms = [
        [w for w in thai_words(english) if len(w) > 1 and w in used]
        for english in words.translations.values()
    ]
    # Content words that are neither names nor in the dictionary ("pandemic"): unknown to the
    # text as much as a translated word the corpus never uses, not neutral.
    untranslated = [
        t
        for t in words.tokens
        if is_content_word(t)
        and not neutral(t, words.names)
        and t not in words.translations
        and t not in words.sounds
    ]
    return terms, untranslated


def question_units(
    words: QuestionWords,
    comparable: Mapping[str, float],
    english: tuple[list[list[str]], list[str]] | None = None,
    spellings: Mapping[str, tuple[str, ...]] | None = None,
) -> list[Unit]:
    """The question's words as units: its comparable words (token → IDF weight) and, when it has
    English words with a dictionary translation, those and its untranslated English content
    words too, every unit then weighing 1. english: `english_terms(words)` when the caller has
    it already; spellings: the other spellings of its words the corpus writes
    (scope.other_spellings), found as the word is."""
    terms, untranslated = english if english is not None else english_terms(words)
    others = spellings or {}
    if not terms:
        return [Unit(w, (t, *others.get(t, ()))) for t, w in comparable.items()]
    return [
        *(Unit(1.0, tuple(forms)) for forms in terms),
        *(Unit(1.0, ()) for _ in untranslated),
        *(Unit(1.0, (t, *others.get(t, ()))) for t in comparable),
    ]


def given_words(tokens: Sequence[str], units: Sequence[Unit]) -> tuple[str, ...]:
    """The words a question gives, as they would be written in a text (matching form): its
    content words and numbers, each year also in the other era, and the Thai terms of its
    English words (the units' forms); longest first, so that a longer word is blanked before a
    shorter one inside it. Stop words ("ที่", "ใน") are left out: blanking them would change
    what a value looks like ("ครั้งที่ 31" is an ordinal, "ครั้ง 31" a count)."""
    words = {t for t in tokens if is_content_word(t) or any(c.isdigit() for c in t)}
    words |= {f for u in units for f in u.forms if is_content_word(f)}
    words |= {v for w in list(words) for v in year_variants(w)}
    return tuple(sorted((w for w in words if len(w) > 1), key=len, reverse=True))


def without_given(text: str, given: Sequence[str]) -> str:
    """The text (normalised: text.normalize) with every given word (`given_words`) blanked: what
    it says beyond the question. A value the question itself gives is no answer to it: "ก่อนปี
    2562 ไทยเคยเป็นประธานอาเซียนเมื่อปีไหน" is not answered by a sentence whose only year is 2562,
    nor "ศูนย์…ที่ไทยจะตั้ง อยู่จังหวัดไหน" by one whose only place is ไทย (FRESH13 §5)."""
    text = normalize(text)
    for word in given:
        if word in text:
            text = text.replace(word, " ")
    return text


def stretches(text: str, width: int) -> list[str]:
    """Overlapping pieces of `width` characters, each starting width // 3 after the last (the
    whole text when it is no longer): every run of up to two thirds of width lies whole in one."""
    if len(text) <= width:
        return [text]
    step = max(width // 3, 1)
    return [text[i : i + width] for i in range(0, len(text) - width + step, step)]


def said_together(
    units: Sequence[Unit],
    sentence: str,
    width: int,
    holds: Callable[[str], bool] | None = None,
) -> float:
    """The largest weighted share (0..1) of the units found within one stretch of `width`
    characters of the sentence (as written; each stretch matched as text.matching_text reads
    it) — among the stretches for which holds(stretch) is true, when holds is given (a value
    of the asked type there). 0.0 with no units or no such stretch."""
    total = sum(u.weight for u in units)
    if total <= 0:
        return 0.0
    best = 0.0
    for piece in stretches(sentence, width):
        if holds is not None and not holds(piece):
            continue
        text = corpus_matching_text(piece)
        found = sum(u.weight for u in units if any(_occurs(f, text) for f in u.forms))
        best = max(best, found / total)
    return best


def _occurs(form: str, text: str) -> bool:
    # As search.coverage finds a word: a year also in the other era's spelling.
    return form in text or any(variant in text for variant in year_variants(form))


def beside_value(
    named: Sequence[Callable[[str], bool]],
    sentence: str,
    width: int,
    holds: Callable[[str], bool],
) -> bool:
    """Does one stretch of `width` characters of the sentence (`stretches`) give a value
    (holds(stretch)) and every named thing (each a test of the stretch as written)? False with
    nothing named."""
    return bool(named) and any(
        holds(piece) and all(name(piece) for name in named) for piece in stretches(sentence, width)
    )
