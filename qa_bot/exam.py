"""Exam mode: multiple-choice questions (ข้อใด … ก ข ค ง) decided by the corpus.

A choice is right when the corpus says it *where the stem's topic is*. Exam distractors are
usually real phrases from other sectors, so "the choice occurs somewhere" is not enough. Every
choice is scored at every point of every passage (of those retrieval finds, in a big corpus) by

    coverage   how much of it occurs in one tight stretch around that point, half of it counted
               only in the choice's own word order,
    coherence  that coverage over the share of the choice the corpus has at all: a statement
               stitched from true pieces the text says apart scores low, and
    context    how strongly the stem's words occur near that point, in the same passage and in
               the same section, with the stem's embedding similarity to the sentence there;
               outside the sections the stem names ("… ด้านสาธารณสุข") it counts less.

The best point is the choice's evidence. Negative stems (ข้อใดไม่ใช่ …, ยกเว้น …) take the least
supported choice. When no choice is found in the corpus at all, the answer is None.

Matching units are character trigrams inside Thai words (robust to word-segmentation
differences and to the corpus's own typos), Latin words and whole numbers (so "ครั้งที่ 2" does
not match "ครั้งที่ 28"; Buddhist-era years match Christian-era ones); a word weighs its rarity.
Results on the question sets are in bench/exam_accuracy.py's output (see its docstring).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .answer import hit_at
from .corpus import Passage
from .errors import QuestionError
from .index import Index
from .text import ENGLISH_STOPWORDS, clean, embedding_text, thai_stopwords
from .types import Choice, Hit

CHOICE_LETTERS = "กขคงจฉชซฌญ"

# --- reading an exam question typed as text --------------------------------------------------

# Label alphabets, in order. An exam has at least MIN_CHOICES consecutive labels of one of them.
LABEL_SERIES = {
    "thai": "กขคงจฉ",
    "digit": "123456",
    "thai_digit": "๑๒๓๔๕๖",
    "latin": "abcdef",
    "latin_upper": "ABCDEF",
}
MIN_CHOICES = 3
MAX_CHOICE_CHARS = 300
_SERIES_OF = {
    ch: (name, i) for name, letters in LABEL_SERIES.items() for i, ch in enumerate(letters)
}
_LABEL_CHARS = "".join(LABEL_SERIES.values())
# A label starts the text or follows a space or punctuation: "(ก)", "ก.", "ก)", with stray spaces.
# "ค.ศ." and "ก.พ." are abbreviations, and "1.5" a number, not labels.
_LABEL = re.compile(
    r"(?<![^\s:：?？,;/])(?:"
    rf"\(\s*(?P<paren>[{_LABEL_CHARS}])\s*\)"
    rf"|(?P<dot>[{_LABEL_CHARS}])\s*\.(?![\u0e01-\u0e2e]\.)(?!\d)"
    rf"|(?P<close>[{_LABEL_CHARS}])\s*\)"
    r")"
)
_QUESTION_CUE = re.compile(
    r"ข้อ\s*ใด|ใด|อะไร|ไหน|ใคร|เท่าไร|เท่าไหร่|กี่|ยกเว้น|หรือไม่|[?？]|"
    r"\b(?:which|what|who|whom|whose|when|where|why|how)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Label:
    start: int
    end: int
    series: str  # a key of LABEL_SERIES
    ordinal: int  # 0 for ก / 1 / a


def _labels(text: str) -> list[_Label]:
    found = []
    for match in _LABEL.finditer(text):
        style = match.lastgroup or ""
        series, ordinal = _SERIES_OF[match.group(style)]
        found.append(_Label(match.start(), match.end(), series, ordinal))
    return found


def _best_chain(labels: list[_Label]) -> list[_Label]:
    """The longest run of one alphabet's labels counting up from its first letter.

    Of equally long runs the latest wins: a stem may quote "(1) … (2) …" before the choices.
    """
    best: list[_Label] = []
    for i, first in enumerate(labels):
        if first.ordinal != 0:
            continue
        chain = [first]
        for label in labels[i + 1 :]:
            # Styles may be mixed ("ก." then "(ข)"): people type in a hurry.
            if label.series == first.series and label.ordinal == len(chain):
                chain.append(label)
        if len(chain) >= len(best):
            best = chain
    return best


def _at_line_start(text: str, label: _Label) -> bool:
    return not text[: label.start].strip(" \t") or text[: label.start].rstrip(" \t").endswith("\n")


def parse_exam(text: str) -> tuple[str, list[str]] | None:
    """(stem, choices) of an exam question typed as text, or None for an ordinary question.

    Choices are labelled ก. ข. ค. ง. (or ก) (ก), 1. 1) (1), a) A., Thai digits ๑.), one a line or
    all on one line. At least three labels must count up from the first letter; a question that
    merely quotes "(1) … (2) …" is not an exam.
    """
    if not isinstance(text, str) or len(text) > 20_000:
        return None
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").strip()
    chain = _best_chain(_labels(text))
    if len(chain) < MIN_CHOICES:
        return None
    stem = re.sub(r"\s+", " ", text[: chain[0].start]).strip(" :：-–")
    bounds = [label.end for label in chain]
    ends = [label.start for label in chain[1:]] + [len(text)]
    choices = [
        re.sub(r"\s+", " ", text[a:b]).strip(" ,;、/") for a, b in zip(bounds, ends, strict=True)
    ]
    if not re.search(r"\w", stem) or not all(choices):
        return None
    if any(len(c) > MAX_CHOICE_CHARS or "?" in c or "？" in c for c in choices):
        return None
    # "… (1) ความครอบคลุม (2) ความยั่งยืน (3) ภูมิคุ้มกัน คืออะไร" quotes a list: an exam with
    # numbered choices on one line needs a stem that asks and choices that do not.
    one_a_line = all(_at_line_start(text, label) for label in chain)
    asks = _QUESTION_CUE.search(stem) and not any(_QUESTION_CUE.search(c) for c in choices)
    if not one_a_line and chain[0].series != "thai" and not asks:
        return None
    return stem, choices


def strip_label(choice: str) -> str:
    """A choice without the label it was typed with: "ก. การศึกษา" → "การศึกษา".

    The label grammar is `_LABEL`'s (ก. ก) (ก), 1. 1) (1), a) A., ๑.), so an abbreviation or a
    number the choice starts with stays: "พ.ศ. 2558", "ค.ศ. 2017", "2.5 ล้านคน" are unchanged.
    """
    text = choice.lstrip()
    match = _LABEL.match(text)
    return text[match.end() :].lstrip() if match else choice


# --- matching units -------------------------------------------------------------------------

NGRAM = 3
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_FOLD = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789", _ZERO_WIDTH)
# A Latin word may carry digits ("h2o", "covid19"); a number stands alone ("2018", "28-29").
_PIECE = re.compile(r"(?P<thai>[\u0e01-\u0e4f]+)|(?P<latin>[a-z][a-z0-9]*)|(?P<number>\d+)")
_BE_CE_OFFSET = 543


def fold(text: str) -> str:
    """The matching form: lower case, Arabic digits, no zero-width characters.

    Only zero-width characters change the length, so positions map back to the source simply.
    """
    return text.lower().translate(_FOLD)


def query_form(text: str) -> str:
    """The matching form of what a person typed (NFC, the two-character SARA AM joined)."""
    return fold(unicodedata.normalize("NFC", text).replace("\u0e4d\u0e32", "\u0e33"))


@lru_cache(maxsize=1)
def _word_tokenize():  # PyThaiNLP's function, imported on first use
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


def _latin_stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _thai_units(run: str, start: int) -> list[tuple[str, int, int]]:
    """Trigrams inside each word of a Thai run (a word of up to three letters stays whole).

    The word is given by its start, negated for a stop word (เป็น, ที่, การ, ใช้ …).
    """
    found: list[tuple[str, int, int]] = []
    offset = start
    stopwords = thai_stopwords()
    for word in _word_tokenize()(run, engine="newmm", keep_whitespace=True):
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


def units(text: str) -> list[tuple[str, int, int]]:
    """(unit, position, word) of a folded text; word tells the unit's word (see _thai_units)."""
    found: list[tuple[str, int, int]] = []
    for match in _PIECE.finditer(text):
        start, token = match.start(), match.group()
        if match.lastgroup == "thai":
            found.extend(_thai_units(token, start))
        elif match.lastgroup == "latin":
            if len(token) > 1 and token not in ENGLISH_STOPWORDS:
                found.append(("~" + _latin_stem(token), start, start))
        else:
            number = int(token) if len(token) <= 6 else -1
            # Buddhist-era years are matched as Christian-era years (2561 ↔ 2018).
            if 2400 <= number <= 2700:
                number -= _BE_CE_OFFSET
            found.append((f"#{number if number >= 0 else token}", start, start))
    return found


