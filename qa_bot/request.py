"""The one request validator: what the CLI, the batch reader, the page and `/ask` accept.

Every way in reads `k`, the sections and the exam choices here, so the same input means the same
thing everywhere. Each function raises `QuestionError` (Thai and English message) for input a
person got wrong; `error_record` turns one into the `{"question", "error"}` object the batch and
`/ask` return.
"""

from __future__ import annotations

import math
import numbers
import re
import time
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from .errors import QABotError, QuestionError
from .exam import check_choices, strip_label
from .text import HELD_LAST, POLITE_PARTICLES
from .types import ANSWERED, NOT_FOUND
from .wording import limited_names, limited_note

# k (how many passages) must be at least 1 and is capped at MAX_K; the page and /ask cap it at
# their own maximum (cards.MAX_HITS, 10). The README's Limits section states both.
MAX_K = 50
# A batch line longer than this is refused; its error object echoes only its first ECHO_CHARS.
MAX_BATCH_LINE_CHARS = 20_000
ECHO_CHARS = 80
_SECTION_NUMBER = re.compile(r"[0-9๐-๙]+")


def error_text(error: QABotError) -> str:
    """The message a person sees: "Thai / English"."""
    return f"{error.message_th} / {error.message_en}"


def error_record(question: object, error: QABotError) -> dict[str, Any]:
    """The contract's error object, `{"question", "error"}`, for a request that failed."""
    return {"question": question, "error": error_text(error)}


def answer_record(
    answer: Any, documents: Sequence[Any], sections: Collection[tuple[str, int]] | None
) -> dict[str, Any]:
    """The contract's answer object (`Answer.to_dict()`), with "note" (Thai / English,
    `wording.limited_note`) when `sections` limited the search and the answer is not_found or
    uncertain: the documents' other sectors were not searched. documents: the index's
    `corpus.model.Document`s."""
    record = answer.to_dict()
    names = limited_names(documents, sections)
    if names and answer.verdict != ANSWERED:
        record["note"] = limited_note(names)
    return record


def clamp_k(k: object, upper: int = MAX_K) -> int:
    """How many passages: k truncated to a whole number, at least 1, capped at upper.

    More than upper gives upper (a limit, as the README says), 2.7 gives 2. Raises
    QuestionError for what is not a finite number (text, "3" too, None, bool, NaN, infinity)
    and for fewer than 1 (0, -3, 0.5): asking for no passages is a mistake, not a request.
    """
    if isinstance(k, bool) or not isinstance(k, numbers.Real) or not math.isfinite(float(k)):
        raise QuestionError("k (จำนวนข้อความ) ต้องเป็นตัวเลข", "k must be a number (how many passages)")
    if int(k) < 1:
        raise QuestionError(
            f"k (จำนวนข้อความ) ต้องมีค่าอย่างน้อย 1 (ได้รับ {_shown(k)})",
            f"k must be at least 1 (how many passages; got {_shown(k)})",
        )
    return min(int(k), upper)


def known_sections(documents: Iterable[Any]) -> list[tuple[str, int]]:
    """Every (document id, section id) pair of the given `corpus.model.Document`s, in order."""
    return [(doc.doc_id, s.section_id) for doc in documents for s in doc.sections]


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def parse_sections(
    values: object, known: Collection[tuple[str, int]]
) -> list[tuple[str, int]] | None:
    """The (document id, section id) pairs a request limits the search to; None for all.

    values is None or empty (search everything), or a list of "doc_id#section_id" strings
    (`qa-bot docs` lists them) and section numbers (an int, or a string of digits: that section
    of every document). known is every pair of the index (`known_sections`). Raises
    QuestionError for anything else: a bare number or text instead of a list, a bool, a
    number no document has ("15"), "²".
    """
    if values is None or (isinstance(values, list | tuple) and not values):
        return None
    if not isinstance(values, list | tuple):
        raise QuestionError(
            'หมวดต้องเป็นรายการ เช่น ["เอกสาร#1", 5]',
            'sections must be a list, e.g. ["document#1", 5] (doc_id#section_id or a number)',
        )
    keys = {f"{doc_id}#{section_id}": (doc_id, section_id) for doc_id, section_id in known}
    chosen: list[tuple[str, int]] = []
    for value in values:
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and value.strip() in keys:
            chosen.append(keys[value.strip()])
            continue
        elif isinstance(value, str) and _SECTION_NUMBER.fullmatch(value.strip()):
            number = int(value.strip())
        matches = [pair for pair in known if number is not None and pair[1] == number]
        if not matches:
            raise QuestionError(
                f"ไม่รู้จักหมวด {_shown(value)} (ใช้ ชื่อเอกสาร#เลขหมวด หรือเลขหมวด)",
                f"unknown section {_shown(value)} (use doc_id#section_id or a section number)",
            )
        chosen.extend(matches)
    return chosen


