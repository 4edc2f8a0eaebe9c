"""What an index folder holds, and which folders a build may replace.

Layout of an index folder:
    manifest.json     format version, corpus hashes, embedder, settings, a sha256 of every file
    documents.json    documents with their titles and sections (label, offsets, text)
    passages.jsonl    one passage a line, with its sentence offsets
    dense.faiss       FAISS index of passage vectors (ids = passage ids)
    sentences.npy     one vector per answer sentence, in passage order
    embeddings.npz    every embedded text's vector under sha256(embedder id, text): the next
                      build re-embeds only texts it has not seen (an added or changed document)
    bm25/             bm25s index over PyThaiNLP word tokens
    .warm-tables.pickle  written later, by the first start that warms up over the index: the
                      start-up tables of no index (qa_bot/warm_tables.py), not in the manifest
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from ..errors import CorpusError, IndexLoadError, IndexTargetError
from ..fileio import read_regular_file

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
# A cache a start writes into the index folder (warm_tables.py), and its temporary file while
# it is written (.NAME.tmp-PID): the index's own, though no build wrote them.
WARM_TABLES = ".warm-tables.pickle"
CACHE_FILE = re.compile(rf"{re.escape(WARM_TABLES)}(?:\.tmp-(?P<pid>\d+))?")
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


def foreign_entries(index_dir: Path) -> list[str]:
    """What in index_dir a build did not write (relative paths, sorted); [] for an index of
    ours, damaged or not, or an empty folder.

    A manifest that parses must be ours (a format version and a file list); the names in the
    folder must be names a build writes, files the manifest lists, or the cache a start writes
    (CACHE_FILE).
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
                (len(parts) == 1 and (name in INDEX_NAMES or CACHE_FILE.fullmatch(name)))
                or (len(parts) == 2 and parts[0] == BM25_DIR and name in BM25_NAMES)
                or relative.as_posix() in listed
            )
            if not known:
                foreign.append(relative.as_posix())
        dirs[:] = [d for d in dirs if Path(root, d).relative_to(index_dir).as_posix() == BM25_DIR]
    return sorted(foreign)


def is_within(inner: Path, outer: Path) -> bool:
    """Whether inner is outer or inside it, compared as given (no resolving of links or ..:
    callers pass resolved paths)."""
    return inner == outer or outer in inner.parents


def check_index_target(index_dir: Path, corpus_dir: Path | None = None) -> Path:
    """Refuse an --index that a build must not replace; the absolute path to build into.

    A build replaces index_dir whole, so it must be missing, empty, or an index this program
    built (see foreign_entries); never a file or a link, never the corpus folder, a folder
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
    if is_within(Path.cwd().resolve(), resolved):
        raise IndexTargetError(
            f"{shown} คือโฟลเดอร์ปัจจุบันหรือโฟลเดอร์ที่ครอบอยู่ จะไม่เขียนทับ ให้ระบุโฟลเดอร์ย่อย เช่น --index index",
            f"{shown} is the current folder or one above it; it is not replaced. "
            "Name a folder of its own, e.g. --index index",
        )
    if corpus_dir is not None:
        corpus = Path(os.path.abspath(corpus_dir)).resolve()
        if is_within(resolved, corpus) or is_within(corpus, resolved):
            raise IndexTargetError(
                f"โฟลเดอร์ดัชนี {shown} ซ้อนกับโฟลเดอร์เอกสาร {corpus_dir} "
                "ให้เก็บดัชนีไว้ในโฟลเดอร์แยก เช่น --index index",
                f"the index folder {shown} is, holds or lies inside the documents folder "
                f"{corpus_dir}; keep the index in a folder of its own, e.g. --index index",
            )
    if absolute.is_dir():
        foreign = foreign_entries(absolute)
        if foreign:
            listed = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
            raise IndexTargetError(
                f"{shown} ไม่ใช่ดัชนีที่ qa-bot build สร้าง (มี {listed}) จะไม่เขียนทับ "
                "ให้เลือกโฟลเดอร์ใหม่หรือโฟลเดอร์ดัชนีเดิมสำหรับ --index",
                f"{shown} is not an index built by qa-bot build (it holds {listed}); "
                "it is not replaced. Give --index a new folder or an existing index",
            )
    return absolute


def not_an_index(index_dir: Path) -> IndexLoadError | None:
    """The message for an --index that is a file or someone's folder: building there would be
    refused, so no rebuild command is suggested."""
    if index_dir.exists() and not index_dir.is_dir():
        return IndexLoadError(
            f"{index_dir} เป็นไฟล์ ไม่ใช่โฟลเดอร์ดัชนี ให้ระบุโฟลเดอร์ที่ qa-bot build สร้างด้วย --index",
            f"{index_dir} is a file, not an index folder; give --index the folder that "
            "qa-bot build wrote",
        )
    if index_dir.is_dir() and foreign_entries(index_dir):
        return IndexLoadError(
            f"{index_dir} ไม่ใช่โฟลเดอร์ดัชนี ให้ระบุโฟลเดอร์ที่ qa-bot build สร้างด้วย --index",
            f"{index_dir} is not an index folder; give --index the folder that qa-bot build wrote",
        )
    return None
