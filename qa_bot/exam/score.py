"""How strongly the corpus supports each choice where the stem's topic is."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..answer import hit_at
from ..config import DEFAULT, ExamConfig, RetrievalConfig
from ..search import allowed_passages, retrieve
from ..store import Index
from ..text import embedding_text, is_content_word, is_thai, tokenize
from ..types import Hit
from .agency import said_jointly
from .glosses import thai_glosses
from .matching import (
    PassageUnits,
    UnitIndex,
    query_form,
    section_units,
    thai_months,
    unit_index,
    unit_weights,
)
from .names import with_thai_names
from .neutral import (
    about_the_documents,
    blend,
    claim_closeness,
    claim_support,
    foreign_share,
    in_its_sector,
    neutral_support,
    retrieved,
)
from .parse import (
    answer_follows_stem,
    content_free,
    is_negative,
    mention_stem,
    named_sections,
    positive_form,
    stem_topic,
)
from .polarity import contradicts, stem_negation
from .support import Query, Support, choice_queries, make_query
from .years import other_year

# --- scoring --------------------------------------------------------------------------------


def _nearest(grid: np.ndarray, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distance from each grid point to the nearest position at or before it, and after it."""
    slot = np.searchsorted(positions, grid, side="right")
    last = len(positions) - 1
    before = np.where(slot > 0, grid - positions[np.maximum(slot - 1, 0)], np.inf)
    after = np.where(slot <= last, positions[np.minimum(slot, last)] - grid, np.inf)
    return before, after


def _near(distance: np.ndarray, half: float, decay: float) -> np.ndarray:
    """1 within half of a centre, then falling off exponentially (decay: choice_decay)."""
    return np.exp(-np.maximum(distance - half, 0.0) / decay)


def _ordered_share(
    pu: PassageUnits, choice: Query, centre: float, half: float, cfg: ExamConfig
) -> float:
    """The weighted share of the choice found around centre in the choice's own order.

    The heaviest chain of its units whose positions increase as they do in the choice (a
    weighted longest increasing subsequence over every occurrence within reach): a statement
    made of true pieces in the wrong relation ("X signed by Y" where the text says "Y … and X
    signed by Z") keeps its words but loses their order.
    """
    forward = _ordered_chain(pu, choice, centre, half, cfg, reverse=False)
    if not choice.reordered:
        return forward
    return max(forward, _ordered_chain(pu, choice, centre, half, cfg, reverse=True))


def _ordered_chain(
    pu: PassageUnits, choice: Query, centre: float, half: float, cfg: ExamConfig, reverse: bool
) -> float:
    """_ordered_share's chain, its units in the choice's order or (reverse) with its words in
    the opposite order (Query.reordered)."""
    items: list[tuple[float, int, float]] = []
    for rank, (unit, weight) in enumerate(choice.weights.items()):
        rank = choice.reordered[rank] if reverse else rank
        positions = pu.positions.get(unit)
        if positions is None:
            continue
        reach = _near(np.abs(positions - centre), half, cfg.choice_decay)
        kept = reach > 0.05
        items.extend(
            (pos, rank, weight * near)
            for pos, near in zip(positions[kept].tolist(), reach[kept].tolist(), strict=True)
        )
    if not items:
        return 0.0
    # By position; at one position the later unit first, so no chain uses a position twice.
    items.sort(key=lambda item: (item[0], -item[1]))
    # Python floats, not a numpy row: the same float64 sums, without a numpy call per
    # occurrence (this loop was ~15 % of an exam's own time; cProfile, 2026-12-02).
    best = [0.0] * (max(len(choice.weights), max(choice.reordered, default=0) + 1) + 1)
    for _, rank, gain in items:
        value = gain + max(best[: rank + 1])
        if value > best[rank + 1]:
            best[rank + 1] = value
    return max(best) / choice.total


@dataclass(frozen=True)
class StemContext:
    """What the stem says around every point of one passage (the same for every choice)."""

    grid: np.ndarray  # reading positions of the centres tried
    context: np.ndarray  # 0..1 at each centre


