"""Choices that carry the whole claim: judged within one sentence, with their year and place.

Under a stem that says nothing the choices are about ("ข้อใดถูกต้อง", "ข้อใดกล่าวผิด", "Which of
the following is true?": parse.content_free) each choice is a statement of its own. The scoring
window (score.passage_support) holds a choice's words where they stand close together, so a
claim whose words one sentence says far apart ("คลังเก็บสิ่งของช่วยเหลือ … ที่จังหวัดชัยนาท",
190 characters on) was found only in part, and a year or place the window reached in the
sentence before ("… ค.ศ. 2018 ที่จังหวัดภูเก็ต ทั้งนี้ ในปี 2562 ที่ไทยเป็นประธานอาเซียน") was taken
for the claim's own (FRESH12 §3: such stems were left undecided or refused). Here:

    share        the weighted share of the choice's matching units one sentence writes (the
                 sentence that writes most of it, over the passages read), or one tight
                 stretch of text across a sentence cut (`best_claim`), and
    other value  whether the year that sentence writes nearest the claim's other words is
                 another than the choice's (years.year_unit, either era: "Thailand chaired
                 ASEAN in 2018" where one sentence says "… ค.ศ. 2018 ที่จังหวัดภูเก็ต ทั้งนี้ ในปี
                 2562 ที่ไทยเป็นประธานอาเซียน"), or the sentence names another place than the
                 choice's and none of its places, or another number or month (`other_number`):
                 an exam makes a distractor by changing the year, place or count of a true
                 statement ("ACAI ตั้งที่เชียงใหม่" where the text says "… ACAI) ที่กรุงเทพฯ"),
                 or, under a stem's topic, the sentence names another body by its acronym
                 and not the choice's (`other_body`: "ASEAN-OSHNET" where the sentence
                 that says the topic names the AHA Centre).

The same claims judge a stem with a topic beside "ไม่มีข้อใดถูก" / "None of the above"
(decide.score_choices): each choice with the stem's topic is a claim ("… AMCA ครั้งที่ 8 จัด
กรุงเทพฯ"), the topic's own places given (`other_value`'s given), and a claim said only in part is
also read at the sentence that says most of the topic (`said_there`: FRESH14 §2); under a stem
that asks a number (a date, an ordinal), the number that sentence writes after the topic is the
topic's (`bound_number`: "… ครั้งที่ 28-29 … ปฏิญญาเวียงจันทน์ … แผนปฏิบัติการ … รับทราบในการประชุม
สุดยอดอาเซียน ครั้งที่ 32"). So does a negative stem with a topic that asks which statement about
it is false (decide.false_statement_asked): the one choice said otherwise is the false one.

Places are those places.places_in reads (Thailand's provinces, countries, and the cities the
English–Thai dictionary names, each as whole words): a city and its bare name are one place
(กรุงมะนิลา = มะนิลา).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from ..corpus.model import Passage
from ..places import places_in
from ..text import is_content_word, is_thai, normalize, stem_latin, tokenize
from .dates import months_named
from .matching import (
    PassageUnits,
    UnitIndex,
    query_form,
    thai_months,
    unit_weights,
    units,
)
from .support import Query, Support, latin_names, make_query
from .years import year_unit


@dataclass(frozen=True)
class Claim:
    """A choice's best sentence: how much of it that sentence says, and whether it gives
    another year or place."""

    share: float  # weighted share of the choice's judged units the sentence writes, 0..1
    passage: Passage | None = None
    sentence: int = -1  # index into passage.sentences
    other_value: bool = False


def sentence_starts(pu: PassageUnits) -> np.ndarray:
    """The reading position where each of the passage's sentences starts (shape (sentences,),
    read-only; PassageUnits.sentence_starts, computed once per passage)."""
    return pu.sentence_starts


def sentence_shares(pu: PassageUnits, weights: dict[str, float]) -> np.ndarray:
    """Each sentence's weighted share of the units (shape (sentences,)): the weights of the
    units it writes (each unit once) over the weights of all of them."""
    starts = sentence_starts(pu)
    found = np.zeros(len(starts))
    written = [(pu.positions[u], w) for u, w in weights.items() if u in pu.positions]
    if written and len(starts):
        # One search for every unit's positions: each (unit, sentence) pair once, in the units'
        # order, so each sentence's sum adds the same weights in the same order as a loop over
        # the units would (the same floats, bit for bit).
        positions = np.concatenate([p for p, _ in written])
        unit = np.repeat(np.arange(len(written)), [len(p) for p, _ in written])
        rows = np.clip(np.searchsorted(starts, positions, side="right") - 1, 0, len(starts) - 1)
        pairs = np.unique(unit * len(starts) + rows)
        np.add.at(
            found, pairs % len(starts), np.asarray([w for _, w in written])[pairs // len(starts)]
        )
    return found / max(sum(weights.values()), 1e-9)


def judged_units(query: Query, matched: str) -> dict[str, float]:
    """The units of a choice a Thai text can confirm or deny: all but its everyday English words
    left untranslated ("warehouse" where the text writes คลังเก็บสิ่งของ, not the dictionary's
    คลังสินค้า; glosses.py), which count neither for nor against it, as in neutral.blend. Its
    names count, found or not ("Chiang Mai", which the document never writes)."""
    names = latin_names(matched)
    return {u: w for u, w in query.weights.items() if not u.startswith("~") or u in names}


def sentence_text(passage: Passage, sentence: int) -> str:
    """The text of one of a passage's sentences."""
    start, end = passage.sentences[sentence]
    return passage.text[start - passage.start : end - passage.start]


