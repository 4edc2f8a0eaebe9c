"""English questions over the Thai document are judged by the scope model's dense_only part
(language-neutral features); a place level or measure the best passage lacks is one of them,
as it is for Thai questions."""

from __future__ import annotations

import re

from qa_bot.scope_model import SCOPE_MODEL

from .conftest import ASEAN_FILE


def test_a_province_the_passage_does_not_name_counts_for_english_questions(bot) -> None:
    # The document plans the centre without naming a province: "ไทยมีแผนที่จะจัดตั้ง
    # ศูนย์อบรมอาเซียนด้านสังคมสงเคราะห์และสวัสดิการสังคม (ASEAN Traning Centre for Social Work
    # and Social Welfare) ด้วย".
    text = ASEAN_FILE.read_text(encoding="utf-8")
    assert "(ASEAN Traning Centre for Social Work and Social Welfare) ด้วย" in text
    answer = bot.ask(
        "In which province will the ASEAN social work training centre that Thailand is "
        "setting up be located?"
    )
    values = answer.evidence.values
    assert values["dense_only"] == 1.0 and values["unit_missing"] == 1.0
    assert SCOPE_MODEL.dense_only is not None
    assert SCOPE_MODEL.dense_only.coefficients["unit_missing"] < 0
    assert answer.verdict != "answered"


def test_an_english_count_is_checked_against_the_unit_the_document_counts_in(bot) -> None:
    # The document counts the blueprint's traits ("มีคุณลักษณะ 5 ข้อ") and its fields ("ประกอบด้วย
    # 15 สาขา"), never the levels of the AQRF.
    text = ASEAN_FILE.read_text(encoding="utf-8")
    assert "มีคุณลักษณะ 5 ข้อ" in text and "15 สาขา" in text
    assert not re.search(r"\d+\s*ระดับ", text)
    traits = bot.ask("How many characteristics does the ASEAN Socio-Cultural Blueprint have?")
    assert "มีคุณลักษณะ 5 ข้อ" in traits.hits[0].text
    assert traits.evidence.values["unit_missing"] == 0.0
    levels = bot.ask("How many levels does the ASEAN Qualifications Reference Framework have?")
    assert levels.evidence.values["unit_missing"] == 1.0
    assert levels.verdict != "answered"
