"""Hostile and random input at every entry point: an answer or a clear message, never a crash.

Hypothesis throws thousands of random strings (any Unicode, Thai-heavy text with broken
combining marks, control and invisible characters, emoji, other scripts, SQL / HTML / script
fragments, whole pasted paragraphs, typed-in exams) at the text normaliser, the question check,
`QABot.ask`, the page's and the API's handlers and the CLI's batch reader. The only allowed
outcomes are an Answer whose hits are exact slices of the source, or a QuestionError carrying
a Thai and an English message.

Example counts are sized for CI (two cores): the whole file runs in well under a minute.
"""

from __future__ import annotations

import html
import io
import json
import math
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_bot import MAX_QUESTION_CHARS, Answer, QABot
from qa_bot.cli import main
from qa_bot.cli.questions import run_batch
from qa_bot.errors import QuestionError
from qa_bot.text import check_question, clean, normalize, tokenize, without_markup

from .conftest import ASEAN_FILE

# No example database in the repository; no per-example deadline on a shared CI machine.
FAST = settings(database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def examples(count: int) -> settings:
    return settings(FAST, max_examples=count)


THAI_LETTERS = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B)
# Thai vowel signs and tone marks: on their own, doubled, or on a Latin letter they are "broken".
THAI_MARKS = st.sampled_from(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
COMBINING = st.characters(categories=["Mn", "Me"])
CONTROL = st.sampled_from(
    [chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))]
    + list("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u202e\u2066\u2069\u2028\u2029\ufffd")
)
EMOJI_SEQUENCES = ["🙂", "🇹🇭", "👍🏽", "👨‍👩‍👧", "❤️", "🐘", "1\ufe0f\u20e3", "🏳️‍🌈", "😂" * 3, "🤖"]
EMOJI = st.sampled_from(EMOJI_SEQUENCES)
EMOJI_CHARS = st.sampled_from(sorted(set("".join(EMOJI_SEQUENCES))))  # one code point each
OTHER_SCRIPTS = st.characters(
    codec="utf-8",
    categories=["Lo", "Lu", "Ll", "Nd"],
    exclude_characters="".join(chr(c) for c in range(0x0E00, 0x0E80)),
)
HOSTILE_FRAGMENTS = st.sampled_from(
    [
        "' OR '1'='1' --",
        "'; DROP TABLE passages; --",
        "SELECT * FROM users WHERE id = 1 UNION SELECT password FROM admin",
        "<script>alert(document.cookie)</script>",
        '<img src=x onerror="alert(1)">',
        "<iframe src=//evil.example>",
        "javascript:alert(1)",
        "{{7*7}} ${7*7} <%= 7*7 %>",
        "${jndi:ldap://127.0.0.1/a}",
        "../../../../etc/passwd",
        "/gradio_api/file=/etc/passwd",
        "%00%0d%0a",
        "\\x00\\u0000",
        "**bold** _x_ `code` $x^2$ [link](http://x)",
        "<!-- -->]]>",
        "\u202eevil\u202c",
        "null",
        "NaN",
        "-1e309",
        "ข้อใด",
        "ก.",
        "ข)",
        "(3)",
        "๑.",
        "อาเซียน",
        "AQRF",
        "คืออะไร",
        "พ.ศ. 2561",
        "๒๕๖๑",
        "?",
        "ๆ",
        "ฯลฯ",
    ]
)
THAI_HEAVY = st.text(
    alphabet=st.one_of(
        THAI_LETTERS,
        THAI_LETTERS,
        THAI_LETTERS,
        THAI_MARKS,
        COMBINING,
        CONTROL,
        EMOJI_CHARS,
        OTHER_SCRIPTS,
        st.sampled_from(" \t\n.,?!()"),
    ),
    max_size=80,
)
MIXED = st.lists(
    st.one_of(HOSTILE_FRAGMENTS, THAI_HEAVY, st.text(max_size=12), EMOJI), max_size=8
).map(" ".join)


