"""The text medium (render_text.py): what `qa-bot ask` prints for each verdict."""

from __future__ import annotations

import dataclasses
import io
from contextlib import redirect_stdout
from dataclasses import replace

import pytest

from qa_bot import cli
from qa_bot.cards import answer_html
from qa_bot.cli import questions
from qa_bot.render_text import format_answer
from qa_bot.types import Answer, Hit

# A passage of a made-up document; its second sentence is the answer.
SOURCE = "ห้องสมุดกลางอยู่ชั้นสอง เปิดทุกวันเวลา 07.30 ถึง 16.30 น. ปิดวันหยุดนักขัตฤกษ์"
SENTENCE = "เปิดทุกวันเวลา 07.30 ถึง 16.30 น."
THAI_CAUTION = "ไม่แน่ใจ: เอกสารอาจไม่ได้ตอบคำถามนี้โดยตรง"
ENGLISH_CAUTION = "Not sure: the document may not answer this directly."


def _answer(question: str, verdict: str) -> Answer:
    start = SOURCE.index(SENTENCE)
    hit = Hit(
        rank=1,
        score=0.71,
        section_id=2,
        section_label="บริการ",
        section_label_en="Services",
        document="library.th.txt",
        document_title="ห้องสมุด",
        text=SOURCE,
        start=0,
        end=len(SOURCE),
        answer_sentence=SENTENCE,
        answer_start=start,
        answer_end=start + len(SENTENCE),
    )
    return Answer(question, verdict != "not_found", [hit], 12.5, verdict=verdict)


@pytest.mark.parametrize("question", ["ห้องสมุดเปิดกี่โมง", "What time does the library open?"])
def test_an_uncertain_answer_starts_with_a_caution_before_its_passages(question: str) -> None:
    text = format_answer(_answer(question, "uncertain"))
    lines = text.splitlines()
    assert lines[1].startswith(THAI_CAUTION)
    english = not any("\u0e00" <= ch <= "\u0e7f" for ch in question)
    assert (ENGLISH_CAUTION in text) == english
    if english:
        assert lines[2].startswith(ENGLISH_CAUTION)  # right under the Thai line
    assert text.index(THAI_CAUTION) < text.index("1. [2] บริการ (Services)")
    assert f"»{SENTENCE}«" in text  # the passages are still shown, the sentence marked


@pytest.mark.parametrize("question", ["ห้องสมุดเปิดกี่โมง", "What time does the library open?"])
def test_answered_and_not_found_answers_carry_no_caution(question: str) -> None:
    answered = format_answer(_answer(question, "answered"))
    not_found = format_answer(_answer(question, "not_found"))
    for text in (answered, not_found):
        assert THAI_CAUTION not in text and ENGLISH_CAUTION not in text
    assert "does not answer" not in answered
    assert "เอกสารนี้ไม่มีคำตอบสำหรับคำถามนี้ / The document does not answer this question." in not_found
    assert f"คำตอบ / Answer: ห้องสมุดกลางอยู่ชั้นสอง »{SENTENCE}«" in answered


def test_the_page_and_the_terminal_word_the_caution_alike(bot) -> None:
    answer = _answer("What time does the library open?", "uncertain")
    page = answer_html(bot.index, answer)
    for line in format_answer(answer).splitlines()[1:3]:
        assert line in page


def test_qa_bot_ask_prints_the_caution_of_an_uncertain_answer(bot, monkeypatch) -> None:
    question = "What time does the library open?"
    monkeypatch.setattr(bot, "ask", lambda *args, **kwargs: _answer(question, "uncertain"))
    monkeypatch.setattr(questions, "_load_bot", lambda args: bot)
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["ask", question]) == 0
    assert THAI_CAUTION in out.getvalue() and ENGLISH_CAUTION in out.getvalue()


def test_a_section_is_named_one_way_in_plain_text() -> None:
    from qa_bot.wording import section_name

    # The bundled document's headings: a Thai label with its English name in parentheses.
    assert section_name("ภาพรวม", "Overview") == "ภาพรวม (Overview)"
    assert section_name("ภาพรวม", "") == "ภาพรวม"
    assert section_name("Overview", "Overview") == "Overview"  # an English heading: once


def test_a_usage_error_is_said_in_thai_and_english(capsys) -> None:
    from qa_bot.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["ask"])  # no question
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "คำสั่งไม่ครบหรือไม่ถูกต้อง" in err and "usage error:" in err and "question" in err


