"""The types of value a question may ask for (answer_types.asked) and those a pattern can check
in any text."""

from __future__ import annotations

TIME, COUNT, ORDINAL, DATE = "time", "count", "ordinal", "date"
PLACE, PERSON = "place", "person"
# The types whose values a pattern recognises in any text: clock times, dates and years, counts.
# Places and persons are open classes — a translated article writes "ปีแยร์ กูรี" or "มิลาน" with
# no title or capital letter to spot — so a text's lack of a recognised one is no evidence:
# checked against a text, person and place questions refused answerable questions over
# translated articles (bench/reading.py; bench/RESULTS.md "Scope judge over a second corpus").
CHECKABLE_TYPES = frozenset({TIME, COUNT, ORDINAL, DATE})
