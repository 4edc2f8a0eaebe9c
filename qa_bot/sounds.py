"""Foreign names written in Thai letters, found from their English spelling: "Kaldi" ↔ คาลดี.

A translated Thai text writes a foreign name by its sound (ทับศัพท์) and seldom gives the Latin
spelling beside it (qa_bot/glosses.py reads the pairs it does give). An English question names
the person or place in Latin letters, which no Thai passage holds, and the dictionary has no
names: nothing lexical joined "Who was Kaldi?" to the paragraph about คาลดี. This is the one
matcher by sound: retrieval asks it for a question's words (`sounding_like`, over a table of the
whole corpus), exams for a choice's names in the passages they read (`sounding_in`,
qa_bot/exam/names.py).

Both spellings are reduced to one rough Latin sound alphabet (`thai_sound`, `english_sound`):
Thai consonants take their Royal Thai General System initial values (a silenced consonant,
marked ์, is kept: a transliteration writes it because the English spelling has it, ไอน์สไตน์
for Einstein), vowels a rough value; English digraphs are folded to what Thai can write
(ph → f, th → t, c → k or s, Pinyin zh → j), and f and p compared as one (`fold`: English ph
is both). A Thai span and an English word are candidates when their consonant classes agree
(`skeleton`: the classes of Suwanvisat & Prasitjutrakul's Thai-English soundex, 1998, as
PyThaiNLP's `prayut_and_somchaip` lists them) and they start with the same sound, and a match
when the similarity of their sound strings (`similarity`: edit distance over all letters and
over consonants, averaged) reaches config.RetrievalConfig.sound_similarity. A place's adjective
is also tried as the place (Saharan → Sahara: lexicon.places).

The Thai side is every run of one to four Thai words (newmm, as `text.tokenize` cuts: an
unknown name comes out in dictionary pieces, คาลดี → คา ล ดี) that may be a name
(`_may_be_name`: no everyday word, and no Thai term of an English common noun unless it sounds
like it: แม่มด is "witch"), keyed by skeleton, built once per index at warm-up or first use
(`SOUNDS`; none above MAX_PASSAGES).

Measured (retrieval alone, top passage; bench/data/reading never fitted on): English answer@1
0.861 → 0.875, article@1 0.967 → 0.969; our sets' English section@1 0.934 → 0.937. One matcher
for exams too, with the rules above (2026-11-30): pooled 5-fold CV exam accuracy 0.866 → 0.870,
evidence@1 0.918 → 0.919; the articles' English answer@1 0.875 → 0.878 (Zhang Qian).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import places, translated_terms
from .store import Derived, Index, lexical
from .text import is_thai, normalize, thai_word_counts, tokenize
from .thai_dictionary import newmm
from .vocabulary import bm25_idf

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
    (re.compile(r"zh"), "j"),  # Hanyu Pinyin's zh is the affricate Thai writes จ (Zhang จาง)
    (re.compile(r"^x"), "s"),  # a word's first x sounds s (Xavier ซาเวียร์, Pinyin Xi สี)
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
# Sounds one spelling writes with two letters and the other with one, compared as one: English
# ph is both the f of Greek loans (Philippines ฟิลิปปินส์) and the aspirated p RTGS writes ph
# (Phuket ภูเก็ต). (Not g ~ ก: Thai writes a Japanese g ง, Kanagawa คานางาวะ.)
# A Thai word's last consonant is an unreleased stop: ด ต ท all sound t there, บ ป พ p, so a
# final d and b are compared as t and p (Mehmed ~ เมห์เมต, David ~ เดวิด).
_FOLD = ((re.compile("f"), "p"), (re.compile("d$"), "t"), (re.compile("b$"), "p"))
_SPAN_WORDS = 4  # a name cut by newmm into at most this many pieces (เอน เซ ลา ดัส)
_THAI_WORD = re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]+")  # not ๆ, a repeat
_LATIN = re.compile(r"[^a-z]")
# A word needs this many consonants that have a class to be looked for: "chai" (one) sounds
# like too many everyday Thai words (it matched เอชไอวี, HIV); "Zika" has two (s, k).
_MIN_CONSONANTS = 2
COMMON_WORD = 1000  # Thai National Corpus count above which a word is an everyday one
LOANWORD = 0.75  # the least similarity of a dictionary term to its English word (as a match's)
_SYLLABLE = 3  # characters: a piece newmm cut from an unknown word (มา รี, ปาล เย ตา)
# The table is built at warm-up from the passages' text: 5–15 ms a passage on the 2-core dev
# machine, busy with other runs (newmm again, as the index build did; 1.2–2.1 s for
# bench/data/reading's 120 paragraphs, 0.1 s for the bundled document's 22). Above this many
# passages it is not built rather than make a start take minutes: names are looked for in the
# passages the embedding found nearest the question (config.RetrievalConfig.candidates; each
# read once, then remembered: `spellings_of`. Measured with the table off over the 120 article
# paragraphs: "Who was Kaldi?" 345 ms the first time, 32 ms again; 10 passages were too few,
# Kaldi's paragraph was not among them), and exams in the passages they read (`sounding_in`).
MAX_PASSAGES = 2000


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
            # อ after a consonant is the vowel o (ลอ, ตอ), and after a word's first อ (ออร์ฮัน)
            after_consonant = (
                i > 0 and text[i - 1] in _CONSONANTS and (text[i - 1] != "อ" or i == 1)
            )
            if (
                char == "อ"
                and after_consonant
                and (i + 1 == len(text) or text[i + 1] not in _VOWELS)
            ):
                out.append("o")
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
    word = _LATIN.sub("", word.lower())
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


def _consonants(sound: str) -> str:
    return _REPEAT.sub(r"\1", _VOWEL_LETTERS.sub("", sound))


def similarity(a: str, b: str) -> float:
    """0..1: how alike two sound strings are, over all letters and over consonants (vowels are
    what transliteration writes least alike), averaged, after folding the letters the two
    spellings write one sound with (_FOLD). "kaldi"/"kaldi" 1.0."""
    a, b = fold(a), fold(b)
    return (_ratio(a, b) + _ratio(_consonants(a), _consonants(b))) / 2


def fold(sound: str) -> str:
    """A sound string with the letters of _FOLD folded: "fuket" → "puket"."""
    for pattern, replacement in _FOLD:
        sound = pattern.sub(replacement, sound)
    return sound


def _onset(sound: str) -> str:
    """How a sound string starts: its first consonant letter, or "a" for any vowel. A
    transliteration keeps a name's first sound (Jakarta is no ยาการ์ตา, the end of ยอกยาการ์ตา)."""
    first = sound[:1]
    return "a" if first in "aeiou" else first


