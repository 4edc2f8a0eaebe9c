"""The closest choice of an exam whose verdict picks none.

The verdict (decide.verdict) picks no choice when the documents support none (every choice
near nothing, exam.support.is_supported) or when its rules set every supported one aside: under
"ข้อใดกล่าวถูก" every claim said with another year or place (claims.other_value: a long sentence
that dates two meetings gives the workshop of 2018 the conference's 2017 as its nearest year),
under a stem not covered every choice said away from its topic. An exam still asks for one
answer, and the scores still rank the choices: the best-scored (under a negative stem the least
scored, as `decide.pick` reads one) is the closest, kept as the index with Choice.closest_only,
never decided. The answer's verdict and its wording stay those of no choice supported
(scope.exam_verdict's none_supported, wording.PICK_NONE): the documents do not say it.

Over the 767 pooled exams (e0eb3e6) the verdict picked none for 6 answerable ones; the closest is
the key for 4 of them (a Thai topicless stem whose four claims were all set aside, two Thai
purpose stems whose every choice scored below ExamConfig.weak_support, an English stem judged
not found), and for none of the 49 out-of-scope exams is any pick decided.
"""

from __future__ import annotations

from collections.abc import Sequence

from .support import Support


def closest_choice(
    scores: Sequence[float],
    supports: Sequence[Support],
    content: Sequence[int],
    negative: bool,
    weak: float,
) -> int | None:
    """The closest ordinary choice (content: indices into both sequences): the best-scored of
    the verdict's scores (the least under a negative stem), which count the choices a rule set
    aside as said against, when the best of them reaches weak (ExamConfig.weak_support: a choice
    no rule set aside is supported); otherwise the best of the scores before any rule (supports:
    Support.score), every choice being near nothing or set aside alike. None when no choice
    scored above 0, or another scored as well (equal scores rank nothing)."""
    shown = {i: scores[i] for i in content}
    if not shown:
        return None
    if max(shown.values()) < weak:
        shown = {i: supports[i].score for i in content}
    if max(shown.values()) <= 0:
        return None
    best = (min if negative else max)(shown.values())
    found = [i for i, score in shown.items() if score == best]
    return found[0] if len(found) == 1 else None
