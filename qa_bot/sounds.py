"""Foreign names written in Thai letters, found from their English spelling: "Kaldi" ↔ คาลดี.

A translated Thai text writes a foreign name by its sound (ทับศัพท์) and seldom gives the Latin
spelling beside it (qa_bot/glosses.py reads the pairs it does give). An English question names
the person or place in Latin letters, which no Thai passage holds, and the dictionary has no
names: nothing lexical joined "Who was Kaldi?" to the paragraph about คาลดี.

Both spellings are reduced to one rough Latin sound alphabet (`thai_sound`, `english_sound`):
Thai consonants take their Royal Thai General System initial values (a silenced consonant,
marked ์, is kept: a transliteration writes it because the English spelling has it, ไอน์สไตน์
for Einstein), vowels a rough value; English digraphs are folded to what Thai can write
(ph → f, th → t, c → k or s). A Thai span and an English word are candidates when their
consonant classes agree (`skeleton`: the classes of Suwanvisat & Prasitjutrakul's Thai-English
soundex, 1998, as PyThaiNLP's `prayut_and_somchaip` lists them), and a match when the similarity
of their sound strings (`similarity`: edit distance over all letters and over consonants, averaged)
reaches config.RetrievalConfig.sound_similarity.

The Thai side is every run of one to four Thai words of the corpus (newmm, as `text.tokenize`
cuts: an unknown name comes out in dictionary pieces, คาลดี → คา ล ดี) that may be a name
(`_may_be_name`), keyed by skeleton, built once per index at warm-up or first use (`SOUNDS`;
none above MAX_PASSAGES).

Measured (retrieval alone, top passage; bench/data/reading never fitted on): English answer@1
0.861 → 0.875, article@1 0.967 → 0.969; our sets' English section@1 0.934 → 0.937.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .store import Derived, Index
from .text import normalize

# Thai consonants → their initial sound in the Royal Thai General System of Transcription
# (Royal Institute, 1999); อ is a vowel carrier (read as o after a consonant, see thai_sound).
_CONSONANTS = {
    **dict.fromkeys("กขฃคฅฆ", "k"),
    "ง": "ng",
    "จ": "j",
    **dict.fromkeys("ฉชฌ", "ch"),
    **dict.fromkeys("ซศษส", "s"),
    "ญ": "y",
    **dict.fromkeys("ฎด", "d"),
    **dict.fromkeys("ฏฐฑฒตถทธ", "t"),
    **dict.fromkeys("ณน", "n"),
    "บ": "b",
    **dict.fromkeys("ปผพภ", "p"),
    **dict.fromkeys("ฝฟ", "f"),
    "ม": "m",
    "ย": "y",
    "ร": "r",
    "ฤ": "ri",
    **dict.fromkeys("ลฬ", "l"),
    "ฦ": "lu",
    "ว": "w",
    **dict.fromkeys("หฮ", "h"),
    "อ": "",
}
# Vowel signs (tone marks, ็ and ์ are silent). เ แ โ ใ ไ are written before the consonant
# they follow in speech.
_VOWELS = {
    **dict.fromkeys("ะัาๅ", "a"),
    "ำ": "am",
    **dict.fromkeys("ิี", "i"),
    **dict.fromkeys("ึืุู", "u"),
    "เ": "e",
    "แ": "ae",
    "โ": "o",
    **dict.fromkeys("ใไ", "ai"),
}
_LEADING = frozenset("เแโใไ")
_CLUSTER_SECOND = frozenset("รลว")  # กร, คล, ขว: a leading vowel sounds after both
# Vowels of several signs, read before the letters one by one: เ-ีย, เ-ือ, เ-อ, เ-า, -ัว.
_COMPOUND = (
    (re.compile(r"เ([ก-ฮ][รลว]?)ีย"), r"\1ia"),
    (re.compile(r"เ([ก-ฮ][รลว]?)ือ"), r"\1ua"),
    (re.compile(r"เ([ก-ฮ][รลว]?)อ"), r"\1oe"),
    (re.compile(r"เ([ก-ฮ])า"), r"\1ao"),  # not เซลา: a transliteration's เซ + ลา
    (re.compile(r"([ก-ฮ])ัว"), r"\1ua"),
)
# English spellings → the letters Thai writes for their sound (first match wins at each place).
_ENGLISH = (
    (re.compile(r"tch|sh|ch"), "ch"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th|dh"), "t"),
    (re.compile(r"kh|ck|q"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"z"), "s"),
    (re.compile(r"v"), "w"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"oo"), "u"),
)
# Consonant classes of the Thai-English soundex (Suwanvisat & Prasitjutrakul 1998): labials,
# velars and sibilants, dentals, l, nasals, r. Vowels, h, w, y carry no class.
_CLASS = {
    **dict.fromkeys("bpf", "1"),
    **dict.fromkeys("kgjsc", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}
_REPEAT = re.compile(r"(.)\1+")
_VOWEL_LETTERS = re.compile(r"[aeiouwyh]")
_SPAN_WORDS = 4  # a name cut by newmm into at most this many pieces (เอน เซ ลา ดัส)
_THAI_WORD = re.compile(r"[\u0e01-\u0e4e]+")  # Thai letters and marks, no digits or ๆ ฯ
# The table is built at warm-up from the passages' text: 5–15 ms a passage on the 2-core dev
# machine, busy with other runs (newmm again, as the index build did; 1.2–2.1 s for
# bench/data/reading's 120 paragraphs, 0.1 s for the bundled document's 22). Above this many
# passages names are not looked for by sound rather than make a start take minutes.
MAX_PASSAGES = 2000
_MIN_CLASSES = 2  # consonant classes a word needs to be looked for
COMMON_WORD = 1000  # Thai National Corpus count above which a word is an everyday one
_SYLLABLE = 3  # characters: a piece newmm cut from an unknown word (มา รี, ปาล เย ตา)


@lru_cache(maxsize=1 << 16)
def thai_sound(text: str) -> str:
    """A Thai word in the rough sound alphabet: "คาลดี" → "kaldi", "ไอน์สไตน์" → "ainstain"."""
    for pattern, replacement in _COMPOUND:
        text = pattern.sub(replacement, text)
    out: list[str] = []
    pending: str | None = None  # a leading vowel waiting for its consonant
    i = 0
    while i < len(text):
        char = text[i]
        if char in _LEADING:
            pending = _VOWELS[char]
        elif char in _CONSONANTS:
            after_consonant = i > 0 and text[i - 1] in _CONSONANTS and text[i - 1] != "อ"
            if (
                char == "อ"
                and after_consonant
                and (i + 1 == len(text) or text[i + 1] not in _VOWELS)
            ):
                out.append("o")  # ลอ, ตอ: อ is the vowel o
            else:
                out.append(_CONSONANTS[char])
            if pending is not None:
                nxt = text[i + 1 : i + 3]
                if len(nxt) == 2 and nxt[0] in _CLUSTER_SECOND and nxt[1] in _CONSONANTS:
                    out.append(_CONSONANTS[nxt[0]])
                    i += 1
                out.append(pending)
                pending = None
        elif char in _VOWELS:
            out.append(_VOWELS[char])
        elif char.isascii() and char.isalpha():
            out.append(char)  # a compound vowel's letters
        i += 1
    if pending is not None:
        out.append(pending)
    return "".join(out)


def english_sound(word: str) -> str:
    """An English word in the rough sound alphabet: "Shackleton" → "chakleton"."""
    word = word.lower()
    out: list[str] = []
    i = 0
    while i < len(word):
        for pattern, replacement in _ENGLISH:
            match = pattern.match(word, i)
            if match:
                out.append(replacement)
                i = match.end()
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


def skeleton(sound: str) -> str:
    """The consonant classes of a sound string, repeats merged: "kaldi" → "243"."""
    return _REPEAT.sub(r"\1", "".join(_CLASS.get(c, "") for c in sound))


def _ratio(a: str, b: str) -> float:
    """1 − Levenshtein distance / the longer length (1.0 for two empty strings)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b)


