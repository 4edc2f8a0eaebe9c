"""One question to its answer, step by step. Read `ask` top to bottom to follow a question:

    normalise   text.check_question, exam.parse_exam   the question cleaned; a typed exam split
    retrieve    search.retrieve                         dense (FAISS) and lexical (BM25) candidates,
    fuse                                                fused into one ranking (inside retrieve)
    sentences   answer.choose_sentences                 each hit's answer sentence (a question
                answer.value_first                      asking a date or place: a close hit
                                                        stating it first)
    judge       scope.judge                             does the corpus answer it at all? (a
                                                        question asking two things: its first
                                                        clause too, answer_types.first_question)
    exam        exam.score_choices, exam.verdict        which choice the corpus supports
    verdict     scope.judge, scope.exam_verdict         computed once, here
    → Answer    types.Answer                            (its to_dict() is the JSON contract)

`QABot` (the package root) loads an index and calls `ask`; the CLI, the page and `/ask` read
their input with `request` first.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Sequence
from dataclasses import replace

from .answer import choose_sentences, chosen_first, judged_sentence, value_first, warm_clauses
from .answer_types import PLACE, first_question, has_place_level, states_value
from .background import LANGUAGE_DIRECTION
from .config import DEFAULT, Config
from .details import ENUMERATIONS
from .entities import is_everyday_thai, is_wikipedia_title
from .exam import Scoring, check_choices, parse_exam, score_choices, unit_index, verdict
from .exam.glosses import PAIR_WORDS
from .exam.parse import content_free
from .exam.sectors import SECTION_LABELS
from .glosses import thai_term_words
from .known_words import LATIN_VOCABULARY, general_rarity, vocabulary_trigrams
from .lexicon import tables as dictionary_tables
from .lexicon import thai_synsets
from .places import places_in
from .question_words import ATTESTED, COMPOUNDS, word_families
from .request import MAX_K, clamp_k
from .run_together import warm_segmenter
from .scope import exam_verdict, judge, with_first_clause
from .search import (
    Retrieval,
    document_titles,
    latin_shares,
    retrieve,
    sentence_latin_shares,
    warm_normalized,
)
from .sounds import MATCHES, SOUNDS
from .spelling import spelling_tables
from .store import Index
from .text import check_question
from .topic_words import RUNNING_LOWER
from .types import NOT_FOUND, Answer, Evidence
from .vocabulary import RUNNING_TEXT, initialisms
from .warm_tables import warm_tables
from .wording import exam_verdicts, pick_confidence

DEFAULT_K = 5


def ask(
    index: Index,
    question: str,
    k: int = DEFAULT_K,
    sections: Collection[tuple[str, int]] | None = None,
    choices: Sequence[str] | None = None,
    config: Config = DEFAULT,
    scored: list[Scoring] | None = None,
) -> Answer:
    """The k passages of the index that best answer the question, with the verdict.

    question: Thai or English text (at most text.MAX_QUESTION_CHARS after cleaning); an exam
    typed with its choices ("ข้อใด … ก. … ข. …") when choices is None. k is at least 1 and
    capped at request.MAX_K. sections limits the search to (document id, section id) pairs
    (None: all). choices makes it an exam (2 to 10 texts); config holds the settings
    (config.py). Raises QuestionError (Thai and English) for a question, k or choices that
    cannot be asked; elapsed_ms is the wall time of this call. scored, when given, receives an
    exam's `exam.Scoring` (bench/exam_cv.py replays the verdict's settings on it without
    scoring the choices again).
    """
    started = time.perf_counter()
    # 1. normalise: the whole text, choices and all, is what the length limit is about (a pasted
    #    page whose numbered lines look like choices is still too long); then a typed exam is
    #    searched for its stem.
    cleaned = None  # the question cleaned, when it is the text already checked whole
    if choices is None:
        cleaned = check_question(question)
        parsed = parse_exam(question)
        if parsed is not None:
            (question, choices), cleaned = parsed, None
    question = check_question(question) if cleaned is None else cleaned
    k = clamp_k(k, MAX_K)
    checked = check_choices(choices) if choices else None
    # 2–3. retrieve and fuse. "ข้อใดถูกต้อง": a stem that names nothing points nowhere; its
    #    choices say what the question is about, so they are searched with it (the stem stays
    #    the question).
    with_choices = checked if checked and content_free(question) else ()
    retrieval = retrieve(
        index, question, k=k, sections=sections, config=config.retrieval, searched_with=with_choices
    )
    return answer_retrieval(index, retrieval, checked, sections, started, config, scored)


def answer_retrieval(
    index: Index,
    retrieval: Retrieval,
    choices: list[str] | None = None,
    sections: Collection[tuple[str, int]] | None = None,
    started: float | None = None,
    config: Config = DEFAULT,
    scored: list[Scoring] | None = None,
) -> Answer:
    """The steps after retrieval (judge, sentences, exam, verdict) for a retrieval made here or
    by a bench's own retriever. choices are `exam.check_choices`'s; started is the
    `time.perf_counter()` reading elapsed_ms counts from (None: 0 ms); config holds the
    settings, each step is handed its part (config.scope, config.sentences, config.exam);
    scored as in `ask`."""
    # 4. choose each hit's answer sentence (an exam's: where its choices are spoken of).
    hits = choose_sentences(index, retrieval, config.sentences, choices)
    # A close hit stating the value asked for goes first, and the judge reads that hit — the
    # passage and sentence shown — not retrieval's top one: "ที่ประชุมรัฐมนตรีวัฒนธรรมอาเซียน
    # ครั้งที่ 8 จัดวันไหน" showed the dated sentence under a verdict on the undated passage
    # (FRESH14 §5). Pooled 5-fold CV over 1,463 items, 8 fold seeds (2026-12-01, refitted; 6
    # items' features move): answerable → not_found 0.015 → 0.015, → uncertain 0.079 → 0.081;
    # out-of-scope → answered 0.120 → 0.119, → not_found 0.555 → 0.567 (Thai 0.583 → 0.602);
    # Thai out-of-scope refused at 2 % answerable refused 0.626 → 0.655. Over the 24 articles
    # of bench/reading.py (never fitted on; 10 questions' features move) uncertain Thai 0.053
    # → 0.050, English 0.117 → 0.108; out-of-scope answered 0.388 → 0.379 / 0.405 → 0.414.
    # (On the 1,313 items of 2026-11-30, before refits moved the cuts: uncertain 0.151 →
    # 0.155.) Judging the shown hit's passage and sentence with retrieval's top cosines
    # instead: uncertain 0.089, not_found 0.568.
    judged = retrieval
    if not choices:
        judged, hits = value_first(index, retrieval, hits, config.sentences)
    # 5. judge scope: does the corpus answer this question at all? (The top answer sentence,
    #    without a next sentence joined to it, is part of the evidence: does it hold the kind of
    #    value the question asks for?)
    evidence = (
        judge(
            index,
            judged,
            config.scope,
            answer_sentence=judged_sentence(index, judged, config.sentences, choices),
        )
        if hits
        else None
    )
    if evidence is not None and not choices and config.scope.first_question:
        evidence = _judged_with_first_question(index, retrieval, evidence, sections, config)
    stem_verdict = evidence.verdict if evidence is not None else NOT_FOUND
    # 6. decide an exam: the stem's vector is the one retrieval used (no second encoding).
    choice = None
    if choices:
        scoring = score_choices(
            index,
            retrieval.question,
            choices,
            sections,
            retrieval.query_vector,
            stem_verdict=stem_verdict,
            config=config.exam,
            retrieval=config.retrieval,
        )
        if scored is not None:
            scored.append(scoring)
        choice = verdict(index, scoring, config.exam)
    # 7. the verdict, once: an exam the documents decide (Choice.decided) is answered when its
    # stem alone is or names nothing (else uncertain: a likely pick), one none of whose choices
    # they support (Choice.index None) at most uncertain.
    said = exam_verdict(
        stem_verdict,
        choice is not None and choice.decided,
        none_supported=choice is not None and choice.none_supported,
        topicless=choice is not None and content_free(retrieval.question),
    )
    if choice is not None and content_free(retrieval.question):
        hits = chosen_first(hits, choice)
    elapsed = 0.0 if started is None else (time.perf_counter() - started) * 1000
    answer = Answer(
        question=retrieval.question,
        answerable=said != "not_found",
        hits=hits,
        elapsed_ms=round(elapsed, 2),
        choice=choice,
        evidence=evidence,
        verdict=said,
    )
    if choice is None:
        return answer
    # How sure the pick is travels in the JSON too (FRESH17 §5: a script reading verdict and
    # decided took a pick the page marks "likely" for the documents' answer).
    topicless = content_free(retrieval.question)
    sure = pick_confidence(choice, *exam_verdicts(answer, topicless))
    return replace(answer, choice=replace(choice, confidence=sure))


def _judged_with_first_question(
    index: Index,
    retrieval: Retrieval,
    evidence: Evidence,
    sections: Collection[tuple[str, int]] | None,
    config: Config,
) -> Evidence:
    """The evidence, with the first clause's (Evidence.first) when the question asks two
    things and the clause's best passage is the question's: one more retrieval, for those
    questions only (whatever the question's own verdict, so that cross-validation sees every
    such clause)."""
    first = first_question(retrieval.question)
    if first is None:
        return evidence
    part = retrieve(index, first, k=DEFAULT_K, sections=sections, config=config.retrieval)
    if not part.candidates or part.candidates[0].passage.id != retrieval.candidates[0].passage.id:
        return evidence
    judged = judge(
        index, part, config.scope, answer_sentence=judged_sentence(index, part, config.sentences)
    )
    verdict = with_first_clause(evidence.verdict, evidence.values, judged.verdict, config.scope)
    return replace(evidence, first=judged, verdict=verdict)


def warm_up(index: Index, config: Config = DEFAULT, *, later: bool = True) -> None:
    """Do now what the first questions would wait for: page in the model, and build the tables
    some questions need once (acronyms for the scope check, word rarity for exam mode, the
    English → Thai dictionary, the corpus's Thai spellings by sound, the Thai WordNet, the Thai
    National Corpus word counts, the province and country names; for English questions and
    exams, the corpus's English words, each passage's share of Latin letters, the titles in
    matching form, the Thai terms written beside English words and the English–Thai pairs of
    the bracketed names, the section headings exam choices may be; the clauses of over-long
    sentences, `answer.warm_clauses`; the passages' and sentences' matching texts,
    `search.warm_normalized`; the running text a question's compound is looked up in,
    `vocabulary.writes`, and in lower case, where a topic noun's English word is,
    `topic_words.RUNNING_LOWER`; the enumerations in it, `details.ENUMERATIONS`).
    Milliseconds on the bundled document, seconds on 100 k passages (bench/RESULTS.md, Scale).
    With later (the default), `warm_up_later`'s tables too; the server builds those after its
    port is open. tests/test_web_start.py checks that questions of each kind find nothing left
    to build."""
    # First, before anything builds them: the tables that depend on no index, from the cache
    # beside the index when it holds them (~1 s of a start otherwise).
    warm_tables(index.directory)
    ask(index, "อาเซียน", config=config)
    warm_clauses(index, config.sentences)
    initialisms(index)
    LATIN_VOCABULARY.of(index)
    latin_shares(index)
    if config.retrieval.language_fair_dense:
        sentence_latin_shares(index)
        LANGUAGE_DIRECTION.of(index)
    document_titles(index)
    warm_normalized(index)
    thai_term_words(index, "asean")
    PAIR_WORDS.of(index)
    SECTION_LABELS.of(index)
    vocabulary_trigrams(index)
    COMPOUNDS.of(index)  # question_words: the corpus's compounds by their pieces
    RUNNING_TEXT.of(index)
    RUNNING_LOWER.of(index)  # topic_words: the corpus's English words for a topic noun
    ENUMERATIONS.of(index)  # details: where the running text lists things
    unit_index(index, config.exam)
    if config.retrieval.translate:
        dictionary_tables()
        if config.retrieval.stem_family:
            word_families()
        ATTESTED.of(index)  # question_words: an English word's terms the corpus writes (empty
        # until asked)
    if config.retrieval.transliterate:
        SOUNDS.of(index)
        MATCHES.of(index)  # the words matched by sound, remembered (empty until asked)
    if config.retrieval.thai_synonyms:
        thai_synsets()
    if config.retrieval.corpus_spelling or config.retrieval.thai_spelling:
        spelling_tables(index)
    if config.scope.everyday_weights:
        general_rarity("อาเซียน")  # loads the Thai National Corpus counts (~0.15 s)
    if config.scope.place_levels:
        for level in ("province", "country"):
            has_place_level("อาเซียน", level)
    if config.sentences.value_first_margin >= 0:  # the place patterns (~40 ms to compile)
        for parts in ((), ("which",)):
            states_value("อาเซียน", PLACE, parts)
    if later:
        warm_up_later()


def warm_up_later() -> None:
    """Build the tables that many visitors' questions need but the first question after a start
    seldom does: the Thai Wikipedia titles a Thai question's names are looked up in and the Thai
    National Corpus's common words as a dictionary (entities.unmentioned_names: ~0.3 s, all in
    the first such question, 0.6 s on a busy machine), and the places' table with the world's
    cities (places.places_in: ~0.27 s in the first exam with a "none of the above" choice), and
    the web word counts that split English words typed without a space (run_together: ~0.5 s in
    the first "zikavirus"). The
    server builds them on a thread once its port is open (web/server.py), not before: a start
    does not wait for them, and a visitor's first question, seconds later, does not either."""
    is_wikipedia_title("อาเซียน")
    is_everyday_thai("โควิด")  # a word none of the other lists has: the common-words dictionary
    places_in("อาเซียน")  # the cities table an exam's "none of the above" reads (~0.27 s)
    warm_segmenter()  # run_together's web counts (~0.5 s)
