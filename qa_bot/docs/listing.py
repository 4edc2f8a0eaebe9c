"""What the index holds, document by document, for `qa-bot docs`: each document with its
sections and passage counts, and how the corpus folder differs from the index. (The page's
section filter names sections with `cards.sectors_of`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..corpus.documents import corpus_hashes
from ..errors import CorpusError
from ..store import Index, built_documents


@dataclass(frozen=True)
class SectionSummary:
    """A section of an indexed document: its id, labels (Thai, English) and passage count."""

    section_id: int
    label: str
    label_en: str
    passage_count: int


@dataclass(frozen=True)
class DocumentSummary:
    """An indexed document: its id (file name), title, passage count and sections in order."""

    doc_id: str
    title: str
    passage_count: int
    sections: tuple[SectionSummary, ...]


def document_summaries(index: Index) -> list[DocumentSummary]:
    """Every indexed document with its sections and how many passages each has."""
    counts: dict[tuple[str, int], int] = {}
    for passage in index.passages:
        key = (passage.doc_id, passage.section_id)
        counts[key] = counts.get(key, 0) + 1
    summaries = []
    for doc in index.documents:
        sections = tuple(
            SectionSummary(
                s.section_id, s.label, s.label_en, counts.get((doc.doc_id, s.section_id), 0)
            )
            for s in doc.sections
        )
        summaries.append(
            DocumentSummary(doc.doc_id, doc.title, sum(s.passage_count for s in sections), sections)
        )
    return summaries


def corpus_changes(index: Index, corpus_dir: Path | str) -> list[str]:
    """How the corpus folder differs from what the index holds: '+new', '-gone', '~changed'."""
    built = built_documents(index.manifest)
    try:
        skipped = {entry.doc_id for entry in index.manifest.skipped_unreadable}
        current = corpus_hashes(Path(corpus_dir), unreadable=skipped)
    except (CorpusError, OSError):
        current = {}
    return (
        [f"+{name}" for name in sorted(set(current) - set(built))]
        + [f"-{name}" for name in sorted(set(built) - set(current))]
        + [f"~{name}" for name in sorted(set(built) & set(current)) if built[name] != current[name]]
    )