def _exam(parts: tuple[str, Sequence[str], str, str]) -> str:
    stem, choices, letters, separator = parts
    return (
        stem
        + separator
        + separator.join(
            f"{letter}. {choice}" for letter, choice in zip(letters, choices, strict=False)
        )
    )


TYPED_EXAMS = st.tuples(
    st.one_of(st.just("ข้อใดถูกต้อง"), MIXED),
    st.lists(st.one_of(MIXED, THAI_HEAVY, EMOJI), min_size=2, max_size=6),
    st.sampled_from(["กขคงจฉ", "ABCDEF", "123456", "๑๒๓๔๕๖"]),
    st.sampled_from(["\n", " ", "  "]),
).map(_exam)
SOURCE = ASEAN_FILE.read_text(encoding="utf-8")
PASTED_PARAGRAPHS = st.tuples(
    st.integers(0, len(SOURCE) - 1), st.integers(200, 1400), st.sampled_from(["", "\n", " ??"])
).map(lambda t: SOURCE[t[0] : t[0] + t[1]] + t[2])
ANY_QUESTION = st.one_of(
    st.text(max_size=60),
    THAI_HEAVY,
    MIXED,
    TYPED_EXAMS,
    st.text(alphabet=st.one_of(CONTROL, EMOJI_CHARS, st.sampled_from(" .?!…-")), max_size=20),
)
# What other code might pass where a question is expected.
NOT_TEXT = st.one_of(
    st.none(), st.integers(), st.floats(), st.binary(max_size=8), st.lists(st.text(max_size=3))
)

# What a caller of the JSON API can send in any field.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=6,
)

_LEFTOVER_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200c\u200d\ufeff]")


def assert_bilingual(error: QuestionError) -> None:
    assert re.search("[\u0e01-\u0e5b]", error.message_th), error.message_th
    assert re.search("[A-Za-z]{2}", error.message_en), error.message_en
    assert "Traceback" not in error.message_en and len(error.message_en) < 300


def assert_sound_answer(bot: QABot, answer: Answer, k: int, choices: Any) -> None:
    """Every hit is an exact slice of its document, its answer sentence inside it."""
    assert isinstance(answer, Answer) and isinstance(answer.answerable, bool)
    assert answer.question == clean(answer.question) and answer.question
    assert len(answer.question) <= MAX_QUESTION_CHARS
    assert len(answer.hits) <= max(1, k)
    assert [hit.rank for hit in answer.hits] == list(range(1, len(answer.hits) + 1))
    for hit in answer.hits:
        document = bot.index.document(hit.document)
        assert document is not None
        assert document.text[hit.start : hit.end] == hit.text
        assert hit.start <= hit.answer_start < hit.answer_end <= hit.end
        assert document.text[hit.answer_start : hit.answer_end] == hit.answer_sentence
        section = bot.index.section(hit.document, hit.section_id)
        assert section is not None and section.label == hit.section_label
        assert math.isfinite(hit.score)
    if answer.choice is not None:
        count = len(answer.choice.choices) if answer.choice.choices else len(choices)
        assert len(answer.choice.scores) == count
        assert answer.choice.index is None or 0 <= answer.choice.index < count
        assert all(math.isfinite(score) for score in answer.choice.scores)


def ask_or_refuse(bot: QABot, question: Any, **options: Any) -> Answer | None:
    try:
        answer = bot.ask(question, **options)
    except QuestionError as error:
        assert_bilingual(error)
        return None
    assert_sound_answer(bot, answer, options.get("k", 5), options.get("choices"))
    return answer


# --- the text normaliser and the question check ---------------------------------------------


@examples(2500)
@given(st.one_of(st.text(max_size=300), THAI_HEAVY, MIXED, PASTED_PARAGRAPHS))
def test_normalize_gives_one_clean_matching_form(text: str) -> None:
    form = normalize(text)
    assert isinstance(form, str)
    assert form == form.strip() and "  " not in form and "\n" not in form
    assert not _LEFTOVER_CONTROL.search(form)
    assert not re.search("[\ud800-\udfff]", form)  # encodable: the model and JSON need UTF-8
    form.encode("utf-8")
    assert not re.search("[A-Z๐-๙]", form)  # Latin lower-cased, Thai digits as Arabic
    assert unicodedata.is_normalized("NFC", clean(text))


