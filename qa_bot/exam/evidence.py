"""The evidence an exam verdict shows for each choice: where the corpus says it (the place that
decided the pick; for a distractor, the place that says most of it), within the section shown
the sentence that says most of it; a bare number shown only in the pick's section."""

from __future__ import annotations

from ..types import Hit
from .deliberation import Deliberation, Facts
from .matching import query_form
from .score import choice_half, evidence_hit, named_place


def shown_evidence(f: Facts, st: Deliberation) -> list[Hit | None]:
    """One hit per choice (None for a choice about choices, or a bare number outside the pick's
    section), the pick's marked chosen."""
    cfg, ui, chosen = f.cfg, f.ui, st.chosen
    evidence: list[Hit | None] = []
    for i, (support, home, query) in enumerate(zip(st.supports, f.homes, f.queries, strict=True)):
        if query is None:
            evidence.append(None)
            continue
        # A choice the stem's context does not carry is shown where the corpus says it: for a
        # distractor that is the other sector it belongs to. The chosen answer of a positive
        # stem keeps the place that decided it.
        deciding = i == chosen and not f.negative
        place = support
        if home is not None and home.coverage > support.coverage and not deciding:
            place = home
        half = choice_half(len(query_form(f.matched[i])), cfg)
        # Shown in the sentence that says it: within the section shown, the place that says
        # more of the choice than the scored one (FRESH7 #10).
        named = named_place(f.index, ui, place, query, half)
        if named.passage is not None and named.coverage > place.coverage:
            place = named
        evidence.append(evidence_hit(ui, i + 1, place, query, half, i == chosen))
    picked = evidence[chosen] if chosen is not None else None
    for i, query in enumerate(f.queries):
        # A choice that is a bare number ("2560", "15") says nothing by itself: where the
        # documents write it outside the section of the pick's evidence is no evidence of it
        # (FRESH14 §2: ปีแห่งวัฒนธรรมอาเซียน's "2560" was shown with the marine-debris passage,
        # which dates another meeting 2017).
        hit = evidence[i]
        if (
            hit is not None
            and i != chosen
            and query is not None
            and all(u.startswith("#") for u in query.weights)
            and (
                picked is None
                or (hit.document, hit.section_id) != (picked.document, picked.section_id)
            )
        ):
            evidence[i] = None
    return evidence