def test_only_the_answer_of_an_answered_question_is_called_the_answer() -> None:
    # A visitor reading "Answer:" under every hit takes unrelated passages for answers.
    answered = _answer("ห้องสมุดเปิดกี่โมง", "answered")
    second = replace(answered.hits[0], rank=2)
    text = format_answer(replace(answered, hits=[answered.hits[0], second]))
    assert text.count("คำตอบ / Answer:") == 1
    assert f"ประโยคที่ใกล้ที่สุด / Closest sentence: ห้องสมุดกลางอยู่ชั้นสอง »{SENTENCE}«" in text
    for verdict in ("uncertain", "not_found"):
        assert "คำตอบ / Answer:" not in format_answer(_answer("ห้องสมุดเปิดกี่โมง", verdict))


@pytest.mark.parametrize("verdict", ["answered", "uncertain", "not_found"])
def test_the_answer_sentence_is_shown_once_marked_in_its_passage(verdict: str) -> None:
    # The README: "readable answer, the answer sentence marked »…«"; a second copy of the
    # sentence on a line of its own only made the reader read it twice.
    text = format_answer(_answer("ห้องสมุดเปิดกี่โมง", verdict))
    assert text.count(SENTENCE) == 1 and f"»{SENTENCE}«" in text
    assert "ห้องสมุดกลางอยู่ชั้นสอง" in text and "ปิดวันหยุดนักขัตฤกษ์" in text  # its passage


@pytest.mark.parametrize(
    ("question", "english"), [("ห้องสมุดเปิดกี่โมง", False), ("When does the library open?", True)]
)
def test_an_answered_question_says_so_as_the_page_does(bot, question: str, english: bool) -> None:
    # Every verdict has its line: the uncertain caution and the not_found sentence have theirs,
    # and the page heads an answered reply "คำตอบจากเอกสาร" ("Answer from the document").
    answer = _answer(question, "answered")
    lines = format_answer(answer).splitlines()
    assert lines[1] == "คำตอบจากเอกสาร"
    assert (lines[2] == "Answer from the document") == english
    page = answer_html(bot.index, answer)
    for line in lines[1 : 3 if english else 2]:
        assert line in page


def test_several_documents_are_named_by_their_titles_and_in_the_plural() -> None:
    # The page names a sector "title › label" when several documents are indexed
    # (cards.SectorRef.name); one document is "เอกสารนี้ / the document", several "เอกสาร / the
    # documents".
    question = "When does the library open?"
    several = {v: format_answer(_answer(question, v), documents=3) for v in VERDICTS}
    one = {v: format_answer(_answer(question, v)) for v in VERDICTS}
    for text in several.values():
        assert "\n1. ห้องสมุด › [2] บริการ (Services)  library.th.txt" in text
    for text in one.values():
        assert "\n1. [2] บริการ (Services)  library.th.txt" in text
    assert (
        "เอกสารไม่มีคำตอบสำหรับคำถามนี้ / The documents do not answer this question."
        in (several["not_found"])
    )
    assert "เอกสารนี้" not in several["not_found"]
    assert "Not sure: the documents may not answer this directly." in several["uncertain"]
    assert "Answer from the documents" in several["answered"]
    assert "the document " not in "".join(several.values())


VERDICTS = ("answered", "uncertain", "not_found")


# --- exam choices, named as the question named them ----------------------------------------

ENGLISH_EXAM = """Which is a cooperation area of ASEAN on the environment?
a) scholarships
b) reducing marine debris
c) youth development index
d) qualifications reference framework"""


def _exam_text(bot, monkeypatch, typed: str, *argv: str) -> tuple[str, object]:
    answers = []
    ask = bot.ask

    def asking(*args, **kwargs):
        answers.append(ask(*args, **kwargs))
        return answers[-1]

    monkeypatch.setattr(bot, "ask", asking)
    monkeypatch.setattr(questions, "_load_bot", lambda args: bot)
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["ask", typed, "--k", "1", *argv]) == 0
    return out.getvalue(), answers[0].choice


