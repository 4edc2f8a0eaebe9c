"""Under a positive stem with a topic, choices set aside as said of something else than the stem
asks about: another subject, away from the stem's topic, a number with other units, a bare value
of another subject, a one-term choice without the stem's event. They count as said against
(ExamConfig.contradicted_share), so that the scores shown agree with the pick."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .binding import dated_only, unit_bound
from .bound import topic_read
from .choice_text import bare_value, is_claim, next_sentence, sentence_of
from .deliberation import Deliberation, Facts
from .fields import field_aside
from .percent import percent_unbound
from .score import is_supported
from .subject import about_subject, named_subjects, subject_names, value_of_subject
from .support import Query, Support
from .ties import set_aside, tied_with
from .topic import TOPIC_SHARE, said_here, topic_share
from .years import deadline_only, event_unsaid, event_unwritten, year_of_another_place


def equivalent_choices(queries: Sequence[Query | None], content: Sequence[int]) -> set[int]:
    """The ordinary choices (content) that say nothing but a number another one says too: the
    same matching units, all numbers (matching.units: a year in either era is one unit, so
    "ค.ศ. 2025" and "พ.ศ. 2568" are one value). A one-answer exam's writer who offers one value
    twice offers a wrong one: a plan's year in both eras beside "ไม่มีข้อใดถูก", the plan adopted
    in another year. Not under a negative stem, where the two would both be true."""
    units = {
        i: frozenset(query.weights)
        for i in content
        if (query := queries[i]) is not None
        and query.weights
        and all(u.startswith("#") for u in query.weights)
    }
    return {
        i for i, own in units.items() if any(j != i and other == own for j, other in units.items())
    }


def unit_unbound(support: Support, matched: str, stem: str) -> bool:
    """Whether the sentence at a choice's support writes its number with other units only
    (binding.unit_bound False), a bare count only inside dates (binding.dated_only), a year
    only as a deadline where the stem asks when something happened (years.deadline_only) or
    in a sentence that says none of the events the stem asks the year of (years.event_unsaid),
    or a percentage's number only in other roles (percent.percent_unbound)."""
    text = sentence_of(support)
    if text is None:
        return False
    return (
        unit_bound(text, matched, stem) is False
        or dated_only(text, matched, stem)
        or deadline_only(text, matched, stem)
        or event_unsaid(text, matched, stem, next_sentence(support))
        or percent_unbound(text, matched)
        or year_of_another_place(text, matched, stem)
    )


def set_aside_positive(f: Facts, st: Deliberation) -> None:
    """The choices a positive stem's rules set aside as said of something else than the stem
    asks about, the pick moved to the best-supported choice left (None with none left); their
    scores scaled by cfg.contradicted_share (FRESH17 B05: ► Vientiane 0.574 under Singapore
    0.642, set aside by the subject)."""
    cfg, ui, stem, content, supports = f.cfg, f.ui, f.stem, f.content, st.supports
    if not f.negative and not f.free and st.chosen is not None and st.chosen not in f.references:
        # A stem that names its subject by an acronym ("… AHA Centre") is answered only where
        # the documents speak of it (subject.py): a choice found beside another body (the ACAI
        # centre's กรุงเทพฯ) is not the answer, and with none left the documents do not say.
        subject = subject_names(ui, stem) or named_subjects(f.index, ui, stem)
        if not about_subject(ui, supports[st.chosen], subject):
            left = [
                i
                for i in content
                if about_subject(ui, supports[i], subject) and is_supported(supports[i], cfg)
            ]
            st.chosen = max(left, key=lambda i: supports[i].score) if left else None
            st.aside |= {i for i in content if not about_subject(ui, supports[i], subject)}
    # … nor a choice from another field than the one the stem names (fields.py).
    field_aside(f, st)
    if (
        f.beside_topic
        and not f.scoring.stem_in_scope
        and st.chosen is not None
        and st.chosen in content
    ):
        # One the documents do not cover (not_found) has no pick but a choice said there, as
        # whole words of the text beside the stem's own topic words (topic.said_here; FRESH16a
        # K2: "ข้อใดคือเมืองหลวงของญี่ปุ่น" decided สิงคโปร์ from a meeting held there, "ประชา" from
        # ประชาคม). With none so said, no pick: the verdict stays the stem's.
        sectors, topic = f.scoring.sectors, f.scoring.topic
        left = [
            i
            for i in content
            if is_supported(supports[i], cfg)
            and (sectors or topic_share(ui, supports[i], topic) >= cfg.not_found_topic_share)
            # A section's label is not said in its text: the stem's words must be.
            and said_here(
                supports[i].passage,
                supports[i].source_pos,
                "" if sectors else f.matched[i],
                stem,
            )
        ]
        st.chosen = max(left, key=lambda i: supports[i].score) if left else None
        st.aside |= set(content) - set(left)
    if not f.negative and not f.free and st.chosen is not None and st.chosen in content:
        _set_aside_values(f, st)
    for i in st.aside:
        supports[i] = replace(supports[i], score=supports[i].score * cfg.contradicted_share)


def _best_left(f: Facts, st: Deliberation, out: set[int]) -> None:
    """The pick moved off the choices out, to the best-supported one left (None with none)."""
    if st.chosen in out:
        left = [i for i in f.content if i not in out and is_supported(st.supports[i], f.cfg)]
        st.chosen = max(left, key=lambda i: st.supports[i].score) if left else None
    st.aside |= out


