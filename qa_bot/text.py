"""Text normalisation and word tokens, used identically for passages and questions.

The normalised form is only for matching; what is displayed is always the original text.
"""

from __future__ import annotations

import importlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

from .errors import QuestionError
from .kept_tables import handed
from .thai_dictionary import newmm

# A missing PyThaiNLP data file must raise, never trigger a download (kiosks are offline).
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

MAX_QUESTION_CHARS = 1000

# Characters that take no width and carry no letter: zero-width space / non-joiner / joiner,
# word joiner, byte-order mark, soft hyphen, Mongolian vowel separator (Unicode's Cf format
# characters that text editors, Word and web pages leave inside Thai words). One set for the
# retrieval form, the exam form and the repair of extracted documents (qa_bot/extract/repair.py).
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_ZERO_WIDTH = dict.fromkeys(map(ord, ZERO_WIDTH_CHARS), None)
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_DIGITS = str.maketrans(THAI_DIGITS, "0123456789")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A lone surrogate (JSON "\ud800" from an API caller) cannot be encoded as UTF-8 for the model
# or the output: it becomes U+FFFD, as invalid UTF-8 on stdin does.
_SURROGATE = re.compile("[\ud800-\udfff]")
# What normalisation may change belongs to the character before it: combining marks (Thai
# vowel and tone marks, Latin diacritics), the Thai vowels PyThaiNLP joins or reorders with them
# (SARA AA, SARA AM, LAKKHANGYAO), and zero-width characters typed inside a word. A cluster is
# a character with those that follow it, or the two SARA E typed for SARA AE.
_JOINS_PREVIOUS = (
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e32\u0e33\u0e45"
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f" + ZERO_WIDTH_CHARS
)
_CLUSTER = re.compile(f"\u0e40\u0e40[{_JOINS_PREVIOUS}]*|.[{_JOINS_PREVIOUS}]*", re.DOTALL)
_HAS_WORD = re.compile(r"\w")
# A key held down at a kiosk ("อาเซียนนนนน", "safetyyyy"): a letter three or more times at the
# end of a word is one letter. Only at the end, and only after another letter of the word:
# Thai writes no spaces, so a triple inside a stretch is one word's end and the next's start
# ("หรือออก", "ถนนนนทบุรี"), and no Thai or English word ends in three of one letter ("www" is
# a word of its own). No text of corpus/, eval/ or bench/data holds such a run.
_HELD_KEY = re.compile(
    r"(?<=[\u0e01-\u0e4e])([\u0e01-\u0e2e\u0e30\u0e32\u0e40-\u0e44\u0e46])\1{2,}(?![\u0e01-\u0e4e])"
    r"|(?<=[a-z])([a-z])\2{2,}(?![a-z])"
)
# Sentence-final particles of politeness and softening that people type at the end of a
# question (Iwasaki & Ingkaphirom, *A Reference Grammar of Thai*, 2005, and Smyth, *Thai: An
# Essential Grammar*, 2002, on the polite particles ครับ / ค่ะ / คะ / จ้ะ / จ๊ะ / จ้า and the
# softener นะ), with the spellings of chat and speech (คับ, ค้าบ, คร้าบ, ฮะ, ฮับ, น้า, จ๋า)
# and the held last letter ("ครับบ"); not ค่า, chat's long ค่ะ, which ends the noun ค่า "value"
# at a sentence's end as often (การประเมินค่า, การลดค่า). Glued to a question word they cut it wrongly:
# newmm reads "ไหนคะ" as ไห|นคะ (both are dictionary words), so "ปีไหนคะ" asked about a jar.
# Normalisation drops them where a sentence ends (before a space, punctuation or the text's end)
# on both sides (no passage of corpus/ or bench/data/reading ends a sentence with one); none is
# a question word (ไหม, หรือ, เหรอ stay: they make the question).
POLITE_PARTICLES = tuple("ครับผม ครับ คับ ค้าบ คร้าบ ฮะ ฮับ ค่ะ คะ จ้ะ จ๊ะ จ้า จ๋า นะ น้า".split())
_PARTICLE = "|".join(
    re.escape(p[:-1]) + re.escape(p[-1]) + "+" for p in sorted(POLITE_PARTICLES, key=len)[::-1]
)
_BEFORE_SENTENCE_END = r"(?=[\s?!.~…]|$)"
_HAS_PARTICLE = re.compile(f"(?:{_PARTICLE}){_BEFORE_SENTENCE_END}")
# A stretch of Thai letters where a sentence may end; particles alone after a space at the end.
_THAI_STRETCH = re.compile(f"[\u0e01-\u0e4e]+{_BEFORE_SENTENCE_END}")
_PARTICLE_AT_END = re.compile(f"(?:{_PARTICLE})$")
_SPACED_PARTICLES = re.compile(rf"(?<=\S)(?:\s+(?:{_PARTICLE})+)+(?=[\s?!.~…]*$)")
_PARTICLES_ONLY = re.compile(f"(?:{_PARTICLE})+")
# A last letter held as spoken ("ครับบบ", "ค่ะะ"): one of it is meant.
HELD_LAST = re.compile(r"(.)\1+$")
_LATIN_PARTS = re.compile(r"[a-z0-9]+")
_PUNCTUATION = "()[]{}<>\"'“”‘’«».,;:!?/\\-–—…·•*"
_YEAR = re.compile(r"^\d{4}$")
# Between the Buddhist era (พ.ศ.) and the Christian era (ค.ศ.) lie 543 years. A four-digit
# number is taken for a Buddhist-era year from 2400 (ค.ศ. 1857) to 2700 (ค.ศ. 2157): the years
# documents of today write in either era.
BE_CE_OFFSET = 543
BUDDHIST_ERA_YEARS = range(2400, 2701)

