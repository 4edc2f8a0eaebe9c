"""Exams with a choice about the others ("ถูกทุกข้อ" / "all of the above", "ไม่มีข้อใดถูก" / "none
of the above", "ก และ ค"): which ordinary choices the documents make true, and the choice about
them that says exactly that."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import DEFAULT, ExamConfig
from .choice_text import read_whole, sentence_key
from .deliberation import Deliberation, Facts
from .score import is_supported
from .support import Support
from .ties import pick
from .topic import TOPIC_SHARE, topic_share


# A content choice is counted as true alongside the best one when it scores at least
# ExamConfig.all_supported_share of it: on our exam sets (bench/exam_accuracy.py items), the
# three true choices of negative items reach 0.5 together in 0.88 of items, the right choice
# with two distractors in 0.06 (commit 3da84f8; bench/exam_cv.py fits the share within folds).
def true_choices(
    supports: Sequence[Support],
    content: Sequence[int],
    negative: bool,
    cfg: ExamConfig = DEFAULT.exam,
) -> set[int]:
    """The ordinary choices the corpus makes true for the stem: supported, and close to the best
    one (cfg.all_supported_share); for a negative stem, the ones it does not support."""
    best = max((supports[i].score for i in content), default=0.0)
    said = {
        i
        for i in content
        if is_supported(supports[i], cfg) and supports[i].score >= cfg.all_supported_share * best
    }
    if not negative and said_together(supports, content, cfg):
        said = set(content)
    return set(content) - said if negative else said


def said_together(
    supports: Sequence[Support], content: Sequence[int], cfg: ExamConfig = DEFAULT.exam
) -> bool:
    """Whether every ordinary choice (two at least) is found at its best in one passage, each
    as much as evidence is shown for (cfg.evidence_coverage): the list the documents give where
    the stem is ("… ได้แก่ การให้ทุนการศึกษา การแลกเปลี่ยนนักศึกษา และการเสริมสร้างความร่วมมือ
    ด้านการวิจัย"), every item of which the stem asks for, however unevenly each scores.

    The share of the best score (cfg.all_supported_share) reads "all of the above" in Thai,
    where each item is matched whole; an English choice is matched by the Thai of its words,
    some of which the text words otherwise ("Research cooperation" as วิจัย with "cooperation"
    unmatched scored 0.13 beside 0.81), so its score says less than its place. On the pooled
    exam items whose key is "all of the above" every ordinary choice's best place is one
    passage; of those whose key is an ordinary choice, none (bench/exam_cv.py). Two of them at
    least are found in the documents' words: English words the text cannot judge are placed by
    the embedding, which puts any adjectives near a list of qualities."""
    if len(content) < 2:
        return False
    found = [supports[i] for i in content]
    if any(s.passage is None for s in found):
        return False
    whole = [
        s.in_words and is_supported(s, cfg) and s.coverage >= cfg.evidence_coverage for s in found
    ]
    if sum(whole) < 2:
        return False  # the embedding alone puts one-word choices together (a sector's list)
    read = {sentence_key(s) for s in found if s.in_words}
    if len(read) == 1 and None not in read and len({s.passage.id for s in found if s.passage}) == 1:
        # Every choice the text's words place at its best in one sentence: the list itself
        # ("… ส่งผลกระทบในวงกว้างต่อภาคเศรษฐกิจ อุตสาหกรรม และการท่องเที่ยว"), two of its items at
        # least found whole. One found there in part (a Thai item the text words otherwise,
        # "การดูแลสารเคมีและขยะของเสีย" for "การจัดการสารเคมีและของเสีย") is an item of the same
        # list; one the text cannot read (an English word left unglossed, "tourism") is placed
        # by the embedding alone, within the passage but not to the sentence: the passage's.
        return True
    if any(s.coverage < cfg.evidence_coverage for s in found):
        return False
    return len({s.passage.id for s in found if s.passage is not None}) == 1


def pick_with_references(
    supports: Sequence[Support],
    references: dict[int, frozenset[int]],
    negative: bool,
    stem_in_scope: bool = True,
    cfg: ExamConfig = DEFAULT.exam,
) -> int | None:
    """pick() over the ordinary choices, unless a choice about them says exactly which of them
    are true ("ถูกทุกข้อ" when all are, "ไม่มีข้อใดถูก" when none is, "ก และ ค").

    "None of them" needs a stem the document is about: otherwise the question is not about the
    document at all, and no choice is picked (as without such a choice).
    """
    content = [i for i in range(len(supports)) if i not in references]
    if references and content:
        supported = any(is_supported(supports[i], cfg) for i in content)
        true = true_choices(supports, content, negative, cfg) if supported else set()
        if negative and not supported:
            true = set(content)
        for i, refs in references.items():
            if refs and set(refs) == true:
                return i
        for i, refs in references.items():
            if not refs and not true and stem_in_scope:
                return i
    picked = pick([supports[i] for i in content], negative, cfg)
    return content[picked] if picked is not None else None


def none_shown(f: Facts, st: Deliberation) -> None:
    """ "ไม่มีข้อใดถูก" / "None of the above" is what the documents say of the stem's topic, as
    strongly as they speak of it; every ordinary choice they say otherwise or not at all
    counts as said against, so that the scores shown agree with the pick (FRESH17 B01–B06:
    ► on 0.000 under choices of 0.3–0.6)."""
    if not st.none_picked or f.negative or st.tied:
        return
    content, share = f.content, f.cfg.contradicted_share
    top = round(max((f.scoring.supports[i].score for i in content), default=0.0), 4)
    st.scores = [
        top if i == st.chosen else round(s * share, 4) if i in content else s
        for i, s in enumerate(st.scores)
    ]


def all_beside_topic(f: Facts, st: Deliberation) -> None:
    """ "All of the above" (ถูกทุกข้อ) under a positive stem with a topic, when the text reads
    every ordinary choice whole (choice_text.read_whole) and says each beside the stem's topic
    (topic.topic_share, at least TOPIC_SHARE) about as much as the others (at least
    cfg.all_supported_share of the most): the documents say each of them of what the stem
    asks, however unevenly each choice's own words score, and wherever each is said. "ข้อใดเป็น
    สิ่งที่ไทยวางแผนจะทำในปี 2562 ช่วงที่เป็นประธานอาเซียน": a training centre (social welfare), the
    2nd ASCN meeting (the overview) and ACAI (the elderly), each in a sentence that writes "ไทย …
    ประธานอาเซียน ปี 2562", the last scored 0.28 beside 0.73 (FRESH26 K5: one of them picked sure).
    Of the pooled exams with an "all of the above" whose key is one choice, those with every
    choice read whole have one said far less beside the topic (0.04–0.05 beside 0.64–0.99)."""
    if f.negative or f.free or len(f.content) < 2:
        return
    every = [i for i, refs in f.references.items() if refs and set(refs) == set(f.content)]
    if len(every) != 1 or st.chosen == every[0]:
        return
    # As counted so far: a choice said against (another year, place or role) is not read as said.
    found = st.supports
    if not all(read_whole(found[i], f.queries[i], f.cfg) for i in f.content):
        return
    shares = [topic_share(f.ui, found[i], f.scoring.topic) for i in f.content]
    if min(shares) >= max(TOPIC_SHARE, f.cfg.all_supported_share * max(shares)):
        st.chosen = every[0]