@examples(1200)
@given(st.one_of(st.text(max_size=200), THAI_HEAVY, MIXED))
def test_tokenize_gives_words(text: str) -> None:
    tokens = tokenize(text)
    assert all(isinstance(t, str) and t and not re.search(r"\s", t) for t in tokens)
    assert all(re.search(r"\w", t) for t in tokens)


@examples(2500)
@given(st.one_of(ANY_QUESTION, st.text(min_size=990, max_size=1100), NOT_TEXT))
def test_check_question_cleans_or_refuses_with_a_message(question: Any) -> None:
    try:
        cleaned = check_question(question)
    except QuestionError as error:
        assert_bilingual(error)
        return
    assert isinstance(question, str)
    # Cleaned as any text is, after pasted markup is dropped (text.without_markup).
    assert cleaned == clean(without_markup(question)) and 0 < len(cleaned) <= MAX_QUESTION_CHARS
    assert re.search(r"\w", cleaned)


# --- the Python API -------------------------------------------------------------------------


@examples(700)
@given(question=ANY_QUESTION, k=st.integers(-3, 60))
def test_ask_answers_soundly_or_refuses(bot: QABot, question: str, k: int) -> None:
    ask_or_refuse(bot, question, k=k)


@examples(15)
@given(PASTED_PARAGRAPHS)
def test_ask_a_pasted_paragraph(bot: QABot, question: str) -> None:
    # Up to 1,000 characters is a question (a long one costs the model most); beyond, a message.
    answer = ask_or_refuse(bot, question, k=3)
    assert (answer is None) == (len(clean(question)) > MAX_QUESTION_CHARS)


def test_a_pasted_page_whose_numbered_lines_look_like_choices_is_still_too_long(
    bot: QABot,
) -> None:
    # Found by the test above: the document's first page parses as an exam (its "(1) … (2) …"
    # lines as choices) whose stem alone was short enough to answer.
    from qa_bot.exam import parse_exam

    page = ASEAN_FILE.read_text(encoding="utf-8")[:1100]
    assert len(clean(page)) > MAX_QUESTION_CHARS
    assert parse_exam(page) is not None  # "(1) … (2) …" read as choices
    with pytest.raises(QuestionError) as raised:
        bot.ask(page)
    assert "1,000" in raised.value.message_en and "1,000" in raised.value.message_th


@examples(60)
@given(
    question=st.one_of(MIXED, THAI_HEAVY),
    choices=st.one_of(
        st.lists(st.one_of(MIXED, THAI_HEAVY, EMOJI, st.text(max_size=400)), max_size=12),
        NOT_TEXT,
    ),
    data=st.data(),
)
def test_ask_with_choices_and_sections(
    bot: QABot, question: str, choices: Any, data: st.DataObject
) -> None:
    pairs = [(d.doc_id, s.section_id) for d in bot.index.documents for s in d.sections]
    sections = data.draw(
        st.one_of(st.none(), st.lists(st.sampled_from([*pairs, ("no-such.txt", 1)]), max_size=3))
    )
    answer = ask_or_refuse(bot, question, k=3, sections=sections, choices=choices)
    if answer is not None and sections is not None:
        assert {(h.document, h.section_id) for h in answer.hits} <= set(sections)


@examples(200)
@given(question=NOT_TEXT, k=st.one_of(st.none(), st.floats(), st.text(max_size=3)))
def test_ask_refuses_what_is_not_a_question(bot: QABot, question: Any, k: Any) -> None:
    with pytest.raises(QuestionError) as caught:
        bot.ask(question, k=k)
    assert_bilingual(caught.value)