def _set_aside_values(f: Facts, st: Deliberation) -> None:
    """Numbers, bare values and one-term choices said where the stem's unit, subject or event
    is not (the pick a content choice of a positive stem with a topic)."""
    ui, stem, content, supports = f.ui, f.stem, f.content, st.supports
    choices, queries = f.choices, f.queries
    # A number choice is said only where its number is written with its unit (binding.py):
    # "7 เล่ม", or "7" under "… กี่เล่ม", is not said by "… 3 เล่ม เป็นเวลา 7 วัน".
    _best_left(f, st, {i for i in content if unit_unbound(supports[i], f.matched[i], stem)})
    # A bare value (a year, a date, a count) is the answer only where its statement says the
    # stem's subject (subject.value_of_subject; FRESH22 N3: ASEAN's founding year taken from
    # the year Thailand plans to set up a training centre).
    elsewhere = {
        i
        for i in content
        if bare_value(queries[i])
        and (text := sentence_of(supports[i])) is not None
        and not value_of_subject(ui, stem, [choices[j] for j in content], text)
    }
    _best_left(f, st, elsewhere)
    # A one-term choice (a country, a place, a body) is the answer to a stem asking who did
    # something (proposed, signed, adopted, hosted …) only where its sentence, or the next
    # one, says that event (years.event_unwritten): "Which ASEAN country first proposed the
    # ASEAN Smart Cities Network?" is not answered by "… ประเทศไทยจะสานต่อเรื่องนี้ …", which
    # carries it on (FRESH23 N8), nor "whose initiative" by a sentence placing the adoption
    # in Laos (E15: "… ข้อริเริ่มของไทย" is the initiator's).
    eventless = {
        i
        for i in content
        if not is_claim(choices[i])
        and not bare_value(queries[i])
        and (text := sentence_of(supports[i])) is not None
        and event_unwritten(stem, f"{text} {next_sentence(supports[i])}")
    }
    if eventless:
        # … unless its sentence is the one that says the stem's topic and writes it in the role
        # asked (roles.topic_reading): the event is said there in other words. "Which country
        # was chosen to host the ASEAN warehouse for disaster relief supplies?" is answered by
        # "ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน …", which writes
        # no เจ้าภาพ: the warehouse's host is where it stands (FRESH26 K5: Thailand set aside,
        # Indonesia decided).
        bound, _ = topic_read(f, st)
        eventless.discard(bound)  # type: ignore[arg-type]
    _best_left(f, st, eventless)


def off_topic(f: Facts, st: Deliberation) -> bool:
    """Whether the pick of a stem judged uncertain is said away from what the stem asks about:
    below TOPIC_SHARE of its topic written beside it (topic.topic_share). Not a section
    choice's (already where its section says the topic), nor one the document's own date or
    list decided."""
    return (
        f.beside_topic
        and not f.scoring.sectors
        and st.chosen is not None
        and st.chosen in f.content
        and st.chosen not in (st.in_year, st.counted)
        and not _counted_in_its_unit(f, st.supports[st.chosen], st.chosen)
        and topic_share(f.ui, st.supports[st.chosen], f.scoring.topic) < TOPIC_SHARE
    )


def _counted_in_its_unit(f: Facts, support: Support, chosen: int) -> bool:
    """Whether a pick that is a bare number stands in a sentence that writes it with the unit the
    stem counts by (binding.unit_bound True: "… ประกอบด้วย 15 สาขา" under "How many sectors of
    cooperation …", english_counts' classifiers): the document's own count of what the stem
    counts, however little of the stem's English topic the Thai text can read (FRESH27: "how
    many areas of cooperation" judged uncertain, 15 undecided)."""
    text = sentence_of(support)
    return (
        bare_value(f.queries[chosen])
        and text is not None
        and unit_bound(text, f.matched[chosen], f.stem) is True
    )


def move_beside_topic(f: Facts, st: Deliberation) -> None:
    """Under a stem judged uncertain, a pick said away from what the stem asks about (below
    TOPIC_SHARE of its topic written beside it) gives way to the best-scored choice said beside
    it, undecided: "In which Buddhist Era year was the ASEAN declaration on out-of-school
    children and youth adopted?" took พ.ศ. 2560 from the health section's summit of 2017 (share
    0.08) over 2559 from the education section's sentence on that declaration (0.46; FRESH24
    E03). Without such a choice the pick stays, undecided (`off_topic`). On the pooled and
    FRESH22–24 exams the move happens twice, both times onto the key (Scorings replayed)."""
    if st.tied or not off_topic(f, st):
        return
    cfg, supports, topic = f.cfg, st.supports, f.scoring.topic
    beside = [
        i
        for i in f.content
        if st.scores[i] > 0
        and is_supported(supports[i], cfg)
        and topic_share(f.ui, supports[i], topic) >= TOPIC_SHARE
    ]
    if beside:
        away = {i for i in f.content if i not in beside}
        st.scores = set_aside(st.scores, away, cfg.contradicted_share)
        st.chosen, st.moved = max(beside, key=lambda i: st.scores[i]), True
        st.tied = tied_with(st.scores, st.chosen, f.references, cfg.tie_margin)
