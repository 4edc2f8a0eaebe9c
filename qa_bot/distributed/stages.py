"""What the workers of a Ray build run (driver.py drives them): Ray Data stage 1
turns corpus files into passages, sentences, BM25 tokens and embedding keys; stage 2 encodes
the texts the embedding cache lacks, in a pool of workers that each load the model once.

Nothing here imports Ray: these are plain functions and classes over batches (dicts of numpy
columns), tested without a cluster where they can be.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..corpus.fields import sentence_text
from ..corpus.model import Document, Passage
from ..corpus.passages import split_passages
from ..embedders import ST_PREFIX, Embedder, load_embedder
from ..errors import CorpusError
from ..store import embedding_key
from ..store.build import skip_duplicates
from ..store.manifest import EmbedderInfo, SkippedDuplicate
from ..text import embedding_text, tokenize

EmbedderFactory = Callable[[], Embedder]


class LazyEmbedder:
    """An embedder described by a worker; the model itself loads on the first encoding.

    The driver of a Ray build never encodes, so it never loads the model (nor torch, nor a GPU).
    """

    def __init__(self, info: EmbedderInfo, model: str) -> None:
        self.model_id, self.dim = info.id, info.dim
        if info.query_prompt is not None:
            self.query_prompt = info.query_prompt
        if info.passage_prompt is not None:
            self.passage_prompt = info.passage_prompt
        self._model = model
        self._loaded: Embedder | None = None

    def _embedder(self) -> Embedder:
        if self._loaded is None:
            self._loaded = load_model(self._model, None)
        return self._loaded

    def encode_queries(self, texts: Any) -> np.ndarray:
        """Embedder.encode_queries of the model, loaded on first use (load_embedder: may raise
        EmbedderError): (n, dim) float32 unit rows."""
        return self._embedder().encode_queries(texts)

    def encode_passages(self, texts: Any) -> np.ndarray:
        """Embedder.encode_passages of the model, loaded on first use (load_embedder: may raise
        EmbedderError): (n, dim) float32 unit rows."""
        return self._embedder().encode_passages(texts)


def load_model(model: str, factory: EmbedderFactory | None) -> Embedder:
    """The embedder a build uses: factory() when one is given (tests, a custom engine), else
    load_embedder(model). Raises EmbedderError as load_embedder does."""
    return factory() if factory is not None else load_embedder(model)


def describe_embedder(model: str, factory: EmbedderFactory | None) -> EmbedderInfo:
    """What the driver needs of the model without loading it (run on a worker)."""
    return EmbedderInfo.of(load_model(model, factory))


# --- stage 1: documents → passages, sentences, tokens, texts to embed ----------------------


@dataclass(frozen=True)
class SplitDocument:
    """One document as stage 1 returns it; passages numbered from 0 within the document."""

    document: Document
    passages: list[Passage]
    tokens: list[list[str]]  # BM25 tokens, one list a passage
    texts: list[list[str]]  # per passage: its embedding text, then its sentences'
    keys: list[list[str]]  # embedding_key of each of those texts


def split_document(
    path: Path, max_passage_chars: int, cache_id: str, alone: bool = False
) -> SplitDocument:
    """Everything a build does to one document before encoding, as build_index does it.
    alone: the corpus holds this one document (corpus.documents.indexed_texts then titles
    only its first passage)."""
    from ..corpus.documents import indexed_text, indexed_texts, read_document

    document = read_document(path)
    passages = split_passages([document], max_passage_chars)
    indexed = indexed_texts(passages) if alone else [indexed_text(p) for p in passages]
    texts = [
        [embedding_text(text)]
        + [embedding_text(sentence_text(p.source, a, b)) for a, b in p.sentences]
        for p, text in zip(passages, indexed, strict=True)
    ]
    return SplitDocument(
        document=document,
        passages=passages,
        tokens=[tokenize(text) for text in indexed],
        texts=texts,
        keys=[[embedding_key(cache_id, text) for text in row] for row in texts],
    )


def split_batch(
    batch: dict[str, np.ndarray], max_passage_chars: int, cache_id: str, alone: bool = False
) -> dict:
    """Ray Data stage 1: a batch of corpus files → one pickled SplitDocument (or error) each.

    A document that cannot be read comes back as its CorpusError's messages, so the driver
    refuses it with the same message as the single-process build.
    """
    payloads, errors = [], []
    for path in batch["path"]:
        try:
            split = split_document(Path(str(path)), max_passage_chars, cache_id, alone)
        except CorpusError as error:
            payloads.append(b"")
            errors.append(f"{error.message_th}\x00{error.message_en}")
        else:
            # One pickle per document: the passages share their document's text, which
            # pickle writes once.
            payloads.append(pickle.dumps(split, protocol=pickle.HIGHEST_PROTOCOL))
            errors.append("")
    return {
        "order": batch["order"],
        "payload": np.array(payloads, dtype=object),
        "error": np.array(errors, dtype=object),
    }


@dataclass
class SplitCorpus:
    """The whole corpus after stage 1, in corpus order, passages numbered as build_index does."""

    documents: list[Document]
    passages: list[Passage]
    tokens: list[list[str]]
    texts: list[list[str]]
    keys: list[list[str]]
    # Second copies of a document, left out as build_index leaves them out (manifest entries).
    skipped: list[SkippedDuplicate] = dataclasses.field(default_factory=list)


def join_documents(splits: list[SplitDocument]) -> SplitCorpus:
    """Documents in corpus order → one corpus with passage ids running across documents; a
    second copy of a document is left out, as build_index leaves it out (skip_duplicates)."""
    kept, skipped = skip_duplicates([split.document for split in splits])
    indexed = {doc.doc_id for doc in kept}
    corpus = SplitCorpus([], [], [], [], [], skipped)
    for split in splits:
        if split.document.doc_id not in indexed:
            continue
        corpus.documents.append(split.document)
        offset = len(corpus.passages)
        corpus.passages.extend(dataclasses.replace(p, id=p.id + offset) for p in split.passages)
        corpus.tokens.extend(split.tokens)
        corpus.texts.extend(split.texts)
        corpus.keys.extend(split.keys)
    return corpus


# --- stage 2: texts missing from the cache → vectors ---------------------------------------


def missing_texts(corpus: SplitCorpus, cached: dict[str, np.ndarray]) -> list[dict[str, Any]]:
    """Rows for the encoder: each passage with the texts it brings that nobody has a vector
    for, each text once in the corpus (first passage wins); passages bringing none are left out.
    """
    assigned: set[str] = set()
    rows = []
    for passage_id, (texts, keys) in enumerate(zip(corpus.texts, corpus.keys, strict=True)):
        own_texts, own_keys = [], []
        for text, key in zip(texts, keys, strict=True):
            if key not in cached and key not in assigned:
                assigned.add(key)
                own_texts.append(text)
                own_keys.append(key)
        if own_texts:
            rows.append({"row": passage_id, "texts": own_texts, "keys": own_keys})
    return rows


class Encoder:
    """Ray Data stage 2, a callable class: Ray starts a pool of these (actors), and each loads
    the model once, in its constructor, then encodes batch after batch."""

    def __init__(self, model: str, factory: EmbedderFactory | None = None, gpu: bool = False):
        if gpu and factory is None and model.startswith(ST_PREFIX):
            # Ray gave this worker its GPU(s) (CUDA_VISIBLE_DEVICES): encode there.
            self.embedder = load_embedder(model, device="cuda")
        else:
            self.embedder = load_model(model, factory)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        rows = [[str(text) for text in texts] for texts in batch["texts"]]
        vectors = self.embedder.encode_passages([text for row in rows for text in row])
        vectors = np.ascontiguousarray(vectors, dtype="<f4")
        out, start = [], 0
        for row in rows:
            out.append(vectors[start : start + len(row)].tobytes())
            start += len(row)
        return {"row": batch["row"], "vectors": np.array(out, dtype=object)}