@pytest.mark.parametrize("k", [None, "three", float("nan"), float("inf"), [], {}])
def test_ask_refuses_a_k_that_is_not_a_number(bot: QABot, k: Any) -> None:
    with pytest.raises(QuestionError) as caught:
        bot.ask("AQRF คืออะไร", k=k)
    assert "k" in caught.value.message_en


def test_lone_surrogates_are_replaced_not_fatal(bot: QABot) -> None:
    # JSON allows "\ud800"; such a string has no UTF-8 form for the model or the output.
    answer = bot.ask("AQRF\ud800 คืออะไร\udfff")
    assert "\ufffd" in answer.question and answer.hits
    with pytest.raises(QuestionError):
        bot.ask("\ud800\udc00\ud800")


# --- the page and the /ask API handlers (in process; over HTTP in test_exposure.py) ----------


@pytest.fixture(scope="module")
def service(bot: QABot) -> Any:
    from qa_bot.web.service import ChatService

    return ChatService(bot)


@examples(120)
@given(
    question=st.one_of(ANY_QUESTION, JSON_VALUES),
    k=st.one_of(st.integers(-5, 100), JSON_VALUES),
    sections=st.one_of(st.none(), st.lists(st.one_of(st.text(max_size=10), JSON_VALUES))),
    choices=st.one_of(st.none(), st.lists(st.one_of(MIXED, JSON_VALUES), max_size=5)),
)
def test_api_handler_returns_an_answer_or_an_error(
    service: Any, question: Any, k: Any, sections: Any, choices: Any
) -> None:
    record = service.ask(question, k, sections, choices)
    json.dumps(record, ensure_ascii=False).encode("utf-8")  # what Gradio must send back
    if "error" in record:
        assert set(record) == {"question", "error"}
        thai, english = record["error"].split(" / ", 1)
        assert re.search("[\u0e01-\u0e5b]", thai) and "Traceback" not in english
    else:
        assert record["hits"] is not None and isinstance(record["answerable"], bool)


@examples(120)
@given(
    question=st.one_of(ANY_QUESTION, st.none()),
    choices_text=st.one_of(st.just(""), MIXED, TYPED_EXAMS),
)
def test_page_reply_never_raises_and_escapes_what_was_typed(
    service: Any, question: Any, choices_text: str
) -> None:
    messages = service.reply(question, None, choices_text)
    assert messages and messages[-1]["role"] == "assistant"
    for message in messages:
        content = message["content"]
        content.encode("utf-8")
        assert "Traceback" not in content and "<script" not in content.lower()
        assert not re.search(r"<(img|iframe)\b", content, re.IGNORECASE)
    if isinstance(question, str) and question.strip():
        # What was typed is shown as text (a long question cut, with "…"): unescaped, the
        # user's bubble gives it back, less the bidirectional controls that would turn it
        # around (web/service.py _BIDI_CONTROLS).
        assert messages[0]["role"] == "user"
        markup = messages[0]["content"].replace("<br>", "\n")
        shown = squash(html.unescape(re.sub(r"<[^>]+>", "", markup)))
        typed = squash(re.sub("[\u202a-\u202e\u2066-\u2069]", "", question))
        assert typed.startswith(shown.removesuffix("…"))
        assert len(shown) >= min(len(typed), 100)


# --- the command line: single questions and the batch reader ---------------------------------

CLI_QUESTIONS = [
    "AQRF คืออะไร",
    "   ",
    "ก" * (MAX_QUESTION_CHARS + 1),
    "\u0e49\u0e49\u0e34 ุ ่",  # only broken Thai marks
    "🙂👍🏽🇹🇭",
    "?!…",
    "'; DROP TABLE passages; --",
    "<script>alert(1)</script>",
    "Что такое АСЕАН? 东盟是什么 ما هي آسيان",
    "\x1b[31mred\x1b[0m \x07 ASEAN",
    SOURCE[2000:3000],
    "ข้อใดเป็นโรคติดต่อ ก. ไข้หวัดนก ข. ฟุตบอล ค. ราคาทอง ง. ดนตรี",
]


