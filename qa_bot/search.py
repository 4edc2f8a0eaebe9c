"""Dense + lexical retrieval, fused by a weighted sum of scores.

Plain reciprocal-rank fusion scored below dense search alone on this corpus (bench/RESULTS.md):
ranks throw away how sure each retriever is. A weighted sum of the cosine and the BM25 score
(scaled by the best BM25 score of the question) keeps that, and lets a strong exact match of a
rare word (an acronym, a name) lift a passage the dense model ranked second.

The dense score of a passage mixes its own cosine and the better of that and its best
sentence's cosine (config.RetrievalConfig.sentence_share): a long paragraph's single vector
blurs its topics, so a question about one sentence of it ("AHA Centre") otherwise loses to a
short passage that is vaguely similar.

Fair across languages: an English question over Thai text is matched lexically only by what the
text can say as the question does — Thai words, numbers, names, English word pairs the text gives
in brackets — and its BM25 counts in proportion (language_match). Before, one chance match of an
English word took the full lexical weight, and English questions did worse than dense alone.
A name also counts where the document writes the Thai term it glosses it with
(qa_bot/glosses.py): a translated article gives "(Albert Einstein)" once and "ไอน์สไตน์" after
that, and the name's bonus went to the one paragraph with the Latin letters. A name the text
writes only in Thai letters (คาลดี for "Kaldi") is found by its sound (qa_bot/sounds.py), and a
rare number counts as a name does ("the 8th AMCA meeting" ↔ "AMCA ครั้งที่ 8").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .answer_types import asked_type
from .background import language_bias
from .config import DEFAULT, RetrievalConfig
from .corpus.model import Passage
from .english_names import english_phrases
from .glosses import thai_term_words, thai_terms
from .lexicon import thai_words
from .question_words import QuestionWords, language_match, neutral, question_words
from .spelling import spelled
from .store import Derived, Index, lexical
from .text import (
    embedding_text,
    is_content_word,
    matching_text,
    stemmed,
    with_year_variants,
    without_aside,
    year_variants,
)
from .vocabulary import idf_table, normalized_text, unknown_idf

# The settings (fusion weights, candidates, names, exact filtering) are `config.RetrievalConfig`,
# each with the bench and figure behind it.
_LATIN_LETTERS = re.compile(r"[A-Za-z]")
_THAI_LETTERS = re.compile(r"[\u0e01-\u0e4f]")


@dataclass(frozen=True)
class Candidate:
    """One retrieved passage and the scores behind its rank.

    score = dense' + lexical_weight * lexical + name_weight * names (config.RetrievalConfig),
    where dense' mixes `dense` and max(dense, sentence) by sentence_share. dense and sentence are
    cosines of unit vectors (-1..1), each less the question's language_bias × the text's share
    of Latin letters (config.language_fair_dense); lexical is 0..1, already scaled by
    language_match; names is 0..1, the larger of name_share and phrase_share (English word
    pairs said verbatim).
    """

    passage: Passage
    score: float  # fused
    dense: float  # cosine of the passage (language-fair)
    sentence: float  # cosine of the passage's best sentence (language-fair)
    lexical: float  # BM25 divided by the question's best BM25 score (0..1)
    names: float = 0.0  # share of the question's rare Latin words (acronyms, names) it holds


@dataclass(frozen=True)
class Retrieval:
    """What a question retrieved, with what later steps need to reuse (no second encoding)."""

    question: str
    words: QuestionWords
    # The type of value the question asks for (`answer_types.asked_type`: time, count, date,
    # place, person; None for what/why/how): read by the answer sentence and the scope judge.
    asked: str | None
    query_vector: np.ndarray
    candidates: list[Candidate]
    bm25_max: float
    # Passage cosines (as Candidate.dense) of the fused ranks 2 … 1 + config.runners_up,
    # whatever k: the scope judge's "gap" must not change with how many hits were asked for.
    runner_up_cosines: tuple[float, ...]
    # The words of what the question sets aside ("Besides X, …": text.without_aside), searched
    # for no more than its other words: no answer to it, as the words it gives are not.
    aside: tuple[str, ...] = ()

    @property
    def tokens(self) -> list[str]:
        """The question's words (years only as written)."""
        return self.words.tokens

    @property
    def translated(self) -> tuple[str, ...]:
        """The Thai words the dictionary gives for the question's English words (QuestionWords)."""
        return self.words.translated


