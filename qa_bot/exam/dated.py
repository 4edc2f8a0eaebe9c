"""The document's own dates and lists decide: the order of events in time (order.order_verdict),
the date it gives the stem's numbered meeting (its year, its length: order.meeting_year_verdict,
meeting_length_verdict), and the count of the list the stem names (counting.counted_choice)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .choice_text import is_claim
from .counting import counted_choice, unlisted_choices
from .deliberation import Deliberation, Facts
from .order import meeting_length_verdict, meeting_year_verdict, order_verdict
from .references import none_choices
from .score import is_supported


def dates_and_counts(f: Facts, st: Deliberation) -> None:
    """st.in_order, st.in_year, st.counted (and the pick they make) from the document's dates
    and lists; each left None where it does not apply."""
    scoring, cfg, content, supports = f.scoring, f.cfg, f.content, st.supports
    stem, choices = f.stem, f.choices
    # "ข้อใดเกิดขึ้นช้าที่สุด", "เรียงลำดับ …": the dates decide among the choices; when they
    # rule none out, the pick stays as it was. What they leave open is tied.
    st.in_order = order_verdict(
        f.index,
        stem,
        choices,
        content,
        supports,
        f.homes,
        f.queries,
        scoring.sections,
        scoring.query_vector,
        cfg,
    )
    if st.in_order and len(st.in_order) < len(content):
        st.chosen = st.in_order[0]
    # "ที่ประชุม AMCA ครั้งที่ 8 จัดขึ้นในปี พ.ศ. ใด": the year the document dates that meeting in.
    # With "ไม่มีข้อใดถูก" / "None of the above" beside near-miss dates, that date rules every
    # choice out, whatever the judge makes of the stem (FRESH22 K4: its verdict was not_found).
    nothing = none_choices(f.references)
    st.in_year = meeting_year_verdict(f.index, stem, choices, content, nothing)
    if st.in_year is None:
        # "How many days did the 33rd ASEAN Summit last?": the length of the date it gives it.
        st.in_year = meeting_length_verdict(f.index, stem, choices, content, nothing)
    if st.in_year is not None:
        st.chosen, st.in_order = st.in_year, [st.in_year]
    # "How many sub-areas … does the document list?" with no choice's count found (each near
    # nothing, cfg.weak_support, once set aside): the number of items of the list the stem's
    # best passage enumerates (counting.py; FRESH23 K6).
    count = (
        counted_choice(f.index, stem, choices, content, scoring.sections, scoring.query_vector)
        if not f.negative
        and not f.free
        and not f.references
        and st.in_year is None
        and max((supports[i].score for i in content), default=0.0) < cfg.weak_support
        else None
    )
    st.counted, st.counted_named = count if count is not None else (None, False)
    if st.counted is not None:
        st.chosen = st.counted


def listed_member(f: Facts, st: Deliberation) -> None:
    """Under a positive stem that counts its list ("Which of these is one of the 15 sectors of
    the ASCC pillar?"), the one ordinary choice the document's list of that many items writes
    (counting.unlisted_choices: "… ประกอบด้วย 15 สาขา ดังนี้ การศึกษา กีฬา …" writes กีฬา), when it
    writes no other: the list is the stem's answer in the text's words, whatever the sentences
    that score the others ("defence" placed near the list by the embedding alone)."""
    if f.negative or f.free or st.in_order or st.in_year is not None or st.counted is not None:
        return
    found = unlisted_choices(f.index, f.stem, f.content, st.supports, f.queries, f.matched, f.cfg)
    if found is None:
        return
    inside, outside = found
    if not inside and st.chosen in outside and not is_claim(f.matched[st.chosen]):
        # A one-term pick (not several items, choice_text.is_claim: "การศึกษา กีฬา และวัฒนธรรม" is
        # no one item of the list) the text reads whole that the list does not write is no
        # member of it, wherever else the document writes it ("Tourism", which disasters harm,
        # over an unglossed "Transboundary haze pollution": FRESH27 "which is listed among the
        # 15 areas", sure and wrong): set aside, the pick moved to the best choice left
        # (undecided where the text cannot read it).
        left = [i for i in f.content if i not in outside and is_supported(st.supports[i], f.cfg)]
        st.chosen = max(left, key=lambda i: st.supports[i].score) if left else None
        st.aside |= outside
        _said_against(f, st, outside)
        return
    if len(inside) != 1:
        return
    st.chosen = next(iter(inside))
    # The others are not in the list: said against, so that the scores shown agree with the pick.
    _said_against(f, st, [i for i in f.content if i != st.chosen])


def _said_against(f: Facts, st: Deliberation, choices: Iterable[int]) -> None:
    """The choices' supports scaled by cfg.contradicted_share: the documents' list says them
    against (their scores shown agree with the pick)."""
    share = f.cfg.contradicted_share
    for i in choices:
        st.supports[i] = replace(st.supports[i], score=st.supports[i].score * share)
