"""Reading an exam: the choices typed in a question, their labels, and what the stem asks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..errors import QuestionError
from ..store import Index
from ..text import clean, is_content_word, is_thai, tokenize
from .matching import query_form

CHOICE_LETTERS = "กขคงจฉชซฌญ"  # the letters of the JSON contract's Choice.letter
LATIN_LETTERS = "ABCDEFGHIJ"  # an English question's choices given without labels

# --- reading an exam question typed as text --------------------------------------------------

# Label alphabets, in order. An exam has at least MIN_CHOICES consecutive labels of one of them.
LABEL_SERIES = {
    "thai": "กขคงจฉ",
    "digit": "123456",
    "thai_digit": "๑๒๓๔๕๖",
    "latin": "abcdef",
    "latin_upper": "ABCDEF",
}
MIN_CHOICES = 3
MAX_CHOICE_CHARS = 300
LABEL_OF = {ch: (name, i) for name, letters in LABEL_SERIES.items() for i, ch in enumerate(letters)}
_LABEL_CHARS = "".join(LABEL_SERIES.values())
# A label starts the text or follows a space or punctuation: "(ก)", "ก.", "ก)", with stray spaces.
# "ค.ศ.", "ก.พ." and "B.E." are abbreviations, and "1.5" a number, not labels.
_LABEL = re.compile(
    r"(?<![^\s:：?？,;/])(?:"
    rf"\(\s*(?P<paren>[{_LABEL_CHARS}])\s*\)"
    rf"|(?P<dot>[{_LABEL_CHARS}])\s*\.(?![\u0e01-\u0e2eA-Za-z]\.)(?!\d)"
    rf"|(?P<close>[{_LABEL_CHARS}])\s*\)"
    r")"
)
# A cue starts a syllable: not after a leading vowel (เ แ โ ใ ไ), so the "กี่" of "เกี่ยวกับ"
# ("about", common in choices) is no "how many".
_THAI_QUESTION_CUE = (
    r"(?<![\u0e40-\u0e44])(?:ข้อ\s*ใด|ใด|อะไร|ไหน|ใคร|เท่าไร|เท่าไหร่|กี่|ยกเว้น|หรือไม่)|[?？]"
)
# A stem asks with a question word, or as exams word a stem that is no question ("All of the
# following … EXCEPT"). In a choice only the Thai words and "?" count: English question words
# also open relative clauses ("… how the disease is spreading", "… when disasters strike").
_QUESTION_CUE = re.compile(
    _THAI_QUESTION_CUE + r"|\b(?:which|what|who|whom|whose|when|where|why|how|except)\b"
    r"|\ball of the following\b",
    re.IGNORECASE,
)
_CHOICE_ASKS = re.compile(_THAI_QUESTION_CUE)


@dataclass(frozen=True)
class _Label:
    start: int
    end: int
    series: str  # a key of LABEL_SERIES
    ordinal: int  # 0 for ก / 1 / a


def _labels(text: str) -> list[_Label]:
    found = []
    for match in _LABEL.finditer(text):
        style = match.lastgroup or ""
        series, ordinal = LABEL_OF[match.group(style)]
        found.append(_Label(match.start(), match.end(), series, ordinal))
    return found


def _best_chain(labels: list[_Label]) -> list[_Label]:
    """The longest run of one alphabet's labels counting up from its first letter.

    Of equally long runs the latest wins: a stem may quote "(1) … (2) …" before the choices.
    """
    best: list[_Label] = []
    for i, first in enumerate(labels):
        if first.ordinal != 0:
            continue
        chain = [first]
        for label in labels[i + 1 :]:
            # Styles may be mixed ("ก." then "(ข)"): people type in a hurry.
            if label.series == first.series and label.ordinal == len(chain):
                chain.append(label)
        if len(chain) >= len(best):
            best = chain
    return best


def _at_line_start(text: str, label: _Label) -> bool:
    return not text[: label.start].strip(" \t") or text[: label.start].rstrip(" \t").endswith("\n")


# Labels typed without a dot or parenthesis ("… ก การจัดการทรัพยากรน้ำ ข สิ่งแวดล้อมศึกษา …",
# "a Singapore b Vientiane …"): a letter standing alone between spaces. Thai words start with
# ก ข ค ง and English has the article "a", so only an unambiguous run is read: the letters of one
# alphabet from its first, at least BARE_MIN_CHOICES of them, each once after the first, each
# followed by text, after a stem that asks.
BARE_MIN_CHOICES = 4
_BARE_SERIES = ("thai", "latin", "latin_upper")
_STANDALONE = re.compile(r"(?<!\S)\S(?!\S)")


def _bare_chain(text: str) -> list[_Label]:
    """The labels of an exam whose labels are bare letters (see BARE_MIN_CHOICES), or []."""
    for series in _BARE_SERIES:
        letters = LABEL_SERIES[series]
        found = [m for m in _STANDALONE.finditer(text) if m.group() in letters]
        firsts = [i for i, m in enumerate(found) if m.group() == letters[0]]
        if not firsts:
            continue
        start = firsts[-1]  # the last "a": an article may come before it in the stem …
        if len(firsts) > 1:
            # … only where the stem ends before the labels ("Which is a …? a …"): else "a"
            # may be an article inside the first choice ("a Setting up a centre b …").
            between = text[found[firsts[-2]].end() : found[start].start()]
            if not re.search(r"[?？:：\n]", between):
                continue
        tail = found[start:]
        # Every standalone letter of the alphabet after the first label is the next label.
        if len(tail) < BARE_MIN_CHOICES or any(m.group() != letters[i] for i, m in enumerate(tail)):
            continue
        return [_Label(m.start(), m.end(), series, i) for i, m in enumerate(tail)]
    return []


def _bare_exam(text: str) -> tuple[str, list[str]] | None:
    chain = _bare_chain(text)
    if not chain:
        return None
    stem = re.sub(r"\s+", " ", text[: chain[0].start]).strip(" :：-–")
    ends = [label.start for label in chain[1:]] + [len(text)]
    choices = [
        re.sub(r"\s+", " ", text[label.end : end]).strip(" ,;、/")
        for label, end in zip(chain, ends, strict=True)
    ]
    if not _QUESTION_CUE.search(stem) or not all(re.search(r"\w", c) for c in choices):
        return None
    if any(len(c) > MAX_CHOICE_CHARS or _CHOICE_ASKS.search(c) for c in choices):
        return None
    return stem, choices


# A stem that asks to choose ("ข้อใดถูก", "ข้อไหน", "Which …"): with it two labelled choices are
# an exam ("ข้อใดถูก ก. AUN ข. AQRF"); without it two labels may be a quoted list.
_CHOOSING = re.compile(r"ข้อ\s*(?:ใด|ไหน)|อัน\s*(?:ใด|ไหน)|\bwhich\b", re.IGNORECASE)
# The first label typed against the stem's last word ("ข้อใดถูกก.AUN ข.AQRF …"): a first label
# of an alphabet right after a Thai letter, with the alphabet's second label later on.
_GLUED_FIRST = re.compile(r"(?<=[\u0e01-\u0e4e])(?=[ก1๑]\s*[.)])")
_SECOND_OF = {"ก": "ข", "1": "2", "๑": "๒"}


def _glued_exam(text: str) -> tuple[str, list[str]] | None:
    """The exam of a text whose first label is glued to the stem (see _GLUED_FIRST), or None."""
    for match in reversed(list(_GLUED_FIRST.finditer(text))):
        at = match.start()
        second = _SECOND_OF[text[at]]
        if re.search(rf"(?<!\S){second}\s*[.)]", text[at:]) is None:
            continue
        parsed = _labelled_exam(text[:at] + " " + text[at:])
        if parsed is not None and _QUESTION_CUE.search(parsed[0]):
            return parsed
    return None


def parse_exam(text: str) -> tuple[str, list[str]] | None:
    """(stem, choices) of an exam question typed as text, or None for an ordinary question.

    Choices are labelled ก. ข. ค. ง. (or ก) (ก), 1. 1) (1), a) A., Thai digits ๑.), one a line or
    all on one line. At least three labels must count up from the first letter, or two after a
    stem that asks when they stand one a line or the stem asks to choose ("ข้อใดถูก ก. AUN
    ข. AQRF", `_CHOOSING`); a question that merely quotes "(1) … (2) …" is not an exam.
    The first label may be typed against the stem ("ข้อใดถูกก.AUN ข.AQRF …"). Bare letters
    ("ก … ข … ค … ง …") are labels only in an unambiguous run (`_bare_chain`).

    Raises QuestionError (one_choice_error) for a stem that asks followed by one labelled
    choice alone on its line ("AQRF คืออะไร⏎ก. กรอบคุณวุฒิ"): an exam needs two.
    """
    if not isinstance(text, str) or len(text) > 20_000:
        return None
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").strip()
    return _labelled_exam(text) or _bare_exam(text) or _glued_exam(text)


def _labelled_exam(text: str) -> tuple[str, list[str]] | None:
    """parse_exam for labels with a dot or parenthesis (text normalised)."""
    labels = _labels(text)
    chain = _best_chain(labels)
    if not chain:
        return None
    stem = re.sub(r"\s+", " ", text[: chain[0].start]).strip(" :：-–")
    bounds = [label.end for label in chain]
    ends = [label.start for label in chain[1:]] + [len(text)]
    choices = [
        re.sub(r"\s+", " ", text[a:b]).strip(" ,;、/") for a, b in zip(bounds, ends, strict=True)
    ]
    if not re.search(r"\w", stem) or not all(choices):
        return None
    if any(len(c) > MAX_CHOICE_CHARS or "?" in c or "？" in c for c in choices):
        return None
    # "… (1) ความครอบคลุม (2) ความยั่งยืน (3) ภูมิคุ้มกัน คืออะไร" quotes a list: an exam with
    # numbered choices on one line needs a stem that asks and choices that do not.
    one_a_line = all(_at_line_start(text, label) for label in chain)
    asks = _QUESTION_CUE.search(stem) and not any(_CHOICE_ASKS.search(c) for c in choices)
    # Fewer than MIN_CHOICES labels are choices under a stem that asks when they stand one a
    # line ("AQRF คืออะไร⏎ก. …⏎ข. …", as `--choice` twice is an exam: FRESH16a K6) or the stem
    # asks to choose ("ข้อใดถูก ก. AUN ข. AQRF"); on one line after another question they may be
    # a quoted list ("เสาหลักคืออะไร ก. การเมือง ข. เศรษฐกิจ"). One such choice alone is refused,
    # Thai and English, rather than asked as part of the question.
    typed = asks and (one_a_line or _CHOOSING.search(stem) is not None)
    if len(chain) == 1:  # the text's only label: labels that skip one are no choices
        if typed and len(labels) == 1 and (one_a_line or chain[0].series == "thai"):
            raise one_choice_error()
        return None
    if len(chain) < MIN_CHOICES and not typed:
        return None
    # Latin labels on one line are choices only after a stem that asks ("A." is also an initial),
    # or as a whole run A.–D. (BARE_MIN_CHOICES) after a sentence to complete ("The plan is about
    # the rights of A. … B. … C. … D. …": exams word such stems with no question word).
    completes = len(chain) >= BARE_MIN_CHOICES and not any(_CHOICE_ASKS.search(c) for c in choices)
    if not one_a_line and chain[0].series != "thai" and not asks and not completes:
        return None
    return stem, choices


def _typed_series(choices: Sequence[str]) -> str | None:
    """The alphabet the choices were typed with, one label each counting up from its first
    letter ("a) …", "b) …"); None when they were not."""
    series = None
    for i, choice in enumerate(choices):
        match = _LABEL.match(unicodedata.normalize("NFC", choice).lstrip())
        if match is None:
            return None
        name, ordinal = LABEL_OF[match.group(match.lastgroup or "")]
        if ordinal != i or series not in (None, name):
            return None
        series = name
    return series


def choice_labels(asked: str, count: int, choices: Sequence[str] | None = None) -> list[str]:
    """The labels to show count choices by, as the asker named them: the labels typed in the
    question ("a) … d)" → a b c d, "1. … 4." → 1 2 3 4) or on the choices given apart (choices,
    as typed: `--choice "a) …"`, the page's box), else A B C … for a question without Thai
    letters, else ก ข ค …; a number past the end of an alphabet. Rendering only: Choice.letter
    (the JSON contract) stays Thai.
    """
    letters = LATIN_LETTERS if isinstance(asked, str) and not is_thai(asked) else CHOICE_LETTERS
    series = None
    if choices:
        series = _typed_series(choices)
    elif parse_exam(asked) is not None:
        typed = unicodedata.normalize("NFC", asked).replace("\r\n", "\n").strip()
        chain = _best_chain(_labels(typed)) if _labelled_exam(typed) else _bare_chain(typed)
        if not chain:  # the first label typed against the stem
            chain = _best_chain(_labels(_GLUED_FIRST.sub(" ", typed)))
        series = chain[0].series
    if series is not None and count <= len(LABEL_SERIES[series]):
        letters = LABEL_SERIES[series]
    return [letters[i] if i < len(letters) else str(i + 1) for i in range(count)]


def strip_label(choice: str) -> str:
    """A choice without the label it was typed with: "ก. การศึกษา" → "การศึกษา".

    The label grammar is `_LABEL`'s (ก. ก) (ก), 1. 1) (1), a) A., ๑.), so an abbreviation or a
    number the choice starts with stays: "พ.ศ. 2558", "ค.ศ. 2017", "2.5 ล้านคน" are unchanged.
    """
    text = choice.lstrip()
    match = _LABEL.match(text)
    return text[match.end() :].lstrip() if match else choice


# --- stems ----------------------------------------------------------------------------------

_NEGATIONS = (
    "ไม่ใช่|มิใช่|ไม่ได้|มิได้|ไม่ถูกต้อง|ไม่ถูก|ไม่เกี่ยวข้อง|ไม่เกี่ยวกับ|ไม่จริง|ไม่ตรง|ไม่มี|"
    "ไม่ปรากฏ|ไม่รวม|ไม่นับ|ไม่เป็น|ไม่อยู่|ไม่สอดคล้อง|กล่าวผิด|ข้อผิด|ผิดจาก|ยกเว้น|เว้นแต่"
)
# English negation (Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002,
# ch. 9: the verbal negators not and its clitic n't, cannot, never; no as a determiner asks
# about what has none, not for the false choice) and the wordings exams use for the choice
# that is not so (EXCEPT, false, incorrect, inaccurate, untrue, wrong, the odd one out).
_ENGLISH_NEGATIVE = (
    r"\b(?:not|cannot|never|except|false|incorrect|inaccurate|untrue|wrong|odd one out)\b"
    r"|[a-z]n['’]t\b"
)
_NEGATIVE = re.compile(_NEGATIONS + "|" + _ENGLISH_NEGATIVE, re.IGNORECASE)
# Words that ask rather than describe: no passage says them, so they must not be matched.
_QUESTION_WORDS = re.compile(
    r"ข้อ\s*ใด|ดังต่อไปนี้|ต่อไปนี้|กล่าวถูกต้อง|ถูกต้อง|อย่างไร|เท่าใด|เท่าไร|เท่าไหร่|เมื่อใด|"
    r"เมื่อไร|เมื่อไหร่|ที่ไหน|ผู้ใด|ใคร|อะไร|สิ่งใด|ใด|" + _NEGATIONS + r"|\?"
)
# A stem ending in its question word ("… ลงนามโดยผู้ใด") has the answer where that word is:
# the text says the stem's words first and the answer after them.
_TRAILING_GAP = re.compile(
    r"(?:ผู้ใด|ใคร|อะไร|เมื่อใด|เมื่อไร|เมื่อไหร่|ที่ใด|ที่ไหน|เท่าใด|เท่าไร|ใด|ไหน)\s*[?？]?\s*$"
)


_SECTOR_CUE = re.compile(r"(?:ด้าน|สาขา|เรื่อง|หมวด)\s*$")
LONG_LABEL = 12  # a section label this long is a name, wherever the stem says it


def named_sections(index: Index, stem: str) -> set[tuple[str, int]]:
    """Sections whose label the stem names ("… ด้านสาธารณสุข …", "เครือข่ายเมืองอัจฉริยะอาเซียน").

    A short label must follow ด้าน / สาขา / เรื่อง, so that "แรงงาน" in "สิทธิแรงงานต่างด้าว" or in
    "ผู้เรียน/แรงงาน" does not name the labour sector.
    """
    text = query_form(stem)
    named: set[tuple[str, int]] = set()
    for doc in index.documents:
        for section in doc.sections:
            label = query_form(section.label).strip()
            if len(label) < 2:
                continue
            for match in re.finditer(re.escape(label), text):
                if len(label) >= LONG_LABEL or _SECTOR_CUE.search(text[: match.start()]):
                    named.add((doc.doc_id, section.section_id))
                    break
    return named


def is_negative(stem: str) -> bool:
    """True when the stem asks for the choice that is *not* so (ข้อใดไม่ใช่ …, ยกเว้น …)."""
    return _NEGATIVE.search(unicodedata.normalize("NFC", stem)) is not None


# English negators and what is left without them (cannot → can, won't → will, false → true).
_ENGLISH_NEGATORS = (
    (re.compile(r"\bcan(?:not|['’]t)\b", re.IGNORECASE), "can"),
    (re.compile(r"\bwon['’]t\b", re.IGNORECASE), "will"),
    (re.compile(r"\bshan['’]t\b", re.IGNORECASE), "shall"),
    (re.compile(r"(?<=[a-z])n['’]t\b", re.IGNORECASE), ""),
    (re.compile(r"\b(?:not|never|except)\b", re.IGNORECASE), " "),
    (re.compile(r"\b(?:false|untrue)\b", re.IGNORECASE), "true"),
    (re.compile(r"\bin(correct|accurate)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\bwrong\b", re.IGNORECASE), "right"),
    (re.compile(r"\bthe odd one out\b", re.IGNORECASE), "one"),
)


def positive_form(stem: str) -> str:
    """The stem with its negation taken out: what the true choices are about ("Which isn't a
    sub-area of …" → "Which is a sub-area of …", "ข้อใดไม่ใช่สาขาย่อย …" → "ข้อใดสาขาย่อย …").
    An embedding reads "not" as one more word, not as the negation of the rest (Ettinger,
    "What BERT is not", TACL 2020), so the place the true choices are is found from this."""
    text = unicodedata.normalize("NFC", stem)
    text = re.sub(_NEGATIONS, " ", text)
    for negator, kept in _ENGLISH_NEGATORS:
        text = negator.sub(kept, text)
    return re.sub(r"\s+", " ", text).strip()


# The words of a stem that asks only which choice is so, beside its question words
# (text.THAI_QUESTION_WORDS) and stop words: what the usual Thai and English exam wordings
# (textbook and O-NET style, as decide's choices about choices) judge a statement by — "ข้อใดถูก",
# "ข้อใดต่อไปนี้ถูกต้องที่สุด", "ข้อใดเป็นความจริง", "ข้อใดกล่าวผิด", "Which is right?", "Which of
# the following statements is correct?", "Which one is true?", "Which is the best answer?".
# Latin words as text.tokenize writes them (Snowball stems).
_JUDGEMENT_WORDS = frozenset(
    """ถูก ผิด จริง ความจริง เท็จ ต่อไปนี้ ดังต่อไปนี้ ที่สุด ข้อความ คำตอบ ตัวเลือก
    right correct true fals wrong incorrect accur inaccur untru statement follow one best
    answer option choic""".split()
)


# Of those, the words that judge a statement true or false ("ข้อใดไม่ถูกต้องเกี่ยวกับ …", "ข้อใด
# กล่าวผิด …", "Which statement about … is NOT correct?", "… are true EXCEPT"), not the words that
# only select ("ต่อไปนี้", "follow", "best"): a stem with one asks which statement is false, not
# which item lies outside a class ("ข้อใดไม่ใช่สาขาย่อยของ …").
_TRUTH_WORDS = frozenset(
    """ถูก ถูกต้อง ผิด จริง ความจริง เท็จ ข้อความ
    right correct true fals wrong incorrect accur inaccur untru statement""".split()
)


def judges_truth(stem: str) -> bool:
    """True when the stem judges its choices as statements, true or false (_TRUTH_WORDS)."""
    return any(w in _TRUTH_WORDS for w in tokenize(unicodedata.normalize("NFC", stem)))


# The words of a stem that asks only whether the documents say a choice at all: the verbs of
# saying and appearing and the names of a text, as Thai reading-comprehension exams word it
# ("ข้อใดไม่ได้กล่าวไว้ในเอกสาร", "ข้อใดไม่ได้กล่าวถึง", "ข้อใดไม่ปรากฏในบทความ", "ข้อใดเอกสารระบุไว้")
# and English ones ("Which is not mentioned in the document?", "… NOT stated in the passage").
# Latin words as text.tokenize writes them (Snowball stems).
_MENTION_WORDS = frozenset(
    """กล่าว กล่าวถึง กล่าวไว้ พูดถึง ระบุ ปรากฏ เอ่ยถึง อ้างถึง เอกสาร บทความ เนื้อหา เนื้อเรื่อง
    mention state stat appear refer say said document text passag articl""".split()
)


# "According to the document": where a statement is judged, not what it is about ("ข้อใดถูกต้อง
# ตามเอกสาร", "ข้อใดกล่าวถูกต้องตามบทความนี้", "Which statement is true according to the
# document?", "… based on the text"). Prepositions of source (ตาม, จาก; according to, based on)
# before a name of a text (_MENTION_WORDS' nouns); "ในเอกสาร" / "in the document" stay, as the
# mention stems' "ข้อใดไม่ปรากฏในเอกสาร" read them.
_SOURCE = re.compile(
    r"(?:ตาม|จาก)(?:ที่(?:ระบุ|กล่าว|ปรากฏ)(?:ไว้)?ใน)?\s*(?:เอกสาร|บทความ|ข้อความ|เนื้อหา|เนื้อเรื่อง)"
    r"(?:\s*(?:นี้|ข้างต้น|ดังกล่าว))?"
    r"|\b(?:according to|based on)\s+(?:the|this)\s+(?:document|text|passage|article)s?\b",
    re.IGNORECASE,
)


def _stem_words(stem: str) -> list[str]:
    """The stem's content words that are not words of judgement (_JUDGEMENT_WORDS), nor of the
    source it is judged by (_SOURCE)."""
    text = _SOURCE.sub(" ", unicodedata.normalize("NFC", stem))
    return [w for w in tokenize(text) if is_content_word(w) and w not in _JUDGEMENT_WORDS]


def mention_stem(stem: str) -> bool:
    """True when the stem asks only which choice the documents mention (or do not): its words
    are words of saying and of a text (_MENTION_WORDS), nothing the choices are about —
    "ข้อใดไม่ได้กล่าวไว้ในเอกสาร", "Which is not mentioned in the document?". Such a stem is
    content_free; whether a choice is so is whether the documents say it anywhere."""
    words = _stem_words(stem)
    return bool(words) and all(w in _MENTION_WORDS for w in words)


@lru_cache(maxsize=1 << 10)
def content_free(stem: str) -> bool:
    """True when the stem says nothing the choices are about, only that one of them is so (or
    not so): "ข้อใดถูก", "Which is right?", "Which statement is false?", or that the documents
    mention it (`mention_stem`). Its choices carry the whole claim; the stem gives no place in
    the documents to look at. Read once per stem (cached): an exam question asks it in
    pipeline.ask, answer_retrieval, score_choices and the verdict, and stem_topic with it."""
    words = _stem_words(stem)
    return not words or all(w in _MENTION_WORDS for w in words)


def stem_topic(stem: str) -> str:
    """The stem without its question and negation words and the source it is judged by
    (_SOURCE: "ตามเอกสาร"): what the question is about ("" for a stem that says nothing else,
    content_free)."""
    if content_free(stem):
        return ""
    text = _QUESTION_WORDS.sub(" ", _SOURCE.sub(" ", unicodedata.normalize("NFC", stem)))
    return re.sub(r"\s+", " ", text).strip()


def answer_follows_stem(stem: str) -> bool:
    """True when the stem ends in its question word (the answer comes after what it says)."""
    return _TRAILING_GAP.search(unicodedata.normalize("NFC", stem).strip()) is not None


def one_choice_error() -> QuestionError:
    """The error for an exam given one choice only (typed in the question, in the page's box, as
    one `--choice` or a one-item "choices"): what an exam needs, and the way out."""
    return QuestionError(
        "มีตัวเลือกเพียงข้อเดียว ข้อสอบต้องมีตัวเลือกอย่างน้อย 2 ข้อ (เช่น ก. … ข. …) หรือถามโดยไม่ใส่ตัวเลือก",
        "only one choice: an exam needs at least 2 choices (ก. … ข. …), or ask without choices",
    )


def check_choices(choices: object) -> list[str]:
    """The choices, cleaned; QuestionError (Thai and English) for choices that cannot be judged."""
    if isinstance(choices, str) or not isinstance(choices, Sequence):
        raise QuestionError("ตัวเลือกต้องเป็นรายการข้อความ", "the choices must be a list of text")
    if not all(isinstance(c, str) for c in choices):
        raise QuestionError("ตัวเลือกทุกข้อต้องเป็นข้อความ", "every choice must be text")
    cleaned = [clean(c) for c in choices]
    if len(cleaned) == 1:
        raise one_choice_error()
    if not 2 <= len(cleaned) <= len(CHOICE_LETTERS):
        raise QuestionError(
            f"ต้องมีตัวเลือก 2 ถึง {len(CHOICE_LETTERS)} ข้อ",
            f"give between 2 and {len(CHOICE_LETTERS)} choices",
        )
    if not all(re.search(r"\w", c) for c in cleaned):
        raise QuestionError(
            "ตัวเลือกทุกข้อต้องมีตัวอักษรหรือตัวเลข (ไม่ว่างและไม่ใช่แค่สัญลักษณ์)",
            "every choice needs letters or digits (not empty, not only symbols or emoji)",
        )
    if any(len(c) > MAX_CHOICE_CHARS for c in cleaned):
        raise QuestionError(
            f"ตัวเลือกยาวเกินไป (สูงสุด {MAX_CHOICE_CHARS} ตัวอักษร)",
            f"a choice is too long (at most {MAX_CHOICE_CHARS} characters)",
        )
    return cleaned
