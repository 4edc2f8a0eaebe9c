"""A loaded index (Index) and load_index, which checks everything it reads."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..corpus.model import Document, Passage, Section
from ..embedders import Embedder, load_embedder
from .dense import read_dense
from .derived import Derived
from .layout import BM25_DIR, DENSE, DOCUMENTS, PASSAGES, SENTENCES
from .lexical import read_bm25
from .manifest import Manifest, check_corpus, check_files, read_manifest, rebuild_hint
from .records import documents_from_record, passage_from_record

if TYPE_CHECKING:  # heavy imports, only for the annotations
    import bm25s
    import faiss

SENTENCE_COSINE_BLOCK = 32_768  # rows converted from half precision at a time


@dataclass
class Index:
    """A loaded index: read-only after load, safe to share between threads."""

    directory: Path
    manifest: Manifest
    documents: list[Document]
    passages: list[Passage]
    dense: faiss.Index  # passage vectors with passage ids (store/dense.py)
    bm25: bm25s.BM25  # read only through store/lexical.py
    sentence_vectors: np.ndarray
    embedder: Embedder
    sentence_offsets: np.ndarray = field(init=False)  # row of each passage's first sentence
    # Values derived from the above on first use (normalised texts, IDF …), each read through
    # its `store.derived.Derived` declaration; never changes them.
    derived: dict[Derived[Any], Any] = field(default_factory=dict, init=False, repr=False)
    # Set by the build that made it: texts embedded now ("encoded") and taken from the cache
    # ("reused"); None for an index loaded from disk.
    build_stats: dict[str, int] | None = field(default=None, init=False, repr=False)

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
        """The (len(passage.sentences), dim) rows of sentence_vectors for one passage, in
        sentence order: a view, float32 or (HNSW index) float16."""
        return self.sentence_vectors[
            self.sentence_offsets[passage_id] : self.sentence_offsets[passage_id + 1]
        ]

    def section(self, doc_id: str, section_id: int) -> Section | None:
        """The section numbered section_id of document doc_id; None if either is unknown."""
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return next((s for s in doc.sections if s.section_id == section_id), None)
        return None

    def document(self, doc_id: str) -> Document | None:
        """The document with this doc_id, or None."""
        return next((doc for doc in self.documents if doc.doc_id == doc_id), None)


def read_rows(path: Path, dtype: type[np.generic]) -> np.ndarray:
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
    import faiss

    # One question is one small search: FAISS's OpenMP threads only add start-up cost (measured
    # 25 ms instead of 0.01 ms per search on a busy 2-core machine), and concurrent visitors
    # already use the cores.
    faiss.omp_set_num_threads(1)

    index_dir = Path(index_dir)
    manifest = read_manifest(index_dir, Path(corpus_dir) if corpus_dir is not None else None)
    check_files(index_dir, manifest)
    built_with = manifest.embedder.id
    wanted = embedder.model_id if embedder is not None else model
    if wanted is not None and wanted != built_with:
        raise rebuild_hint(
            f"ดัชนีสร้างด้วยโมเดล {built_with} ไม่ใช่ {wanted}",
            f"the index was built with the model {built_with}, not {wanted}",
            index_dir,
            manifest=manifest,
        )
    if corpus_dir is not None:
        check_corpus(index_dir, manifest, Path(corpus_dir))
    try:
        documents = documents_from_record(
            json.loads((index_dir / DOCUMENTS).read_text(encoding="utf-8"))
        )
        sources = {doc.doc_id: doc.text for doc in documents}
        with (index_dir / PASSAGES).open(encoding="utf-8") as handle:
            shared: dict[str, str] = {}
            passages = [
                passage_from_record(json.loads(line), sources, shared)
                for line in handle
                if line.strip()
            ]
        dense = read_dense(index_dir / DENSE)
        # Mapped, a large corpus's sentence vectors still end up resident: each question
        # scores the sentences of ~100 candidate passages (and exam mode all of them), and after
        # 266 questions at 100 k passages 0.5 GB was mapped in (bench/scale.py). So a large
        # (HNSW) index keeps them in memory at half precision instead (cosines within 1e-3),
        # read a block at a time so that no float32 copy is made; a small one as they are.
        half = manifest.dense_kind == "hnsw"
        sentence_vectors = read_rows(index_dir / SENTENCES, np.float16 if half else np.float32)
        # The BM25 matrix is stored by word: a question reads only its own words' columns, so
        # the rest can stay on disk (mapped) instead of in memory.
        bm25 = read_bm25(index_dir / BM25_DIR, mmap=half)
    except Exception as exc:  # whatever broke, the remedy is the same
        raise rebuild_hint(
            "อ่านไฟล์ดัชนีไม่ได้",
            f"cannot read the index files ({exc})",
            index_dir,
            manifest=manifest,
        ) from exc
    if len(passages) != manifest.passage_count or dense.ntotal != len(passages):
        raise rebuild_hint(
            "จำนวนข้อความในดัชนีไม่ตรงกัน",
            "the index files disagree on the number of passages",
            index_dir,
            manifest=manifest,
        )
    if embedder is None:
        info = manifest.embedder
        options = {
            key: getattr(info, key)
            for key in ("query_prompt", "passage_prompt")
            if getattr(info, key) is not None
        }
        embedder = load_embedder(built_with, **options)
    if embedder.dim != manifest.embedder.dim:
        raise rebuild_hint(
            "ขนาดเวกเตอร์ของโมเดลไม่ตรงกับดัชนี",
            "the model's vector size differs from the index's",
            index_dir,
            manifest=manifest,
        )
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
