"""The start-up tables' cache beside the index (warm_tables.py): read back, they are the tables
built; a cache of other sources, a damaged one or one naming a class is not trusted; a folder
that cannot be written has none, and nothing is left behind."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from qa_bot import kept_tables, warm_tables
from qa_bot.warm_tables import CACHE_NAME, TABLES, read_cache, write_cache


@pytest.fixture
def clean_hand():
    yield
    for table in TABLES:  # nothing handed in may outlive a test
        kept_tables.handed(table.name)


def test_the_cache_read_back_holds_the_tables_built(tmp_path: Path, clean_hand) -> None:
    key = warm_tables.cache_key()
    assert write_cache(tmp_path, key)
    assert read_cache(tmp_path, key)
    for table in TABLES:
        assert kept_tables.handed(table.name) == table.build()
    assert [path.name for path in tmp_path.iterdir()] == [CACHE_NAME]


def test_a_cache_of_other_sources_is_not_read(tmp_path: Path, clean_hand) -> None:
    write_cache(tmp_path, "another key")
    assert not read_cache(tmp_path, warm_tables.cache_key())
    assert all(kept_tables.handed(table.name) is None for table in TABLES)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle",
        pickle.dumps({"key": "k", "tables": {}}),
        # A pickle that would call a function when read: refused, not run.
        pickle.dumps({"key": "k", "tables": {table.name: os.getcwd for table in TABLES}}),
    ],
)
def test_a_damaged_or_unsafe_cache_is_not_read(tmp_path: Path, content: bytes, clean_hand) -> None:
    (tmp_path / CACHE_NAME).write_bytes(content)
    assert not read_cache(tmp_path, "k")
    assert all(kept_tables.handed(table.name) is None for table in TABLES)


def test_the_key_changes_with_a_source(monkeypatch, tmp_path: Path) -> None:
    before = warm_tables.cache_key()
    extra = tmp_path / "source.txt"
    extra.write_text("a", encoding="utf-8")
    sources = warm_tables._sources()
    monkeypatch.setattr(warm_tables, "_sources", lambda: [*sources, extra])
    with_extra = warm_tables.cache_key()
    extra.write_text("b", encoding="utf-8")
    assert len({before, with_extra, warm_tables.cache_key()}) == 3


def test_a_folder_that_cannot_be_written_has_no_cache(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder"
    assert not write_cache(missing, "k")
    assert not missing.exists()


def test_warming_up_twice_reads_the_cache_and_leaves_nothing_handed(tmp_path: Path) -> None:
    warm_tables.warm_tables(tmp_path)
    assert (tmp_path / CACHE_NAME).is_file()
    warm_tables.warm_tables(tmp_path)
    assert kept_tables._HANDED == {}


def test_the_cache_is_the_index_s_own_and_a_killed_write_s_file_is_cleared(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    from qa_bot.store.layout import foreign_entries

    from .conftest import INDEX_DIR

    index = tmp_path / "index"
    shutil.copytree(INDEX_DIR, index)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (index / f"{CACHE_NAME}.tmp-{dead.pid}").write_bytes(b"half a cache")
    (index / f"{CACHE_NAME}.tmp-{os.getpid()}x").write_bytes(b"")  # no name of ours
    # The cache and a write's temporary file do not make the folder someone else's.
    assert foreign_entries(index) == [f"{CACHE_NAME}.tmp-{os.getpid()}x"]
    (index / f"{CACHE_NAME}.tmp-{os.getpid()}x").unlink()
    assert write_cache(index, "k")
    assert sorted(p.name for p in index.iterdir() if p.name.startswith(".")) == [CACHE_NAME]
    assert foreign_entries(index) == []