@dataclass(frozen=True)
class PassageUnits:
    passage: Passage
    length: float  # in reading distance (see _reading_positions)
    positions: dict[str, np.ndarray]  # unit -> sorted reading positions
    reading: np.ndarray  # folded offset -> reading position
    to_source: np.ndarray  # folded offset -> source offset
    first_sentence_row: int  # of the passage's first sentence in index.sentence_vectors


PARENTHESIS_STEP = 0.15  # reading distance of a character inside (...)


def _reading_positions(text: str) -> np.ndarray:
    """Where each character is, counting text in parentheses as nearly zero-width.

    Thai documents follow a name with its English original in parentheses; "ศูนย์ประสานงาน …
    (… AHA Centre)" is one name, and what follows the parenthesis is next to what precedes it.
    """
    steps = np.ones(len(text) + 1)
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        if depth > 0:
            steps[i + 1] = PARENTHESIS_STEP
        if ch == ")" and depth > 0:
            depth -= 1
    steps[0] = 0.0
    return np.cumsum(steps)[:-1] if len(text) else np.zeros(1)


def _passage_units(passage: Passage, first_sentence_row: int) -> PassageUnits:
    kept = [i for i, ch in enumerate(passage.text) if ch not in _ZERO_WIDTH]
    folded = fold(passage.text)
    reading = _reading_positions(folded)
    positions: dict[str, list[float]] = {}
    for unit, pos, _ in units(folded):
        positions.setdefault(unit, []).append(float(reading[pos]))
    return PassageUnits(
        passage=passage,
        length=float(reading[-1]) + 1.0,
        positions={u: np.asarray(p, dtype=np.float64) for u, p in positions.items()},
        reading=reading,
        to_source=np.asarray(kept, dtype=np.int64) + passage.start,
        first_sentence_row=first_sentence_row,
    )


# Rarity is counted over sentences (passages are too few and too long to tell units apart):
# all of them up to this many, else this many spread evenly over the corpus. Reading a sentence
# takes ~0.3 ms, so a large corpus's first exam question pays ~0.6 s once, not minutes.
RARITY_SENTENCES = 2_000
# Units of the passages read most recently: finding them takes ~1 ms a passage, keeping them
# ~60 KiB (measured), and one exam question reads up to 8 × (1 + choices) passages.
PASSAGE_UNITS_CACHE = 256


@dataclass(frozen=True)
class UnitIndex:
    idf: dict[str, float]
    unknown_idf: float
    units_of: Callable[[int], PassageUnits]  # passage id -> its units (cached)


