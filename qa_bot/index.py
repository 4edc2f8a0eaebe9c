"""The on-disk index: dense (FAISS) + lexical (bm25s) + passages; written atomically, checked
on load.

Layout of an index folder:
    manifest.json     format version, corpus hashes, embedder, settings, a sha256 of every file
    documents.json    documents with their titles and sections (label, offsets, text)
    passages.jsonl    one passage a line, with its sentence offsets
    dense.faiss       FAISS index of passage vectors (ids = passage ids)
    sentences.npy     one vector per answer sentence, in passage order
    embeddings.npz    every embedded text's vector under sha256(embedder id, text): the next
                      build re-embeds only texts it has not seen (an added or changed document)
    bm25/             bm25s index over PyThaiNLP word tokens
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from . import __version__
from .corpus import (
    DEFAULT_MAX_PASSAGE_CHARS,
    Document,
    Passage,
    Section,
    duplicate_documents,
    load_corpus,
    split_passages,
)
from .embedders import DEFAULT_MODEL, Embedder, load_embedder
from .errors import CorpusError, IndexLoadError, IndexTargetError, IndexWriteError
from .fileio import read_regular_file
from .text import embedding_text, tokenize

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DOCUMENTS = "documents.json"
PASSAGES = "passages.jsonl"
DENSE = "dense.faiss"
SENTENCES = "sentences.npy"
# Optional (an index without it loads; its next build embeds everything once).
EMBEDDINGS = "embeddings.npz"
BM25_DIR = "bm25"
# Every name a build writes (bm25s's own file names inside bm25/): a folder holding anything
# else is not an index this program built, and a build never replaces it.
INDEX_NAMES = frozenset({MANIFEST, DOCUMENTS, PASSAGES, DENSE, SENTENCES, EMBEDDINGS, BM25_DIR})
BM25_NAMES = frozenset(
    {
        "params.index.json",
        "vocab.index.json",
        "data.csc.index.npy",
        "indices.csc.index.npy",
        "indptr.csc.index.npy",
        "nonoccurrence_array.index.npy",
        "corpus.jsonl",
        "corpus.mmindex.json",
    }
)
# Measured by bench/scale.py on 2 cores: exact search for one question takes (p95) 0.7 ms at
# 10 k passages, 3.8 ms at 20 k, 9 ms at 50 k, 17 ms at 100 k, against ~14 ms to encode the
# question; past the largest size where it stays within a quarter of that, an HNSW graph
# (under 1 ms, recall@10 ≥ 0.99) takes over.
APPROXIMATE_ABOVE = 10_000
# At 100 k passages, recall@10 against exact search: efConstruction 80 gave 0.977-0.987 at
# efSearch 128, 200 gives 0.992-0.994, and efSearch 256 0.995-0.998 for 0.2 ms more. Vectors
# are kept at half precision (no loss of recall measured), which a 100 k index needs to stay
# under 1 GiB resident.
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 200
HNSW_EF_SEARCH = 256
ENCODE_BATCH = 64
SENTENCE_COSINE_BLOCK = 32_768  # rows converted from half precision at a time

Progress = Callable[[str, int, int], None]


@dataclass
class Index:
    """A loaded index: read-only after load, safe to share between threads."""

    directory: Path
    manifest: dict[str, Any]
    documents: list[Document]
    passages: list[Passage]
    dense: Any  # faiss.Index with passage ids
    bm25: Any  # bm25s.BM25
    sentence_vectors: np.ndarray
    embedder: Embedder
    sentence_offsets: np.ndarray = field(init=False)  # row of each passage's first sentence
    # Values derived from the above on first use (normalised texts, IDF); never changes them.
    derived: dict[Any, Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        counts = [len(p.sentences) for p in self.passages]
        self.sentence_offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)

    def sentence_cosines(self, vector: np.ndarray) -> np.ndarray:
        """Every answer sentence's cosine with a unit vector, as float32 whatever the storage."""
        if self.sentence_vectors.dtype == np.float32:
            return self.sentence_vectors @ vector
        out = np.empty(len(self.sentence_vectors), dtype=np.float32)
        for start in range(0, len(out), SENTENCE_COSINE_BLOCK):
            block = self.sentence_vectors[start : start + SENTENCE_COSINE_BLOCK]
            out[start : start + len(block)] = block.astype(np.float32) @ vector
        return out

    def passage_sentence_vectors(self, passage_id: int) -> np.ndarray:
        return self.sentence_vectors[
            self.sentence_offsets[passage_id] : self.sentence_offsets[passage_id + 1]
        ]

    def section(self, doc_id: str, section_id: int) -> Section | None:
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return next((s for s in doc.sections if s.section_id == section_id), None)
        return None

    def document(self, doc_id: str) -> Document | None:
        return next((doc for doc in self.documents if doc.doc_id == doc_id), None)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _foreign_entries(index_dir: Path) -> list[str]:
    """What in index_dir a build did not write (relative paths, sorted); [] for an index of
    ours, damaged or not, or an empty folder.

    A manifest that parses must be ours (a format version and a file list); the names in the
    folder must be names a build writes, or files the manifest lists.
    """
    listed: set[str] = set()
    manifest_path = index_dir / MANIFEST
    if manifest_path.is_file() and not manifest_path.is_symlink():
        try:
            manifest = json.loads(read_regular_file(manifest_path, 1_000_000))
        except (CorpusError, ValueError):
            manifest = None  # damaged: judged by the names alone
        else:
            ours = (
                isinstance(manifest, dict)
                and isinstance(manifest.get("format_version"), int)
                and isinstance(manifest.get("files"), dict)
            )
            if not ours:
                return [MANIFEST]
            listed = set(manifest["files"])
    foreign = []
    for root, dirs, files in os.walk(index_dir):
        for name in [*dirs, *files]:
            relative = (Path(root) / name).relative_to(index_dir)
            parts = relative.parts
            known = (
                (len(parts) == 1 and name in INDEX_NAMES)
                or (len(parts) == 2 and parts[0] == BM25_DIR and name in BM25_NAMES)
                or relative.as_posix() in listed
            )
            if not known:
                foreign.append(relative.as_posix())
        dirs[:] = [d for d in dirs if Path(root, d).relative_to(index_dir).as_posix() == BM25_DIR]
    return sorted(foreign)