@lru_cache(maxsize=1)
def _thai_words() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """(PyThaiNLP's word list, the words the Thai National Corpus counts more than COMMON_WORD
    times, the Thai terms of the English dictionary): what a name is not."""
    from pythainlp.corpus import thai_words

    everyday = frozenset(w for w, n in thai_word_counts().items() if n > COMMON_WORD)
    return frozenset(thai_words()), everyday, translated_terms()


def _may_be_name(piece: list[str], span: str) -> bool:
    """Whether a run of words can be a transliterated name: not an everyday Thai word (used more
    than COMMON_WORD times in the Thai National Corpus: เสียง, เขียน), not a Thai term of the
    English dictionary unless it sounds like the English word (a loanword: โอลิมปิก; แม่มด is
    "witch", no name); when newmm cut it into several words, one of them no dictionary word or every
    one syllable-sized (คาลดี → คา ล ดี, มารี → มา รี; โซ่อาหารใน is everyday words)."""
    words, everyday, translations = _thai_words()
    if span in everyday:
        return False
    if span in translations:  # a loanword sounds like the English word it translates
        sound = thai_sound(span)
        return any(similarity(sound, english_sound(w)) >= LOANWORD for w in translations[span])
    if len(piece) == 1:
        return True
    return any(w not in words for w in piece) or all(len(w) <= _SYLLABLE for w in piece)


@dataclass(frozen=True, order=True)
class Spelling:
    """A Thai run of the corpus that may spell a name, by its sound."""

    span: str  # as matching_text writes it
    sound: str  # thai_sound(span), folded (_FOLD)
    consonants: str  # the sound without vowels, repeats merged
    idf: float  # of the passages holding it (0.0 where no index counts it)


