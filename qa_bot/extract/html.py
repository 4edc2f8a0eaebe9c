"""Web pages (.html/.htm) → text, with sections from h1–h3 and the title from <title> or h1."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from .repair import repair_text
from .types import (
    PAGE_PART_LABELS,
    Cell,
    Extracted,
    SectionMark,
    clean_label,
    formatted_number,
    is_header_row,
    join_blocks,
    metadata_title,
    table_lines,
)

# Page furniture and code that is not the document's text: navigation (menus), forms, scripts.
_DROPPED = (
    "script, style, noscript, template, svg, nav, form, button, iframe, "
    "[role=navigation], [role=search]"
)
# Complementary parts of a page (HTML's sectioning roles): a sidebar or a footer holds real
# facts beside its links (a package page's "License: MIT + file LICENSE", "Developers: Kittipos
# Sirivongrungson, Author, maintainer"; a school page's address and telephone). Their link-only
# items are menus and are dropped (_prune_links); what else they say is kept, after the main
# content when the page has a <main>.
_COMPLEMENTARY = ("aside", "footer")
_COMPLEMENTARY_ROLES = ("complementary", "contentinfo")
# The section of a sidebar or footer that has no heading of its own (types.PAGE_PART_LABELS),
# rather than the last section of the main text, which its words do not belong to.
_PART_LABELS = PAGE_PART_LABELS
# Inside one of these a sidebar or footer belongs to the text around it (an article's byline).
_IN_FLOW = ("main", "article", "section", *_COMPLEMENTARY)
# Where a sidebar keeps its items: an element of these whose words are all inside links (an
# image link has none) is a menu entry or a badge, not a fact.
_ITEMS = "li, p, dd, dt, td, th, div, span, small, section"
_WORD = re.compile(r"\w", re.UNICODE)
_BLOCKS = frozenset(
    "address article blockquote body dd details div dl dt figcaption figure h4 h5 h6 header "
    "hr li main ol p section summary ul caption".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3}
# A <br> is a line break inside its paragraph ("Kittipos Sirivongrungson<br>Author, maintainer"
# is one item), marked by a character no text holds until the paragraph's whitespace is folded.
_LINE_BREAK = "\x00"
# A <pre> block is code: its block is marked by this character (no text holds it) until the
# blocks' offsets are known (Extracted.code_spans). R's console echo in it, knitr's "#> …"
# lines, is what a program once printed, not the page's text: dropped (FRESH10 §4: "#> ✔ Line
# spacing was set to 1.5 …" was the top hit of questions about other documents).
_CODE = "\x01"
_CONSOLE_ECHO = re.compile(r"^\s*#>")
_MAX_BYTES = 50_000_000


class _Blocks:
    """Text blocks in document order: (text, level, part). A heading block carries its level;
    a block that opens a sidebar or footer without a heading of its own carries that part's
    label (_PART_LABELS) and the level of its section."""

    def __init__(self, top_level: int = 1) -> None:
        self.blocks: list[tuple[str, int, str]] = []
        self._inline: list[str] = []
        self.top_level = top_level  # the main text's shallowest heading level
        self.label = ""  # a list item's label, for the item's first paragraph

    def add_inline(self, text: str) -> None:
        self._inline.append(text)

    def flush(self) -> None:
        lines = ("".join(self._inline)).split(_LINE_BREAK)
        text = "\n".join(folded for line in lines if (folded := " ".join(line.split())))
        self._inline = []
        if text:
            if self.label:
                text, self.label = f"{self.label} {text}", ""
            self.blocks.append((text, 0, ""))

    def add_block(self, text: str, level: int = 0) -> None:
        self.flush()
        if text.strip():
            self.blocks.append((text, level, ""))


def _role(node) -> str:
    return node.attributes.get("role") or ""


def _is_complementary(node) -> bool:
    return node.tag in _COMPLEMENTARY or _role(node) in _COMPLEMENTARY_ROLES


def _walk(node, out: _Blocks) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.add_inline(child.text(deep=False) or "")
        elif _is_complementary(child):
            _walk_complementary(child, out)
        elif tag in _HEADINGS:
            out.add_block(" ".join(child.text(deep=True).split()), _HEADINGS[tag])
        elif tag == "pre":
            lines = child.text(deep=True).split("\n")
            code = "\n".join(line for line in lines if not _CONSOLE_ECHO.match(line))
            if code.strip():
                out.add_block(_CODE + code.strip("\n"))
        elif tag == "br":
            out.add_inline(_LINE_BREAK)
        elif tag == "table":
            out.add_block("\n".join(_table_lines(child)))
        elif tag == "li":
            out.flush()
            out.label = _item_label(child)  # on the item's first paragraph (<li><p>…)
            _walk(child, out)
            out.flush()
            out.label = ""
        elif tag in _BLOCKS or tag in ("thead", "tbody", "tfoot", "tr"):
            out.flush()
            _walk(child, out)
            out.flush()
        elif not tag.startswith("-"):
            _walk(child, out)


# A list item shows its bullet or number on the page (the browser draws it: no text holds it): an
# <ol>'s items are numbered from its start, in its type (1, a, A, i, I), a <ul>'s bulleted "•",
# so a list reads as one (corpus.lists.join_lists) and "ขั้นตอนที่ 2" finds its item.
_LIST_TYPES = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def _item_label(item) -> str:
    """An <li>'s label as a browser shows it: "•" in a <ul>, "3." in an <ol>."""
    parent = item.parent
    if parent is None or parent.tag != "ol":
        return "•"
    siblings = [node for node in parent.iter() if node.tag == "li"]
    position = next((i for i, node in enumerate(siblings) if node.mem_id == item.mem_id), 0)
    try:
        start = int(parent.attributes.get("start") or 1)
    except ValueError:
        start = 1
    kind = _LIST_TYPES.get(parent.attributes.get("type") or "", "decimal")
    return formatted_number(start + position, kind) + "."