def _sentence_spans(index: Index) -> list[tuple[str, int, int]]:
    """(document text, start, end) of every answer sentence (a passage without any is one)."""
    return [
        (passage.source, a, b)
        for passage in index.passages
        for a, b in passage.sentences or ((passage.start, passage.end),)
    ]


def unit_index(index: Index) -> UnitIndex:
    """The rarity of every unit, and each passage's unit positions on demand (built once)."""
    cached = index.derived.get("exam_units")
    if cached is not None:
        return cached
    spans = _sentence_spans(index)
    if len(spans) > RARITY_SENTENCES:
        spans = [spans[i] for i in np.linspace(0, len(spans) - 1, RARITY_SENTENCES, dtype=int)]
    df: dict[str, int] = {}
    for source, a, b in spans:
        for unit in {u for u, _, _ in units(fold(source[a:b]))}:
            df[unit] = df.get(unit, 0) + 1
    n = max(len(spans), 1)

    @lru_cache(maxsize=PASSAGE_UNITS_CACHE)
    def units_of(passage_id: int) -> PassageUnits:
        return _passage_units(index.passages[passage_id], int(index.sentence_offsets[passage_id]))

    built = UnitIndex(
        idf={u: math.log(1.0 + (n - c + 0.5) / (c + 0.5)) for u, c in df.items()},
        unknown_idf=math.log(1.0 + (n + 0.5) / 0.5),
        units_of=units_of,
    )
    return index.derived.setdefault("exam_units", built)


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


IDF_POWER = 1.5
STOPWORD_WEIGHT = 0.2  # a Thai stop word (ที่, เป็น, ใช้ …) is rare in sentences yet says little


def unit_weights(ui: UnitIndex, text: str) -> dict[str, float]:
    """Each distinct unit of a query text with its weight.

    A word weighs its rarity (the mean rarity of its trigrams) to IDF_POWER, shared among its
    trigrams: a long common phrase must not outweigh a rare acronym or name.
    """
    words: dict[int, list[str]] = {}
    for unit, _, word in units(query_form(text)):
        words.setdefault(word, []).append(unit)
    weights: dict[str, float] = {}
    for word, members in words.items():
        rarity = sum(ui.idf.get(u, ui.unknown_idf) for u in members) / len(members)
        share = rarity**IDF_POWER / len(members) * (STOPWORD_WEIGHT if word < 0 else 1.0)
        for unit in members:
            weights[unit] = weights.get(unit, 0.0) + share
    return weights


# --- stems ----------------------------------------------------------------------------------

_NEGATIONS = (
    "ไม่ใช่|มิใช่|ไม่ได้|มิได้|ไม่ถูกต้อง|ไม่ถูก|ไม่เกี่ยวข้อง|ไม่เกี่ยวกับ|ไม่จริง|ไม่ตรง|ไม่มี|"
    "ไม่ปรากฏ|ไม่รวม|ไม่นับ|ไม่เป็น|ไม่อยู่|ไม่สอดคล้อง|กล่าวผิด|ข้อผิด|ผิดจาก|ยกเว้น|เว้นแต่"
)
_NEGATIVE = re.compile(
    _NEGATIONS + r"|\b(?:not|except|false|incorrect|untrue|wrong)\b", re.IGNORECASE
)
# Words that ask rather than describe: no passage says them, so they must not be matched.
_QUESTION_WORDS = re.compile(
    r"ข้อ\s*ใด|ดังต่อไปนี้|ต่อไปนี้|กล่าวถูกต้อง|ถูกต้อง|อย่างไร|เท่าใด|เท่าไร|เท่าไหร่|เมื่อใด|"
    r"เมื่อไร|เมื่อไหร่|ที่ไหน|ผู้ใด|ใคร|อะไร|สิ่งใด|ใด|" + _NEGATIONS + r"|\?"
)
# A stem ending in its question word ("… ลงนามโดยผู้ใด") has the answer where that word is:
# the text says the stem's words first and the answer after them.
_TRAILING_GAP = re.compile(
    r"(?:ผู้ใด|ใคร|อะไร|เมื่อใด|เมื่อไร|เมื่อไหร่|ที่ใด|ที่ไหน|เท่าใด|เท่าไร|ใด|ไหน)\s*[?？]?\s*$"
)


_SECTOR_CUE = re.compile(r"(?:ด้าน|สาขา|เรื่อง|หมวด)\s*$")
LONG_LABEL = 12  # a section label this long is a name, wherever the stem says it


def named_sections(index: Index, stem: str) -> set[tuple[str, int]]:
    """Sections whose label the stem names ("… ด้านสาธารณสุข …", "เครือข่ายเมืองอัจฉริยะอาเซียน").

    A short label must follow ด้าน / สาขา / เรื่อง, so that "แรงงาน" in "สิทธิแรงงานต่างด้าว" or in
    "ผู้เรียน/แรงงาน" does not name the labour sector.
    """
    text = query_form(stem)
    named: set[tuple[str, int]] = set()
    for doc in index.documents:
        for section in doc.sections:
            label = query_form(section.label).strip()
            if len(label) < 2:
                continue
            for match in re.finditer(re.escape(label), text):
                if len(label) >= LONG_LABEL or _SECTOR_CUE.search(text[: match.start()]):
                    named.add((doc.doc_id, section.section_id))
                    break
    return named


def is_negative(stem: str) -> bool:
    """True when the stem asks for the choice that is *not* so (ข้อใดไม่ใช่ …, ยกเว้น …)."""
    return _NEGATIVE.search(unicodedata.normalize("NFC", stem)) is not None


def stem_topic(stem: str) -> str:
    """The stem without its question and negation words: what the question is about."""
    text = _QUESTION_WORDS.sub(" ", unicodedata.normalize("NFC", stem))
    return re.sub(r"\s+", " ", text).strip()