@pytest.mark.parametrize(
    ("typed", "argv", "labels"),
    [
        # The README: choices typed "a)–d)" (and "1.–4.") are an exam; its answer is named as
        # the question named it, not "ข." (the JSON's Choice.letter stays ก ข ค ง).
        (ENGLISH_EXAM, (), "abcd"),
        (
            ENGLISH_EXAM.replace("a) ", "1. ")
            .replace("b) ", "2. ")
            .replace("c) ", "3. ")
            .replace("d) ", "4. "),
            (),
            "1234",
        ),
        # Choices given with --choice have no labels: A–D for an English question, ก–ง for Thai.
        (
            "Which is a cooperation area of ASEAN on the environment?",
            (
                "--choice",
                "scholarships",
                "--choice",
                "reducing marine debris",
                "--choice",
                "youth development index",
            ),
            "ABC",
        ),
        # Labels typed on choices given apart name them too.
        (
            "Which is a cooperation area of ASEAN on the environment?",
            (
                "--choice",
                "a) scholarships",
                "--choice",
                "b) reducing marine debris",
                "--choice",
                "c) youth development index",
            ),
            "abc",
        ),
        (
            "ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน",
            (
                "--choice",
                "การให้ทุนการศึกษา",
                "--choice",
                "การลดปริมาณขยะทะเล",
                "--choice",
                "ดัชนีการพัฒนาเยาวชน",
            ),
            "กขค",
        ),
    ],
)
def test_an_exams_verdict_names_the_choices_by_the_questions_labels(
    bot, monkeypatch, typed: str, argv: tuple[str, ...], labels: str
) -> None:
    text, choice = _exam_text(bot, monkeypatch, typed, *argv)
    assert choice is not None and choice.index is not None
    verdict = text[text.index("คำตอบ / Answer: " + labels[choice.index] + " — ") :]
    for i, label in enumerate(labels):
        mark = "►" if i == choice.index else " "
        assert f"{mark} {label}. {choice.choices[i]}  score" in verdict
    others = set("กขคง") - set(labels)
    assert not any(f" {letter}. " in verdict for letter in others)
    assert choice.letter == "กขคง"[choice.index]  # the JSON contract is unchanged


def test_a_documents_control_characters_never_reach_the_terminal() -> None:
    # A .txt document with ESC sequences recoloured and retitled the terminal of whoever ran
    # `qa-bot ask`; a CR-only file's lone CRs sent the cursor back so that each line overwrote
    # the one before. Each control is shown as its picture; a passage's lines stay indented.
    source = "กาแฟมาจาก\x1b[31mเอธิโอเปีย\x1b[0m\x07\rปลูกครั้งแรก\r\nในปี 1400\x9b"
    sentence = "ปลูกครั้งแรก"
    start = source.index(sentence)
    hit = dataclasses.replace(
        _answer("กาแฟมาจากไหน", "answered").hits[0],
        text=source,
        end=len(source),
        answer_sentence=sentence,
        answer_start=start,
        answer_end=start + len(sentence),
    )
    text = format_answer(Answer("กาแฟมาจากไหน", True, [hit], 1.0))
    assert not any((ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 for c in text)
    assert "␛[31mเอธิโอเปีย␛[0m␇" in text and "\ufffd" in text
    assert "\n   »ปลูกครั้งแรก«\n   ในปี 1400" in text  # each line under its hit


def test_terminal_text_maps_one_character_to_one() -> None:
    from qa_bot.render_text import terminal_text

    raw = "a\x1bb\rc\x00d\x7fe\x85f\tg\nh ไทย"
    shown = terminal_text(raw)
    assert len(shown) == len(raw)  # offsets into `qa-bot docs --text` stay true on a terminal
    assert shown == "a␛b␍c␀d␡e\ufffdf\tg\nh ไทย"


def test_a_batch_typed_at_a_terminal_says_what_it_waits_for(bot, monkeypatch, capsys) -> None:
    # `qa-bot ask -` typed by hand sat silent, waiting for stdin: a person did not know it
    # wanted questions, one a line, until Ctrl-D. A pipe gets no such line.
    monkeypatch.setattr(questions, "_load_bot", lambda args: bot)
    monkeypatch.setattr(questions, "run_batch", lambda *args, **kwargs: 0)
    for tty in (True, False):
        stdin = io.TextIOWrapper(io.BytesIO(b""))
        monkeypatch.setattr(stdin, "isatty", lambda tty=tty: tty)
        monkeypatch.setattr("sys.stdin", stdin)
        assert cli.main(["ask", "-"]) == 0
        err = capsys.readouterr().err
        assert ("Ctrl-D" in err and "บรรทัดละหนึ่งข้อ" in err) == tty


@pytest.mark.parametrize("verdict", ["answered", "uncertain", "not_found"])
def test_no_hit_is_rated_beside_the_verdict(verdict: str) -> None:
    # FRESH8: "ไม่แน่ใจ" above a hit printed with "score 0.913": the verdict line is the one
    # judgement of how well the documents answer; the hit's score is in --json only.
    strong = _answer("When was the SAMCA meeting held?", verdict)
    strong = replace(strong, hits=[replace(strong.hits[0], score=0.913)])
    text = format_answer(strong)
    assert "0.913" not in text and "score" not in text
    assert "\n1. [2] บริการ (Services)  library.th.txt" in text
