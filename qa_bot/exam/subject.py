"""The stem's subject: a choice is the answer only where the documents speak of what the stem
asks about.

"ข้อใดเป็นที่ตั้งของศูนย์ประสานงาน AHA Centre ก. กรุงเทพฯ ข. จาการ์ตา …" picked กรุงเทพฯ from the
sentence that puts another centre (ACAI) there: the stem's words around it ("ศูนย์", "อาเซียน")
and its embedding were close enough (FRESH11 §2). The document never says where the AHA Centre
is, and the honest verdict is that it does not say.

The subject is what the stem names by an acronym (a word in capitals the documents write:
"AHA", "AUN", "AQRF", "SAMCA"), an identifier of one body, meeting or document; not one the
documents write in more than SUBJECT_MAX_SHARE of their sentences ("ASEAN" in a document about
ASEAN picks out nothing). A choice is about the subject when the passage of its evidence writes
one of the stem's acronyms. On our pooled exam items (281, bench/exam_cv.py) every right pick of
a positive stem that names one is in such a passage, up to 337 characters from the acronym
(d017: "… เครือข่ายมหาวิทยาลัยอาเซียน (AUN) …" and the systems it develops further on): a
passage, not a sentence, is the unit.

A stem names the same subject by the name the documents give the acronym where they introduce
it, "เครือข่ายเมืองอัจฉริยะอาเซียน (ASEAN Smart Cities Network: ASCN)": by its Thai term (the
last MIN_TERM_WORDS words or more before the bracket, as the stem writes them) or by its
English name (FRESH12 §2: "เครือข่ายเมืองอัจฉริยะอาเซียนตั้งขึ้นเพื่ออะไร" picked "แลกเปลี่ยน
นักศึกษา", a phrase of the university network's passage).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence

from ..glosses import bracketed_pairs
from ..store import Derived, Index
from ..text import is_content_word, is_thai, normalize, stem_latin, tokenize
from ..thai_dictionary import newmm
from .matching import UnitIndex, unit_weights
from .parse import stem_topic
from .support import Support

# A document's own topic is written everywhere: a name in more than this share of its
# sentences (their rarity, matching.unit_index's IDF) does not pick out one thing.
SUBJECT_MAX_SHARE = 0.25
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]+(?![A-Za-z0-9])")
# "(ASEAN Smart Cities Network: ASCN)": an English name, a colon, its acronym.
_NAMED = re.compile(r"^(?P<name>[^:]*[A-Za-z][^:]*):\s*(?P<acronym>[A-Z][A-Z0-9]+)\s*$")
# A Thai term of fewer words is a generic phrase ("… อาเซียน"), no name.
MIN_TERM_WORDS = 3


def _acronym_names(index: Index) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Acronym unit ("~ascn") → (the Thai words before its bracket, its English name in lower
    case) for each bracket that introduces it."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for passage in index.passages:
        for chunk, inside in bracketed_pairs(passage.text):
            named = _NAMED.match(inside.strip())
            if named is None:
                continue
            words = tuple(w for w in newmm(chunk) if w.strip())
            unit = "~" + stem_latin(named["acronym"].lower())
            entry = (words, " ".join(named["name"].lower().split()))
            if entry not in found.setdefault(unit, []):
                found[unit].append(entry)
    return {unit: tuple(entries) for unit, entries in found.items()}


ACRONYM_NAMES: Derived[dict[str, tuple[tuple[tuple[str, ...], str], ...]]] = Derived(
    "the Thai terms and English names the documents introduce acronyms by", _acronym_names
)


def named_subjects(index: Index, ui: UnitIndex, stem: str) -> frozenset[str]:
    """The acronym units (as `subject_names`) of the bodies a stem names by their Thai term or
    English name (module docstring), not by the acronym itself."""
    rare = math.log(1.0 / SUBJECT_MAX_SHARE)
    lowered = " ".join(stem.lower().split())
    found = set()
    for unit, entries in ACRONYM_NAMES.of(index).items():
        if ui.idf.get(unit, 0.0) < rare:
            continue
        for words, english in entries:
            thai = len(words) >= MIN_TERM_WORDS and "".join(words[-MIN_TERM_WORDS:]) in stem
            if thai or (len(english.split()) >= 2 and english in lowered):
                found.add(unit)
    return frozenset(found)


def subject_names(ui: UnitIndex, stem: str) -> frozenset[str]:
    """The matching units (text.stem_latin's, "~aha") of the acronyms the stem writes that the
    documents write in at most SUBJECT_MAX_SHARE of their sentences; empty when none."""
    rare = math.log(1.0 / SUBJECT_MAX_SHARE)
    units = {"~" + stem_latin(word.lower()) for word in _ACRONYM.findall(stem)}
    return frozenset(u for u in units if ui.idf.get(u, 0.0) >= rare)


def about_subject(ui: UnitIndex, support: Support, subject: frozenset[str]) -> bool:
    """Whether the passage a choice's support is in writes one of the subject's units, or its
    document's title or section's labels do (True for an empty subject: the stem names none).
    A paragraph of a staff document seldom names what it belongs to: "วิทยากรเป็นพยาบาล
    วิชาชีพจากโรงพยาบาลเจ้าพระยายมราช" under "3. วิทยากร" of a CPR training notice is about CPR
    (FRESH17a §1.7: the clear best choice was dropped, index null)."""
    if not subject:
        return True
    passage = support.passage
    if passage is None:
        return False
    positions = ui.units_of(passage.id).positions
    if any(unit in positions for unit in subject):
        return True
    heads = " ".join((passage.doc_title, passage.section_label, passage.section_label_en))
    return bool(subject & {"~" + stem_latin(word.lower()) for word in _ACRONYM.findall(heads)})


# The words that write a value's own kind beside it, not what it is of: a date's and a year's
# (Thai dates are written "วันที่ 13 เดือน พฤศจิกายน ปี พ.ศ. 2561", Royal Institute style; the eras
# as dates.ERA reads them) and the English "year".
_VALUE_WORDS = re.compile(r"^(?:ปี|วันที่|วัน|เดือน|พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|years?)$", re.IGNORECASE)


def _picking_words(ui: UnitIndex, stem: str, choices: Sequence[str]) -> list[str]:
    """The stem topic's Thai content words (parse.stem_topic, text.tokenize) that pick something
    out: not the value's own words (`_VALUE_WORDS`, or written in a choice), nor words the
    documents write in more than SUBJECT_MAX_SHARE of their sentences (the mean rarity of their
    matching units, as matching.unit_weights reads a word: "อาเซียน" in a document on ASEAN)."""
    rare = math.log(1.0 / SUBJECT_MAX_SHARE)
    chosen = {w for c in choices for w in tokenize(normalize(c))}
    found = []
    for word in tokenize(normalize(stem_topic(stem))):
        if not is_content_word(word) or not is_thai(word) or _VALUE_WORDS.match(word):
            continue
        if word in chosen:
            continue
        units = unit_weights(ui, word)
        rarity = sum(ui.idf.get(u, ui.unknown_idf) for u in units) / max(len(units), 1)
        if rarity >= rare:
            found.append(word)
    return found


def value_of_subject(ui: UnitIndex, stem: str, choices: Sequence[str], statement: str) -> bool:
    """Whether a statement that writes a choice that is a bare value (a year, a date, a count)
    gives it to what the stem asks about: it writes one at least of the words of the stem's
    topic that pick something out (`_picking_words`) as a whole word (text.tokenize). A value
    is written beside whatever the sentence is about; the stem's own subject makes it the
    answer. "อาเซียนก่อตั้งขึ้นในปี พ.ศ. ใด" is not answered by "… ปี 2562 ไทยมีแผนที่จะจัดตั้ง
    ศูนย์อบรมอาเซียน …", which founds a training centre, not ASEAN (FRESH22 N3: decided 2562,
    sure): of its topic only "อาเซียน" is written there, and the document writes it everywhere.
    True when the stem's topic has no such Thai word (an English stem: its words are not the
    text's), which leaves the choice to the other rules."""
    words = _picking_words(ui, stem, choices)
    if not words:
        return True
    written = set(tokenize(normalize(statement)))
    return any(w in written for w in words)


