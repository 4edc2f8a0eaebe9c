"""What the documents say about a thing they name: a detail they never state of something they
do cover.

On staff's own small notices the commonest unanswerable question names a covered event or body
and asks a detail the notice never gives: "ใครเป็นหัวหน้าสีฟ้า" over a notice naming the blue team
only in the list of teams, "อาเซียนร่วมมือด้านกีฬาอย่างไรบ้าง" over a document naming กีฬา only
in its list of fifteen sectors (FRESH17a §1.1, FRESH17 §2). The name carries the match, and on a
small corpus every passage's cosine is high, so the dense scores cannot tell.

A thing the documents name only as a member of an enumeration — after an enumeration word
(ได้แก่, อาทิ, เช่น, ประกอบด้วย, ดังนี้) — is named, never described: a question about it beyond
its being listed has no answer there (`listed_only`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .store import Derived, Index
from .text import YEAR_IN_TEXT, is_content_word, normalize, year_variants
from .thai_dictionary import newmm
from .vocabulary import RUNNING_TEXT, idf_table, rare_idf

if TYPE_CHECKING:
    from pythainlp.util import Trie

# The words that introduce an enumeration, as the Royal Institute's dictionary defines them:
# ได้แก่, ประกอบด้วย ("namely", "consisting of"), อาทิ, เช่น ("for example"), ดังนี้, ดังต่อไปนี้
# ("as follows"); English "such as", "including", "namely" (Quirk et al., apposition).
_ENUMERATOR = re.compile(r"ได้แก่|อาทิ(?:เช่น)?|เช่น|ประกอบด้วย|ดัง(?:ต่อไป)?นี้|such as|including|namely")
# One item: a run of letters (no space), after spaces, a comma or a number in brackets "(1)".
_ITEM = re.compile(r"[ \t]*(?:\(\d+\)|\d+\)|,)?[ \t]*([^\s,()]+)")
# The conjunctions that open an enumeration's last item ("… สีเขียว และสีฟ้า"): and, or.
_LAST = ("และ", "หรือ", "and", "or")
_MIN_ITEMS = 3  # "ได้แก่ X และ Y" names a pair, often described after; three or more is a list
_MAX_ITEM = 40  # letters: an item is a name or a noun phrase, not a clause
_HAS_DIGIT = re.compile(r"\d")


def enumeration_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the enumerations in a (normalised) text: from the first item
    after an enumeration word to the end of the last, at least _MIN_ITEMS items of no more than
    _MAX_ITEM letters and no digit each, on one line; the last item is the one after และ/หรือ
    (written apart or joined: "และสีฟ้า") or the one before a line end or a longer run.

    >>> text = "แบ่งเป็น 4 สี ได้แก่ สีแดง สีเหลือง สีเขียว และสีฟ้า แต่ละสีมีครูที่ปรึกษา"
    >>> [text[s:e] for s, e in enumeration_spans(text)]
    ['สีแดง สีเหลือง สีเขียว และสีฟ้า']
    """
    spans = []
    for found in _ENUMERATOR.finditer(text):
        at, items, start, end = found.end(), 0, -1, -1
        while True:
            item = _ITEM.match(text, at)
            if item is None or "\n" in text[at : item.start(1)]:
                break
            word = item.group(1)
            if len(word) > _MAX_ITEM or _HAS_DIGIT.search(word) or _ENUMERATOR.fullmatch(word):
                break
            if start < 0:
                start = item.start(1)
            at, end, items = item.end(), item.end(), items + 1
            if word in _LAST:  # "และ สีฟ้า": the next item is the last
                last = _ITEM.match(text, at)
                if last is not None and "\n" not in text[at : last.start(1)]:
                    end = last.end()
                break
            if word.startswith(_LAST) and items > 1:
                break
        if items >= _MIN_ITEMS:
            spans.append((start, end))
    return spans


