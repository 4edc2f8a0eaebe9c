"""The role a place or a body fills in its clause, and the sentence that says a stem's topic.

A place or a country fills a role in its clause, marked by the preposition before it: where (ที่,
ณ, ใน) or whose / by whom (ของ, โดย) (`place_roles`). A choice that names a place its statement
writes only in another role, beside another place in the choice's role, is said otherwise
(`said_in_another_role`: "Laos" for "whose initiative" where the text says "ข้อริเริ่มของไทย …
ที่เวียงจันทน์ สปป.ลาว"); under a stem that asks where or who, the sentence that says the stem's
topic binds the one choice it writes, or says "none of the above" where it places the topic at
none of them (both read at once, `topic_reading`).
A choice whose statement numbers another meeting than the one the stem numbers ("ครั้งที่ 8"
under "the 28th-29th Summit") is said of that meeting (`ordinal_elsewhere`). A claim that places
its event where its statement writes neither its place nor anything of it, while placing the
event elsewhere, is said otherwise (`placed_otherwise`: "It was adopted in Manila" where the
text says "… ที่เวียงจันทน์ สปป.ลาว ได้ให้การรับรอง").
Which of several choices one statement states, clause by clause, is binding.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus.model import Passage
from ..places import places_in
from ..text import is_content_word, is_thai, normalize, tokenize
from .binding import sentence_at
from .matching import UnitIndex, unit_weights

if TYPE_CHECKING:
    from .claims import Claim

# Thai marks the role of a noun phrase by the preposition before it (Iwasaki & Ingkaphirom Horie,
# A Reference Grammar of Thai, CUP 2005, ch. 7 "Prepositions": ที่ and ณ 'at', ใน 'in' of place;
# ของ 'of', the possessor, and โดย 'by', the agent of a passive or a nominalised act), as English
# does by at/in and of/by (Huddleston & Pullum 2002, ch. 7). A place name's class noun may stand
# between ("ที่จังหวัดภูเก็ต", "ณ กรุงมะนิลา", "ของประเทศไทย"), and a run of places is one place
# ("ที่เวียงจันทน์ สปป.ลาว": ลาว is where, as เวียงจันทน์ is).
_CLASS_NOUN = r"(?:กรุง|จังหวัด|เมือง|นคร|ประเทศ|สปป\.?)?"
_AT = re.compile(rf"(?:ที่|ณ|ใน|\b(?:in|at)\b)\s*{_CLASS_NOUN}\s*$", re.IGNORECASE)
_BY = re.compile(rf"(?:ของ|โดย|\b(?:by|of)\b)\s*{_CLASS_NOUN}\s*$", re.IGNORECASE)
AT, BY = "at", "by"


@lru_cache(maxsize=4096)
def _places(text: str) -> frozenset[str]:
    """places.places_in, remembered: a choice's, its stem's and its statement's places are read
    for every choice, and again at every verdict of one scoring."""
    return places_in(text)


def place_roles(text: str, place: str) -> frozenset[str]:
    """The roles a text (normalised) gives a place (places.places_in's form: "ลาว", "ไทย") where
    it writes it: AT where the run of places it stands in (places written within PLACE_RUN_GAP
    characters of each other) follows a preposition of place (`_AT`), BY where it follows one of
    possession or agency (`_BY`), "" elsewhere (a clause's subject, "ไทยมีแผน …"). Empty when
    the text does not write the place."""
    return frozenset(role for name, role in _roles_written(text) if name == place)


@lru_cache(maxsize=256)
def _roles_written(text: str) -> tuple[tuple[str, str], ...]:
    """(place, role) of each place a text (normalised) writes, in order (`place_roles`); one
    statement is read for each of an exam's choices, so it is read once."""
    found = sorted(
        (m.start() + max(m.group().find(p), 0), m.start() + max(m.group().find(p), 0) + len(p), p)
        for m in re.finditer(r"\S+", text)
        for p in _places(m.group())
    )
    roles: list[tuple[str, str]] = []
    run_start = -1
    last_end = -(10**9)
    for start, end, name in found:
        if start - last_end > PLACE_RUN_GAP:
            run_start = start
        last_end = max(last_end, end)
        before = text[max(run_start - 24, 0) : run_start]
        roles.append((name, AT if _AT.search(before) else BY if _BY.search(before) else ""))
    return tuple(roles)


# How far apart, in characters, places written one after another are one place (as
# claims.PLACE_RUN_GAP: "ยอกยาการ์ตา อินโดนีเซีย", "เวียงจันทน์ สปป.ลาว").
PLACE_RUN_GAP = 8


# A stem that asks where (answer_types' PLACE words: "where", "ที่ใด", "จังหวัดใด", "in which
# city") and one that asks whose act or by whom (the possessor or agent: "whose initiative",
# "who proposed", "ข้อริเริ่มของประเทศใด", "ประเทศใดเป็นผู้ริเริ่ม").
_ASKS_AT = re.compile(
    r"\bwhere\b|\b(?:in|at)\s+which\b|ที่\s*(?:ไหน|ใด)|(?:จังหวัด|เมือง|กรุง|สถานที่)\s*(?:ใด|ไหน)"
    r"|which\s+(?:city|province|place|venue|location)",
    re.IGNORECASE,
)
_ASKS_BY = re.compile(
    r"\bwho(?:se|m)?\b|which\s+(?:country|member\s+state|government)"
    r"|ใคร|ผู้\s*ใด|ประเทศ(?:สมาชิก)?\s*ใด",
    re.IGNORECASE,
)


def asked_role(stem: str) -> str:
    """AT for a stem that asks where, BY for one that asks whose act or by whom, "" otherwise."""
    text = normalize(stem)
    if _ASKS_AT.search(text):
        return AT
    return BY if _ASKS_BY.search(text) else ""


def statement_around(passage: Passage, source_pos: int) -> str:
    """The sentence of a passage at source_pos with the ones before and after it (normalised):
    sentence cutting may cut one statement apart ("… ที่เวียงจันทน์ สปป. | ลาว ได้ให้การรับรอง")."""
    rows = passage.sentences
    at = next((k for k, (lo, hi) in enumerate(rows) if lo <= source_pos < hi), None)
    if at is None:
        return ""
    near = rows[max(at - 1, 0) : at + 2]
    return normalize(passage.source[near[0][0] : near[-1][1]])


# The roles in which a choice's place the statement does not write at all is said otherwise by
# another place in that role ("proposed by อินโดนีเซีย" beside "ข้อเสนอของไทย"). Not AT: over the
# pooled exams a claim "in X" read at a statement that places something else elsewhere set a
# true choice aside (en16-014), where BY set aside 26 choices, none of them true.
RELAX = frozenset({BY})


def said_in_another_role(stem: str, matched: str, statement: str) -> bool:
    """Whether a statement (normalised; `statement_around` a choice's support) writes a place
    of the choice, but never in the role the choice gives it, and another place, not the
    choice's, in that role: "It was proposed by อินโดนีเซีย" (BY) where the statement says "…
    ที่เมืองยอกยาการ์ตา อินโดนีเซีย (AT) … รับรองข้อเสนอของไทย (BY)"; under "… was whose
    initiative?" the bare "ลาว" (the role the stem asks, `asked_role`) where it says "ซึ่งเป็น
    ข้อริเริ่มของไทย … ที่เวียงจันทน์ สปป.ลาว" (FRESH23 K2, K3). An exam makes a distractor by
    naming a country or place the sentence names in another role. The role of a choice's place
    is the one its own words give it (`place_roles` of the choice: "by X", "in X"); a name its
    words give no role (a bare "ลาว") takes the one the stem asks. A place the statement does
    not write at all is read so only where the choice's own words make it the possessor or
    agent (`RELAX`): a place where is judged by claims.other_value. Places the stem names itself
    count on neither side."""
    claim = normalize(matched)
    mine = _places(claim)
    if not statement or not mine:
        return False
    given = _places(normalize(stem))
    mine -= given
    others = _places(statement) - given - mine
    asked = asked_role(stem)
    for place in mine:
        roles = set(place_roles(claim, place)) - {""}
        own = bool(roles)  # the choice's own words give it a role, else the stem's
        roles = roles or ({asked} - {""})
        if len(roles) != 1:
            continue
        role = next(iter(roles))
        written = place_roles(statement, place)
        # Written only without a role (a clause's subject, "ไทยมีแผน …", or inside a name,
        # "ปฏิญญาเวียงจันทน์ว่าด้วย …") is no other role: it may be the agent or the name asked.
        if role in written or not (written - {""} or (own and role in RELAX)):
            continue
        if any(role in place_roles(statement, q) for q in others):
            return True
    return False


# The nouns a stem asks a place or a body by ("จังหวัดใด", "In which city", "Which body"): the
# class nouns of places.py (กรุง, เมือง, จังหวัด, ประเทศ, นคร) and answer_types' nouns of
# places and bodies asked (สถานที่, หน่วยงาน, องค์กร, องค์การ).
ASKED_NOUNS = "กรุง เมือง จังหวัด ประเทศ นคร สถานที่ หน่วยงาน องค์กร องค์การ"
# An acronym as a stem writes it ("SAMCA", "ASEAN-OSHNET"): capitals and digits.
_STEM_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\b")
# A sentence says a stem's topic when it writes most of it (by weight). Below, the best sentence
# of the passages given is another event's that shares a word or two with it (pooled and fresh
# exams: the sentences so found that wrote a wrong choice said 0.11–0.22 of the topic, those
# that wrote the key 0.46 and up; a majority, not a value fitted between them).
TOPIC_MAJORITY = 0.5
# The roles `topic_reading` binds: where, and who (bodies only).
ROLES_BOUND = frozenset({AT, BY})


def _topic_sentence(
    ui: UnitIndex, stem: str, topic: dict[str, float], passages: Sequence[Passage]
) -> str | None:
    """Of the sentences of the passages given, the one (normalised) with the greatest weighted
    share of the topic's Thai units and the stem's acronyms (topic: unit → weight, as matched;
    its English words left untranslated count nowhere, nor the nouns a stem asks by,
    `ASKED_NOUNS`), if no other says as much, it says more than TOPIC_MAJORITY of it and it
    writes every number of the topic; None otherwise."""
    from .claims import sentence_shares, sentence_starts, sentence_text

    # The noun a stem asks by ("In which city …" → เมือง) names the answer's kind, not its topic:
    # it is written beside every place ("… Special ASEAN Ministerial Meeting … เมือง …"). An
    # English word left untranslated is written only in a bracketed English name, if anywhere;
    # an acronym ("SAMCA") is the name the Thai text writes too.
    asked = set(unit_weights(ui, ASKED_NOUNS))
    acronyms = set(unit_weights(ui, " ".join(_STEM_ACRONYM.findall(stem))))
    weights = {
        u: w
        for u, w in topic.items()
        if (not u.startswith("~") or u in acronyms) and u not in asked
    }
    if not weights:
        return None
    ranked: list[tuple[float, Passage, int]] = []
    for passage in {p.id: p for p in passages}.values():
        if not passage.sentences:
            continue
        shares = sentence_shares(ui.units_of(passage.id), weights)
        ranked.extend((round(float(s), 6), passage, k) for k, s in enumerate(shares))
    ranked.sort(key=lambda r: -r[0])
    if not ranked or ranked[0][0] <= 0 or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0]):
        return None
    share, passage, row = ranked[0]
    if share <= TOPIC_MAJORITY:
        return None
    # A number of the topic names its event ("ครั้งที่ 31", "ค.ศ. 2018"): a sentence without it
    # speaks of another one (the passages given may not hold the event's own sentence).
    numbers = {u for u in weights if u.startswith("#")}
    pu = ui.units_of(passage.id)
    starts = sentence_starts(pu)
    low = starts[row]
    high = starts[row + 1] if row + 1 < len(starts) else float("inf")
    for unit in numbers:
        positions = pu.positions.get(unit)
        if positions is None or not ((positions >= low) & (positions < high)).any():
            return None
    return normalize(sentence_text(passage, row))