def allowed_passages(index: Index, sections: Collection[tuple[str, int]] | None) -> np.ndarray:
    """The passage ids (int64 array, ascending) in the given (document id, section id) pairs;
    every passage id when sections is None. Unknown pairs match nothing."""
    if sections is None:
        return np.arange(len(index.passages), dtype=np.int64)
    wanted = set(sections)
    return np.array(
        [p.id for p in index.passages if (p.doc_id, p.section_id) in wanted], dtype=np.int64
    )


def _dense_top(
    index: Index,
    query: np.ndarray,
    n: int,
    allowed: np.ndarray | None,
    config: RetrievalConfig = DEFAULT.retrieval,
) -> np.ndarray:
    import faiss

    params = None
    if allowed is not None:
        small = len(allowed) <= config.exact_filter_share * len(index.passages)
        if small and index.manifest.dense_kind == "hnsw":
            # A graph search finds few passages of a small filter (see
            # RetrievalConfig.exact_filter_share): score such a subset exactly.
            cosines = index.dense.reconstruct_batch(allowed) @ query
            return allowed[np.argsort(-cosines, kind="stable")[:n]]
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    _, ids = index.dense.search(query[None, :], n, params=params)
    return ids[0][ids[0] >= 0]


def best_sentence_cosines(
    index: Index, ids: np.ndarray, query_vector: np.ndarray, bias: float = 0.0
) -> np.ndarray:
    """(len(ids),) float32: each passage's best answer-sentence cosine with the question, -1 for
    a passage without sentences; with a bias (language_bias), each sentence's cosine less bias ×
    its share of Latin letters (sentence_latin_shares) first. One product over the passages'
    rows: a call per passage cost ~6 µs each, 0.6 ms a question over the ~100 candidates of a
    large index."""
    ids = np.asarray(ids, dtype=np.int64)
    out = np.full(len(ids), -1.0, dtype=np.float32)
    starts = index.sentence_offsets[ids]
    lengths = index.sentence_offsets[ids + 1] - starts
    held = lengths > 0
    if not held.any():
        return out
    starts, lengths = starts[held], lengths[held]
    rows = lexical.run_positions(starts, lengths)
    cosines = (index.sentence_vectors[rows] @ query_vector).astype(np.float32)
    if bias:
        cosines = cosines - bias * sentence_latin_shares(index)[rows]
    out[held] = np.maximum.reduceat(cosines, np.cumsum(lengths) - lengths)
    return out


