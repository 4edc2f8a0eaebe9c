"""Thai repair of extracted text: one small, named function per fault.

The faults and how often each occurs were measured on ../shared/docs-samples/ (its README and
bench/extraction.py). Every function leaves text without its fault unchanged, so the whole
chain can run on any extracted text: on the clean LaTeX, DOCX and HTML samples it changes
nothing but zero-width characters and ํา → ำ (bench/extraction.py checks this).

`repair_text` applies them in order; `drop_running_lines` works on a document's pages.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

from ..text import BUDDHIST_ERA_YEARS, ZERO_WIDTH_CHARS, arabic_digits
from ..thai_dictionary import newmm
from .quality import thai_words

# Legacy Thai fonts (Windows Angsana/Cordia/Browallia, Mac Thai fonts) place shifted tone marks,
# vowels and tail-less consonants in the Private Use Area. The mapping is the de-facto one of
# those fonts (also used by libthai and by fixthaipdf): U+F700–F71A.
THAI_PUA_MAP = {
    0xF700: "\u0e10",  # ฐ without its tail
    0xF701: "\u0e34",  # ิ shifted left
    0xF702: "\u0e35",  # ี shifted left
    0xF703: "\u0e36",  # ึ shifted left
    0xF704: "\u0e37",  # ื shifted left
    0xF705: "\u0e48",  # ่ shifted down-left
    0xF706: "\u0e49",  # ้ shifted down-left
    0xF707: "\u0e4a",  # ๊ shifted down-left
    0xF708: "\u0e4b",  # ๋ shifted down-left
    0xF709: "\u0e4c",  # ์ shifted down-left
    0xF70A: "\u0e48",  # ่ shifted down
    0xF70B: "\u0e49",  # ้ shifted down
    0xF70C: "\u0e4a",  # ๊ shifted down
    0xF70D: "\u0e4b",  # ๋ shifted down
    0xF70E: "\u0e4c",  # ์ shifted down
    0xF70F: "\u0e0d",  # ญ without its tail
    0xF710: "\u0e31",  # ั shifted left
    0xF711: "\u0e4d",  # ํ shifted left
    0xF712: "\u0e47",  # ็ shifted left
    0xF713: "\u0e48",  # ่ shifted left
    0xF714: "\u0e49",  # ้ shifted left
    0xF715: "\u0e4a",  # ๊ shifted left
    0xF716: "\u0e4b",  # ๋ shifted left
    0xF717: "\u0e4c",  # ์ shifted left
    0xF718: "\u0e38",  # ุ shifted down
    0xF719: "\u0e39",  # ู shifted down
    0xF71A: "\u0e3a",  # ฺ shifted down
}

_ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH_CHARS}]")
# Noncharacters and C0/C1 controls other than tab and newline: glyphs without a Unicode value
# (pypdf and pypdfium2 emit U+FFFF for them) and stray control codes.
_INVALID = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
# NIKHAHIT + (tone mark) + SARA AA, or SARA AA + NIKHAHIT: SARA AM written as two characters.
_NIKHAHIT_AA = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32|([\u0e48-\u0e4b]?)\u0e32\u0e4d")
_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# What never starts a word: the marks, and SARA AM (U+0E33), which a justified line may set
# apart ("วันท ำการ": a LibreOffice PDF of a justified Word regulation, FRESH19a K8).
_FOLLOWING = "\u0e33" + _MARK
_SPACE_BEFORE_MARK = re.compile(f"(?<=[\u0e01-\u0e4e])[ \u00a0]+(?=[{_FOLLOWING}])")
_NEWLINE_BEFORE_MARK = re.compile(
    f"(?<=[\u0e01-\u0e4e])[ \u00a0\t]*\n[ \u00a0\t]*(?=[{_FOLLOWING}])"
)
_THAI = "\u0e01-\u0e4e"
# A consonant (and its tone mark), a space, SARA AA: "น าความ", "ประจ าปี".
_LOST_SARA_AM = re.compile("([\u0e01-\u0e2e][\u0e48-\u0e4b]?)[ \u00a0]\u0e32")
# A space after a vowel or tone mark ("ขึ้ นมา", "ฝึ ก"), or one line break, between Thai
# characters. A space after a consonant is a word boundary far more often ("แผน ก").
_THAI_GAP = re.compile(
    f"(?:(?<=[{_MARK}])[ \u00a0]+|(?<=[{_THAI}])[ \u00a0\t]*\n[ \u00a0\t]*)(?=[{_THAI}])"
)
_ABBREVIATION = 3  # Thai letters before the full stop of an abbreviation's part: พ.ศ., สปป.
_CONTEXT = 24  # Thai characters each side given to the tokeniser when a join is judged
_DIGITS = re.compile("[0-9\u0e50-\u0e59]+")
_PAGE_NUMBER_LINE = re.compile(
    r"^[\s\-–—(\[]*(?:หน้า|หนา|page|p\.)?\s*[0-9\u0e50-\u0e59]{1,4}"
    r"(?:\s*(?:/|of|จาก)\s*[0-9\u0e50-\u0e59]{1,4})?[\s\-–—)\]]*$",
    re.IGNORECASE,
)
# A bare number that reads as a year (Buddhist era 2400–2700, text.BUDDHIST_ERA_YEARS, or
# Christian era 1800–2199) at a page's edge is more often a line wrapped there ("… พ.ศ.⏎๒๕๖๖"
# at the foot of a page) than a page number: it is dropped only when another page's bare
# number agrees with it as a page count (the same number minus page position).
_CHRISTIAN_ERA_YEARS = range(1800, 2200)
# A bare page number or year: up to four digits (Thai ones read as Arabic: text.arabic_digits).
_BARE_NUMBER = re.compile("[0-9]{1,4}")
_SHORT_LINE = 30  # chars: "หน้า ๑๒", "สวัสดีชาว CU GradMaths 2" (footer with a page number)
MIN_RUNNING_LETTERS = 10  # a running line with fewer letters is a page number or a mark
_EDGE_LINES = 3  # running headers and footers are among a page's first or last 3 lines


def remove_zero_width(text: str) -> str:
    """Drop zero-width characters (text.ZERO_WIDTH_CHARS: zero-width spaces, joiners, BOMs, soft
    hyphens; Word files hold U+200B between words)."""
    return _ZERO_WIDTH.sub("", text)


def remove_invalid_characters(text: str) -> str:
    """Drop noncharacters (U+FFFE, U+FFFF: glyphs with no Unicode value) and control codes."""
    return _INVALID.sub("", text)


def map_thai_pua(text: str) -> str:
    """Legacy-font Private Use Area glyphs (U+F700–F71A) → the standard Thai characters."""
    if not any("\uf700" <= ch <= "\uf71a" for ch in text):
        return text
    return text.translate(THAI_PUA_MAP)


def fold_sara_am(text: str) -> str:
    """NIKHAHIT + SARA AA, in either order (a tone mark may sit between), → SARA AM (ำ).

    "สําหรับ" → "สำหรับ", "จาํ" → "จำ", "ตํ่า" → "ต่ำ". NFKC does the opposite, so text is
    normalised to NFC only.
    """
    return _NIKHAHIT_AA.sub(lambda m: (m.group(1) or m.group(2) or "") + "\u0e33", text)


def remove_space_before_marks(text: str) -> str:
    """Spaces between a Thai character and a following vowel or tone mark: "ฉบบั" spacing,
    "ผู ้เขียน" → "ผู้เขียน". A mark never starts a word, so such a space is never right."""
    return _SPACE_BEFORE_MARK.sub("", text)


def join_lines_before_marks(text: str) -> str:
    """A line break between a Thai character and its own vowel or tone mark is removed."""
    return _NEWLINE_BEFORE_MARK.sub("", text)


def _left_run(text: str, end: int) -> str:
    start = end
    while start > 0 and end - start < _CONTEXT and "\u0e01" <= text[start - 1] <= "\u0e4e":
        start -= 1
    return text[start:end]


def _right_run(text: str, start: int) -> str:
    end = start
    while end < len(text) and end - start < _CONTEXT and "\u0e01" <= text[end] <= "\u0e4e":
        end += 1
    return text[start:end]


def _tokens(text: str) -> list[str]:
    return [t for t in newmm(text, keep_whitespace=False) if t]


def _token_at(tokens: Sequence[str], offset: int) -> tuple[str, int, int]:
    """The token covering character `offset` of their concatenation, with its span."""
    start = 0
    for token in tokens:
        if start <= offset < start + len(token):
            return token, start, start + len(token)
        start += len(token)
    return "", start, start


def _oov(tokens: Sequence[str], words: frozenset[str]) -> int:
    return sum(token not in words for token in tokens)


def restore_lost_sara_am(text: str, words: frozenset[str] | None = None) -> str:
    """A consonant, a space, SARA AA ("น าความ") → SARA AM ("นำความ"), where the dictionary
    confirms it: the repaired word (newmm over the Thai around it) is in PyThaiNLP's word list
    and the repair lowers the count of out-of-dictionary tokens there.

    Word PDFs in TH Sarabun / Angsana map the SARA AM glyph to SARA AA alone and leave a space
    (../shared/docs-samples/README.md). No Thai word starts with า, so the space is always
    damage; where no dictionary word confirms a repair the text is left as it was.
    """
    if " \u0e32" not in text and "\u00a0\u0e32" not in text:
        return text
    words = thai_words() if words is None else words

    def repair(match: re.Match[str]) -> str:
        left = _left_run(match.string, match.end(1))
        right = _right_run(match.string, match.end())
        if len(left) < 2 and not right:
            return match.group(0)  # "ก า ร": letter-spaced text, not a lost SARA AM
        candidate = _tokens(left + "\u0e33" + right)
        token, _, _ = _token_at(candidate, len(left))
        before = _oov(_tokens(left), words) + _oov(_tokens("\u0e32" + right), words)
        if len(token) >= 2 and token in words and _oov(candidate, words) < before:
            return match.group(1) + "\u0e33"
        return match.group(0)

    return _LOST_SARA_AM.sub(repair, text)


def join_broken_words(text: str, words: frozenset[str] | None = None) -> str:
    """A space or line break inside a word is removed where the dictionary confirms it.

    "ขึ้ นมา" → "ขึ้นมา", "เป็ น" → "เป็น" (Word PDFs), a word wrapped at a line end. Thai puts
    spaces between phrases and lines end between words, so a gap is joined only when the word
    before a space (or a word either side of a line break) is not in PyThaiNLP's word list, the
    joined text puts a dictionary word across the gap, and the join lowers the count of
    out-of-dictionary tokens. Only spaces after a vowel or tone mark are candidates.
    """
    words = thai_words() if words is None else words

    def repair(match: re.Match[str]) -> str:
        left = _left_run(match.string, match.start())
        right = _right_run(match.string, match.end())
        if match.string.startswith(".", match.end() + len(right)) and len(right) <= _ABBREVIATION:
            return match.group(0)  # a line opening with an abbreviation: "…เอกสาร\nพ.ศ. ๒๕๖๗"
        left_tokens, right_tokens = _tokens(left), _tokens(right)
        if not left_tokens or not right_tokens:
            return match.group(0)
        is_space = "\n" not in match.group(0)
        if left_tokens[-1] in words and (is_space or right_tokens[0] in words):
            return match.group(0)
        joined = _tokens(left + right)
        token, start, end = _token_at(joined, len(left))
        if not (start < len(left) < end and token in words):
            return match.group(0)
        if _oov(joined, words) < _oov(left_tokens, words) + _oov(right_tokens, words):
            return ""
        return match.group(0)

    return _THAI_GAP.sub(repair, text)


# A tone mark (or thanthakhat) at a line start or after a space, before a Thai word: a header
# set in a separate text run puts the mark before its word ("่เลม ๑๔๐" for "เล่ม ๑๔๐").
_ORPHAN_TONE = re.compile("(?:(?<=^)|(?<=[ \u00a0\n]))([\u0e48-\u0e4c])([\u0e01-\u0e4e]+)", re.M)
_CONSONANT = re.compile("[\u0e01-\u0e2e]")


def place_orphan_tone_marks(text: str, words: frozenset[str] | None = None) -> str:
    """A tone mark before the word it belongs to is put after the consonant of that word
    where PyThaiNLP's dictionary confirms it: "่เลม" → "เล่ม". Left as it was when no place (or
    more than one) makes the word's first token a dictionary word."""
    if not _ORPHAN_TONE.search(text):
        return text
    words = thai_words() if words is None else words

    def repair(match: re.Match[str]) -> str:
        mark, word = match.group(1), match.group(2)
        fits = set()
        for consonant in _CONSONANT.finditer(word):
            at = consonant.end()
            if at < len(word) and word[at] in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39":
                at += 1  # a tone mark follows a vowel above or below its consonant
            candidate = word[:at] + mark + word[at:]
            tokens = _tokens(candidate)
            if tokens and tokens[0] in words and len(tokens[0]) > at:
                fits.add(candidate)
        return fits.pop() if len(fits) == 1 else match.group(0)

    return _ORPHAN_TONE.sub(repair, text)