@lru_cache(maxsize=1024)
def _choice_places(matched: str) -> frozenset[str]:
    """The places a choice names (as matched): those places.places_in reads, and the Thai
    spellings of a country it names in English that matching left untranslated ("Malaysia" →
    มาเลเซีย, countries.named_countries: the document writes no มาเลเซีย to match it to)."""
    from ..countries import named_countries

    found = set(_places(normalize(matched)))
    # Only a proper name: every English word capitalised ("The Philippines"); a common word may
    # name a country in a dictionary's sense ("labour" → the Labour Party's United Kingdom).
    latin = [w for w in re.findall(r"[A-Za-z]+", matched) if w.lower() != "the"]
    if not latin or not all(w[0].isupper() for w in latin):
        return frozenset(found)
    for spellings in named_countries(matched).values():
        for spelling in spellings:
            found |= _places(spelling)
    return frozenset(found)


def topic_reading(
    ui: UnitIndex,
    stem: str,
    topic: dict[str, float],
    matched: Sequence[str],
    passages: Sequence[Passage],
    content: Sequence[int],
) -> tuple[int | None, bool]:
    """(bound, elsewhere) from one reading of the sentence that says the stem's topic
    (`_topic_sentence`; passages: those where the choices were found; content: the ordinary
    choices' indices into matched).

    bound: under a stem that asks where (`asked_role` AT), the one choice whose place that
    sentence writes; under one that asks who (BY) over choices that name bodies and no place,
    the one whose own words it writes, all of them. A paragraph may name the places of several
    events, one sentence each ("… ค.ศ. 2017 ที่จังหวัดภูเก็ต … | ไทยมีแผนที่จะจัดการประชุมรัฐมนตรี
    อาเซียนสมัยพิเศษด้านขยะทะเลที่กรุงเทพฯ"), or the next paragraph a body the stem's act is not
    said of ("… แผนปฏิบัติการภูมิภาค … ซึ่งผู้นำประเทศสมาชิกอาเซียนรับทราบ" | "ASEAN-OSHNET
    Initiatives …"): the event the stem asks of is the one its words say (FRESH23 K2: E11, E08).
    None when that sentence writes no choice or more than one.

    Under a stem that asks who over choices that each name a place (a country), the one whose
    place that sentence writes in a role other than where (`place_roles`: its subject, a
    possessor), when it writes one such ("ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของ … ที่จังหวัด
    ชัยนาท": ไทย, not ชัยนาท).

    elsewhere: under a stem that asks where, whether that sentence writes a place where
    (`place_roles` AT), not the stem's own, and none of the choices' places, each choice naming
    one: "… สมัยพิเศษด้านขยะทะเลที่กรุงเทพฯ" beside Phuket / Singapore / Chai Nat — a "none of the
    above" is then what the documents say (FRESH23 K5, E11); under one that asks who, whether
    it writes one place in another role and no choice names it (Indonesia / Malaysia / the
    Philippines for the warehouse Thailand was chosen to host; FRESH26 K5).

    (None, False) under a stem that asks neither where nor who, or where no sentence says the
    topic."""
    role = asked_role(stem)
    if role not in ROLES_BOUND:
        return None, False
    sentence = _topic_sentence(ui, stem, topic, passages)
    if sentence is None:
        return None, False
    given = _places(normalize(stem))
    named = {i: _choice_places(matched[i]) - given for i in content}
    if role == AT:
        there = _places(sentence) - given
        # A choice is bound where the sentence writes its place as where (or in no role, a
        # clause's subject): one it writes only as whose or by whom ("ข้อเสนอของไทย") places
        # nothing there. Nor does the sentence judge choices that name no place ("in the member
        # states and around the world"): its places then bind none of the others either.
        bound = [
            i
            for i in content
            if all(named.values())
            and any(place_roles(sentence, p) != {BY} for p in named[i] & there)
        ]
        # Every choice names a place and the sentence places the topic at none of them.
        elsewhere = (
            all(named.values()) and not bound and any(AT in place_roles(sentence, p) for p in there)
        )
        return (bound[0] if len(bound) == 1 else None), elsewhere
    if all(named.values()):
        # Countries or places under "who" ("Which country was chosen to host …", "Whose
        # initiative …"): the one the sentence writes in a role other than where (a clause's
        # subject "ประเทศไทยได้รับเลือก …", a possessor "ข้อริเริ่มของไทย"; not "ที่เวียงจันทน์
        # สปป.ลาว", where it was adopted), when it writes one such; none of the choices' then
        # says "none of the above".
        actors = {p for p in _places(sentence) - given if place_roles(sentence, p) - {AT}}
        bound = [i for i in content if named[i] & actors]
        elsewhere = not bound and len(actors) == 1
        return (bound[0] if len(bound) == 1 else None), elsewhere
    if any(named.values()):
        return None, False
    # Bodies, not places ("ASEAN leaders", "ASEAN-OSHNET"): the one choice whose own Thai words
    # (those no other choice writes) the sentence writes, all of them (countries: above).
    bodies = []
    for i in content:
        others = [matched[j] for j in content if j != i]
        shared = {w for o in others for w in tokenize(normalize(o))}
        own = {
            w
            for w in tokenize(normalize(matched[i]))
            if is_thai(w) and is_content_word(w) and w not in shared and len(w) > 1
        }
        # A word the stem's topic writes itself ("สิทธิแรงงานต่างด้าว" beside "รัฐมนตรีแรงงาน")
        # is in the sentence because the topic is: no sign of the body.
        own = {w for w in own if not set(unit_weights(ui, w)) <= set(topic)}
        if own and all(w in sentence for w in own):
            bodies.append(i)
    return (bodies[0] if len(bodies) == 1 else None), False