def stem_context(
    sections: dict[tuple[str, int], frozenset[str]],
    pu: PassageUnits,
    stem: Query,
    half: float,
    answer_after: bool,
    named: set[tuple[str, int]],
    closeness: np.ndarray | None,
    cfg: ExamConfig,
) -> StemContext:
    """The stem's words near each centre, in the passage and in its section; its embedding's
    closeness to the sentence there; less outside the sections the stem names."""
    grid = np.arange(0, pu.length, cfg.grid_step, dtype=np.float64)
    if stem.total > 0:
        local = np.zeros(len(grid))
        in_passage = 0.0
        for unit, weight in stem.weights.items():
            positions = pu.positions.get(unit)
            if positions is None:
                continue
            in_passage += weight
            before, after = _nearest(grid, positions)
            near_before = 1.0 / (1.0 + np.maximum(before - half, 0.0) / cfg.stem_decay)
            near_after = 1.0 / (1.0 + np.maximum(after - half, 0.0) / cfg.stem_decay)
            if answer_after:
                near_after = near_after * cfg.wrong_side
            local += weight * np.maximum(near_before, near_after)
        section = sections[(pu.passage.doc_id, pu.passage.section_id)]
        in_section = sum(w for u, w in stem.weights.items() if u in section)
        context = (
            cfg.stem_local * local + cfg.stem_passage * in_passage + cfg.stem_section * in_section
        ) / stem.total
    else:
        context = np.zeros(len(grid))
    if closeness is not None and pu.passage.sentences:
        # The lexical context counts as far as the stem's words are the corpus's words: an
        # English stem over a Thai corpus is judged by the embedding alone.
        lexical = (1.0 - cfg.dense_share) * (stem.known / stem.total if stem.total > 0 else 0.0)
        folded = np.minimum(np.searchsorted(pu.reading, grid), len(pu.to_source) - 1)
        starts = np.asarray([a for a, _ in pu.passage.sentences])
        rows = np.searchsorted(starts, pu.to_source[folded], side="right") - 1
        rows = np.clip(rows, 0, len(starts) - 1)
        context = lexical * context + (1.0 - lexical) * closeness[pu.first_sentence_row + rows]
    elif stem.total <= 0:
        context = np.ones(len(grid))
    if named and (pu.passage.doc_id, pu.passage.section_id) not in named:
        context = context * cfg.other_sector
    return StemContext(grid, context)


def passage_support(
    pu: PassageUnits, around: StemContext, choice: Query, half: float, cfg: ExamConfig
) -> Support:
    """The best place for a choice in one passage: coverage × coherence × stem context."""
    grid = around.grid
    covered = np.zeros(len(grid))
    for unit, weight in choice.weights.items():
        positions = pu.positions.get(unit)
        if positions is not None:
            before, after = _nearest(grid, positions)
            covered += weight * _near(np.minimum(before, after), half, cfg.choice_decay)
    coverage = covered / choice.total
    context = around.context
    known = max(choice.known / choice.total, 1e-9)
    best = Support(0.0)
    rough = coverage ** (1 + cfg.coherence_power) * context**cfg.context_power
    for point in np.argsort(-rough, kind="stable")[: cfg.order_points]:
        if rough[point] <= 0:
            break
        ordered = _ordered_share(pu, choice, float(grid[point]), half, cfg)
        cover = (1 - cfg.order_mix) * coverage[point] + cfg.order_mix * min(
            ordered, coverage[point]
        )
        coherence = min(cover / known, 1.0)
        score = cover * coherence**cfg.coherence_power * context[point] ** cfg.context_power
        if score > best.score:
            pos = min(int(np.searchsorted(pu.reading, grid[point])), len(pu.to_source) - 1)
            best = Support(
                score=float(score),
                passage=pu.passage,
                source_pos=int(pu.to_source[pos]) if len(pu.to_source) else pu.passage.start,
                reading_pos=float(grid[point]),
                coverage=float(cover),
                coherence=float(coherence),
                context=float(context[point]),
            )
    return best