REPAIRS: tuple[Callable[[str], str], ...] = (
    remove_zero_width,
    remove_invalid_characters,
    map_thai_pua,
    fold_sara_am,
    remove_space_before_marks,
    join_lines_before_marks,
    place_orphan_tone_marks,
    restore_lost_sara_am,
    join_broken_words,
)


def repair_text(text: str) -> str:
    """All character-level repairs, in order, after NFC (never NFKC: it splits ำ into ํา)."""
    text = unicodedata.normalize("NFC", text)
    for repair in REPAIRS:
        text = repair(text)
    # Again after the repairs: a legacy font's tone-mark glyph mapped back (map_thai_pua) or a
    # mark joined across a space can stand before the vowel it sits on ("ผ ้ ู" for ผู้), which
    # no search, label or heading typed in canonical order matches (a Chromium-printed PDF's
    # "4. ผู้เข้าอบรม…" heading was not its section's label "ผู้เข้าอบรม…", FRESH17a §1.3).
    return unicodedata.normalize("NFC", text)


def _line_key(line: str) -> str:
    """A line with its spacing neutralised, and a short line's numbers: "หน้า ๑" and "หน้า ๒"
    share a key; longer lines that differ in a number are body text, not a running line."""
    line = " ".join(line.split())
    return _DIGITS.sub("#", line) if len(line) <= _SHORT_LINE else line


