"""The scope judge's background of Thai text in general (qa_bot/background.py)."""

from __future__ import annotations

import unicodedata

import numpy as np

from qa_bot.background import (
    BACKGROUND,
    background_mean,
    background_texts,
    background_vectors,
    shipped_vectors,
)
from qa_bot.embedders import DEFAULT_MODEL
from qa_bot.scope import features
from qa_bot.search import retrieve


def test_the_background_is_thai_text_about_nothing_the_bundled_document_covers() -> None:
    texts = background_texts()
    assert len(texts) >= 100 and len(set(texts)) == len(texts)
    for text in texts:
        assert unicodedata.normalize("NFC", text) == text
        thai = sum("\u0e00" <= c <= "\u0e7f" for c in text)
        assert thai > 0.5 * len(text.replace(" ", ""))
        assert "อาเซียน" not in text and "ASEAN" not in text


def test_shipped_vectors_encode_the_texts_as_they_are(bot) -> None:
    # Editing the texts without `python scripts/background_vectors.py` would ship stale vectors.
    shipped = shipped_vectors(DEFAULT_MODEL)
    assert shipped is not None and shipped.shape == (
        len(background_texts()),
        bot.index.embedder.dim,
    )
    fresh = bot.index.embedder.encode_passages(list(background_texts()[:8]))
    assert np.all(np.sum(fresh * shipped[:8], axis=1) > 0.99)  # float16 storage, same direction


class _Embedder:
    model_id = "st:some-local-model"
    dim = 3

    def encode_passages(self, texts):
        rows = np.tile(np.array([1.0, 0.0, 0.0], dtype=np.float32), (len(texts), 1))
        return rows


def test_another_embedder_encodes_the_background_itself() -> None:
    vectors = background_vectors(_Embedder())  # nothing shipped for this model
    assert vectors.shape == (len(background_texts()), 3)


def test_the_background_feature_is_the_cosine_above_the_background_mean(bot) -> None:
    retrieval = retrieve(bot.index, "When did SAMCA take place?", k=5)
    values, _ = features(bot.index, retrieval)
    mean = float((BACKGROUND.of(bot.index) @ retrieval.query_vector).mean())
    assert np.isclose(background_mean(bot.index, retrieval.query_vector), mean)
    assert np.isclose(values["background"], values["cosine"] - mean)
    # The passage about SAMCA is closer to the question than Thai text in general is.
    assert values["background"] > 0.0


def test_the_shipped_language_direction_is_the_one_its_paragraphs_give(bot) -> None:
    # Encoding the 48 parallel paragraphs at the first question took 2.4 s of a cold start;
    # editing them without `python scripts/background_vectors.py` would ship a stale direction.
    from qa_bot.background import LANGUAGE_DIRECTION, _encoded_direction, shipped_direction

    embedder = bot.index.embedder
    shipped = shipped_direction(embedder.model_id, embedder.dim)
    assert shipped is not None and shipped.shape == (embedder.dim,)
    assert np.allclose(shipped, _encoded_direction(embedder), atol=1e-6)
    assert np.array_equal(LANGUAGE_DIRECTION.of(bot.index), shipped)
    # Another embedder, or another size, computes its own.
    assert shipped_direction("st:some-local-model", embedder.dim) is None
    assert shipped_direction(embedder.model_id, embedder.dim + 1) is None
