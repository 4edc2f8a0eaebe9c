"""Requests, not questions: a question that asks the bot to compose or translate a text or to
give its opinion (`is_request`)."""

from __future__ import annotations

import re

from ..text import normalize
from .asked import asked_type

# A directive (Searle's class of speech acts that get the hearer to do something) asking the bot to
# compose a text, to translate into a language other than Thai or English (the languages it reads),
# or to give its own opinion, is answered by no passage. The verbs of producing text, with the Thai
# request frame (ช่วย … ให้หน่อย, กรุณา, โปรด: the reference grammar of the package's docstring, ch.
# on directives). Excluded: เขียนว่า "is written as", แต่งตั้ง "appoint", แต่งงาน/แต่งกาย, แปลว่า
# "means"; an English "write" only of "a/an …" ("write me a poem", not "write the full name").
_OTHER_LANGUAGE_TH = r"เป็นภาษา(?!ไทย|อังกฤษ)"
# A verb after คน/ผู้/ที่ names who did it ("ใครเป็นคนเขียน", "ผู้แต่ง"): a fact, not a request.
_NOT_AGENT = r"(?<!คน)(?<!ผู้)(?<!ที่)"
_TH_PRODUCE = rf"{_NOT_AGENT}(?:เขียน(?!ว่า|อย่างไร|ยังไง)|แต่ง(?!ตั้ง|งาน|กาย)|แปล.*{_OTHER_LANGUAGE_TH})"
_TH_REQUEST = r"ช่วย|กรุณา|โปรด|หน่อย|ให้ที"
_EN_COMPOSE = r"(?:write|compose)\s+(?:(?:me|us)\s+)?(?:a|an|some)\b"
# A Thai request holds a verb of producing text and a request word, in either order: two
# searches (one lookahead pair tried at every position took ~70 µs a question, these ~5 µs).
_TH_PRODUCE_WORD = re.compile(_TH_PRODUCE, re.S)
_TH_REQUEST_WORD = re.compile(_TH_REQUEST)
_REQUEST = re.compile(
    r"คุณคิดว่า|ความ(?:คิด)?เห็นของคุณ"
    rf"|^\W*(?:please\s+)?{_EN_COMPOSE}"
    rf"|\b(?:can|could|would|will)\s+you\s+(?:please\s+)?{_EN_COMPOSE}"
    r"|\btranslate\b.*\binto\s+(?!thai\b|english\b)[a-z]"
    r"|\bdo\s+you\s+think\b|\bin\s+your\s+(?:opinion|view)\b",
    re.S,
)


def _asks_to_produce(text: str) -> bool:
    """A request (normalised text): a Thai verb of producing text beside a request word, an
    opinion asked, or an English request to write, compose or translate."""
    return bool(
        _REQUEST.search(text) or (_TH_PRODUCE_WORD.search(text) and _TH_REQUEST_WORD.search(text))
    )


# `is_request`'s default: no asked type given, work it out (None is a type: "asks for none").
_WORK_IT_OUT = "?"


def is_request(question: str, asked: str | None = _WORK_IT_OUT) -> bool:
    """Does the question ask the bot to produce a text or an opinion rather than for a fact?
    asked: its `asked_type` if the caller has it (search.Retrieval.asked), else worked out.

    >>> is_request("ช่วยเขียนเรียงความเรื่องอาเซียนให้หน่อย"), is_request("AUN เขียนว่าอย่างไร")
    (True, False)
    """
    if asked == _WORK_IT_OUT:
        asked = asked_type(question)
    # A question that asks for a value ("ช่วยบอกหน่อยว่าใครเขียน…") asks for a fact.
    return asked is None and _asks_to_produce(normalize(question))
