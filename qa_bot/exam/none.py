""" "None of the above" (ไม่มีข้อใดถูก) beside choices under a stem with a topic, and when the
documents make it true.

Under a stem that names what it asks about ("คลังเก็บสิ่งของ … อยู่จังหวัดใด", "Which city hosted
the 8th AMCA meeting?"), each choice with the topic is a claim of its own ("… AMCA ครั้งที่ 8
จัด กรุงเทพฯ", claims.py), said otherwise where the sentence that says most of it names another
place or year (FRESH14 §2: Bangkok was picked by the embedding alone while the sentence says
ยอกยาการ์ตา อินโดนีเซีย). "None of them" is what the documents say when they say every ordinary
choice otherwise or not at all, and one at least otherwise. A content-free stem's claims
(free.py) read the same test (`said_otherwise_all`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

import numpy as np

from ..answer_types import CHECKABLE_TYPES, asked_type
from ..config import DEFAULT, ExamConfig
from ..store import Index
from ..text import is_content_word, is_thai, normalize, tokenize
from .claims import Claim, best_claim, said_there, sentence_text
from .counting import unlisted_choices
from .matching import PassageUnits, UnitIndex, unit_weights
from .references import none_choices
from .score import is_supported, matched_topic
from .support import Query, Support, choice_queries


def topic_claims(
    index: Index,
    ui: UnitIndex,
    read: Sequence[PassageUnits],
    stem: str,
    matched: Sequence[str],
    queries: Sequence[Query | None],
    content: Sequence[int],
    cfg: ExamConfig = DEFAULT.exam,
) -> list[Claim | None]:
    """Each ordinary choice (content; the others None) as a claim with the stem's topic
    (matched: the choices as matched, queries: their units, None for a choice about choices).

    A claim the documents say only in part is judged, too, by the sentence that says most of
    the topic (where the document answers it): another place or year there is the document's
    answer, not the choice's ("ที่ประชุม SAMCA จัดขึ้นที่ใด ก. ภูเก็ต": the sentence with ภูเก็ต
    lacks SAMCA, the SAMCA sentence says สิงคโปร์)."""
    topic = matched_topic(index, stem, read)
    answered = best_claim(read, choice_queries(ui, [topic])[0], topic, ui)
    # A stem that asks a number (a date, an ordinal, a count, a time) is answered by the number
    # written after its topic (claims.bound_number).
    number_asked = asked_type(stem) in CHECKABLE_TYPES
    claims: list[Claim | None] = [None] * len(matched)
    for i in content:
        if queries[i] is not None:
            said = f"{topic} {matched[i]}"
            query = choice_queries(ui, [said])[0]
            claim = best_claim(read, query, said, ui, topic, number_asked)
            if claim.share < cfg.claim_coverage and not claim.other_value:
                there = said_there(ui, answered, said, topic, number_asked)
                claim = replace(claim, other_value=there)
            claims[i] = claim
    return claims


def said_otherwise_all(
    content: Sequence[int],
    scored: Sequence[Support],
    claims: Sequence[Claim | None],
    supports: Sequence[Support],
    cfg: ExamConfig = DEFAULT.exam,
) -> bool:
    """Whether the documents say every ordinary choice (content) otherwise (the opposite
    polarity, another year, or a claim whose sentence gives another year or place: claims.py)
    or not at all (not supported), and one at least otherwise: "none of them" is then what they
    say. A choice found in part and not said otherwise may be true in words the text does not
    match, and stops it. scored: the choices' supports as scored (their flags), supports: as
    the verdict counts them, claims: each choice's claim or () without claims."""
    otherwise = {
        i
        for i in content
        if scored[i].contradicted
        or scored[i].other_year
        or bool(claims and (claim := claims[i]) is not None and claim.other_value)
    }
    # A choice the text cannot judge (its score rests on the embedding alone, Support.in_words:
    # "2nd floor of the Chalermprakiat building" where the text writes "ชั้น 2 อาคารเฉลิมพระเกียรติ")
    # is not found wanting by its words: it may be true, and stops "none" as a choice found in
    # part does (FRESH17a §1.7: the best-scored choice lost to "None of the above").
    return bool(otherwise) and all(
        i in otherwise or (not is_supported(supports[i], cfg) and scored[i].in_words)
        for i in content
    )


