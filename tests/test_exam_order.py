"""Exam stems about the order of events: decided from the dates the document gives each choice.

Every expected value is read from the bundled document (corpus/asean_socio_cultural_community
.th.txt), the date each event has there:
  - Zika video conference, Thailand's initiative: "เมื่อวันที่ 19 กันยายน ค.ศ. 2016"
  - HIV/AIDS statement: "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 รับรองแถลงการณ์…" (no date there; the
    document dates that summit in the education sector: "ครั้งที่ 28-29 ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016")
  - consensus on migrant workers: summit 31, "ระหว่างวันที่ 13-14 พฤศจิกายน ค.ศ. 2017"
  - marine debris conference in Phuket: "ระหว่างวันที่ 22 – 23 พฤศจิกายน ค.ศ. 2017"
  - SAMCA: "เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์"
  - ASEAN-China workshop in Phuket: "ระหว่างวันที่ 11-13 สิงหาคม ค.ศ. 2018"
  - AMCA 8 adopts the Yogyakarta declaration: "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018"
  - Thailand to host ASCN's second meeting: "ในปี 2562" (Buddhist era: 2019)
"""

from __future__ import annotations

from datetime import date

import pytest

from qa_bot.exam.dates import Period, meeting_dates, time_expressions
from qa_bot.exam.order import (
    EARLIEST,
    LATEST,
    choice_date,
    choice_year,
    meeting_year_verdict,
    order_asked,
    order_candidates,
    sequence_asked,
    sequence_candidates,
    sequence_steps,
    stem_meetings,
)

ZIKA = "ไทยริเริ่มจัดการประชุม Special VDO Conference on the Threat of Zika virus"
HIV = "ที่ประชุมสุดยอดอาเซียนรับรองแถลงการณ์ว่าด้วยการยุติเอชไอวีและเอดส์"
CONSENSUS = "ผู้นำอาเซียนลงนามฉันทามติว่าด้วยการคุ้มครองและส่งเสริมสิทธิแรงงานต่างด้าว"
DEBRIS = "การประชุมเรื่องการลดปริมาณขยะทะเลในกลุ่มประเทศสมาชิกอาเซียน"
SAMCA = "การประชุม SAMCA ที่สิงคโปร์"
WORKSHOP = "การประชุมเชิงปฏิบัติการอาเซียน-จีนว่าด้วยการปกป้องสิ่งแวดล้อมทางทะเล"
AMCA = "ที่ประชุม AMCA ครั้งที่ 8 รับรองปฏิญญายอกยาการ์ตา"
ASCN = "ไทยเป็นเจ้าภาพจัดการประชุม ASCN ครั้งที่ 2"


def days(y: int, m: int, d1: int, d2: int | None = None) -> Period:
    return Period(date(y, m, d1), date(y, m, d2 or d1))


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31))


# --- what the stem asks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("ข้อใดเกิดขึ้นช้าที่สุด", LATEST),
        ("ข้อใดเป็นเหตุการณ์ที่เกิดขึ้นช้าที่สุดในปี ค.ศ. 2018", LATEST),
        ("เหตุการณ์ใดจัดขึ้นเร็วที่สุด", EARLIEST),
        ("ข้อใดเกิดขึ้นก่อน", EARLIEST),
        ("ข้อใดเกิดขึ้นหลัง?", LATEST),
        ("ข้อใดเป็นเหตุการณ์ล่าสุด", LATEST),
        ("ข้อใดเกิดขึ้นเป็นลำดับแรก", EARLIEST),
        ("เหตุการณ์ใดเป็นลำดับสุดท้าย", LATEST),
        ("ข้อใดเกิดก่อนสุด", EARLIEST),
        ("Which of these took place first?", EARLIEST),
        ("Which event is the most recent?", LATEST),
        ("Which was the earliest?", EARLIEST),
        ("Which happened last?", LATEST),
        # not about time, or about another event than the choices
        ("ข้อใดสำคัญที่สุด", None),
        ("ข้อใดที่ไทยให้ความสำคัญเป็นอันดับแรก", None),
        ("ประเทศใดมีประชากรเพิ่มขึ้นเร็วที่สุด", None),
        ("ข้อใดเกิดขึ้นก่อนการประชุม SAMCA", None),
        ("What is the first characteristic of the blueprint?", None),
        ("ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน", None),
    ],
)
def test_order_stems_are_recognised(stem: str, expected: str | None) -> None:
    assert order_asked(stem) == expected


