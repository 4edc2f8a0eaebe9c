"""Shared fixtures: the committed index, loaded once, and paths of the repository."""

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


@pytest.fixture(scope="session")
def bot():
    from qa_bot import QABot

    return QABot.load(INDEX_DIR, corpus_dir=CORPUS_DIR)


@pytest.fixture(scope="session")
def source_text() -> str:
    return ASEAN_FILE.read_text(encoding="utf-8")