def _words_centre(
    pu: PassageUnits, query: Query, low: float, high: float, reach: float
) -> float | None:
    """Where in [low, high) the choice's words other than its years stand closest together:
    the occurrence with the most weight of distinct units within reach of it; None when the
    sentence writes none of them."""
    spots = []
    for unit, weight in query.weights.items():
        positions = pu.positions.get(unit)
        if positions is None or year_unit(unit):
            continue
        inside = positions[(positions >= low) & (positions < high)]
        spots.extend((float(p), unit, weight) for p in inside)
    best: tuple[float, float] | None = None
    for centre, _, _ in spots:
        near: dict[str, float] = {}
        for p, unit, weight in spots:
            if abs(p - centre) <= reach:
                near[unit] = weight
        gain = sum(near.values())
        if best is None or gain > best[0]:
            best = (gain, centre)
    return best[1] if best is not None else None


def other_value(
    pu: PassageUnits,
    sentence: int,
    query: Query,
    matched: str,
    given: str = "",
    number_asked: bool = False,
    written: Collection[str] | None = None,
) -> bool:
    """Whether the sentence writes another year than the choice (none of the choice's), or
    another place than the choice names (none of its places), or another number or month
    (`other_number`); matched is the choice as matched (its English names in Thai). given: the
    part of it a stem gives (its topic, "… warehouse in Thailand"), whose places are no answer:
    they are compared neither on the choice's side nor on the sentence's; under it, another body
    named by its acronym (`other_body`; written: the corpus's units, UnitIndex.idf, or None)."""
    if given and number_asked:
        # Under a stem that asks a number (number_asked: answer_types' ordinal, date, count or
        # time), a long sentence may write the choice's number for another event ("… ครั้งที่ 28-29
        # ได้ให้การรับรองปฏิญญาเวียงจันทน์ … แผนปฏิบัติการภูมิภาค … ซึ่งผู้นำ … รับทราบในการประชุม
        # สุดยอดอาเซียน ครั้งที่ 32"): the number the stem's topic is given is the one said
        # after it (`bound_number`), as a place is. A choice that writes it is dated there too:
        # the year nearest its words may be the event's before ("… 22 – 23 พฤศจิกายน ค.ศ. 2017
        # … และการประชุมเชิงปฏิบัติการอาเซียน-จีน … 11-13 สิงหาคม ค.ศ. 2018").
        own = {_cardinal(u) for u in _numbers(given)}
        numbers = {_cardinal(u) for u in query.weights if _number_unit(u)} - own
        bound = bound_number(sentence_text(pu.passage, sentence), given, own) if numbers else None
        if bound is not None and bound not in numbers:
            return True
        if bound is not None:
            return other_number(pu, sentence, query, matched, given)
    years = {u for u in query.weights if year_unit(u)}
    starts = sentence_starts(pu)
    low = starts[sentence]
    high = starts[sentence + 1] if sentence + 1 < len(starts) else np.inf
    if years:
        centre = _words_centre(pu, query, low, high, float(len(matched)))
        nearest = None
        for unit, positions in pu.positions.items():
            inside = positions[(positions >= low) & (positions < high)]
            if year_unit(unit) and len(inside) and centre is not None:
                distance = float(np.abs(inside - centre).min())
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, unit)
        if nearest is not None and nearest[1] not in years:
            return True
    known = places_in(given) if given else frozenset()
    mine = places_in(matched) - known
    if mine:
        there = places_in(sentence_text(pu.passage, sentence)) - known
        if not there:
            # A sentence that names no place may leave it to the clause beside it ("…ที่ตั้งคลัง
            # เก็บสิ่งของช่วยเหลือของอาเซียน | … ระยะที่ 2 ที่จังหวัดชัยนาท").
            there = places_in(_beside(pu.passage, sentence)) - known
        if there and not there & mine:
            return True
        if given and there & mine:
            # A long sentence may name the choice's place for something else ("… ปฏิญญา
            # เวียงจันทน์ … AMCA ครั้งที่ 8 ที่เมืองยอกยาการ์ตา อินโดนีเซีย"): the place the stem's topic
            # is given is the one said beside it (`bound_places`).
            bound = bound_places(sentence_text(pu.passage, sentence), given, known)
            if bound and not bound & mine:
                return True
    if given and other_body(sentence_text(pu.passage, sentence), matched, given, written):
        return True
    if not given and other_filler(_beside(pu.passage, sentence), matched):
        return True
    return other_number(pu, sentence, query, matched, given)