def _is_within(inner: Path, outer: Path) -> bool:
    return inner == outer or outer in inner.parents


def check_index_target(index_dir: Path, corpus_dir: Path | None = None) -> Path:
    """Refuse an --index that a build must not replace; the absolute path to build into.

    A build replaces index_dir whole, so it must be missing, empty, or an index this program
    built (see _foreign_entries); never a file or a link, never the corpus folder, a folder
    inside it or one holding it, never the current folder or one above it.
    Raises IndexTargetError (Thai and English) before any work is done.
    """
    shown = str(index_dir) or "''"
    absolute = Path(os.path.abspath(index_dir))  # "" and "." are the current folder
    resolved = absolute.resolve()
    if not absolute.name:
        raise IndexTargetError(
            f"ใช้ {shown} เป็นโฟลเดอร์ดัชนีไม่ได้ ให้ระบุชื่อโฟลเดอร์ เช่น --index index",
            f"{shown} cannot be the index folder; name a folder, e.g. --index index",
        )
    if absolute.is_symlink():
        raise IndexTargetError(
            f"{shown} เป็นลิงก์ (symbolic link) ให้ระบุโฟลเดอร์จริงแทน",
            f"{shown} is a symbolic link; give the real folder instead",
        )
    if absolute.exists() and not absolute.is_dir():
        raise IndexTargetError(
            f"{shown} เป็นไฟล์ ไม่ใช่โฟลเดอร์ดัชนี จะไม่เขียนทับ ให้เลือกชื่อโฟลเดอร์อื่นสำหรับ --index",
            f"{shown} is a file, not an index folder; it is not replaced. "
            "Choose another name for --index",
        )
    if _is_within(Path.cwd().resolve(), resolved):
        raise IndexTargetError(
            f"{shown} คือโฟลเดอร์ปัจจุบันหรือโฟลเดอร์ที่ครอบอยู่ จะไม่เขียนทับ ให้ระบุโฟลเดอร์ย่อย เช่น --index index",
            f"{shown} is the current folder or one above it; it is not replaced. "
            "Name a folder of its own, e.g. --index index",
        )
    if corpus_dir is not None:
        corpus = Path(os.path.abspath(corpus_dir)).resolve()
        if _is_within(resolved, corpus) or _is_within(corpus, resolved):
            raise IndexTargetError(
                f"โฟลเดอร์ดัชนี {shown} ซ้อนกับโฟลเดอร์เอกสาร {corpus_dir} "
                "ให้เก็บดัชนีไว้ในโฟลเดอร์แยก เช่น --index index",
                f"the index folder {shown} is, holds or lies inside the documents folder "
                f"{corpus_dir}; keep the index in a folder of its own, e.g. --index index",
            )
    if absolute.is_dir():
        foreign = _foreign_entries(absolute)
        if foreign:
            listed = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
            raise IndexTargetError(
                f"{shown} ไม่ใช่ดัชนีที่ qa-bot build สร้าง (มี {listed}) จะไม่เขียนทับ "
                "ให้เลือกโฟลเดอร์ใหม่หรือโฟลเดอร์ดัชนีเดิมสำหรับ --index",
                f"{shown} is not an index built by qa-bot build (it holds {listed}); "
                "it is not replaced. Give --index a new folder or an existing index",
            )
    return absolute


