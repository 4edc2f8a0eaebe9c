"""The verdict on one question (`judge`): the scope model's probability (decide_probability)
against its cuts, and the rules beside it (`verdict_for`: a ruled-out question is not_found, a
near-miss at most uncertain, acronyms its passage spells out answered); an exam's verdict
(`exam_verdict`), the better of two (`better_verdict`) and a two-clause question's
(`with_first_clause`)."""

from __future__ import annotations

from collections.abc import Mapping

from ..answer_types import is_request
from ..config import DEFAULT, ScopeConfig
from ..scope_model import ScopeModel
from ..search import Retrieval
from ..store import Index
from ..text import is_content_word
from ..types import ANSWERED, NOT_FOUND, UNCERTAIN, Evidence
from .features import features
from .rules import asks_what_acronyms_are, corpus_wide


def judge(
    index: Index,
    retrieval: Retrieval,
    config: ScopeConfig = DEFAULT.scope,
    answer_sentence: str | None = None,
) -> Evidence:
    """The verdict on one question's retrieval (at least one candidate), with the signals
    behind it; config holds the fitted model and the rules beside it; answer_sentence is the
    top hit's (see `features`)."""
    model = config.model
    values, unknown_words = features(index, retrieval, config, answer_sentence)
    # A question of question words alone ("อะไร", "ข้อใดถูกต้อง", "ก") asks about nothing; a
    # request to write, translate or opine asks for no passage (answer_types.is_request); a
    # question none of whose comparable words the corpus uses, allowing for typos and stems
    # (is_known_word: "โควิด", "NATO ย่อมาจากอะไร" over a text that writes acronyms), is about
    # something the documents never mention. (Over eval/* and bench/data/reading, 16
    # questions have only unknown comparable words, all out of scope.)
    foreign = not values["blind"] and values["fair_unknown"] >= 1.0
    # The same for a question in another language with no comparable word (no name or number
    # the text uses): none of its words has a translation the corpus uses ("covid",
    # "pandemic", "wifi password?"; translation_signals).
    untranslated = (
        config.rule_out_untranslated
        and bool(values["blind"])
        and bool(values["translated"])
        and values["translated_known"] == 0.0
    )
    values["ruled_out"] = float(
        not any(is_content_word(t) for t in retrieval.tokens)
        or is_request(retrieval.question, retrieval.asked)
        or foreign
        or untranslated
    )
    values["defined"] = float(asks_what_acronyms_are(index, retrieval))
    values["corpus_wide"] = float(
        config.downgrade_corpus_wide and corpus_wide(index, retrieval, config)
    )
    chance = decide_probability(model, values, config)
    return Evidence(
        cosine=values["cosine"],
        coverage=values["coverage"],
        unknown=values["unknown"],
        thai=bool(values["thai"]),
        probability=chance,
        verdict=verdict_for(model, values, chance, config),
        values=dict(values),
        unknown_words=unknown_words,
    )


def verdict_for(
    model: ScopeModel,
    values: Mapping[str, float],
    chance: float | None = None,
    config: ScopeConfig = DEFAULT.scope,
) -> str:
    """The verdict: the model's, except that a question asking for a kind of value (a time, a
    count...) the best passage does not hold, or a Thai count with no number of its classifier
    there, is at most uncertain (a near-miss; with config.downgrade_type_missing), as is one
    naming a country the corpus never writes (config.downgrade_unmentioned_country), and a
    question of acronyms its passage spells out, giving nothing the corpus never writes, is
    answered (config.answer_defined_acronyms).
    model may be another than config.model (a fold's fit)."""
    chance = decide_probability(model, values, config) if chance is None else chance
    verdict = model.verdict(chance, values)
    # A question a rule rules out is not_found whatever the cuts: its probability is capped at
    # config.ruled_out_probability, and a refit whose not_found cut falls below that cap (the
    # English one on 1,763 pooled items, main 3f29043: "Will it rain tomorrow?" uncertain)
    # would make it uncertain.
    if values.get("ruled_out") and not _defined_answers(values, config):
        return NOT_FOUND
    near_miss = (
        (misses_asked_value(values) and config.downgrade_type_missing)
        or (values.get("unmentioned_country") and config.downgrade_unmentioned_country)
        or values.get("corpus_wide")
        or (values.get("individual_unnamed") and config.downgrade_individual_unnamed)
    )
    if verdict == ANSWERED and near_miss:
        return UNCERTAIN
    # Not when it also gives a thing the corpus never writes: "AMCA ครั้งที่ 9 รับรองอะไร" is
    # acronyms alone to rules.asks_what_acronyms_are (ครั้ง and รับรอง are stop words, 9 a number),
    # but the text gives AMCA no 9th meeting (FRESH13 §3). No pooled item is both, so no
    # cross-validated figure moves.
    if _defined_answers(values, config):
        return ANSWERED  # see rules.asks_what_acronyms_are
    return verdict