def retrieve(
    index: Index,
    question: str,
    k: int = 5,
    sections: Collection[tuple[str, int]] | None = None,
    query_vector: np.ndarray | None = None,
    config: RetrievalConfig = DEFAULT.retrieval,
    searched_with: Sequence[str] = (),
) -> Retrieval:
    """The k best passages for a question, best first (fewer if the filter leaves fewer).

    sections limits the search to (document id, section id) pairs (None: all); query_vector is
    the question's embedding, shape (dim,), when the caller has it (else encoded here); config
    holds the fusion weights and candidate counts (`config.RetrievalConfig`); searched_with:
    texts searched together with the question, which stays the Retrieval's question (an exam
    stem that names nothing, "ข้อใดถูกต้อง", with its choices: they say what it is about).
    """
    query = " ".join([question, *searched_with]) if searched_with else question
    asked = asked_type(query)
    # What the question asks about: a thing it sets aside ("Besides X, …") is searched for no
    # more than its other words are (text.without_aside); the question itself stays as asked.
    sought, aside = without_aside(query)
    # … in the text's words too: "Besides Thailand, …" is not answered by ไทย.
    aside = tuple(dict.fromkeys((*aside, *(t for w in aside for t in thai_words(w)))))
    read = spelled(index, sought, config)  # once, for the embedding and the words
    if query_vector is None:
        query_vector = index.embedder.encode_queries([embedding_text(read)])[0]
    allowed = allowed_passages(index, sections) if sections is not None else None
    total = len(index.passages) if allowed is None else len(allowed)
    if total == 0:
        words = question_words(index, sought, config=config, read=read)
        return Retrieval(question, words, asked, query_vector, [], 0.0, (), aside)
    n = min(total, max(config.candidates, 4 * k))
    dense_ids = _dense_top(index, query_vector, n, allowed, config)
    # Names by sound are looked for in the whole corpus, or on a corpus too large for its
    # table (sounds.MAX_PASSAGES) in the passages the embedding found nearest.
    words = question_words(index, sought, config=config, near=dense_ids, read=read)

    bm25 = fair_bm25(index, words, config)
    if allowed is not None:
        mask = np.zeros(len(bm25), dtype=bool)
        mask[allowed] = True
        bm25 = np.where(mask, bm25, 0.0)
    bm25_max = float(bm25.max()) if len(bm25) else 0.0

    lexical_ids = np.argpartition(-bm25, min(n, len(bm25) - 1))[:n] if bm25_max > 0 else []
    lexical_ids = np.asarray(lexical_ids, dtype=np.int64)
    lexical_ids = lexical_ids[bm25[lexical_ids] > 0]
    ids = np.unique(np.concatenate([dense_ids, lexical_ids]))
    cosines = index.dense.reconstruct_batch(ids) @ query_vector
    # Each text's cosine less the advantage its script's share gives the question's language
    # (language_bias); the scope judge reads these cosines too.
    bias = language_bias(index, query_vector) if config.language_fair_dense else 0.0
    fair = cosines - latin_shares(index)[ids] * bias if bias else cosines
    fair_sentences = best_sentence_cosines(index, ids, query_vector, bias)
    # A long passage's vector blurs its many topics; its best sentence does not.
    share = config.sentence_share
    dense = (1 - share) * fair + share * np.maximum(fair, fair_sentences)
    lexical = bm25[ids] / bm25_max if bm25_max > 0 else np.zeros(len(ids), dtype=np.float32)
    # Scaled by how much of the question the text's language can match (an English question
    # over Thai text: its names and numbers, not its every word).
    lexical = lexical * language_match(words)
    names = np.maximum(name_share(index, words, ids, config), phrase_share(index, sought, ids))
    fused = dense + config.lexical_weight * lexical + config.name_weight * names
    ranking = np.argsort(-fused, kind="stable")
    order = ranking[:k]
    runners_up = tuple(float(fair[i]) for i in ranking[1 : 1 + config.runners_up])
    candidates = [
        Candidate(
            passage=index.passages[int(ids[i])],
            score=float(fused[i]),
            dense=float(fair[i]),
            sentence=float(fair_sentences[i]),
            lexical=float(lexical[i]),
            names=float(names[i]),
        )
        for i in order
    ]
    return Retrieval(question, words, asked, query_vector, candidates, bm25_max, runners_up, aside)


def _bm25(index: Index, tokens: list[str]) -> np.ndarray:
    """BM25 of the tokens and the years among them in the other era too (text.with_year_variants),
    a repeated token counting as often as it occurs: its column read once (lexical.counted_scores;
    the words of a name's glosses repeat, 5,363 words for 855 distinct ones on a large index)."""
    counts = Counter(with_year_variants(tokens))
    return lexical.counted_scores(index.bm25, counts, len(index.passages))


def _latin_shares(index: Index) -> np.ndarray:
    shares = np.zeros(len(index.passages), dtype=np.float32)
    for passage in index.passages:
        shares[passage.id] = _latin_share(passage.text)
    return shares


LATIN_SHARES: Derived[np.ndarray] = Derived("share of Latin letters per passage", _latin_shares)


def latin_shares(index: Index) -> np.ndarray:
    """(passages,) float32: per passage, the share of its letters that are Latin (0 for Thai)."""
    return LATIN_SHARES.of(index)


def _latin_share(text: str) -> float:
    latin = len(_LATIN_LETTERS.findall(text))
    thai = len(_THAI_LETTERS.findall(text))
    return latin / (latin + thai) if latin + thai else 0.0


