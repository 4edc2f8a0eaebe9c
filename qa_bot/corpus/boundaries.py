"""Where a Thai sentence may end: the facts every splitting rule reads (an abbreviation's or an
era's full stop, a sentence-linking connective, a predicate without its subject, a line wrapped
inside a word, a heading line), each a small predicate over the text."""

from __future__ import annotations

import re
from functools import lru_cache

from ..thai_dictionary import newmm

MIN_SENTENCE_CHARS = 40
# PyThaiNLP's CRF splitter cuts at spaces, and Thai puts spaces between clauses: it cuts after
# an abbreviation's full stop ("ค.ศ. | 2025", "สปป. | ลาว") and before a clause that cannot
# stand alone ("… AUN) ขึ้น | ซึ่งเป็นความร่วมมือ …"). Such a piece joins the sentence before it
# while the two stay under MAX_JOINED_CHARS (a highlight should stay a sentence, not a paragraph).
_ENDS_WITH_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[\u0e01-\u0e2e]{1,3}\.)+$")
CONTINUATION_STARTS = ("ซึ่ง", "เพื่อ", "โดย")  # which, so as to, by
STARTS_WITH_NUMBER = re.compile(r"^[0-9\u0e50-\u0e59]")
# An era's abbreviation is never the end of a sentence: its year follows ("ค.ศ. | 2017").
ENDS_WITH_ERA = re.compile(r"(?:ค\.\s?ศ|พ\.\s?ศ|ร\.\s?ศ|จ\.\s?ศ)\.$")
# Thai text written with full stops ends a sentence with one: "…ใจงาม. ปัจจุบันชมรม…". A full stop
# after a Thai letter that is not an abbreviation's (see _ENDS_WITH_ABBREVIATION) ends a sentence.
_ENDS_WITH_FULL_STOP = re.compile(r"[\u0e01-\u0e4f]\.$")
MAX_JOINED_CHARS = 320
# A short word and a full stop before a number is an abbreviation before its value, whether or
# not a word list holds it ("โทร. 042 123 456", "ม. 6/1", "หน้า ๑"'s "น. 08.00"): Thai ends a
# sentence with a space or a line break, and a sentence's full stop is rarely followed by a
# number. Four letters: the longest of such words in PyThaiNLP's abbreviations (words_th.txt)
# before a value ("โทร.", "กม.", "ซม.", "ตร.").
SHORT_WORD_STOP = re.compile(r"(?:^|\s)[\u0e01-\u0e4e]{1,4}\.$")
# A Latin letter written out in Thai and followed by a full stop is a name's initial ("แฮร์รี
# อาร์. ทรูแมน", "แฟรงกลิน ดี. โรสเวลต์"), not the end of a sentence: the Thai names of the 26
# letters of the Latin alphabet (as the Royal Institute transcribes them).
LATIN_INITIAL = re.compile(
    r"(?:^|\s)(?:เอ|บี|ซี|ดี|อี|เอฟ|จี|เอช|ไอ|เจ|เค|แอล|เอ็ม|เอ็น|โอ|พี|คิว|อาร์|เอส|ที|ยู|วี|"
    r"ดับเบิลยู|เอกซ์|เอ็กซ์|วาย|แซด)\.$"
)
# A space followed by one of these connectives ends the sentence before it (the CRF model misses
# some: "… by 2030) | นอกจากนั้น เมื่อวันที่ 19 กันยายน ค.ศ. 2016 ไทยริเริ่ม …"). They are Thai's
# sentence-linking adverbial connectives (คำเชื่อมระหว่างประโยค: addition, sequence, contrast,
# result, topic shift), as in the sentence-initial connectives of PyThaiNLP's ThaiSum segmentor
# (pythainlp/tokenize/thaisumcut.py), without its subordinators (ซึ่ง, เมื่อ, เพื่อ, โดย), which
# continue a sentence here (CONTINUATION_STARTS).
SENTENCE_OPENERS = frozenset(
    (
        "นอกจากนี้",  # besides
        "นอกจากนั้น",
        "อีกทั้ง",  # moreover
        "ต่อมา",  # later
        "จากนั้น",  # then
        "หลังจากนั้น",
        "ในที่สุด",  # finally
        "ขณะเดียวกัน",  # meanwhile
        "ในขณะเดียวกัน",
        "อย่างไรก็ตาม",  # however
        "อย่างไรก็ดี",
        "ทั้งนี้",  # in this regard
        "ดังนั้น",  # therefore
        "ฉะนั้น",
        "ด้วยเหตุนี้",
        "ปัจจุบัน",  # today
        "ส่วน",  # as for
    )
)
OPENER_AFTER_SPACE = re.compile(
    r"\s(?=" + "|".join(sorted(SENTENCE_OPENERS, key=len, reverse=True)) + ")"
)
# Part-of-speech tags (PyThaiNLP's perceptron tagger, ORCHID tag set) of a word that opens a
# predicate: a verb (VACT, VSTA, VATT) or a pre-verb auxiliary (XVBM "จึง", XVAM "ได้", XVMM…).
# A piece opening with one has no subject of its own: it says more of the subject before it
# ("มารี กูรี มีชื่อเดิมว่า … สกวอดอฟสกา | เกิดเมื่อวันที่ 7 พฤศจิกายน 1867").
_PREDICATE_TAGS = ("V", "XV")