def similarity(a: str, b: str) -> float:
    """0..1: how alike two sound strings are, over all letters and over consonants (vowels are
    what transliteration writes least alike), averaged. "kaldi"/"kaldi" 1.0."""
    return (_ratio(a, b) + _ratio(_consonants(a), _consonants(b))) / 2


def _thai_lexicon() -> tuple[frozenset[str], dict[str, int]]:
    """PyThaiNLP's word list (the dictionary newmm cuts with) and the Thai National Corpus word
    counts it bundles (corpus/tnc_freq.txt); read for one table build, not kept (~20 MB)."""
    from pythainlp.corpus import thai_words, tnc

    return frozenset(thai_words()), dict(tnc.word_freqs())


def _may_be_name(
    piece: list[str], span: str, lexicon: tuple[frozenset[str], dict[str, int]]
) -> bool:
    """Whether a run of words can be a transliterated name: not an everyday Thai word (used more
    than COMMON_WORD times in the Thai National Corpus: เสียง, เขียน); when newmm cut it into
    several words, one of them no dictionary word or every one syllable-sized (คาลดี → คา ล ดี,
    มารี → มา รี; โซ่อาหารใน is everyday words)."""
    words, counts = lexicon
    if counts.get(span, 0) > COMMON_WORD:
        return False
    if len(piece) == 1:
        return True
    return any(w not in words for w in piece) or all(len(w) <= _SYLLABLE for w in piece)