SENTENCE_LATIN_SHARES: Derived[np.ndarray] = Derived(
    "share of Latin letters per answer sentence",
    lambda index: np.array(
        [_latin_share(p.source[a:b]) for p in index.passages for a, b in p.sentences],
        dtype=np.float32,
    ),
)


def sentence_latin_shares(index: Index) -> np.ndarray:
    """(sentences,) float32: per answer sentence (index.sentence_vectors' rows), the share of its
    letters that are Latin."""
    return SENTENCE_LATIN_SHARES.of(index)


def fair_bm25(
    index: Index, words: QuestionWords, config: RetrievalConfig = DEFAULT.retrieval
) -> np.ndarray:
    """BM25 of every passage, fair across languages.

    Thai words, numbers and the question's names (acronyms, English names: QuestionWords) count
    everywhere. The other English words of a question count only in the share of a passage that
    is written in English: in Thai text they match nothing but the English names given in
    brackets and chance words of English titles, which outvoted the dense model (English twins of
    our Thai questions, bench/tuning.py: section@1 0.83 with them, 0.93 without). They count
    in Thai text through their Thai words instead (`QuestionWords.translated`).
    """
    names = words.names
    alike = [t for t in words.tokens if neutral(t, names)]
    english = [t for t in words.tokens if not neutral(t, names)]
    if config.glosses:
        glossed = [name for name in names if gloss_terms(index, name, config)]
        alike += [w for name in glossed for w in thai_term_words(index, name)]
    scores = _bm25(index, alike)
    if english:
        scores = scores + latin_shares(index) * _bm25(index, english)
    if words.translated:
        scores = scores + _bm25(index, list(words.translated))
    if words.compounds:  # a question's word inside the corpus's compounds (ทุน: ทุนการศึกษา)
        scores = scores + _bm25(index, list(words.compounds))
    return scores


def gloss_terms(
    index: Index, name: str, config: RetrievalConfig = DEFAULT.retrieval
) -> tuple[str, ...]:
    """The Thai terms the documents give for a name (glosses.thai_terms), or () with
    config.glosses off or when there are more than config.max_gloss_terms of them."""
    terms = thai_terms(index, name) if config.glosses else ()
    return terms if len(terms) <= config.max_gloss_terms else ()


def phrase_share(index: Index, question: str, ids: np.ndarray) -> np.ndarray:
    """For each passage, the share of the question's English word pairs it says verbatim."""
    pairs = english_phrases(question)
    if not pairs:
        return np.zeros(len(ids), dtype=np.float32)
    texts = [normalized_passage(index, int(i)) for i in ids]
    return np.array([sum(p in text for p in pairs) / len(pairs) for text in texts], np.float32)


def name_share(
    index: Index,
    words: QuestionWords,
    ids: np.ndarray,
    config: RetrievalConfig = DEFAULT.retrieval,
) -> np.ndarray:
    """For each passage, the IDF-weighted share of the question's rare Latin words and rare
    numbers it or its document's title holds (a number as a whole number: 8 is not in 2018)."""
    names = dict(words.names)
    forms = {name: (name, *gloss_terms(index, name, config)) for name in names}
    for token, spans in words.sounds.items():
        names[token] = max(spans.values())
        forms[token] = tuple(spans)
    total = sum(names.values()) + sum(words.numbers.values())
    if total <= 0:
        return np.zeros(len(ids), dtype=np.float32)
    numbers = {
        n: re.compile(rf"(?<!\d)(?:{'|'.join((n, *year_variants(n)))})(?!\d)")
        for n in words.numbers
    }
    # A passage is read with its document's title: a name the title gives (ทะเลทรายสะฮารา) is
    # what every passage of that document is about, not what one of them says, and the bonus
    # went to the few paragraphs that happened to repeat it.
    titles = document_titles(index)
    texts = [
        normalized_passage(index, int(i)) + "\n" + titles[index.passages[int(i)].doc_id]
        for i in ids
    ]
    return np.array(
        [
            (
                sum(w for name, w in names.items() if any(f in text for f in forms[name]))
                + sum(w for n, w in words.numbers.items() if numbers[n].search(text))
            )
            / total
            for text in texts
        ],
        dtype=np.float32,
    )