def role_otherwise(stem: str, matched: str, passage: Passage | None, source_pos: int) -> bool:
    """`said_in_another_role` read in the statement at a choice's support (passage and a source
    offset in it, as Support gives them; `statement_around`); False without a place."""
    if passage is None or source_pos < 0 or not _places(normalize(matched)):
        return False  # (a choice that names no place: no statement read)
    around = statement_around(passage, source_pos)
    if said_in_another_role(stem, matched, around):
        return True
    # … or a choice that places its event where the statement writes neither it nor its place,
    # and places the event elsewhere ("It was adopted in Manila" where it says "… ที่เวียงจันทน์
    # สปป.ลาว ได้ให้การรับรอง"; `placed_otherwise`): one event, under a stem with a topic, whose
    # statement is the one the support stands in. (A topicless stem's claims are read at their
    # own best sentence, claim_placed_otherwise; a sequence of events places several.)
    from .order import order_asked, sequence_steps
    from .parse import content_free

    if content_free(stem) or order_asked(stem) or len(sequence_steps(matched)) > 1:
        return False
    # The support's sentence as binding reads it: a place in the space before a sentence is in
    # that sentence (binding.sentence_at).
    span = sentence_at(passage, source_pos)
    sentence = passage.source[span[0] : span[1]] if span is not None else ""
    return placed_otherwise(matched, sentence, around)