# English closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries,
# wh-words, quantifiers): the part of the Glasgow IR stop list (as scikit-learn ships it) that
# says how a question is put, not what about; the interjections and politeness formulae of
# greeting and thanks (interjections, a closed word class outside clause structure in Quirk et
# al., *A Comprehensive Grammar of the English Language*, 1985), as PyThaiNLP's Thai list holds
# ครับ, ค่ะ, นะ; plus the frames of "what does X stand for / mean /
# what is its full name", which ask about a name the text writes out instead. The set holds the
# words and their stems (tokens are stemmed: "does" -> "doe", "during" -> "dure").
_ENGLISH_STOPWORD_LIST = tuple(
    """a an the of in on at to for from by with about into under over and or not no is are was
    were be been being do does did done has have had what which who whom whose when where why how
    this that these those it its their there they them he she his her we our you your i me my
    can could should would will shall may might must as than then so if but also any all some
    each every both either neither other such only own same too very just more most many much
    between during after before
    hi hello hey thanks thank please ok okay
    name named full stand stands acronym abbreviation abbreviated mean means meaning""".split()
)


@lru_cache(maxsize=1)
def _english_stemmer():
    import Stemmer  # PyStemmer: the Snowball stemmers in C

    return Stemmer.Stemmer("english")


def stem_latin(word: str) -> str:
    """The Snowball English (Porter2) stem of a lower-case Latin word, for passages and questions
    alike: "declarations", "declaration" -> "declar"; "running" -> "run"; "agreed" -> "agre".
    Acronyms and numbers mostly stay ("asean", "aun", "2018")."""
    return _english_stemmer().stemWord(word)


_ENGLISH_STOPWORDS_WRITTEN = frozenset(_ENGLISH_STOPWORD_LIST)
ENGLISH_STOPWORDS = _ENGLISH_STOPWORDS_WRITTEN | frozenset(map(stem_latin, _ENGLISH_STOPWORD_LIST))


def is_english_stop_word(word: str) -> bool:
    """Whether a lower-case Latin word as written is an English stop word: one of the list, or
    an inflection of one ("having": its stem is one's). Not a word that is only the stem of one:
    "mani" (many's stem) is a syllable of romanised Thai (พระอภัยมณี "phra aphai mani")."""
    token = stem_latin(word)
    return word in _ENGLISH_STOPWORDS_WRITTEN or (token != word and token in ENGLISH_STOPWORDS)