def choice_half(choice_length: float, cfg: ExamConfig) -> float:
    """Around a centre, the stretch (reading distance) where a choice's units count fully."""
    return cfg.choice_half * choice_length + cfg.choice_slack


def _upper_bound(pu: PassageUnits, choice: Query, cfg: ExamConfig) -> float:
    """No place in the passage can score more: coverage ≤ what the passage has, the rest ≤ 1."""
    present = sum(w for u, w in choice.weights.items() if u in pu.positions) / choice.total
    known = max(choice.known / choice.total, 1e-9)
    return present * min(present / known, 1.0) ** cfg.coherence_power


def passages_read(
    index: Index,
    ui: UnitIndex,
    stem: str,
    choices: Sequence[str],
    sections: Collection[tuple[str, int]] | None,
    stem_vector: np.ndarray | None,
    cfg: ExamConfig,
    retrieval: RetrievalConfig,
) -> list[PassageUnits]:
    """The passages worth reading: all of a small corpus, else those retrieval finds.

    Retrieval runs for the stem and for each choice (its words for BM25, "stem + choice" for
    the embedding), the choices encoded in one batch.
    """
    allowed = allowed_passages(index, sections)
    if len(allowed) <= cfg.scan_all_passages:
        return [ui.units_of(int(i)) for i in allowed]

    topic = stem_topic(stem)
    vectors = index.embedder.encode_queries([embedding_text(f"{topic} {c}") for c in choices])
    k = cfg.candidates_per_query
    found = retrieve(index, stem, k, sections, query_vector=stem_vector, config=retrieval)
    ids = {c.passage.id for c in found.candidates}
    for choice, vector in zip(choices, vectors, strict=True):
        found = retrieve(index, choice, k, sections, query_vector=vector, config=retrieval)
        ids.update(c.passage.id for c in found.candidates)
    return [ui.units_of(i) for i in sorted(ids)]


def sentence_rows(index: Index, candidates: Sequence[PassageUnits], cfg: ExamConfig) -> np.ndarray:
    """The rows of index.sentence_vectors an exam reads: all of a corpus small enough to read
    whole (cfg.scan_all_passages), else the sentences of the passages read."""
    if len(index.passages) <= cfg.scan_all_passages:
        return np.arange(len(index.sentence_vectors))
    offsets = index.sentence_offsets
    return np.concatenate(
        [np.arange(offsets[pu.passage.id], offsets[pu.passage.id + 1]) for pu in candidates]
        or [np.zeros(0, dtype=np.int64)]
    )


def sentence_closeness(
    index: Index, stem_vector: np.ndarray, candidates: Sequence[PassageUnits], cfg: ExamConfig
) -> np.ndarray:
    """The stem's cosine to every sentence, from its median (0) to its best sentence (1).

    Raw cosines of one model to one question sit in a narrow band; only their order matters.
    A corpus small enough to read whole is scored whole; a large one only in the passages read
    (their median: scoring 360 k sentences would cost more than the rest of the question).
    """
    rows = sentence_rows(index, candidates, cfg)
    if len(index.passages) <= cfg.scan_all_passages:
        cosines = index.sentence_cosines(stem_vector)
    else:
        cosines = index.sentence_vectors[rows].astype(np.float32) @ stem_vector
    closeness = np.zeros(len(index.sentence_vectors), dtype=np.float32)
    if len(rows):
        middle, top = float(np.median(cosines)), float(cosines.max())
        closeness[rows] = np.clip((cosines - middle) / max(top - middle, 1e-6), 0.0, 1.0)
    return closeness


def _best_place(
    candidates: Sequence[PassageUnits],
    query: Query,
    half: float,
    around: Callable[[int], StemContext],
    cfg: ExamConfig,
) -> Support:
    """The best-scored place of a choice among the candidates (around(i): passage i's context)."""
    best = Support(0.0)
    if query.total <= 0:
        return best
    bounds = [(_upper_bound(pu, query, cfg), i) for i, pu in enumerate(candidates)]
    for bound, i in sorted(bounds, reverse=True):
        if bound <= best.score:
            break  # sorted: no later passage can do better
        support = passage_support(candidates[i], around(i), query, half, cfg)
        if support.score > best.score:
            best = support
    return best


