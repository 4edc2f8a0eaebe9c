"""Rules by kind of question beside the scope model: a question naming only what the whole
corpus is about (`corpus_wide`: at most uncertain) and one asking what acronyms stand for that
its best passage spells out (`asks_what_acronyms_are`: answered). verdict.py applies them."""

from __future__ import annotations

from ..config import DEFAULT, ScopeConfig
from ..english_names import question_acronyms
from ..glosses import thai_terms
from ..known_words import corpus_acronyms
from ..search import Retrieval, normalized_passage
from ..store import Index
from ..text import is_content_word, stem_latin
from ..together import english_terms
from ..vocabulary import idf_table, rare_idf


def corpus_wide(index: Index, retrieval: Retrieval, config: ScopeConfig = DEFAULT.scope) -> bool:
    """The question asks for no value, and each of its content words is held by at least
    config.corpus_wide_share of the passages (itself, or an English word through a Thai term
    of it: together.english_terms), in a corpus of at least config.corpus_wide_min_passages:
    it names only what the whole corpus is about ("อาเซียน", "asean" over a document on ASEAN),
    and any passage is as much its answer as the top one (FRESH16 §6: answered with an
    arbitrary sentence). verdict_for makes it at most uncertain: the passages are shown with a
    caution, and the asker can narrow the question."""
    passages = len(index.passages)
    content = [t for t in retrieval.tokens if is_content_word(t)]
    if retrieval.asked is not None or not content or passages < config.corpus_wide_min_passages:
        return False
    vocab, idf = idf_table(index)
    line = rare_idf(index, config.corpus_wide_share)

    def wide(word: str) -> bool:
        return word in vocab and float(idf[vocab[word]]) <= line

    words = retrieval.words
    terms = dict(zip(words.translations, english_terms(words)[0], strict=True))
    return all(wide(t) or any(wide(w) for w in terms.get(t, ())) for t in content)


# English words that frame a question about what an acronym stands for ("What's AUN short
# for?", "addmer stands for", "the full name behind the acronym"), as text.THAI_QUESTION_WORDS
# holds the Thai ones (ย่อมาจาก, ชื่อเต็ม); stemmed as question tokens are.
_EXPANSION_FRAME = frozenset(
    stem_latin(w) for w in "short stand stands acronym abbreviation full name mean means".split()
)


def asks_what_acronyms_are(index: Index, retrieval: Retrieval) -> bool:
    """The question names acronyms and nothing else ("AUN ย่อมาจากอะไร", "What does AQRF stand
    for?", a kiosk's "addmer stands for"), asks for no value, and the best passage spells each
    one out beside its Thai name ("(ASEAN University Network: AUN)", glosses.thai_terms): that
    passage answers it however little the few words weigh in the dense and lexical scores. An
    acronym is a word the question writes in capitals or the corpus does (kiosks type lower
    case)."""
    acronyms = question_acronyms(retrieval.question) | corpus_acronyms(index)
    content = {t for t in retrieval.tokens if is_content_word(t) and t not in _EXPANSION_FRAME}
    if retrieval.asked is not None or not content or not content <= acronyms:
        return False
    passage = normalized_passage(index, retrieval.candidates[0].passage.id)
    return all(thai_terms(index, t) and t in passage for t in content)
