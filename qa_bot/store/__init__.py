"""The on-disk index: dense (FAISS) + lexical (bm25s) + passages; written atomically, checked
on load. One module per concern:

    layout           file names, the format version, which folders a build may replace
    atomic           fsync, the atomic swap of two folders, leftovers of killed builds
    embedding_cache  vectors kept by text between builds; the TextEncoder seam
    dense, lexical   FAISS and bm25s, each behind make / write / read
    records          documents and passages as JSON records
    manifest         Manifest (manifest.json as a dataclass), reading it, checking files and
                     corpus against it
    load             Index (a loaded index) and load_index
    build            build_index: read, split, embed, write, swap in (finish_build: the
                     end every build shares, this process's and the one on Ray)
"""

from __future__ import annotations

from .atomic import remove_stale_builds, replace_directory
from .build import build_index, finish_build
from .dense import (
    APPROXIMATE_ABOVE,
    HNSW_EF_CONSTRUCTION,
    HNSW_EF_SEARCH,
    HNSW_NEIGHBOURS,
    make_dense_index,
)
from .derived import Derived
from .embedding_cache import (
    ENCODE_BATCH,
    EmbeddingCache,
    Progress,
    TextEncoder,
    embedder_cache_id,
    embedding_key,
    load_embedding_cache,
)
from .layout import DENSE, EMBEDDINGS, FORMAT_VERSION, MANIFEST, check_index_target
from .lexical import make_bm25
from .load import Index, load_index
from .manifest import Manifest, built_documents

__all__ = [
    "APPROXIMATE_ABOVE",
    "DENSE",
    "EMBEDDINGS",
    "ENCODE_BATCH",
    "FORMAT_VERSION",
    "HNSW_EF_CONSTRUCTION",
    "HNSW_EF_SEARCH",
    "HNSW_NEIGHBOURS",
    "MANIFEST",
    "Derived",
    "EmbeddingCache",
    "Index",
    "Manifest",
    "Progress",
    "TextEncoder",
    "build_index",
    "built_documents",
    "check_index_target",
    "embedder_cache_id",
    "embedding_key",
    "finish_build",
    "load_embedding_cache",
    "load_index",
    "make_bm25",
    "make_dense_index",
    "remove_stale_builds",
    "replace_directory",
]