# Thai interrogatives and question particles (Iwasaki & Ingkaphirom, A Reference Grammar of
# Thai, 2005: content and yes/no questions) that PyThaiNLP's stop-word list leaves in; they say
# what is asked, not what it is about.
THAI_QUESTION_WORDS = frozenset(
    """ใด ไหน ไหม มั้ย กี่ อะไร อย่างไร ทำไม เท่าไร เท่าไหร่ เมื่อไร เมื่อไหร่ ที่ไหน ที่ไหนบ้าง
    อย่างไรบ้าง อะไรบ้าง แบบไหน แบบใด ประเภทไหน บ้าง ยังไง หรือไม่ หรือเปล่า ข้อใด คือ หมายถึง
    ข้อ ถูกต้อง กล่าว
    ชื่อ มีชื่อ ชื่อเต็ม เต็ม ย่อ ย่อมาจาก มาจาก ตัวย่อ คำย่อ อักษรย่อ ชื่อย่อ หมายความ หมายความว่า
    แปล แปลว่า โมง""".split()
)
# (โมง: of กี่โมง "what time" — a document writes a time "07.30 น.", never with โมง (issue #11).
# ข้อ, ถูกต้อง, กล่าว: the frame of an exam stem, "ข้อใดกล่าวถูกต้อง" = "which statement is right".
# The last two lines: how people ask what an acronym or a name stands for, "AQRF ย่อมาจากอะไร",
# "ชื่อเต็มของ ACAI": the text never says "ย่อมาจาก", it writes the name out.)


def clean(text: str) -> str:
    """NFC, no zero-width or control characters, whitespace folded. Keeps case and digits."""
    # Invisible characters go before NFC: removed after it, they could leave two combining
    # marks out of canonical order ("\u0300\u200d\u0e38" would differ from "\u0e38\u0300").
    text = _SURROGATE.sub("\ufffd", text).translate(_ZERO_WIDTH)
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _thai_normalize() -> Callable[[str], str]:
    """PyThaiNLP's `pythainlp.util.normalize`, the same steps in the same order, faster: its
    remove_repeat_vowels' patterns compiled once, its one pass per character that may not
    repeat (~30 `re.sub` calls) as one pass, and a pass with a template ("\\2\\1", which `re`
    reads anew each call) run only where its pattern is found: a 100-character question 169 →
    30 µs (2-core machine, 2026-12-02), and each question normalises ~12 texts anew. One pass
    gives what the passes in turn give: a pass keeps one of its character's run, so it never
    joins two of another's. tests/test_text.py holds the two equal; PyThaiNLP's own function
    where its tables are not what this reads (another version)."""
    from pythainlp.util import normalize as library

    steps = importlib.import_module("pythainlp.util.normalize")
    try:
        reorder = [(re.compile(pattern), to) for pattern, to in steps._REORDER_PAIRS]
        no_repeat = "".join(dict.fromkeys(steps._NOREPEAT_CHARS))
        spaced_marks = steps._RE_REMOVE_SPACES_BEFORE_NONBASE
        tone_marks, last_char = steps._RE_TONEMARKS, steps._last_char
        remove_zw, remove_dup_spaces = steps.remove_zw, steps.remove_dup_spaces
        remove_spaces_before_marks, remove_dangling = (
            steps.remove_spaces_before_marks,
            steps.remove_dangling,
        )
    except AttributeError:  # pragma: no cover - a PyThaiNLP without these tables
        return library
    # "(ะ[ ]*)+ะ" → "ะ" for each character, as one alternation with a back-reference
    repeats = re.compile(f"([{re.escape(no_repeat)}])(?:[ ]*\\1)+")
    passes = [*reorder, (repeats, r"\1")]  # remove_repeat_vowels: reorder_vowels first

    def normalize(text: str) -> str:
        text = remove_dup_spaces(remove_zw(text))
        if spaced_marks.search(text):
            text = remove_spaces_before_marks(text)
        for pattern, to in passes:
            if pattern.search(text):
                text = pattern.sub(to, text)
        return remove_dangling(tone_marks.sub(last_char, text))

    return normalize


@lru_cache(maxsize=8192)
def _fold_cluster(cluster: str) -> str:
    """One cluster (see _CLUSTER) in the matching form: clean, PyThaiNLP-normalised, Arabic
    digits, lower case. A Thai language's clusters are few, so the cache holds them all."""
    text = _SURROGATE.sub("\ufffd", cluster).translate(_ZERO_WIDTH)
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    if text[:1].isspace():
        # Marks after a space stay for normalize(), which joins them to the word before or
        # drops them (PyThaiNLP's remove_spaces_before_marks, remove_dangling).
        return " " + text[1:]
    if len(text) > 1 and is_thai(text):
        text = _thai_normalize()(text)
    return text.translate(_THAI_DIGITS).lower()


