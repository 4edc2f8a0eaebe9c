"""The manifest as a dataclass (store/manifest.py): the same JSON out, what it reads checked."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from qa_bot.errors import IndexLoadError
from qa_bot.store import load_index
from qa_bot.store.manifest import Manifest, ManifestError, default_corpus, read_manifest

from .conftest import INDEX_DIR

COMMITTED = json.loads((INDEX_DIR / "manifest.json").read_text(encoding="utf-8"))


def test_the_committed_manifest_is_written_back_byte_for_byte() -> None:
    text = (INDEX_DIR / "manifest.json").read_text(encoding="utf-8")
    manifest = read_manifest(INDEX_DIR)
    assert json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2) == text
    # Typed fields, not a dict: what the committed index holds.
    assert manifest.embedder.id == "e5-small-q4" and manifest.embedder.dim == 384
    assert manifest.settings.max_passage_chars == 1200
    assert [entry.doc_id for entry in manifest.corpus] == ["asean_socio_cultural_community.th.txt"]
    assert manifest.embedding_cache is not None and manifest.embedding_cache.entries == 67


def _without(path: str) -> dict:
    """The committed manifest with the field at path ("embedder.dim", "corpus.0.title") gone."""
    data = copy.deepcopy(COMMITTED)
    *parents, last = path.split(".")
    target = data
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    del target[last]
    return data


@pytest.mark.parametrize(
    "field",
    [
        "format_version",
        "package_version",
        "embedder",
        "embedder.id",
        "embedder.dim",
        "settings.approximate_above",
        "corpus",
        "corpus.0.sha256",
        "corpus.0.title",
        "passage_count",
        "sentence_count",
        "dense_kind",
        "files",
    ],
)
def test_a_missing_field_is_named(field: str) -> None:
    with pytest.raises(ManifestError, match=field.replace(".0.", r"\[0\]\.") + ": missing"):
        Manifest.from_dict(_without(field))


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("passage_count", "22", "passage_count: expected an integer"),
        ("passage_count", True, "passage_count: expected an integer"),
        ("embedder", [], "embedder: expected an object"),
        ("corpus", {"a.txt": {}}, "corpus: expected a list"),
        ("corpus", ["a.txt"], r"corpus\[0\]: expected an object"),
        ("files", {"dense.faiss": 1}, "files: expected text"),
        ("corpus_dir", 3, "corpus_dir: expected text"),
        ("embedding_cache", {"file": "embeddings.npz"}, "embedding_cache.embedder: missing"),
    ],
)
def test_an_ill_typed_field_is_named(field: str, value: object, expected: str) -> None:
    data = copy.deepcopy(COMMITTED) | {field: value}
    with pytest.raises(ManifestError, match=expected):
        Manifest.from_dict(data)


def test_fields_older_indexes_lack_take_their_defaults() -> None:
    data = _without("corpus_dir")
    for field in ("skipped_duplicates", "embedding_cache"):
        del data[field]
    del data["corpus"][0]["metadata_sha256"]
    manifest = Manifest.from_dict(data)
    assert manifest.corpus_dir is None and manifest.skipped_duplicates == ()
    assert manifest.embedding_cache is None and manifest.corpus[0].metadata_sha256 is None
    assert "metadata_sha256" not in manifest.to_dict()["corpus"][0]


def test_loading_an_ill_formed_manifest_asks_for_a_rebuild(tmp_path: Path) -> None:
    target = tmp_path / "index"
    shutil.copytree(INDEX_DIR, target)
    (target / "manifest.json").write_text(json.dumps(_without("embedder.dim")), "utf-8")
    with pytest.raises(IndexLoadError) as caught:
        load_index(target)
    message = caught.value.message_en
    assert "damaged" in message and "embedder.dim: missing" in message
    assert f"qa-bot build --index {target}" in message
    # The command's default corpus falls back to corpus/ rather than failing.
    assert default_corpus(target) == Path("corpus")