def _spans(index: Index) -> tuple[list[int], list[int]]:
    spans = sorted(enumeration_spans(RUNNING_TEXT.of(index)))
    return [s for s, _ in spans], [e for _, e in spans]


ENUMERATIONS: Derived[tuple[list[int], list[int]]] = Derived(
    "the enumerations of the corpus's running text (starts, ends)", _spans
)


def _inside(starts: Sequence[int], ends: Sequence[int], at: int, length: int) -> bool:
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at + length <= ends[i]


def only_listed(index: Index, word: str) -> bool:
    """Whether the corpus writes the (normalised) word, and every time as (part of) an item of
    an enumeration (`enumeration_spans`). False for a corpus too large to keep its running text
    (vocabulary.RUNNING_TEXT)."""
    running = RUNNING_TEXT.of(index)
    if not word or word not in running:
        return False
    starts, ends = ENUMERATIONS.of(index)
    if not starts:
        return False
    at = running.find(word)
    while at >= 0:
        if not _inside(starts, ends, at, len(word)):
            return False
        at = running.find(word, at + 1)
    return True


def listed_only(index: Index, units: Iterable[Sequence[str]]) -> tuple[str, ...]:
    """The question's words (each given by its forms: a Thai word, or the Thai terms of an
    English one) that the corpus writes only as items of enumerations (`only_listed`): a
    word counts when its content forms of at least two letters that are words of the corpus
    (its index's vocabulary) are all written so."""
    vocabulary, _ = idf_table(index)
    found = []
    for forms in units:
        # A word of the corpus's own (its index's vocabulary): ข้าม written only inside ข้ามแดน
        # is a piece of another word, not the word the question says.
        written = [normalize(f) for f in forms if len(f) >= 2 and is_content_word(f)]
        written = [f for f in written if f in vocabulary]
        if written and all(only_listed(index, f) for f in written):
            found.append(written[0])
    return tuple(dict.fromkeys(found))


# The question words that ask for a description or an account rather than a yes or a no: Thai
# อย่างไร/ยังไง (how), อะไร (what), ทำไม (why), แบบไหน (what kind); English how, what, why, which
# (the interrogatives of the reference grammars, answer_types). A yes/no question about a
# listed thing ("…นับเป็นสาขาความร่วมมือด้วยไหม") is answered by the list itself.
_DESCRIBE = re.compile(r"อย่างไร|ยังไง|อะไร|ทำไม|แบบไหน|\b(?:how|what|why|which)\b")


def asks_detail(question: str, asked: str | None) -> bool:
    """Whether the question asks for a value (asked: answer_types.asked_type) or a description
    ("อย่างไรบ้าง", "what does … do about"), not only yes or no."""
    return asked is not None or bool(_DESCRIBE.search(normalize(question)))


# Yes/no questions: Thai ไหม/มั้ย/หรือไม่/หรือเปล่า/รึเปล่า/ใช่ไหม at the end (the reference
# grammar's interrogative particles), English an auxiliary first ("Does …", "Is there …").
_YES_NO = re.compile(
    r"(?:ไหม|มั้ย|มั๊ย|หรือไม่|หรือเปล่า|รึเปล่า|ป่าว)\s*(?:ครับ|คะ|ค่ะ|จ้ะ|นะ)?\s*\??\s*$"
    r"|^(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had|should|may)\b"
)


def asks_yes_no(question: str) -> bool:
    """Whether the question asks only yes or no ("ห้องสมุดมี wifi ไหม", "Does the camp provide
    insurance?")."""
    return bool(_YES_NO.search(normalize(question)))


def listed_detail(
    index: Index, question: str, asked: str | None, units: Iterable[Sequence[str]]
) -> bool:
    """Whether the question asks a detail (`asks_detail`) of a thing the corpus names only as
    an item of an enumeration (`listed_only`; units: its words, each by its forms — a Thai token,
    or the Thai terms of an English word the corpus uses): named, never described
    ("อาเซียนร่วมมือด้านกีฬาอย่างไรบ้าง")."""
    return asks_detail(question, asked) and bool(listed_only(index, units))