def stretch_support(
    ui: UnitIndex, candidates: Sequence[PassageUnits], weights: dict[str, float], half: float
) -> Support:
    """The place of the candidates that says most of a choice (its units' weights), whatever
    the stem: one tight stretch (half: `choice_half`), its score coverage × coherence."""

    def anywhere(i: int) -> StemContext:
        grid = np.arange(0, candidates[i].length, ui.config.grid_step, dtype=np.float64)
        return StemContext(grid, np.ones(len(grid)))

    return _best_place(candidates, make_query(ui, weights), half, anywhere, ui.config)


def label_words(text: str) -> frozenset[str]:
    """The content words of a section label or a choice, as headings are matched (lower case,
    the matching form: text.normalize)."""
    return frozenset(w for w in tokenize(query_form(text).lower()) if is_content_word(w))


def matched_topic(index: Index, stem: str, read: Sequence[PassageUnits]) -> str:
    """The stem's topic (parse.stem_topic) as matched: its everyday English words as the Thai
    the passages read write, as the choices' are (glosses.py; not the documents' bracketed
    terms), its months and names in Thai, so that its lexical context counts beside the
    embedding's."""
    topic = thai_glosses([stem_topic(stem)], read, index, pairs=False)[0]
    return with_thai_names(thai_months(topic), read)