# A PDF's text breaks its lines where the page did, and Thai writes no space between words: a
# line break between two Thai letters is a space only where a word ends there. Where it cuts
# a word ("… แนวคิดพื้นฐานของการสร้างดัชนีบิตแมปแบบไฮบริดคือการจัด⏎กลุ่มค่าของแอตทริบิวต์ …":
# การจัดกลุ่ม, a PhD thesis's abstract in ../shared/docs-samples), the CRF model still ended a
# sentence there, and an answer opened with "กลุ่มค่าของ…". PyThaiNLP's newmm words of the text
# around the break, read without it, say whether a word runs across it.
_LINE_WRAP = re.compile(r"(?:\r\n|\r|\n)[ \t]*")
_WRAP_CONTEXT = 24  # characters read on each side of the break
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


def wraps_inside_a_word(text: str, end: int, start: int) -> bool:
    """True when text[end:start] is a single line break (a wrapped line) between two Thai
    letters that PyThaiNLP's newmm reads as one word once the break is taken out."""
    if not (0 < end < start < len(text)) or not _LINE_WRAP.fullmatch(text, end, start):
        return False
    if not (_THAI_LETTER.match(text[end - 1]) and _THAI_LETTER.match(text[start])):
        return False
    left = text[max(0, end - _WRAP_CONTEXT) : end].rsplit(None, 1)[-1]
    right = text[start : start + _WRAP_CONTEXT].split(None, 1)[0]
    offset = 0
    for word in newmm(left + right, keep_whitespace=False):
        offset += len(word)
        if offset == len(left):
            return False  # a word ends at the break
        if offset > len(left):
            return True
    return False


def era_before_year(text: str, end: int, start: int) -> bool:
    """True when text[end:start] is the space between an era and its year ("ค.ศ. | 2017"):
    never a sentence's or a passage's end."""
    said = text[max(0, end - 8) : end].rstrip()
    return bool(ENDS_WITH_ERA.search(said) and STARTS_WITH_NUMBER.match(text[start : start + 1]))


def inside_quotation(text: str) -> bool:
    """True when text leaves a quotation or a parenthesis open ('ซึ่งหมายถึง "ประเทศมั่งคั่ง'):
    a sentence does not end inside one."""
    return (
        text.count('"') % 2 == 1
        or text.count("\u201c") > text.count("\u201d")
        or text.count("(") > text.count(")")
    )


@lru_cache(maxsize=8192)
def first_words(words: str) -> tuple[str, ...]:
    """The first few words of a piece (PyThaiNLP newmm, spaces dropped)."""
    return tuple(newmm(words[:40], keep_whitespace=False)[:3])


# "ส่วน" is also a classifier, "part": "แบ่งได้ 3 | ส่วน คือ …" ("divides into 3 parts, namely
# …"); as "as for" it opens a topic, never a list-opening word (LEAD_IN_END's คือ, ได้แก่,
# ประกอบด้วย) right after it.
_CLASSIFIER_BEFORE = {"ส่วน": frozenset({"คือ", "ได้แก่", "ประกอบด้วย", "ดังนี้"})}


def opens_sentence(words: str) -> bool:
    """True when the text opens with a sentence-linking connective (SENTENCE_OPENERS) as a
    whole word ("นอกจากนั้น เมื่อวันที่ …", not "ส่วนหนึ่งที่ …", nor the classifier "ส่วน คือ
    …": _CLASSIFIER_BEFORE)."""
    first = first_words(words[:40])
    if not first or first[0] not in SENTENCE_OPENERS:
        return False
    return not (len(first) > 1 and first[1] in _CLASSIFIER_BEFORE.get(first[0], ()))


@lru_cache(maxsize=8192)
def _first_tags(words: str) -> tuple[str, ...]:
    from pythainlp.tag import pos_tag

    first = first_words(words)
    return tuple(tag for _, tag in pos_tag(list(first), engine="perceptron", corpus="orchid"))


def opens_predicate(words: str) -> bool:
    """True when the text opens with a verb or a pre-verb auxiliary (_PREDICATE_TAGS): a
    clause without its own subject ("เกิดเมื่อวันที่ 7 พฤศจิกายน 1867 …", "จึงสรุปว่า …"), also
    after a coordinating conjunction ("และได้รับรองแถลงการณ์ร่วม …")."""
    tags = _first_tags(words[:40])
    if len(tags) > 1 and tags[0] == "JCRG":
        tags = tags[1:]
    return bool(tags) and tags[0].startswith(_PREDICATE_TAGS)


