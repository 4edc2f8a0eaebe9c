"""A passage's answer sentences: PyThaiNLP's CRF splitter, its pieces joined back where they
continue a sentence, as offsets into the document's text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from itertools import pairwise

from ..extract.types import CELL_SEPARATOR
from .boundaries import (
    BLANK_LINE,
    BLANK_LINE_AFTER,
    CONTINUATION_STARTS,
    ENDS_WITH_ERA,
    LATIN_INITIAL,
    LINE,
    MAX_JOINED_CHARS,
    MIN_SENTENCE_CHARS,
    NUMBERING,
    OPENER_AFTER_SPACE,
    SHORT_WORD_STOP,
    STARTS_WITH_NUMBER,
    ends_sentence,
    ends_with_abbreviation,
    fronted,
    inside_quotation,
    is_heading_line,
    opens_predicate,
    opens_sentence,
    wraps_inside_a_word,
)
from .fields import TYPED, block_lines, markdown_header, only_headings, row_lines
from .lists import (
    CONJUNCTION_START,
    LIST_ITEM,
    MAX_LIST_CHARS,
    enumeration_open,
    is_list_item,
    items_or_close,
    join_lists,
    list_close_end,
    list_continues,
    parallel_items,
)
from .units import mend


def continues(
    text: str, before: tuple[int, int], piece: tuple[int, int], max_chars: int = MAX_JOINED_CHARS
) -> bool:
    """True when a CRF piece belongs to the sentence before it while the two stay within
    max_chars (see MAX_JOINED_CHARS).

    Whatever the length, a year joins its era ("… พฤศจิกายน ค.ศ. | 2017"), a piece joins a
    sentence that leaves a quotation or parenthesis open or ends on a name's initial
    ("แฮร์รี อาร์. | ทรูแมน"), nothing joins a sentence ended by a full stop ("…ใจงาม. |
    ปัจจุบันชมรมมีสมาชิก 120 คน.") or across a blank line, a piece opening with a connective
    (SENTENCE_OPENERS) starts a sentence, and a piece too short to stand (MIN_SENTENCE_CHARS)
    that opens a sentence takes the next piece in. Within max_chars, a piece continues the
    sentence when it follows an abbreviation or without a space ("ดร. | วิชัย": Thai ends a
    sentence with a space or a line break), starts with a number, a continuation word or a
    predicate (opens_predicate), or closes a list the sentence opened (list_continues).
    Within MAX_LIST_CHARS, a piece opening with และ / หรือ / รวมถึง / รวมทั้ง continues the
    sentence (CONJUNCTION_START), and so do the items and the close of a space-separated
    list the sentence left open (enumeration_open, items_or_close) and a next item opening
    with the same word as the last two (parallel_items).
    """
    said = text[before[0] : before[1]].rstrip()
    words = text[piece[0] : piece[1]]
    if CELL_SEPARATOR in said or CELL_SEPARATOR in words:
        return False  # a table row is a sentence of its own (sentence_spans)
    if ENDS_WITH_ERA.search(said) and STARTS_WITH_NUMBER.match(words):
        return True
    if wraps_inside_a_word(text, before[1], piece[0]):
        return True
    if inside_quotation(said) or LATIN_INITIAL.search(said):
        return True
    if BLANK_LINE.search(text, before[1], piece[0]):
        return False  # a paragraph ends at a blank line
    if piece[0] == before[1] and piece[1] - before[0] <= max_chars:
        return True  # no space between them: a cut inside a run of text ("ดร. | วิชัย")
    if STARTS_WITH_NUMBER.match(words) and SHORT_WORD_STOP.search(said):
        return piece[1] - before[0] <= max_chars  # "ติดต่อฝ่ายปกครอง โทร. | 042 123 456"
    if ends_sentence(said):
        return False
    if opens_sentence(words):
        return False
    if piece[1] - before[0] <= max(max_chars, MAX_LIST_CHARS) and (
        CONJUNCTION_START.match(words)
        or (enumeration_open(said) and items_or_close(words))
        or parallel_items(said, words)
    ):  # "… | และมุ่งไปสู่ …"; a list's items and its close; "… ด้านน้ำ | ด้านขยะ …"
        return True
    if before[1] - before[0] < MIN_SENTENCE_CHARS:
        return True
    if piece[1] - piece[0] < MIN_SENTENCE_CHARS:
        return True
    if piece[1] - before[0] > max_chars:
        return False
    return bool(
        ends_with_abbreviation(said)
        or STARTS_WITH_NUMBER.match(words)
        or words.startswith(CONTINUATION_STARTS)
        or opens_predicate(words)
        or list_continues(said, words)
    )


def sentence_spans(
    text: str, start: int, end: int, headings: Collection[str] = (), lines: str | bool = False
) -> tuple[tuple[int, int], ...]:
    """Sentences of a passage, as offsets into the source: each table row line
    (CELL_SEPARATOR) or field line (field_line) one — a row longer than MAX_JOINED_CHARS (a
    table used for layout, paragraphs in its cells) is split as prose, never across its line —,
    in a document whose line breaks are the writer's (`lines`: fields.keeps_lines) each line of
    a block of short lines (fields.block_lines), and the text between them by prose_spans."""
    rows = row_lines(text, start, end, headings)
    if lines:
        rows = sorted({*rows, *block_lines(text, start, end, headings, lines == TYPED)})
    if not rows:
        return prose_spans(text, start, end, headings)
    spans: list[tuple[int, int]] = []
    cursor = start
    for row in [*rows, (end, end)]:
        gap = text[cursor : row[0]]
        if any(c.isalnum() for c in gap) and not only_headings(text, cursor, row[0], headings):
            spans.extend(prose_spans(text, cursor, row[0], headings))
        if row[1] - row[0] > MAX_JOINED_CHARS:  # a row of paragraphs (a layout table)
            spans.extend(prose_spans(text, row[0], row[1], headings))
        elif row[0] < row[1] and not markdown_header(text, *row):
            spans.append(row)
        cursor = row[1]
    return tuple(spans) or ((start, end),)


def prose_spans(
    text: str, start: int, end: int, headings: Collection[str] = ()
) -> tuple[tuple[int, int], ...]:
    """Sentences of running text (PyThaiNLP's CRF splitter), as offsets into the source.

    Fragments shorter than MIN_SENTENCE_CHARS join the sentence before them: a highlighted
    answer of a few words out of context helps nobody. So do pieces that continue a sentence
    (see MAX_JOINED_CHARS): on the bundled document, joining them raised sentence@1 from 0.82 to
    0.88 on the dev questions and from 0.72 to 0.77 on eval/extra.jsonl, with nothing else
    changed (78 sentences became 65, median 137 → 207 characters). A space followed by a
    connective (SENTENCE_OPENERS) ends a sentence wherever the CRF model put it; a short piece
    that such a connective opens takes the next piece in rather than joining the one before; a
    piece opening a predicate (opens_predicate) joins its subject's sentence. Those three raised
    the answer sentence of bench/data/reading's Thai questions 0.867 → 0.889 (English 0.722
    either way; pooled sentence@1 of our sets 0.854 in-sample either way, 0.849 → 0.847 CV).
    A heading line (is_heading_line) joins the sentence under it. A space-separated list stays
    one sentence up to its close (continues), and the piece holding the close is cut after the
    list's last item when a sentence of its own follows (list_close_end): on the bundled
    document 54 sentences became 46; pooled CV sentence@1 0.840 → 0.862, evidence@1 0.923 →
    0.920, section@1 and exam unchanged (bench/cv.py, FRESH10 §3).
    """
    from pythainlp.tokenize import sent_tokenize

    pieces: list[tuple[int, int]] = []
    cursor = start
    for sentence in sent_tokenize(text[start:end], engine="crfcut"):
        sentence = sentence.strip()
        found = text.find(sentence, cursor, end) if sentence else -1
        if found < 0:
            continue
        cursor = found + len(sentence)
        for a, b in _cut_at(BLANK_LINE, text, found, cursor):
            for x, y in _cut_at(_ITEM_LINE, text, a, b):
                pieces.extend(_cut_at_openers(text, x, y))
    spans: list[tuple[int, int]] = []
    queue = _without_headings(text, pieces, heading_lines(text, start, end, headings))
    # A number alone on its line over a blank line ("1.⏎⏎เธอสามารถถอดและประกอบเครื่องยนต์ …": a
    # story's number in a PDF, FRESH15 §6; "2." of an HTML list item left empty) labels what
    # follows and says nothing: no part of an answer sentence.
    # Nor is a piece without a letter or a digit (a Markdown table's "|---|---|" rule).
    queue = [
        span
        for span in queue
        if not _bare_label(text, span) and any(c.isalnum() for c in text[span[0] : span[1]])
    ] or queue
    while queue:
        span = queue.pop(0)
        item = _opens_item(text, span)  # an item on its line: join_lists decides (_ITEM_LINE)
        heads = _heads(text, spans[-1]) and not item if spans else False
        if (
            spans
            and not (item and _ITEM_LINE.match(text, spans[-1][1]))
            and (continues(text, spans[-1], span) or heads)
        ):
            if enumeration_open(text[spans[-1][0] : spans[-1][1]]):
                cut = list_close_end(text, *span)
                if cut is not None:  # the list ends inside the piece: the rest is a sentence
                    rest = cut + len(text[cut : span[1]]) - len(text[cut : span[1]].lstrip())
                    queue.insert(0, (rest, span[1]))
                    span = (span[0], cut)
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    spans = mend(text, join_lists(text, spans))
    # A passage's first piece that is too short to stand or a fronted adverbial ("เพื่อเสริมสร้าง
    # เครือข่ายความร่วมมือระหว่างมหาวิทยาลัยในอาเซียน | อาเซียนได้จัดตั้งเครือข่าย …": a purpose
    # clause, then its main clause) takes the next piece in.
    first_words = text[spans[0][0] : spans[0][1]] if spans else ""
    short = bool(spans) and (len(first_words) < MIN_SENTENCE_CHARS or fronted(first_words))
    apart = len(spans) > 1 and (
        BLANK_LINE.search(text, spans[0][1], spans[1][0]) or _opens_item(text, spans[1])
    )
    if len(spans) > 1 and short and not ends_sentence(first_words) and not apart:
        first = spans.pop(0)
        spans[0] = (first[0], spans[0][1])
    return tuple(spans) or ((start, end),)


def heading_lines(
    text: str, start: int, end: int, headings: Collection[str]
) -> list[tuple[int, int]]:
    """The lines of text[start:end] that are one of the document's headings (its title, its
    sections' labels: `headings`, with or without their numbers), each a heading line
    (is_heading_line) followed by a blank line and more of the passage ("ห้องสมุด⏎⏎ห้องสมุดกลาง
    เปิดบริการ…", a Word Heading 1 over its paragraph). No answer sentence holds one: asked
    "ห้องสมุดปิดกี่โมง", the answer is the body's sentence, not "ห้องสมุด⏎⏎…". A short line the
    document's structure does not name a heading may be a short paragraph ("หากลงทะเบียนล่าช้า
    จะต้องชำระค่าปรับวันละ 100 บาท") or a wrapped line of a PDF's: it stays (is_heading_line
    joins it to the sentence under it)."""
    names = {_heading_key(name) for name in headings if name.strip()}
    found = []
    for line in LINE.finditer(text, start, end) if names else ():
        span = (line.start(), line.start() + len(line.group().rstrip()))
        named = _heading_key(line.group()) in names
        # The passage's first line, when it is a numbered heading of the document, leads it
        # whatever follows: a PDF's "5. การลงทะเบียน⏎ลงทะเบียนผ่าน…" has no blank line under it
        # (FRESH17a §1.3). An unnumbered one may be a wrapped title ("…แบบไฮบริด สำหรับ
        # ประสิทธิภาพด้าน⏎พื้นที่และเวลา…", a thesis abstract's PDF): it needs the blank line;
        # so does one right over its list ("1.2 วัตถุประสงค์⏎1.2.1 …": the list's lead-in, one
        # answer with it, lists.join_lists).
        after = text[line.end() : end].lstrip()
        leads = (
            line.start() == start
            and NUMBERING.match(line.group()) is not None
            and bool(after)
            and not LIST_ITEM.match(after)
        )
        under = leads or BLANK_LINE_AFTER.match(text, line.end(), end)
        if named and under and is_heading_line(text, span):
            found.append(span)
    return found


def _heading_key(line: str) -> str:
    """A heading line or name as compared: without its number or Markdown marks, in NFC (a
    PDF's marks may come in another order than its label's)."""
    return unicodedata.normalize("NFC", NUMBERING.sub("", line)).strip()


# A line break before a list item's label ("- ห้ามรับประทานอาหารบนรถ", "2) …"): the CRF model reads a
# bulleted list as one sentence; its items are pieces of their own, which join_lists makes one
# with their lead-in, or leaves apart with none (FRESH16a K1).
_ITEM_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?=" + LIST_ITEM.pattern + ")")


# An item's or a part's number with its mark ("1.", "2)", "(3)", "๔.๑."), not a bare value ("2561").
_BARE_LABEL = re.compile(
    r"\(?[0-9\u0e50-\u0e59]{1,3}(?:\.[0-9\u0e50-\u0e59]{1,3})*[.)]|\([0-9\u0e50-\u0e59]{1,3}\)"
)


def _bare_label(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] is an item's number alone (_BARE_LABEL) on a line of its own."""
    start, end = span
    line_start = start == 0 or text[start - 1] in "\r\n"
    line_end = not LINE.match(text, end) or not LINE.match(text, end).group().strip()
    return line_start and line_end and bool(_BARE_LABEL.fullmatch(text, start, end))


def _opens_item(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] opens a list item on its line ("2. ครูและบุคลากร…", or its label "2."
    alone, cut off by the CRF model): the line before is the list's item before it, not a
    heading over it ("1. นักเรียนยืมหนังสือได้…⏎⏎2." was one sentence, FRESH16a K1)."""
    line_start = span[0] == 0 or text[span[0] - 1] in "\r\n"
    return is_list_item(text, span) or (line_start and bool(_BARE_LABEL.fullmatch(text, *span)))


def _heads(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] is a heading line (is_heading_line) that joins the sentence under
    it: a line wrapped by a single line break (a PDF's), or a numbered line ("๑.๑ วัตถุประสงค์")
    over a blank line; a short unnumbered paragraph ("งานวันเปิดบ้านจัดขึ้นในวันเสาร์ที่ 16
    พฤศจิกายน 2567 …" over "พิธีเปิดโดยคณบดี …") is a sentence of its own."""
    if not is_heading_line(text, span):
        return False
    return not BLANK_LINE_AFTER.match(text, span[1]) or bool(NUMBERING.match(text[span[0] :]))


def _without_headings(
    text: str, pieces: list[tuple[int, int]], headings: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pieces with the heading lines taken out of them (a heading is no part of the
    sentence under it, nor an answer alone)."""
    kept = []
    for start, end in pieces:
        for a, b in headings:
            if start < b and a < end:  # the heading is in this piece: keep what is around it
                if text[start:a].strip():
                    kept.append((start, start + len(text[start:a].rstrip())))
                start = max(start, b)
                while start < end and text[start].isspace():
                    start += 1
        if start < end:
            kept.append((start, end))
    return kept


def _cut_at(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut where pattern matches (the match dropped), as stripped spans."""
    cuts, kept = [start], []
    for match in pattern.finditer(text, start, end):
        cuts += [match.start(), match.end()]
    cuts.append(end)
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        said = text[a:b]
        if said.strip():
            a += len(said) - len(said.lstrip())
            kept.append((a, a + len(said.strip())))
    return kept


def _cut_at_openers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A CRF piece cut before each space + sentence-opening connective (SENTENCE_OPENERS)."""
    cuts = [start]
    for match in OPENER_AFTER_SPACE.finditer(text, start, end):
        if opens_sentence(text[match.end() : end]):
            cuts.append(match.end())
    cuts.append(end)
    return [(a, a + len(text[a:b].rstrip())) for a, b in pairwise(cuts) if text[a:b].strip()]