def support_of_choices(
    index: Index,
    stem: str,
    choices: Sequence[str],
    sections: Collection[tuple[str, int]] | None,
    stem_vector: np.ndarray | None,
    cfg: ExamConfig = DEFAULT.exam,
    retrieval: RetrievalConfig = DEFAULT.retrieval,
    neutral_side: bool = True,
    read: Sequence[PassageUnits] | None = None,
    as_typed: Sequence[str] | None = None,
) -> tuple[list[Support], list[Support | None]]:
    """Each choice's best support for the stem and, when that place does not say the choice
    as a whole, the place that says most of it whatever the stem (where it belongs).

    stem and choices as `decide` takes them; sections (document id, section id) pairs or None;
    stem_vector the stem's embedding, shape (dim,), or None (lexical context only).
    neutral_side: choices in words the corpus cannot judge are also judged by the embedding
    (neutral.py): where the stem is (needs stem_vector), or under a content-free stem
    (parse.content_free, stem_vector None) each choice read whole as a claim
    (neutral.claim_support); False for a stem the documents are not about, whose choices the
    embedding would place somewhere all the same. read: the passages to read
    (`passages_read`'s, when the caller has them); as_typed: the choices as the embedding reads
    them, when choices are their matching forms (names.thai_names; default: choices).
    """
    ui = unit_index(index, cfg)
    answer_after = answer_follows_stem(stem)
    named = named_sections(index, stem)
    candidates = (
        list(read)
        if read is not None
        else passages_read(index, ui, stem, choices, sections, stem_vector, cfg, retrieval)
    )
    topic = matched_topic(index, stem, candidates)
    stem_query = make_query(ui, unit_weights(ui, topic))
    context_units = section_units(candidates)
    closeness = None
    if stem_vector is not None:
        closeness = sentence_closeness(index, stem_vector, candidates, cfg)
    lengths = [len(query_form(c)) for c in choices]
    stem_half = choice_half(sum(lengths) / max(len(lengths), 1), cfg)
    contexts: dict[int, StemContext] = {}

    def context_of(i: int) -> StemContext:
        """The stem's context in candidate passage i (computed once)."""
        if i not in contexts:
            contexts[i] = stem_context(
                context_units,
                candidates[i],
                stem_query,
                stem_half,
                answer_after,
                named,
                closeness,
                cfg,
            )
        return contexts[i]

    def anywhere(i: int) -> StemContext:
        """No context: where the corpus says a choice, whatever the stem."""
        grid = context_of(i).grid
        return StemContext(grid, np.ones(len(grid)))

    supports: list[Support] = []
    homes: list[Support | None] = []
    queries = choice_queries(ui, choices, as_typed)
    neutral = None
    claimed: list[float] | None = None
    foreign = foreign_share(queries)
    typed = choices if as_typed is None else as_typed
    # A stem that asks what is not to be done ("ยาใดที่ห้ามใช้ …") is answered by a choice the
    # text says so (polarity.stem_negation); one asking which choice is not so is not (negative).
    stem_negated = not is_negative(stem) and stem_negation(stem_topic(stem))
    if (
        neutral_side
        and stem_vector is None
        and foreign > 0
        and content_free(stem)
        and not mention_stem(stem)
    ):
        # "Which statement is true?" over English statements: the stem gives no place to look
        # at (score_choices drops its vector), and the Thai text judges only the choices'
        # glosses, names and numbers. Each choice is itself the claim, read whole by the
        # multilingual embedding against the sentences (neutral.claim_support), weighed as the
        # language-neutral side is under a stem with a topic (neutral.blend: by the share of
        # the choices' words the corpus cannot judge, no fitted number). Not under a stem that
        # asks whether the documents mention a term (parse.mention_stem): "COVID-19" comes
        # close to some sentence too; whether it is written decides.
        neutral = claim_support(index, "", typed, sentence_rows(index, candidates, cfg))
    elif neutral_side and stem_vector is not None and closeness is not None and foreign > 0:
        neutral = _where_the_stem_is(
            index, stem, typed, sections, stem_vector, closeness, candidates, cfg, retrieval
        )
        if neutral is not None:
            topic_text = stem_topic(positive_form(stem) if is_negative(stem) else stem)
            if cfg.claim_share > 0 and not is_thai(topic_text):
                # A stem in another language than the corpus's: the choices are read whole as
                # claims with it (neutral.claim_closeness). A Thai stem's English choice is a
                # name the text writes in brackets, its claim the Thai words around it.
                rows = sentence_rows(index, candidates, cfg)
                claimed = claim_closeness(index, topic_text, typed, rows)

    for i, (query, length) in enumerate(zip(queries, lengths, strict=True)):
        best = _best_place(candidates, query, choice_half(length, cfg), context_of, cfg)
        contradicted = said_against(
            ui, best, query, typed[i], choices[i], choice_half(length, cfg), stem_negated
        )
        elsewhere = said_in_another_year(ui, best, query, choice_half(length, cfg))
        # "… on its own" where the sentence that says it says "ร่วมกัน" (agency.py): the words
        # that make such a choice false have no gloss, the rest of it is said. Read at the place
        # of its words and at the one the language-neutral side gives, whichever shows.
        places = [best]
        if neutral is not None:
            lexical = best
            best = blend(index, lexical, query, neutral[i], foreign)
            if claimed is not None:
                share = cfg.claim_share
                best = replace(best, score=(1.0 - share) * best.score + share * claimed[i])
            best = replace(best, in_words=said_in_words(lexical, query, cfg))
            places.append(best)
        if any(said_jointly(p.passage, p.source_pos, typed[i]) for p in places):
            contradicted = True
        if contradicted:
            best = replace(best, contradicted=True)
        if elsewhere:
            best = replace(best, other_year=True)
        supports.append(best)
        said = best.coverage >= cfg.min_coverage
        homes.append(
            None
            if said
            else _best_place(candidates, query, choice_half(length, cfg), anywhere, cfg)
        )
    if (
        foreign == 0
        and neutral_side
        and stem_vector is not None
        and closeness is not None
        and supports
        and max(s.score for s in supports) < cfg.paraphrase_below
    ):
        # Choices in the corpus's words (foreign 0), none of them said there: paraphrases of
        # the text, or distractors. The true one is said in other words near the stem's place,
        # where the embedding finds it; a distractor written verbatim elsewhere is not there
        # (ExamConfig.paraphrase_below). Only the score changes: the place shown, its coverage
        # and whether it is in words stay the lexical side's.
        paraphrased = _where_the_stem_is(
            index, stem, typed, sections, stem_vector, closeness, candidates, cfg, retrieval
        )
        if paraphrased is not None:
            share = cfg.paraphrase_share
            supports = [
                replace(s, score=(1.0 - share) * s.score + share * near)
                for s, (near, _) in zip(supports, paraphrased, strict=True)
            ]
    return supports, homes


