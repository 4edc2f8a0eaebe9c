"""What a question asks for (a time, a count, an ordinal, a date, a place, a person or body) and
whether a text holds a value of that type.

The question side follows the interrogatives of a Thai reference grammar (Iwasaki &
Ingkaphirom, *A Reference Grammar of Thai*, 2005, ch. on content questions: ใคร "who", ที่ไหน
"where", เมื่อไร "when", กี่ + classifier "how many", เท่าไร (written เท่าใด) "how much",
ใด/ไหน "which" after a noun; an ordinal is asked with classifier + ที่ + เท่าไร, "ครั้งที่เท่าไร"
"the how-manyth time") and the English wh-words, with the numeric answer types of the TREC
question taxonomy (Li & Roth, "Learning Question Classifiers", COLING 2002: NUM:count, money,
percent, date, and the measures: "what percentage", "what budget", "which Buddhist Era year",
"how long", "how old" — the Thai twin asks เท่าใด). The value side is language-neutral where it
can be: numbers (Thai or Arabic digits, Thai numeral words), ordinals ("ครั้งที่ 28", "31st"),
clock times ("07.30 น." — Thai documents write times with น., people ask กี่โมง), years in either
era (พ.ศ. = ค.ศ. + 543), Thai and English month names, and PyThaiNLP's lists of country and
province names for places.

Used by the scope judge (qa_bot/scope/): a question asking for a value the best passage and
its answer sentence do not hold is a likely near-miss — the documents talk about the thing but
do not give what is asked.

The modules, each importing only those after it: `value` (`has_value`, `states_value`: any
type, dispatching to the type modules; times, ordinals and persons, one pattern each) and
`requests` (`is_request`); `asked` (the type a question asks, `asked_type`, one ordered table
over every type; two questions in one, `first_question`); one module per type for what else a
question asks of it and what a text gives of it — `count`, `measure`, `date`, `place`; the words
of numbers and months they share (`numerals`); the type names (`kinds`). The names below are
the package's interface: import them from here.
"""

from __future__ import annotations

from .asked import asked_type, first_question
from .count import (
    ABSTRACT_CLASSIFIERS,
    NOUN_TO_NUMBER,
    alike_classifiers,
    count_classifiers,
    has_count_of,
)
from .date import asked_date_parts, has_date_part
from .kinds import CHECKABLE_TYPES, COUNT, DATE, ORDINAL, PERSON, PLACE, TIME
from .measure import asked_measure, has_measure
from .numerals import MONTH_NAMES
from .place import VENUE, asked_place_level, gazetteer_names, has_place_level
from .requests import is_request
from .value import asked_parts, has_value, states_value

__all__ = [
    "ABSTRACT_CLASSIFIERS",
    "CHECKABLE_TYPES",
    "COUNT",
    "DATE",
    "MONTH_NAMES",
    "NOUN_TO_NUMBER",
    "ORDINAL",
    "PERSON",
    "PLACE",
    "TIME",
    "VENUE",
    "alike_classifiers",
    "asked_date_parts",
    "asked_measure",
    "asked_parts",
    "asked_place_level",
    "asked_type",
    "count_classifiers",
    "first_question",
    "gazetteer_names",
    "has_count_of",
    "has_date_part",
    "has_measure",
    "has_place_level",
    "has_value",
    "is_request",
    "states_value",
]
