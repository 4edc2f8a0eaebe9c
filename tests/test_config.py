"""Settings are frozen config objects handed down the pipeline: each part reaches its step."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest

from qa_bot import QABot, pipeline
from qa_bot.answer import choose_sentences
from qa_bot.config import DEFAULT, Config, ScopeConfig
from qa_bot.scope import judge
from qa_bot.scope_model import ScopeModel
from qa_bot.search import retrieve


def test_settings_are_frozen() -> None:
    for part in (DEFAULT, DEFAULT.retrieval, DEFAULT.scope, DEFAULT.sentences, DEFAULT.exam):
        field = dataclasses.fields(part)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(part, field, None)


def test_the_retrieval_settings_reach_the_fusion(bot) -> None:
    question = "ความร่วมมือด้านแรงงาน CSR"
    heavy = replace(DEFAULT, retrieval=replace(DEFAULT.retrieval, lexical_weight=0.5))
    answer = pipeline.ask(bot.index, question, k=3, config=heavy)
    expected = retrieve(bot.index, question, k=3, config=heavy.retrieval).candidates
    default = retrieve(bot.index, question, k=3).candidates
    assert [h.score for h in answer.hits] == [round(c.score, 4) for c in expected]
    assert [round(c.score, 4) for c in expected] != [round(c.score, 4) for c in default]


def test_the_scope_settings_reach_the_judge(bot) -> None:
    question = "AQRF คืออะไร"
    assert pipeline.ask(bot.index, question).verdict == "answered"
    # (Not the rule that answers a question of acronyms its passage spells out: off here.)
    never = ScopeConfig(
        model=ScopeModel(coefficients={}, bias=-50.0), answer_defined_acronyms=False
    )
    answer = pipeline.ask(bot.index, question, config=Config(scope=never))
    assert answer.verdict == "not_found" and answer.evidence is not None
    assert answer.evidence.probability == pytest.approx(0.0, abs=1e-12)
    # A question of question words alone is capped at the configured probability.
    retrieval = retrieve(bot.index, "อะไร", k=5)
    always = ScopeConfig(model=ScopeModel(coefficients={}, bias=50.0))
    assert judge(bot.index, retrieval, always).probability == DEFAULT.scope.ruled_out_probability
    capped = replace(always, ruled_out_probability=0.7)
    assert judge(bot.index, retrieval, capped).probability == 0.7


def test_the_sentence_settings_reach_the_answer_sentences(bot) -> None:
    questions = [
        "AQRF คืออะไร",
        "ขยะทะเล",
        "ผู้สูงอายุที่ยังมีศักยภาพ",
        "How does ASEAN prepare for disasters?",
    ]
    # Sentences that hold the question's words made to lose: some answer sentence changes.
    against = replace(DEFAULT, sentences=replace(DEFAULT.sentences, lexical_weight=-5.0))
    changed = 0
    for question in questions:
        answer = pipeline.ask(bot.index, question, k=3, config=against)
        expected = choose_sentences(
            bot.index, retrieve(bot.index, question, k=3), against.sentences
        )
        assert [h.answer_sentence for h in answer.hits] == [h.answer_sentence for h in expected]
        default = pipeline.ask(bot.index, question, k=3)
        changed += [h.answer_sentence for h in answer.hits] != [
            h.answer_sentence for h in default.hits
        ]
    assert changed


def test_the_bot_asks_with_its_config(bot) -> None:
    never = Config(
        scope=ScopeConfig(
            model=ScopeModel(coefficients={}, bias=-50.0), answer_defined_acronyms=False
        )
    )
    strict = QABot(bot.index, never)
    assert strict.ask("AQRF คืออะไร").verdict == "not_found"
    assert bot.ask("AQRF คืออะไร").verdict == "answered"