def test_sequence_stems_need_sequence_choices_and_read_their_direction() -> None:
    seqs = ["ก → ข → ค", "ข -> ก -> ค", "ค → ก → ข"]
    assert sequence_steps("ก → ข → ค") == ["ก", "ข", "ค"]
    assert sequence_steps("การประชุม SAMCA") == []
    assert sequence_asked("ข้อใดเรียงลำดับเหตุการณ์จากก่อนไปหลังได้ถูกต้อง", seqs) == EARLIEST
    assert sequence_asked("ข้อใดเรียงลำดับเหตุการณ์จากหลังไปก่อนได้ถูกต้อง", seqs) == LATEST
    assert sequence_asked("Which lists the events in chronological order?", seqs) == EARLIEST
    assert sequence_asked("Order the events from latest to earliest", seqs) == LATEST
    assert sequence_asked("ข้อใดเรียงลำดับเหตุการณ์ได้ถูกต้อง", ["ก", "ข", "ค"]) is None


# --- dates in text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ระหว่างวันที่ 13-15 พฤศจิกายน ค.ศ. 2018 ที่สิงคโปร์", days(2018, 11, 13, 15)),
        ("ระหว่างวันที่ 22 – 23 พฤศจิกายน ค.ศ. 2017", days(2017, 11, 22, 23)),
        ("เมื่อวันที่ ๒๔ ต.ค. ๒๕๖๑", days(2018, 10, 24)),  # Thai digits, Buddhist era
        ("เมื่อวันที่ 24 ตุลาคม พ.ศ. 2561", days(2018, 10, 24)),
        ("เมื่อเดือนกรกฎาคม 2018", Period(date(2018, 7, 1), date(2018, 7, 31))),
        ("on 10 July 2018 in Singapore", days(2018, 7, 10)),
        ("on July 10, 2018", days(2018, 7, 10)),
        ("ในปี 2562 ที่ไทยเป็นประธาน", year(2019)),  # unmarked Buddhist-era year
        ("ในปี ค.ศ. 2019", year(2019)),
        ("in 2017", year(2017)),
    ],
)
def test_time_expressions_in_both_eras(text: str, expected: Period) -> None:
    assert [p for _, _, p in time_expressions(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "แผนแม่บทอาเซียน พ.ศ. 2568 เพื่อบูรณาการสิทธิคนพิการ",  # a year naming a plan
        "วิสัยทัศน์ประชาคมสังคมและวัฒนธรรมอาเซียน ปี ค.ศ. 2025",
        "พลวัตภายในปี ค.ศ. 2025",  # a deadline
        "To End the AIDS Epidemic by 2030",
        "ครั้งที่ 28-29",
    ],
)
def test_years_that_name_things_or_deadlines_are_not_dates(text: str) -> None:
    assert time_expressions(text) == []


def test_numbered_meetings_take_the_date_the_document_gives_them(source_text: str) -> None:
    dated = meeting_dates(source_text)
    assert dated[("สุดยอดอาเซียน", "28-29")] == days(2016, 9, 6, 8)
    assert dated[("สุดยอดอาเซียน", "31")] == days(2017, 11, 13, 14)  # written twice, the same
    assert dated[("สุดยอดอาเซียน", "32")] == days(2018, 4, 27, 28)
    assert dated[("สุดยอดอาเซียน", "33")] == days(2018, 11, 13, 15)


# --- deciding from periods --------------------------------------------------------------------


def test_candidates_are_the_choices_nothing_dated_lies_beyond() -> None:
    periods = [days(2018, 7, 10), days(2017, 11, 13, 14), None, year(2018)]
    assert order_candidates(periods, range(4), EARLIEST) == [1, 2]
    # 2018 as a whole overlaps 10 July 2018: the dates cannot tell which came last.
    assert order_candidates(periods, range(4), LATEST) == [0, 2, 3]
    assert order_candidates(periods[:2], range(2), LATEST) == [0]


def test_sequences_surely_in_order_win_then_those_not_contradicted() -> None:
    a, b, c = days(2016, 9, 6), days(2017, 11, 13), days(2018, 4, 27)
    steps = [[a, b, c], [b, a, c], [a, None, c], [c, b, a]]
    assert sequence_candidates(steps, range(4), EARLIEST) == [0]
    assert sequence_candidates(steps, range(4), LATEST) == [3]
    assert sequence_candidates(steps[1:3], range(2), EARLIEST) == [1]  # [a, ?, c] not contradicted
    assert sequence_candidates([[b, a]], range(1), EARLIEST) == [0]  # all contradicted: all open