def none_by_topic(
    content: Sequence[int],
    references: dict[int, frozenset[int]],
    scored: Sequence[Support],
    claims: Sequence[Claim | None],
    supports: Sequence[Support],
    cfg: ExamConfig = DEFAULT.exam,
) -> int | None:
    """The "none of the above" choice (references: choices about choices, references.
    choice_references) when the documents say every ordinary choice with the stem's topic
    otherwise or not at all (`said_otherwise_all`); None otherwise. The caller asks it only of
    a stem the documents are about (a capital of Japan is no question of theirs)."""
    nothing = none_choices(references)
    if nothing and said_otherwise_all(content, scored, claims, supports, cfg):
        return next(iter(nothing))
    return None


def _own_words(choice: str, stem: str) -> list[str] | None:
    """A Thai choice's content words the stem does not write (text.tokenize, whole words); None
    when it has a Latin word or a number left (words the Thai text cannot judge, or values other
    rules read) or no word of its own."""
    given = set(tokenize(normalize(stem)))
    words = [w for w in tokenize(normalize(choice)) if is_content_word(w) and w not in given]
    if not words or any(not is_thai(w) for w in words):
        return None
    return words


def none_unwritten(
    content: Sequence[int],
    references: dict[int, frozenset[int]],
    claims: Sequence[Claim | None],
    matched: Sequence[str],
    stem: str,
) -> int | None:
    """The "none of the above" choice when every ordinary choice's claim (the choice with the
    stem's topic, `topic_claims`) is best said by one and the same sentence, the one the
    documents give the topic in, and that sentence writes not one of any choice's own words
    (`_own_words`): it gives the topic something else. "ใครเป็นผู้ลงนามในฉันทามติอาเซียนว่าด้วย…
    สิทธิแรงงานต่างด้าว ก. รัฐมนตรีแรงงานอาเซียน ข. รัฐมนตรีต่างประเทศอาเซียน ค. เลขาธิการอาเซียน ง. ไม่มี
    ข้อใดถูก": the sentence says "ผู้นำประเทศสมาชิกอาเซียนได้ลงนามในฉันทามติ…" (FRESH23 T16: none
    scored 0, undecided). None otherwise; the caller asks it only of a positive stem the documents
    are about."""
    nothing = none_choices(references)
    found = [claims[i] if i < len(claims) else None for i in content]
    if not nothing or not found or any(c is None or c.passage is None for c in found):
        return None
    places = {(c.passage.id, c.sentence) for c in found if c is not None and c.passage is not None}
    if len(places) != 1:
        return None
    claim = found[0]
    assert claim is not None and claim.passage is not None
    written = set(tokenize(normalize(sentence_text(claim.passage, claim.sentence))))
    for i in content:
        words = _own_words(matched[i], stem)
        if words is None or any(w in written for w in words):
            return None
    return nothing[0]


def _stem_section(index: Index, stem_vector: np.ndarray) -> tuple[str, int] | None:
    """(document id, section id) of the answer sentence closest to the stem's embedding (shape
    (dim,), a unit vector): where the documents speak of what the stem asks about."""
    cosines = index.sentence_cosines(stem_vector)
    if not len(cosines):
        return None
    row = int(np.argmax(cosines))
    passage = index.passages[int(np.searchsorted(index.sentence_offsets, row, side="right")) - 1]
    return passage.doc_id, passage.section_id


def none_scattered(
    index: Index,
    stem_vector: np.ndarray | None,
    content: Sequence[int],
    references: dict[int, frozenset[int]],
    supports: Sequence[Support],
    claims: Sequence[Claim | None],
    cfg: ExamConfig = DEFAULT.exam,
) -> int | None:
    """The "none of the above" choice when the ordinary choices (three at least) are each found
    at their best in a section of their own, and none in the section of the sentence closest to
    the stem (`_stem_section`): the writer gathered a value of the asked kind from each of
    several other parts of the document ("ปฏิญญา … เด็กและเยาวชนนอกระบบการศึกษาได้รับการรับรองที่
    เมืองใด ก. กรุงมะนิลา ข. สิงคโปร์ ค. ยอกยาการ์ตา": the health, labour and culture sections'
    summit cities; the education section says เวียงจันทน์). A true choice is found where the stem
    is. Of the pooled and FRESH22–24 exams with one such choice under a positive stem (38 keyed
    "none", 11 an ordinary choice), the rule holds on 7, all keyed "none" (their Scorings
    replayed). None otherwise; the caller asks it
    only of a positive stem the documents are about. A choice whose claim with the stem's topic
    one sentence says (`topic_claims`: cfg.claim_coverage of it, no other value) stops it."""
    nothing = none_choices(references)
    if len(nothing) != 1 or len(content) < 3 or stem_vector is None:
        return None
    if any(
        (claim := claims[i] if i < len(claims) else None) is not None
        and claim.share >= cfg.claim_coverage
        and not claim.other_value
        for i in content
    ):
        return None
    places = [supports[i].passage for i in content]
    sections = {(p.doc_id, p.section_id) for p in places if p is not None}
    if len(sections) != len(content):
        return None  # one found nowhere, or two in one section
    asked = _stem_section(index, stem_vector)
    return nothing[0] if asked is not None and asked not in sections else None


