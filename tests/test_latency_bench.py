"""bench/latency.py measures a new question's cost: every cache a question's text fills is one
it empties before each ask (QUESTION_KEYED) or one it names as shared with the corpus's texts
(SHARED_KEYED, with its measurement); and its step clock gives each step its own time."""

from __future__ import annotations

import functools
import importlib.util
import sys
import types

import pytest

from .conftest import ROOT

# Plain questions of eval/dev.jsonl's kinds: Thai with an acronym, Thai alone (its Thai run is
# read as English letters' names too: "เอยูเอ็น" is AUN), English.
QUESTIONS = (
    "AQRF ช่วยสนับสนุนการรับรองคุณวุฒิประเภทไหนบ้าง",
    "อาเซียนมีกี่สาขา",
    "What does the ASEAN Socio-Cultural Community aim to do?",
)


@pytest.fixture(scope="module")
def latency():
    spec = importlib.util.spec_from_file_location("bench_latency", ROOT / "bench" / "latency.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lru_caches() -> dict[int, tuple[str, functools._lru_cache_wrapper]]:
    """Every lru cache of qa_bot's modules kept for more than text.segmented's few texts:
    id → ("module:function", the cache)."""
    from qa_bot.text import segmented

    few = segmented.cache_info().maxsize
    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("qa_bot"):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == name:
                size = value.cache_info().maxsize
                if size is None or size > few:
                    found[id(value)] = (f"{name}:{value.__name__}", value)
    return found


def test_every_cache_a_plain_ask_fills_with_its_question_is_emptied_or_named(
    bot, latency, monkeypatch
) -> None:
    from qa_bot.text import matching_text, normalize

    for question in QUESTIONS:
        bot.ask(question)  # every module a plain ask reaches is imported
    caches = _lru_caches()
    asked_with: dict[str, list[str]] = {}

    def spying(name: str, cache: functools._lru_cache_wrapper):
        def spy(*args, **kwargs):
            asked_with.setdefault(name, []).extend(a for a in args if isinstance(a, str))
            return cache(*args, **kwargs)

        return spy

    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("qa_bot") or not isinstance(module, types.ModuleType):
            continue
        for attribute, value in list(vars(module).items()):
            if id(value) in caches:
                monkeypatch.setattr(module, attribute, spying(*caches[id(value)]))
    keyed = set()
    for question in QUESTIONS:
        asked_with.clear()
        bot.ask(question)
        forms = {question, normalize(question), matching_text(question)}
        for name, texts in asked_with.items():
            # the question whole in a key, in any cleaned form (a corpus text it holds, the
            # document's title, is no key of the question's)
            if any(f in t for t in texts for f in forms):
                keyed.add(name)
    # Every cache filled with the question is emptied or named, and no other cache is.
    assert keyed == set(latency.QUESTION_KEYED) | set(latency.SHARED_KEYED)
    assert not set(latency.QUESTION_KEYED) & set(latency.SHARED_KEYED)


def test_every_cache_emptied_is_an_lru_cache_and_is_emptied(latency) -> None:
    from qa_bot.spelling import _spelt_letters

    _spelt_letters("เอยูเอ็น")
    assert _spelt_letters.cache_info().currsize > 0
    latency._forgetting(latency.QUESTION_KEYED)()
    assert _spelt_letters.cache_info().currsize == 0
    for name in latency.QUESTION_KEYED:
        module, function = name.split(":")
        cache = getattr(importlib.import_module(module), function)
        assert isinstance(cache, functools._lru_cache_wrapper)
        assert cache.cache_info().currsize == 0


def test_a_step_inside_another_counts_apart_from_it(latency, monkeypatch) -> None:
    readings = iter([0.0, 1.0, 3.0, 6.0])  # seconds: outer starts, inner starts, ends, outer ends
    monkeypatch.setattr(latency.time, "perf_counter", lambda: next(readings))
    clock = latency.StepClock()
    module = types.SimpleNamespace(inner=lambda: "x")
    original = clock.wrap(module, "inner", "inner step")
    clock.enter("outer step")
    assert module.inner() == "x" and original() == "x"
    clock.leave()
    assert dict(clock.spent) == {"outer step": 1000.0 + 3000.0, "inner step": 2000.0}