def _where_the_stem_is(
    index: Index,
    stem: str,
    typed: Sequence[str],
    sections: Collection[tuple[str, int]] | None,
    stem_vector: np.ndarray,
    closeness: np.ndarray,
    candidates: Sequence[PassageUnits],
    cfg: ExamConfig,
    retrieval: RetrievalConfig,
) -> list[tuple[float, int]] | None:
    """Each choice's language-neutral support (neutral.neutral_support: (0..1, sentence row))
    where the stem is (closeness: `sentence_closeness`'s, × its passages' retrieval, in its
    sector); None for a stem the documents are not about (neutral.about_the_documents). One
    batch encodes the choices (typed: as asked)."""
    rows = sentence_rows(index, candidates, cfg)
    if not about_the_documents(index, stem_vector, rows):
        return None
    found = retrieved(index, stem, sections, stem_vector, rows, retrieval)
    there = in_its_sector(index, closeness * found, rows)  # 1 where the stem is most
    return neutral_support(index, typed, rows, there, cfg.neutral_power)


def _sentence_weights(
    pu: PassageUnits, choice: Query, centre: float, half: float, cfg: ExamConfig
) -> np.ndarray:
    """How much of the choice each sentence of the passage says, near the matched point."""
    sentences = pu.passage.sentences
    bounds = np.searchsorted(pu.to_source, np.asarray([a for a, _ in sentences]))
    starts = pu.reading[np.minimum(bounds, len(pu.reading) - 1)]
    found = np.zeros(len(sentences))
    for unit, weight in choice.weights.items():
        positions = pu.positions.get(unit)
        if positions is None:
            continue
        near = _near(np.abs(positions - centre), half, cfg.choice_decay)
        rows = np.clip(np.searchsorted(starts, positions, side="right") - 1, 0, len(starts) - 1)
        gains = np.zeros(len(sentences))
        np.maximum.at(gains, rows, weight * near)
        found += gains
    return found


def named_place(index: Index, ui: UnitIndex, shown: Support, choice: Query, half: float) -> Support:
    """Where the section of the place shown (shown.passage's) says most of the choice, whatever
    the stem: the sentence that names it. The stem's context decides a choice's score, and
    can put its best place beside the sentence that says it ("water resources management"
    scored at the next paragraph's meeting, where the stem's words are); the evidence shown is
    the sentence that says it. Support(0.0) without a passage shown."""
    if shown.passage is None or choice.total <= 0:
        return Support(0.0)
    sector = (shown.passage.doc_id, shown.passage.section_id)
    cfg = ui.config
    candidates = [ui.units_of(p.id) for p in index.passages if (p.doc_id, p.section_id) == sector]

    def anywhere(i: int) -> StemContext:
        grid = np.arange(0, candidates[i].length, cfg.grid_step, dtype=np.float64)
        return StemContext(grid, np.ones(len(grid)))

    return _best_place(candidates, choice, half, anywhere, cfg)


