"""Web pages (.html/.htm) → text, with sections from h1–h3 and the title from <title> or h1."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .repair import repair_text
from .types import CELL_SEPARATOR, Extracted, SectionMark, clean_label, join_blocks, metadata_title

# Page furniture and code that is not the document's text.
_DROPPED = "script, style, noscript, template, svg, nav, footer, aside, form, button, iframe"
_BLOCKS = frozenset(
    "address article blockquote body dd details div dl dt figcaption figure h4 h5 h6 header "
    "hr li main ol p section summary ul caption".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3}
_MAX_BYTES = 50_000_000


class _Blocks:
    """Text blocks in document order; a heading block carries its level."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, int]] = []  # (text, heading level or 0)
        self._inline: list[str] = []

    def add_inline(self, text: str) -> None:
        self._inline.append(text)

    def flush(self) -> None:
        text = " ".join("".join(self._inline).split())
        self._inline = []
        if text:
            self.blocks.append((text, 0))

    def add_block(self, text: str, level: int = 0) -> None:
        self.flush()
        if text.strip():
            self.blocks.append((text, level))


def _walk(node, out: _Blocks) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.add_inline(child.text(deep=False) or "")
        elif tag in _HEADINGS:
            out.add_block(" ".join(child.text(deep=True).split()), _HEADINGS[tag])
        elif tag == "pre":
            out.add_block(child.text(deep=True).strip("\n"))
        elif tag == "br":
            out.flush()
        elif tag == "tr":
            cells = [" ".join(cell.text(deep=True).split()) for cell in child.css("td, th")]
            out.add_block(CELL_SEPARATOR.join(cell for cell in cells if cell))
        elif tag in _BLOCKS or tag in ("table", "thead", "tbody", "tfoot"):
            out.flush()
            _walk(child, out)
            out.flush()
        elif not tag.startswith("-"):
            _walk(child, out)


def extract_html(path: Path, repair: Callable[[str], str] = repair_text) -> Extracted:
    """The page's main text (<main> when there is one), one block a paragraph.

    Scripts, styles, navigation, footers and forms are dropped; h1–h3 become sections; the
    title is <title> when it names the page (types.metadata_title), else the first h1.
    Raises ExtractionError when the page has no text.
    """
    from selectolax.lexbor import LexborHTMLParser

    data = path.read_bytes()[:_MAX_BYTES]
    tree = LexborHTMLParser(data)
    for node in tree.css(_DROPPED):
        node.decompose()
    root = tree.css_first("main") or tree.body
    out = _Blocks()
    if root is not None:
        _walk(root, out)
        out.flush()
    texts: list[str] = []
    headings: list[tuple[str, int, int]] = []  # (label, block index, level)
    first_h1 = ""
    for raw, level in out.blocks:
        text = repair(raw).strip("\n")
        if not text.strip():
            continue
        label = clean_label(text) if level else None
        if label is not None:
            headings.append((label, len(texts), level))
            first_h1 = first_h1 or (label if level == 1 else "")
        texts.append(text)
    text, starts = join_blocks(texts, path)
    sections = [SectionMark(label, starts[i], level) for label, i, level in headings]
    title_node = tree.css_first("title")
    title = metadata_title(title_node.text(), repair) if title_node else ""
    return Extracted(
        text=text,
        title=title or first_h1 or path.stem,
        format="html",
        sections=tuple(sections),
        extractor="selectolax",
    )