# --- through the public API, with the document's dates ----------------------------------------


def test_latest_and_earliest_are_decided_by_the_dates(bot) -> None:
    choices = [SAMCA, CONSENSUS, ZIKA, AMCA]
    latest = bot.ask("ข้อใดเกิดขึ้นช้าที่สุด", choices=choices).choice
    assert latest is not None and latest.index == 3 and latest.tied == ()  # 24 Oct 2018
    earliest = bot.ask("ข้อใดเกิดขึ้นเร็วที่สุด", choices=choices).choice
    assert earliest is not None and earliest.index == 2 and earliest.tied == ()  # 19 Sep 2016


def test_english_stems_over_thai_choices(bot) -> None:
    choices = [WORKSHOP, DEBRIS, SAMCA, CONSENSUS]
    first = bot.ask("Which of these took place first?", choices=choices).choice
    assert first is not None and first.index == 3  # 13-14 Nov 2017, before 22-23 Nov 2017
    last = bot.ask("Which event is the most recent?", choices=choices).choice
    assert last is not None and last.index == 0  # 11-13 Aug 2018


def test_a_buddhist_era_year_is_compared_with_christian_era_dates(bot) -> None:
    choices = [AMCA, SAMCA, ASCN, WORKSHOP]
    last = bot.ask("ข้อใดจะเกิดขึ้นหลังสุด", choices=choices).choice
    assert last is not None and last.index == 2  # ในปี 2562 = 2019, after every 2018 date


def test_a_numbered_meeting_is_dated_where_the_document_dates_it(bot) -> None:
    choices = [SAMCA, ZIKA, HIV, CONSENSUS]
    first = bot.ask("ข้อใดเกิดขึ้นก่อนสุด", choices=choices).choice
    assert first is not None and first.index == 2  # summit 28-29: 6-8 Sep 2016


def test_sequences_are_checked_against_the_dates(bot) -> None:
    forward = [
        f"{SAMCA} → {DEBRIS} → {WORKSHOP}",
        f"{DEBRIS} → {SAMCA} → {WORKSHOP}",
        f"{WORKSHOP} → {DEBRIS} → {SAMCA}",
        f"{DEBRIS} → {WORKSHOP} → {SAMCA}",
    ]
    ask = "ข้อใดเรียงลำดับเหตุการณ์ด้านสิ่งแวดล้อม{}ได้ถูกต้อง"
    choice = bot.ask(ask.format("จากก่อนไปหลัง"), choices=forward).choice
    assert choice is not None and choice.index == 1 and choice.tied == ()
    backward = [" → ".join(reversed(c.split(" → "))) for c in forward]
    choice = bot.ask(ask.format("จากหลังไปก่อน"), choices=backward).choice
    assert choice is not None and choice.index == 1 and choice.tied == ()


def test_choices_the_dates_cannot_separate_are_reported_as_tied(bot) -> None:
    # Where the document says them, only the marine debris conference has a date (22-23 Nov
    # 2017): the three undated ones cannot be ruled out, and the verdict says so.
    choices = ["การให้ทุนการศึกษา", "การลดปริมาณขยะทะเล", "ดัชนีการพัฒนาเยาวชน", "กรอบคุณวุฒิอ้างอิง"]
    ordered = bot.ask("ข้อใดเกิดขึ้นก่อนสุด", choices=choices).choice
    assert ordered is not None and ordered.index is not None
    assert sorted((ordered.index, *ordered.tied)) == [0, 1, 2, 3]