def _rebuild_hint(problem_th: str, problem_en: str, index_dir: Path) -> IndexLoadError:
    return IndexLoadError(
        f"{problem_th} — สร้างดัชนีใหม่ด้วยคำสั่ง: qa-bot build --index {index_dir}",
        f"{problem_en} — rebuild it with: qa-bot build --index {index_dir}",
    )


def _encode_in_batches(
    encode: Callable[[Sequence[str]], np.ndarray],
    texts: list[str],
    dim: int,
    stage: str,
    progress: Progress | None,
) -> np.ndarray:
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for start in range(0, len(texts), ENCODE_BATCH):
        batch = texts[start : start + ENCODE_BATCH]
        out[start : start + len(batch)] = encode(batch)
        if progress:
            progress(stage, start + len(batch), len(texts))
    return out


def embedder_cache_id(embedder: Embedder) -> str:
    """What decides a text's vector besides the text: the model and the prompt it adds."""
    prompt = getattr(embedder, "passage_prompt", None)
    return embedder.model_id if prompt is None else f"{embedder.model_id}|passage:{prompt}"


def embedding_key(cache_id: str, text: str) -> str:
    return hashlib.sha256(f"{cache_id}\x00{text}".encode()).hexdigest()


def load_embedding_cache(index_dir: Path, embedder: Embedder) -> dict[str, np.ndarray]:
    """The vectors an existing index already holds, by key; empty if it has none to trust.

    A cache is only a shortcut, so anything wrong with it (no index, a checksum mismatch,
    another vector size) means embedding again, never a failed build.
    """
    path = Path(index_dir) / EMBEDDINGS
    try:
        manifest = _read_manifest(Path(index_dir))
    except IndexLoadError:
        return {}
    expected = manifest.get("files", {}).get(EMBEDDINGS)
    if expected is None or not path.is_file() or _sha256_file(path) != expected:
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            keys, vectors = data["keys"], np.asarray(data["vectors"], dtype=np.float32)
    except Exception:  # an unreadable cache is no cache
        return {}
    if vectors.ndim != 2 or vectors.shape != (len(keys), embedder.dim):
        return {}
    return dict(zip(keys.tolist(), vectors, strict=True))


