"""An answer's span in its passage's source: a sentence with the pieces that continue it
(answer_span), the row holding an offset, whether two sentences touch, and a value of the
asked type just outside the span taken in (take_in_value)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..answer_types import DATE, has_value
from ..config import DEFAULT, SentenceConfig
from ..corpus.boundaries import BLANK_LINE
from ..corpus.fields import keeps_lines, stands_alone
from ..corpus.model import Passage
from ..corpus.sentences import continues


def first_row(passage: Passage, start: int) -> int:
    """The row of the passage's sentence that holds the offset `start` (or the first one after
    it; the last row when none ends after it)."""
    rows = passage.sentences
    return next((i for i, (_, end) in enumerate(rows) if end > start), len(rows) - 1)


def answer_span(
    passage: Passage, row: int, config: SentenceConfig = DEFAULT.sentences
) -> tuple[int, int]:
    """A passage sentence's offsets, with the pieces around it that continue the same sentence
    but were too long to join it in the index ("… ค.ศ. | 2017 ณ กรุงมะนิลา …"): first those
    before it, then those after, while the whole answer stays within config.max_answer_chars
    (a sentence the index holds is never cut, however long)."""
    return _answer_span(passage, row, config.max_answer_chars)


# A passage's sentences recur from question to question, and the sentences before and after the
# best one are joined by their spans too: continues() reads each pair again (~0.2 ms a question).
@lru_cache(maxsize=1 << 14)
def _answer_span(passage: Passage, row: int, limit: int) -> tuple[int, int]:
    source = passage.source
    spans = passage.sentences
    first = last = row
    lines = keeps_lines(passage.doc_id)
    if stands_alone(source, *spans[row], lines):  # a row, a field, a line of a block of lines
        return spans[row]
    # The limit is on the whole answer, not on each pair joined: three pieces of 182, 306 and
    # 245 characters that each continue the one before made one 735-character answer.
    while (
        first > 0
        and spans[last][1] - spans[first - 1][0] <= limit
        and adjacent(source, spans[first - 1], spans[first])
        and continues(source, spans[first - 1], spans[first], limit)
        and not stands_alone(source, *spans[first - 1], lines)
    ):
        first -= 1
    while (
        last + 1 < len(spans)
        and spans[last + 1][1] - spans[first][0] <= limit
        and adjacent(source, spans[last], spans[last + 1])
        and continues(source, (spans[first][0], spans[last][1]), spans[last + 1], limit)
        and not stands_alone(source, *spans[last + 1], lines)
    ):
        last += 1
    # Pieces written together, without a space ("… ที่เวียงจันทน์ สปป. | ลาว ได้ให้การรับรอง …":
    # the CRF model's cut after an abbreviation), are one run of text: an answer neither opens
    # nor closes inside one, whatever the length (FRESH15 §5; a longer answer is cut at its
    # clauses by best_clause). The index keeps them apart: joined there, the exam's choices
    # lost their place in the sentence (exam accuracy 0.883 → 0.871, bench/cv.py pooled).
    while first > 0 and spans[first][0] == spans[first - 1][1]:
        first -= 1
    while last + 1 < len(spans) and spans[last + 1][0] == spans[last][1]:
        last += 1
    return spans[first][0], spans[last][1]


def adjacent(source: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """True when only whitespace lies between two sentences: no code block (corpus.code) or
    heading line that is neither's, and no blank line (an answer never runs from one paragraph
    into the next, nor from a heading into its paragraph: FRESH15 §6)."""
    between = source[before[1] : after[0]]
    return not between.strip() and not BLANK_LINE.search(between)


_CHUNK = re.compile(r"\S+")  # a run of text between spaces
# A word that opens a clause of its own at the answer's end or just after it: a coordinating
# conjunction or a sequence adverb (และ, หรือ, แต่, ส่วน; ต่อมา, จากนั้น, ล่าสุด, นอกจากนี้ —
# the conjunctions of the reference grammar of answer_types; and, or, but, then, later, lastly).
# What follows it, a date or a time, belongs to that clause, not to the answer before it.
_OPENS_CLAUSE = re.compile(
    r"(?:(?:และ|หรือ|แต่|ส่วน)(?:ต่อมา|จากนั้น|ล่าสุด)?|ต่อมา|จากนั้น|ล่าสุด|นอกจากนี้"
    r"|and|or|but|then|later|lastly|finally)",
    re.IGNORECASE,
)


def take_in_value(passage: Passage, start: int, end: int, kind: str, reach: int) -> tuple[int, int]:
    """The answer span (start, end) widened to the value of the asked type (a time, count or
    date: `answer_types.has_value`) that the text just outside it holds, when it holds none.

    The CRF splitter often leaves a clause's fronted adverbial at the end of the sentence
    before it ("… แยกด้วยไฟฟ้า และในปี 1911 | เธอได้รับรางวัลโนเบลสาขาเคมี …") or cuts a
    sentence's closing one off into the next ("… ประเทศเยอรมนีตะวันตก | เมื่อวันที่ 26
    พฤษภาคม 1959 โดย …"): the answer to "when" is then outside the sentence that answers. The
    chunks (between spaces) ending within reach characters before the span are taken in, back
    to the first that gives the text such a value and then over the chunks that are part of
    the value ("3 กันยายน 1928", "ค.ศ. 2017": _value_part) to the word that opens its phrase
    ("เมื่อวันที่ 3 กันยายน 1928"); failing that, the chunks after the span within reach, up to
    the first that gives it one and over the value's other parts ("26 พฤษภาคม 1959").
    Unchanged when the span holds a value or neither side gives one within reach; never beyond
    the passage, never from inside a word.
    """
    source = passage.source
    if has_value(source[start:end], kind):
        return start, end
    scan = max(passage.start, start - 2 * reach)
    chunks = [
        (m.start(), m.end())
        for m in _CHUNK.finditer(source, scan, start)
        if m.end() >= start - reach and (m.start() > scan or scan == passage.start)
    ]
    for i in range(len(chunks) - 1, -1, -1):
        if has_value(source[chunks[i][0] : start], kind):
            while i > 0 and _value_part(source[chunks[i][0] : chunks[i][1]]):
                i -= 1
            return chunks[i][0], end
    last = source[start:end].split()[-1:]
    after = _CHUNK.search(source, end, passage.end)
    if any(_OPENS_CLAUSE.fullmatch(c) for c in (*last, after.group() if after else "")):
        return start, end  # a value after "… และล่าสุด" is the next clause's (FRESH16 §3)
    taken = None
    for m in _CHUNK.finditer(source, end, passage.end):
        if taken is not None and not _value_part(m.group()):
            break
        if taken is None and m.start() > end + reach:
            return start, end
        if taken is not None or has_value(source[end : m.end()], kind):
            taken = m.end()
    return start, taken if taken is not None else end


def _value_part(chunk: str) -> bool:
    """True for a chunk that is part of a value rather than the word opening its phrase: a
    number, or a month's name or an era ("กันยายน", "ค.ศ."; `answer_types.has_value`)."""
    return chunk[:1].isdigit() or has_value(chunk, DATE)
