"""What only a large index does (bench/scale.py measured why): HNSW at half precision, sentence
vectors at half precision, and section filters searched exactly."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from qa_bot.search import _dense_top
from qa_bot.store import build_index, make_dense_index

ROOT = Path(__file__).resolve().parent.parent


def unit_rows(count: int, seed: int) -> np.ndarray:
    rows = np.random.default_rng(seed).standard_normal((count, 384)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.fixture(scope="module")
def vectors() -> np.ndarray:
    # Clustered, like passages of a few topics: 40 centres, points around them.
    centres = unit_rows(40, 1)
    noise = unit_rows(4000, 2) * 0.6
    rows = centres[np.arange(4000) % 40] + noise
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def hnsw(vectors: np.ndarray):
    return make_dense_index(vectors, approximate_above=0)


def exact_top(vectors: np.ndarray, query: np.ndarray, ids: np.ndarray, n: int) -> np.ndarray:
    return ids[np.argsort(-(vectors[ids] @ query), kind="stable")[:n]]


def test_the_approximate_index_finds_what_exact_search_finds(vectors, hnsw) -> None:
    import faiss

    assert isinstance(faiss.downcast_index(hnsw.index), faiss.IndexHNSWSQ)
    queries = unit_rows(50, 3)
    everything = np.arange(len(vectors))
    recall = []
    for query in queries:
        _, found = hnsw.search(query[None, :], 50)
        recall.append(len(set(found[0][:10]) & set(exact_top(vectors, query, everything, 10))))
    assert np.mean(recall) / 10 >= 0.98


def test_a_small_section_filter_is_searched_exactly(vectors, hnsw) -> None:
    index = SimpleNamespace(
        dense=hnsw, manifest=SimpleNamespace(dense_kind="hnsw"), passages=vectors
    )
    allowed = np.arange(7, len(vectors), 211)  # 19 passages scattered over the graph: 0.5 %
    for query in unit_rows(10, 4):
        found = _dense_top(index, query, 50, allowed)
        assert list(found) == list(exact_top(vectors, query, allowed, 50))


@pytest.fixture(scope="module")
def large_kind_index(tmp_path_factory: pytest.TempPathFactory):
    """The bundled corpus indexed as if it were large (its vectors reused, nothing re-embedded)."""
    target = tmp_path_factory.mktemp("large") / "index"
    shutil.copytree(ROOT / "index", target)
    return build_index(ROOT / "corpus", target, approximate_above=0)


def test_a_large_index_keeps_sentence_vectors_at_half_precision(large_kind_index) -> None:
    from qa_bot.store import load_index

    index = load_index(large_kind_index.directory)
    assert index.manifest.dense_kind == "hnsw"
    assert index.sentence_vectors.dtype == np.float16
    full = np.load(index.directory / "sentences.npy")
    query = full[3]
    np.testing.assert_allclose(index.sentence_cosines(query), full @ query, atol=2e-3)
    np.testing.assert_allclose(
        index.passage_sentence_vectors(1) @ query,
        full[index.sentence_offsets[1] : index.sentence_offsets[2]] @ query,
        atol=2e-3,
    )


def test_a_large_index_answers_like_the_small_one(large_kind_index) -> None:
    from qa_bot import QABot

    large = QABot.load(large_kind_index.directory)
    small = QABot.load(ROOT / "index")
    for question in ("AQRF คืออะไร", "ไวรัสซิกา", "ปฏิญญาบันดาร์เสรีเบกาวัน"):
        a, b = large.ask(question, k=3), small.ask(question, k=3)
        assert [h.passage_id for h in a.hits] == [h.passage_id for h in b.hits]
        assert [h.answer_start for h in a.hits] == [h.answer_start for h in b.hits]
        assert a.hits[0].score == pytest.approx(b.hits[0].score, abs=2e-3)


# --- memory-bounded parts, exercised on the bundled index with small limits -------------------


def test_sentence_vectors_are_read_a_block_at_a_time(tmp_path, monkeypatch) -> None:
    from qa_bot.store import load as qa_index

    rows = unit_rows(23, 5)
    path = tmp_path / "rows.npy"
    np.save(path, rows)
    monkeypatch.setattr(qa_index, "SENTENCE_COSINE_BLOCK", 5)  # 23 rows: 4 full blocks and 3
    np.testing.assert_array_equal(qa_index.read_rows(path, np.float32), rows)
    np.testing.assert_allclose(qa_index.read_rows(path, np.float16), rows, atol=1e-3)
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(ValueError, match="shorter"):
        qa_index.read_rows(path, np.float32)
    np.save(path, rows.astype(np.float64))
    with pytest.raises(ValueError, match="float32"):
        qa_index.read_rows(path, np.float32)


def test_normalised_texts_are_cached_for_a_bounded_number_of_passages(monkeypatch) -> None:
    from qa_bot import search
    from qa_bot.store import load_index
    from qa_bot.text import matching_text

    monkeypatch.setattr(search, "NORMALIZED_CACHE_SIZE", 5)
    index = load_index(ROOT / "index")
    for passage in index.passages:
        assert search.normalized_passage(index, passage.id) == matching_text(passage.text)
        sentences = search.normalized_sentences(index, passage.id)
        assert len(sentences) == len(passage.sentences)
    for kind in (search.NORMALIZED_PASSAGES, search.NORMALIZED_SENTENCES):
        assert kind.of(index).cache_info().currsize == 5 < len(index.passages)


def test_exam_mode_on_a_large_corpus_reads_retrieved_passages_and_samples_rarity(
    monkeypatch,
) -> None:
    from qa_bot import QABot, exam
    from qa_bot.config import Config, ExamConfig
    from qa_bot.evaluate import read_items

    # As a corpus far larger than the limits: rarity from 30 of the 65 sentences, and only the
    # passages retrieval finds are read.
    large = Config(exam=ExamConfig(rarity_sentences=30, scan_all_passages=0))
    bot = QABot.load(ROOT / "index", config=large)
    items = read_items(ROOT / "eval" / "exam.jsonl")
    right = 0
    for number, item in enumerate(items):
        answer = bot.ask(item.question, choices=item.choices)
        right += answer.choice is not None and answer.choice.index == item.answer_index
        if number == 0:
            ui = exam.unit_index(bot.index, large.exam)
            assert ui.unknown_idf == pytest.approx(np.log(1 + 30.5 / 0.5))
            assert 0 < ui.units_of.cache_info().currsize < len(bot.index.passages)
    assert right >= 0.9 * len(items)