def evidence_hit(
    ui: UnitIndex,
    rank: int,
    support: Support,
    choice: Query,
    half: float,
    chosen: bool = False,
) -> Hit | None:
    """The passage that supports a choice, with the sentence that says it (or two, when the
    choice runs across a sentence break).

    None when little of the choice is found anywhere (a few shared syllables are no evidence),
    unless it is the chosen one: the verdict always shows what it rests on (ui.config's
    evidence_coverage and merge_share).
    """
    cfg = ui.config
    passage = support.passage
    if passage is None or (support.coverage < cfg.evidence_coverage and not chosen):
        return None
    start, end = passage.start, passage.end
    if passage.sentences and support.sentence >= 0:
        start, end = passage.sentences[support.sentence]
    elif passage.sentences:
        pu = ui.units_of(passage.id)
        found = _sentence_weights(pu, choice, support.reading_pos, half, cfg)
        best = int(np.argmax(found))
        first = last = best
        neighbours = [i for i in (best - 1, best + 1) if 0 <= i < len(found)]
        if neighbours:
            other = max(neighbours, key=lambda i: found[i])
            if found[other] > cfg.merge_share * found[best]:
                first, last = min(best, other), max(best, other)
        start, end = passage.sentences[first][0], passage.sentences[last][1]
    return hit_at(passage, rank, support.score, start, end)


def said_against(
    ui: UnitIndex,
    lexical: Support,
    query: Query,
    typed: str,
    matched: str,
    half: float,
    stem_negated: bool = False,
) -> bool:
    """Whether the place whose words say a choice (lexical: its support in the corpus's words,
    before any language-neutral blend) says them with the opposite polarity (polarity.py);
    typed: the choice as asked, matched: as matched (its English words glossed in Thai);
    stem_negated: the stem asks for what is not so (polarity.contradicts).
    Only where enough of the words the corpus can judge are found (ExamConfig.min_coverage):
    elsewhere the place is not the choice's, and a negator there says nothing of it."""
    cfg = ui.config
    judged = query.total - query.foreign
    if lexical.passage is None or judged <= 0:
        return False
    if lexical.coverage * query.total / judged < cfg.min_coverage:
        return False
    pu = ui.units_of(lexical.passage.id)
    place = lexical
    if query.foreign > 0:
        # A choice partly in words the corpus cannot judge (an English choice over Thai text)
        # is placed by its Thai words alone (its glosses): its Latin words land on the English
        # names in brackets, and its names where the text writes them ("… to match the AQRF" at
        # the passage's last "AQRF"), not on the clause that says what it claims.
        # One Thai word places no clause ("national" → แห่งชาติ, wherever the text writes it):
        # two at least, as a claim needs (decide.is_claim).
        thai = [w for w in tokenize(matched) if is_thai(w) and is_content_word(w)]
        own = {u: w for u, w in query.weights.items() if not u.startswith("~")}
        if len(thai) < 2 or not own:
            return False
        sub = make_query(ui, own)
        grid = np.arange(0, pu.length, cfg.grid_step, dtype=np.float64)
        place = passage_support(pu, StemContext(grid, np.ones(len(grid))), sub, half, cfg)
        if place.coverage < cfg.evidence_coverage:  # glosses are inexact: as much as evidence
            return False
        query = sub
    return contradicts(pu, query, typed, place.reading_pos, half, stem_negated)


def said_in_another_year(ui: UnitIndex, lexical: Support, query: Query, half: float) -> bool:
    """Whether the place whose words say a choice (lexical, as said_against reads it) writes
    another year than the choice's (years.other_year), where enough of the words the corpus can
    judge are found there (ExamConfig.min_coverage)."""
    judged = query.total - query.foreign
    if lexical.passage is None or judged <= 0:
        return False
    if lexical.coverage * query.total / judged < ui.config.min_coverage:
        return False
    return other_year(ui.units_of(lexical.passage.id), query, lexical.reading_pos, half)


def said_in_words(lexical: Support, query: Query, cfg: ExamConfig = DEFAULT.exam) -> bool:
    """Whether the words of a choice the corpus can judge (its Thai words, names, numbers; not
    its foreign words, Query.foreign) are found together where the stem is (lexical: its
    support before the language-neutral side is blended in)."""
    judged = query.total - query.foreign
    if judged <= 0 or lexical.score < cfg.min_support:
        return False
    return lexical.coverage * query.total / judged >= cfg.min_coverage


def is_supported(support: Support, cfg: ExamConfig = DEFAULT.exam) -> bool:
    """True when enough of the choice is found together, with some of the stem around it."""
    return support.coverage >= cfg.min_coverage and support.score >= cfg.min_support