def topic_unknown(
    index: Index,
    weights: Iterable[str],
    unknown: Collection[str],
    translations: Mapping[str, Sequence[str]],
    wide_share: float,
) -> bool:
    """Whether every word the question asks about, beyond what the whole corpus is about, is one
    the corpus writes in no spelling: "What does ASEAN do about cybersecurity?" over a document
    on ASEAN that never speaks of it (FRESH17 §2), where ASEAN alone carries the match.

    weights: the question's content words as the judge weighs them; unknown: those of them the
    corpus does not know (the judge's unknown words: typos and other spellings forgiven);
    translations: its English words with a dictionary entry → the Thai terms of them the corpus
    writes (together.english_terms, other spellings included). A word is what the whole corpus
    is about when it, or one of its Thai terms, is held by at least wide_share of the passages
    (ScopeConfig.corpus_wide_share, as scope.rules.corpus_wide reads it: "อาเซียน", "asean").
    An English word is known when the corpus writes a Thai term of it or writes it as it is; a
    question of corpus-wide words alone is about the corpus, not unknown."""
    vocabulary, idf = idf_table(index)
    line = rare_idf(index, wide_share)

    def wide(word: str) -> bool:
        forms = (word, *translations.get(word, ()))
        return any(f in vocabulary and float(idf[vocabulary[f]]) <= line for f in forms)

    def known(word: str) -> bool:
        return bool(translations.get(word)) or word not in unknown

    asked = [w for w in weights if not wide(w)]
    return bool(asked) and not any(known(w) for w in asked)


# --- who holds an office, and whether a text names anyone ----------------------------------
# A question may ask for one person: the holder of an office or a role ("ใครเป็นประธานการประชุม
# …", "Who is the current Secretary-General of ASEAN?"), a person's kin or the author of a work
# ("ภรรยาของ… ชื่ออะไร", "who wrote it"). Unlike "who proposed / signed / set up …", which a
# body or a country answers ("ไทย", "ผู้นำประเทศสมาชิก", "ที่ประชุม AMCA"), such a question is
# answered only by a person's name: a text that names nobody holds no answer, whatever body
# words it has (answer_types.has_value counts ที่ประชุม and ประเทศ as persons). The nouns are
# those of one holder — ACE 2005's PER.Individual against ORG (Linguistic Data Consortium, *ACE
# (Automatic Content Extraction) English Annotation Guidelines for Entities*, 2005): offices
# (the Royal Institute Dictionary's ประธาน, เลขาธิการ, ผู้อำนวยการ, ผู้ว่าราชการ, นายก,
# รัฐมนตรี, หัวหน้า, and a school's ครู, อาจารย์ที่ปรึกษา), kin (ภรรยา, สามี, บิดา, มารดา,
# บุตร) and authors (ผู้แต่ง, ผู้ประพันธ์, ผู้เขียน).
_ROLE_TH = (
    r"(?:ประธาน(?!าธิบดี)|ประธานาธิบดี|เลขาธิการ|ผู้อำนวยการ|ผู้ว่า(?:ราชการ)?|นายก(?:รัฐมนตรี)?"
    r"|รัฐมนตรี|หัวหน้า|ครู|อาจารย์|ภรรยา|สามี|บิดา|มารดา|บุตร|ผู้แต่ง|ผู้ประพันธ์|ผู้เขียน)"
)
_ROLE_EN = (
    r"(?:chair(?:man|woman|person)?|president|secretary[- ]general|(?:executive\s+)?director"
    r"|(?:prime\s+)?minister|head|governor|wife|husband|father|mother|son|daughter|author"
    r"|composer|teacher|advis[eo]r)"
)
# The frames of identification (Iwasaki & Ingkaphirom, *A Reference Grammar of Thai*, 2005, ch.
# on content questions): ใคร + (จะ/นั่ง/ได้)เป็น + role, role … คือ/เป็น ใคร, role … ชื่ออะไร;
# English who + be + (the) role, who + a verb of presiding or writing, what … the name of … role.
_ASKS_INDIVIDUAL = re.compile(
    rf"ใคร\s*(?:จะ|นั่ง|ได้|ดำรงตำแหน่ง)?\s*เป็น\s*(?:{_ROLE_TH}|{_ROLE_EN}\b)"
    rf"|(?:{_ROLE_TH}|\b{_ROLE_EN}\b)\S*(?:\s+\S+){{0,3}}?\s*(?:คือ|เป็น)\s*ใคร"
    rf"|(?:{_ROLE_TH}|\b{_ROLE_EN}\b)\S*(?:\s+\S+){{0,3}}?\s*ชื่อ\s*(?:ว่า)?\s*อะไร"
    rf"|\bwho\s+(?:is|was|will\s+be|'s|are|were)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’]+\s+){{0,2}}?{_ROLE_EN}\b"
    r"|\bwho\s+(?:chair(?:s|ed)?|presid(?:es|ed)|head(?:s|ed)?|direct(?:s|ed)|wrote|writes|composed)\b"
    rf"|\bwhat\s+(?:is|was)\s+the\s+name\s+of\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w'’]+\s+){{0,2}}?{_ROLE_EN}\b"
    r"|ใคร\s*(?:เป็น(?:คน|ผู้))?\s*(?:แต่ง|ประพันธ์)"
)