def none_unknown(
    ui: UnitIndex,
    stem: str,
    content: Sequence[int],
    references: dict[int, frozenset[int]],
    queries: Sequence[Query | None],
    unlisted: Collection[int] = (),
    cfg: ExamConfig = DEFAULT.exam,
) -> int | None:
    """The "none of the above" choice when every ordinary choice (two at least) has a matching
    unit of its own (one neither the stem nor any other choice has) that the documents never
    write (not in the corpus's rarities, matching.UnitIndex.idf), such units cfg.unknown_share
    of its weight at least: each names something they do not speak of ("trade", "defence" for
    one of the 15 sectors, FRESH24 E42; a province's name the text never writes for the relief
    warehouse's). A true choice is said in the documents' words, names or numbers, or in an
    English word their bracketed names write. A choice of unlisted counts so too: read whole,
    and not written by the list of as many items as the stem counts (counting.unlisted_choices:
    การท่องเที่ยว is written, but not in the list of 15 sectors). Of the pooled and FRESH22–24
    exams with one such choice under a positive stem (38 keyed "none", 11 an ordinary choice),
    it held on 3 at 207638b, all keyed "none" (their Scorings replayed); on the 767 pooled
    exams at e0eb3e6 on none until the counted list made FRESH24 E42 one (the key). None
    otherwise; the caller asks it only of a positive stem the documents are about."""
    nothing = none_choices(references)
    if len(nothing) != 1 or len(content) < 2:
        return None
    units: dict[int, set[str]] = {}
    for i in content:
        query = queries[i] if i < len(queries) else None
        if query is None or not query.weights:
            return None
        units[i] = set(query.weights)
    given = set(unit_weights(ui, stem))
    for i in content:
        others = set().union(*(units[j] for j in content if j != i))
        if i in unlisted:
            continue
        if not any(u not in ui.idf for u in units[i] - others - given):
            return None
        query = queries[i]
        assert query is not None
        unknown = sum(w for u, w in query.weights.items() if u not in ui.idf)
        if unknown < cfg.unknown_share * query.total:
            # Mostly the documents' own words: a paraphrase of what they say, one word of it
            # unglossed ("a master plan on the rights of persons with disabilities").
            return None
    return nothing[0]


def none_said(
    index: Index,
    ui: UnitIndex,
    stem: str,
    stem_vector: np.ndarray | None,
    content: Sequence[int],
    references: dict[int, frozenset[int]],
    scored: Sequence[Support],
    claims: Sequence[Claim | None],
    supports: Sequence[Support],
    matched: Sequence[str],
    queries: Sequence[Query | None],
    cfg: ExamConfig = DEFAULT.exam,
) -> int | None:
    """The "none of the above" choice when one of this module's rules makes it what the
    documents say of a positive stem with a topic they are about, tried in turn:
    `none_by_topic` (scored: the supports marked said against, their scores unscaled; supports
    as the verdict scaled them), `none_unwritten`, `none_scattered` (stem_vector: the stem's
    embedding, shape (dim,)), `none_unknown`; None when none holds."""
    found = unlisted_choices(index, stem, content, supports, queries, matched, cfg)
    if found is not None and found[0]:
        # A choice the list the stem counts writes is one of its items, whatever the sentences
        # that say most of its claim ("Which of these is one of the 15 sectors …? … sports": กีฬา
        # is in the list of 15; the claim's best sentence writes another number).
        return None
    # Each choice with the topic said otherwise, or not at all, and one at least otherwise …
    nothing = none_by_topic(content, references, scored, claims, supports, cfg)
    if nothing is None:
        # … or when the sentence they give the topic in writes no choice's own words.
        nothing = none_unwritten(content, references, claims, matched, stem)
    if nothing is None:
        # … or when each choice comes from a section of its own, none the stem's.
        nothing = none_scattered(index, stem_vector, content, references, scored, claims, cfg)
    if nothing is None:
        # … or when each choice names something they never write, or is left out of the
        # list the stem counts.
        unlisted = found[1] if found is not None else set()
        nothing = none_unknown(ui, stem, content, references, queries, unlisted, cfg)
    return nothing