# --- the year of a numbered meeting the stem names -------------------------------------------


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        # "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม … (AMCA) ครั้งที่ 8": 2018 is พ.ศ. 2561; the
        # sentence after it says "ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอ … ให้ปี 2562 เป็นปีแห่ง
        # วัฒนธรรมอาเซียน", a year the meeting named, not when it met.
        (
            "ที่ประชุม AMCA ครั้งที่ 8 จัดขึ้นในปี พ.ศ. ใด",
            ["พ.ศ. 2559", "พ.ศ. 2560", "พ.ศ. 2561", "พ.ศ. 2562"],
        ),
        (
            "In which Buddhist Era year was the 8th AMCA held?",
            ["B.E. 2559", "B.E. 2560", "B.E. 2561", "B.E. 2562"],
        ),
        ("In which year did the 8th AMCA meet?", ["2016", "2017", "2018", "2019"]),
    ],
)
def test_a_numbered_meeting_is_in_the_year_the_document_dates_it(bot, stem, choices) -> None:
    content = list(range(len(choices)))
    assert meeting_year_verdict(bot.index, stem, choices, content) == 2
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 2 and choice.decided and not choice.tied


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        # negative stem, a choice that is more than a year, no meeting named, a meeting the
        # document does not date ("ครั้งที่ 2" of ASCN has no date beside it), no choice holding it
        ("ข้อใดไม่ใช่ปีที่ที่ประชุม AMCA ครั้งที่ 8 จัดขึ้น", ["พ.ศ. 2559", "พ.ศ. 2561"]),
        ("ที่ประชุม AMCA ครั้งที่ 8 จัดขึ้นเมื่อใด", ["พ.ศ. 2561 ที่ยอกยาการ์ตา", "พ.ศ. 2560"]),
        ("ปฏิญญาเวียงจันทน์รับรองในปีใด", ["2016", "2017", "2018"]),
        ("ที่ประชุม AMCA ครั้งที่ 8 จัดขึ้นในปีใด", ["2015", "2016", "2017"]),
    ],
)
def test_the_meeting_year_rule_stays_out_where_it_cannot_say(bot, stem, choices) -> None:
    assert meeting_year_verdict(bot.index, stem, choices, list(range(len(choices)))) is None


def test_year_choices_and_named_meetings_are_read_in_both_languages() -> None:
    assert choice_year("พ.ศ. 2561") == choice_year("B.E. 2561") == choice_year("ค.ศ. 2018")
    assert choice_year("2018") == Period(date(2018, 1, 1), date(2018, 12, 31))
    assert choice_year("24 ตุลาคม 2561") is None  # more than a year
    assert stem_meetings("ที่ประชุม AMCA ครั้งที่ 8 จัดขึ้นในปี พ.ศ. ใด") == {("AMCA", "8")}
    assert stem_meetings("When was the 8th AMCA held?") == {("AMCA", "8")}


def test_one_month_table_reads_full_short_and_english_names() -> None:
    # exam/dates is the one month table: claims read "ตุลา" (everyday short form) as the
    # document's "ตุลาคม", English dates are read through the same numbers.
    from qa_bot.exam.dates import month_numbers, months_named
    from qa_bot.exam.matching import thai_months

    assert months_named("24 ตุลา 2018 และ 11-13 สิงหาคม 2018") == {10, 8}
    assert months_named("ตุลาการ") == frozenset()  # a judge, not October
    assert month_numbers()["oct"] == month_numbers()["ต.ค."] == 10
    assert thai_months("24 October 2018") == "24 ตุลาคม 2018"


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        (
            "How many days did the 33rd ASEAN Summit last?",
            ["Two days", "Three days", "Four days", "One day"],
        ),
        ("การประชุมสุดยอดอาเซียน ครั้งที่ 33 จัดขึ้นกี่วัน", ["2 วัน", "3 วัน", "4 วัน", "1 วัน"]),
    ],
)
def test_how_many_days_a_meeting_lasted_is_the_length_of_its_date(bot, stem, choices) -> None:
    # "การประชุมสุดยอดอาเซียน ครั้งที่ 33 ระหว่างวันที่ 13-15 พฤศจิกายน ค.ศ. 2018": three days.
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 1 and choice.decided


def test_a_pair_of_summits_named_in_english_is_the_documents_pair(bot) -> None:
    # "การประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016": three days.
    stem = "Over how many days did the 28th and 29th ASEAN Summits run?"
    choice = bot.ask(stem, choices=["two", "four", "three", "five"]).choice
    assert choice is not None and choice.index == 2 and choice.decided


def test_a_count_of_days_is_read_in_words_or_digits() -> None:
    from qa_bot.exam.order import choice_days

    assert [choice_days(c) for c in ("Three days", "3 วัน", "สามวัน", "1 day")] == [3, 3, 3, 1]
    assert choice_days("three") == 3 and choice_days("การจัดการ") is None
    assert choice_days("Two weeks") is None and choice_days("13-15 November") is None