def asks_individual(question: str) -> bool:
    """Whether the question asks who holds an office or role, one person's kin or a work's
    author (_ASKS_INDIVIDUAL), which only a person's name answers.

    >>> asks_individual("ใครเป็นประธานการประชุม SAMCA"), asks_individual("ใครเป็นคนเสนอ")
    (True, False)
    """
    return bool(_ASKS_INDIVIDUAL.search(normalize(question)))


# A body or a country holds an office too: ASEAN's chair passes among its members in turn,
# and the text says so of a country ("ในช่วงที่ไทยดำรงตำแหน่งประธานอาเซียน ปี 2562"). A text
# that writes the office the question asks of — its role and what it is the role of, as the
# question writes them ("ประธานอาเซียน", not a bare ประธาน) — after ดำรงตำแหน่ง / เป็น (the
# copula and the verb of holding an office: the reference grammar above, ch. on copulas) names
# its holder, whoever or whatever that is; when the question gives a year, only where that year
# (in either era: 2562 ↔ 2019) stands within _HOLDER_YEAR_CHARS of the statement.
_HOLDS = r"(?:ดำรงตำแหน่ง|เป็น)\s*"
# The words that end the office's name in a question: time, count and series words, the frames
# of identification (คือ, ชื่อ) and the words of "now" and "latest" (the reference grammar's
# temporal nouns and adverbs), a space, a digit or a Latin letter.
_OFFICE_END = re.compile(r"ปี|ครั้ง|คน|ใน|ประจำ|ตอน|ช่วง|คือ|ชื่อ|ปัจจุบัน|ล่าสุด|เมื่อ|หรือ|ที่|\s|\d|[A-Za-z?]")
_ROLE_TH_ASKED = re.compile(rf"ใคร\s*(?:จะ|นั่ง|ได้|ดำรงตำแหน่ง)?\s*เป็น\s*({_ROLE_TH})|({_ROLE_TH})")
# English roles as the Royal Institute's English–Thai renderings name them (chair, chairman,
# chairperson, president of a body → ประธาน; secretary-general → เลขาธิการ; director →
# ผู้อำนวยการ; governor → ผู้ว่าราชการ; prime minister → นายกรัฐมนตรี; minister → รัฐมนตรี; head →
# หัวหน้า), with the verbs of presiding (chair, preside, head).
_ROLE_EN_TH = (
    (re.compile(r"\bchair(?:man|woman|person|s|ed)?\b|\bpresid(?:ent|es|ed)\b"), "ประธาน"),
    (re.compile(r"\bsecretary[- ]general\b"), "เลขาธิการ"),
    (re.compile(r"\bdirector\b"), "ผู้อำนวยการ"),
    (re.compile(r"\bgovernor\b"), "ผู้ว่าราชการ"),
    (re.compile(r"\bprime\s+minister\b"), "นายกรัฐมนตรี"),
    (re.compile(r"\bminister\b"), "รัฐมนตรี"),
    (re.compile(r"\bhead(?:s|ed)?\b"), "หัวหน้า"),
)
_HOLDER_YEAR_CHARS = 40  # about a clause: "…ดำรงตำแหน่งประธานอาเซียน ปี 2562"


