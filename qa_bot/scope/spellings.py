"""How the scope judge meets a question's words that the text does not write as asked: an English
word through its Thai translations (`translation_signals`, weighed by `english_rarity`), a Thai
word through its synonyms, a Latin word through the Thai it sounds like or romanises
(`other_spellings`), and coverage counting those spellings (`spelled_coverage`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

import numpy as np

from ..config import DEFAULT, ScopeConfig
from ..known_words import general_rarity, romanised_thai
from ..lexicon import thai_synonyms, thai_words
from ..question_words import QuestionWords
from ..search import Retrieval, coverage
from ..store import Index
from ..text import is_content_word, is_thai
from ..together import english_terms
from ..vocabulary import idf_table


def translation_signals(
    retrieval: Retrieval,
    passage_text: str,
    sentence_text: str,
    english: tuple[list[list[str]], list[str]] | None = None,
    spelt: Sequence[Sequence[str]] = (),
) -> dict[str, float]:
    """How the Thai text meets an English question's words through the dictionary
    (QuestionWords.translations: its English content words that are no names; lexicon.thai_words:
    the Thai terms of their three commonest WordNet senses). Language-fair: an English word
    counts by whether the text uses its Thai translation, never by its spelling.

    translated: 1.0 when the question has such words, or English content words that are no
    names and that the dictionary lacks (those count as unknown: met nowhere); 0.0 and the
    others 1.0 when it has neither (a Thai question); translated_known: the share of them with
    a Thai term the corpus uses, each weighing by how rare it is in Thai at large
    (`english_rarity`; one the dictionary lacks weighs 1: an English word has no IDF in a Thai
    corpus);
    translated_coverage / translated_coverage_sentence: … with such a term in the passage_text /
    sentence_text (both in matching form: `normalized_passage`, `text.matching_text`), the
    best passage / its answer sentence; unmet_rarity: the english_rarity of the rarest word
    met in no Thai term the corpus uses (1.0 for one the dictionary lacks; 0.0 when all are
    met, and for a Thai question). An off-topic English question ("What's the weather
    like in Bangkok this weekend?", "gold price today") asks in words the text never translates
    or uses elsewhere; an answerable one's words are said in the passage that answers it.
    english: `together.english_terms(retrieval.words)` when the caller has it already.
    A word is known through a piece of its terms that is no stop word: "photosynthesis" is
    การ|สังเคราะห์|ด้วย|แสง, and a text about ASEAN that writes การ and ด้วย on every line
    never speaks of it (topic16: "What is photosynthesis?" was answered so).
    spelt: the Thai spellings of its Latin words that are Thai written in Latin letters or
    names said by sound (`other_spellings`: "phuket" ภูเก็ต, "kaya" ขยะ), each met as a
    translated word is, weighing 1; those words are then no untranslated ones.
    """
    terms, untranslated = english if english is not None else english_terms(retrieval.words)
    terms = [*terms, *(list(forms) for forms in spelt)]
    if not terms and not untranslated:
        return {
            "translated": 0.0,
            "translated_known": 1.0,
            "translated_coverage": 1.0,
            "translated_coverage_sentence": 1.0,
            "unmet_rarity": 0.0,
        }
    known, in_passage, in_sentence = [], [], []
    for found in terms:
        known.append(any(is_content_word(w) for w in found))
        in_passage.append(any(w in passage_text for w in found))
        in_sentence.append(any(w in sentence_text for w in found))
    known += [False] * len(untranslated)
    in_passage += [False] * len(untranslated)
    in_sentence += [False] * len(untranslated)
    # terms are in the order of retrieval.words.translations (together.english_terms)
    rarity = [english_rarity(w) for w in retrieval.words.translations.values()]
    rarity += [1.0] * (len(spelt) + len(untranslated))
    return {
        "translated": 1.0,
        "translated_known": float(np.average(known, weights=rarity)),
        "translated_coverage": float(np.mean(in_passage)),
        "translated_coverage_sentence": float(np.mean(in_sentence)),
        # The rarest of its words the text meets in no Thai term (english_rarity; 1.0 for one
        # the dictionary lacks or gives no term for), 0.0 when it meets them all. Read by the
        # dense_only part beside translated_known, which averages the same words: alone it
        # does not separate (AUC 0.48 over the pooled English questions), but fitted beside it
        # (+2.4) it tells a long paraphrase of what the text says, which always leaves a word
        # unmet ("…master plan on disability rights supposed to strengthen…"), from a short
        # question whose every word is met and whose cosine must carry it. Pooled 5-fold CV,
        # 1,913 items, 8 fold seeds (2026-12-01, title_words on), English and mixed: AUC 0.924
        # → 0.929, answerable not answered at 10 % out-of-scope answered 0.235 → 0.243,
        # out-of-scope refused at 2 % answerable refused 0.625 → 0.687.
        "unmet_rarity": max((r for k, r in zip(known, rarity, strict=True) if not k), default=0.0),
    }


@lru_cache(maxsize=4096)
def english_rarity(word: str) -> float:
    """0..1: how rare a lower-case English word is, as the median rarity in Thai at large
    (known_words.general_rarity, over the Thai National Corpus) of the words of its dictionary
    terms (lexicon.thai_words; one-letter pieces left out); 1.0 for a word with none. "city"
    0.48, "name" 0.59 (ชื่อ, นาม…), "anthem" 0.66, "motto" 0.68 (คำขวัญ), "weather" 1.0.
    translated_known weighs a question's English words by it, as known_words.
    everyday_discounted weighs a Thai question's words by their rarity. The dense_only part
    reads translated_known against translated_coverage (fitted −1.0 and +1.5 on the 1,463
    pooled items): the words the corpus uses but the best passage does not say tell of a
    near-miss, the rarer ones more. Pooled 5-fold CV over 1,463 items, 8 fold seeds
    (bench/verdicts.py, 2026-12-01), translated_known unweighted → weighted, refitted, English
    and mixed: answerable → uncertain 0.116 → 0.105, not_found 0.010 → 0.009; out-of-scope →
    answered 0.115 → 0.118, → not_found 0.531 → 0.524 (sd 0.02); at matched operating points
    answerable not answered at 10 % out-of-scope answered 0.252 → 0.221, out-of-scope refused
    at 2 % answerable refused 0.604 → 0.610, AUC 0.915 → 0.916 (Thai questions unchanged: the
    main part judges them). Over the 24 articles of bench/reading.py (never fitted on),
    English: refused 0.011 → 0.008, uncertain 0.119 → 0.117, out-of-scope answered 0.405 →
    0.405, not_found 0.103 → 0.103. The least rare term's rarity instead of the median:
    uncertain 0.105, out-of-scope not_found 0.517, separations 0.212 / 0.604; the mean:
    0.110 / 0.528, 0.224 / 0.610."""
    pieces = [general_rarity(w) for w in thai_words(word) if len(w) > 1]
    return float(np.median(pieces)) if pieces else 1.0


def other_spellings(
    index: Index,
    words: QuestionWords,
    tokens: Iterable[str],
    config: ScopeConfig = DEFAULT.scope,
    english: tuple[list[list[str]], list[str]] | None = None,
) -> dict[str, tuple[str, ...]]:
    """token → the other spellings the corpus writes of a question word it does not write as
    asked: a Thai word's Thai WordNet synonyms (lexicon.thai_synonyms: คนแก่ → ผู้สูงวัย,
    ผู้สูงอายุ), a Latin word's Thai spans that sound like it (words.sounds: phuket → ภูเก็ต)
    or, for one the dictionary lacks, the corpus's Thai words it romanises
    (known_words.romanised_thai: satharanasuk → สาธารณสุข).
    The judge then counts the word as known, comparable and said where a spelling is (FRESH16
    §6: kiosk words refused over the passage that answers them); retrieval searches the same
    spellings (question_words). english: `together.english_terms(words)` when the caller has
    it already."""
    vocab, _ = idf_table(index)
    tokens = list(tokens)
    found: dict[str, tuple[str, ...]] = {}
    # Romanised Thai is typed a syllable at a time ("raeng ngan" for แรงงาน): two neighbouring
    # Latin words the dictionary lacks are first tried as one.
    # A Latin word counts as English when the corpus uses a Thai term of it (the dictionary
    # has "thale", a plant; the kiosk means ทะเล).
    terms = (english if english is not None else english_terms(words))[0]
    met = {t for t, found in zip(words.translations, terms, strict=True) if found}
    latin = [t for t in tokens if not is_thai(t) and t not in vocab and t not in met]
    for first, second in pairwise(latin):
        if first not in found and first not in words.sounds and second not in words.sounds:
            joined = romanised_thai(index, first + second, config)
            if joined:
                found[first] = found[second] = joined
    for token in tokens:
        if token in vocab or token in found:
            continue
        if is_thai(token):
            forms = tuple(w for w in thai_synonyms(token) if w in vocab)
        elif token in words.sounds:
            forms = tuple(words.sounds[token])
        elif token not in met:
            forms = romanised_thai(index, token, config)
        else:
            forms = ()
        if forms:
            found[token] = forms
    return found


def spelled_coverage(
    weights: Mapping[str, float], spellings: Mapping[str, tuple[str, ...]], text: str
) -> float:
    """search.coverage (the share of the weights' words the text says, 0..1), a word also found
    through its other spellings (`other_spellings`)."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    said = sum(
        w
        for t, w in weights.items()
        if coverage({t: 1.0}, text) or any(f in text for f in spellings.get(t, ()))
    )
    return said / total
