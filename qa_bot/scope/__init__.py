"""Does the corpus answer this question at all? The `answerable` verdict and its evidence.

A cosine threshold alone cannot tell: the best passage's cosine for out-of-scope questions
overlaps in-scope ones (mE5 finds every ASEAN-ish question "about 0.85 similar" to this corpus).
What separates them better is whether the question's *content words* exist in the corpus:
"ธงอาเซียนมีสีอะไร" (flag) or "ราคาทอง" (gold price) use words the document never uses. A small
logistic model weighs the cosine, the share of content words the top passage contains, and the
share of content words the corpus does not know at all (with typos and compounds forgiven:
qa_bot/known_words.py), separately for Thai and non-Thai questions (boosted trees beside it can
add how the signals interact: qa_bot/scope_trees.py, ScopeConfig.tree_parts; none shipped), and
rules by kind of question beside it (`judge`, `verdict_for`). It is fitted by bench/cv.py
--fitted-model or bench/answerable.py on eval/ (the fitted model: qa_bot/data/scope_model.json,
loaded as scope_model.SCOPE_MODEL, the default of ScopeConfig.model).

The modules, each importing only those below it:
    verdict.py    judge, verdict_for, decide_probability, exam_verdict, better_verdict,
                  with_first_clause
    fit.py        fit_scope_model: the model's parts and its cuts (offline, scikit-learn)
    rules.py      rules by kind of question: corpus_wide, asks_what_acronyms_are
    features.py   features: the model's inputs for one question
    values.py     the value a question asks for and whether a text gives it
    subject.py    what a question names its subject by (acronyms, ordinals)
    spellings.py  words met through translations and other spellings
    baseline.py   the dense yardsticks: cosine baseline, standout, closest sentence
The settings (rules, the fitted model) are `config.ScopeConfig`.
"""

from __future__ import annotations

from .baseline import BASELINES, baseline_vectors, closest_sentence, cosine_baseline, standout
from .features import features
from .fit import fit_scope_model
from .rules import asks_what_acronyms_are, corpus_wide
from .spellings import english_rarity, other_spellings, translation_signals
from .values import STRETCH_TYPES
from .verdict import (
    better_verdict,
    decide_probability,
    exam_verdict,
    judge,
    verdict_for,
    with_first_clause,
)

__all__ = [
    "BASELINES",
    "STRETCH_TYPES",
    "asks_what_acronyms_are",
    "baseline_vectors",
    "better_verdict",
    "closest_sentence",
    "corpus_wide",
    "cosine_baseline",
    "decide_probability",
    "english_rarity",
    "exam_verdict",
    "features",
    "fit_scope_model",
    "judge",
    "other_spellings",
    "standout",
    "translation_signals",
    "verdict_for",
    "with_first_clause",
]