def asked_offices(question: str) -> tuple[str, ...]:
    """The offices a question asks the holder of, in Thai as a text writes them: a Thai role
    with what it is the role of ("ใครเป็นประธานอาเซียนปี 2562" → ("ประธานอาเซียน",)), an English
    role's Thai rendering with the Thai terms of the question's Latin words ("Who chaired ASEAN
    in 2019?" → ("ประธานอาเซียน", …)); a bare role names no office (→ ()).

    >>> asked_offices("ใครเป็นประธานอาเซียนปี 2562"), asked_offices("ใครเป็นประธาน")
    (('ประธานอาเซียน',), ())
    """
    text = normalize(question)
    offices = []
    for found in _ROLE_TH_ASKED.finditer(text):
        role = found.group(1) or found.group(2)
        after = found.end()
        end = _OFFICE_END.search(text, after)
        rest = text[after : end.start() if end else len(text)]
        if rest:
            offices.append(role + rest)
    lower = text.lower()
    roles = [thai for pattern, thai in _ROLE_EN_TH if pattern.search(lower)]
    if roles:
        from .lexicon import dictionary_terms

        # the question's other Latin content words ("ASEAN"), not its role words
        words = [
            w.lower()
            for w in re.findall(r"[A-Za-z][A-Za-z-]+", text)
            if is_content_word(w.lower()) and not any(p.search(w.lower()) for p, _ in _ROLE_EN_TH)
        ]
        terms = {t for w in words for t in dictionary_terms(w) if len(t) >= 3}
        offices.extend(f"{role}{term}" for role in roles[:1] for term in sorted(terms))
    return tuple(dict.fromkeys(offices))


def holder_stated(text: str, question: str) -> bool:
    """Whether the (any-form) text says who or what holds an office the question asks the
    holder of (`asked_offices`): "…ไทยดำรงตำแหน่งประธานอาเซียน ปี 2562" for "ใครเป็นประธานอาเซียน
    ปี 2562"; with a year asked, that year (either era) within _HOLDER_YEAR_CHARS of it."""
    offices = asked_offices(question)
    if not offices:
        return False
    normal = normalize(text)
    years = {
        v
        for m in YEAR_IN_TEXT.finditer(normalize(question))
        for v in (m.group(), *year_variants(m.group()))
    }
    pattern = _HOLDS + "(?:" + "|".join(re.escape(o) for o in offices) + ")"
    for found in re.finditer(pattern, normal):
        if not years:
            return True
        around = normal[
            max(0, found.start() - _HOLDER_YEAR_CHARS) : found.end() + _HOLDER_YEAR_CHARS
        ]
        if any(re.search(rf"(?<!\d){y}(?!\d)", around) for y in years):
            return True
    return False