def _spelling(span: str, idf: float = 0.0) -> Spelling:
    sound = fold(thai_sound(span))
    return Spelling(span, sound, _consonants(sound), idf)


def _spellings(span: str, piece: list[str], idf: float = 0.0) -> tuple[Spelling, ...]:
    """A span by its letters' sound and, for one word (piece: its words) where it differs, as
    the Royal Thai General System romanises it (`native_sound`): a Thai name is typed in Latin
    letters either way, "Kaldi" for คาลดี, "Phumin" for ภูมินทร์ (letters: "pumintr"). Not a
    run of several words: RTGS's final sounds bring everyday pairs near foreign names (ของการ
    "khongkan" ~ "Khon Kaen")."""
    spelling = _spelling(span, idf)
    if len(piece) > 1:
        return (spelling,)
    sound = fold(native_sound(span))
    if sound == spelling.sound or not sound:
        return (spelling,)
    return spelling, Spelling(span, sound, _consonants(sound), idf)


def _runs(text: str) -> dict[str, list[str]]:
    """Every run of 1.._SPAN_WORDS words inside a stretch of Thai words of the text (so never
    across a space, a number or a Latin word), with its words; newmm as text.tokenize calls it,
    with the spaces kept to end a stretch."""
    found: dict[str, list[str]] = {}
    run: list[str] = []
    for word in [*newmm(normalize(text)), " "]:
        if _THAI_WORD.fullmatch(word):
            run.append(word)
            continue
        for n in range(1, _SPAN_WORDS + 1):
            for start in range(len(run) - n + 1):
                found.setdefault("".join(run[start : start + n]), run[start : start + n])
        run = []
    return found


@lru_cache(maxsize=1 << 12)
def spellings_of(text: str) -> tuple[Spelling, ...]:
    """The runs of a text's Thai words that may spell a name (`_may_be_name`), by sound; cached
    per text (an exam reads the same passages again)."""
    return tuple(
        spelling
        for span, piece in _runs(text).items()
        if _may_be_name(piece, span)
        for spelling in _spellings(span, piece)
    )


def _spans(index: Index) -> dict[str, tuple[Spelling, ...]]:
    if len(index.passages) > MAX_PASSAGES:
        return {}
    holding: dict[str, set[int]] = {}
    pieces: dict[str, list[str]] = {}
    for passage in index.passages:
        for span, piece in _runs(passage.text).items():
            holding.setdefault(span, set()).add(passage.id)
            pieces.setdefault(span, piece)
    found: dict[str, list[Spelling]] = {}
    n = max(len(index.passages), 1)
    for span, ids in holding.items():
        if _may_be_name(pieces[span], span):
            idf = bm25_idf(n, len(ids))
            for spelling in _spellings(span, pieces[span], idf):
                key = skeleton(spelling.sound)
                if key:
                    found.setdefault(key, []).append(spelling)
    return {key: tuple(sorted(spellings)) for key, spellings in found.items()}


SOUNDS: Derived[dict[str, tuple[Spelling, ...]]] = Derived(
    "Thai word runs by the consonant classes of their sound", _spans
)
MATCHES: Derived[dict[tuple[str, float], dict[str, float]]] = Derived(
    "English words matched by sound (recent ones)", lambda index: {}
)
_MATCHES_KEPT = 4096  # words remembered per index; then the memory starts again


def _forms(word: str) -> list[tuple[str, str, str]]:
    """(sound, its consonants, its skeleton) of an English word and of the word without a
    demonym suffix (lexicon.places), each only with _MIN_CONSONANTS classed consonants."""
    word = _LATIN.sub("", word.lower())
    forms = []
    for form in dict.fromkeys((word, *places(word))):
        sound = fold(english_sound(form))
        if sum(c in _CLASS for c in sound) >= _MIN_CONSONANTS:
            forms.append((sound, _consonants(sound), skeleton(sound)))
    return forms


