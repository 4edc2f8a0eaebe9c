"""Word (.docx) → text, with sections from Heading styles and tables in reading order."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from .repair import repair_text
from .types import (
    CELL_SEPARATOR,
    MAX_LABEL_CHARS,
    Cell,
    Extracted,
    ExtractionError,
    SectionMark,
    clean_label,
    formatted_number,
    is_header_row,
    join_blocks,
    metadata_title,
    table_lines,
)

_HEADING_STYLE = re.compile(r"^(?:Heading|หัวเรื่อง)\s*(\d)$", re.IGNORECASE)
_MAX_TITLE_CHARS = 200
# A document's first paragraph this short, before any heading, is its title line (the same
# bound as a heading label, types.MAX_LABEL_CHARS).
_MAX_OPENING_CHARS = MAX_LABEL_CHARS


# A first line "label⇥value" ("ชื่อวิทยานิพนธ์⇥HyBiX: …", a thesis abstract's head) titles the
# document by its value: the label names the field, not the document (FRESH10 §6).
_MAX_FIELD_LABEL_CHARS = 40


def _field_value(line: str) -> str:
    """The value of a "label⇥value" line with a short label, else the line itself."""
    label, tab, value = line.partition("\t")
    if tab and value.strip() and 0 < len(label.strip()) <= _MAX_FIELD_LABEL_CHARS:
        return value
    return line


def _heading_level(style_name: str) -> int | None:
    if style_name.lower() == "title":
        return 0
    match = _HEADING_STYLE.match(style_name.strip())
    return int(match.group(1)) if match else None


def _bold(cell) -> bool:
    """Every run of text in the cell is bold (set on the run or its character style)."""
    runs = [run for paragraph in cell.paragraphs for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(
        run.bold or (run.bold is None and run.style is not None and run.style.font.bold)
        for run in runs
    )


def _styled_header(table) -> bool:
    """The table's style formats a header row and the table turns that on (Word's "Header
    Row" option: tblLook firstRow, or bit 0x0020 of its hexadecimal val)."""
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    look = properties.find(qn("w:tblLook")) if properties is not None else None
    if look is None:
        return False
    first_row = look.get(qn("w:firstRow"))
    if first_row is None:
        first_row = str(int(look.get(qn("w:val"), "0"), 16) & 0x20)
    if first_row in ("0", "false", "off"):
        return False
    style = table.style
    conditions = style.element.findall(qn("w:tblStylePr")) if style is not None else []
    return any(condition.get(qn("w:type")) == "firstRow" for condition in conditions)


def _header_marked(table) -> bool:
    """Word marks the first row as the columns' names: it repeats on every page (tblHeader),
    the table style formats it as a header (_styled_header), or all its cells are bold and
    the rows under it are not (a header made by hand)."""
    from docx.oxml.ns import qn

    first = table.rows[0]._tr
    if first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None:
        return True
    if _styled_header(table):
        return True
    distinct = [list({id(c._tc): c for c in row.cells}.values()) for row in table.rows[:2]]
    named = [[cell for cell in row if cell.text.strip()] for row in distinct]
    return all(_bold(cell) for cell in named[0]) and not all(_bold(cell) for cell in named[1])


def _cell_text(cell) -> str:
    """A cell's paragraphs and the rows of a table nested in it (python-docx's cell.text
    leaves nested tables out), whitespace folded; a nested row's cells joined by ", " and its
    rows by "; ", so that they stay inside the outer row's one line."""
    from docx.table import Table

    parts = []
    for item in cell.iter_inner_content():
        if isinstance(item, Table):
            parts.append(
                "; ".join(line.replace(CELL_SEPARATOR, ", ") for line in _table_lines(item))
            )
        else:
            parts.append(item.text)
    return " ".join(" ".join(parts).split())


def _table_lines(table) -> list[str]:
    """One line per row, the cells' text in reading order (a merged cell read once); under a
    header row (_header_marked, types.is_header_row) each cell is "header: value"
    (types.table_lines)."""
    rows = [[Cell(cell._tc, _cell_text(cell)) for cell in row.cells] for row in table.rows]
    header = is_header_row(rows) and _header_marked(table)
    return table_lines(rows, header)