def arabic_digits(text: str) -> str:
    """text with Thai digits written as Arabic ones ("๒๕๖๖" → "2566"), nothing else changed."""
    return text.translate(_THAI_DIGITS)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The matching form of text, computed cluster by cluster so that positions map back.

    Returns (folded, offsets): offsets[i] is the index in text of the character folded[i]
    came from, non-decreasing. Each cluster (a character and the marks that belong to it) is
    normalised as normalize() does it, but whitespace is kept as it is (one space per
    character) and nothing is stripped, so a folded offset finds its place in the source.
    For text with single spaces between words, no mark after a space, no held key and no
    polite particle, fold(text) == normalize(text) (tests/test_text.py).
    """
    folded: list[str] = []
    offsets: list[int] = []
    for match in _CLUSTER.finditer(text):
        start, end = match.span()
        out = _fold_cluster(match.group())
        folded.append(out)
        if len(out) == end - start:
            offsets.extend(range(start, end))
        else:  # spread the cluster's output over its source characters, in order
            offsets.extend(start + i * (end - start) // len(out) for i in range(len(out)))
    return "".join(folded), offsets


def fold(text: str) -> str:
    """The matching form of document text whose positions must map back to it (the exam's
    passage units): normalize() cluster by cluster, whitespace kept. See fold_with_offsets."""
    # findall's strings (the pattern has no group: the same matches as finditer's) mapped
    # through the cache: no match object or generator step a cluster, ~2× faster (every text
    # normalize() has not kept passes here, ~450 clusters a question).
    return "".join(map(_fold_cluster, _CLUSTER.findall(text)))


# One question normalises the same few passage texts in several steps (retrieval, answer types,
# the scope judge: ~13 calls a question on the bundled document, 0.2 ms each), so the latest
# results are kept; a value is a str of the input's length (4,096 passages of ~1,000 characters
# ≈ 8 MB at most).
@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """The one matching form: cleaned, PyThaiNLP-normalised, Arabic digits, Latin lower-cased.

    It is fold() (every character's own normalisation) followed by what crosses characters:
    PyThaiNLP's rules across a space (a mark typed after a space joins the word before it,
    repeated marks), a held key's letters at a word's end once (_HELD_KEY), the polite
    particles that end a sentence dropped (`without_particles`) and whitespace folded to
    single spaces.
    """
    text = _HELD_KEY.sub(lambda held: held.group(1) or held.group(2), fold(text))
    # PyThaiNLP drops stray marks ("\u0e31 \u0e01" -> " \u0e01"): fold the spaces again.
    return _SPACES.sub(" ", without_particles(_thai_normalize()(text))).strip()


def without_particles(text: str) -> str:
    """The text without the polite particles (POLITE_PARTICLES) that end its sentences: glued
    to the word before ("ปีไหนคะ" → "ปีไหน", "ไหนนะคะ" → "ไหน", "ครับบ" too) or after a space
    at the text's end ("ที่ไหน ครับ" → "ที่ไหน"). A particle's letters that end a word stay:
    "ชนะ", "ฐานะ", "ทัศนะ", "มูลค่า", "บังคับ", "หน้า" (`_ends_in_particle`). Whitespace and
    punctuation are kept; a text of particles alone stays as it is."""
    if not _HAS_PARTICLE.search(text):
        return text
    text = _THAI_STRETCH.sub(lambda stretch: _without_glued(stretch.group()), text)
    return _SPACED_PARTICLES.sub("", text)


def _without_glued(stretch: str) -> str:
    """A stretch of Thai letters without the particles glued to its end, one at a time
    ("นะคะ": คะ, then นะ), while the letters before each still end a word of their own."""
    while (found := _PARTICLE_AT_END.search(stretch)) and _ends_in_particle(
        stretch[: found.start()], HELD_LAST.sub(r"\1", found.group())
    ):
        stretch = stretch[: found.start()]
    return stretch


def _ends_in_particle(head: str, particle: str) -> bool:
    """Whether a particle after head is a particle, not the end of a word head ends in: head's
    last word (newmm's) has two letters or more, and no run of head's last words makes a word of
    PyThaiNLP's dictionary with it ("ช" + "นะ" is ชนะ "win", "ทัศ" + "นะ" ทัศนะ "view",
    "การลด" + "ค่า" การลดค่า "devaluation", "คน|แปลก|ห" + "น้า" คนแปลกหน้า "stranger"); or that
    last word is a particle itself ("นะ" + "คะ": the dictionary has นะคะ whole)."""
    if not head:
        return False
    words = newmm(head, keep_whitespace=False)
    if _PARTICLES_ONLY.fullmatch(words[-1]):
        return True
    if len(words[-1]) < 2:
        return False
    dictionary = _dictionary()
    start = len(head)
    for word in reversed(words):
        start -= len(word)
        if head[start:] + particle in dictionary:
            return False
    return True


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=1)
def thai_word_counts() -> Mapping[str, int]:
    """Word → count in the Thai National Corpus (PyThaiNLP's bundled `tnc_freq.txt`, 106 k
    words, 33.5 million in all), read-only. Read once for every module that asks (~0.08 s a
    read: the scope check, the sounds of names and the rarity of words each read it); from
    warm_tables' cache when it was read."""
    kept = handed("thai_word_counts")
    if kept is not None:
        return kept  # type: ignore[return-value]
    from pythainlp.corpus import tnc

    return MappingProxyType(dict(tnc.word_freqs()))