# --- "none of the above" beside near-miss dates (FRESH22 K4) -----------------------------------


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        # "การประชุมสุดยอดอาเซียน ครั้งที่ 33 ระหว่างวันที่ 13-15 พฤศจิกายน ค.ศ. 2018": none of these
        # is that date; the second-last shares its month and first day, not its year. The judge
        # found the stem alone not_found, so "none" could not be picked before.
        (
            "การประชุมสุดยอดอาเซียน ครั้งที่ 33 จัดขึ้นในช่วงเวลาใด",
            [
                "6-8 กันยายน ค.ศ. 2016",
                "27-28 เมษายน ค.ศ. 2018",
                "13-14 พฤศจิกายน ค.ศ. 2017",
                "ไม่มีข้อใดถูก",
            ],
        ),
        (
            "When was the 33rd ASEAN Summit held?",
            ["6-8 September 2016", "27-28 April 2018", "13-14 November 2017", "None of the above"],
        ),
        # "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม … (AMCA) ครั้งที่ 8": พ.ศ. 2561, not listed (2562 is
        # the year that meeting named the ASEAN Cultural Year).
        (
            "ที่ประชุม AMCA ครั้งที่ 8 จัดขึ้นในปี พ.ศ. ใด",
            ["พ.ศ. 2559", "พ.ศ. 2560", "พ.ศ. 2562", "ไม่มีข้อใดถูก"],
        ),
        # 13-15 พฤศจิกายน: three days, not listed.
        ("การประชุมสุดยอดอาเซียน ครั้งที่ 33 จัดขึ้นกี่วัน", ["1 วัน", "2 วัน", "4 วัน", "ไม่มีข้อใดถูก"]),
    ],
)
def test_none_of_the_above_when_the_meetings_date_rules_out_every_choice(
    bot, stem, choices
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 3 and choice.decided and not choice.tied


def test_the_meetings_own_date_among_near_misses_is_the_answer(bot) -> None:
    stem = "การประชุมสุดยอดอาเซียน ครั้งที่ 33 จัดขึ้นในช่วงเวลาใด"
    choices = [
        "6-8 กันยายน ค.ศ. 2016",
        "13-15 พฤศจิกายน ค.ศ. 2018",
        "13-14 พฤศจิกายน ค.ศ. 2017",
        "ไม่มีข้อใดถูก",
    ]
    assert meeting_year_verdict(bot.index, stem, choices, [0, 1, 2], [3]) == 1


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        # a choice that shares a day with the meeting's 13-15 พฤศจิกายน ค.ศ. 2018 (its first day)
        (
            "การประชุมสุดยอดอาเซียน ครั้งที่ 33 จัดขึ้นในช่วงเวลาใด",
            [
                "6-8 กันยายน ค.ศ. 2016",
                "13 พฤศจิกายน ค.ศ. 2018",
                "13-14 พฤศจิกายน ค.ศ. 2017",
                "ไม่มีข้อใดถูก",
            ],
        ),
        # a meeting the document does not write (its last summit is the 33rd)
        (
            "การประชุมสุดยอดอาเซียน ครั้งที่ 34 จัดขึ้นในช่วงเวลาใด",
            [
                "6-8 กันยายน ค.ศ. 2016",
                "27-28 เมษายน ค.ศ. 2018",
                "13-14 พฤศจิกายน ค.ศ. 2017",
                "ไม่มีข้อใดถูก",
            ],
        ),
        # a choice that is more than a date
        (
            "การประชุมสุดยอดอาเซียน ครั้งที่ 33 จัดขึ้นในช่วงเวลาใด",
            ["6-8 กันยายน ค.ศ. 2016 ที่เวียงจันทน์", "27-28 เมษายน ค.ศ. 2018", "ไม่มีข้อใดถูก"],
        ),
    ],
)
def test_none_is_not_the_meetings_answer_where_its_date_cannot_rule_out(bot, stem, choices) -> None:
    content = list(range(len(choices) - 1))
    assert meeting_year_verdict(bot.index, stem, choices, content, [len(choices) - 1]) is None


