"""Building an index from a corpus folder: read, split, embed (through the cache), write into a
staging folder, swap it in atomically."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from .._version import __version__
from ..corpus.documents import (
    UNREADABLE_BYTES,
    duplicate_documents,
    indexed_texts,
    nothing_readable,
    read_corpus,
    unreadable_documents,
)
from ..corpus.fields import sentence_text
from ..corpus.model import Document, Passage
from ..corpus.passages import DEFAULT_MAX_PASSAGE_CHARS, split_passages
from ..embedders import DEFAULT_MODEL, Embedder, load_embedder
from ..errors import CorpusError
from ..fileio import read_regular_file
from ..text import embedding_text, tokenize
from .atomic import fsync_tree, remove_stale_builds, replace_directory, sha256_file, write_failed
from .dense import APPROXIMATE_ABOVE, make_dense_index, write_dense
from .embedding_cache import EmbeddingCache, Progress, TextEncoder, load_embedding_cache
from .journal import checkpoint
from .layout import (
    BM25_DIR,
    DENSE,
    DOCUMENTS,
    EMBEDDINGS,
    FORMAT_VERSION,
    MANIFEST,
    PASSAGES,
    SENTENCES,
    check_index_target,
)
from .lexical import make_bm25, write_bm25
from .load import Index, load_index
from .manifest import (
    BuildSettings,
    DocumentEntry,
    EmbedderInfo,
    Manifest,
    SkippedDuplicate,
    SkippedUnreadable,
)
from .records import documents_record, passage_record


def write_index_files(
    directory: Path,
    documents: list[Document],
    passages: list[Passage],
    passage_vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    embedder: Embedder,
    settings: BuildSettings,
    cache: EmbeddingCache | None = None,
    skipped: Sequence[SkippedDuplicate] = (),
    tokens: Iterable[list[str]] | None = None,
    corpus_dir: Path | None = None,
    unreadable: Sequence[SkippedUnreadable] = (),
) -> Manifest:
    """Every file of an index into directory (the staging folder), the manifest last.

    Equal input, byte-identical files: nothing time- or run-dependent is written (no build
    time; the vocabulary sorted; the cache's summary without this build's counts).
    corpus_dir, when given, is recorded relative to the index (directory is beside it), so
    that later commands find the documents the index was built from.

    tokens: each passage's BM25 tokens when the caller has them (a distributed build
    tokenises on its workers); by default text.tokenize of each passage.
    unreadable: the documents a --skip-unreadable build left out (manifest entries)."""
    (directory / DOCUMENTS).write_text(
        json.dumps(documents_record(documents), ensure_ascii=False), encoding="utf-8"
    )
    with (directory / PASSAGES).open("w", encoding="utf-8") as handle:
        for passage in passages:
            handle.write(json.dumps(passage_record(passage), ensure_ascii=False) + "\n")
    dense = make_dense_index(passage_vectors, settings.approximate_above)
    write_dense(dense, directory / DENSE)
    np.save(directory / SENTENCES, sentence_vectors)
    # A Ray build's workers tokenise each document titled, not knowing how many there are:
    # a one-document index is tokenised here again (indexed_texts).
    if tokens is None or len(documents) == 1:
        tokens = (tokenize(text) for text in indexed_texts(passages))
    bm25 = make_bm25(tokens)
    write_bm25(bm25, directory / BM25_DIR)
    if cache is not None:
        cache.save(directory / EMBEDDINGS)
    files = {
        str(path.relative_to(directory)): sha256_file(path)
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        package_version=__version__,
        embedder=EmbedderInfo.of(embedder),
        settings=settings,
        corpus_dir=(
            Path(
                os.path.relpath(os.path.abspath(corpus_dir), os.path.abspath(directory))
            ).as_posix()
            if corpus_dir is not None
            else None
        ),
        corpus=tuple(
            DocumentEntry(d.doc_id, d.sha256, d.title, d.metadata_sha256) for d in documents
        ),
        skipped_duplicates=tuple(skipped),
        passage_count=len(passages),
        sentence_count=len(sentence_vectors),
        dense_kind="hnsw" if len(passages) > settings.approximate_above else "flat",
        embedding_cache=cache.summary() if cache is not None else None,
        files=files,
        skipped_unreadable=tuple(unreadable),
    )
    (directory / MANIFEST).write_text(
        json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return manifest


def embed_passages(
    passages: list[Passage],
    cache: EmbeddingCache,
    progress: Progress | None = None,
    encoder: TextEncoder | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(passage vectors, sentence vectors) of passages, in order: float32, one row per passage
    and per answer sentence (passage order). Only texts the cache lacks go to encoder (default:
    the cache's embedder in batches), once per stage."""
    passage_texts = [embedding_text(text) for text in indexed_texts(passages)]
    passage_vectors = cache.embed(passage_texts, "passages", progress, encoder)
    sentence_texts = [
        embedding_text(sentence_text(p.source, a, b)) for p in passages for a, b in p.sentences
    ]
    sentence_vectors = cache.embed(sentence_texts, "sentences", progress, encoder)
    return passage_vectors, sentence_vectors