# A Word list shows each item's number or bullet, but a paragraph's text holds neither (Word
# draws them from the numbering definitions): "เพื่อให้การจัดทำเอกสาร…" and "เพื่อทดสอบฟอนต์…"
# read as two paragraphs, not a list, and a numbered step lost the number a reader cites
# ("ขั้นตอนที่ 2 คืออะไร"). The label is put back as Word shows it (its level's lvlText, "%1."
# → "2."), in the level's number format (ECMA-376 ST_NumberFormat: decimal, the Thai digits,
# letters and counting, Roman, letters); a bullet of any glyph is "•".
class _ListLabels:
    """Each list paragraph's label as Word shows it ("1.", "ก.", "(2)", "•"), counting items
    per list (numId) and level, a level's count restarting under a new item above it."""

    def __init__(self, document) -> None:
        try:
            self._numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):  # no numbering part
            self._numbering = None
        self._counts: dict[str, list[int]] = {}

    @staticmethod
    def _num_pr(paragraph):
        """The paragraph's numbering (numId, ilvl), its own or its style's (based-on chain)."""
        properties = paragraph._p.pPr
        if properties is not None and properties.numPr is not None:
            return properties.numPr
        style = paragraph.style
        while style is not None:
            properties = style.element.pPr
            if properties is not None and properties.numPr is not None:
                return properties.numPr
            style = style.base_style
        return None

    def _level(self, num_id: str, level: int):
        """The numbering level definition (w:lvl) of a list and level, or None."""
        from docx.oxml.ns import qn

        num = next(
            (n for n in self._numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id),
            None,
        )
        abstract = num.find(qn("w:abstractNumId")) if num is not None else None
        if abstract is None:
            return None
        wanted = abstract.get(qn("w:val"))
        for definition in self._numbering.findall(qn("w:abstractNum")):
            if definition.get(qn("w:abstractNumId")) == wanted:
                for lvl in definition.findall(qn("w:lvl")):
                    if lvl.get(qn("w:ilvl")) == str(level):
                        return lvl
        return None

    def label(self, paragraph) -> str:
        """The paragraph's list label, or "" for a paragraph that is no list item."""
        from docx.oxml.ns import qn

        num_pr = self._num_pr(paragraph) if self._numbering is not None else None
        if num_pr is None or num_pr.numId is None or num_pr.numId.val in (None, 0):
            return ""
        num_id = str(num_pr.numId.val)
        level = num_pr.ilvl.val if num_pr.ilvl is not None and num_pr.ilvl.val else 0
        definition = self._level(num_id, level)
        if definition is None:
            return ""

        def value(tag: str, default: str) -> str:
            found = definition.find(qn(tag))
            return found.get(qn("w:val"), default) if found is not None else default

        number_format = value("w:numFmt", "decimal")
        if number_format == "bullet":
            return "•"
        if number_format == "none":
            return ""
        counts = self._counts.setdefault(num_id, [0] * 9)
        counts[level] += 1
        counts[level + 1 :] = [0] * (8 - level)
        start = int(value("w:start", "1") or 1)
        text = value("w:lvlText", f"%{level + 1}.")
        for k in range(level + 1):
            shown = formatted_number(start + counts[k] - 1, number_format) if k == level else ""
            text = text.replace(f"%{k + 1}", shown or str(max(counts[k], 1)))
        return text.strip()


def extract_docx(path: Path, repair: Callable[[str], str] = repair_text) -> Extracted:
    """Paragraphs and tables in body order, one paragraph a block (blank line between).

    Heading 1–3 paragraphs become sections when `clean_label` accepts them. The title is the
    core properties' title when it names the document (types.metadata_title: not a template's
    "(ตัวอย่างปกนอก …)"), else the first Title-styled paragraph, else the first block when it
    is a short line before any heading (a report's "รายงานการทดสอบระบบ…" above its "บทที่ ๑
    บทนำ"), else the first Heading 1, else the first line.
    Raises ExtractionError for a file python-docx cannot open.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as error:  # zipfile.BadZipFile, KeyError, lxml errors: all "not a .docx"
        raise ExtractionError(
            f"อ่านไฟล์ Word ไม่ได้: {path.name} (ไฟล์เสียหรือไม่ใช่ .docx)",
            f"Cannot read the Word file {path.name} (damaged or not a .docx): {error}",
        ) from error
    blocks: list[str] = []
    headings: list[tuple[str, int, int]] = []  # (label, block index, level)
    first_heading = title_style = ""
    opening = ""  # the first block, when a short line before any heading
    labels = _ListLabels(document)
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            text = repair(paragraph.text).strip()
            if not text:
                continue
            level = _heading_level(paragraph.style.name if paragraph.style else "")
            label = clean_label(text) if level is not None else None
            if not blocks and len(text) <= _MAX_OPENING_CHARS and "\n" not in text:
                opening = " ".join(_field_value(text).split())
            if label is not None:
                first_heading = first_heading or (label if level == 1 else "")
                title_style = title_style or (label if level == 0 else "")
                if 1 <= level <= 3:  # type: ignore[operator]
                    headings.append((label, len(blocks), level))  # type: ignore[arg-type]
            label_text = labels.label(paragraph) if level is None else ""
            block = f"{label_text} {text}" if label_text else text
        elif tag == "tbl":
            block = "\n".join(repair(line) for line in _table_lines(Table(element, document)))
            if not block.strip():
                continue
        else:
            continue
        blocks.append(block)
    text, starts = join_blocks(blocks, path)
    sections = [SectionMark(label, starts[i], level) for label, i, level in headings]
    first_line = " ".join(_field_value(text.split("\n", 1)[0]).split())
    title = (
        metadata_title(document.core_properties.title or "", repair)
        or title_style
        or opening
        or first_heading
        or (first_line if len(first_line) <= _MAX_TITLE_CHARS else "")
    )
    return Extracted(
        text=text,
        title=title or path.stem,
        format="docx",
        sections=tuple(sections),
        extractor="python-docx",
    )
