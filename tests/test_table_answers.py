"""Fee tables as answers (FRESH17 §4): a Markdown table's row states its amount under its
header ("รายการ: ค่ารถตู้ | จำนวนเงิน (บาท): 300 | หมายเหตุ: ไป-กลับ", the row "| ค่ารถตู้ | 300 |
ไป-กลับ |" under "| รายการ | จำนวนเงิน (บาท) | หมายเหตุ |" as extract/markdown.py stores it), so
it answers "how much" over the table's lead-in line, which states none; and a question asking
the total is answered by the totals row ("| รวม | 900 | |"). Expected values are the notice's
own words."""

from __future__ import annotations

import pytest

from qa_bot import QABot
from qa_bot.answer.tables import asks_total

NOTICE = "\n".join(
    [
        "# ประกาศชมรมดาราศาสตร์ เรื่อง การไปชมท้องฟ้าจำลอง",
        "",
        "## วันเดินทาง",
        "",
        "ชมรมดาราศาสตร์จะพาสมาชิกไปชมท้องฟ้าจำลองกรุงเทพในวันเสาร์ที่ 6 กุมภาพันธ์ 2570"
        " รถตู้ออกจากหน้าโรงเรียนเวลา 07.30 น.",
        "",
        "## ค่าใช้จ่าย",
        "",
        "ค่าใช้จ่ายของสมาชิกแต่ละคนเป็นไปตามตารางด้านล่างนี้",
        "",
        "| รายการ | จำนวนเงิน (บาท) | หมายเหตุ |",
        "|---|---|---|",
        "| ค่ารถตู้ | 300 | ไป-กลับ |",
        "| ค่าบัตรเข้าชมท้องฟ้าจำลอง | 150 | ราคานักเรียน |",
        "| ค่าอาหารกลางวัน | 450 | บุฟเฟต์ |",
        "| รวม | 900 | |",
        "",
        "## ผู้ดูแล",
        "",
        "ครูอำนาจ ดาวเรือง ที่ปรึกษาชมรมดาราศาสตร์ เป็นผู้ดูแลการเดินทาง",
        "",
    ]
)


def test_a_question_asking_the_total_is_told_from_one_asking_a_part() -> None:
    assert asks_total("ค่าใช้จ่ายรวมทั้งหมดเท่าไร")
    assert asks_total("How much does the trip cost in total?")
    assert not asks_total("ค่ารถตู้คนละเท่าไร")
    assert not asks_total("ค่าใช้จ่ายรวมถึงค่าอาหารหรือไม่")  # รวมถึง: including


@pytest.fixture(scope="module")
def notice(bot_over) -> QABot:
    return bot_over("planetarium", {"planetarium.md": NOTICE})


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("ค่ารถตู้คนละเท่าไร", "รายการ: ค่ารถตู้ | จำนวนเงิน (บาท): 300 | หมายเหตุ: ไป-กลับ"),
        ("ค่าใช้จ่ายรวมทั้งหมดเท่าไร", "รายการ: รวม | จำนวนเงิน (บาท): 900"),
        ("How much does the trip cost in total?", "รายการ: รวม | จำนวนเงิน (บาท): 900"),
    ],
)
def test_the_row_stating_the_amount_is_the_answer(notice: QABot, question: str, said: str) -> None:
    answer = notice.ask(question)
    assert answer.hits[0].answer_sentence == said
