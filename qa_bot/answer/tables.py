"""Table rows as answers to "how much / how many": a Markdown row's values read under its
header (table_texts), and a table's totals row for a question asking the total (totals_row)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..answer_types import has_value
from ..corpus.fields import keeps_lines, sentence_text, stands_alone
from ..corpus.model import Passage
from ..extract.types import CELL_SEPARATOR, HEADER_SEPARATOR
from ..store import Index
from ..text import normalize


def table_texts(index: Index, passage_id: int) -> tuple[str | None, ...]:
    """For each of the passage's sentences, the text a value of the asked type is read from
    when it is not the sentence: a Markdown table's row as "header: value | …"
    (corpus.fields.sentence_text: "รายการ: ค่ารถบัสปรับอากาศ | จำนวนเงิน (บาท): 450" for the
    row "| ค่ารถบัสปรับอากาศ | 450 | ไป-กลับ |", whose bare 450 is no amount to answer_types),
    else None. The Word and HTML readers write a row so already (FRESH17 §4: asked the bus fare,
    the Markdown table's lead-in line, which states no amount, beat the fare's row)."""
    return _table_texts(index.passages[passage_id])


@lru_cache(maxsize=1 << 14)
def _table_texts(passage: Passage) -> tuple[str | None, ...]:
    source = passage.source
    return tuple(
        None if text == source[start:end] else text
        for text, (start, end) in (
            (sentence_text(source, start, end), (start, end)) for start, end in passage.sentences
        )
    )


# A question asking a total: รวม, ทั้งหมด, ทั้งสิ้น (the Royal Institute dictionary's words for
# "all together"; not รวมถึง "including"), English total, altogether, in all, overall.
_ASKS_TOTAL = re.compile(
    r"รวม(?!ถึง)|ทั้งหมด|ทั้งสิ้น|\b(?:total|altogether|overall|in\s+all)\b", re.IGNORECASE
)
# A totals row's label cell, as tables write it: รวม, รวมทั้งสิ้น, รวมทั้งหมด, ยอดรวม, รวมเงิน
# (the summary rows of Thai forms and budgets), total, grand total, sum.
_TOTAL_CELL = re.compile(r"(?:ยอด)?รวม(?:ทั้งสิ้น|ทั้งหมด|เงิน)?|(?:grand\s+)?total|sum")


def asks_total(question: str) -> bool:
    """Does the question ask for a total ("ค่าใช้จ่ายรวมทั้งหมดเท่าไร", "in total")?"""
    return _ASKS_TOTAL.search(normalize(question)) is not None


def _cells(row: str) -> list[str]:
    """A row's cell values: between its separators, each without its "header: " part."""
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    return [cell.split(HEADER_SEPARATOR.strip(), 1)[-1].strip() for cell in cells]


def totals_row(
    passage: Passage,
    row: int,
    scores: Sequence[float],
    texts: Sequence[str | None],
    kind: str,
) -> int:
    """The row to answer a question asking a total from: the best-scored table row of the
    passage (a line holding CELL_SEPARATOR that stands alone) with a totals cell ("รวม",
    "Total": _TOTAL_CELL) and a value of the asked type (texts: `table_texts`, the row read
    under its header), else row. A fee table's "รวม | 1,200" was never the answer to "How much
    does the trip cost in total?", which the park-entry row answered (FRESH17 §4)."""
    source, spans = passage.source, passage.sentences
    lines = keeps_lines(passage.doc_id)
    totals = [
        i
        for i, (start, end) in enumerate(spans)
        if CELL_SEPARATOR in source[start:end]
        and stands_alone(source, start, end, lines)
        and any(_TOTAL_CELL.fullmatch(normalize(cell)) for cell in _cells(source[start:end]))
        and has_value(texts[i] or source[start:end], kind)
    ]
    return max(totals, key=lambda i: scores[i]) if totals else row
