"""The verdict's working state between its steps (decide.verdict): what it reads of a scoring
once (`Facts`) and what the steps decide one after another (`Deliberation`: the pick, its ties,
the scores shown). Each step module (all_none, aside, negative, dated, ties, free, bound,
decided, evidence) reads Facts and moves a Deliberation."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..config import ExamConfig
from ..store import Index
from .claims import Claim
from .matching import UnitIndex
from .scoring import Scoring
from .support import Query, Support


@dataclass(frozen=True)
class Facts:
    """What every step of the verdict reads and none changes."""

    index: Index
    scoring: Scoring
    cfg: ExamConfig
    ui: UnitIndex
    stem: str
    choices: list[str]
    negative: bool  # parse.is_negative of the stem
    free: bool  # a content-free stem (parse.content_free: "ข้อใดถูก")
    content: list[int]  # the ordinary choices (not about other choices)
    references: dict[int, frozenset[int]]  # choices about choices (references.py)
    claims: tuple[Claim | None, ...]  # Scoring.claims
    # The choices' supports marked said against (roles, ordinals, one value twice), their
    # scores not yet scaled (none.py reads them so).
    scored: list[Support]
    homes: list[Support | None]
    queries: list[Query | None]
    matched: tuple[str, ...]
    # A positive stem with a topic the scope judge does not find answered: a pick must be said
    # beside what it asks about (aside.py, decided.py).
    beside_topic: bool


@dataclass
class Deliberation:
    """What the verdict's steps have decided so far; each step reads and moves it."""

    supports: list[Support]  # each choice's support, scores scaled where said against
    chosen: int | None = None  # the pick (an index of Scoring.choices)
    scores: list[float] = field(default_factory=list)  # the scores shown (rounded, 4 places)
    tied: list[int] = field(default_factory=list)  # choices the documents do not tell apart from it
    weak: bool = False  # even the best choice barely supported (ExamConfig.weak_support)
    none_picked: bool = False  # "none of the above" picked
    aside: set[int] = field(default_factory=set)  # set aside as said of something else
    in_order: list[int] | None = None  # the choices the dates leave possible (order.py)
    in_year: int | None = None  # the choice the document's date for the stem's meeting holds
    counted: int | None = None  # the choice the stem's list's count is (counting.py)
    counted_named: bool = False  # … the list found in the text's words
    alone: set[int] | None = None  # under a content-free stem: the choices said (or unsaid)
    unread_odd: bool = False  # the section rule's pick placed by the embedding alone
    odd_pick: int | None = None  # the section rule's pick (negative.odd_sector)
    moved: bool = False  # moved to a choice said beside the stem's topic (aside.py)
