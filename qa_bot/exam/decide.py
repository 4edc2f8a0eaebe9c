"""The exam's verdict: each choice scored by the corpus (scoring.py), then the pick decided in
named steps, one module per kind of rule (deliberation.py holds the state between them):

    said against   polarity, another year, another role or ordinal, one value twice (here)
    all_none       choices about the others: all / none of the above, "ก และ ค"
    bound          choices stated in one statement: the clause that says the stem's binds
    aside          positive stems: choices said of another subject, unit, value or event
    negative       NOT / EXCEPT stems: the false statement, the odd section, the other place
    dated          the document's own dates and lists: order, a meeting's date, a count
    ties           the plain pick, ties, near-nothing scores, the best of those tied
    closest        with no pick, the closest choice as the index, never decided
    free           content-free stems' claims; none of the above under a stem with a topic
    decided        whether the pick is decided (in the documents' words, not tied …)
    evidence       the hit shown for each choice
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

import numpy as np

from ..config import DEFAULT, ExamConfig, RetrievalConfig
from ..store import Index
from ..types import ANSWERED, Choice
from .all_none import all_beside_topic, none_shown, pick_with_references
from .aside import equivalent_choices, move_beside_topic, set_aside_positive
from .bound import all_of_the_above_bound, bind_near, bind_rivals
from .claims import dated_otherwise
from .closest import closest_choice
from .dated import dates_and_counts, listed_member
from .decided import is_decided
from .deliberation import Deliberation, Facts
from .evidence import shown_evidence
from .free import claims_decide
from .matching import unit_index
from .negative import negative_pick
from .order import order_asked, sequence_asked
from .parse import CHOICE_LETTERS, content_free, is_negative, mention_stem
from .roles import ordinal_elsewhere, role_otherwise
from .scoring import Scoring, score_choices
from .support import Support
from .ties import best_of_tied, scores_and_ties
from .years import year_unit


def decide(
    index: Index,
    stem: str,
    choices: list[str],
    sections: Collection[tuple[str, int]] | None = None,
    query_vector: np.ndarray | None = None,
    stem_verdict: str = ANSWERED,
    config: ExamConfig = DEFAULT.exam,
    retrieval: RetrievalConfig = DEFAULT.retrieval,
) -> Choice:
    """The exam's verdict: each choice scored by the corpus, the best one picked.

    stem is the question without its choices (cleaned), choices as `check_choices` returns
    them, sections (document id, section id) pairs or None for all. query_vector is the
    stem's embedding (the one its retrieval used, shape (dim,)); without it the stem is
    encoded here, and a negative stem always is, in its positive form (parse.positive_form:
    where its true choices are). stem_verdict is the scope check's word on the stem alone
    (types.ANSWERED, UNCERTAIN or NOT_FOUND: "none of the above" needs a stem the document is
    about, and a stem not answered a pick said beside its topic). config holds every weight and
    threshold; retrieval the settings of the searches for passages to read (a large corpus).
    """
    scoring = score_choices(
        index, stem, choices, sections, query_vector, stem_verdict, config, retrieval
    )
    return verdict(index, scoring, config)


def verdict(index: Index, scoring: Scoring, config: ExamConfig = DEFAULT.exam) -> Choice:
    """The pick, its ties and evidence from the choices' scoring (`score_choices`); config's
    deciding settings (odd_sector_margin, all_supported_share, tie_margin, weak_support,
    claim_coverage) apply here only."""
    f = _facts(index, scoring, config)
    st = Deliberation(_said_against(f))
    st.chosen = pick_with_references(
        st.supports, f.references, f.negative, scoring.stem_in_scope, config
    )
    all_beside_topic(f, st)
    all_of_the_above_bound(f, st)
    set_aside_positive(f, st)
    negative_pick(f, st)
    dates_and_counts(f, st)
    listed_member(f, st)
    scores_and_ties(f, st)
    claims_decide(f, st)
    bind_near(f, st)
    bind_rivals(f, st)
    best_of_tied(f, st)
    none_shown(f, st)
    move_beside_topic(f, st)
    evidence = shown_evidence(f, st)
    decided = is_decided(f, st)
    chosen, tied = st.chosen, st.tied
    closest = None
    if chosen is None:
        # No pick: the closest choice stands as the index, never decided, the documents
        # telling it from none of the others; the verdict stays that of none supported.
        closest = closest_choice(
            st.scores, scoring.supports, f.content, f.negative, config.weak_support
        )
        if closest is not None:
            chosen, tied = closest, [i for i in f.content if i != closest]
    return Choice(
        chosen,
        CHOICE_LETTERS[chosen] if chosen is not None else None,
        st.scores,
        evidence,
        f.negative,
        tuple(f.choices),
        tuple(tied),
        decided,
        tuple(i for i, s in enumerate(scoring.supports) if s.contradicted),
        closest_only=closest is not None,
    )


def _facts(index: Index, scoring: Scoring, cfg: ExamConfig) -> Facts:
    """What the verdict's steps read of the scoring: the stem's kind, and the choices' supports
    marked said against where their statement names them in another role or ordinal, or
    offers one value twice."""
    stem, choices, content = scoring.stem, list(scoring.choices), scoring.content
    negative = is_negative(stem)
    free = content_free(stem)
    # One value written two ways ("ค.ศ. 2025" and "พ.ศ. 2568") is no answer of a one-answer
    # exam: were it true, two choices would be (equivalent_choices).
    twins = set() if negative else equivalent_choices(scoring.queries, content)
    scored = [
        replace(s, other_year=True) if i in twins else s for i, s in enumerate(scoring.supports)
    ]
    # A choice whose place its statement names in another role ("proposed by อินโดนีเซีย" where it
    # says "… อินโดนีเซีย … ข้อเสนอของไทย") is said against (roles.said_in_another_role).
    scored = [
        replace(s, contradicted=True)
        if i in content
        and (
            role_otherwise(stem, scoring.matched[i], s.passage, s.source_pos)
            or (
                not negative
                and ordinal_elsewhere(scoring.topic, scoring.matched[i], s.passage, s.source_pos)
            )
        )
        else s
        for i, s in enumerate(scored)
    ]
    # A stem the judge does not find answered is answered only where what it asks about is
    # written beside a choice (topic.topic_share): "Which planet is the largest in the solar
    # system?" picked โลก from "… มากที่สุดในโลก", its stem uncertain (exam16b's leftover).
    # A stem asking which came first or last ("ข้อใดเกิดขึ้นก่อนสุด") says nothing but the order:
    # like a topicless stem, its choices carry the events, and the dates decide.
    beside_topic = (
        not negative
        and not free
        and scoring.stem_verdict != ANSWERED
        and not mention_stem(stem)
        and not order_asked(stem)
        and not sequence_asked(stem, choices)
    )
    return Facts(
        index,
        scoring,
        cfg,
        unit_index(index, cfg),
        stem,
        choices,
        negative,
        free,
        content,
        scoring.references,
        scoring.claims,
        scored,
        list(scoring.homes),
        list(scoring.queries),
        scoring.matched,
        beside_topic,
    )


def _said_against(f: Facts) -> list[Support]:
    """The choices' supports, scores scaled (cfg.contradicted_share) where said against.

    A choice the documents say with the opposite polarity is not what they say (polarity.py),
    nor one whose words they say with another year (years.py). So is a statement whose
    sentence gives another year or place (claims.py), under a content-free stem. Under a stem
    with a topic, claims decide only "none of the above" (free.py): the year nearest a claim's
    words may date the event before it in a sentence that dates two ("… 22 – 23 พฤศจิกายน ค.ศ.
    2017 ที่จังหวัดภูเก็ต และการประชุมเชิงปฏิบัติการ … 11-13 สิงหาคม ค.ศ. 2018"), and the workshop's
    own date lost its score to the other's.

    A stem that dates what it asks about is answered by a sentence of that date: a choice
    found in a sentence that dates another year names something else (claims.dated_otherwise).
    (Not a negative stem's: the choices it asks to tell apart are the ones not so dated. Not
    a section choice's: its section's sentence says the stem's subject, whatever its date.)"""
    cfg, claims, content = f.cfg, f.claims, f.content
    dated = not f.negative and not f.free and not f.scoring.sectors
    years = frozenset(u for u in f.scoring.topic if year_unit(u)) if dated else frozenset()
    return [
        replace(s, score=s.score * cfg.contradicted_share)
        if s.contradicted
        or s.other_year
        or (f.free and claims and claims[i] and claims[i].other_value)
        or (i in content and dated_otherwise(f.ui, s, years))
        else s
        for i, s in enumerate(f.scored)
    ]