# The Thai personal titles (คำนำหน้านาม) and the academic, medical and military ranks of the
# Royal Institute's usage, written before a name: นาย, นาง, นางสาว, เด็กชาย, เด็กหญิง and their
# abbreviations, คุณ, ครู, อาจารย์, ดร., ศ., รศ., ผศ., นพ., พญ., พล.อ./พ.อ./ร.อ. …; English Mr,
# Mrs, Ms, Dr, Prof, H.E. before a capitalised name.
_THAI_TITLE = re.compile(
    r"นางสาว|นาย|นาง|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.|น\.ส\.|คุณ|ครู|อาจารย์|ดร\.|ศ\.|รศ\.|ผศ\."
    r"|ศาสตราจารย์|นพ\.|พญ\.|(?:พล\.)?[พร]\.[อทต]\.(?:อ\.)?|พล\.[อทต]\."
)
# … and the titles of royalty and rank (the Royal Institute's คำนำหน้านาม of the royal family
# and the old conferred ranks, บรรดาศักดิ์): หม่อมเจ้า (ม.จ.), หม่อมราชวงศ์ (ม.ร.ว.), หม่อมหลวง
# (ม.ล.), คุณหญิง, ท่านผู้หญิง, เจ้าพระยา, พระยา. No word but a name follows one, and a name
# after one is seldom in the given-name lists ("พระยาอนุมานราชธน", "ม.ร.ว.คึกฤทธิ์"): any run
# of Thai letters is the name (not after น้ำ: the river, แม่น้ำ/ลุ่มน้ำเจ้าพระยา). Not the bare
# พระ, หลวง, ขุน — also the first syllable of words and places ("วัดพระแก้ว", "หลวงพ่อ",
# "ขุนเขา"): a name after them is told by the given-name lists as after นาย.
_RANK_TITLE = re.compile(
    r"(?:หม่อม(?:เจ้า|ราชวงศ์|หลวง)|ม\.[จล]\.|ม\.ร\.ว\.|คุณหญิง|ท่านผู้หญิง"
    r"|(?<!น้ำ)(?<!น้ำ )เจ้าพระยา|(?<!เจ้า)(?<!น้ำ)พระยา)\s*[ก-๙]{3}"
)
_LATIN_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E)\.?\s+[A-Z][a-z]")


@lru_cache(maxsize=1)
def _name_tables() -> tuple[Trie, Trie]:
    """(PyThaiNLP's Thai dictionary words, PyThaiNLP's Thai given names) as tries."""
    from pythainlp.corpus import thai_female_names, thai_male_names, thai_words
    from pythainlp.util import Trie

    return Trie(thai_words()), Trie([*thai_male_names(), *thai_female_names()])


# Letters (code points) of a given name: the lists hold some of two ("ที่" among them).
_MIN_NAME = 3
_OFFICE = re.compile(r"นายกรัฐมนตรี|ประธานาธิบดี|เลขาธิการ|ผู้ว่าราชการจังหวัด|รัฐมนตรี")


def _name_after(text: str, at: int, asked: str) -> bool:
    """Whether a name the question does not give starts at text[at:] (spaces skipped): a given
    name of PyThaiNLP's lists, or a run of Thai letters no dictionary word starts."""
    words, given = _name_tables()
    rest = text[at : at + 30].lstrip()
    longest_word = max(map(len, words.prefixes(rest)), default=0)
    names = [n for n in given.prefixes(rest) if len(n) >= _MIN_NAME]
    if names:
        # … and not the start of a longer dictionary word ("ที่" before "ที่ปรึกษา")
        name = max(names, key=len)
        return len(name) >= longest_word and name not in asked
    run = re.match(r"[ก-๙]+", rest)
    if run is None or len(run.group()) < _MIN_NAME:
        return False
    return longest_word < 2 and run.group() not in asked


# A title, a given name and a family name a space apart ("ครูสุนีย์ แก้วมณี", "นายสมพงษ์ ทองดี"):
# the given name may also be a dictionary word (สุนีย์), which `_name_after` does not take for a
# name; with a family name after it, and starting with a name of PyThaiNLP's lists, it is one.
_FULL_NAME = re.compile(r"([ก-๙]{2,12})[ \t]+([ก-๙]{3,20})(?![ก-๙])")