@dataclass(frozen=True, order=True)
class Spelling:
    """A Thai run of the corpus that may spell a name, by its sound."""

    span: str  # as matching_text writes it
    sound: str  # thai_sound(span)
    consonants: str  # the sound without vowels, repeats merged
    idf: float  # of the passages holding it


def _consonants(sound: str) -> str:
    return _REPEAT.sub(r"\1", _VOWEL_LETTERS.sub("", sound))


def _spans(index: Index) -> dict[str, tuple[Spelling, ...]]:
    if len(index.passages) > MAX_PASSAGES:
        return {}
    # Every run of 1.._SPAN_WORDS words inside a stretch of Thai words (so never across a space,
    # a number or a Latin word), with the passages holding it; each judged once.
    from pythainlp.tokenize import word_tokenize

    holding: dict[str, set[int]] = {}
    pieces: dict[str, list[str]] = {}

    def add(words: list[str], passage_id: int) -> None:
        for n in range(1, _SPAN_WORDS + 1):
            for start in range(len(words) - n + 1):
                span = "".join(words[start : start + n])
                if span not in holding:
                    holding[span] = set()
                    pieces[span] = words[start : start + n]
                holding[span].add(passage_id)

    for passage in index.passages:
        # newmm as text.tokenize calls it, with the spaces kept to end a stretch.
        run: list[str] = []
        for word in [*word_tokenize(normalize(passage.text), engine="newmm"), " "]:
            if _THAI_WORD.fullmatch(word):
                run.append(word)
            elif run:
                add(run, passage.id)
                run = []
    found: dict[str, list[Spelling]] = {}
    n = max(len(index.passages), 1)
    lexicon = _thai_lexicon()
    for span, ids in holding.items():
        if not _may_be_name(pieces[span], span, lexicon):
            continue
        sound = thai_sound(span)
        key = skeleton(sound)
        if key:
            idf = math.log(1.0 + (n - len(ids) + 0.5) / (len(ids) + 0.5))
            found.setdefault(key, []).append(Spelling(span, sound, _consonants(sound), idf))
    return {key: tuple(sorted(spellings)) for key, spellings in found.items()}


SOUNDS: Derived[dict[str, tuple[Spelling, ...]]] = Derived(
    "Thai word runs by the consonant classes of their sound", _spans
)
MATCHES: Derived[dict[tuple[str, float], dict[str, float]]] = Derived(
    "English words matched by sound (recent ones)", lambda index: {}
)
_MATCHES_KEPT = 4096  # words remembered per index; then the memory starts again


def sounding_like(index: Index, word: str, threshold: float) -> dict[str, float]:
    """The Thai spans of the corpus that sound like an English word (similarity ≥ threshold),
    each with the IDF of the passages holding it: the best-sounding spans only (ties kept).
    {} when none does. About 5 ms for a word of two consonant classes over 120 articles'
    paragraphs (hundreds of candidates), so each word's answer is remembered."""
    memory = MATCHES.of(index)
    found = memory.get((word, threshold))
    if found is not None:
        return found
    sound = english_sound(word)
    consonants = _consonants(sound)
    key = skeleton(sound)
    best, found = threshold, {}
    # One consonant class ("chai": 2) is shared by too many everyday Thai words.
    candidates = SOUNDS.of(index).get(key, ()) if len(key) >= _MIN_CLASSES else ()
    for spelling in candidates:
        # Lengths bound the similarity from above: skip what cannot reach the best.
        longest = max(len(spelling.sound), len(sound))
        if (2.0 - abs(len(spelling.sound) - len(sound)) / longest) / 2 < best:
            continue
        score = (_ratio(spelling.sound, sound) + _ratio(spelling.consonants, consonants)) / 2
        if score > best or (score == best and not found):
            best, found = score, {spelling.span: spelling.idf}
        elif score == best:
            found[spelling.span] = spelling.idf
    if len(memory) >= _MATCHES_KEPT:
        memory.clear()
    memory[(word, threshold)] = found
    return found