# Between an expansion and the acronym the document gives it: "(occupational safety and health –
# OSH)", "Declaration on Antimicrobial Resistance (AMR)", "… Network: ASCN".
_TO_ACRONYM = r"[\s\-–—:(]{1,4}"


def expansion_written(index: Index, stem: str, choice: str) -> bool:
    """Whether the documents write a choice whole, in any case, right before one of the
    acronyms the stem writes (`_TO_ACRONYM` between them): the expansion a document gives its
    acronym is said in its own words, even where the words of it are English ones the Thai
    text writes only there (FRESH24 K7: "occupational safety and health" led 0.66 over 0.45
    under "OSH stands for", undecided as placed by the embedding)."""
    words = " ".join(choice.split()).strip(" .")
    if len(words.split()) < 2:
        return False
    for acronym in dict.fromkeys(_ACRONYM.findall(stem)):
        said = re.compile(
            rf"(?<![A-Za-z]){re.escape(words)}{_TO_ACRONYM}{acronym}(?![A-Za-z0-9])", re.I
        )
        if any(said.search(text) for text in _writing(index, acronym)):
            return True
    return False


def _writing(index: Index, acronym: str) -> Iterator[str]:
    """The texts of the passages that write an acronym, each with its runs of whitespace made
    one space (an expansion may break across a line)."""
    return (" ".join(p.source.split()) for p in index.passages if acronym in p.source)


