"""What the corpus is made of: Document, Section, Passage (offsets in characters of the
document's stored text)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """A labelled part of a document: section 0 is the text before the first heading."""

    doc_id: str
    section_id: int
    label: str
    label_en: str
    start: int  # offsets of the section's body (after its heading) in the source
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    """A retrieval unit: a paragraph (or a piece of a long one) of a section, `text`."""

    id: int
    doc_id: str
    doc_title: str
    section_id: int
    section_label: str
    section_label_en: str
    start: int
    end: int
    # The whole document's text: the same string as its Document's, not a copy (a copy of
    # each passage's text took 150 MB at 100 k passages, bench/scale.py).
    source: str = field(repr=False)
    # Offsets (into the source) of the sentences that an answer can point to.
    sentences: tuple[tuple[int, int], ...] = ()
    page: int | None = None  # 1-based PDF page the passage is on (a passage never spans two)

    @property
    def text(self) -> str:
        """The passage's text: source[start:end] (characters of the document's stored text)."""
        return self.source[self.start : self.end]


@dataclass(frozen=True)
class Document:
    """A document as read: its stored text (what every offset counts in), title and sections."""

    doc_id: str
    title: str
    text: str
    sha256: str  # of the file's bytes
    sections: tuple[Section, ...]
    # sha256 of the metadata file (METADATA_SUFFIX) the title came from, if any: the index
    # notices a changed title as it notices changed text.
    metadata_sha256: str | None = None
    # PDFs: where each page starts in `text` (page i + 1 at page_starts[i]); empty otherwise.
    page_starts: tuple[int, ...] = ()
    # Pages that could not be read ("3: ไม่มีข้อความ … / no text layer …").
    skipped_pages: tuple[str, ...] = ()
    # Where its code is (corpus.code.code_spans): searchable, never an answer sentence. Used
    # when its passages are made; an index's loaded documents do not hold it.
    code_spans: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character `offset` of the text (None: not a PDF)."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))