def _defined_answers(values: Mapping[str, float], config: ScopeConfig) -> bool:
    """A question of acronyms its best passage spells out, giving nothing the corpus never
    writes and ruled out by no rule (verdict_for: answered, config.answer_defined_acronyms)."""
    defined = values.get("defined") and not values.get("unmentioned_entity")
    return bool(defined and not values.get("ruled_out") and config.answer_defined_acronyms)


_VERDICT_RANK = {NOT_FOUND: 0, UNCERTAIN: 1, ANSWERED: 2}


def misses_asked_value(values: Mapping[str, float]) -> bool:
    """The question asks for a type or unit of value (a time, count, date, ordinal; a Thai
    classifier, a unit, a place level, a series) that its best passage does not hold: features'
    type_missing / unit_missing, the near-miss config.downgrade_type_missing caps."""
    return bool(values.get("type_missing") or values.get("unit_missing"))


def better_verdict(verdict: str, other: str) -> str:
    """The more confident of two verdicts (answered > uncertain > not_found)."""
    return other if _VERDICT_RANK[other] > _VERDICT_RANK[verdict] else verdict


def with_first_clause(
    verdict: str,
    values: Mapping[str, float],
    first: str,
    config: ScopeConfig = DEFAULT.scope,
) -> str:
    """The verdict on a question that asks two things, from the whole question's (verdict, on
    its values) and its first clause's (first): the better of the two (the second clause's
    words dilute the first's cosine and coverage: "ปีแห่งวัฒนธรรมอาเซียนคือปีไหน แล้วใครเป็นคน
    เสนอ"), but at most uncertain when the whole is a near-miss for a value — a type or unit
    asked (the later clause's, often) that its best passage does not hold
    (config.downgrade_type_missing): the documents answer one half at best ("คลังเก็บของ…ที่ชัย
    นาทอยู่อำเภออะไร กว้างกี่ตารางเมตร" over a passage giving the province and no size).
    Pooled 5-fold CV, 1,913 items (main d20f2d6): 3 out-of-scope questions answered → uncertain,
    no answerable question so capped was answered."""
    better = better_verdict(verdict, first)
    if better == ANSWERED and misses_asked_value(values) and config.downgrade_type_missing:
        return UNCERTAIN
    return better


def decide_probability(
    model: ScopeModel, values: Mapping[str, float], config: ScopeConfig = DEFAULT.scope
) -> float:
    """The model's probability that the documents answer (0..1), capped at
    config.ruled_out_probability when a rule rules it out, and 1.0 when the rule for acronyms
    the best passage spells out answers it (verdict_for): the verdict cuts are placed on these
    probabilities, and "What's AUN short for?" (answered by the rule at 0.12) sat among the
    lowest answerable English questions, holding their not_found cut down."""
    chance = model.probability(values)
    if values.get("ruled_out"):
        chance = min(chance, config.ruled_out_probability)
    elif _defined_answers(values, config):
        chance = 1.0
    return chance


def exam_verdict(
    verdict: str, chosen: bool, none_supported: bool = False, topicless: bool = False
) -> str:
    """An exam's verdict from its stem's (verdict: the judge's on the stem alone) and its pick.

    A pick the documents decide (chosen: types.Choice.decided) is answered when the stem alone is
    answered too, or names nothing to judge (topicless: exam.parse.content_free, "ข้อใดกล่าว
    ถูกต้อง" says little); under a stem judged uncertain or not_found it is uncertain — the
    page's and the CLI's "likely" pick under the "ไม่แน่ใจ" caution (wording.pick_confidence
    "unsure"), right 16 of 28 times over the exam items pooled before eval/exam2.jsonl, against
    308 of 326 for sure ones: the documents support the choice, not that it answers the stem
    (NOTE17 Left 8: the JSON said "answered" where the page cautioned). An exam none of whose
    choices the documents support (none_supported: types.Choice.none_supported) is at most
    uncertain, whatever its stem scores: the passage its stem finds gives none of the answers
    offered ("ข้อใดเป็นที่ตั้งของศูนย์ AHA Centre" over a text that places the ACAI, not the AHA
    Centre). Otherwise the stem's verdict."""
    if chosen:
        return ANSWERED if topicless or verdict == ANSWERED else UNCERTAIN
    return UNCERTAIN if none_supported and verdict == ANSWERED else verdict
