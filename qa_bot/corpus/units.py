"""Runs of text a Thai sentence boundary at a space must not fall inside: a name whose English
gloss follows it in brackets, and a numbered enumeration ("(1) … (2) …") between its members.

PyThaiNLP's CRF model cuts at spaces, and a long Thai name has spaces inside it: the bundled
document's answers opened "การตอบสนองต่อเอชไอวีและเอดส์อย่างรวดเร็ว… (ASEAN Declaration of
Commitment on HIV and AIDS …)", the second half of a declaration's Thai name, and "โดยคำนึงถึง
มิติหญิงชาย (ASEAN Declaration on the Gender-Responsive …)" (FRESH16 §8: 12 of 120 top answers
opened mid-clause, 5 of them inside a name). A sentence that opens inside a name (`opens_inside`)
is mended (`mend`): its boundary moves to the likeliest clause end of the two sentences together
(PyThaiNLP's CRF marginals, corpus.clauses) that opens inside no name, between no members and
with no predicate, or, with none, the two are one sentence.
"""

from __future__ import annotations

import re

from .boundaries import BLANK_LINE, STARTS_WITH_NUMBER, opens_predicate
from .clauses import _end_marginals, _may_cut
from .lists import CONJUNCTION_START, MAX_LIST_CHARS

# The kinds of document whose Thai names are followed by their English names in brackets, each
# with the English words that name its kind: the Thai Ministry of Foreign Affairs' names of
# international instruments (ปฏิญญา declaration, แถลงการณ์ / ถ้อยแถลง statement, ความตกลง /
# ข้อตกลง agreement, อนุสัญญา convention, สนธิสัญญา treaty, กฎบัตร charter, พิธีสาร protocol,
# บันทึกความเข้าใจ memorandum of understanding, แผนแม่บท master plan, แผนงาน blueprint / work
# plan, แผนปฏิบัติการ plan of action, วิสัยทัศน์ vision, กรอบ framework, ยุทธศาสตร์ strategy,
# ดัชนี index).
# A gloss that does not name the kind ("อนุสัญญาว่าด้วยสิทธิคนพิการ … ศูนย์อบรม… (ASEAN Training
# Centre …)") is another thing's.
_KINDS = {
    "ปฏิญญา": ("declaration",),
    "แถลงการณ์": ("statement", "declaration", "communiqu"),
    "ถ้อยแถลง": ("statement",),
    "ความตกลง": ("agreement",),
    "ข้อตกลง": ("agreement", "arrangement"),
    "อนุสัญญา": ("convention",),
    "สนธิสัญญา": ("treaty",),
    "กฎบัตร": ("charter",),
    "พิธีสาร": ("protocol",),
    "บันทึกความเข้าใจ": ("memorandum", "mou"),
    "แผนแม่บท": ("master plan",),
    "แผนงาน": ("blueprint", "plan"),
    "แผนปฏิบัติการ": ("plan",),
    "วิสัยทัศน์": ("vision",),
    "กรอบ": ("framework",),
    "ยุทธศาสตร์": ("strateg",),
    "ดัชนี": ("index",),
}
_NAME_HEAD = re.compile("|".join(sorted(_KINDS, key=len, reverse=True)))
# A Thai name runs at most this far from its head to its English gloss ("แถลงการณ์อาเซียนว่าด้วย
# ความมุ่งมั่น… ภายในปี 2030 (ASEAN …": 172 characters; the bundled document's longest 190).
MAX_NAME_CHARS = 300
_GLOSS = re.compile(r"\(\s*[A-Z]")
_BRACKET = re.compile(r"[()]")
# A member's number in running text: "(1)", "(๒)".
_MEMBER = re.compile(r"\(\s*([0-9\u0e50-\u0e59]{1,2})\s*\)")
_PARAGRAPH_CHARS = 2000  # how far a paragraph is read on each side of a boundary


def _paragraph_before(text: str, at: int, reach: int) -> str:
    """The text of at's paragraph before it, at most reach characters."""
    start = max(0, at - reach)
    breaks = list(BLANK_LINE.finditer(text, start, at))
    return text[breaks[-1].end() if breaks else start : at]


def _paragraph_after(text: str, at: int, reach: int) -> str:
    """The text of at's paragraph from it on, at most reach characters."""
    found = BLANK_LINE.search(text, at, min(len(text), at + reach))
    return text[at : found.start() if found else min(len(text), at + reach)]