def _matches(
    lookup: Callable[[str], Iterable[Spelling]], word: str, threshold: float
) -> list[Spelling]:
    """The spellings lookup(skeleton) gives that sound most like the English word (similarity
    ≥ threshold, the same first sound; ties kept), over its forms (`_forms`)."""
    best, found = threshold, []
    for sound, consonants, key in _forms(word):
        onset = _onset(sound)
        for spelling in lookup(key):
            # Lengths bound the similarity from above: skip what cannot reach the best.
            longest = max(len(spelling.sound), len(sound))
            if (2.0 - abs(len(spelling.sound) - len(sound)) / longest) / 2 < best:
                continue
            if _onset(spelling.sound) != onset:
                continue
            score = (_ratio(spelling.sound, sound) + _ratio(spelling.consonants, consonants)) / 2
            if score > best or (score == best and not found):
                best, found = score, [spelling]
            elif score == best and spelling not in found:
                found.append(spelling)
    return found


def sounding_like(
    index: Index, word: str, threshold: float, near: Sequence[int] = ()
) -> dict[str, float]:
    """The Thai spans of the corpus that sound like an English word (similarity ≥ threshold),
    each with the IDF of the passages holding it: the best-sounding spans only (ties kept).
    {} when none does. About 5 ms for a word of two consonant classes over 120 articles'
    paragraphs (hundreds of candidates), so each word's answer is remembered.

    A corpus of more than MAX_PASSAGES passages has no table: the spans are looked for in the
    passages near (ids: those the embedding found nearest the question), each with the IDF of
    its rarest word (a lower bound of its own: no more passages hold the span than that word)."""
    if len(index.passages) > MAX_PASSAGES:
        return _sounding_near(index, word, threshold, near)
    memory = MATCHES.of(index)
    found = memory.get((word, threshold))
    if found is not None:
        return found
    table = SOUNDS.of(index)
    found = {s.span: s.idf for s in _matches(lambda key: table.get(key, ()), word, threshold)}
    if len(memory) >= _MATCHES_KEPT:
        memory.clear()
    memory[(word, threshold)] = found
    return found


def _sounding_near(
    index: Index, word: str, threshold: float, near: Sequence[int]
) -> dict[str, float]:
    found = _matches(_keyed_in([index.passages[int(i)].text for i in near]), word, threshold)
    vocab, df = lexical.vocabulary(index.bm25), lexical.document_frequencies(index.bm25)
    n = len(index.passages)
    weights = {}
    for spelling in found:
        held = [float(df[vocab[w]]) for w in tokenize(spelling.span) if w in vocab]
        fewest = min(held, default=1.0)
        weights[spelling.span] = bm25_idf(n, fewest)
    return weights


def sounding_in(texts: Iterable[str], name: str, threshold: float) -> str | None:
    """The Thai run of the texts that sounds most like an English name (similarity ≥
    threshold; of equals, the first in Thai order), or None: "Chai Nat" → "ชัยนาท"."""
    found = _matches(_keyed_in(texts), name, threshold)
    return min(s.span for s in found) if found else None


@lru_cache(maxsize=1 << 12)
def _keyed(text: str) -> dict[str, tuple[Spelling, ...]]:
    """spellings_of(text) by their skeleton, each key's in the text's order; cached as
    spellings_of is. Read only (shared by every caller)."""
    by_key: dict[str, list[Spelling]] = {}
    for spelling in spellings_of(text):
        by_key.setdefault(skeleton(spelling.sound), []).append(spelling)
    return {key: tuple(spellings) for key, spellings in by_key.items()}


def _keyed_in(texts: Iterable[str]) -> Callable[[str], list[Spelling]]:
    """_matches' lookup over the texts: a skeleton → the spellings of that key, text by text in
    the texts' order. An exam looks up each choice's names in the same ~10 passages: grouping
    their spellings anew for every name (a skeleton for each of ~800 spellings per name) was
    ~10 % of an exam's own time (cProfile, 63 pooled exams, 2026-12-02)."""
    grouped = [_keyed(text) for text in texts]
    return lambda key: [spelling for by_key in grouped for spelling in by_key.get(key, ())]