DOCUMENT_TITLES: Derived[dict[str, str]] = Derived(
    "documents' titles as questions are matched against them",
    lambda index: {d.doc_id: matching_text(d.title) for d in index.documents},
)


def document_titles(index: Index) -> dict[str, str]:
    """Document id → its title in the matching form (text.matching_text)."""
    return DOCUMENT_TITLES.of(index)


def content_weights(index: Index, tokens: list[str]) -> dict[str, float]:
    """Each distinct content word of the question with its IDF (unknown words weigh most)."""
    vocab, idf = idf_table(index)
    weights: dict[str, float] = {}
    for token in tokens:
        if token in weights or not is_content_word(token):
            continue
        token_id = vocab.get(token)
        weights[token] = float(idf[token_id]) if token_id is not None else unknown_idf(index)
    return weights


# Normalised texts are kept for the passages questions touched most recently: enough for the
# candidates of many questions, without growing to a copy of a large corpus in a long-running
# server.
NORMALIZED_CACHE_SIZE = 4096


def _passage_texts(index: Index) -> Callable[[int], str]:
    @lru_cache(NORMALIZED_CACHE_SIZE)
    def make(pid: int) -> str:
        # Normalised once for the whole corpus (vocabulary.RUNNING_TEXT); stemmed here.
        return stemmed(normalized_text(index, pid))

    return make


def _sentence_texts(index: Index) -> Callable[[int], tuple[str, ...]]:
    @lru_cache(NORMALIZED_CACHE_SIZE)
    def make(pid: int) -> tuple[str, ...]:
        passage = index.passages[pid]
        return tuple(matching_text(passage.source[a:b]) for a, b in passage.sentences)

    return make


NORMALIZED_PASSAGES: Derived[Callable[[int], str]] = Derived(
    "normalised passage texts (recent ones)", _passage_texts
)
NORMALIZED_SENTENCES: Derived[Callable[[int], tuple[str, ...]]] = Derived(
    "normalised sentence texts (recent passages)", _sentence_texts
)


def normalized_passage(index: Index, passage_id: int) -> str:
    """The passage's text as questions are matched against it (text.matching_text)."""
    return NORMALIZED_PASSAGES.of(index)(passage_id)


def normalized_sentences(index: Index, passage_id: int) -> tuple[str, ...]:
    """Each answer sentence of the passage as questions are matched against it."""
    return NORMALIZED_SENTENCES.of(index)(passage_id)


def warm_normalized(index: Index) -> None:
    """Fill the caches of normalised passage and sentence texts (up to NORMALIZED_CACHE_SIZE
    passages, in id order): each question's ~100 candidates on a large index otherwise had
    their texts normalised on first touch (bench/spelling_latency.py, ~0.5 ms a question). A
    passage's normal form is its line of vocabulary.RUNNING_TEXT, normalised once for both."""
    for passage_id in range(min(len(index.passages), NORMALIZED_CACHE_SIZE)):
        normalized_passage(index, passage_id)
        normalized_sentences(index, passage_id)


def _occurs(token: str, text: str) -> bool:
    # Only a four-digit token has a year variant (text.year_variants): the length test first
    # spares the others the call, ~18 tokens × 6 sentences × 5 hits a question.
    return token in text or (
        4 <= len(token) <= 5 and any(variant in text for variant in year_variants(token))
    )


def coverage(weights: dict[str, float], text: str) -> float:
    """IDF-weighted share of the words that occur in the (normalised) text."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return sum(w for token, w in weights.items() if _occurs(token, text)) / total


def coverages(weights: dict[str, float], texts: Sequence[str]) -> list[float]:
    """`coverage` of each text (a passage's sentences), the weights summed once."""
    total = sum(weights.values())
    if total <= 0:
        return [0.0] * len(texts)
    pairs = list(weights.items())
    return [sum(w for token, w in pairs if _occurs(token, text)) / total for text in texts]
