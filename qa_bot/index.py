"""The index, as before its split into qa_bot/store/ (one module per concern): the names other
modules import from here. New code imports from qa_bot.store."""

from __future__ import annotations

from .store import (
    APPROXIMATE_ABOVE,
    EMBEDDINGS,
    ENCODE_BATCH,
    FORMAT_VERSION,
    HNSW_EF_SEARCH,
    MANIFEST,
    EmbeddingCache,
    Index,
    Progress,
    TextEncoder,
    build_index,
    built_documents,
    check_index_target,
    embed_passages,
    embedder_cache_id,
    embedding_key,
    install_index,
    load_embedding_cache,
    load_index,
    make_bm25,
    make_dense_index,
    write_index_files,
)
from .store.atomic import remove_stale_builds, replace_directory

__all__ = [
    "APPROXIMATE_ABOVE",
    "EMBEDDINGS",
    "ENCODE_BATCH",
    "FORMAT_VERSION",
    "HNSW_EF_SEARCH",
    "MANIFEST",
    "EmbeddingCache",
    "Index",
    "Progress",
    "TextEncoder",
    "build_index",
    "built_documents",
    "check_index_target",
    "embed_passages",
    "embedder_cache_id",
    "embedding_key",
    "install_index",
    "load_embedding_cache",
    "load_index",
    "make_bm25",
    "make_dense_index",
    "remove_stale_builds",
    "replace_directory",
    "write_index_files",
]
