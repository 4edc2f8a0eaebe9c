"""Settings as frozen dataclasses, passed in (`QABot.load(..., config=...)`), not module globals
that benches patch. A bench that tries another value builds a config with `dataclasses.replace`.

Every default says where it comes from. Only figures recorded in bench/RESULTS.md are cited;
a default with no sweep recorded there says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ExamConfig:
    """Exam mode (qa_bot/exam/): how each choice is scored, picked and shown.

    Distances are in reading positions (characters of the folded text, a character inside
    parentheses counting PARENTHESIS_STEP); shares and scores are in 0..1. Tuned together on
    eval/exam.jsonl and eval/exam_more.jsonl; bench/RESULTS.md records the resulting exam
    accuracy (cross-validation entry of 2026-11-29: exam 0.975, exam_more 0.982, dev2 0.867),
    not a sweep of each value.
    """

    # --- where a choice is looked for (cost; bench/RESULTS.md "Scale" 2026-11-26 03:03 UTC:
    # exam question p50/p95 176/254 ms at 1,000 passages, 263/382 ms at 100,000) ---
    scan_all_passages: int = 100  # up to this many passages every one is read; beyond, those
    # that retrieval finds for the stem and for each choice
    candidates_per_query: int = 8  # passages retrieved per query beyond scan_all_passages
    rarity_sentences: int = 2_000  # unit rarity counted over at most this many sentences
    # --- matching units (no sweep recorded) ---
    parenthesis_step: float = 0.15  # reading distance of a character inside (...)
    idf_power: float = 1.5  # a word weighs its rarity to this power
    stopword_weight: float = 0.2  # a Thai stop word (ที่, เป็น, ใช้ …) says little
    # --- scoring a place (no sweep recorded) ---
    grid_step: float = 6  # distance between the centres tried in a passage
    choice_half: float = 0.6  # × the choice's length: where its units count fully
    choice_slack: float = 10.0  # added to that stretch
    choice_decay: float = 30.0  # how fast a choice's units count less beyond it
    stem_decay: float = 120.0  # how fast the stem's units count less away from the choice
    wrong_side: float = 0.6  # stem units after the choice, when the stem ends in its question
    other_sector: float = 0.7  # context × this outside the sections the stem names
    stem_local: float = 0.5  # the stem's words near the choice …
    stem_passage: float = 0.3  # … anywhere in its passage …
    stem_section: float = 0.2  # … anywhere in its section
    coherence_power: float = 1.0  # score = coverage × coherence^this × context^context_power
    context_power: float = 1.0
    dense_share: float = 0.3  # share of the context that is the stem's embedding closeness
    order_mix: float = 0.5  # share of the coverage that must come in the choice's word order
    order_points: int = 3  # centres per passage whose word order is checked
    shared_unit_weight: float = 0.2  # units every choice has cannot tell them apart
    # --- deciding (no sweep recorded) ---
    min_coverage: float = 0.6  # a choice is supported when this much of it is found together
    # (in-scope questions: the best choice ≥ 0.9; about things the corpus lacks: ≤ 0.35) …
    min_support: float = 0.02  # … with a score of at least this
    evidence_coverage: float = 0.45  # less of a choice found than this is shown as not found
    merge_share: float = 0.3  # a neighbouring sentence saying this much of it joins the evidence
    all_supported_share: float = 0.5  # a choice counts as true beside the best one at this
    # share of its score ("all of the above"; measured on our exam items in commit 3da84f8,
    # not recorded in bench/RESULTS.md)
    tie_margin: float = 0.02  # two choices this close (score units) are a tie (as above)


@dataclass(frozen=True)
class Config:
    """All settings of one bot. Retrieval, scope and sentence settings still live in
    search.py, scope.py and answer.py (their owners are changing them now)."""

    exam: ExamConfig = field(default_factory=ExamConfig)


DEFAULT = Config()