def _table_lines(table) -> list[str]:
    """The table's own rows (not a nested table's), one line each (types.table_lines): a cell
    spanning columns is read once; the first row names the columns when all its cells are
    <th> or it is in <thead>, and passes types.is_header_row."""
    rows, marked = [], False
    for tr in table.css("tr"):
        owner = tr.parent
        while owner is not None and owner.tag != "table":
            owner = owner.parent
        if owner is None or owner.mem_id != table.mem_id:
            continue
        cells = [cell for cell in tr.iter() if cell.tag in ("td", "th")]
        if not rows:
            in_head = tr.parent is not None and tr.parent.tag == "thead"
            marked = bool(cells) and (in_head or all(cell.tag == "th" for cell in cells))
        row = []
        for cell in cells:
            text = " ".join(cell.text(deep=True).split())
            span = (cell.attributes.get("colspan") or "1").strip()
            row += [Cell(cell.mem_id, text)] * (min(int(span), 100) if span.isdigit() else 1)
        rows.append(row)
    return table_lines(rows, marked and is_header_row(rows))


def _link_words(node) -> int:
    return sum(len(_WORD.findall(link.text(deep=True))) for link in node.css("a"))


def _prune_links(node) -> None:
    """Drop the items of a sidebar or footer whose every word is a link's (a menu entry, a
    "Browse source code" link, a badge image in a link), innermost first."""
    for item in reversed(node.css(_ITEMS)):
        if item.css_first("a") is None:
            continue
        if len(_WORD.findall(item.text(deep=True))) <= _link_words(item):
            item.decompose()


def _said(blocks: list[tuple[str, int, str]], i: int) -> bool:
    """Does a text block follow heading i before the next heading of its level or above?"""
    for _, level, _ in blocks[i + 1 :]:
        if not level:
            return True
        if level <= blocks[i][1]:
            return False
    return False