# "In AQRF, what does the letter Q stand for?", "… what does the H stand for?", "ตัวอักษร Q ใน AQRF
# ย่อมาจากคำใด": one capital letter alone, asked of an acronym.
_LETTER = re.compile(r"(?<![A-Za-z0-9])[A-Z](?![A-Za-z0-9])")
_LETTER_ASKED = re.compile(r"stands?\s+for|letter|ย่อมาจาก|อักษร", re.I)
_LATIN_RUN_BEFORE = re.compile(r"[A-Za-z][A-Za-z’'\-\s,&]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z’']*")


def _aligned(words: Sequence[str], letters: str) -> list[int] | None:
    """The positions in words of the acronym's letters, read from the last of both backwards,
    each letter the initial of its word (any case), words between skipped ("ASEAN Coordinating
    Centre for Humanitarian Assistance on disaster management": AHA is ASEAN, Humanitarian,
    Assistance); None when the words do not spell them all."""
    found: list[int] = []
    k = len(words) - 1
    for letter in reversed(letters.lower()):
        while k >= 0 and words[k][0].lower() != letter:
            k -= 1
        if k < 0:
            return None
        found.append(k)
        k -= 1
    return found[::-1]


def letter_word(index: Index, stem: str) -> str | None:
    """The word a stem's one capital letter stands for in an acronym the stem writes, as the
    documents expand it (the run of English words right before it, `_TO_ACRONYM` between:
    "(ASEAN Qualifications Reference Framework: AQRF)" — Q is Qualifications); None when the
    stem asks no letter (`_LETTER_ASKED`), the letter is not the acronym's or is it more than
    once as other words, or no document spells the acronym out. The expansion a document gives
    is its own words: "Qualifications" led 0.97 over 0.19 under "what does the letter Q
    stand for", undecided as placed by the embedding (FRESH26 K4)."""
    if not _LETTER_ASKED.search(stem):
        return None
    acronyms = list(dict.fromkeys(_ACRONYM.findall(stem)))
    letters = {m.group() for m in _LETTER.finditer(stem)} - set(acronyms)
    if len(letters) != 1:
        return None
    letter = next(iter(letters))
    for acronym in acronyms:
        if letter not in acronym:
            continue
        at = re.compile(rf"{_TO_ACRONYM}{acronym}(?![A-Za-z0-9])")
        for text in _writing(index, acronym):
            for found in at.finditer(text):
                run = _LATIN_RUN_BEFORE.search(text[: found.start()])
                words = _WORD.findall(run.group()) if run else []
                spelled = _aligned(words, acronym)
                if spelled is None:
                    continue
                meant = {
                    words[k].lower() for k, c in zip(spelled, acronym, strict=True) if c == letter
                }
                if len(meant) == 1:
                    return meant.pop()
    return None