@dataclass
class _EmbeddingCache:
    """Vectors by key while building: the old index's, then every text embedded now."""

    embedder: Embedder
    vectors: dict[str, np.ndarray]
    used: dict[str, None] = field(default_factory=dict)  # keys of this build, in order
    encoded: int = 0

    def embed(self, texts: list[str], stage: str, progress: Progress | None) -> np.ndarray:
        cache_id = embedder_cache_id(self.embedder)
        keys = [embedding_key(cache_id, text) for text in texts]
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in self.vectors:
                missing.setdefault(key, text)
        if missing:
            fresh = _encode_in_batches(
                self.embedder.encode_passages,
                list(missing.values()),
                self.embedder.dim,
                stage,
                progress,
            )
            self.vectors.update(zip(missing, fresh, strict=True))
            self.encoded += len(missing)
        self.used.update(dict.fromkeys(keys))
        if not keys:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([self.vectors[key] for key in keys]).astype(np.float32)

    def save(self, path: Path) -> None:
        keys = list(self.used)
        vectors = (
            np.stack([self.vectors[key] for key in keys]).astype(np.float32)
            if keys
            else np.zeros((0, self.embedder.dim), dtype=np.float32)
        )
        with path.open("wb") as handle:
            np.savez(handle, keys=np.array(keys, dtype="<U64"), vectors=vectors)

    def summary(self) -> dict[str, Any]:
        return {
            "file": EMBEDDINGS,
            "embedder": embedder_cache_id(self.embedder),
            "entries": len(self.used),
            "encoded": self.encoded,
            "reused": len(self.used) - self.encoded,
        }


def make_dense_index(vectors: np.ndarray, approximate_above: int = APPROXIMATE_ABOVE) -> Any:
    import faiss

    dim = vectors.shape[1]
    if len(vectors) > approximate_above:
        inner = faiss.IndexHNSWSQ(
            dim, faiss.ScalarQuantizer.QT_fp16, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT
        )
        inner.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        inner.hnsw.efSearch = HNSW_EF_SEARCH
        inner.train(vectors)
    else:
        inner = faiss.IndexFlatIP(dim)
    dense = faiss.IndexIDMap2(inner)
    dense.add_with_ids(vectors, np.arange(len(vectors), dtype=np.int64))
    return dense


def make_bm25(token_lists: Iterable[list[str]]) -> Any:
    import bm25s

    # An empty passage still needs a token, or bm25s refuses the corpus.
    corpus = [tokens or [""] for tokens in token_lists]
    bm25 = bm25s.BM25(k1=1.2, b=0.75)
    bm25.index(corpus, show_progress=False)
    return bm25


def _passage_record(passage: Passage) -> dict[str, Any]:
    # The document's text is stored once, in documents.json; a passage's own text is written
    # for people reading the file, and loading takes it from the document.
    record: dict[str, Any] = {
        f.name: getattr(passage, f.name)
        for f in fields(passage)
        if f.name not in ("source", "sentences")
    }
    record["text"] = passage.text
    record["sentences"] = [list(span) for span in passage.sentences]
    return record


_SHARED_PASSAGE_FIELDS = ("doc_id", "doc_title", "section_label", "section_label_en")


def _passage_from_record(
    record: dict[str, Any], sources: dict[str, str], shared: dict[str, str] | None = None
) -> Passage:
    """sources: each document's text by id. shared: one string object for the labels every
    passage of a section repeats (memory)."""
    record = dict(record)
    del record["text"]
    record["source"] = sources[record["doc_id"]]
    record["sentences"] = tuple(tuple(span) for span in record["sentences"])
    if shared is not None:
        for key in _SHARED_PASSAGE_FIELDS:
            record[key] = shared.setdefault(record[key], record[key])
    return Passage(**record)


def _documents_record(documents: list[Document]) -> list[dict[str, Any]]:
    return [
        {
            "doc_id": doc.doc_id,
            "title": doc.title,
            "sha256": doc.sha256,
            "text": doc.text,
            "sections": [asdict(section) for section in doc.sections],
        }
        for doc in documents
    ]