def embedding_text(text: str) -> str:
    """What the embedding model sees, for passages and questions alike."""
    return normalize(text)


# One question's text is segmented more than once (retrieval reads its words for the spelling
# check, then for matching: search.retrieve; the scope check for names: entities), each time
# anew; the last few segmentations are kept. Only a few: a question repeats within itself, and
# a cache as large as a question set would make a benchmark that asks the same questions again
# faster than a visitor's new ones.
_SEGMENTED_KEPT = 16


@lru_cache(maxsize=_SEGMENTED_KEPT)
def segmented(normalized: str) -> tuple[str, ...]:
    """PyThaiNLP newmm's words of a normalised text, spaces kept as words of their own
    (`word_tokenize(normalized, engine="newmm", keep_whitespace=True)`)."""
    return tuple(newmm(normalized, keep_whitespace=True))


def _without_spaces(words: tuple[str, ...]) -> list[str]:
    """words as PyThaiNLP gives them with keep_whitespace=False: each stripped of spaces, those
    left empty dropped (its strip_whitespace step, after the same segmentation)."""
    return [word.strip(" ") for word in words if word.strip(" ")]


def tokenize(text: str, known: Callable[[str], bool] | None = None) -> list[str]:
    """Word tokens of the normalised text: PyThaiNLP newmm words, Latin words stemmed
    (stem_latin), numbers whole.

    known: for a question only, whether the corpus knows a Thai word; two neighbouring Thai
    words one of which it does not know are cut again where both pieces are words it knows
    (`_cut_again`). Passages are tokenised without it, as the index was built."""
    normalized = normalize(text)
    words = _without_spaces(segmented(normalized))
    if known is not None:
        words = _cut_again(normalized, words, known)
    return _tokens(words)


def _tokens(words: Iterable[str]) -> list[str]:
    """`tokenize`'s tokens of newmm's words (spaces already dropped)."""
    tokens: list[str] = []
    for raw in words:
        # newmm keeps a word and its repetition mark together across a space ("ต่าง ๆ",
        # "ไร ๆ"): one token, written as PyThaiNLP's stop-word list writes it ("ต่างๆ"), so
        # both spellings are one word and no token holds a space.
        token = "".join(raw.split())
        if not token or not _HAS_WORD.search(token):
            continue  # punctuation only
        if is_thai(token):
            tokens.append(token.strip(_PUNCTUATION) or token)
        else:
            # Latin words and numbers: "(AUN)", "ASEAN-OSHNET", "Minister’s" → their parts.
            tokens.extend(stem_latin(part) for part in _LATIN_PARTS.findall(token))
    return tokens


def tokenize_within(whole: str, part: str) -> list[str] | None:
    """`tokenize(part)` read off the words of whole (a normalised text; part a stretch of it
    between characters outside the Thai block, "…เสาสังคม" of "AQRF ช่วย… เสาสังคม?"), without
    segmenting part again; None when that reading might differ, and the caller segments it.

    newmm reads a stretch so bounded as it reads it alone: no dictionary word crosses such a
    character (unless one holding it is in whole: "ยอง ๆ", "พ.ศ.", `_crossing_words`), so its
    ambiguity graph is resolved and cleared there and starts afresh after it; and the Thai
    character clusters it cuts at are the same, but for a cluster ending in ย, whose rule
    looks at the next character (end of text alone, a space in whole)."""
    part = normalize(part)
    if not part or part.endswith("ย") or _crossing_words().search(whole):
        return None
    words, at = segmented(whole), 0
    starts = {}
    for number, word in enumerate(words):
        starts[at] = number
        at += len(word)
    starts[at] = len(words)
    found = whole.find(part)
    while found >= 0:
        end = found + len(part)
        if (
            found in starts
            and end in starts
            and (found == 0 or _outside_thai(whole[found - 1]))
            and (end == len(whole) or _outside_thai(whole[end]))
        ):
            return _tokens(_without_spaces(words[starts[found] : starts[end]]))
        found = whole.find(part, found + 1)
    return None