def answer_follows_stem(stem: str) -> bool:
    """True when the stem ends in its question word (the answer comes after what it says)."""
    return _TRAILING_GAP.search(unicodedata.normalize("NFC", stem).strip()) is not None


# --- scoring --------------------------------------------------------------------------------

GRID_STEP = 6  # reading distance between the centres tried in a passage
CHOICE_HALF = 0.6  # × the choice's length: the stretch around a centre where its units count fully
CHOICE_SLACK = 10.0  # added to that stretch
CHOICE_DECAY = 30.0  # how fast a choice's units count less beyond it
STEM_DECAY = 120.0  # how fast the stem's units count less away from the choice
WRONG_SIDE = 0.6  # stem units after the choice, when the stem ends in its question word
OTHER_SECTOR = 0.7  # context × this outside the sections the stem names
# The stem's words near the choice, anywhere in its passage, anywhere in its section.
STEM_LOCAL, STEM_PASSAGE, STEM_SECTION = 0.5, 0.3, 0.2
COHERENCE_POWER = 1.0  # score = coverage × coherence^this × context^CONTEXT_POWER
CONTEXT_POWER = 1.0
DENSE_SHARE = 0.3  # share of the context that is the stem's embedding similarity to the sentence
ORDER_MIX = 0.5  # share of the coverage that must come in the choice's own word order
ORDER_POINTS = 3  # centres per passage whose word order is checked
SHARED_UNIT_WEIGHT = 0.2  # units every choice has say nothing about which one is right
# A choice is supported when this much of it is found together somewhere (in-scope questions:
# the best choice ≥ 0.9; questions about things the corpus lacks: ≤ 0.35), with some context.
MIN_COVERAGE = 0.6
EVIDENCE_COVERAGE = 0.45  # less of a choice found than this is shown as not found
MERGE_SHARE = 0.3  # a neighbouring sentence saying this much of the choice joins the evidence
MIN_SUPPORT = 0.02  # and a score of at least this


@dataclass(frozen=True)
class Support:
    """How the corpus supports one choice, at the place that supports it best."""

    score: float
    passage: Passage | None = None
    source_pos: int = -1
    reading_pos: float = 0.0  # the same place in the passage's reading positions
    coverage: float = 0.0  # weighted share of the choice's units found there (order-aware)
    coherence: float = 0.0  # coverage / share of the choice the corpus has at all
    context: float = 0.0  # how much of the stem is around it


@dataclass(frozen=True)
class Query:
    """A choice or a stem as weighted units, in the order the text says them."""

    weights: dict[str, float]
    total: float
    known: float  # weight of the units the corpus has


def make_query(ui: UnitIndex, weights: dict[str, float]) -> Query:
    known = sum(w for u, w in weights.items() if u in ui.idf)
    return Query(weights, sum(weights.values()), known)


