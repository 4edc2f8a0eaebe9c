"""The page says when an exam's choices are tied or the pick is not decided (Choice.tied,
Choice.decided): Thai first, English too for an English question, what the user typed escaped."""

from __future__ import annotations

import dataclasses
import re

from qa_bot import QABot
from qa_bot.cards import answer_html, choices_html
from qa_bot.render_text import format_answer
from qa_bot.types import Choice
from qa_bot.web.service import ChatService

CHOICES = ["ระบบถ่ายโอนหน่วยกิต", "ระบบ <ภาษี>", "ระบบขนส่ง", "ระบบธนาคาร"]


def _choice(tied: tuple[int, ...] = (), decided: bool = True, index: int | None = 2) -> Choice:
    letter = "กขคง"[index] if index is not None else None
    return Choice(index, letter, [0.5, 0.2, 0.51, 0.1], [None] * 4, False, (), tied, decided)


def test_a_clear_pick_says_nothing_more() -> None:
    markup = choices_html(_choice(), CHOICES)
    assert "qa-tie" not in markup and "qa-undecided" not in markup
    assert "qa-tied" not in markup


def test_tied_choices_are_named_and_marked_in_thai() -> None:
    markup = choices_html(_choice(tied=(0,)), CHOICES, asked="ข้อใดถูก")
    tie = re.search(r'<p class="qa-tie">(.*?)</p>', markup)
    assert tie is not None
    assert "ข้อ ค และ ก " in tie.group(1) and "แยกไม่ออก" in tie.group(1)
    assert "<small>" not in tie.group(1)  # a Thai question reads Thai only
    items = re.findall(r'<li class="qa-choice([^"]*)"', markup)
    assert items == [" qa-tied", "", " qa-tied", ""]  # in a tie no choice is chosen
    assert "&lt;ภาษี&gt;" in markup and "<ภาษี>" not in markup


def test_an_english_question_reads_the_tie_in_english_too() -> None:
    markup = choices_html(_choice(tied=(0, 3)), CHOICES, asked="Which one?", english=True)
    tie = re.search(r'<p class="qa-tie">(.*?)</p>', markup)
    assert tie is not None
    text = tie.group(1)
    assert text.index("ข้อ C A และ D") < text.index("within noise")  # Thai first
    assert "C, A, D are within noise of each other" in text


def test_an_undecided_pick_says_the_documents_do_not_confirm_it() -> None:
    markup = choices_html(_choice(decided=False), CHOICES, documents=2, english=True)
    undecided = re.search(r'<p class="qa-undecided">(.*?)</p>', markup)
    assert undecided is not None
    assert undecided.group(1).startswith("เอกสารไม่ได้ยืนยันข้อนี้ชัดเจน")
    assert "The documents do not clearly confirm this choice" in undecided.group(1)
    # no pick: nothing is tied or undecided, the verdict already says the documents do not settle
    none = choices_html(_choice(tied=(0,), decided=False, index=None), CHOICES)
    assert "qa-tie" not in none and "qa-undecided" not in none


def test_a_typed_exam_whose_stem_says_nothing_shows_its_tie(bot: QABot) -> None:
    # "ข้อใดถูก" names no topic: the four acronyms are all near nothing for it, so the reply
    # must say the choices are not told apart, not present a pick as the documents' answer.
    typed = "ข้อใดถูก ก. AUN ข. AQRF ค. AHA ง. <ASCC>"
    answer = bot.ask(typed)
    assert answer.choice is not None and answer.choice.tied and not answer.choice.decided
    reply = ChatService(bot).reply(typed)[-1]["content"]
    assert '<p class="qa-tie">' in reply
    assert "&lt;ASCC&gt;" in reply and "<ASCC>" not in reply
    assert reply.count('<li class="qa-choice qa-tied"') == len(answer.choice.tied) + 1
    assert "ตัดสินไม่ได้" in reply and "cannot decide" in reply


def test_a_tie_is_the_verdict_not_a_pick() -> None:
    # FRESH10 §11: two choices at 1.000 each were headed "คำตอบตามเอกสาร: ก". The verdict says the
    # documents cannot decide, in Thai and English, and nothing is marked chosen; the caveat
    # "only the closest one" would contradict it and is not shown.
    markup = choices_html(_choice(tied=(0,), decided=False), CHOICES, asked="ข้อใดถูก")
    verdict = re.search(r'<p class="qa-verdict">(.*?)</p>', markup)
    assert verdict is not None
    assert "เอกสารนี้ตัดสินไม่ได้ระหว่างข้อ <strong>ค</strong> และ <strong>ก</strong>" in verdict.group(1)
    assert "The document cannot decide between ค and ก" in verdict.group(1)
    assert "คำตอบตามเอกสาร" not in markup and "qa-chosen" not in markup
    assert "qa-undecided" not in markup


