"""Picks the documents do not make: left standing, undecided (types.Choice.decided False).

Expected values come from the bundled document: its list of the ASCC pillar's 15 sectors
("… ประกอบด้วย 15 สาขา ดังนี้ การศึกษา กีฬา … ราชการพลเรือน … มลพิษจากหมอกควันข้ามแดน และ
สิ่งแวดล้อม", no tourism) and its one numbered ASCN meeting ("… โดยจะเป็นเจ้าภาพจัดการประชุม
ASCN ครั้งที่ 2 … ในปี 2562", Thailand the host).
"""

from __future__ import annotations

import pytest

from qa_bot import pipeline

SECTORS = ["Sports", "Civil service", "Transboundary haze pollution", "Tourism"]


@pytest.mark.parametrize(
    "stem",
    [
        "Which of the following is NOT one of the 15 sectors of cooperation under the ASCC pillar?",
        "Which of these is NOT listed among the sectors of the ASEAN Socio-Cultural Community?",
    ],
)
def test_a_negative_pick_placed_apart_by_the_embedding_alone_is_not_decided(bot, stem) -> None:
    # Sports, civil service and transboundary haze pollution are in the document's list of the
    # 15 sectors; tourism is not. The English words the Thai text cannot read put a true sector
    # in another section by the embedding alone: a pick that is not Tourism must not be decided.
    scored: list = []
    answer = pipeline.ask(bot.index, stem, choices=SECTORS, config=bot.config, scored=scored)
    choice = answer.choice
    assert choice is not None
    assert choice.index == 3 or not choice.decided


def test_a_least_scored_negative_pick_the_text_cannot_read_is_not_decided(bot) -> None:
    # Sports and youth (กีฬา, เยาวชน) and transboundary haze pollution are in the document's list
    # of the 15 sectors; tourism (การท่องเที่ยว) is not. The English name no gloss turns into the
    # text's Thai scores least by the embedding alone: a pick that is not tourism is not decided.
    stem = "Which of these is NOT one of the 15 sectors of the ASEAN Socio-Cultural Community?"
    choices = ["กีฬา", "เยาวชน", "Transboundary haze pollution", "การท่องเที่ยว"]
    answer = pipeline.ask(bot.index, stem, choices=choices, config=bot.config)
    choice = answer.choice
    assert choice is not None
    assert choice.index == 3 or not choice.decided


def test_a_pick_the_text_places_in_another_section_is_still_decided(bot) -> None:
    # The document lists the Youth Development Index and the Enabling Masterplan under social
    # welfare; the declaration on ending malnutrition is the health sector's, found there in
    # the document's words (its Thai name): decided, as before.
    choices = [
        "The ASEAN Leaders' Declaration on ending all forms of malnutrition",
        "The first ASEAN Youth Development Index",
        "The ASEAN declaration on adopting the ASEAN Youth Development Index",
        "The ASEAN Enabling Masterplan 2025 on the rights of persons with disabilities",
    ]
    stem = "Which of these did ASEAN's social welfare and development cooperation NOT produce?"
    answer = pipeline.ask(bot.index, stem, choices=choices, config=bot.config)
    assert answer.choice is not None and answer.choice.index == 0 and answer.choice.decided


COUNTRIES = ["Thailand", "Singapore", "Vietnam", "Indonesia"]