def _documents_from_record(records: list[dict[str, Any]]) -> list[Document]:
    return [
        Document(
            doc_id=r["doc_id"],
            title=r["title"],
            text=r["text"],
            sha256=r["sha256"],
            sections=tuple(Section(**s) for s in r["sections"]),
        )
        for r in records
    ]


def _write_index_files(
    directory: Path,
    documents: list[Document],
    passages: list[Passage],
    passage_vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    embedder: Embedder,
    settings: dict[str, Any],
    cache: _EmbeddingCache | None = None,
    skipped: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    import faiss

    (directory / DOCUMENTS).write_text(
        json.dumps(_documents_record(documents), ensure_ascii=False), encoding="utf-8"
    )
    with (directory / PASSAGES).open("w", encoding="utf-8") as handle:
        for passage in passages:
            handle.write(json.dumps(_passage_record(passage), ensure_ascii=False) + "\n")
    dense = make_dense_index(passage_vectors, settings["approximate_above"])
    faiss.write_index(dense, str(directory / DENSE))
    np.save(directory / SENTENCES, sentence_vectors)
    bm25 = make_bm25(tokenize(p.text) for p in passages)
    bm25.save(str(directory / BM25_DIR), show_progress=False)
    if cache is not None:
        cache.save(directory / EMBEDDINGS)
    files = {
        str(path.relative_to(directory)): _sha256_file(path)
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }
    manifest = {
        "format_version": FORMAT_VERSION,
        "package_version": __version__,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "embedder": {
            "id": embedder.model_id,
            "dim": embedder.dim,
            "query_prompt": getattr(embedder, "query_prompt", None),
            "passage_prompt": getattr(embedder, "passage_prompt", None),
        },
        "settings": settings,
        "corpus": [{"doc_id": d.doc_id, "sha256": d.sha256, "title": d.title} for d in documents],
        "skipped_duplicates": skipped or [],
        "passage_count": len(passages),
        "sentence_count": len(sentence_vectors),
        "dense_kind": "hnsw" if len(passages) > settings["approximate_above"] else "flat",
        "embedding_cache": cache.summary() if cache is not None else None,
        "files": files,
    }
    (directory / MANIFEST).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return manifest


def _fsync_tree(directory: Path) -> None:
    for path in directory.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


# renameat2(2) flags: swap two paths in one step, so there is no moment without an index.
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def _exchange_directories(a: Path, b: Path) -> bool:
    """Swap two directories atomically (Linux); False where the system or file system can't."""
    if sys.platform != "linux":
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    status = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return status == 0


def replace_directory(source: Path, target: Path) -> None:
    """Move a finished build into place; the old index stays whole until the new one is in.

    Where the two can be swapped in one step, a build killed at any moment leaves either the
    old index or the new one in place; elsewhere the old one is renamed aside first, and a
    build killed between the two renames leaves it beside target, where the next build finds
    it (remove_stale_builds).
    """
    if target.is_dir() and _exchange_directories(source, target):
        shutil.rmtree(source, ignore_errors=True)  # now the old index
        return
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(source, target)
    except OSError:
        if old.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_builds(index_dir: Path) -> None:
    """Clear what killed builds left beside index_dir (.NAME.tmp-PID-*, .NAME.old-PID).

    Only folders of processes that no longer run are touched; an old index left aside while
    index_dir is missing (a build killed between two renames) is put back.
    """
    if not index_dir.parent.is_dir():
        return
    pattern = re.compile(rf"\.{re.escape(index_dir.name)}\.(tmp|old)-(\d+)(?:-\d+)?")
    for path in sorted(index_dir.parent.iterdir()):
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_dir() or _process_alive(int(match.group(2))):
            continue
        if match.group(1) == "old" and not index_dir.exists():
            os.replace(path, index_dir)
        else:
            shutil.rmtree(path, ignore_errors=True)


def _write_failed(error: OSError, index_dir: Path) -> IndexWriteError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        problem_th, problem_en = "ดิสก์เต็ม", "the disk is full"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        problem_th, problem_en = "ไม่มีสิทธิ์เขียนไฟล์", "no permission to write"
    else:
        problem_th, problem_en = "เขียนไฟล์ไม่สำเร็จ", "a file could not be written"
    detail = error.strerror or str(error)
    return IndexWriteError(
        f"{problem_th} — สร้างดัชนีที่ {index_dir} ไม่สำเร็จ ({detail}) ดัชนีเดิมยังอยู่ครบและใช้ได้ตามเดิม",
        f"{problem_en} — could not write the index at {index_dir} ({detail}); "
        "the previous index is unchanged and still works",
    )


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    model: str = DEFAULT_MODEL,
    max_passage_chars: int = DEFAULT_MAX_PASSAGE_CHARS,
    approximate_above: int = APPROXIMATE_ABOVE,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    reuse: bool = True,
) -> Index:
    """Build the index of every document in corpus_dir into index_dir, atomically.

    With reuse, texts that the index already in index_dir embedded (same text, same embedder)
    keep their vectors, so a one-document change embeds only that document.
    """
    corpus_dir, shown_index = Path(corpus_dir), Path(index_dir)
    # Refused before any work (and again before the swap): a wrong --index costs nothing.
    index_dir = check_index_target(shown_index, corpus_dir)
    remove_stale_builds(index_dir)
    documents = load_corpus(corpus_dir)
    # A second copy of a document would show every passage twice: indexed once, the copy named.
    duplicates = duplicate_documents(documents)
    skipped = [
        {"doc_id": doc.doc_id, "sha256": doc.sha256, "same_as": duplicates[doc.doc_id]}
        for doc in documents
        if doc.doc_id in duplicates
    ]
    documents = [doc for doc in documents if doc.doc_id not in duplicates]
    embedder = embedder or load_embedder(model)
    passages = split_passages(documents, max_passage_chars)
    cache = _EmbeddingCache(embedder, load_embedding_cache(index_dir, embedder) if reuse else {})
    passage_vectors = cache.embed([embedding_text(p.text) for p in passages], "passages", progress)
    sentence_texts = [embedding_text(p.source[a:b]) for p in passages for a, b in p.sentences]
    sentence_vectors = cache.embed(sentence_texts, "sentences", progress)
    settings = {"max_passage_chars": max_passage_chars, "approximate_above": approximate_above}
    staging = index_dir.with_name(f".{index_dir.name}.tmp-{os.getpid()}-{time.monotonic_ns()}")
    try:
        index_dir.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
        _write_index_files(
            staging,
            documents,
            passages,
            passage_vectors,
            sentence_vectors,
            embedder,
            settings,
            cache,
            skipped,
        )
        _fsync_tree(staging)
        check_index_target(shown_index, corpus_dir)
        replace_directory(staging, index_dir)
    except OSError as exc:  # disk full, read-only: a message, and the old index stays
        raise _write_failed(exc, shown_index) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return load_index(shown_index, corpus_dir=corpus_dir, embedder=embedder)