def _acronyms(text: str) -> set[str]:
    """The acronyms a text writes ("AHA", "AQRF", "OSHNET" of "ASEAN-OSHNET"), in lower case."""
    return {w.lower() for w in _ACRONYM.findall(text)}


def other_body(
    sentence: str, matched: str, given: str, written: Collection[str] | None = None
) -> bool:
    """Whether the sentence names another body by its acronym than the claim does, and not the
    claim's: "Through which body does ASEAN channel help … ? ASEAN-OSHNET" where the sentence
    that says the topic names the "AHA Centre" (FRESH17 §1's places, for bodies: an exam makes
    a distractor by naming another body the documents speak of elsewhere). The topic's own
    acronyms (given: "ASEAN") are no answer on either side; only acronyms the corpus writes
    (written: its units, "~aha"; None: all) count for the claim, since one the documents never
    write ("ASCC" for the Socio-Cultural Community they name in full) may be another name of a
    body they do."""
    known = _acronyms(given)
    mine = _acronyms(matched) - known
    if written is not None:
        mine = {a for a in mine if "~" + stem_latin(a) in written}
    if not mine:
        return False
    there = _acronyms(sentence) - known
    return bool(there) and not there & mine


# Where a stem's topic words stand together: the occurrence with the most distinct topic words
# within this many characters of it (a name with its bracketed English original and its
# ordinal: "ที่ประชุมรัฐมนตรี…ศิลปะ (AMCA) ครั้งที่ 8" spans about 80).
TOPIC_REACH = 100
# Places written one after another are one place ("ยอกยาการ์ตา อินโดนีเซีย", "เวียงจันทน์ สปป.ลาว"):
# at most this many characters between them.
PLACE_RUN_GAP = 8
_CHUNK = re.compile(r"\S+")


def _topic_spots(text: str, topic: str) -> list[tuple[int, str]]:
    """Where text (normalised) writes the topic's content words and numbers (a number as a
    whole number: the 8 of "ครั้งที่ 8" is not in 2018)."""
    spots = []
    for word in {w for w in tokenize(topic) if is_content_word(w) or w.isdigit()}:
        pattern = rf"(?<!\d){word}(?!\d)" if word.isdigit() else re.escape(word)
        spots.extend((m.start(), word) for m in re.finditer(pattern, text))
    return spots