def _nearest(grid: np.ndarray, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distance from each grid point to the nearest position at or before it, and after it."""
    slot = np.searchsorted(positions, grid, side="right")
    last = len(positions) - 1
    before = np.where(slot > 0, grid - positions[np.maximum(slot - 1, 0)], np.inf)
    after = np.where(slot <= last, positions[np.minimum(slot, last)] - grid, np.inf)
    return before, after


def _near(distance: np.ndarray, half: float) -> np.ndarray:
    return np.exp(-np.maximum(distance - half, 0.0) / CHOICE_DECAY)


def _ordered_share(pu: PassageUnits, choice: Query, centre: float, half: float) -> float:
    """The weighted share of the choice found around centre in the choice's own order.

    The heaviest chain of its units whose positions increase as they do in the choice (a
    weighted longest increasing subsequence over every occurrence within reach): a statement
    made of true pieces in the wrong relation ("X signed by Y" where the text says "Y … and X
    signed by Z") keeps its words but loses their order.
    """
    items: list[tuple[float, int, float]] = []
    for rank, (unit, weight) in enumerate(choice.weights.items()):
        positions = pu.positions.get(unit)
        if positions is None:
            continue
        reach = _near(np.abs(positions - centre), half)
        for pos, near in zip(positions, reach, strict=True):
            if near > 0.05:
                items.append((float(pos), rank, weight * float(near)))
    if not items:
        return 0.0
    # By position; at one position the later unit first, so no chain uses a position twice.
    items.sort(key=lambda item: (item[0], -item[1]))
    best = np.zeros(len(choice.weights) + 1)
    for _, rank, gain in items:
        value = gain + best[: rank + 1].max()
        if value > best[rank + 1]:
            best[rank + 1] = value
    return float(best.max()) / choice.total


@dataclass(frozen=True)
class StemContext:
    """What the stem says around every point of one passage (the same for every choice)."""

    grid: np.ndarray  # reading positions of the centres tried
    context: np.ndarray  # 0..1 at each centre


def stem_context(
    sections: dict[tuple[str, int], frozenset[str]],
    pu: PassageUnits,
    stem: Query,
    half: float,
    answer_after: bool,
    named: set[tuple[str, int]],
    closeness: np.ndarray | None,
) -> StemContext:
    """The stem's words near each centre, in the passage and in its section; its embedding's
    closeness to the sentence there; less outside the sections the stem names."""
    grid = np.arange(0, pu.length, GRID_STEP, dtype=np.float64)
    if stem.total > 0:
        local = np.zeros(len(grid))
        in_passage = 0.0
        for unit, weight in stem.weights.items():
            positions = pu.positions.get(unit)
            if positions is None:
                continue
            in_passage += weight
            before, after = _nearest(grid, positions)
            near_before = 1.0 / (1.0 + np.maximum(before - half, 0.0) / STEM_DECAY)
            near_after = 1.0 / (1.0 + np.maximum(after - half, 0.0) / STEM_DECAY)
            if answer_after:
                near_after = near_after * WRONG_SIDE
            local += weight * np.maximum(near_before, near_after)
        section = sections[(pu.passage.doc_id, pu.passage.section_id)]
        in_section = sum(w for u, w in stem.weights.items() if u in section)
        context = (
            STEM_LOCAL * local + STEM_PASSAGE * in_passage + STEM_SECTION * in_section
        ) / stem.total
    else:
        context = np.zeros(len(grid))
    if closeness is not None and pu.passage.sentences:
        # The lexical context counts as far as the stem's words are the corpus's words: an
        # English stem over a Thai corpus is judged by the embedding alone.
        lexical = (1.0 - DENSE_SHARE) * (stem.known / stem.total if stem.total > 0 else 0.0)
        folded = np.minimum(np.searchsorted(pu.reading, grid), len(pu.to_source) - 1)
        starts = np.asarray([a for a, _ in pu.passage.sentences])
        rows = np.searchsorted(starts, pu.to_source[folded], side="right") - 1
        rows = np.clip(rows, 0, len(starts) - 1)
        context = lexical * context + (1.0 - lexical) * closeness[pu.first_sentence_row + rows]
    elif stem.total <= 0:
        context = np.ones(len(grid))
    if named and (pu.passage.doc_id, pu.passage.section_id) not in named:
        context = context * OTHER_SECTOR
    return StemContext(grid, context)


def passage_support(pu: PassageUnits, around: StemContext, choice: Query, half: float) -> Support:
    """The best place for a choice in one passage: coverage × coherence × stem context."""
    grid = around.grid
    covered = np.zeros(len(grid))
    for unit, weight in choice.weights.items():
        positions = pu.positions.get(unit)
        if positions is not None:
            before, after = _nearest(grid, positions)
            covered += weight * _near(np.minimum(before, after), half)
    coverage = covered / choice.total
    context = around.context
    known = max(choice.known / choice.total, 1e-9)
    best = Support(0.0)
    rough = coverage ** (1 + COHERENCE_POWER) * context**CONTEXT_POWER
    for point in np.argsort(-rough, kind="stable")[:ORDER_POINTS]:
        if rough[point] <= 0:
            break
        ordered = _ordered_share(pu, choice, float(grid[point]), half)
        cover = (1 - ORDER_MIX) * coverage[point] + ORDER_MIX * min(ordered, coverage[point])
        coherence = min(cover / known, 1.0)
        score = cover * coherence**COHERENCE_POWER * context[point] ** CONTEXT_POWER
        if score > best.score:
            pos = min(int(np.searchsorted(pu.reading, grid[point])), len(pu.to_source) - 1)
            best = Support(
                score=float(score),
                passage=pu.passage,
                source_pos=int(pu.to_source[pos]) if len(pu.to_source) else pu.passage.start,
                reading_pos=float(grid[point]),
                coverage=float(cover),
                coherence=float(coherence),
                context=float(context[point]),
            )
    return best


def _half(choice_length: float) -> float:
    """Around a centre, the stretch where a choice's units count fully."""
    return CHOICE_HALF * choice_length + CHOICE_SLACK


def _upper_bound(pu: PassageUnits, choice: Query) -> float:
    """No place in the passage can score more: coverage ≤ what the passage has, the rest ≤ 1."""
    present = sum(w for u, w in choice.weights.items() if u in pu.positions) / choice.total
    known = max(choice.known / choice.total, 1e-9)
    return present * min(present / known, 1.0) ** COHERENCE_POWER


def _choice_queries(ui: UnitIndex, choices: Sequence[str]) -> list[Query]:
    weights = [unit_weights(ui, c) for c in choices]
    if len(weights) > 1:
        shared = set.intersection(*(set(w) for w in weights))
        for w in weights:
            for unit in shared:
                w[unit] *= SHARED_UNIT_WEIGHT
    return [make_query(ui, w) for w in weights]


# Up to this many passages every one is read (≈ 0.5 ms CPU a passage for four choices); beyond,
# the passages that retrieval finds for the stem and for each choice.
SCAN_ALL_PASSAGES = 100
CANDIDATES_PER_QUERY = 8


def _candidates(
    index: Index,
    ui: UnitIndex,
    stem: str,
    choices: Sequence[str],
    sections: Collection[tuple[str, int]] | None,
    stem_vector: np.ndarray | None,
) -> list[PassageUnits]:
    """The passages worth reading: all of a small corpus, else those retrieval finds.

    Retrieval runs for the stem and for each choice (its words for BM25, "stem + choice" for
    the embedding), the choices encoded in one batch.
    """
    from .search import allowed_passages, retrieve

    allowed = allowed_passages(index, sections)
    if len(allowed) <= SCAN_ALL_PASSAGES:
        return [ui.units_of(int(i)) for i in allowed]

    topic = stem_topic(stem)
    vectors = index.embedder.encode_queries([embedding_text(f"{topic} {c}") for c in choices])
    found = retrieve(index, stem, CANDIDATES_PER_QUERY, sections, query_vector=stem_vector)
    ids = {c.passage.id for c in found.candidates}
    for choice, vector in zip(choices, vectors, strict=True):
        found = retrieve(index, choice, CANDIDATES_PER_QUERY, sections, query_vector=vector)
        ids.update(c.passage.id for c in found.candidates)
    return [ui.units_of(i) for i in sorted(ids)]


def sentence_closeness(
    index: Index, stem_vector: np.ndarray, candidates: Sequence[PassageUnits]
) -> np.ndarray:
    """The stem's cosine to every sentence, from its median (0) to its best sentence (1).

    Raw cosines of one model to one question sit in a narrow band; only their order matters.
    A corpus small enough to read whole is scored whole; a large one only in the passages read
    (their median: scoring 360 k sentences would cost more than the rest of the question).
    """
    if len(index.passages) <= SCAN_ALL_PASSAGES:
        rows = np.arange(len(index.sentence_vectors))
        cosines = index.sentence_cosines(stem_vector)
    else:
        offsets = index.sentence_offsets
        rows = np.concatenate(
            [np.arange(offsets[pu.passage.id], offsets[pu.passage.id + 1]) for pu in candidates]
            or [np.zeros(0, dtype=np.int64)]
        )
        cosines = index.sentence_vectors[rows].astype(np.float32) @ stem_vector
    closeness = np.zeros(len(index.sentence_vectors), dtype=np.float32)
    if len(rows):
        middle, top = float(np.median(cosines)), float(cosines.max())
        closeness[rows] = np.clip((cosines - middle) / max(top - middle, 1e-6), 0.0, 1.0)
    return closeness


def _best_place(
    candidates: Sequence[PassageUnits],
    query: Query,
    half: float,
    around: Callable[[int], StemContext],
) -> Support:
    """The best-scored place of a choice among the candidates (around(i): passage i's context)."""
    best = Support(0.0)
    if query.total <= 0:
        return best
    bounds = [(_upper_bound(pu, query), i) for i, pu in enumerate(candidates)]
    for bound, i in sorted(bounds, reverse=True):
        if bound <= best.score:
            break  # sorted: no later passage can do better
        support = passage_support(candidates[i], around(i), query, half)
        if support.score > best.score:
            best = support
    return best


def _score(
    index: Index,
    stem: str,
    choices: Sequence[str],
    sections: Collection[tuple[str, int]] | None,
    stem_vector: np.ndarray | None,
) -> tuple[list[Support], list[Support | None]]:
    """Each choice's best support for the stem and, when that place does not say the choice
    as a whole, the place that says most of it whatever the stem (where it belongs)."""
    ui = unit_index(index)
    stem_query = make_query(ui, unit_weights(ui, stem_topic(stem)))
    answer_after = answer_follows_stem(stem)
    named = named_sections(index, stem)
    candidates = _candidates(index, ui, stem, choices, sections, stem_vector)
    context_units = section_units(candidates)
    closeness = None
    if stem_vector is not None:
        closeness = sentence_closeness(index, stem_vector, candidates)
    lengths = [len(query_form(c)) for c in choices]
    stem_half = _half(sum(lengths) / max(len(lengths), 1))
    contexts: dict[int, StemContext] = {}

    def context_of(i: int) -> StemContext:
        if i not in contexts:
            contexts[i] = stem_context(
                context_units, candidates[i], stem_query, stem_half, answer_after, named, closeness
            )
        return contexts[i]

    def anywhere(i: int) -> StemContext:
        grid = context_of(i).grid
        return StemContext(grid, np.ones(len(grid)))

    supports: list[Support] = []
    homes: list[Support | None] = []
    for query, length in zip(_choice_queries(ui, choices), lengths, strict=True):
        best = _best_place(candidates, query, _half(length), context_of)
        supports.append(best)
        said = best.coverage >= MIN_COVERAGE
        homes.append(None if said else _best_place(candidates, query, _half(length), anywhere))
    return supports, homes


def score_choices(
    index: Index,
    stem: str,
    choices: Sequence[str],
    sections: Collection[tuple[str, int]] | None = None,
    stem_vector: np.ndarray | None = None,
) -> list[Support]:
    """How the corpus supports each choice as an answer to the stem."""
    return _score(index, stem, choices, sections, stem_vector)[0]


def _sentence_weights(pu: PassageUnits, choice: Query, centre: float, half: float) -> np.ndarray:
    """How much of the choice each sentence of the passage says, near the matched point."""
    sentences = pu.passage.sentences
    bounds = np.searchsorted(pu.to_source, np.asarray([a for a, _ in sentences]))
    starts = pu.reading[np.minimum(bounds, len(pu.reading) - 1)]
    found = np.zeros(len(sentences))
    for unit, weight in choice.weights.items():
        positions = pu.positions.get(unit)
        if positions is None:
            continue
        near = _near(np.abs(positions - centre), half)
        rows = np.clip(np.searchsorted(starts, positions, side="right") - 1, 0, len(starts) - 1)
        gains = np.zeros(len(sentences))
        np.maximum.at(gains, rows, weight * near)
        found += gains
    return found


def _evidence_hit(
    ui: UnitIndex,
    rank: int,
    support: Support,
    choice: Query,
    half: float,
    chosen: bool = False,
) -> Hit | None:
    """The passage that supports a choice, with the sentence that says it (or two, when the
    choice runs across a sentence break).

    None when little of the choice is found anywhere (a few shared syllables are no evidence),
    unless it is the chosen one: the verdict always shows what it rests on.
    """
    passage = support.passage
    if passage is None or (support.coverage < EVIDENCE_COVERAGE and not chosen):
        return None
    start, end = passage.start, passage.end
    if passage.sentences:
        pu = ui.units_of(passage.id)
        found = _sentence_weights(pu, choice, support.reading_pos, half)
        best = int(np.argmax(found))
        first = last = best
        neighbours = [i for i in (best - 1, best + 1) if 0 <= i < len(found)]
        if neighbours:
            other = max(neighbours, key=lambda i: found[i])
            if found[other] > MERGE_SHARE * found[best]:
                first, last = min(best, other), max(best, other)
        start, end = passage.sentences[first][0], passage.sentences[last][1]
    return hit_at(passage, rank, support.score, start, end)


def is_supported(support: Support) -> bool:
    """True when enough of the choice is found together, with some of the stem around it."""
    return support.coverage >= MIN_COVERAGE and support.score >= MIN_SUPPORT


# --- choices about the other choices (ถูกทุกข้อ, ไม่มีข้อใดถูก, ก และ ข) --------------------------

# The usual wordings of Thai and English exams (textbook and O-NET style).
_ALL_OF_THEM = re.compile(
    r"^(?:ถูก(?:ต้อง)?ทุกข้อ|ทุกข้อ(?:ที่กล่าวมา|ข้างต้น)?(?:ถูก(?:ต้อง)?)?|ถูก(?:ต้อง)?ทั้งหมด|"
    r"ทั้งหมด(?:ที่กล่าวมา)?(?:ข้างต้น)?(?:ถูก(?:ต้อง)?)?|ทุกข้อที่กล่าวมาข้างต้น|"
    r"all(?: of)?(?: the)? (?:above|choices|of these|these)|all are (?:true|correct))$"
)
_NONE_OF_THEM = re.compile(
    r"^(?:ไม่มีข้อ(?:ใด|ไหน)?(?:กล่าว)?ถูก(?:ต้อง)?|ไม่มีข้อ(?:ใด|ไหน)?(?:ที่)?(?:ถูก(?:ต้อง)?)?|"
    r"ผิดทุกข้อ|ไม่ถูกทุกข้อ|ไม่มีข้อใดเลย|ไม่มีข้อใดถูกต้องเลย|ไม่มีข้อใดกล่าวมา(?:ถูก(?:ต้อง)?)?|"
    r"none(?: of)?(?: the)? (?:above|choices|of these|these)|none is (?:true|correct))$"
)
# "ก และ ข", "ข้อ ก, ข และ ค ถูก", "1 และ 3", "a and b": letters of other choices.
_COMBINATION_WORDS = re.compile(r"ข้อ|ทั้ง|ถูก(?:ต้อง)?|เท่านั้น|และ|หรือ|\band\b|\bonly\b|[,.&+/]")
# A content choice is counted as true alongside the best one when it scores at least this share
# of it: on our exam sets (bench/exam_accuracy.py items), the three true choices of negative
# items reach it together in 0.88 of items, the right choice with two distractors in 0.06.
ALL_SUPPORTED_SHARE = 0.5
# Two choices this close (score units) are a tie: of our 116 exam items, the 3 picked by less
# were decided 2 right, 1 wrong, no better than a coin.
TIE_MARGIN = 0.02


def _letter_index(letter: str, n: int) -> int | None:
    named = _SERIES_OF.get(letter)
    return named[1] if named is not None and named[1] < n else None


def choice_references(choices: Sequence[str]) -> dict[int, frozenset[int]]:
    """The choices that are about the other choices, each with the set of choices it says are
    true: all the others for "ถูกทุกข้อ" / "all of the above", none for "ไม่มีข้อใดถูก" / "none of
    the above", the named ones for "ก และ ข". Ordinary choices are not in the dict.
    """
    n = len(choices)
    all_of_them: list[int] = []
    meta: dict[int, frozenset[int]] = {}
    for i, choice in enumerate(choices):
        text = re.sub(r"\s+", " ", fold(unicodedata.normalize("NFC", choice))).strip(" .")
        if _ALL_OF_THEM.match(text):
            all_of_them.append(i)
            meta[i] = frozenset()
        elif _NONE_OF_THEM.match(text):
            meta[i] = frozenset()
        else:
            named = [_letter_index(word, n) for word in _COMBINATION_WORDS.sub(" ", text).split()]
            if len(named) >= 2 and all(j is not None and j != i for j in named):
                meta[i] = frozenset(j for j in named if j is not None)
    # "All of the above" means the ordinary choices, not the other choices about choices.
    content = frozenset(range(n)) - set(meta)
    for i in all_of_them:
        meta[i] = content
    return meta


def true_choices(supports: Sequence[Support], content: Sequence[int], negative: bool) -> set[int]:
    """The ordinary choices the corpus makes true for the stem: supported, and close to the best
    one (ALL_SUPPORTED_SHARE); for a negative stem, the ones it does not support."""
    best = max((supports[i].score for i in content), default=0.0)
    said = {
        i
        for i in content
        if is_supported(supports[i]) and supports[i].score >= ALL_SUPPORTED_SHARE * best
    }
    return set(content) - said if negative else said


def pick_with_references(
    supports: Sequence[Support],
    references: dict[int, frozenset[int]],
    negative: bool,
    stem_in_scope: bool = True,
) -> int | None:
    """pick() over the ordinary choices, unless a choice about them says exactly which of them
    are true ("ถูกทุกข้อ" when all are, "ไม่มีข้อใดถูก" when none is, "ก และ ค").

    "None of them" needs a stem the document is about: otherwise the question is not about the
    document at all, and no choice is picked (as without such a choice).
    """
    content = [i for i in range(len(supports)) if i not in references]
    if references and content:
        supported = any(is_supported(supports[i]) for i in content)
        true = true_choices(supports, content, negative) if supported else set()
        if negative and not supported:
            true = set(content)
        for i, refs in references.items():
            if refs and set(refs) == true:
                return i
        for i, refs in references.items():
            if not refs and not true and stem_in_scope:
                return i
    picked = pick([supports[i] for i in content], negative)
    return content[picked] if picked is not None else None


def tied_with(scores: Sequence[float], chosen: int | None, exclude: Collection[int]) -> list[int]:
    """The other ordinary choices whose score is within TIE_MARGIN of the chosen one's."""
    if chosen is None or chosen in exclude:
        return []
    return [
        i
        for i, score in enumerate(scores)
        if i != chosen and i not in exclude and abs(score - scores[chosen]) < TIE_MARGIN
    ]


def pick(supports: Sequence[Support], negative: bool) -> int | None:
    """The best-supported choice, or for a negative stem the least; None when none is supported.

    With nothing in the corpus behind any choice the question is not about the corpus, and
    the least supported of four unsupported choices means nothing either.
    """
    if not any(is_supported(s) for s in supports):
        return None
    scores = [s.score for s in supports]
    return int(np.argmin(scores)) if negative else int(np.argmax(scores))


def check_choices(choices: object) -> list[str]:
    """The choices, cleaned; QuestionError (Thai and English) for choices that cannot be judged."""
    if isinstance(choices, str) or not isinstance(choices, Sequence):
        raise QuestionError("ตัวเลือกต้องเป็นรายการข้อความ", "the choices must be a list of text")
    if not all(isinstance(c, str) for c in choices):
        raise QuestionError("ตัวเลือกทุกข้อต้องเป็นข้อความ", "every choice must be text")
    cleaned = [clean(c) for c in choices]
    if not 2 <= len(cleaned) <= len(CHOICE_LETTERS):
        raise QuestionError(
            f"ต้องมีตัวเลือก 2 ถึง {len(CHOICE_LETTERS)} ข้อ",
            f"give between 2 and {len(CHOICE_LETTERS)} choices",
        )
    if not all(re.search(r"\w", c) for c in cleaned):
        raise QuestionError(
            "ตัวเลือกทุกข้อต้องมีตัวอักษรหรือตัวเลข (ไม่ว่างและไม่ใช่แค่สัญลักษณ์)",
            "every choice needs letters or digits (not empty, not only symbols or emoji)",
        )
    if any(len(c) > MAX_CHOICE_CHARS for c in cleaned):
        raise QuestionError(
            f"ตัวเลือกยาวเกินไป (สูงสุด {MAX_CHOICE_CHARS} ตัวอักษร)",
            f"a choice is too long (at most {MAX_CHOICE_CHARS} characters)",
        )
    return cleaned


def decide(
    index: Index,
    stem: str,
    choices: list[str],
    sections: Collection[tuple[str, int]] | None = None,
    query_vector: np.ndarray | None = None,
    stem_in_scope: bool = True,
) -> Choice:
    """The exam's verdict: each choice scored by the corpus, the best one picked.

    stem is the question without its choices (cleaned), choices as `check_choices` returns
    them, sections (document id, section id) pairs or None for all. query_vector is the
    stem's embedding (the one its retrieval used, shape (dim,)); without it the stem is
    encoded here. stem_in_scope is the scope check's word on the stem alone ("none of the
    above" needs a stem the document is about).
    """
    if query_vector is None:
        query_vector = index.embedder.encode_queries([embedding_text(stem)])[0]
    negative = is_negative(stem)
    references = choice_references(choices)
    content = [i for i in range(len(choices)) if i not in references]
    content_texts = [choices[i] for i in content]
    supports: list[Support] = [Support(0.0)] * len(choices)
    homes: list[Support | None] = [None] * len(choices)
    queries: list[Query | None] = [None] * len(choices)
    if content_texts:
        found, places = _score(index, stem, content_texts, sections, query_vector)
        ui = unit_index(index)
        for i, support, home, query in zip(
            content, found, places, _choice_queries(ui, content_texts), strict=True
        ):
            supports[i], homes[i], queries[i] = support, home, query
    chosen = pick_with_references(supports, references, negative, stem_in_scope)
    for i, refs in references.items():
        # A choice about choices scores as its weakest named choice ("none": nothing to say).
        supports[i] = Support(min((supports[j].score for j in refs), default=0.0))
    scores = [round(s.score, 4) for s in supports]
    tied = tied_with(scores, chosen, references)
    ui = unit_index(index)
    evidence: list[Hit | None] = []
    for i, (support, home, query) in enumerate(zip(supports, homes, queries, strict=True)):
        if query is None:
            evidence.append(None)
            continue
        # A choice the stem's context does not carry is shown where the corpus says it: for a
        # distractor that is the other sector it belongs to. The chosen answer of a positive
        # stem keeps the place that decided it.
        deciding = i == chosen and not negative
        place = support
        if home is not None and home.coverage > support.coverage and not deciding:
            place = home
        half = _half(len(query_form(choices[i])))
        evidence.append(_evidence_hit(ui, i + 1, place, query, half, i == chosen))
    letter = CHOICE_LETTERS[chosen] if chosen is not None else None
    return Choice(chosen, letter, scores, evidence, negative, tuple(choices), tuple(tied))


def format_verdict(choice: Choice) -> str:
    """The verdict for a terminal: every choice with its score and deciding sentence."""
    if choice.index is None:
        head = "ไม่มีตัวเลือกใดที่เอกสารสนับสนุน / No choice is supported by the document"
    else:
        kind = (
            "ข้อที่เอกสารไม่สนับสนุน (คำถามเชิงปฏิเสธ) / the choice the document does not support"
            if choice.negative
            else "ข้อที่เอกสารสนับสนุน / the choice the document supports"
        )
        head = f"คำตอบ / Answer: {choice.letter} — {kind}"
    lines = [head]
    references = choice_references(choice.choices)
    if choice.tied:
        others = " ".join(CHOICE_LETTERS[i] for i in choice.tied)
        lines.append(
            f"(คะแนนใกล้เคียงกับข้อ {others} จนแยกไม่ออก / within noise of {others}: read the evidence)"
        )
    for i, score in enumerate(choice.scores):
        mark = "►" if i == choice.index else " "
        text = choice.choices[i] if i < len(choice.choices) else ""
        lines.append(f"{mark} {CHOICE_LETTERS[i]}. {text}  score {score:.3f}")
        hit = choice.evidence[i] if i < len(choice.evidence) else None
        if i in references:
            lines.append("      (ข้อที่ว่าด้วยตัวเลือกอื่น / a choice about the other choices)")
        elif hit is None:
            lines.append("      (ไม่พบในเอกสาร / not found in the document)")
        else:
            lines.append(f"      [{hit.section_id}] {hit.section_label}: {hit.answer_sentence}")
    return "\n".join(lines)