def _edge_lines(lines: Sequence[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])


def drop_running_lines(pages: Sequence[str]) -> list[str]:
    """Running headers, footers and page numbers removed from a document's pages.

    A line among a page's first or last three is dropped when it is a page number ("12",
    "- 12 -", "หน้า ๑๒", "page 3 of 9") or when the same line is at the edge of both pages of
    a two-page document, or of at least 3 pages and 30 % of all pages (a slide title repeated on
    two of three slides stays). Numbers are ignored in lines up to 30 characters. Every
    occurrence goes, the first too: kept once, a running line fell inside the section of the
    page it ended and became its answer (FRESH11 §5: the Royal Gazette's "เล่ม ๑๔๐ ตอนที่ ๒๒ ก
    ราชกิจจานุเบกษา ๒๐ มีนาคม ๒๕๖๖" was the whole answer to when the decree takes effect). A
    single page, and a line on too few pages, are left as they are; the page itself is known
    from the page boundaries, not from the furniture.
    """
    return split_running_lines(pages)[0]


def split_running_lines(pages: Sequence[str]) -> tuple[list[str], list[str]]:
    """(drop_running_lines(pages), each running line with words (MIN_RUNNING_LETTERS letters)
    that it dropped, once, as first written): a journal's or gazette's header, which must
    never be taken for the document's title either (pdf._title)."""
    page_lines = [page.split("\n") for page in pages]
    edges = [_edge_lines(lines) for lines in page_lines]
    counts: Counter[str] = Counter()
    for lines, edge in zip(page_lines, edges, strict=True):
        counts.update({_line_key(lines[i]) for i in edge})
    if len(pages) < 2:
        needed = len(pages) + 1  # one page: nothing repeats
    else:  # on both pages of two, on 3 pages and 30 % of more
        needed = min(len(pages), max(3, math.ceil(0.3 * len(pages))))
    repeated = {key for key, n in counts.items() if n >= needed and key}
    numbering = _page_numbering(page_lines, edges)
    seen: set[str] = set()
    kept, dropped = [], []
    for page, (lines, edge) in enumerate(zip(page_lines, edges, strict=True)):
        out = []
        for i, line in enumerate(lines):
            if i in edge and _PAGE_NUMBER_LINE.match(line.strip()):
                before = "\n".join(out) if any(x.strip() for x in out) else kept[-1] if kept else ""
                carried = _ends_hyphenated(before)
                if carried or not _is_page_number(line, page, numbering):
                    out.append(line)  # a year wrapped to the edge, not the running "#" line
                continue
            key = _line_key(line)
            if i in edge and key in repeated:
                if key not in seen and sum(c.isalpha() for c in line) >= MIN_RUNNING_LETTERS:
                    dropped.append(line)
                seen.add(key)
                continue
            out.append(line)
        kept.append("\n".join(out))
    return kept, dropped