def _outside_thai(character: str) -> bool:
    # Not the Thai block, nor a lone carriage return (newmm's non-Thai pattern misses it).
    return not "\u0e00" <= character <= "\u0e7f" and character != "\r"


# A character `_outside_thai` holds, found by one regex search a word: over PyThaiNLP's 62,000
# dictionary words 25 ms against 120 ms for the character test in Python (at start-up).
_OUTSIDE_THAI = re.compile("[^\u0e00-\u0e7f\r]")


@lru_cache(maxsize=1)
def _crossing_words() -> re.Pattern[str]:
    """PyThaiNLP's dictionary words (newmm's) that hold a character outside the Thai block: a
    space ("ยอง ๆ"), a full stop ("พ.ศ."), a hyphen or a digit; a trie-shaped pattern
    (`trie_pattern`), searched once a question."""
    from pythainlp.corpus import thai_words

    return re.compile(trie_pattern(w for w in thai_words() if _OUTSIDE_THAI.search(w)))


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of the words, longest first, as a trie: the words
    sharing a first letter share one branch ("ซูดาน(?:ใต้)?"), so a position of the text is
    tried against the one branch of its letter, not against every word (over 20 MB of Thai
    text a flat alternation of the ~250 country names takes about 5 s, this one under 1 s)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        ends = "" in node
        alternatives = [re.escape(k) + branch(v) for k, v in sorted(node.items()) if k]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if ends else body  # greedy: the longer word first

    return branch(trie)


def _cut_again(text: str, words: list[str], known: Callable[[str], bool]) -> list[str]:
    """newmm's words of text with each two neighbours written together (no space between),
    at least one of them a word the corpus does not know, cut elsewhere when both pieces are
    words it knows: newmm takes the longest dictionary words it can, so "ประชุมทางวิดีโอ" is
    ประ|ชุมทาง|… (ชุมทาง, a railway junction) where the corpus writes ประชุม and ทาง, and the
    question looked as if it asked about a thing the document never names. A stop word beside
    an unknown word is a word of its own (ที่|ตั้งชื่อ "named", not ที่ตั้ง|ชื่อ "location|name"),
    a fragment is not. Of several cuts, the one whose shorter piece is longest.

    A word it does not know that is two stop words written together (ให้ได้, ออกมา, ขึ้นมา:
    newmm's dictionary has them whole, the corpus writes ให้ and ได้ apart) is a stop word too
    and left out: it asks nothing, but as a word unknown to the corpus it looked like a thing
    the corpus never names (and BM25 found it nowhere, so leaving it out changes no score)."""
    words = [piece for word in words for piece in _function_words(word, known)]
    out: list[str] = []
    at = 0
    ends: list[int] = []  # where each word of out ends in text
    for word in words:
        start = text.find(word, at)
        start = at if start < 0 else start
        at = start + len(word)
        if out and ends[-1] == start and is_thai(out[-1]) and is_thai(word):
            joined = out[-1] + word
            if not (known(out[-1]) and known(word)) and not any(
                known(w) and not is_content_word(w) for w in (out[-1], word)
            ):
                cuts = [
                    cut
                    for cut in range(1, len(joined))
                    if cut != len(out[-1]) and known(joined[:cut]) and known(joined[cut:])
                ]
                if cuts:
                    cut = max(cuts, key=lambda c: min(c, len(joined) - c))
                    out[-1], word = joined[:cut], joined[cut:]
        out.append(word)
        ends.append(at)
    return out


