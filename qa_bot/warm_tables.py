"""The start-up tables built from files that seldom change, kept in a cache beside the index.

`pipeline.warm_up` builds, at every start, tables that depend on no question and on no index:
the Thai WordNet's synsets (`lexicon.thai_synsets`: ~80 k rows of PyThaiNLP's wordnet_th.db),
the dictionary's English word families (`question_words.word_families`: ~50 k Snowball stems),
the Thai National Corpus's counts (`text.thai_word_counts`), the dictionary's Thai terms and
cities (`lexicon.translated_terms`, `places.cities`) and PyThaiNLP's stop words romanised
(`spelling.romanised_stop_words`). On the 2-core machine they are
about a second of a ~6 s start that must answer within 5 s (bench/cold_start.py). Read from a
pickle they take a fraction of that.

The cache is written beside the index (`CACHE_NAME` in the index folder, gone with the folder
when a new build is swapped in), atomically (a temporary file renamed over it), and it is keyed
by what the tables are built from (`cache_key`: the sha256 of each source file, of the code
that builds them, and the versions of Python and of the packages read): a cache of other
sources, or one that cannot be read, is built again and rewritten, never trusted. Reading it
unpickles plain containers only (`_PlainUnpickler`: no class or function is looked up). A
folder that cannot be written (a read-only install) just has no cache.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from types import MappingProxyType

from .kept_tables import hand, handed
from .lexicon import LEXICON, thai_synsets, translated_terms
from .places import cities
from .question_words import word_families
from .spelling import romanised_stop_words
from .store.atomic import process_alive
from .store.layout import CACHE_FILE
from .store.layout import WARM_TABLES as CACHE_NAME
from .text import thai_word_counts

log = logging.getLogger(__name__)

# Raised when what the cache holds, or how, changes beyond its sources' digests.
CACHE_FORMAT = 1
# The packages whose code or data a table is built by (their versions are in the key).
PACKAGES = ("pythainlp", "PyStemmer")


@dataclass(frozen=True)
class Table:
    """A table kept in the cache: `build()` gives it (the builder's own cache), `stored` turns
    it into plain containers to pickle, `restored` turns those back into what build() gives."""

    name: str
    build: Callable[[], object]
    stored: Callable[[object], object] = lambda value: value
    restored: Callable[[object], object] = lambda value: value


def _counts_stored(value: object) -> object:
    assert isinstance(value, Mapping)
    return dict(value)


def _counts_restored(value: object) -> object:
    assert isinstance(value, dict)
    return MappingProxyType(value)


TABLES = (
    Table("thai_synsets", thai_synsets),
    Table("word_families", word_families),
    Table("thai_word_counts", thai_word_counts, _counts_stored, _counts_restored),
    Table("translated_terms", translated_terms),
    Table("cities", cities),
    Table("romanised_stop_words", romanised_stop_words),
)


def _sources() -> list[Path]:
    """The files the tables are built from: the data they read and the code that reads it."""
    import pythainlp

    here = Path(__file__).resolve().parent
    corpus = Path(str(resources.files(pythainlp))) / "corpus"
    return [
        corpus / "wordnet_th.db",  # thai_synsets
        corpus / "tnc_freq.txt",  # thai_word_counts
        here / "data" / LEXICON,  # word_families: the dictionary's lemmas
        # the code: the builders and what they call (stems, normal forms, a city's noun)
        *(here / name for name in ("lexicon.py", "question_words.py", "text.py", "places.py")),
        here / "spelling.py",  # romanised_stop_words (its data and romaniser: pythainlp's)
        here / "kept_tables.py",
        Path(__file__).resolve(),
    ]


def cache_key() -> str:
    """sha256 of the cache's format, Python's and the packages' versions and every source
    file's name and contents: another key, another cache."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{sys.version}\0".encode())
    for package in PACKAGES:
        digest.update(f"{package} {metadata.version(package)}\0".encode())
    for path in _sources():
        digest.update(f"{path.name}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles dicts, tuples, lists, sets, strings and numbers only: a pickle naming any
    class or function (which unpickling would call) is refused."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"{module}.{name}: not a plain container")


def read_cache(index_dir: Path, key: str) -> bool:
    """Hand the cached tables in (kept_tables.hand) when the cache beside the index has this
    key and every table; False (nothing handed) when it is missing, of another key, or
    unreadable."""
    try:
        data = _PlainUnpickler(io.BytesIO((index_dir / CACHE_NAME).read_bytes())).load()
    except FileNotFoundError:
        return False
    except Exception as error:  # a damaged cache is no cache: it is built again
        log.info("the warm-up tables' cache at %s is unreadable (%s)", index_dir, error)
        return False
    if not (
        isinstance(data, dict)
        and data.get("key") == key
        and isinstance(data.get("tables"), dict)
        and set(data["tables"]) == {table.name for table in TABLES}
    ):
        return False
    try:
        restored = {table.name: table.restored(data["tables"][table.name]) for table in TABLES}
    except AssertionError:
        return False
    for name, value in restored.items():
        hand(name, value)
    return True


def write_cache(index_dir: Path, key: str) -> bool:
    """Build the tables (each builder's own, kept for this process too) and write them beside
    the index under key, atomically; False when the folder cannot be written."""
    tables = {table.name: table.stored(table.build()) for table in TABLES}
    payload = pickle.dumps({"key": key, "tables": tables}, protocol=pickle.HIGHEST_PROTOCOL)
    path = index_dir / CACHE_NAME
    temporary = index_dir / f"{CACHE_NAME}.tmp-{os.getpid()}"
    _clear_killed_writes(index_dir)
    try:
        with temporary.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        log.info("the warm-up tables' cache could not be written at %s (%s)", index_dir, error)
        temporary.unlink(missing_ok=True)  # only the file this call made
        return False
    return True


def _clear_killed_writes(index_dir: Path) -> None:
    """Remove the temporary files of this cache that writes killed before their rename left
    (only CACHE_FILE's .tmp-PID names, of processes no longer running)."""
    try:
        names = [entry.name for entry in os.scandir(index_dir)]
    except OSError:
        return
    for name in names:
        match = CACHE_FILE.fullmatch(name)
        if match and match["pid"] and not process_alive(int(match["pid"])):
            (index_dir / name).unlink(missing_ok=True)


def warm_tables(index_dir: Path | None) -> None:
    """The tables from the cache beside the index when it holds them for these sources, else
    built now and written there for the next start. Without an index folder, built."""
    if index_dir is None:
        for table in TABLES:
            table.build()
        return
    try:
        key = cache_key()
    except (OSError, metadata.PackageNotFoundError):  # a source missing: build, keep nothing
        for table in TABLES:
            table.build()
        return
    if not read_cache(index_dir, key):
        write_cache(index_dir, key)
    for table in TABLES:  # each builder takes its handed table now, or keeps what it has
        table.build()
        handed(table.name)