# A line that ends inside a number or a word broken at a hyphen ("โทร 035-521-", its "777" the
# next line, a printed notice's phone number at the foot of its page, or at the next page's
# top) goes on in the next line, whose bare number is that number's rest, not a page number.
_HYPHEN_END = re.compile(r"[0-9A-Za-z\u0e50-\u0e59]-\s*$")


def _ends_hyphenated(page: str) -> bool:
    """True when text's last line ends with a hyphen after a digit or a Latin letter."""
    return bool(_HYPHEN_END.search(page.rstrip()))


def _bare_number(line: str) -> int | None:
    """The number of a line that is nothing but up to four digits, Thai or Arabic ("๑๒",
    "2023"), else None (a superscript "²" is no page number: str.isdigit would say it is)."""
    digits = arabic_digits(line.strip())
    return int(digits) if _BARE_NUMBER.fullmatch(digits) else None


def _bare_year(line: str) -> int | None:
    """The number of a line that is a bare number reading as a year ("๒๕๖๖", "2023"), else
    None."""
    year = _bare_number(line)
    return year if year in BUDDHIST_ERA_YEARS or year in _CHRISTIAN_ERA_YEARS else None


def _page_numbering(page_lines: Sequence[Sequence[str]], edges: Sequence[set[int]]) -> Counter[int]:
    """How many pages have a bare number at their edge at each offset (number minus page
    position): a document's page numbers share one offset."""
    offsets: Counter[int] = Counter()
    for page, (lines, edge) in enumerate(zip(page_lines, edges, strict=True)):
        numbers = {_bare_number(lines[i]) for i in edge}
        offsets.update(n - page for n in numbers if n is not None)
    return offsets


def _is_page_number(line: str, page: int, numbering: Counter[int]) -> bool:
    """True when an edge line is a page number (_PAGE_NUMBER_LINE); a bare year only when
    another page's number agrees with it (see _CHRISTIAN_ERA_YEARS)."""
    if not _PAGE_NUMBER_LINE.match(line.strip()):
        return False
    year = _bare_year(line)
    return year is None or numbering[year - page] >= 2
