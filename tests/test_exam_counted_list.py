"""Stems that count their list ("one of the 15 sectors"): the document's list of that many items
decides membership (exam/counting.py `counted_list`, `unlisted_choices`; exam/negative.py
`unlisted`, exam/dated.py `listed_member`, exam/none.py `none_unknown` / `none_said`).

Expected values come from the bundled document's overview: "กรอบความร่วมมือภายใต้เสาประชาคมสังคม
และวัฒนธรรมอาเซียน ประกอบด้วย 15 สาขา ดังนี้ การศึกษา กีฬา วัฒนธรรมและศิลปะ สารสนเทศ แรงงาน
เยาวชน สตรี เด็ก ราชการพลเรือน สวัสดิการสังคมและการพัฒนา การพัฒนาชนบทและการขจัดความยากชน
สาธารณสุข การจัดการภัยพิบัติ มลพิษจากหมอกควันข้ามแดน และสิ่งแวดล้อม" — sports and youth are
sectors; tourism (การท่องเที่ยว, which the document writes elsewhere), trade, defence, banking
and the military are not.
"""

from __future__ import annotations

from qa_bot import pipeline
from qa_bot.exam.counting import counted_list, list_counts, stem_counts


def test_the_count_a_stem_gives_its_list() -> None:
    assert stem_counts("Which is NOT one of the 15 sectors of the ASCC pillar?") == {15}
    assert stem_counts("ข้อใดไม่ใช่ 1 ใน 15 สาขาความร่วมมือ") == {15}
    assert stem_counts("Which belongs to the fifteen sectors?") == {15}
    # Ordinals, years and Thai ordinals are no counts.
    assert stem_counts("Where was the 8th AMCA meeting held in 2018?") == frozenset()
    assert stem_counts("ที่ประชุม AMCA ครั้งที่ 8 จัดขึ้นที่ใด") == frozenset()


def test_the_documents_list_of_fifteen_sectors(bot) -> None:
    listed = counted_list(bot.index, "Which is NOT one of the 15 sectors of the ASCC pillar?")
    assert listed is not None and "15 สาขา" in listed.text and list_counts(listed.text) == [15]
    assert "กีฬา" in listed.items and "เยาวชน" in listed.items and "สาธารณสุข" in listed.items
    assert "การท่องเที่ยว" not in listed.text
    assert counted_list(bot.index, "Which of these is a sector of the ASCC?") is None


def _pick(bot, stem: str, choices: list[str]) -> tuple[int | None, bool]:
    answer = pipeline.ask(bot.index, stem, choices=choices, config=bot.config)
    return (answer.choice.index, answer.choice.decided) if answer.choice else (None, False)


def test_the_choice_the_counted_list_lacks_under_a_negative_stem(bot) -> None:
    stem = (
        "Which of the following is NOT among the fifteen sectors of the ASEAN Socio-Cultural "
        "Community pillar?"
    )
    choices = ["sport", "civil service", "haze pollution across borders", "tourism"]
    assert _pick(bot, stem, choices) == (3, True)


def test_the_one_choice_the_counted_list_writes_under_a_positive_stem(bot) -> None:
    stem = (
        "Which of the following is one of the 15 sectors of cooperation of the ASEAN "
        "Socio-Cultural Community?"
    )
    assert _pick(bot, stem, ["banking", "youth", "military", "None of the above"]) == (1, True)
    stem = "Which of these is one of the fifteen sectors of the ASEAN Socio-Cultural Community?"
    assert _pick(bot, stem, ["trade", "defence", "sports", "none of the above"]) == (2, True)


def test_none_when_no_choice_is_in_the_counted_list(bot) -> None:
    stem = "Which belongs to the fifteen sectors of ASEAN's socio-cultural pillar?"
    assert _pick(bot, stem, ["trade", "defence", "tourism", "none of these"])[0] == 3


def test_a_sector_glossed_as_a_synonym_of_its_list_item_is_not_ruled_out(bot) -> None:
    # "health" is glossed สุขภาพ; the list writes สาธารณสุข (public health): a close sense, no
    # ground for "not in the list" — banking, which the document never names, is the one.
    stem = "Which of these is one of the 15 socio-cultural sectors of ASEAN?"
    assert _pick(bot, stem, ["banking", "health", "military", "None of the above"])[0] == 1
    stem = "Which of these is NOT among the 15 socio-cultural sectors of ASEAN?"
    assert _pick(bot, stem, ["sports", "youth", "banking", "health"])[0] == 2
    # … nor is it the one apart from the others because its word is found in its own section.
    assert _pick(bot, stem, ["sports", "health", "women", "tourism"]) == (3, True)


def test_a_pick_the_counted_list_does_not_write_is_not_decided(bot) -> None:
    # The 15 sectors do not include tourism (การท่องเที่ยว, written elsewhere: what disasters
    # harm); haze pollution (มลพิษจากหมอกควันข้ามแดน) and the civil service (ราชการพลเรือน) are
    # sectors the English words do not reach.
    stem = "Which is one of the 15 areas of ASCC cooperation?"
    for choices in (
        ["Tourism", "Civil service", "Military", "Trade"],
        ["Tourism", "Haze pollution", "Banking", "Transport"],
    ):
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None
        assert choice.index != 0