def test_the_page_speaks_english_to_an_english_exam(bot: QABot) -> None:
    answer = bot.ask("Which is right?", choices=["AUN", "AQRF", "AHA", "ASCC"])
    assert answer.choice is not None
    tied = dataclasses.replace(answer.choice, tied=(0,), decided=False)
    markup = answer_html(bot.index, dataclasses.replace(answer, choice=tied))
    assert "are within noise of each other" in markup and "cannot decide between" in markup
    thai = answer_html(bot.index, dataclasses.replace(answer, question="ข้อใดถูก", choice=tied))
    assert "within noise" not in thai and "แยกไม่ออก" in thai


# --- how sure a pick is (FRESH16 §2: a wrong decided pick was shown with a green ✔) -----------

MARINE = "ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน"
MARINE_CHOICES = ["การให้ทุนการศึกษา", "การลดปริมาณขยะทะเล", "ดัชนีการพัฒนาเยาวชน", "กรอบคุณวุฒิอ้างอิง"]


def _marine(bot: QABot, stem_verdict: str | None = None, question: str | None = None):
    """The document's marine-debris exam (ข: "การประชุมเรื่องการลดปริมาณขยะทะเล"), its stem's own
    verdict replaced by stem_verdict, its question by question."""
    answer = bot.ask(MARINE, choices=MARINE_CHOICES)
    assert answer.choice is not None and answer.choice.index == 1 and answer.choice.decided
    assert answer.evidence is not None and answer.evidence.verdict == "answered"
    if stem_verdict is not None:
        evidence = dataclasses.replace(answer.evidence, verdict=stem_verdict)
        answer = dataclasses.replace(answer, evidence=evidence)
    if question is not None:
        answer = dataclasses.replace(answer, question=question)
    return answer


def test_a_decided_pick_whose_stem_is_answered_is_the_documents_answer(bot: QABot) -> None:
    markup = answer_html(bot.index, _marine(bot), MARINE_CHOICES)
    assert "คำตอบตามเอกสาร: <strong>ข</strong>" in markup
    assert re.findall(r'<li class="qa-choice([^"]*)"', markup) == ["", " qa-chosen", "", ""]
    assert "✔" in markup and "ไม่แน่ใจ" not in markup and "qa-leaning" not in markup


def test_a_decided_pick_whose_stem_alone_is_uncertain_is_only_likely(bot: QABot) -> None:
    # The stem alone is uncertain: the pick is shown as likely, under the uncertain caution,
    # marked "?" — never a green ✔ or "คำตอบตามเอกสาร".
    markup = answer_html(bot.index, _marine(bot, "uncertain"), MARINE_CHOICES)
    assert "✔" not in markup and "qa-chosen" not in markup and "คำตอบตามเอกสาร" not in markup
    assert re.findall(r'<li class="qa-choice([^"]*)"', markup) == ["", " qa-leaning", "", ""]
    status = re.search(r'<p class="qa-status qa-status-uncertain">(.*?)</p>', markup)
    assert status is not None and status.group(1).count("ไม่แน่ใจ") == 1
    assert "Not sure" not in status.group(1)  # a Thai question reads Thai only
    assert markup.index("qa-status-uncertain") < markup.index("ข้อที่น่าจะเป็นคำตอบ: <strong>ข")
    assert 'class="qa-answer-block qa-uncertain"' in markup
    english = answer_html(bot.index, _marine(bot, "not_found", "Which is environmental?"))
    assert "Not sure: the document may not answer this directly" in english
    assert "the likely choice" in english and "qa-chosen" not in english


def test_a_stem_that_names_nothing_is_not_held_against_its_pick(bot: QABot) -> None:
    # "ข้อใดถูกต้อง" says nothing the judge could find: its own verdict is no evidence either way.
    markup = answer_html(bot.index, _marine(bot, "not_found", "ข้อใดถูกต้อง"), MARINE_CHOICES)
    assert "คำตอบตามเอกสาร" in markup and " qa-chosen" in markup and "ไม่แน่ใจ" not in markup


def test_an_undecided_pick_is_no_answer_and_no_check_mark(bot: QABot) -> None:
    answer = _marine(bot)
    undecided = dataclasses.replace(answer.choice, decided=False)
    markup = answer_html(bot.index, dataclasses.replace(answer, choice=undecided), MARINE_CHOICES)
    verdict = re.search(r'<p class="qa-verdict">(.*?)</p>', markup)
    assert verdict is not None
    assert verdict.group(1).startswith("เอกสารนี้ตัดสินไม่ได้ — ข้อที่ใกล้เคียงที่สุด: <strong>ข")
    assert "✔" not in markup and "คำตอบตามเอกสาร" not in markup
    assert re.findall(r'<li class="qa-choice([^"]*)"', markup) == ["", " qa-leaning", "", ""]