def bound_places(sentence: str, topic: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The places (places.places_in, less known: the topic's own) a sentence gives where it
    states the topic: the first run of places (written one after another) from where the
    topic's words stand together (the spot with the most of them within TOPIC_REACH), as Thai
    puts a meeting's place after its name ("… (AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา อินโดนีเซีย"),
    else the last one before it; empty when it states no topic word or names no other place.
    One sentence of a long Thai paragraph may date and place several events, and name a place
    in another's name (FRESH17 §1: "AMCA ครั้งที่ 8 จัดขึ้นที่ใด" is not answered by the
    "ปฏิญญาเวียงจันทน์" the same sentence names earlier)."""
    text = normalize(sentence)
    spots = _topic_spots(text, normalize(topic))
    if not spots:
        return frozenset()
    centre = max(
        (p for p, _ in spots),
        key=lambda c: len({w for p, w in spots if abs(p - c) <= TOPIC_REACH}),
    )
    first = min(p for p, _ in spots if abs(p - centre) <= TOPIC_REACH)
    found = sorted(
        (m.start() + max(m.group().find(place), 0), place)
        for m in _CHUNK.finditer(text)
        for place in places_in(m.group()) - known
    )
    runs: list[tuple[int, int, set[str]]] = []
    for start, place in found:
        if runs and start - runs[-1][1] <= PLACE_RUN_GAP:
            runs[-1] = (runs[-1][0], max(start + len(place), runs[-1][1]), runs[-1][2] | {place})
        else:
            runs.append((start, start + len(place), {place}))
    after = [run for run in runs if run[0] >= first]
    if after:
        return frozenset(after[0][2])
    return frozenset(runs[-1][2]) if runs else frozenset()


def bound_number(sentence: str, topic: str, known: set[str]) -> str | None:
    """The first number (a count, an ordinal, a day, a year: `_numbers`, as a cardinal) a
    sentence writes after the spot where most of the topic's words stand together (within
    TOPIC_REACH of it), less the topic's own (known): the value Thai gives an event after its
    name ("… รับทราบในการประชุมสุดยอดอาเซียน ครั้งที่ 32 เมื่อวันที่ 27-28 เมษายน"). Not from the
    first of those words, as `bound_places` reads a place: the name of the event before may
    share some of them ("การประชุมเรื่องการลดปริมาณขยะทะเล … 22 – 23 พฤศจิกายน … และการประชุม
    เชิงปฏิบัติการอาเซียน-จีน … ทางทะเล … 11-13 สิงหาคม"). None when the sentence states no topic
    word or writes no other number after it."""
    text = _ITEM_MARKER.sub(" ", normalize(sentence))
    spots = _topic_spots(text, normalize(topic))
    if not spots:
        return None
    centre = max(
        (p for p, _ in spots),
        key=lambda c: len({w for p, w in spots if abs(p - c) <= TOPIC_REACH}),
    )
    for match in _NUMBER.finditer(text, centre):
        for unit in sorted(_numbers(match.group())):
            if _cardinal(unit) not in known:
                return _cardinal(unit)
    return None


_NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?")


# A lower-case English word (a glossed English claim's "was", "by"): the claim is in English order.
_ENGLISH_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")
# A claim's subject named by an acronym ("AUN", "ADDMER"; as subject.py reads a stem's).
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]+(?![A-Za-z0-9])")
# How many content words either side of its subject the text may state what a claim relates
# it by: an apposition before it ("เครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN)")
# or a predicate after its bracket ("(…: ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน").
SUBJECT_REACH = 12
# The words of a claim's value compared: a body's head and its kind ("รัฐมนตรี" "ต่างประเทศ").
SLOT_WORDS = 2


def other_filler(text: str, matched: str) -> bool:
    """Whether text states the claim's subject with other words where the claim puts its own:
    the claim "AUN เป็นเครือข่ายโรงพยาบาลในอาเซียน" relates its subject (the first acronym it
    writes) by เครือข่าย to โรงพยาบาล, and beside AUN the text writes
    "เครือข่ายมหาวิทยาลัยอาเซียน"; "ADDMER ลงนามโดยผู้นำประเทศสมาชิก" where it writes "ADDMER)
    ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน" (the leaders sign the next declaration of the sentence).
    An exam makes a distractor by putting another body, place or kind of thing in a true
    statement's slot (FRESH16 §5).

    The claim's content word (text.tokenize) after its subject is its relation word, and the
    Thai words after that (two at most: "รัฐมนตรี" "สาธารณสุข") its value ("เครือข่าย" "โรงพยาบาล";
    "ครั้งที่" "8" is no such slot). Within SUBJECT_REACH content words of an occurrence of the
    subject the text writes the relation word, and the words after it are the text's value
    there. The claim is stated otherwise when at one such place the text's value differs from
    the claim's at a word the claim writes nowhere within reach of the subject, with a word the
    claim does not write, and at no such place (beside any occurrence of the subject) the text's
    value is the claim's. A claim without an acronym is not judged here (False).

    A relation word in English the text cannot judge (an English claim's verb left unglossed:
    "ADDMER was signed by ASEAN ผู้นำ", the acronym its first content word) compares no slot
    word by word: the claim's Thai words among the next SLOT_WORDS + 1 after its subject
    ("ผู้นำ") are its value, and the claim is stated otherwise when the text writes the subject
    and none of them within SUBJECT_REACH content words of any occurrence of it (the leaders
    sign the next declaration of the sentence, past its bracketed English name). A glossed
    English claim ("ADDMER was ลงนาม by ASEAN สุขภาพ รัฐมนตรี": lower-case English words left)
    writes its slot in English order, after any name, and is compared as a set of words
    (`_other_slot`): "health ministers" against the text's "รัฐมนตรีต่างประเทศ"."""
    acronyms = {w.lower() for w in _ACRONYM.findall(matched)}
    words = [w for w in tokenize(matched) if is_content_word(w)]
    first = next((i for i, w in enumerate(words) if w in acronyms), None)
    if first is None or len(words) < first + 3:
        return False
    subject, relation = words[first], words[first + 1]
    value = list(itertools.takewhile(is_thai, words[first + 2 : first + 2 + SLOT_WORDS]))
    said = [w for w in tokenize(text) if is_content_word(w)]
    if not is_thai(relation):
        # An English relation word the text cannot judge ("signed", left unglossed): the claim's
        # Thai words in its slot ("ADDMER was signed by ASEAN ผู้นำ") must be written within reach
        # of the subject somewhere the text writes it. Only a subject the claim opens with (an
        # English clause's subject): an acronym inside a name ("The 31st ASEAN Summit was held
        # in กรุงมะนิลา") is no subject its slot follows.
        if first > 0:
            return False
        slot = [w for w in words[first + 1 : first + 2 + SLOT_WORDS] if is_thai(w)]
        near = [set(reach) for reach in _reaches(said, subject)]
        return bool(slot and near) and not any(set(slot) & n for n in near)
    if _ENGLISH_WORD.search(matched):
        # An English claim glossed word by word ("ADDMER was ลงนาม by ASEAN สุขภาพ รัฐมนตรี"):
        # its slot's Thai words stand in English order (modifier first, "health ministers")
        # and may follow a name ("ASEAN"), where Thai writes the head first ("รัฐมนตรีต่าง
        # ประเทศอาเซียน"): compared as a set of words, not position by position.
        slot = [w for w in words[first + 2 : first + 3 + SLOT_WORDS] if is_thai(w)][:SLOT_WORDS]
        return bool(slot) and _other_slot(said, subject, relation, slot, words)
    if not value:
        return False
    return _slot_otherwise(
        said,
        subject,
        relation,
        len(value),
        holds=lambda there: there == value,
        differs=lambda reach, there: any(
            mine != theirs and mine not in reach and theirs not in words
            for mine, theirs in zip(value, there, strict=False)
        ),
    )


def _reaches(said: Sequence[str], subject: str) -> Iterator[Sequence[str]]:
    """The content words within SUBJECT_REACH of each occurrence of the subject in said, in
    order."""
    for j, word in enumerate(said):
        if word == subject:
            yield said[max(j - SUBJECT_REACH, 0) : j + SUBJECT_REACH + 1]


def _relation_slots(
    said: Sequence[str], subject: str, relation: str, length: int
) -> Iterator[tuple[Sequence[str], Sequence[str]]]:
    """Each place the text states the relation beside the subject (`_reaches`): the words
    within reach and the (at most) length words after the relation word — the text's value."""
    for reach in _reaches(said, subject):
        for k, near in enumerate(reach):
            if near == relation:
                yield reach, reach[k + 1 : k + 1 + length]


def _slot_otherwise(
    said: Sequence[str],
    subject: str,
    relation: str,
    length: int,
    holds: Callable[[Sequence[str]], bool],
    differs: Callable[[Sequence[str], Sequence[str]], bool],
) -> bool:
    """Whether the text states the claim's slot otherwise: at some place it states the relation
    beside the subject (`_relation_slots`) the text's value differs from the claim's
    (differs(reach, there)), and at none it holds the claim's value (holds(there))."""
    otherwise = False
    for reach, there in _relation_slots(said, subject, relation, length):
        if holds(there):
            return False
        otherwise = otherwise or differs(reach, there)
    return otherwise


def _other_slot(
    said: Sequence[str], subject: str, relation: str, slot: Sequence[str], words: Sequence[str]
) -> bool:
    """`other_filler` for a slot compared as a set of words: beside some occurrence of the
    subject the text writes the relation word followed by words of which one the claim writes
    nowhere (its own value), where one of the claim's slot words is written nowhere within
    reach; and nowhere beside the subject does the text's value hold all the claim's words."""
    mine = set(slot)
    return _slot_otherwise(
        said,
        subject,
        relation,
        len(slot),
        holds=lambda there: mine <= set(there),
        differs=lambda reach, there: (
            any(w not in reach for w in mine - set(there))
            and any(w not in words for w in set(there) - mine)
        ),
    )


def _beside(passage: Passage, sentence: int) -> str:
    """The sentence with the ones before and after it (within the passage): where a clause of a
    claim may stand when sentence cutting split one statement."""
    rows = range(max(sentence - 1, 0), min(sentence + 2, len(passage.sentences)))
    return " ".join(sentence_text(passage, k) for k in rows)


def _number_unit(unit: str) -> bool:
    # "#8th": an ordinal (matching.units), a number all the same
    return unit.startswith("#") and unit[1:].removesuffix("th").isdigit()


def _cardinal(unit: str) -> str:
    # An English ordinal is the number Thai writes after ที่ or ชั้น ("2nd floor" ↔ "ชั้น 2",
    # "the 8th meeting" ↔ "ครั้งที่ 8"): compared as that number.
    return unit.removesuffix("th")


# A list's item marker ("(3) ความยั่งยืน"): a position in the text, no value it states.
_ITEM_MARKER = re.compile(r"\(\s*\d{1,2}\s*\)")


def _numbers(text: str) -> set[str]:
    """The number units a text writes (matching.units: years in either era as one), its list
    item markers left out."""
    folded = query_form(thai_months(_ITEM_MARKER.sub(" ", text)))
    return {u for u, _, _ in units(folded) if _number_unit(u)}


def _months(text: str) -> frozenset[int]:
    """The months a text names (dates.months_named; English ones are read as Thai by
    matching.thai_months)."""
    return months_named(thai_months(text))


def other_number(
    pu: PassageUnits, sentence: int, query: Query, matched: str, given: str = ""
) -> bool:
    """Whether the sentence gives another number or month than the claim: one of the claim's
    numbers (a count, an ordinal, a day, a year) or months is written neither in the sentence nor
    beside it (the sentences before and after: a clause of the claim may stand there), and they
    write one the claim does not. "ประชาคม … มี 8 สาขา" where the text says "ประกอบด้วย 15
    สาขา", "SAMCA … 10 มิถุนายน ค.ศ. 2018" where it says "10 กรกฎาคม ค.ศ. 2018": an exam makes
    a distractor by changing a number of a true statement, and under a stem that asks a value
    the choice is that number (FRESH14 §2).

    given: the part of the claim a stem gives (its topic). A sentence that writes numbers of its
    own beside the topic's is read alone: the one beside may give another subject's
    ("นักเรียนยืมหนังสือได้ครั้งละไม่เกิน 3 เล่ม … | ส่วนครูยืมได้ครั้งละไม่เกิน 10 เล่ม": 10 is the
    teachers' limit; FRESH17a §1.7). One that writes only the topic's ("… Blueprint 2016-2025 |
    มีคุณลักษณะ 5 ข้อ") leaves its value to the one beside."""
    around = _beside(pu.passage, sentence)
    numbers = {_cardinal(u) for u in query.weights if _number_unit(u)}
    if numbers:
        there = {_cardinal(u) for u in _numbers(around)}
        own = {_cardinal(u) for u in _numbers(sentence_text(pu.passage, sentence))}
        if given and own - {_cardinal(u) for u in _numbers(given)}:
            there = own
        if not numbers <= there and there - numbers:
            return True
    months = _months(matched)
    if months:
        there_months = _months(around)
        if not months <= there_months and there_months - months:
            return True
    return False


def best_claim(
    candidates: Sequence[PassageUnits],
    query: Query,
    matched: str,
    ui: UnitIndex | None = None,
    given: str = "",
    number_asked: bool = False,
) -> Claim:
    """The sentence of the passages read that writes most of the choice (ties: the first read),
    and whether it gives another year or place (`other_value`); Claim(0.0) for a choice with
    no units or passages without sentences.

    With ui, a claim is also said by one tight stretch of text (score.passage_support's window
    around the place that says most of it, whatever the stem) that runs over a sentence break:
    Thai text puts a space, which sentence cutting takes for a sentence's end, between the parts
    of one statement ("…แผนงานการทำงานของประชาคมสังคมและวัฒนธรรมอาเซียน | มีคุณลักษณะ 5 ข้อ"; FRESH14 §2:
    the claim's best sentence said 0.67 of it, the stretch 0.94). Its units count at their own
    weight, so a claim with another ordinal or number ("ครั้งที่ 31" beside the 32nd summit) is
    not said by a stretch that lacks it. Its year and place are read from the sentence the
    stretch is centred in. given: as `other_value` reads it."""
    best = Claim(0.0)
    weights = judged_units(query, matched)
    if not weights:
        return best
    best_pu = None
    for pu in candidates:
        if not pu.passage.sentences:
            continue
        shares = sentence_shares(pu, weights)
        row = int(np.argmax(shares))
        if shares[row] > best.share:
            best = Claim(float(shares[row]), pu.passage, row)
            best_pu = pu
    if ui is not None and best.share < 1.0:
        from .score import choice_half, stretch_support

        place = stretch_support(
            ui, candidates, weights, choice_half(len(query_form(matched)), ui.config)
        )
        if place.passage is not None and place.coverage > best.share:
            pu = ui.units_of(place.passage.id)
            if pu.passage.sentences:
                starts = sentence_starts(pu)
                row = int(np.clip(np.searchsorted(starts, place.reading_pos, "right") - 1, 0, None))
                best, best_pu = Claim(place.coverage, pu.passage, row), pu
    if best.passage is None or best_pu is None:
        return best
    return Claim(
        best.share,
        best.passage,
        best.sentence,
        other_value(
            best_pu,
            best.sentence,
            query,
            matched,
            given,
            number_asked,
            ui.idf if ui is not None else None,
        ),
    )


def said_there(
    ui: UnitIndex, there: Claim, matched: str, given: str = "", number_asked: bool = False
) -> bool:
    """Whether the sentence of `there` (a stem topic's best sentence, `best_claim`) gives another
    year or place than the claim (matched: the claim as matched) — `other_value` read at that
    sentence; False when there has no sentence."""
    if there.passage is None or there.sentence < 0:
        return False
    pu = ui.units_of(there.passage.id)
    query = make_query(ui, unit_weights(ui, matched))
    return other_value(pu, there.sentence, query, matched, given, number_asked, ui.idf)


def dated_otherwise(ui: UnitIndex, support: Support, years: frozenset[str]) -> bool:
    """Whether the sentence that carries a choice's support (its sentence, when the embedding
    placed it; else the one at its matched place) writes a year and none of the stem's (years:
    its year units, "#2016", either era): a stem that dates what it asks about ("Which meeting
    did Thailand initiate on 19 September 2016?") is answered by the sentence of that date, and a
    choice found in a sentence of another ("… SAMCA เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018") names
    something else (FRESH17a §2.1). False without years or a place."""
    if not years or support.passage is None or not support.passage.sentences:
        return False
    pu = ui.units_of(support.passage.id)
    row = support.sentence
    if row < 0:
        starts = sentence_starts(pu)
        row = int(np.clip(np.searchsorted(starts, support.reading_pos, "right") - 1, 0, None))
    written = {u for u in _numbers(sentence_text(pu.passage, row)) if year_unit(u)}
    return bool(written) and not written & years
