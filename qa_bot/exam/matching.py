"""Matching units: the folded text, its trigrams, words and numbers, and their rarity."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np

from ..config import DEFAULT, ExamConfig
from ..corpus.model import Passage
from ..ordinals import thai_ordinal_numbers
from ..store import Derived, Index
from ..text import (
    ENGLISH_STOPWORDS,
    christian_year,
    fold,
    fold_with_offsets,
    stem_latin,
    thai_stopwords,
)
from ..text import normalize as query_form  # what a person typed: the retrieval form
from ..thai_dictionary import newmm

# --- matching units -------------------------------------------------------------------------

NGRAM = 3
# A Latin word may carry digits ("h2o", "covid19"); a number stands alone ("2018", "28-29").
_PIECE = re.compile(r"(?P<thai>[\u0e01-\u0e4f]+)|(?P<latin>[a-z][a-z0-9]*)|(?P<number>\d+)")

# The matching forms are qa_bot/text.py's: fold (document text, positions kept) for passages,
# normalize (imported as query_form) for stems, choices and section labels.


def _thai_units(run: str, start: int) -> list[tuple[str, int, int]]:
    """Trigrams inside each word of a Thai run (a word of up to three letters stays whole).

    The word is given by its start, negated for a stop word (เป็น, ที่, การ, ใช้ …).
    """
    found: list[tuple[str, int, int]] = []
    offset = start
    stopwords = thai_stopwords()
    for word in newmm(run, keep_whitespace=True):
        if len(word) >= 2:
            tag = -1 - offset if word in stopwords else offset
            if len(word) <= NGRAM:
                found.append((word, offset, tag))
            else:
                found.extend(
                    (word[i : i + NGRAM], offset + i, tag) for i in range(len(word) - NGRAM + 1)
                )
        offset += len(word)
    return found


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_THAI_ORDINAL_HINTS = ("ที่", "แรก")  # a Thai ordinal writes one (ordinals.thai_ordinal_numbers)


@lru_cache(maxsize=1)
def _english_dates() -> tuple[re.Pattern[str], dict[str, str]]:
    """English month names (the standard library's, full and abbreviated) → PyThaiNLP's Thai
    full month names, and the pattern of one written as a date: beside a day or a year
    ("April 2018", "24 October", "Oct. 24, 2018"; not the verb "may")."""
    from .dates import month_numbers, thai_month

    names = {
        name: thai_month(number)
        for name, number in month_numbers().items()
        if name.isascii() and name.isalpha()
    }
    month = "|".join(sorted(names, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<=\d\s)(?P<after>{month})\b\.?|\b(?P<before>{month})\b\.?(?=\s*\d)", re.IGNORECASE
    )
    return pattern, names


def thai_months(text: str) -> str:
    """text with each English month name written as a date replaced by the Thai month name
    ("April 2018" → "เมษายน 2018"): Thai documents write dates with Thai month names, and a
    year matches in either era already."""
    pattern, names = _english_dates()
    return pattern.sub(lambda m: names[(m.group("after") or m.group("before")).lower()], text)


_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
# The word after a number, past its ordinal suffix and the rest of a range ("13-15 November").
_NEXT_WORD = re.compile(
    r"(?:st|nd|rd|th)?(?:\s*[-–]\s*\d+(?:st|nd|rd|th)?)?[\s,.]*([a-z]+|[\u0e01-\u0e4e]+)"
)
_WORD_BEFORE = re.compile(r"([a-z]+|[\u0e01-\u0e4e]+)[\s,.]*$")
LABEL_MAX = 1000  # a number from here on is a year ("Vision 2025"), no label


def _is_month(word: str) -> bool:
    """A month's name, full or short, English or Thai ("november", "พฤศจิกา"; exam/dates)."""
    from .dates import month_numbers, months_named

    return word in month_numbers() or bool(months_named(word))


def _english_ordinal(text: str, match: re.Match[str]) -> bool:
    """Whether the digits of match are an English ordinal ("31st", "the 8th AMCA") or a label
    number after its noun ("phase 2", which Thai writes with its classifier, "ระยะที่ 2"), not a
    day of a month ("24th October", "October 24th", "held 13-15 November") nor a count ("8
    sectors") or a year. (A Thai label written without ที่, "มาตรา 5", stays a count: "Section
    5" then does not meet it.)"""
    after = _NEXT_WORD.match(text, match.end())
    before = _WORD_BEFORE.search(text[max(match.start() - 30, 0) : match.start()])
    if any(m is not None and _is_month(m.group(1)) for m in (after, before)):
        return False
    if _ORDINAL_SUFFIX.match(text, match.end()):
        return True
    word = before.group(1) if before and text[match.start() - 1 : match.start()] == " " else ""
    return (
        int(match.group()) < LABEL_MAX
        and len(word) > 1
        and word.isascii()
        and word not in ENGLISH_STOPWORDS
    )


def units(text: str) -> list[tuple[str, int, int]]:
    """(unit, position, word) of a folded text; word tells the unit's word (see _thai_units).

    A number written as an ordinal ("ครั้งที่ 8", "ครั้งแรก", "the 8th") is the unit "#8th",
    apart from the count "#8": "How many sectors … ? eight" is no "AMCA ครั้งที่ 8"."""
    return list(_kept_units(text))


# One exam reads the same texts' units many times (each choice for several scorers, the
# sections' labels for every passage read, the passages' sentences for their numbers), each a
# newmm segmentation: ~14 % of an exam's own time (cProfile, 63 pooled exams, 2026-12-02). The
# recent ones are kept: the labels and sentences of the corpus, and the texts of a few exams.
# (Whole passages, and the sentences counted for rarity, are read once each: _found_units.)
_UNITS_KEPT = 1024


@lru_cache(maxsize=_UNITS_KEPT)
def _kept_units(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple(_found_units(text))


def _found_units(text: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    hinted = any(hint in text for hint in _THAI_ORDINAL_HINTS)
    ordinal = dict(thai_ordinal_numbers(text)) if hinted else {}
    for match in _PIECE.finditer(text):
        start, token = match.start(), match.group()
        if match.lastgroup == "thai":
            found.extend(_thai_units(token, start))
            for at, number in ordinal.items():
                if start <= at < match.end():  # a numeral or แรก written in Thai
                    found.append((f"#{number}th", at, at))
        elif match.lastgroup == "latin":
            if start and text[start - 1].isdigit() and token in _ORDINAL_SUFFIXES:
                continue  # "31st" is the number 31 written as an ordinal (the digits' unit)
            if len(token) > 1 and token not in ENGLISH_STOPWORDS:
                found.append(("~" + stem_latin(token), start, start))
        elif start in ordinal or _english_ordinal(text, match):
            found.append((f"#{int(token)}th", start, start))
        else:
            # Buddhist-era years are matched as Christian-era years (2561 ↔ 2018).
            number = christian_year(int(token)) if len(token) <= 6 else token
            found.append((f"#{number}", start, start))
    return found


@dataclass(frozen=True)
class PassageUnits:
    """One passage's matching units and the maps between its folded, reading and source
    positions (arrays indexed by folded character offset)."""

    passage: Passage
    length: float  # in reading distance (see _reading_positions)
    positions: dict[str, np.ndarray]  # unit -> sorted reading positions
    reading: np.ndarray  # folded offset -> reading position
    to_source: np.ndarray  # folded offset -> source offset
    first_sentence_row: int  # of the passage's first sentence in index.sentence_vectors

    @cached_property
    def sentence_starts(self) -> np.ndarray:
        """The reading position where each of the passage's sentences starts (shape
        (sentences,), float64, read-only). Computed once per passage: an exam reads its
        passages' sentences for every choice (claims.sentence_shares, ~4 % of an exam's own
        time when computed per call, speed25)."""
        starts = np.asarray([a for a, _ in self.passage.sentences])
        bounds = np.searchsorted(self.to_source, starts)
        found = self.reading[np.minimum(bounds, len(self.reading) - 1)]
        found.setflags(write=False)
        return found


def _reading_positions(text: str, parenthesis_step: float) -> np.ndarray:
    """Where each character is, counting text in parentheses as nearly zero-width
    (parenthesis_step each, ExamConfig.parenthesis_step).

    Thai documents follow a name with its English original in parentheses; "ศูนย์ประสานงาน …
    (… AHA Centre)" is one name, and what follows the parenthesis is next to what precedes it.
    """
    steps = np.ones(len(text) + 1)
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        if depth > 0:
            steps[i + 1] = parenthesis_step
        if ch == ")" and depth > 0:
            depth -= 1
    steps[0] = 0.0
    return np.cumsum(steps)[:-1] if len(text) else np.zeros(1)


def _passage_units(
    passage: Passage, first_sentence_row: int, parenthesis_step: float
) -> PassageUnits:
    folded, kept = fold_with_offsets(passage.text)
    reading = _reading_positions(folded, parenthesis_step)
    positions: dict[str, list[float]] = {}
    for unit, pos, _ in _found_units(folded):
        positions.setdefault(unit, []).append(float(reading[pos]))
    return PassageUnits(
        passage=passage,
        length=float(reading[-1]) + 1.0,
        positions={u: np.asarray(p, dtype=np.float64) for u, p in positions.items()},
        reading=reading,
        to_source=np.asarray(kept, dtype=np.int64) + passage.start,
        first_sentence_row=first_sentence_row,
    )


# Units of the passages read most recently: finding them takes ~1 ms a passage, keeping them
# ~60 KiB (measured), and one exam question reads up to 8 × (1 + choices) passages.
PASSAGE_UNITS_CACHE = 256


@dataclass(frozen=True)
class UnitIndex:
    """Unit rarity over the corpus (IDF over sentences; unknown_idf for a unit never seen) and
    each passage's units, computed on demand and cached (PASSAGE_UNITS_CACHE passages)."""

    idf: dict[str, float]
    unknown_idf: float
    units_of: Callable[[int], PassageUnits]  # passage id -> its units (cached)
    config: ExamConfig  # the settings it was built with (rarity, reading, unit weights)


def _sentence_spans(index: Index) -> list[tuple[str, int, int]]:
    """(document text, start, end) of every answer sentence (a passage without any is one)."""
    return [
        (passage.source, a, b)
        for passage in index.passages
        for a, b in passage.sentences or ((passage.start, passage.end),)
    ]


# Built once per index and exam settings (the rarity counts read every sentence).
EXAM_UNITS: Derived[dict[ExamConfig, UnitIndex]] = Derived(
    "exam units and their rarity, by exam settings", lambda index: {}
)


def unit_index(index: Index, config: ExamConfig = DEFAULT.exam) -> UnitIndex:
    """The rarity of every unit, and each passage's unit positions on demand (built once per
    index and config).

    Rarity is counted over sentences (passages are too few and too long to tell units apart):
    all of them up to config.rarity_sentences, else that many spread evenly over the corpus.
    """
    built_for = EXAM_UNITS.of(index)
    cached = built_for.get(config)
    if cached is not None:
        return cached
    spans = _sentence_spans(index)
    most = config.rarity_sentences
    if len(spans) > most:
        spans = [spans[i] for i in np.linspace(0, len(spans) - 1, most, dtype=int)]
    df: dict[str, int] = {}
    for source, a, b in spans:
        for unit in {u for u, _, _ in _found_units(fold(source[a:b]))}:
            df[unit] = df.get(unit, 0) + 1
    n = max(len(spans), 1)

    @lru_cache(maxsize=PASSAGE_UNITS_CACHE)
    def units_of(passage_id: int) -> PassageUnits:
        """The units of passage passage_id (a row of index.passages)."""
        return _passage_units(
            index.passages[passage_id],
            int(index.sentence_offsets[passage_id]),
            config.parenthesis_step,
        )

    built = UnitIndex(
        idf={u: math.log(1.0 + (n - c + 0.5) / (c + 0.5)) for u, c in df.items()},
        unknown_idf=math.log(1.0 + (n + 0.5) / 0.5),
        units_of=units_of,
        config=config,
    )
    return built_for.setdefault(config, built)


def section_units(candidates: Sequence[PassageUnits]) -> dict[tuple[str, int], frozenset[str]]:
    """The units of each section among the passages read, and of its label.

    A small corpus reads all its passages (of the sections a filter keeps), so this is each
    section whole; a large one reads what retrieval found, the part of a section that matters.
    """
    found: dict[tuple[str, int], set[str]] = {}
    for pu in candidates:
        key = (pu.passage.doc_id, pu.passage.section_id)
        bucket = found.get(key)
        if bucket is None:
            bucket = found[key] = {u for u, _, _ in units(query_form(pu.passage.section_label))}
        bucket.update(pu.positions)
    return {key: frozenset(bucket) for key, bucket in found.items()}


def unit_weights(ui: UnitIndex, text: str) -> dict[str, float]:
    """Each distinct unit of a query text with its weight.

    A word weighs its rarity (the mean rarity of its trigrams) to the power idf_power, shared
    among its trigrams: a long common phrase must not outweigh a rare acronym or name; a Thai
    stop word weighs stopword_weight of that (ui.config, ExamConfig).
    """
    words: dict[int, list[str]] = {}
    for unit, _, word in units(query_form(thai_months(text))):
        words.setdefault(word, []).append(unit)
    weights: dict[str, float] = {}
    power, stopword = ui.config.idf_power, ui.config.stopword_weight
    for word, members in words.items():
        rarity = sum(ui.idf.get(u, ui.unknown_idf) for u in members) / len(members)
        share = rarity**power / len(members) * (stopword if word < 0 else 1.0)
        for unit in members:
            weights[unit] = weights.get(unit, 0.0) + share
    return weights
