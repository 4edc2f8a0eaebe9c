"""From retrieved passages to hits: the sentence in each passage that answers the question.

The settings (the sentence's lexical weight, the answer's length) are `config.SentenceConfig`.
Modules, by concern:
- `hits`: passages as hits (choose_sentences), the sentence the judge reads (judged_sentence),
  an exam's evidence first (chosen_first);
- `sentence`: a passage's answer sentence (best_sentence) and the sentences joined to it;
- `scores`: each sentence's score, kept for the last question (LAST_SCORES);
- `kinds`: the kind of answer looked for (a value of the asked type, a reason asked why);
- `qualifiers`: the phase of time a question asks a value at (at first, now) and the sentences
  stating it;
- `rows`: field lines and table rows (named_fields, field_with_value, person_row);
- `spans`: an answer's span, with the pieces continuing it and a value just outside it;
- `clauses`: a long answer cut to its best clause;
- `value_first`: a close hit stating the value asked for put first;
- `weights`: the question's and the choices' word weights (an English choice's Thai words, the
  question's English words that are no name, a document's title words).
"""

from .clauses import (
    CLAUSE_VECTORS,
    WARM_CLAUSE_SENTENCES,
    best_clause,
    clause_vectors,
    warm_clauses,
)
from .hits import choose_sentences, chosen_first, hit_at, judged_sentence, make_hit
from .kinds import REASON, asked_kind
from .rows import field_with_value, named_fields, names_person, person_row
from .scores import LAST_SCORES, language_offsets, sentence_scores
from .sentence import best_sentence
from .spans import answer_span, take_in_value
from .value_first import VALUE_FIRST_RANKS, VALUE_FIRST_TYPES, value_first
from .weights import choice_weights, question_weights, question_words

__all__ = [
    "CLAUSE_VECTORS",
    "LAST_SCORES",
    "REASON",
    "VALUE_FIRST_RANKS",
    "VALUE_FIRST_TYPES",
    "WARM_CLAUSE_SENTENCES",
    "answer_span",
    "asked_kind",
    "best_clause",
    "best_sentence",
    "choice_weights",
    "choose_sentences",
    "chosen_first",
    "clause_vectors",
    "field_with_value",
    "hit_at",
    "judged_sentence",
    "language_offsets",
    "make_hit",
    "named_fields",
    "names_person",
    "person_row",
    "question_weights",
    "question_words",
    "sentence_scores",
    "take_in_value",
    "value_first",
    "warm_clauses",
]
