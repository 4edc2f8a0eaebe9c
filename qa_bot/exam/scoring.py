"""What the corpus says of each choice of an exam (`score_choices` → `Scoring`): read once, so
that the verdict's own settings can be varied without scoring again."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from ..config import DEFAULT, ExamConfig, RetrievalConfig
from ..store import Index
from ..text import embedding_text
from ..types import ANSWERED, NOT_FOUND
from .bare_ordinals import ordinal_choices
from .binding import claim_dated_in_clause, claim_paired_otherwise
from .choice_text import is_claim
from .claims import Claim, best_claim, sentence_text
from .glosses import thai_glosses
from .matching import UnitIndex, unit_index, unit_weights
from .names import thai_names
from .none import topic_claims
from .parse import content_free, is_negative, judges_truth, mention_stem, positive_form
from .references import choice_references
from .roles import claim_placed_otherwise
from .score import matched_topic, passages_read, support_of_choices
from .sectors import sector_choices, sector_otherwise, sector_supports
from .support import Query, Support, choice_queries


@dataclass(frozen=True)
class Scoring:
    """What the corpus says of each choice (`score_choices`): everything the verdict
    (decide.verdict) reads, so that the verdict's own settings can be varied without scoring again
    (bench/exam_cv.py fits them within folds)."""

    stem: str
    choices: tuple[str, ...]
    sections: Collection[tuple[str, int]] | None
    query_vector: np.ndarray | None  # the stem's embedding the scoring used
    stem_in_scope: bool
    references: dict[int, frozenset[int]]  # choices about choices (choice_references)
    supports: tuple[Support, ...]  # each choice's best place for the stem
    homes: tuple[Support | None, ...]  # where the corpus says it whatever the stem
    queries: tuple[Query | None, ...]  # each ordinary choice's units
    matched: tuple[str, ...]  # each choice as matched (names and glosses in Thai)
    claims: tuple[Claim | None, ...] = ()  # under a content-free stem, each ordinary choice's
    # best sentence (claims.py), marked said otherwise also by its clauses (`claims_otherwise`)
    sectors: bool = False  # the choices name the documents' sections (sectors.py)
    stem_verdict: str = ANSWERED  # the scope judge's verdict on the stem alone
    topic: dict[str, float] = field(default_factory=dict)  # the stem's topic units and their
    # weights, as matched (score.matched_topic): its years date the sentence asked about, and
    # under a stem not answered what a pick must be said beside
    false_statement: bool = False  # the stem asks which statement is false
    # (`false_statement_asked`): read once here, by the claims and by the verdict

    @property
    def content(self) -> list[int]:
        """The ordinary choices (not about other choices)."""
        return [i for i in range(len(self.choices)) if i not in self.references]


def score_choices(
    index: Index,
    stem: str,
    choices: list[str],
    sections: Collection[tuple[str, int]] | None = None,
    query_vector: np.ndarray | None = None,
    stem_verdict: str = ANSWERED,
    config: ExamConfig = DEFAULT.exam,
    retrieval: RetrievalConfig = DEFAULT.retrieval,
) -> Scoring:
    """Each choice scored by the corpus (the arguments as `decide` takes them)."""
    cfg = config
    stem_in_scope = stem_verdict != NOT_FOUND
    negative = is_negative(stem)
    if content_free(stem):
        # "ข้อใดถูก", "Which is right?": the stem says nothing the choices are about, so its
        # embedding points nowhere in particular; each choice is judged by what the documents
        # say of it alone (every place counts; choices the corpus cannot judge in its words
        # are read whole as claims by the embedding: score.support_of_choices).
        query_vector = None
    elif negative:
        # Where the true choices are is where the stem without its negation points: the
        # embedding does not negate ("Which isn't a sub-area of …" ~ "… a sub-area of …").
        query_vector = index.embedder.encode_queries([embedding_text(positive_form(stem))])[0]
    elif query_vector is None:
        query_vector = index.embedder.encode_queries([embedding_text(stem)])[0]
    references = choice_references(choices)
    false_statement = false_statement_asked(stem, choices)
    content = [i for i in range(len(choices)) if i not in references]
    content_texts = [choices[i] for i in content]
    supports: list[Support] = [Support(0.0)] * len(choices)
    homes: list[Support | None] = [None] * len(choices)
    queries: list[Query | None] = [None] * len(choices)
    ui = unit_index(index, cfg)
    # What each choice is matched as: its names in the Thai the passages write ("Chai Nat" →
    # ชัยนาท); the embedding reads it as typed.
    matched = list(choices)
    # Choices that name the documents' sections ("… อยู่ในความร่วมมือด้านใด ก. การศึกษา …"): each
    # said by the sentence of its sections that says the stem's subject (sectors.py).
    sectors = None if content_free(stem) else sector_choices(index, stem, content_texts)
    topic: dict[str, float] = {}
    if content_texts:
        read = passages_read(index, ui, stem, content_texts, sections, query_vector, cfg, retrieval)
        topic = unit_weights(ui, matched_topic(index, stem, read))
        # A bare "33" under "… ครั้งใด" is matched as "ครั้งที่ 33" (bare_ordinals.py).
        judged = thai_glosses(thai_names(ordinal_choices(stem, content_texts), read), read, index)
        if sectors is not None:
            found = sector_supports(index, ui, stem, read, sectors, query_vector, cfg)
            places: list[Support | None] = [None] * len(found)
        else:
            found, places = support_of_choices(
                index,
                stem,
                judged,
                sections,
                query_vector,
                cfg,
                retrieval,
                stem_in_scope,
                read=read,
                as_typed=content_texts,
            )
        queries_of = choice_queries(ui, judged, content_texts)
        rows = list(zip(judged, found, places, queries_of, strict=True))
        if mention_stem(stem) and judged != content_texts:
            # Whether the documents mention a choice: as typed counts too, where they write it
            # so ("Persons with Disabilities", a bracketed English name, beside "คนพิการ";
            # glossed, "คน with disabilities" is found nowhere whole).
            typed, typed_places = support_of_choices(
                index, stem, content_texts, sections, None, cfg, retrieval, stem_in_scope, read=read
            )
            queries_typed = choice_queries(ui, content_texts)
            as_typed = zip(content_texts, typed, typed_places, queries_typed, strict=True)
            rows = [
                t if t[1].coverage > row[1].coverage else row
                for row, t in zip(rows, as_typed, strict=True)
            ]
        for i, (text, support, home, query) in zip(content, rows, strict=True):
            supports[i], homes[i], queries[i], matched[i] = support, home, query, text
    claims: list[Claim | None] = []
    if content_texts and content_free(stem):
        # Each choice is a statement of its own: judged within one sentence (claims.py), all of
        # its words at their own weight. The units every choice shares weigh less in scoring
        # (they cannot tell the choices apart), but a claim is said only where all of it is:
        # "การประชุมสุดยอดครั้งที่ 31 จัดที่สิงคโปร์" is not said by the sentence on the 32nd
        # summit at สิงคโปร์ (FRESH13 §6: share 0.82 with "31" at a fifth of its weight, 0.59
        # at its own).
        claims = [None] * len(choices)
        for i in content:
            if queries[i] is not None:
                whole = choice_queries(ui, [matched[i]])[0]
                claim = best_claim(read, whole, matched[i], ui)
                if (
                    claim.other_value
                    and claim.passage is not None
                    and claim_dated_in_clause(ui, claim.passage, claim.sentence, matched[i])
                ):
                    # Dated by the year nearest its words in a sentence that dates two events,
                    # but said whole, year and place, by its own clause (binding.py).
                    claim = replace(claim, other_value=False)
                claims[i] = claim
    elif content_texts and (any(not refs for refs in references.values()) or false_statement):
        claims = topic_claims(index, ui, read, stem, matched, queries, content, cfg)
    return Scoring(
        stem,
        tuple(choices),
        sections,
        query_vector,
        stem_in_scope,
        references,
        tuple(supports),
        tuple(homes),
        tuple(queries),
        tuple(matched),
        claims_otherwise(index, ui, claims, matched),
        sectors is not None,
        stem_verdict,
        topic,
        false_statement,
    )


def false_statement_asked(stem: str, choices: Sequence[str]) -> bool:
    """Whether a negative stem with a topic asks which statement about it is false ("ข้อใดไม่
    ถูกต้องเกี่ยวกับคลังเก็บสิ่งของ …", "Which statement about the warehouse is NOT correct?",
    parse.judges_truth) and every ordinary choice is a statement (`is_claim`): each choice with
    the topic is then a claim (claims.py), and the one the documents say with another place,
    year, number or filler is the false one (`said_otherwise_alone`)."""
    references = choice_references(choices)
    content = [c for i, c in enumerate(choices) if i not in references]
    return (
        is_negative(stem)
        and not content_free(stem)
        and judges_truth(stem)
        and len(content) >= 2
        and all(is_claim(c) for c in content)
    )


def claims_otherwise(
    index: Index, ui: UnitIndex, claims: Sequence[Claim | None], matched: Sequence[str]
) -> tuple[Claim | None, ...]:
    """The claims (as score_choices finds them; matched: the choices as matched), each said
    otherwise too where its sentence, with the ones beside it, gives its subject and its value
    in two clauses that each relate their own (binding.claim_paired_otherwise: a false statement
    made by pairing one clause's subject with the other's value, NOTE21 Left 1), where it places
    its event at a place they neither write nor give it, placing it elsewhere (roles.
    claim_placed_otherwise), or where it names a field of cooperation its sentence's section is
    not (sectors.sector_otherwise).
    Computed once with the scoring: no deciding setting of `verdict` changes it."""
    return tuple(
        replace(claim, other_value=True)
        if claim is not None
        and claim.passage is not None
        and not claim.other_value
        and (
            claim_paired_otherwise(ui, claim.passage, claim.sentence, matched[i])
            or claim_placed_otherwise(claim, matched[i])
            or sector_otherwise(
                index, matched[i], claim.passage, sentence_text(claim.passage, claim.sentence)
            )
        )
        else claim
        for i, claim in enumerate(claims)
    )
