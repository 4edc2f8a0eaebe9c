"""Documents and passages as the JSON records of documents.json and passages.jsonl."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from ..corpus.model import Document, Passage, Section


def passage_record(passage: Passage) -> dict[str, Any]:
    """One line of passages.jsonl: the passage's fields with its text (for readers; loading
    takes it from the document), sentences as [start, end) character offsets into the
    document's text, and page only when it has one (PDFs)."""
    # The document's text is stored once, in documents.json; a passage's own text is written
    # for people reading the file, and loading takes it from the document.
    record: dict[str, Any] = {
        f.name: getattr(passage, f.name)
        for f in fields(passage)
        if f.name not in ("source", "sentences")
    }
    record["text"] = passage.text
    record["sentences"] = [list(span) for span in passage.sentences]
    if passage.page is None:  # only PDFs' passages have pages
        del record["page"]
    return record


_SHARED_PASSAGE_FIELDS = ("doc_id", "doc_title", "section_label", "section_label_en")


def passage_from_record(
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


def documents_record(documents: list[Document]) -> list[dict[str, Any]]:
    """The content of documents.json: one dict per document with doc_id, title, sha256, the
    full text, its sections, and page_starts / skipped_pages when present."""
    return [
        {
            "doc_id": doc.doc_id,
            "title": doc.title,
            "sha256": doc.sha256,
            "text": doc.text,
            "sections": [asdict(section) for section in doc.sections],
            **({"page_starts": list(doc.page_starts)} if doc.page_starts else {}),
            **({"skipped_pages": list(doc.skipped_pages)} if doc.skipped_pages else {}),
        }
        for doc in documents
    ]


def documents_from_record(records: list[dict[str, Any]]) -> list[Document]:
    """Documents as documents_record wrote them. metadata_sha256 is not in documents.json (the
    manifest keeps it) and comes back None. Raises KeyError or TypeError on a malformed record."""
    return [
        Document(
            doc_id=r["doc_id"],
            title=r["title"],
            text=r["text"],
            sha256=r["sha256"],
            sections=tuple(Section(**s) for s in r["sections"]),
            page_starts=tuple(r.get("page_starts", ())),
            skipped_pages=tuple(r.get("skipped_pages", ())),
        )
        for r in records
    ]