def test_the_terminal_says_the_same_of_each_pick(bot: QABot) -> None:
    sure = format_answer(_marine(bot)).splitlines()
    assert sure[1] == "คำตอบจากเอกสาร"
    assert any(line.startswith("► ข. การลดปริมาณขยะทะเล  score") for line in sure)
    unsure = format_answer(_marine(bot, "uncertain")).splitlines()
    assert unsure[1].startswith("ไม่แน่ใจ:") and not any(line.startswith("►") for line in unsure)
    assert any(line.startswith("? ข. การลดปริมาณขยะทะเล  score") for line in unsure)
    assert any(line.startswith("คำตอบ / Answer: ไม่แน่ใจ — ข้อ ข") for line in unsure)
    assert not any("คำตอบ / Answer: »" in line for line in unsure)  # no hit is called the answer
    answer = _marine(bot)
    choice = dataclasses.replace(answer.choice, decided=False)
    lines = format_answer(dataclasses.replace(answer, choice=choice)).splitlines()
    assert any(line.startswith("คำตอบ / Answer: ตัดสินไม่ได้ — ข้อ ข") for line in lines)
    assert any(line.startswith("? ข. การลดปริมาณขยะทะเล  score") for line in lines)


# --- an exam the documents cover whose pick they leave tied or undecided (NOTE19) ------------
# The JSON keeps the stem's verdict ("answered": the documents cover the question) and says the
# pick's doubt in the choice (decided false, tied); the page's and the terminal's first line says
# both, instead of a caution that the documents may not answer (the JSON's "answered" and the
# page's first line differed).


def _covered_undecided(bot: QABot, question: str | None = None, tied: tuple[int, ...] = ()):
    answer = _marine(bot, question=question)
    choice = dataclasses.replace(answer.choice, decided=False, tied=tied)
    return dataclasses.replace(answer, choice=choice)


def test_a_covered_exam_whose_pick_is_undecided_says_both_first(bot: QABot) -> None:
    for tied in ((), (0,)):
        answer = _covered_undecided(bot, tied=tied)
        record = answer.to_dict()
        assert record["verdict"] == "answered" and not record["choice"]["decided"]
        markup = answer_html(bot.index, answer, MARINE_CHOICES)
        assert 'class="qa-answer-block qa-answered"' in markup  # as the JSON says
        status = re.search(r'<p class="qa-status ([^"]*)">(.*?)</p>', markup)
        assert status is not None and status.group(1) == "qa-status-covered"
        assert status.group(2) == '<span lang="th">เอกสารนี้มีเรื่องที่ถาม แต่ตัดสินไม่ได้ว่าข้อใดเป็นคำตอบ</span>'
        assert markup.index("qa-status-covered") < markup.index('<p class="qa-verdict">')
        verdict = re.search(r'<p class="qa-verdict">(.*?)</p>', markup)
        assert verdict is not None and verdict.group(1).startswith("เอกสารนี้ตัดสินไม่ได้")
        # Neither the documents' answer nor the caution that they may not answer the question.
        assert "✔" not in markup and "คำตอบตามเอกสาร" not in markup and "ไม่แน่ใจ" not in markup
        lines = format_answer(answer).splitlines()
        assert lines[1] == "เอกสารนี้มีเรื่องที่ถาม แต่ตัดสินไม่ได้ว่าข้อใดเป็นคำตอบ"
        assert lines[2] == ""  # a Thai question reads Thai only
        assert any(line.startswith("คำตอบ / Answer: ตัดสินไม่ได้ — ข้อ") for line in lines)
        assert not any("คำตอบ / Answer: »" in line for line in lines)  # no hit is the answer
        assert "ไม่แน่ใจ" not in "\n".join(lines) and "คำตอบจากเอกสาร" not in lines


def test_an_english_exam_covered_but_undecided_says_both_in_english_too(bot: QABot) -> None:
    answer = _covered_undecided(bot, question="Which is environmental cooperation?")
    english = "The document covers this question but cannot decide which choice is the answer."
    markup = answer_html(bot.index, answer)
    status = re.search(r'<p class="qa-status qa-status-covered">(.*?)</p>', markup)
    assert status is not None
    assert status.group(1).index("ตัดสินไม่ได้") < status.group(1).index(english)  # Thai first
    lines = format_answer(answer).splitlines()
    assert lines[1:3] == ["เอกสารนี้มีเรื่องที่ถาม แต่ตัดสินไม่ได้ว่าข้อใดเป็นคำตอบ", english]
    assert not any(line.startswith("Not sure") for line in lines)


def test_an_undecided_pick_under_a_stem_in_doubt_keeps_the_caution(bot: QABot) -> None:
    # The stem alone uncertain: the JSON says uncertain, and so does the first line.
    answer = _marine(bot, "uncertain")
    choice = dataclasses.replace(answer.choice, decided=False)
    answer = dataclasses.replace(answer, verdict="uncertain", choice=choice)
    markup = answer_html(bot.index, answer, MARINE_CHOICES)
    assert "qa-status-covered" not in markup and 'qa-answer-block qa-uncertain"' in markup
    assert format_answer(answer).splitlines()[1].startswith("ไม่แน่ใจ:")
