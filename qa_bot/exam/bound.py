"""Choices stated in one statement, a clause or list item each: the clause that says what the
stem asks about binds its choice (binding.py), whatever the scores say of the others — the verdict's
binding steps (all of the above, near and tied picks, rivals of one relation, the topic's sentence).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import normalize
from .binding import (
    bound_choice,
    distinctive_place,
    is_thai_text,
    one_relation,
    sentence_at,
    stated_whole,
    written,
)
from .deliberation import Deliberation, Facts
from .matching import UnitIndex
from .references import none_choices
from .roles import topic_reading
from .support import Support
from .ties import set_aside

# Tied choices stated in at most this many consecutive sentences are read as one statement of
# several clauses (binding.py): a comparison of two or three things.
MAX_SENTENCES_BOUND = 3


def bound_in_one_sentence(
    ui: UnitIndex,
    stem: str,
    matched: Sequence[str],
    supports: Sequence[Support],
    group: Sequence[int],
    content: Sequence[int],
    chosen: int,
    relation: bool = False,
) -> int | None:
    """The choice of group (the pick, chosen, and the ordinary choices tied with it, all found
    in one passage) that binding.bound_choice binds to the stem, read in the sentences of that
    passage that write them, when those are at most MAX_SENTENCES_BOUND consecutive ones around
    the pick's own (the pick's own alone where it writes them all); None otherwise. relation:
    only where the statement states them as values of one relation, a clause each
    (binding.one_relation)."""
    if any(i not in content for i in group) or len(group) < 2:
        return None
    passage = supports[chosen].passage
    if passage is None or any(supports[i].passage != passage for i in group):
        return None
    # Sentence cutting may have made the clauses sentences of their own ("… 3 เล่ม เป็นเวลา 7
    # วัน | ส่วนครูยืมได้ …"): consecutive sentences are read as one statement.
    here = sentence_at(passage, supports[chosen].source_pos)
    mine = passage.sentences.index(here) if here in passage.sentences else None
    # A choice with Latin words left (an English one over Thai text) is placed where it was
    # found, not where its glosses are written.
    placed = {i: supports[i].source_pos for i in group if not is_thai_text(matched[i])}
    rows = [
        k
        for k, (start, end) in enumerate(passage.sentences)
        if (mine is None or abs(k - mine) < MAX_SENTENCES_BOUND)
        and any(
            written(passage.source[start:end], matched[i]) or start <= placed.get(i, -1) < end
            for i in group
        )
    ]
    if mine is not None and mine in rows and len(rows) > 1:
        # The pick's own sentence states them all ("… ในเรื่องการเปลี่ยนแปลงสภาพภูมิอากาศ ผ่านการออก
        # แถลงการณ์ร่วม … และแถลงการณ์ร่วมอาเซียนว่าด้วยการอนุรักษ์ความหลากหลายทางชีวภาพ …"): it is
        # the statement, whatever the sentences around write of them (a list of sub-areas).
        start, end = passage.sentences[mine]
        alone = [
            i
            for i in group
            if written(passage.source[start:end], matched[i]) or start <= placed.get(i, -1) < end
        ]
        if len(alone) == len(group):
            rows = [mine]
    if not rows or rows[-1] - rows[0] >= MAX_SENTENCES_BOUND:
        return None
    start, end = passage.sentences[rows[0]][0], passage.sentences[rows[-1]][1]
    statement = normalize(passage.source[start:end])
    for i in list(placed):
        # Placed by what sets it apart from the others in the statement (binding.distinctive_
        # place), not where its score's window stood; a statement that writes none of that does
        # not state it ("Nuclear ความปลอดภัย" beside the list of environmental sub-areas).
        at = distinctive_place(statement, matched[i], [matched[j] for j in group if j != i])
        if at is None:
            del placed[i]
        else:
            placed[i] = start + at
    if chosen not in placed and not written(passage.source[start:end], matched[chosen]):
        return None
    cuts = [passage.sentences[k][0] - start for k in range(rows[0] + 1, rows[-1] + 1)]
    places = {i: at - start for i, at in placed.items()}
    if relation:
        spots = {
            **{i: statement.find(normalize(matched[i]).strip()) for i in group if i not in placed},
            **places,
        }
        whole = all(
            stated_whole(statement, matched[i], [matched[j] for j in group if j != i], at)
            for i, at in spots.items()
        )
        if any(at < 0 for at in spots.values()) or not whole or not one_relation(statement, spots):
            return None
    return bound_choice(ui, passage.source[start:end], stem, matched, group, cuts, places)


def all_of_the_above_bound(f: Facts, st: Deliberation) -> None:
    """ "All of the above" where two of the choices it names are stated in one statement as
    values of one relation, each in its own clause ("… ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศ
    อาเซียน และปฏิญญา ONE ASEAN, ONE RESPONSE … ลงนามโดยผู้นำประเทศสมาชิกอาเซียน"): each is
    said of its own clause's subject, and the clause that says the stem's binds its choice
    (binding.one_relation, bound_choice). The pick is that one: "all" is not what is said."""
    chosen, supports = st.chosen, st.supports
    if f.negative or f.free or chosen is None or not f.references.get(chosen):
        return
    named = sorted(f.references[chosen], key=lambda i: -supports[i].score)
    pairs = [
        [first, other]
        for k, first in enumerate(named)
        for other in named[k + 1 :]
        if supports[first].passage is not None
        and supports[other].passage == supports[first].passage
    ]
    for pair in pairs:
        bound = bound_in_one_sentence(
            f.ui, f.stem, f.scoring.matched, supports, pair, f.content, pair[0], relation=True
        )
        if bound is not None:
            st.chosen = bound
            break


def _binds(f: Facts, st: Deliberation) -> bool:
    """Whether the binding steps apply: a positive stem with a topic, a content pick, no order
    of dates or "none of the above" deciding."""
    return (
        st.chosen is not None
        and st.chosen in f.content
        and not f.free
        and not f.negative
        and not st.in_order
        and not st.none_picked
    )


def bind_near(f: Facts, st: Deliberation) -> None:
    """Choices tied, or near (cfg.bind_margin), because one statement states each of them,
    one clause or list item each: the clause that says what the stem asks about binds its
    choice (binding.py; FRESH18a K4, signer order; FRESH20a kind 3, a bin's colour listed
    with its waste). Near only: binding a pick the scores decide against any rival found
    in its passage turned 7 right pooled picks wrong for 1 wrong one right (1,913-item
    pool); within 0.1 of it in one statement, 3 wrong right and none broken (501 items)."""
    cfg, scores, chosen = f.cfg, st.scores, st.chosen
    # The ordinary choices near the pick: within cfg.bind_margin of its score.
    near = [
        i
        for i in f.content
        if chosen is not None
        and i != chosen
        and abs(scores[i] - scores[chosen]) < max(cfg.bind_margin, cfg.tie_margin)
    ]
    if not (st.tied or near) or not _binds(f, st):
        return
    assert chosen is not None
    group = [chosen, *dict.fromkeys([*st.tied, *near])]
    bound = bound_in_one_sentence(f.ui, f.stem, f.matched, st.supports, group, f.content, chosen)
    if bound is not None:
        # The others are said of something else: set aside, so that the scores shown agree
        # with the pick.
        st.scores = set_aside(scores, set(group) - {bound}, cfg.contradicted_share)
        st.chosen, st.tied = bound, []


def bind_rivals(f: Facts, st: Deliberation) -> None:
    """Beyond the near ones: a rival the statement that states the pick states too as a value
    of the same relation, each in its own clause (binding.one_relation: "… ADDMER)
    ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน และปฏิญญา … ลงนามโดยผู้นำประเทศสมาชิกอาเซียน") is said of
    another subject or the pick is; the clause that says the stem's binds, whatever the
    scores (FRESH22 K1 E13: "signed by the ASEAN leaders" 0.645 over "… foreign
    ministers" 0.497 under "Which statement about ADDMER is correct?"). Then the sentence that
    says the stem's topic (`bind_topic`)."""
    if not _binds(f, st):
        return
    cfg, supports, content = f.cfg, st.supports, f.content
    chosen = st.chosen
    assert chosen is not None
    rivals = sorted(
        (
            i
            for i in content
            if i != chosen
            and st.scores[i] > 0
            and supports[i].passage is not None
            and supports[i].passage == supports[chosen].passage
        ),
        key=lambda i: -st.scores[i],
    )
    for rival in rivals:
        pair = [chosen, rival]
        bound = bound_in_one_sentence(
            f.ui, f.stem, f.matched, supports, pair, content, chosen, relation=True
        )
        if bound is not None:
            if bound != chosen:
                st.scores = set_aside(st.scores, {chosen}, cfg.contradicted_share)
                st.chosen, st.tied = bound, []
            break
    bind_topic(f, st)


def topic_read(f: Facts, st: Deliberation) -> tuple[int | None, bool]:
    """roles.topic_reading over the passages where each ordinary choice was found, as a choice
    or as a claim with the stem's topic (Scoring.claims, under a stem with "none of the
    above"), those said against too: the sentence that says the stem's topic may be where no
    choice scored. "Which country was chosen to host the ASEAN warehouse for disaster relief
    supplies? Indonesia / Malaysia / The Philippines / None" found the countries in the disaster
    section's opening sentence and the claims in "ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของ
    ช่วยเหลือของอาเซียน …" (FRESH26 K5: Indonesia picked sure; an unglossed "Myanmar", set
    aside, was found there)."""
    content, supports, claims = f.content, st.supports, f.claims
    found = [supports[i].passage for i in content if supports[i].passage]
    found += [c.passage for i in content if claims and (c := claims[i]) and c.passage]
    return topic_reading(f.ui, f.stem, f.scoring.topic, f.matched, found, content)


def bind_topic(f: Facts, st: Deliberation) -> None:
    """The pick is still a content choice, so the same guard holds for this: a stem that
    asks where or who: the choice the sentence that says the stem's topic writes
    (roles.topic_reading: "… ขยะทะเลที่กรุงเทพฯ", not the earlier meetings' ภูเก็ต),
    whatever the scores; the pick it binds no more is set aside, as by one_relation."""
    cfg = f.cfg
    bound, elsewhere = topic_read(f, st)
    # It binds only a choice not set aside.
    bound = bound if bound is not None and st.scores[bound] > 0 else None
    nones = none_choices(f.references)
    if bound is not None and bound != st.chosen:
        st.scores = set_aside(st.scores, {st.chosen}, cfg.contradicted_share)
        st.chosen, st.tied = bound, []
    elif bound is not None and st.tied:
        # The pick is the one it binds: the choices tied with it are said of other events.
        st.scores = set_aside(st.scores, set(st.tied), cfg.contradicted_share)
        st.tied = []
    elif bound is None and len(nones) == 1 and elsewhere:
        # … and where it places the topic at none of the choices' places, "None of the
        # above" is what it says (roles.topic_reading).
        st.chosen, st.tied, st.none_picked = nones[0], [], True