def parse_choices(values: object) -> list[str] | None:
    """Exam choices, each without the label it was typed with ("ก. …", "1) …"); None for none.

    values is None or empty (no exam), a text of choices one a line (the page's box; blank
    lines skipped), or a list of choice strings (CLI `--choice`, batch and `/ask` "choices").
    Labels follow the exam parser's grammar (`exam.strip_label`): "พ.ศ. 2558" and "2.5" stay
    whole. Raises QuestionError for what is not text or a list of text; how many choices and
    how long is the pipeline's check (`exam.check_choices`), the same for every way in.
    """
    if values is None or values == "" or (isinstance(values, list | tuple) and not values):
        return None
    if isinstance(values, str):
        values = [line for line in values.splitlines() if line.strip()]
        if not values:
            return None
    if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
        check_choices(values)  # raises: the choices must be a list of text
    return [strip_label(v) for v in values]  # type: ignore[union-attr]


def parse_request(
    k: object,
    sections: object,
    choices: object,
    known: Collection[tuple[str, int]],
    upper: int = MAX_K,
) -> tuple[int, list[tuple[str, int]] | None, list[str] | None]:
    """(k, sections, choices) of one request, each read as `clamp_k`, `parse_sections` and
    `parse_choices` read it, the choices also checked as the exam checks them
    (`exam.check_choices`). Raises one QuestionError naming every value that is wrong, so that
    a request with a bad k, an unknown section and bad choices hears of all three at once (FRESH11
    §8: only the first was named); its messages are joined with "; "."""
    errors: list[QuestionError] = []

    def read(parse: Any, *args: Any) -> Any:
        try:
            return parse(*args)
        except QuestionError as error:
            errors.append(error)
            return None

    asked_k = read(clamp_k, k, upper)
    wanted = read(parse_sections, sections, known)
    exam_choices = read(parse_choices, choices)
    if exam_choices is not None:
        read(check_choices, exam_choices)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise QuestionError(
            "; ".join(e.message_th for e in errors), "; ".join(e.message_en for e in errors)
        )
    return asked_k, wanted, exam_choices


# A greeting or thanks typed alone is small talk, not a question: the page says a line back
# rather than "the documents do not answer this" and every sector (FRESH10 §14: "สวัสดี",
# "ขอบคุณครับ"), and the batch and /ask answer it with no passages (FRESH13 §8: three unrelated
# hits). Everyday Thai and English greetings and thanks with the polite particles that end
# them (the first lesson of any Thai course book), matched whole: "สวัสดี AQRF คืออะไร" is a
# question.
GREETING, THANKS, FAREWELL = "greeting", "thanks", "farewell"
GREETINGS = frozenset({"สวัสดี", "หวัดดี", "ดีจ้า", "hello", "hi", "hey", "good morning"})
THANKS_WORDS = frozenset({"ขอบคุณ", "ขอบใจ", "ขอบคุณมาก", "thank you", "thanks", "thx"})
# … and leave-takings (FRESH11 §8: "ลาก่อน" got the full refusal), from the same lesson.
FAREWELLS = frozenset({"ลาก่อน", "บ๊ายบาย", "บายบาย", "บาย", "bye", "goodbye", "bye bye", "see you"})
# What ends small talk besides the polite particles (text.POLITE_PARTICLES, the list the
# question reader drops): the repetition mark ("มากๆ") and ค่ะ drawn out as spoken ("ค่า").
# Stripped from the end of a line that must then be a greeting, thanks or farewell whole.
_SPOKEN_ENDINGS = ("ๆ", "ค่า")


def small_talk_kind(question: str) -> str | None:
    """GREETING, THANKS or FAREWELL for a greeting, thanks or farewell typed alone ("สวัสดีครับ",
    "ขอบคุณมากๆ ค่ะ", "Thank you!"), else None ("สวัสดีครับ AQRF คืออะไร" is a question)."""
    words = " ".join(question.lower().replace("!", " ").replace(".", " ").split())
    for _ in range(3):  # "ขอบคุณมากๆ ค่า นะคะ": endings one after another
        words = HELD_LAST.sub(r"\1", words)  # a letter held as spoken: "ครับบบ", "ค่ะะ"
        for ending in (*POLITE_PARTICLES, *_SPOKEN_ENDINGS):
            words = words.removesuffix(ending).rstrip()
    if words in GREETINGS:
        return GREETING
    if words in FAREWELLS:
        return FAREWELL
    return THANKS if words in THANKS_WORDS else None


def small_talk_answer(question: object, choices: object) -> dict[str, Any] | None:
    """The contract's answer object (`small_talk_record`) for a greeting, thanks or farewell
    asked alone without choices, as the page answers it; None for a question (or no text).
    What the batch, `qa-bot ask --json` and /ask each check before asking the bot;
    elapsed_ms: the time this check took."""
    started = time.perf_counter()
    if not isinstance(question, str) or choices:
        return None
    kind = small_talk_kind(question)
    if kind is None:
        return None
    return small_talk_record(question, kind, (time.perf_counter() - started) * 1000)


def small_talk_record(question: str, kind: str, elapsed_ms: float = 0.0) -> dict[str, Any]:
    """The contract's answer object for small talk (`small_talk_kind`): not_found with no
    passages (nothing in the documents answers a greeting) and "small_talk": the kind
    ("greeting", "thanks" or "farewell"), so that a script can say a line back as the page
    does. question: as asked, stripped."""
    return {
        "question": question.strip(),
        "answerable": False,
        "verdict": NOT_FOUND,
        "elapsed_ms": round(elapsed_ms, 2),
        "hits": [],
        "choice": None,
        "small_talk": kind,
    }
