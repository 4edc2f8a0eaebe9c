"""Code in a document's text: program code and console output are searchable (a passage may
hold them) but never an answer sentence (FRESH10 §4: an English question over a package's page
was answered with `install.packages("tinytex")`, and R's console echo "#> ✔ Line spacing was
set to 1.5 …" was the top hit of a question about a decree).

    code_spans   where a document's code is: the extractor's code blocks (an HTML page's
                 <pre>), a Markdown file's fenced blocks, and runs of console lines
    outside      a span's parts that are not code (where its answer sentences may be)
    with_code    a section's passages with its code joined to the prose beside it
    prose_sentences  a passage's answer sentences, outside its code
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .fields import only_headings
from .sentences import sentence_spans

Span = tuple[int, int]

# A Markdown fenced block: ``` or ~~~ on a line of its own, to the same fence (CommonMark).
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n.*?^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)
# A console line: R's output as knitr echoes it ("#> …", and "## …" in a PDF, Word or HTML
# file, where a Markdown heading cannot be), a Python prompt (">>> …"). Runs of them are code.
_CONSOLE = re.compile(r"^[ \t]*(?:#>|>>>)(?:[ \t][^\n]*)?$", re.MULTILINE)
_KNITR_OUTPUT = re.compile(r"^[ \t]*(?:#>|##|>>>)(?:[ \t][^\n]*)?$", re.MULTILINE)


def code_spans(text: str, plain: bool = False, extracted: Sequence[Span] = ()) -> tuple[Span, ...]:
    """Sorted, merged spans of text that are code: `extracted` (an extractor's code blocks),
    a plain-text file's fenced blocks (plain=True: a .txt or .md file), and console lines
    (_CONSOLE; in text extracted from a PDF, Word or HTML file, knitr's "## " output too:
    there a "## " line is no Markdown heading)."""
    spans = list(extracted)
    if plain:
        spans += [m.span() for m in _FENCE.finditer(text)]
    console = _CONSOLE if plain else _KNITR_OUTPUT
    spans += [m.span() for m in console.finditer(text)]
    return _merged(text, spans)


def _merged(text: str, spans: list[Span]) -> tuple[Span, ...]:
    """Spans sorted, overlapping ones and those apart by whitespace only made one."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def outside(text: str, start: int, end: int, code: Sequence[Span]) -> list[Span]:
    """The parts of text[start:end] outside the code spans that hold more than whitespace."""
    parts, cursor = [], start
    for a, b in code:
        if b <= cursor or a >= end:
            continue
        if text[cursor:a].strip():
            parts.append((cursor, a))
        cursor = max(cursor, b)
    if text[cursor:end].strip():
        parts.append((cursor, end))
    return parts


def _code_only(
    text: str, start: int, end: int, code: Sequence[Span], headings: Collection[str]
) -> bool:
    """True when text[start:end] holds nothing but code (corpus.code) and the document's
    headings."""
    return all(only_headings(text, a, b, headings) for a, b in outside(text, start, end, code))


def with_code(
    text: str,
    spans: list[tuple[int, int]],
    code: Sequence[Span],
    max_chars: int,
    headings: Collection[str] = (),
) -> list[tuple[int, int]]:
    """spans with each one that is code only (_code_only: a <pre> block, a fenced block,
    console lines, under a heading or not) joined to the passage before it, else the one
    after, when the two stay within max_chars: its words stay searchable beside the prose that
    introduces it ("ติดตั้ง development version ของ thaipdf จาก GitHub ด้วย:" over
    `remotes::install_github(…)`), and it is never an answer sentence (prose_sentences reads
    only the prose). Code that joins neither stays apart (split_passages leaves it out)."""
    if not code:
        return spans
    joined: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None  # code waiting for the prose after it
    for span in spans:
        if _code_only(text, *span, code, headings):
            before = joined[-1] if joined else None
            if (
                before is not None
                and not _code_only(text, *before, code, headings)
                and span[1] - before[0] <= max_chars
            ):
                joined[-1] = (before[0], span[1])
                continue
            if pending is not None:
                joined.append(pending)
            pending = span
            continue
        if pending is not None:
            if span[1] - pending[0] <= max_chars:
                span = (pending[0], span[1])
            else:
                joined.append(pending)
            pending = None
        joined.append(span)
    if pending is not None:
        joined.append(pending)
    return joined


def prose_sentences(
    text: str,
    start: int,
    end: int,
    headings: Collection[str],
    code: Sequence[Span],
    lines: str | bool = False,
) -> tuple[tuple[int, int], ...]:
    """A passage's answer sentences: sentence_spans of its parts outside code (`lines`: the
    document keeps its line breaks, fields.keeps_lines); () for a passage of code only, or of
    code under a heading (_code_only)."""
    if not code:
        return sentence_spans(text, start, end, headings, lines)
    if _code_only(text, start, end, code, headings):
        return ()
    return tuple(
        sentence
        for a, b in outside(text, start, end, code)
        for sentence in sentence_spans(text, a, b, headings, lines)
    )