def test_date_choices_are_read_whole_in_both_languages() -> None:
    assert choice_date("13-15 พฤศจิกายน ค.ศ. 2018") == days(2018, 11, 13, 15)
    assert choice_date("13-15 November 2018") == days(2018, 11, 13, 15)
    assert choice_date("24 ตุลาคม พ.ศ. 2561") == days(2018, 10, 24)
    assert choice_date("พ.ศ. 2561") == year(2018)
    assert choice_date("6-8 กันยายน ค.ศ. 2016 ที่เวียงจันทน์") is None  # more than a date


# --- a negative stem naming a numbered meeting: the one said at another meeting -----------------

# "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 … ได้ให้การรับรองปฏิญญาอาเซียนว่าด้วย… (… Out-of-School Children
# and Youth)", "… ครั้งที่ 28-29 ได้ให้การรับรองปฏิญญาเวียงจันทน์ว่าด้วยการเปลี่ยนผ่าน…", "… ครั้งที่ 28-29
# รับรองแถลงการณ์อาเซียนว่าด้วยความมุ่งมั่นในการยุติเอชไอวีและเอดส์"; the consensus on migrant workers
# was signed "ในการประชุมสุดยอดอาเซียน ครั้งที่ 31".
NOT_AT_28_29 = [
    (
        "Which of the following was not adopted at the 28th-29th ASEAN Summit?",
        [
            "The Declaration on Strengthening Education for Out-of-School Children and Youth",
            "The Vientiane Declaration on Transition from Informal Employment to Formal Employment",
            "The Declaration of Commitment on HIV and AIDS",
            "The ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers",
        ],
    ),
    (
        "ข้อใดไม่ได้รับการรับรองในการประชุมสุดยอดอาเซียน ครั้งที่ 28-29",
        [
            "ปฏิญญาอาเซียนว่าด้วยการเสริมสร้างการศึกษาสำหรับเด็กและเยาวชนที่ตกหล่น",
            "ปฏิญญาเวียงจันทน์ว่าด้วยการเปลี่ยนผ่านจากการจ้างงานนอกระบบไปสู่การจ้างงานในระบบ",
            "แถลงการณ์อาเซียนว่าด้วยความมุ่งมั่นในการยุติเอชไอวีและเอดส์",
            "ฉันทามติอาเซียนว่าด้วยการคุ้มครองและส่งเสริมสิทธิแรงงานต่างด้าว",
        ],
    ),
]


@pytest.mark.parametrize(("stem", "choices"), NOT_AT_28_29)
def test_the_one_the_document_says_at_another_meeting_is_not_of_the_stems(
    bot, stem, choices
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 3 and choice.decided and not choice.tied
    assert choice.scores[3] == min(choice.scores)  # the scores shown agree with the pick


def test_the_meeting_rule_needs_every_other_choice_at_the_stems_meeting(bot) -> None:
    from qa_bot.exam.order import met_elsewhere

    at_28_29 = "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 รับรองแถลงการณ์อาเซียนว่าด้วยการยุติเอชไอวีและเอดส์"
    at_31 = "ในการประชุมสุดยอดอาเซียน ครั้งที่ 31 ผู้นำลงนามในฉันทามติอาเซียน"
    stem = NOT_AT_28_29[1][0]
    assert met_elsewhere(bot.index, stem, [at_28_29, at_28_29, at_31]) == 2
    assert met_elsewhere(bot.index, stem, [at_28_29, at_31, at_31]) is None  # two elsewhere
    assert met_elsewhere(bot.index, stem, [at_28_29, "ไม่มีการประชุม", at_31]) is None
    positive = "ข้อใดได้รับการรับรองในการประชุมสุดยอดอาเซียน ครั้งที่ 28-29"
    assert met_elsewhere(bot.index, positive, [at_28_29, at_28_29, at_31]) is None


def test_a_text_s_units_are_the_same_however_often_they_are_read() -> None:
    # The document's "งานด้านวัฒนธรรมและศิลปะ (AMCA) ครั้งที่ 8" writes the ordinal "#8th", not
    # the count "#8". units keeps the recent texts' units (an exam reads each choice several
    # times): what one caller does with the list it got is no other's.
    from qa_bot.exam.matching import units

    text = "งานด้านวัฒนธรรมและศิลปะ (amca) ครั้งที่ 8"  # as matching reads it (lower case)
    first = units(text)
    assert ("#8th", text.index("8"), text.index("8")) in first
    assert "#8" not in {u for u, _, _ in first}
    first.clear()
    again = units(text)
    assert again and again is not first
    assert ("#8th", text.index("8"), text.index("8")) in again