def test_a_meeting_numbered_as_the_document_never_numbers_it_is_not_decided(bot) -> None:
    # The document names the 2nd ASCN meeting only (Thailand hosts it in 2562): of a 3rd it
    # says nothing, so no choice is its host.
    answer = pipeline.ask(
        bot.index,
        "Which country will host the 3rd ASCN meeting?",
        choices=COUNTRIES,
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided


def test_the_meeting_the_document_numbers_is_decided(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "Which country will host the 2nd ASCN meeting?",
        choices=COUNTRIES,
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 0 and answer.choice.decided


def test_a_percentage_is_said_only_where_its_number_is_a_percentage() -> None:
    from qa_bot.exam.percent import percent_number, percent_unbound

    assert [percent_number(c) for c in ("28%", "28 percent", "ร้อยละ 28", "28 เปอร์เซ็นต์")] == [
        "28"
    ] * 4
    assert percent_number("28") is None and percent_number("ครั้งที่ 28") is None
    # The document's only 28 is a meeting's ordinal: not a share.
    meeting = "ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ได้ให้การรับรองปฏิญญาเวียงจันทน์"
    assert percent_unbound(meeting, "28%")
    assert not percent_unbound("แรงงานร้อยละ 28 อยู่ในการจ้างงานนอกระบบ", "28%")
    assert not percent_unbound("about 28 per cent of workers", "28%")
    assert not percent_unbound("ไม่มีตัวเลขนี้", "28%")  # not written: no opinion


def test_a_share_the_document_never_gives_is_not_decided(bot) -> None:
    # The document gives no percentage anywhere; its 15 and 28 are the 15 sectors and the
    # 28th-29th ASEAN Summit.
    answer = pipeline.ask(
        bot.index,
        "What share of ASEAN workers are in informal employment?",
        choices=["15%", "28%", "50%", "61%"],
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided


# The document's sentences (corpus/asean_socio_cultural_community.th.txt): the education
# section dates the out-of-school declaration's adoption, with its verb after an abbreviation's
# full stop, and Thailand's plan to upgrade the university network.
ADOPTION = (
    "… โดยที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016 ที่เวียงจันทน์ สปป.",
    "ลาว ได้ให้การรับรองปฏิญญาอาเซียนว่าด้วยเรื่องดังกล่าว",
)
UPGRADE = (
    "โดยไทยจะผลักดันการยกระดับเครือข่ายดังกล่าวให้เป็นกลไกสำคัญของอาเซียนเพื่อส่งเสริมความร่วมมือ"
    "ด้านการอุดมศึกษาในช่วงที่ไทยดำรงตำแหน่งประธานอาเซียนในปี 2562 ด้วย"
)


def test_a_year_is_said_only_where_its_sentence_says_the_event_asked() -> None:
    from qa_bot.exam.years import event_unsaid

    founded = "In what year was the ASEAN University Network established?"
    assert event_unsaid(UPGRADE, "2019", founded)  # an upgrade, not a founding
    assert event_unsaid(UPGRADE, "พ.ศ. 2562", "เครือข่ายมหาวิทยาลัยอาเซียนก่อตั้งขึ้นในปีใด")
    adopted = "In which year was the declaration on out-of-school children and youth adopted?"
    assert not event_unsaid(ADOPTION[0], "2016", adopted, ADOPTION[1])  # the verb follows
    assert event_unsaid(ADOPTION[0], "2016", adopted)  # … and the cut sentence alone lacks it
    assert not event_unsaid(UPGRADE, "2019", "In which year will Thailand chair ASEAN?")
    assert not event_unsaid(UPGRADE, "2016", founded)  # not written there: no opinion


def test_a_founding_year_the_document_never_gives_is_not_decided(bot) -> None:
    # The document never says when the ASEAN University Network was founded; its 2562 (2019)
    # dates Thailand's chairmanship, in which it plans to upgrade the network.
    answer = pipeline.ask(
        bot.index,
        "In what year was the ASEAN University Network established?",
        choices=["1995", "2000", "2016", "2019"],
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided


def test_an_adoption_year_the_document_gives_is_decided(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        "In which year was the ASEAN declaration on out-of-school children and youth adopted?",
        choices=["2016", "2017", "2018", "2019"],
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 0 and answer.choice.decided


def test_who_did_something_is_answered_only_where_the_event_is_said(bot) -> None:
    from qa_bot.exam.years import event_unwritten

    # The document: "ประเทศสมาชิกอาเซียนได้ร่วมกันจัดตั้งเครือข่ายเมืองอัจฉริยะอาเซียน …" and
    # "… ประเทศไทยจะสานต่อเรื่องนี้ …": set up together, carried on by Thailand; nobody is said
    # to have proposed it first.
    stem = "Which ASEAN country first proposed the ASEAN Smart Cities Network?"
    assert event_unwritten(stem, "ซึ่งประเทศไทยจะสานต่อเรื่องนี้ในช่วงที่ไทยเป็นประธานอาเซียนในปี 2562")
    assert not event_unwritten(stem, "ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอของไทย")
    assert not event_unwritten("Where is the AHA Centre?", "ศูนย์ AHA")  # no event asked
    answer = pipeline.ask(
        bot.index,
        stem,
        choices=["Singapore", "Thailand", "Indonesia", "Vietnam"],
        config=bot.config,
    )
    assert answer.choice is None or not answer.choice.decided


def test_an_initiative_is_its_initiators_not_the_host_of_its_adoption(bot) -> None:
    # "… การเสริมสร้างความเข้มแข็งด้านการศึกษาให้แก่เด็กและเยาวชนที่ตกหล่น ซึ่งเป็นข้อริเริ่มของไทย
    # โดยที่ประชุมสุดยอดอาเซียน … ที่เวียงจันทน์ สปป.ลาว ได้ให้การรับรอง …": Thailand's initiative,
    # adopted in Laos.
    answer = pipeline.ask(
        bot.index,
        "Strengthening education for out-of-school children and youth was an initiative of which"
        " country?",
        choices=["Laos", "Thailand", "the Philippines", "Singapore"],
        config=bot.config,
    )
    assert answer.choice is not None and answer.choice.index == 1 and answer.choice.decided