def _walk_complementary(node, out: _Blocks) -> None:
    """A sidebar or footer: its menus pruned (_prune_links), a heading left with nothing under
    it dropped. One of the page's (not inside an article, a section, <main> or another such
    part: _IN_FLOW) stands beside the main text: its headings move to the page's top heading
    level (out.top_level), so that a sidebar's "License" is not read as a part of the main
    text's last section, and without a heading it is a section of its own (_PART_LABELS). An
    article's footer or aside ("เขียนโดย …", a callout) stays where it is in the text."""
    _prune_links(node)
    inner = _Blocks()
    _walk(node, inner)
    inner.flush()
    kept = [block for i, block in enumerate(inner.blocks) if not block[1] or _said(inner.blocks, i)]
    if not _inside(node, _IN_FLOW, (*_COMPLEMENTARY_ROLES, "main", "article")):
        levels = [level for _, level, _ in kept if level]
        shift = out.top_level - min(levels) if levels else 0
        kept = [(text, min(3, level + shift) if level else 0, part) for text, level, part in kept]
        if kept and not kept[0][1] and not kept[0][2]:  # no heading of its own: a section still
            kind = "footer" if node.tag == "footer" or _role(node) == "contentinfo" else "aside"
            kept[0] = (kept[0][0], out.top_level, _PART_LABELS[kind])
    out.flush()
    out.blocks.extend(kept)


def _inside(node, tags: tuple[str, ...], roles: tuple[str, ...] = ()) -> bool:
    """Is the node inside an element of these tags (or ARIA roles)?"""
    parent = node.parent
    while parent is not None:
        if parent.tag in tags or (parent.attributes.get("role") or "") in roles:
            return True
        parent = parent.parent
    return False


def _top_level(root) -> int:
    """The shallowest heading level of the page's main text (1 when it has no heading)."""
    levels = [
        _HEADINGS[heading.tag]
        for heading in root.css("h1, h2, h3")
        if not _inside(heading, _COMPLEMENTARY, _COMPLEMENTARY_ROLES)
    ]
    return min(levels, default=1)


# A content system's page title: the page's name, a separator, the site's ("ห้องสมุด… |
# โรงเรียน…", "Goal – thaipdf"): the separators WordPress, Drupal and Joomla put between them.
_SITE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " » ")


def _without_site(title: str, h1: str) -> str:
    """The title without the site's name after the page's own, when the page's h1 is that
    name (FRESH17a §4.2: "ห้องสมุดโรงเรียนหนองบัววิทยาคม | โรงเรียนหนองบัววิทยาคม" named the
    document and led every label and chip)."""
    for separator in _SITE_SEPARATORS:
        page = title.split(separator)[0].strip()
        if separator in title and page and page == h1:
            return page
    return title


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
    main = tree.css_first("main")
    root = main or tree.body
    out = _Blocks()
    if root is not None:
        out.top_level = _top_level(root)
        _walk(root, out)
        out.flush()
    if main is not None:  # sidebars and footers outside <main>, after it, in page order
        roles = [f"[role={role}]" for role in _COMPLEMENTARY_ROLES]
        for node in tree.css(", ".join((*_COMPLEMENTARY, *roles))):
            if not _inside(node, ("main", *_COMPLEMENTARY), _COMPLEMENTARY_ROLES):
                _walk_complementary(node, out)
        out.flush()
    texts: list[str] = []
    headings: list[tuple[str, int, int]] = []  # (label, block index, level)
    first_h1 = ""
    code_blocks: list[int] = []
    for raw, level, part in out.blocks:
        code = raw.startswith(_CODE)
        text = repair(raw.removeprefix(_CODE)).strip("\n")
        if not text.strip():
            continue
        if part:  # a sidebar or footer without a heading: its own section, named by its kind
            headings.append((part, len(texts), level))
        label = clean_label(text) if level and not part else None
        if label is not None:
            headings.append((label, len(texts), level))
            first_h1 = first_h1 or (label if level == 1 else "")
        if code:
            code_blocks.append(len(texts))
        texts.append(text)
    text, starts = join_blocks(texts, path)
    sections = [SectionMark(label, starts[i], level) for label, i, level in headings]
    title_node = tree.css_first("title")
    title = _without_site(metadata_title(title_node.text(), repair) if title_node else "", first_h1)
    return Extracted(
        text=text,
        title=title or first_h1 or path.stem,
        format="html",
        sections=tuple(sections),
        extractor="selectolax",
        code_spans=tuple((starts[i], starts[i] + len(texts[i])) for i in code_blocks),
    )
