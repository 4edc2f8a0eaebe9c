"""Ties and the plain pick: the best-scored choice (the least under a negative stem), the
choices within noise of it, and scores set aside as said of something else."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from ..config import DEFAULT, ExamConfig
from .deliberation import Deliberation, Facts
from .score import is_supported
from .support import Support

# Two choices within ExamConfig.tie_margin (0.02 score units) are a tie: of the 281 pooled exam
# items, the 8 picked by less are right 3 times, no better than a coin (bench/exam_cv.py).
TIE_MARGIN = DEFAULT.exam.tie_margin


def pick(supports: Sequence[Support], negative: bool, cfg: ExamConfig = DEFAULT.exam) -> int | None:
    """The best-supported choice, or for a negative stem the least; None when none is supported.

    With nothing in the corpus behind any choice the question is not about the corpus, and
    the least supported of four unsupported choices means nothing either.
    """
    if not any(is_supported(s, cfg) for s in supports):
        return None
    scores = [s.score for s in supports]
    return int(np.argmin(scores)) if negative else int(np.argmax(scores))


def tied_with(
    scores: Sequence[float],
    chosen: int | None,
    exclude: Collection[int],
    margin: float = TIE_MARGIN,
) -> list[int]:
    """The other ordinary choices whose score is within margin (score units) of the chosen
    one's (ExamConfig.tie_margin)."""
    if chosen is None or chosen in exclude:
        return []
    return [
        i
        for i, score in enumerate(scores)
        if i != chosen and i not in exclude and abs(score - scores[chosen]) < margin
    ]


def set_aside(scores: Sequence[float], aside: Collection[int], share: float) -> list[float]:
    """scores with those of the choices aside (indices) scaled by share (ExamConfig.
    contradicted_share) and rounded as shown: a pick bound elsewhere keeps the shown scores in
    agreement with it."""
    return [round(score * share, 4) if i in aside else score for i, score in enumerate(scores)]


def scores_and_ties(f: Facts, st: Deliberation) -> None:
    """The scores shown (a choice about choices scores as its weakest named choice), the
    choices tied with the pick, whether "none of the above" is picked, and whether even the
    best choice is near nothing (cfg.weak_support)."""
    cfg, supports, content, references = f.cfg, st.supports, f.content, f.references
    chosen = st.chosen
    for i, refs in references.items():
        # A choice about choices scores as its weakest named choice ("none": nothing to say).
        supports[i] = Support(min((supports[j].score for j in refs), default=0.0))
    st.scores = scores = [round(s.score, 4) for s in supports]
    if st.in_order and chosen is not None and (chosen not in references or chosen == st.in_year):
        # What the dates leave open is undecided, whatever the scores say.
        st.tied = [i for i in st.in_order if i != chosen]
    elif st.counted is not None and chosen == st.counted:
        # No choice's count is written: the scores are all near nothing, the list decides.
        st.tied = []
    else:
        st.tied = tied_with(scores, chosen, references, cfg.tie_margin)
    # Near nothing: when even the best choice is barely supported, the choices are all within
    # noise of nothing and of each other; the verdict says so (tied) and stays the stem's.
    # "ไม่มีข้อใดถูก" / "None of the above" picked because the documents make no choice true is
    # just that case, not noise: no choice said is what it says.
    st.none_picked = chosen is not None and chosen in references and not references[chosen]
    st.weak = (
        chosen is not None
        and not st.none_picked
        and chosen != st.in_year  # the document's own date decided it, not the scores
        and chosen != st.counted  # … or its own list
        and max((scores[i] for i in content), default=0.0) < cfg.weak_support
    )
    if st.weak:
        st.tied = [i for i in content if i != chosen]


def best_of_tied(f: Facts, st: Deliberation) -> None:
    """Undecided: `index` is the best-scored of the choices tied (the least under a negative
    stem), as the JSON contract says, and `tied` the others (FRESH14 §2: "none of the above"
    at 0.000 was the index with three real choices tied)."""
    if not st.tied or st.chosen is None:
        return
    group = [st.chosen, *st.tied]
    best = (min if f.negative else max)(group, key=lambda i: st.scores[i])
    if st.scores[best] != st.scores[st.chosen]:
        st.chosen, st.tied = best, [i for i in group if i != best]
        st.none_picked = st.chosen in f.references and not f.references[st.chosen]