# Romanised Thai (RTGS) writes a syllable's last consonant by its final sound, not its letter:
# การ kan, ศิลป์ sin, สิทธิ sit-thi; its letters' final values (Royal Institute, 1999) by the
# letter thai_sound reads so. ง ม ย ว keep theirs (ย, ว: near enough, "phai", "dao").
_FINAL = {
    **dict.fromkeys("กขคฆ", "ก"),
    **dict.fromkeys("จชซฌฎฏฐฑฒดตถทธศษส", "ต"),
    **dict.fromkeys("บปพฟภ", "ป"),
    **dict.fromkeys("ญณนรลฬ", "น"),
}
# Vowel signs written after, above or below their consonant (and ็, which shortens one): a
# consonant after one of them closes the syllable.
_FOLLOWING = frozenset("ะัาิีึืุู็")
_TONE_MARKS = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_SILENT = "\u0e4c"  # ์ (thanthakhat): the consonant under it is not sounded


def native_sound(text: str) -> str:
    """A Thai word in the rough sound alphabet as RTGS romanises it: a syllable's last
    consonant by its final sound ("การศึกษา" → "kansuksa", not thai_sound's "karsuksa"), a
    consonant under ์ silent, and so is a word's last consonant after a final one (สมัคร samak).
    A consonant is final when it ends the word after a vowel sign or a consonant, or stands
    between a vowel sign and the next consonant."""
    letters = [c for c in text if c not in _TONE_MARKS]
    out: list[str] = []
    closed = -2  # where the last final consonant was
    for i, char in enumerate(letters):
        if char == _SILENT:
            if out and out[-1] in _CONSONANTS:
                out.pop()
                # … and so is a consonant between it and a final one (จันทร์ chan, ภูมินทร์
                # phumin, ศาสตร์ sat: RTGS writes the syllable's final sound alone).
                if closed == i - 3 and out and out[-1] in _CONSONANTS:
                    out.pop()
            continue
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        before = letters[i - 1] if i else ""
        if char in _FINAL and nxt != _SILENT:
            if nxt == "" and closed == i - 1:
                continue  # after a final consonant a last one is not sounded: สมัคร samak
            closing = nxt == "" or nxt in _CONSONANTS or nxt in _LEADING
            after_vowel = before in _FOLLOWING
            last = nxt == "" and before in _CONSONANTS and (i < 2 or letters[i - 2] not in _LEADING)
            if closing and (after_vowel or last):
                char, closed = _FINAL[char], i
        out.append(char)
    return thai_sound("".join(out))


def _by_sound(index: Index) -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for word in lexical.vocabulary(index.bm25):
        if is_thai(word) and len(word) >= 3:
            for sound in (thai_sound(word), native_sound(word)):
                table.setdefault(skeleton(fold(sound)), set()).add(word)
    return {key: tuple(sorted(words)) for key, words in table.items()}


THAI_WORDS_BY_SOUND: Derived[dict[str, tuple[str, ...]]] = Derived(
    "the corpus's Thai words by the consonant classes of their sound (sounds.skeleton)",
    _by_sound,
)


def romanised_words(index: Index, word: str, threshold: float, min_letters: int) -> tuple[str, ...]:
    """The corpus's Thai words (of three characters or more) a Latin word spells by sound, as a
    Thai word romanised is typed on a kiosk ("satharanasuk" → สาธารณสุข, "kan suksa" →
    การศึกษา; the Royal Thai General System): those of the same consonant classes (`skeleton`)
    whose `similarity`, read by its letters (`thai_sound`) or as RTGS writes it
    (`native_sound`), reaches threshold, in Thai order; () for a word of fewer than min_letters
    letters, or not all letters. Names are matched by `sounding_like`; these are the everyday
    words it leaves out. The scope judge (known_words.romanised_thai) and the question's
    spelling (spelling.py) read the same words."""
    if len(word) < min_letters or not word.isalpha() or is_thai(word):
        return ()
    sound = fold(english_sound(word))
    found = THAI_WORDS_BY_SOUND.of(index).get(skeleton(sound), ())
    return tuple(
        w
        for w in found
        if max(similarity(sound, fold(thai_sound(w))), similarity(sound, fold(native_sound(w))))
        >= threshold
    )