def inside_name(text: str, at: int) -> bool:
    """True when text[at] is inside a Thai name that its English gloss follows in brackets: a
    name's kind word (_KINDS: "ปฏิญญา…") before it and the gloss's "(" + a capital letter after
    it, naming that kind ("(ASEAN Declaration …"), with no bracket between them and at most
    MAX_NAME_CHARS from the kind word to the gloss."""
    after = _paragraph_after(text, at, MAX_NAME_CHARS)
    bracket = _BRACKET.search(after)
    if bracket is None or not _GLOSS.match(after, bracket.start()):
        return False
    before = _paragraph_before(text, at, MAX_NAME_CHARS)
    brackets = list(_BRACKET.finditer(before))
    if brackets:
        before = before[brackets[-1].end() :]
    heads = list(_NAME_HEAD.finditer(before))
    if not heads or len(before) - heads[-1].start() + bracket.start() > MAX_NAME_CHARS:
        return False
    gloss = after[bracket.start() : after.find(")", bracket.start()) % (len(after) + 1)].lower()
    return any(word in gloss for word in _KINDS[heads[-1].group()])


def between_members(text: str, at: int) -> bool:
    """True when text[at] lies between two members of one numbered enumeration in a paragraph:
    the last member number before it is n ("(1) วิสัยทัศน์…") and the next after it n + 1."""
    before = list(_MEMBER.finditer(_paragraph_before(text, at, _PARAGRAPH_CHARS)))
    after = _MEMBER.search(_paragraph_after(text, at, _PARAGRAPH_CHARS))
    if not before or after is None:
        return False
    return _number(after.group(1)) == _number(before[-1].group(1)) + 1


def _number(digits: str) -> int:
    return int("".join(str(int(c)) if c.isascii() else str(ord(c) - 0x0E50) for c in digits))


def opens_inside(text: str, at: int) -> bool:
    """True when a sentence opening at text[at] after a space of its paragraph opens inside a
    name glossed in English (inside_name): what `mend` mends. A sentence opening between the
    members of a numbered enumeration (between_members) or with a predicate without its subject
    is left as the splitter cut it: mended too (the Vision and Blueprint of the bundled
    document's first paragraph one 430- or 643-character sentence), it drew the questions of
    the whole paragraph, and pooled CV sentence@1 fell 0.874 → 0.853 (bench/cv.py, 1,613
    items); a cut that `mend` moves still never falls there (_may_open)."""
    return inside_name(text, at)


_PREDICATE_CHARS = 40  # boundaries.opens_predicate reads the first words
# A member's label or a conjunction ending the text before a cut: the member or the item
# after it is cut from its label ("และ (2) | แผนงาน…").
_DANGLING = re.compile(r"(?:\(\s*[0-9\u0e50-\u0e59]{1,2}\s*\)|\s(?:และ|หรือ))\s*$")


def _may_open(text: str, start: int, end: int) -> bool:
    """True when a sentence may open at text[start] (end: its paragraph's sentence end): not
    inside a name, between the members of a numbered enumeration or with a predicate without
    its subject, nor with a number or a coordinating conjunction, nor after a member's label or
    a conjunction (_DANGLING)."""
    words = text[start:end]
    return not (
        inside_name(text, start)
        or between_members(text, start)
        or opens_predicate(words[:_PREDICATE_CHARS])
        or STARTS_WITH_NUMBER.match(words)
        or CONJUNCTION_START.match(words)
        or _DANGLING.search(text, max(0, start - 12), start)
    )


def mend(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spans with each sentence that opens inside a name (opens_inside) after a space of the
    same paragraph mended: the two sentences are cut again at their
    likeliest clause end that opens inside nothing (the CRF model's highest marginal among
    the spaces _may_open allows and corpus.clauses' rules allow: parts of MIN_PART_CHARS, no
    cut inside brackets, before a number or a Latin name, after an abbreviation), or, with
    none, joined while the two are at most MAX_LIST_CHARS (a longer pair stays as it was).
    Joined, a name and its neighbours' names were one sentence and an exam's choices, each
    one of those names, could no longer be told apart (pooled exam accuracy 0.870 → 0.859,
    bench/cv.py): a cut at a low marginal serves better than none."""
    mended = list(spans[:1])
    for span in spans[1:]:
        before = mended[-1]
        between = text[before[1] : span[0]]
        if between.strip() or BLANK_LINE.search(between) or not opens_inside(text, span[0]):
            mended.append(span)
            continue
        start, end = before[0], span[1]
        best, best_p = None, -1.0
        for a, b, p in _end_marginals(text[start:end]):
            said, rest = text[start : start + a], text[start + b : end]
            if p > best_p and _may_cut(said, rest) and _may_open(text, start + b, end):
                best, best_p = (start + a, start + b), p
        if best is not None:
            mended[-1:] = [(start, best[0]), (best[1], end)]
        elif end - start <= MAX_LIST_CHARS:
            mended[-1] = (start, end)
        else:
            mended.append(span)
    return mended
