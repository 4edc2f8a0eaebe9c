"""The field of cooperation a stem names, and a real name from another field set aside
(exam/fields.py; FRESH25 K3). Expected values come from the bundled document's sections: the
Social Welfare and Development section ("สวัสดิการสังคมและการพัฒนา") writes "ดัชนีการพัฒนาเยาวชน
อาเซียน (ASEAN Youth Development Index) ฉบับที่หนึ่ง"; the Labour section ("แรงงาน") the
"ASEAN-OSHNET Initiatives"; the Education section the "ASEAN Qualifications Reference Framework";
the Disaster Management section the AADMER. The stems are written for this test."""

from __future__ import annotations

from qa_bot import QABot
from qa_bot.exam.fields import field_named


def _section(bot: QABot, label_en: str) -> tuple[str, int]:
    passage = next(p for p in bot.index.passages if p.section_label_en == label_en)
    return passage.doc_id, passage.section_id


def test_a_stem_names_a_field_by_its_whole_label_in_a_fields_frame(bot: QABot) -> None:
    welfare = _section(bot, "Social Welfare and Development")
    labour = _section(bot, "Labour")
    health = _section(bot, "Health")
    named = field_named(
        bot.index, "Which came out of ASEAN's social welfare and development cooperation?"
    )
    assert named is not None and welfare in named
    named = field_named(bot.index, "Which of these belongs to ASEAN cooperation on labour?")
    assert named is not None and labour in named
    named = field_named(bot.index, "ข้อใดเป็นผลงานของความร่วมมือด้านสาธารณสุขของอาเซียน")
    assert named is not None and health in named
    # a label's word in another sense, or no field's frame, names none
    assert field_named(bot.index, "Which network improves occupational safety and health?") is None
    assert field_named(bot.index, "Which declaration is about education for youth?") is None
    # two fields named: none
    assert field_named(bot.index, "Which links labour cooperation and health cooperation?") is None


def test_a_real_name_from_another_field_is_not_what_a_field_produced(bot: QABot) -> None:
    choices = [
        "the ASEAN-OSHNET initiatives",
        "the first ASEAN Youth Development Index",
        "the ASEAN Qualifications Reference Framework",
        "the AADMER",
    ]
    stem = (
        "Which of the following was produced by ASEAN's social welfare and development cooperation?"
    )
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 1, choice.scores
    # Where the stem names the labour field, the labour section's initiatives are its product.
    stem = "Which of the following was produced by ASEAN labour cooperation?"
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 0, choice.scores