# Thai abbreviations written with full stops, as PyThaiNLP's word list gives them
# (pythainlp.corpus.thai_words, its words_th.txt: 492 of its entries, "พ.ศ.", "มิ.ย.", "ดร.",
# "รศ.", "ผว.กทม."). The shape rule (_ENDS_WITH_ABBREVIATION: a few consonants and a full stop)
# misses those written with a vowel ("มิ.ย.", "เม.ย.", "เสธ.") and those glued to the word before
# them ("ตั้งแต่พ.ศ.": Thai writes no space there, and a wrapped line's join may drop one).
_ABBREVIATION = re.compile(r"(?:[\u0e01-\u0e4e]+\.)+")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """PyThaiNLP's dictionary entries that are abbreviations written with full stops."""
    from pythainlp.corpus import thai_words

    return frozenset(word for word in thai_words() if _ABBREVIATION.fullmatch(word))


def _listed_abbreviation(text: str) -> bool:
    """True when text ends with an abbreviation of abbreviations(): after a space, a bracket or
    the text's start, or glued to a word when it holds two full stops or more ("ตั้งแต่พ.ศ.";
    a lone "ม." after a Thai word is that word's letter and a sentence's full stop: "…งาม.")."""
    if not text.endswith("."):
        return False
    listed = abbreviations()
    for size in range(2, min(len(text), 12) + 1):
        tail = text[-size:]
        if tail in listed:
            before = text[-size - 1] if size < len(text) else " "
            if not _THAI_LETTER.match(before) or tail.count(".") > 1:
                return True
    return False


def ends_with_abbreviation(text: str) -> bool:
    """True for "ค.ศ.", "สปป.", "16.30 น.", "มิ.ย.", "ตั้งแต่พ.ศ." — not for a word of PyThaiNLP's
    dictionary written without vowels before a full stop ("120 คน.", "ผล.")."""
    if _listed_abbreviation(text):
        return True
    match = _ENDS_WITH_ABBREVIATION.search(text)
    if match is None:
        return False
    cluster = match.group().lstrip(" \t\n(")
    if cluster.count(".") > 1 or len(cluster) <= 2:
        return True
    from pythainlp.corpus import thai_words

    return cluster[:-1] not in thai_words()


def ends_sentence(text: str) -> bool:
    """True when Thai text ends in a full stop that is not an abbreviation's ("ใจงาม.", "คน.",
    not "ค.ศ.", "16.30 น.")."""
    text = text.rstrip()
    return bool(_ENDS_WITH_FULL_STOP.search(text)) and not ends_with_abbreviation(text)


# A heading is a short line of its own ("๑.๑ วัตถุประสงค์", "1.4 ประโยชน์ที่คาดว่าจะได้รับ": the
# sub-headings of the Word and PDF reports in ../shared/docs-samples are 10–60 characters). It
# never answers alone: it joins the sentence under it (and a heading paragraph joins the
# paragraph under it in one passage: corpus.passages).
HEADING_MAX_CHARS = 80


LINE = re.compile(r"[^\r\n]+")
# A heading's number or Markdown marks: "(1) ", "1.4 ", "๑.๑ ", "## ".
NUMBERING = re.compile(r"^\s*(?:#+|\(?[0-9\u0e50-\u0e59]+(?:\.[0-9\u0e50-\u0e59]+)*[.)]?)\s+")
BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")
BLANK_LINE_AFTER = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*\S")


def is_heading_line(text: str, span: tuple[int, int]) -> bool:
    """True when text[span] is a whole line (a line break or the text's edge on both sides) of
    at most HEADING_MAX_CHARS, with no line break inside and no sentence end (a full stop that
    is not an abbreviation's, "?", "!")."""
    start, end = span
    said = text[start:end]
    if "\n" in said or not said.strip() or end - start > HEADING_MAX_CHARS:
        return False
    before, after = start, end
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    while after < len(text) and text[after] in " \t":
        after += 1
    whole_line = (before == 0 or text[before - 1] in "\r\n") and (
        after == len(text) or text[after] in "\r\n"
    )
    return whole_line and not ends_sentence(said) and not said.endswith(("?", "!"))


def tags(words: list[str]) -> list[str]:
    """ORCHID part-of-speech tags of words (PyThaiNLP's perceptron tagger)."""
    from pythainlp.tag import pos_tag

    return [tag for _, tag in pos_tag(words, engine="perceptron", corpus="orchid")]


# A piece opening with a subordinating conjunction or a preposition (ORCHID JSBR, RPRE), after
# an optional connective, is a fronted adverbial ("นอกจากนี้ เพื่อรับมือกับ…", "ในปี 1871") whose
# clause follows: at a passage's start it takes that clause in (sentence_spans).
_ADVERBIAL_TAGS = ("JSBR", "RPRE")


def fronted(words: str) -> bool:
    """True when words open with a subordinator or preposition (_ADVERBIAL_TAGS), after an
    optional sentence-opening connective."""
    first = list(first_words(words[:40]))
    if first and first[0] in SENTENCE_OPENERS:
        first = first[1:]
    return bool(first) and tags(first[:1])[0] in _ADVERBIAL_TAGS
