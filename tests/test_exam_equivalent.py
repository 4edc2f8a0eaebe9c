"""One value offered twice — a year in both eras — is no answer of a one-answer exam
(aside.equivalent_choices). Expected values are read from the bundled document: the 33rd
summit "ได้รับรองแผนแม่บทอาเซียน พ.ศ. 2568 เพื่อบูรณาการสิทธิคนพิการ", dated in the same sentence."""

from __future__ import annotations

import re
from pathlib import Path

from qa_bot import QABot

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "corpus" / "asean_socio_cultural_community.th.txt").read_text(encoding="utf-8")
STEM = "แผนแม่บทอาเซียนเพื่อบูรณาการสิทธิคนพิการผ่านการรับรองเมื่อปีใด"


def _adopted() -> tuple[str, str]:
    """The year the document dates the adoption in (ค.ศ.) and the year in the plan's name (พ.ศ.)."""
    found = re.search(r"ค\.ศ\. (\d{4}) \S+ ได้รับรองแผนแม่บทอาเซียน พ\.ศ\. (\d{4}) เพื่อบูรณาการ", TEXT)
    assert found is not None
    return found.group(1), found.group(2)


def test_one_value_offered_in_both_eras_is_not_the_answer(bot: QABot) -> None:
    adopted, named = _adopted()
    # The plan's year twice (Buddhist and Common Era) and a year the document never gives it:
    # none of them is when it was adopted.
    wrong = str(int(adopted) + 543 - 1)
    assert wrong not in TEXT
    choices = [f"ค.ศ. {int(named) - 543}", f"พ.ศ. {named}", f"พ.ศ. {wrong}", "ไม่มีข้อใดถูก"]
    answer = bot.ask(STEM, choices=choices)
    assert answer.choice is not None and answer.choice.decided
    assert choices[answer.choice.index] == "ไม่มีข้อใดถูก"