def _full_name_after(text: str, at: int, asked: str) -> bool:
    """Whether text[at:] is a given name that starts with one of PyThaiNLP's given names (of at
    least _MIN_NAME letters), a space and a family name, neither of which the question gives."""
    found = _FULL_NAME.match(text, at)
    if found is None:
        return False
    _, given = _name_tables()
    first, family = found.groups()
    starts = [n for n in given.prefixes(first) if len(n) >= _MIN_NAME]
    return bool(starts) and first not in asked and family not in asked


# Two words of a name, a space apart: a given name of three letters or more, then a family name.
_NAME_PAIR = re.compile(r"(?<![ก-๙])([ก-๙]{3,15})[ \t]+([ก-๙]{2,15})(?![ก-๙])")
# A word that opens with a place's head noun or a preposition of place (a place is no person:
# "ประเทศอินโดนีเซีย", "ที่เวียงจันทน์ สปป ลาว"; answer_types' place heads and prepositions) or
# a conjunction; the prepositions and conjunctions of PyThaiNLP's stop words that Thai writes onto
# a name ("ของโยฮันน์").
_NOT_NAME = re.compile(r"ประเทศ|กรุง|จังหวัด|เมือง|อำเภอ|เกาะ|และ|หรือ|ที่|ใน|ณ")
_FUNCTION_FIRST = re.compile(r"^(?:ของ|โดย|กับ|และ|หรือ|แก่|แด่)(?=[ก-๙]{3})")


def names_individual(text: str, question: str = "") -> bool:
    """Whether the (as written) text names a person the question does not name: a Thai title
    (_THAI_TITLE) that is not the start of a longer dictionary word (นายจ้าง, คุณภาพ) or an
    office (_OFFICE: นายกรัฐมนตรี …) before a name (`_name_after`: "ครูสมพงษ์", "คุณวันเพ็ญ",
    "นายกรัฐมนตรีประยุทธ์"), a PyThaiNLP given name no dictionary has before a family name
    ("สมพงษ์ ใจดี") or two short words one of which is spelled by sound ("จอน คราคาวเออร์",
    `_transliterated`), or an English title before a capitalised name ("Dr. Lim")."""
    if _LATIN_TITLE.search(text) or _RANK_TITLE.search(text):
        return True
    words, given = _name_tables()
    asked = normalize(question)
    for found in _THAI_TITLE.finditer(text):
        longest = max(map(len, words.prefixes(text[found.start() : found.start() + 30])), default=0)
        if longest <= len(found.group()) and (
            _name_after(text, found.end(), asked) or _full_name_after(text, found.end(), asked)
        ):
            return True
    if any(_name_after(text, found.end(), asked) for found in _OFFICE.finditer(text)):
        return True
    for found in _NAME_PAIR.finditer(text):
        # a preposition or conjunction written onto the name ("ของโยฮันน์") is no part of it
        first, second = _FUNCTION_FIRST.sub("", found.group(1)), found.group(2)
        if asked and (first in asked or second in asked):
            continue
        if first in given and first not in _dictionary():
            return True
        # A foreign name as Thai writes it, spelled by sound ("จอน คราคาวเออร์", "โยฮันน์
        # ชเตราส์"): two short words, one at least of four letters with a piece no dictionary has
        # (not an abbreviation: "สปป").
        if any(len(w) >= 4 and _transliterated(w) for w in (first, second)) and not (
            _NOT_NAME.match(first) or _NOT_NAME.match(second)
        ):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _transliterated(word: str) -> bool:
    """Whether a Thai-script word has a piece of two letters or more that PyThaiNLP's dictionary
    does not hold, as newmm cuts it: a foreign word spelled by sound ("คราคาวเออร์")."""
    if word in _dictionary():
        return False
    pieces = newmm(word, keep_whitespace=False)
    return any(len(t) > 1 and t not in _dictionary() for t in pieces)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())
