"""Ordinal choices written bare (FRESH22 K3): "33rd" and, under "… ครั้งใด", "33" name one of a
series as the document's "ครั้งที่ 33" does. The English suffix is no unit of a count, and a
bare number under a stem asking an ordinal is matched as that ordinal. Expected values are the
document's: "ผู้นำประเทศอาเซียนในการประชุมสุดยอดอาเซียน ครั้งที่ 33 ระหว่างวันที่ 13-15 พฤศจิกายน
ค.ศ. 2018 ที่สิงคโปร์ ได้รับรองแผนแม่บทอาเซียน พ.ศ. 2568 เพื่อบูรณาการสิทธิคนพิการ", and "การประชุม
รัฐมนตรีอาเซียนด้านวัฒนธรรมและศิลปะ (AMCA) ครั้งที่ 8 … ได้ให้การรับรองปฏิญญายอกยาการ์ตา"."""

from qa_bot import QABot
from qa_bot.exam.bare_ordinals import asked_classifier, ordinal_choices, ordinal_word
from qa_bot.exam.binding import number_and_unit


def test_an_english_ordinal_suffix_is_no_unit() -> None:
    for choice in ("33rd", "1st", "2nd", "28th", "33rd Summit", "4TH"):
        assert number_and_unit(choice, "How many days did it last?") is None
    assert number_and_unit("7 เล่ม", "ยืมได้กี่เล่ม") == ("7", ("เล่ม",))
    assert number_and_unit("7", "ยืมได้กี่เล่ม") == ("7", ("เล่ม",))


def test_bare_numbers_under_a_stem_asking_an_ordinal_are_read_as_one() -> None:
    assert asked_classifier("การประชุมสุดยอดอาเซียนครั้งใดรับรองแผนแม่บท") == "ครั้ง"
    assert asked_classifier("AMCA ครั้งที่เท่าใดรับรองปฏิญญา") == "ครั้ง"
    assert asked_classifier("ปฏิญญาฉบับใด") == "ฉบับ"
    assert ordinal_choices("ประชุมครั้งใด", ["28-29", "31", "๓๓"]) == [
        "ครั้งที่ 28-29",
        "ครั้งที่ 31",
        "ครั้งที่ 33",
    ]
    # a year asked ("ปีใด"), a count asked ("กี่ประเทศ"), a stem with no classifier: as typed
    assert ordinal_choices("จัดขึ้นปีใด", ["2018", "2019"]) == ["2018", "2019"]
    assert ordinal_choices("มีสมาชิกกี่ประเทศ", ["8", "10"]) == ["8", "10"]
    assert ordinal_choices("Which summit?", ["31", "33"]) == ["31", "33"]
    # one bare number among names is no series
    stem = "ประชุมครั้งใดจัดที่สิงคโปร์"
    assert ordinal_choices(stem, ["33", "SAMCA"]) == ["33", "SAMCA"]


def test_ordinal_choices_written_bare_are_decided_by_the_document(bot: QABot) -> None:
    plan = "ASEAN Enabling Master Plan 2025"
    cases = [
        (f"Which ASEAN Summit adopted the {plan}?", ["28th-29th", "31st", "32nd", "33rd"], 3),
        (f"The {plan} was adopted at the … ASEAN Summit.", ["31st", "32nd", "33rd", "28th"], 2),
        (
            "แผนแม่บทอาเซียน พ.ศ. 2568 เพื่อบูรณาการสิทธิคนพิการ รับรองในการประชุมสุดยอดอาเซียนครั้งใด",
            ["28-29", "31", "32", "33"],
            3,
        ),
        ("ปฏิญญายอกยาการ์ตาได้รับการรับรองในการประชุม AMCA ครั้งที่เท่าใด", ["6", "7", "8", "9"], 2),
    ]
    for stem, choices, key in cases:
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None
        assert (choice.index, choice.decided) == (key, True), (stem, choice.scores)