# The unit matching reads an ordinal as ("ครั้งที่ 8", "the 8th" → "#8th"; matching.units).
_ORDINAL_UNIT = re.compile(r"#\d+th")


def ordinal_elsewhere(
    topic: dict[str, float], matched: str, passage: Passage | None, source_pos: int
) -> bool:
    """Whether the statement at a choice's support (`statement_around`) numbers an event by
    ordinals, none of them the stem's (topic: its units as matched, "#28th" of "the 28th-29th
    Summit"), the choice itself writing none: "the Yogyakarta Declaration" under "… adopted at
    the 28th-29th ASEAN Summit …" where its statement says "… (AMCA) ครั้งที่ 8 … ได้ให้การรับรอง
    ปฏิญญายอกยาการ์ตา": it was another meeting's."""
    from .matching import units

    asked = {u for u in topic if _ORDINAL_UNIT.fullmatch(u)}
    if not asked or passage is None or source_pos < 0:
        return False
    if any(_ORDINAL_UNIT.fullmatch(u) for u, _, _ in units(normalize(matched).lower())):
        return False
    statement = statement_around(passage, source_pos)
    written = {u for u, _, _ in units(statement.lower()) if _ORDINAL_UNIT.fullmatch(u)}
    return bool(written) and not written & asked


def placed_otherwise(claim: str, sentence: str, around: str) -> bool:
    """Whether a claim (as matched, normalised or not) places what it says at a place (its own
    words give it the role where: `place_roles` AT, "… จัดที่สิงคโปร์", "held in Bangkok") that
    neither its sentence nor the ones beside it (around: `statement_around`, as sentence cutting
    may cut "… ที่เวียงจันทน์ สปป. | ลาว ได้ให้การรับรอง" apart) write in any role, while they place
    something at another place, one the claim does not name:
    "ไทยมีแผนจัดการประชุม … ที่สิงคโปร์" read against "… ไทยมีแผนที่จะจัดการประชุม … ที่กรุงเทพฯ": the
    claim shares ไทย (the planner, no place where) with it, and says another place where."""
    text = normalize(claim)
    mine = _places(text)
    where = {p for p in mine if AT in place_roles(text, p)}
    if not where:
        return False
    statement = normalize(around)
    if where & (_places(normalize(sentence)) | _places(statement)):
        return False
    return any(AT in place_roles(statement, p) for p in _places(statement) - mine)


def claim_placed_otherwise(claim: Claim, matched: str) -> bool:
    """`placed_otherwise` read at a claim's best sentence (claims.Claim: passage and sentence
    index) and the ones beside it; False for a claim found nowhere."""
    passage = claim.passage
    if passage is None or not 0 <= claim.sentence < len(passage.sentences):
        return False
    start, end = passage.sentences[claim.sentence]
    return placed_otherwise(matched, passage.source[start:end], statement_around(passage, start))
