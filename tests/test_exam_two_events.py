"""Two events of one kind in one sentence, each with its meeting (exam/binding.py `_event_bound`):
the event the stem asks of binds the meeting whose clause says it.

Expected values are read from the bundled document's labour paragraph
(corpus/asean_socio_cultural_community.th.txt): "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ได้ให้การรับรอง
ปฏิญญาเวียงจันทน์ว่าด้วยการเปลี่ยนผ่านจากการจ้างงานนอกระบบ … ซึ่งต่อมาได้พัฒนาไปสู่การจัดทำแผน
ปฏิบัติการภูมิภาค … ซึ่งผู้นำประเทศสมาชิกอาเซียนรับทราบในการประชุมสุดยอดอาเซียน ครั้งที่ 32": the
declaration was adopted at the 28th-29th summit, its action plan noted at the 32nd. The stems are
written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

from qa_bot import QABot, pipeline
from qa_bot.exam.binding import bound_choice
from qa_bot.exam.matching import unit_index

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "corpus" / "asean_socio_cultural_community.th.txt").read_text(encoding="utf-8")
MEETINGS = ["ครั้งที่ 28-29", "ครั้งที่ 31", "ครั้งที่ 32", "ครั้งที่ 33"]
# The document's own statement: from the adopting meeting to the noting one.
ADOPTED = re.search(r"ครั้งที่ (\S+) ได้ให้การรับรองปฏิญญาเวียงจันทน์", TEXT)
NOTED = re.search(r"แผนปฏิบัติการภูมิภาค[^\n]*?รับทราบในการประชุมสุดยอดอาเซียน ครั้งที่ (\d+)", TEXT)


def _statement() -> str:
    assert ADOPTED is not None and NOTED is not None
    return TEXT[TEXT.rfind("\n", 0, ADOPTED.start()) + 1 : NOTED.end()]


def test_the_meeting_whose_clause_says_the_asked_event_is_bound(bot: QABot) -> None:
    assert ADOPTED is not None and NOTED is not None
    assert (ADOPTED.group(1), NOTED.group(1)) == ("28-29", "32")
    ui = unit_index(bot.index)
    stem = "ปฏิญญาว่าด้วยการจ้างงานนอกระบบได้รับการรับรองในการประชุมสุดยอดอาเซียนครั้งใด"
    bound = bound_choice(ui, _statement(), stem, MEETINGS, [0, 2])
    assert bound is not None and MEETINGS[bound] == f"ครั้งที่ {ADOPTED.group(1)}"


def test_a_stem_asking_of_the_other_things_event_is_not_bound_to_the_adopting_meeting(
    bot: QABot,
) -> None:
    # The action plan was noted at the 32nd; a stem that asks of the plan is read with the
    # relative clause that names it, not bound to the declaration's adopting meeting.
    ui = unit_index(bot.index)
    stem = "แผนปฏิบัติการภูมิภาคเพื่ออนุวัติปฏิญญาเวียงจันทน์ได้รับการรับรองในการประชุมสุดยอดอาเซียนครั้งใด"
    assert bound_choice(ui, _statement(), stem, MEETINGS, [0, 2]) != 0


def test_two_summits_in_one_sentence_no_longer_tie(bot: QABot) -> None:
    # Scored 0.80 and 0.78 (the 32nd's clause writes the stem's words too): tied before.
    answer = pipeline.ask(
        bot.index,
        "ปฏิญญาว่าด้วยการเปลี่ยนผ่านงานนอกระบบเป็นงานในระบบ ได้รับการรับรองในการประชุมสุดยอดอาเซียนครั้งใด",
        choices=MEETINGS,
        config=bot.config,
    )
    assert answer.choice is not None
    assert MEETINGS[answer.choice.index] == "ครั้งที่ 28-29"
    assert answer.choice.decided and not answer.choice.tied