def _function_words(word: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """() for an unknown Thai word written of two stop words (of two letters or more each);
    else the word alone."""
    if not is_thai(word) or known(word):
        return (word,)
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if not is_content_word(head) and not is_content_word(tail) and len(tail) >= 2:
            return ()
    return (word,)


def matching_text(text: str) -> str:
    """normalize(text) with every Latin word replaced by its stem (stem_latin): the text a
    question's tokens are looked for in ("ministers" is found as "minist" in "... minist ...")."""
    return stemmed(normalize(text))


# The scope judge reads the answer sentence, and stretches of it, as matching_text does, once a
# question (~80 µs a sentence to normalise on the 2-core machine): the corpus's sentences recur
# from question to question, so theirs are kept (not a question's own text: a benchmark asking
# the same questions again would be served faster than a visitor's new ones).
@lru_cache(maxsize=1 << 13)
def corpus_matching_text(text: str) -> str:
    """`matching_text` of a corpus text (a sentence, a stretch of one, a title), kept."""
    return matching_text(text)


def stemmed(normalized: str) -> str:
    """Normalised text (`normalize`) with every Latin word replaced by its stem: matching_text
    of a text whose normal form is at hand."""
    stem = _english_stemmer().stemWord  # stem_latin's, looked up once a text, not once a word
    return _LATIN_PARTS.sub(lambda word: stem(word.group()), normalized)


@lru_cache(maxsize=1)
def thai_stopwords() -> frozenset[str]:
    """PyThaiNLP's Thai stop words (loaded once)."""
    from pythainlp.corpus import thai_stopwords as _stopwords

    return frozenset(_stopwords())


def is_content_word(token: str) -> bool:
    """True for words that carry meaning: not a Thai or English stop word, not one letter."""
    if len(token) < 2 or token in ENGLISH_STOPWORDS or token in THAI_QUESTION_WORDS:
        return False
    return token not in thai_stopwords()


def christian_year(number: int) -> int:
    """A Buddhist-era year (BUDDHIST_ERA_YEARS) as its Christian-era year; any other number as
    it is. 2561 -> 2018, 2018 -> 2018, 28 -> 28."""
    return number - BE_CE_OFFSET if number in BUDDHIST_ERA_YEARS else number


# A year written in running text, either era (1800–2099 C.E., 2400–2599 B.E.), not a piece of a
# longer number, a decimal or a thousands group ("2,562"): what a question or a passage dates.
YEAR_IN_TEXT = re.compile(r"(?<![\d.,])(?:1[89]\d{2}|20\d{2}|2[45]\d{2})(?![\d,]|\.\d)")


def year_variants(token: str) -> list[str]:
    """A four-digit year in the other era: 2561 (พ.ศ.) <-> 2018 (ค.ศ.)."""
    if not _YEAR.match(token):
        return []
    year = int(token)
    if year in BUDDHIST_ERA_YEARS:
        return [str(year - BE_CE_OFFSET)]
    if year + BE_CE_OFFSET in BUDDHIST_ERA_YEARS:
        return [str(year + BE_CE_OFFSET)]
    return []


def with_year_variants(tokens: list[str]) -> list[str]:
    """The tokens, plus every year in them given in the other era too."""
    return tokens + [variant for token in tokens for variant in year_variants(token)]


# Markup pasted into a question (from a web page or a chat app, or typed to probe a kiosk): a
# script or style block is code, not words, and a tag's name and attributes ("img src onerror")
# are no words of the question either; they would pull retrieval and sentence choice toward
# whatever passage shares them. Only what looks like a tag goes: a "<" followed by a letter or
# "/" and a letter ("x < 5" stays).
_CODE_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def without_markup(text: str) -> str:
    """The text without HTML/XML tags and script or style blocks (a tag's text content stays:
    "<b>AQRF</b> คืออะไร" → "AQRF คืออะไร")."""
    if "<" not in text:
        return text
    return _TAG.sub(" ", _CODE_BLOCK.sub(" ", text))


def check_question(question: object) -> str:
    """The question, cleaned (`clean`, markup dropped: `without_markup`); QuestionError with a
    Thai and English message if it can't be asked."""
    if not isinstance(question, str):
        raise QuestionError("คำถามต้องเป็นข้อความ", "the question must be text")
    unmarked = without_markup(question)
    if unmarked != question and not any(map(_makes_word, clean(unmarked))):
        # Something was typed, but only tags or code: "please type a question" alone would
        # tell a visitor who typed "<img …>" that nothing arrived (FRESH10 §14).
        raise QuestionError(
            "กรุณาพิมพ์คำถาม (ที่พิมพ์มามีแต่แท็ก HTML หรือโค้ด ยังไม่มีคำ)",
            "please type a question (this has only HTML tags or code, no words)",
        )
    question = clean(unmarked)
    if not question:
        raise QuestionError("กรุณาพิมพ์คำถาม", "please type a question")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"คำถามยาวเกินไป (สูงสุด {MAX_QUESTION_CHARS:,} ตัวอักษร)",
            f"the question is too long (at most {MAX_QUESTION_CHARS:,} characters)",
        )
    if not any(map(_makes_word, question)):
        raise QuestionError(
            "กรุณาพิมพ์คำถาม (ที่พิมพ์มามีแต่เครื่องหมาย สัญลักษณ์ หรืออีโมจิ ยังไม่มีคำ)",
            "please type a question (this has only punctuation, symbols or emoji, no words)",
        )
    return question


