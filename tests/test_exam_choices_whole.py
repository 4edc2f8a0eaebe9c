"""Exams the tester left undecided or wrong (FRESH13 §6), by kind: a topicless stem whose
distractors change one value of a true claim, "ไม่มีข้อใดถูก" / "None of the above" when the
document places the thing elsewhere, and choices that are the document's own sector headings.

Expected values are the document's (corpus/asean_socio_cultural_community.th.txt):
"ในการประชุมสุดยอดอาเซียน ครั้งที่ 31 … ณ กรุงมะนิลา ฟิลิปปินส์" (the 32nd at สิงคโปร์);
"… (ASEAN Centre for Active Ageing and Innovation: ACAI) ที่กรุงเทพฯ"; "ที่ประชุม AMCA ครั้งที่ 8
รับรองข้อเสนอของไทยในการกำหนดให้ปี 2562 เป็นปีแห่งวัฒนธรรมอาเซียน"; "… (SAMCA) เมื่อวันที่ 10
กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์"; the marine-debris conference "… ค.ศ. 2017 ที่จังหวัดภูเก็ต" (no
เชียงใหม่, ขอนแก่น or ระยอง anywhere); the AQRF paragraph stands in the Education sector (การศึกษา)
and writes "ผู้เรียน/แรงงาน" in passing.
"""

from __future__ import annotations

import pytest

SUMMIT_31 = "การประชุมสุดยอดครั้งที่ 31 จัดที่"


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        (
            "ข้อใดถูก",
            [SUMMIT_31 + place for place in ("มะนิลา", "สิงคโปร์", "เวียงจันทน์", "กรุงเทพฯ")],
            0,
        ),
        (
            "ข้อใดถูกต้อง",
            [f"ปี {year} เป็นปีแห่งวัฒนธรรมอาเซียน" for year in (2562, 2561, 2563)] + ["ไม่มีข้อใดถูก"],
            0,
        ),
        ("ข้อใดถูกต้อง", [f"ACAI ตั้งที่{p}" for p in ("กรุงเทพฯ", "สิงคโปร์", "มะนิลา", "ชัยนาท")], 0),
        (
            "Which of the following is correct?",
            [f"SAMCA was held in {p}" for p in ("Singapore", "Bangkok", "Manila", "Jakarta")],
            0,
        ),
    ],
)
def test_a_claim_is_said_only_where_all_of_it_is(bot, stem, choices, right) -> None:
    # The distractors share every word but one value with the true claim: the sentence on
    # another summit or year says most of their words, not the claim.
    answer = bot.ask(stem, choices=choices)
    assert answer.choice is not None and answer.choice.index == right
    assert answer.choice.decided and not answer.choice.tied
    assert answer.verdict == "answered"  # not the stem's own "the document does not say"


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        (
            "การประชุมเรื่องขยะทะเลของอาเซียนจัดขึ้นที่จังหวัดใด",
            ["เชียงใหม่", "ขอนแก่น", "ระยอง", "ไม่มีข้อใดถูก"],
        ),
        (
            "In which province was the ASEAN meeting on marine debris held?",
            ["Chiang Mai", "Khon Kaen", "Rayong", "None of the above"],
        ),
        ("ข้อใดถูก", [SUMMIT_31 + p for p in ("สิงคโปร์", "กรุงเทพฯ")] + ["ไม่มีข้อใดถูก"]),
    ],
)
def test_none_of_the_above_when_the_document_says_none_of_them(bot, stem, choices) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == len(choices) - 1
    assert choice.decided and not choice.tied


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        (
            "In which province was the ASEAN meeting on marine debris held?",
            ["Chiang Mai", "Phuket", "Rayong", "None of the above"],
            1,
        ),
        # "ครั้งที่ 31 … ณ กรุงมะนิลา": Manila is said in words the English claim does not
        # match whole ("Summit", "31st"), and not said otherwise: "none" is no answer.
        (
            "Which is correct?",
            [
                "The 31st ASEAN Summit was held in Singapore",
                "The 31st ASEAN Summit was held in Manila",
                "None of the above",
            ],
            1,
        ),
    ],
)
def test_none_of_the_above_is_not_picked_over_a_choice_the_document_says(
    bot, stem, choices, right
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == right


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        ("ความร่วมมือด้านใดมีการจัดทำ AQRF", ["การศึกษา", "แรงงาน", "สาธารณสุข", "สิ่งแวดล้อม"]),
        (
            "Which cooperation area developed the AQRF?",
            ["Education", "Labour", "Health", "Environment"],
        ),
    ],
)
def test_a_heading_is_said_where_the_document_speaks_under_it(bot, stem, choices) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 0 and choice.decided
    assert choice.evidence[0] is not None and choice.evidence[0].section_id == 1


def test_choices_that_are_headings_are_recognised(bot) -> None:
    from qa_bot.exam.sectors import sector_choices

    doc = bot.index.passages[0].doc_id
    assert sector_choices(bot.index, "ข้อใด", ["การศึกษา", "Culture and the arts"]) == [
        frozenset({(doc, 1)}),
        frozenset({(doc, 2)}),
    ]
    assert sector_choices(bot.index, "ข้อใด", ["การศึกษา", "การให้ทุนการศึกษา"]) is None