def install_index(
    index_dir: Path, corpus_dir: Path | None, write: Callable[[Path], object]
) -> None:
    """write(staging folder) beside index_dir, fsync it, and swap it in atomically.

    index_dir is checked again just before the swap (check_index_target); a write that fails
    (disk full, read-only) raises IndexWriteError and leaves the previous index as it was.
    """
    absolute = check_index_target(index_dir, corpus_dir)
    staging = absolute.with_name(f".{absolute.name}.tmp-{os.getpid()}-{time.monotonic_ns()}")
    try:
        absolute.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
        write(staging)
        fsync_tree(staging)
        check_index_target(index_dir, corpus_dir)
        replace_directory(staging, absolute)
        checkpoint("build:swapped")
    except OSError as exc:  # disk full, read-only: a message, and the old index stays
        raise write_failed(exc, index_dir) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def skip_duplicates(
    documents: list[Document],
) -> tuple[list[Document], list[SkippedDuplicate]]:
    """(documents to index, manifest entries of those left out). A second copy of a document
    would show every passage twice: it is indexed once, and the copy named."""
    duplicates = duplicate_documents(documents)
    skipped = [
        SkippedDuplicate(doc.doc_id, doc.sha256, duplicates[doc.doc_id])
        for doc in documents
        if doc.doc_id in duplicates
    ]
    return [doc for doc in documents if doc.doc_id not in duplicates], skipped


def skip_unreadable_documents(
    documents: Sequence[Document],
    errors: Sequence[tuple[Path, CorpusError]],
    corpus_dir: Path,
    skip: bool,
) -> list[SkippedUnreadable]:
    """Manifest entries of the documents a build leaves out because they cannot be read
    (errors: corpus.documents.read_corpus's), each with its file's sha256 and why.

    Raises CorpusError unless skip when any cannot be read (unreadable_documents: the index is
    not built, and what to do), and with skip when none could be read (nothing_readable)."""
    if errors and not skip:
        raise unreadable_documents([error for _, error in errors])
    if errors and not documents:
        raise nothing_readable(corpus_dir, [error for _, error in errors])
    entries = []
    for path, error in errors:
        try:
            sha256 = hashlib.sha256(read_regular_file(path)).hexdigest()
        except CorpusError:  # over the size limit, a link: its bytes are unreadable too
            sha256 = UNREADABLE_BYTES
        entries.append(SkippedUnreadable(path.name, sha256, error.message_th, error.message_en))
    return entries


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    model: str = DEFAULT_MODEL,
    max_passage_chars: int = DEFAULT_MAX_PASSAGE_CHARS,
    approximate_above: int = APPROXIMATE_ABOVE,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    reuse: bool = True,
    encoder: TextEncoder | None = None,
    skip_unreadable: bool = False,
) -> Index:
    """Build the index of every document in corpus_dir into index_dir, atomically.

    With reuse, texts that the index already in index_dir embedded (same text, same embedder)
    keep their vectors, so a one-document change embeds only that document. encoder, when
    given, embeds the texts the cache lacks instead of the embedder (a distributed build); the
    embedder still names the model and encodes questions.
    skip_unreadable: documents that cannot be read are left out (named in the manifest's
    skipped_unreadable, with why) instead of stopping the build.
    Raises IndexTargetError (before any work) for an index_dir a build must not replace,
    CorpusError for a document that cannot be read (with skip_unreadable: when none can),
    IndexWriteError when writing fails.
    """
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    # Refused before any work (and again before the swap): a wrong --index costs nothing.
    remove_stale_builds(check_index_target(index_dir, corpus_dir))
    readable, errors = read_corpus(corpus_dir)
    unreadable = skip_unreadable_documents(readable, errors, corpus_dir, skip_unreadable)
    documents, skipped = skip_duplicates(readable)
    embedder = embedder or load_embedder(model)
    passages = split_passages(documents, max_passage_chars)
    cache = EmbeddingCache(embedder, load_embedding_cache(index_dir, embedder) if reuse else {})
    settings = BuildSettings(max_passage_chars, approximate_above)
    return finish_build(
        index_dir,
        corpus_dir,
        documents,
        passages,
        embedder,
        settings,
        cache,
        skipped,
        progress,
        encoder,
        unreadable=unreadable,
    )


def finish_build(
    index_dir: Path,
    corpus_dir: Path,
    documents: list[Document],
    passages: list[Passage],
    embedder: Embedder,
    settings: BuildSettings,
    cache: EmbeddingCache,
    skipped: Sequence[SkippedDuplicate] = (),
    progress: Progress | None = None,
    encoder: TextEncoder | None = None,
    tokens: Iterable[list[str]] | None = None,
    unreadable: Sequence[SkippedUnreadable] = (),
) -> Index:
    """The end of every build (this process's and the one on Ray): embed the texts the cache
    lacks (embed_passages), write every file into a staging folder and swap it in
    (install_index), then load the index, with the cache's counts as its build_stats.
    Raises IndexWriteError when writing fails; the previous index then stays."""
    passage_vectors, sentence_vectors = embed_passages(passages, cache, progress, encoder)
    install_index(
        index_dir,
        corpus_dir,
        lambda staging: write_index_files(
            staging,
            documents,
            passages,
            passage_vectors,
            sentence_vectors,
            embedder,
            settings,
            cache,
            skipped,
            tokens=tokens,
            corpus_dir=corpus_dir,
            unreadable=unreadable,
        ),
    )
    index = load_index(index_dir, corpus_dir=corpus_dir, embedder=embedder)
    index.build_stats = cache.stats()
    return index