def test_labels_are_ordinals_in_both_languages() -> None:
    """Thai writes a label classifier + ที่ + number and people drop the ที่; English writes noun
    + number. Both are one of a series, never a count (FRESH23 E38)."""
    assert ordinal_choices("x", ["ระยะ 1", "โครงการระยะ 2", "ครั้งที่ 5"]) == [
        "ระยะที่ 1",
        "โครงการระยะที่ 2",
        "ครั้งที่ 5",
    ]
    # a count of the classifier ("2 ครั้ง") or of the word after the number ("รอบ 5 ปี"): as typed
    assert ordinal_choices("x", ["2 ครั้ง 3 วัน", "รอบ 5 ปี"]) == ["2 ครั้ง 3 วัน", "รอบ 5 ปี"]
    assert ordinal_choices("x", ["Phase 1", "Phase 2", "the Stage three", "Stage 11"]) == [
        "1st phase",
        "2nd phase",
        "3rd stage",
        "11th stage",
    ]
    # a lone label among names, a year after a name, a count before a noun: as typed
    assert ordinal_choices("x", ["Phase 2", "Bangkok"]) == ["Phase 2", "Bangkok"]
    assert ordinal_choices("x", ["Vision 2025", "Vision 2030"]) == ["Vision 2025", "Vision 2030"]
    assert ordinal_choices("x", ["2 phases", "3 phases"]) == ["2 phases", "3 phases"]


def test_the_phase_of_the_warehouse_is_decided_by_the_document(bot: QABot) -> None:
    """The document: "ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน ภายใต้
    โครงการระบบการส่งกำลังบำรุง… ของอาเซียน ระยะที่ 2 ที่จังหวัดชัยนาท"."""
    cases = [
        (
            "The relief-supply warehouse in Chai Nat belongs to which phase of ASEAN's "
            "disaster-relief logistics project?",
            ["Phase 1", "Phase 2", "Phase 3", "Phase 8"],
        ),
        (
            "คลังเก็บสิ่งของช่วยเหลือที่จังหวัดชัยนาทอยู่ภายใต้โครงการระยะใด",
            ["ระยะ 1", "ระยะ 2", "ระยะ 3", "ระยะ 8"],
        ),
    ]
    for stem, choices in cases:
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None
        assert (choice.index, choice.decided) == (1, True), (stem, choice.scores)


def test_english_ordinal_words_are_ordinals() -> None:
    """ "the second" names one of a series as "ครั้งที่ 2" does (FRESH24 K6); glossed word by word
    "second" is a unit of time."""
    assert [ordinal_word(w) for w in ("first", "Second", "third", "fourth", "fifth")] == [
        1,
        2,
        3,
        4,
        5,
    ]
    assert [ordinal_word(w) for w in ("eighth", "twelfth", "twentieth", "twenty-first")] == [
        8,
        12,
        20,
        21,
    ]
    for word in ("health", "month", "both", "growth", "one", "seconds"):
        assert ordinal_word(word) is None
    series = ["the first", "the second", "the third", "the founding summit"]
    assert ordinal_choices("x", series) == ["the 1st", "the 2nd", "the 3rd", "the founding summit"]
    meetings = ["Second meeting", "fourth meeting"]
    assert ordinal_choices("x", meetings) == ["2nd meeting", "4th meeting"]
    # one ordinal word among other words is no series
    loose = ["first aid", "a second chance"]
    assert ordinal_choices("x", loose) == loose


def test_the_ascn_meeting_thailand_hosts_is_decided_by_the_document(bot: QABot) -> None:
    """The document: "ประเทศไทยจะสานต่อเรื่องนี้ในช่วงที่ไทยเป็นประธานอาเซียนในปี 2562 โดยจะเป็น
    เจ้าภาพจัดการประชุม ASCN ครั้งที่ 2"."""
    stem = "Which ASEAN Smart Cities Network meeting was Thailand to host in 2019?"
    for choices in (
        ["the first", "the second", "the third", "the founding summit"],
        ["first", "second", "third", "fourth"],
    ):
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None
        assert (choice.index, choice.decided) == (1, True), (choices, choice.scores)