@pytest.mark.parametrize("question", CLI_QUESTIONS, ids=range(len(CLI_QUESTIONS)))
def test_cli_single_question_answers_or_exits_2(
    bot: QABot,
    question: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The index is not the subject.
    monkeypatch.setattr("qa_bot.cli.questions._load_bot", lambda args: bot)
    code = main(["ask", question, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    try:
        bot.ask(question)
    except QuestionError as error:
        assert code == 2 and out == ""
        assert error.message_th in err and error.message_en in err
        return
    assert code == 0 and err == ""
    assert "hits" in json.loads(out)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def run_batch_bytes(bot: QABot, data: bytes) -> tuple[int, list[str], int]:
    """The batch as `qa-bot ask --json -` runs it: UTF-8 in (errors replaced) and UTF-8 out."""
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")
    # A blank (whitespace-only) line gets no output line (README's batch contract).
    expected_lines = sum(1 for line in stdin.readlines() if line.strip())
    stdin.seek(0)
    buffer = io.BytesIO()
    stdout = io.TextIOWrapper(buffer, encoding="utf-8", write_through=True)
    code = run_batch(bot, stdin, stdout, k=2)
    # JSON lines are split at "\n" only: a U+2028 inside a string is part of its line.
    return code, buffer.getvalue().decode("utf-8").split("\n")[:-1], expected_lines


def _batch_line(item: Any) -> bytes:
    if isinstance(item, bytes):
        return item.replace(b"\n", b" ").replace(b"\r", b" ")
    return json.dumps(item).encode()  # ASCII: lone surrogates travel as "\ud800" escapes


BATCH_LINES = st.lists(
    st.one_of(
        st.binary(max_size=40),
        ANY_QUESTION.map(lambda q: q.encode("utf-8", "surrogatepass")),
        st.builds(lambda q: {"question": q}, ANY_QUESTION),
        st.builds(lambda q, c: {"question": q, "choices": c}, MIXED, st.lists(MIXED, max_size=5)),
        st.dictionaries(st.text(max_size=8), st.one_of(st.none(), st.integers(), MIXED)),
        st.lists(st.integers(), max_size=3),
    ),
    min_size=1,
    max_size=6,
)


@examples(60)
@given(BATCH_LINES)
def test_batch_writes_one_json_line_per_line_read(bot: QABot, items: list[Any]) -> None:
    data = b"\n".join(_batch_line(item) for item in items) + b"\n"
    code, out_lines, expected = run_batch_bytes(bot, data)
    assert len(out_lines) == expected
    records = [json.loads(line) for line in out_lines]
    assert all("error" in record or "hits" in record for record in records)
    # 0 when at least one line was answered, 2 when every line was refused or none was read.
    assert code == (0 if any("hits" in record for record in records) else 2)


def test_batch_survives_nul_cr_surrogates_and_huge_lines(bot: QABot) -> None:
    lines = [
        b"AQRF \x00\x00 \xe0\xb8",  # NUL bytes and a cut-off Thai character
        b'{"question": "\\ud800"}',
        b'{"question": "AQRF\\udfff"}',
        b'{"question": "x", "choices": ["\\ud800a", "b", "c"]}',
        b'{"question": 5}',
        b'{"question": "AQRF", "choices": "abc"}',
        b"[1, 2]",
        b"{" * 5000,
        b"a" * 30_000,
        b"\xff\xfe\xfd",
        "อาเซียน\r\nAQRF".encode(),
    ]
    code, out_lines, expected = run_batch_bytes(bot, b"\n".join(lines) + b"\n")
    assert code == 0 and len(out_lines) == expected == len(lines) + 1  # \r\n: two lines
    records = [json.loads(line) for line in out_lines]
    assert "hits" in records[0] and "error" in records[1] and "hits" in records[2]
    assert all(("error" in r) != ("hits" in r) for r in records)