# Characters that are letters to Python's \w but make no word on their own: Thai vowels, signs
# and marks without a consonant ("ะ", "ๆ", "ฯ", "ๅ": the Unicode Thai block, U+0E30–U+0E4F
# are vowels, signs and marks; the consonants are U+0E01–U+0E2E), modifier letters (Unicode
# category Lm: "ー", "ˆ") and the Hangul fillers, letters drawn as nothing (U+115F, U+1160,
# U+3164, U+FFA0: Unicode's Hangul Jamo and Compatibility Jamo blocks), typed to send a blank.
_HANGUL_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")


def _makes_word(char: str) -> bool:
    """True for a character a question's word can be made of: a letter (a Thai consonant, not
    a Thai vowel or sign alone; no modifier letter or Hangul filler) or a decimal digit
    ("2566", "๒๕๖๖" are questions the README's batch contract asks as typed)."""
    if "\u0e00" <= char <= "\u0e7f":
        return "\u0e01" <= char <= "\u0e2e" or "\u0e50" <= char <= "\u0e59"
    category = unicodedata.category(char)
    return (category[0] == "L" and category != "Lm" and char not in _HANGUL_FILLERS) or (
        category == "Nd"
    )


# One search in C: the scorer asks this of every token and sentence (~220 times a question).
_THAI_BLOCK = re.compile("[\u0e00-\u0e7f]")


def is_thai(text: str) -> bool:
    """True when the text has at least one Thai letter (a character of the Thai block)."""
    return _THAI_BLOCK.search(text) is not None


# A question that sets a thing aside asks about the others: "Besides infectious diseases, what
# other health issues …", "นอกจากการแลกเปลี่ยนนักศึกษาแล้ว …มีอะไรอีก". The thing set aside is
# what the text says nearest its own words, and was found instead of the answer (FRESH14 §3).
# The excluding prepositions of English grammar (Quirk et al., A Comprehensive Grammar of the
# English Language, 1985, §9.58 "exception" and "addition": besides, apart from, aside from,
# other than, in addition to, except for) and Thai's นอกจาก … แล้ว / นอกเหนือจาก (Royal
# Institute dictionary: นอกจาก "เว้นแต่, ยกเว้น; นอกเหนือไปจาก"). นอกจากนี้/นั้น ("besides
# this") refer back to nothing in a question and are left; "except" alone is an exam stem's
# negation ("… EXCEPT"), not an aside.
_ENGLISH_ASIDE = re.compile(
    r"\b(?:besides|apart from|aside from|other than|in addition to|except for)\s+"
    r"(?P<x>[^,?!.;]+?)(?=\s*[,?!.;]|$|\s+(?:do|does|did|is|are|was|were|has|have|had|can|could"
    r"|will|would|should|what|which|who|where|when|how)\b)",
    re.IGNORECASE,
)
# The Thai aside runs to its แล้ว (within a clause's length), else to the next space.
_THAI_ASIDE = re.compile(r"นอก(?:เหนือ)?จาก(?!นี้|นั้น)(?P<x>[^?]{0,80}?แล้ว|\S*)")


def without_aside(question: str) -> tuple[str, tuple[str, ...]]:
    """(the question without the things it sets aside — "Besides X, …", "นอกจาก X แล้ว …" —,
    those things' words as text.tokenize gives them from the matching form): what it asks about
    (the others), and what is no answer to it. (question, ()) when it sets nothing aside, or
    when nothing with a content word would be left."""
    parts = [m.group("x") for m in _ENGLISH_ASIDE.finditer(question)]
    left = _ENGLISH_ASIDE.sub(" ", question)
    parts += [m.group("x") for m in _THAI_ASIDE.finditer(left)]
    left = _THAI_ASIDE.sub(" ", left)
    if not parts:
        return question, ()
    left = _SPACES.sub(" ", left).strip(" ,")
    if not any(is_content_word(t) for t in tokenize(left)):
        return question, ()
    words = (t for part in parts for t in tokenize(matching_text(part)) if is_content_word(t))
    return left, tuple(dict.fromkeys(words))