def _not_an_index(index_dir: Path) -> IndexLoadError | None:
    """The message for an --index that is a file or someone's folder: building there would be
    refused, so no rebuild command is suggested."""
    if index_dir.exists() and not index_dir.is_dir():
        return IndexLoadError(
            f"{index_dir} เป็นไฟล์ ไม่ใช่โฟลเดอร์ดัชนี ให้ระบุโฟลเดอร์ที่ qa-bot build สร้างด้วย --index",
            f"{index_dir} is a file, not an index folder; give --index the folder that "
            "qa-bot build wrote",
        )
    if index_dir.is_dir() and _foreign_entries(index_dir):
        return IndexLoadError(
            f"{index_dir} ไม่ใช่โฟลเดอร์ดัชนี ให้ระบุโฟลเดอร์ที่ qa-bot build สร้างด้วย --index",
            f"{index_dir} is not an index folder; give --index the folder that qa-bot build wrote",
        )
    return None


def _read_manifest(index_dir: Path) -> dict[str, Any]:
    path = index_dir / MANIFEST
    if (error := _not_an_index(index_dir)) is not None:
        raise error
    if not index_dir.is_dir():
        raise _rebuild_hint(f"ไม่พบดัชนีที่ {index_dir}", f"no index found at {index_dir}", index_dir)
    if not path.is_file():
        raise _rebuild_hint(
            f"ดัชนีที่ {index_dir} ไม่มีไฟล์ {MANIFEST}",
            f"the index at {index_dir} has no {MANIFEST}",
            index_dir,
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _rebuild_hint(
            f"ไฟล์ {MANIFEST} ของดัชนีเสียหาย", f"the index {MANIFEST} is damaged ({exc})", index_dir
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        found = manifest.get("format_version") if isinstance(manifest, dict) else None
        raise _rebuild_hint(
            f"ดัชนีเป็นรูปแบบรุ่น {found} แต่โปรแกรมนี้ใช้รุ่น {FORMAT_VERSION}",
            f"the index has format version {found}, this program reads {FORMAT_VERSION}",
            index_dir,
        )
    return manifest


def _check_files(index_dir: Path, manifest: dict[str, Any]) -> None:
    for name, expected in manifest.get("files", {}).items():
        path = index_dir / name
        if not path.is_file():
            raise _rebuild_hint(
                f"ดัชนีขาดไฟล์ {name}", f"the index is missing the file {name}", index_dir
            )
        if _sha256_file(path) != expected:
            raise _rebuild_hint(
                f"ไฟล์ {name} ของดัชนีถูกตัดหรือถูกแก้ไข (ไม่ตรงกับที่บันทึกไว้)",
                f"the index file {name} is truncated or changed (checksum mismatch)",
                index_dir,
            )


def built_documents(manifest: dict[str, Any]) -> dict[str, str]:
    """sha256 by id of every document the index was built from, duplicates it skipped too."""
    entries = [*manifest.get("corpus", []), *manifest.get("skipped_duplicates", [])]
    return {entry["doc_id"]: entry["sha256"] for entry in entries}


def _check_corpus(index_dir: Path, manifest: dict[str, Any], corpus_dir: Path) -> None:
    from .corpus import corpus_hashes

    built = built_documents(manifest)
    current = corpus_hashes(corpus_dir)
    added = sorted(set(current) - set(built))
    removed = sorted(set(built) - set(current))
    changed = sorted(name for name in set(built) & set(current) if built[name] != current[name])
    if added or removed or changed:
        detail = ", ".join(
            [f"+{n}" for n in added] + [f"-{n}" for n in removed] + [f"~{n}" for n in changed]
        )
        raise _rebuild_hint(
            f"เอกสารใน {corpus_dir} เปลี่ยนไปหลังสร้างดัชนี ({detail})",
            f"the documents in {corpus_dir} changed after the index was built ({detail})",
            index_dir,
        )


def _read_rows(path: Path, dtype: type[np.generic]) -> np.ndarray:
    """A float32 .npy matrix as dtype, read a block at a time: converting a mapped or whole
    float32 copy would first make all of it resident (at 100 k passages 0.5 GB more at load)."""
    with path.open("rb") as handle:
        npy = np.lib.format
        version = npy.read_magic(handle)
        read_header = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
        shape, fortran, stored = read_header(handle)
        if stored != np.dtype("<f4") or fortran or len(shape) != 2:
            raise ValueError(f"{path.name}: expected a float32 matrix, found {stored} {shape}")
        rows = np.empty(shape, dtype=dtype)
        block = np.empty((SENTENCE_COSINE_BLOCK, shape[1]), dtype=np.float32)
        for start in range(0, shape[0], SENTENCE_COSINE_BLOCK):
            part = block[: min(SENTENCE_COSINE_BLOCK, shape[0] - start)]
            if handle.readinto(memoryview(part).cast("B")) != part.nbytes:
                raise ValueError(f"{path.name} is shorter than its header says")
            rows[start : start + len(part)] = part
    return rows


def load_index(
    index_dir: Path | str = "index",
    corpus_dir: Path | str | None = None,
    embedder: Embedder | None = None,
    model: str | None = None,
) -> Index:
    """Load and check an index. corpus_dir, when given, must hold what the index was built from.

    model, when given, must be the embedder the index was built with.
    """
    import bm25s
    import faiss

    # One question is one small search: FAISS's OpenMP threads only add start-up cost (measured
    # 25 ms instead of 0.01 ms per search on a busy 2-core machine), and concurrent visitors
    # already use the cores.
    faiss.omp_set_num_threads(1)

    index_dir = Path(index_dir)
    manifest = _read_manifest(index_dir)
    _check_files(index_dir, manifest)
    built_with = manifest["embedder"]["id"]
    wanted = embedder.model_id if embedder is not None else model
    if wanted is not None and wanted != built_with:
        raise _rebuild_hint(
            f"ดัชนีสร้างด้วยโมเดล {built_with} ไม่ใช่ {wanted}",
            f"the index was built with the model {built_with}, not {wanted}",
            index_dir,
        )
    if corpus_dir is not None:
        _check_corpus(index_dir, manifest, Path(corpus_dir))
    try:
        documents = _documents_from_record(
            json.loads((index_dir / DOCUMENTS).read_text(encoding="utf-8"))
        )
        sources = {doc.doc_id: doc.text for doc in documents}
        with (index_dir / PASSAGES).open(encoding="utf-8") as handle:
            shared: dict[str, str] = {}
            passages = [
                _passage_from_record(json.loads(line), sources, shared)
                for line in handle
                if line.strip()
            ]
        dense = faiss.read_index(str(index_dir / DENSE))
        # Mapped, a large corpus's sentence vectors still end up resident: each question
        # scores the sentences of ~100 candidate passages (and exam mode all of them), and after
        # 266 questions at 100 k passages 0.5 GB was mapped in (bench/scale.py). So a large
        # (HNSW) index keeps them in memory at half precision instead (cosines within 1e-3),
        # read a block at a time so that no float32 copy is made; a small one as they are.
        half = manifest.get("dense_kind") == "hnsw"
        sentence_vectors = _read_rows(index_dir / SENTENCES, np.float16 if half else np.float32)
        # The BM25 matrix is stored by word: a question reads only its own words' columns, so
        # the rest can stay on disk (mapped) instead of in memory.
        bm25 = bm25s.BM25.load(
            str(index_dir / BM25_DIR), mmap=half, show_progress=False, verbosity=0
        )
    except Exception as exc:  # whatever broke, the remedy is the same
        raise _rebuild_hint(
            "อ่านไฟล์ดัชนีไม่ได้", f"cannot read the index files ({exc})", index_dir
        ) from exc
    if len(passages) != manifest["passage_count"] or dense.ntotal != len(passages):
        raise _rebuild_hint(
            "จำนวนข้อความในดัชนีไม่ตรงกัน",
            "the index files disagree on the number of passages",
            index_dir,
        )
    if embedder is None:
        info = manifest["embedder"]
        options = {
            key: info[key]
            for key in ("query_prompt", "passage_prompt")
            if info.get(key) is not None
        }
        embedder = load_embedder(built_with, **options)
    if embedder.dim != manifest["embedder"]["dim"]:
        raise _rebuild_hint(
            "ขนาดเวกเตอร์ของโมเดลไม่ตรงกับดัชนี",
            "the model's vector size differs from the index's",
            index_dir,
        )
    with contextlib.suppress(AttributeError):
        faiss.downcast_index(dense.index).hnsw.efSearch = HNSW_EF_SEARCH
    return Index(
        directory=index_dir,
        manifest=manifest,
        documents=documents,
        passages=passages,
        dense=dense,
        bm25=bm25,
        sentence_vectors=sentence_vectors,
        embedder=embedder,
    )
