"""The dense (FAISS) part of an index: exact inner-product search, HNSW above a size."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import numpy as np

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


def make_dense_index(vectors: np.ndarray, approximate_above: int = APPROXIMATE_ABOVE) -> Any:
    """A FAISS index over (n, dim) float32 unit vectors, with ids 0..n-1 (the passage ids),
    searched by inner product (= cosine for unit vectors).

    Exact (IndexFlatIP) up to approximate_above vectors, above that an HNSW graph over
    half-precision vectors (HNSW_* settings; figures from bench/scale.py, above). Returns a
    faiss.IndexIDMap2.
    """
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


def write_dense(dense: Any, path: Path) -> None:
    """Write a FAISS index to path (faiss.write_index; raises RuntimeError on failure)."""
    import faiss

    faiss.write_index(dense, str(path))


def read_dense(path: Path) -> Any:
    """A dense index as written, its HNSW search depth (not stored by FAISS) set."""
    import faiss

    dense = faiss.read_index(str(path))
    with contextlib.suppress(AttributeError):
        faiss.downcast_index(dense.index).hnsw.efSearch = HNSW_EF_SEARCH
    return dense
