"""Which of several choices one sentence states is the stem's (exam/binding.py), and a number
choice said only with its own unit. Expected values are read from the documents' text: the
bundled document here, small documents of the tests' own in the slow tests at the end."""

from __future__ import annotations

import re
from pathlib import Path

from qa_bot import QABot
from qa_bot.exam.binding import (
    bound_choice,
    dated_only,
    distinctive_place,
    number_and_unit,
    paired_otherwise,
    unit_bound,
)
from qa_bot.exam.matching import unit_index

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "corpus" / "asean_socio_cultural_community.th.txt").read_text(encoding="utf-8")
SIGNERS = ["รัฐมนตรีต่างประเทศอาเซียน", "ผู้นำประเทศสมาชิกอาเซียน"]


def _sentence_with(*words: str) -> str:
    """The stretch of one line of the document between two sentence-ish breaks that holds every
    word (the bundled document puts a statement's clauses on one line)."""
    line = next(line for line in TEXT.splitlines() if all(w in line for w in words))
    start = min(line.index(w) for w in words)
    end = max(line.index(w) + len(w) for w in words)
    return line[max(line.rfind(" ซึ่ง", 0, start), 0) : line.find(" ซึ่ง", end)]


def test_two_signers_in_one_sentence_are_bound_to_what_each_clause_names(bot: QABot) -> None:
    # The document signs the ADDMER agreement by the foreign ministers and, in the next clause of
    # the same sentence, the ONE ASEAN ONE RESPONSE declaration by the leaders.
    addmer = re.search(r"ADDMER\)\s*ลงนามโดย(\S+)", TEXT)
    one = re.search(r"ONE RESPONSE[^)]*\)\s*ลงนามโดย(\S+)", TEXT)
    assert addmer and one and {addmer.group(1), one.group(1)} == set(SIGNERS)
    sentence = _sentence_with(*SIGNERS)
    ui = unit_index(bot.index)
    agreement = "ความตกลงอาเซียนว่าด้วยการบริหารจัดการภัยพิบัติและการตอบโต้สถานการณ์ฉุกเฉินลงนามโดยใคร"
    declaration = "ปฏิญญาอาเซียนว่าด้วยความเป็นหนึ่งเดียวในการตอบโต้ภัยพิบัติลงนามโดยใคร"
    assert SIGNERS[bound_choice(ui, sentence, agreement, SIGNERS, [0, 1])] == addmer.group(1)
    assert SIGNERS[bound_choice(ui, sentence, declaration, SIGNERS, [0, 1])] == one.group(1)


def test_english_signers_are_bound_where_they_were_found(bot: QABot) -> None:
    # The same sentence, asked in English: each choice is placed where its glosses were found.
    addmer = re.search(r"ADDMER\)\s*ลงนามโดย(\S+)", TEXT)
    assert addmer and addmer.group(1) == "รัฐมนตรีต่างประเทศอาเซียน"  # the foreign ministers
    choices = ["the ASEAN foreign ministers", "the leaders of the ASEAN member states"]
    stems = {
        "By whom was the ASEAN Agreement on Disaster Management and Emergency Response signed?": 0,
        "By whom was the ASEAN Declaration on ONE ASEAN, ONE RESPONSE signed?": 1,
    }
    for stem, expected in stems.items():
        answer = bot.ask(stem, choices=choices)
        assert answer.choice is not None and answer.choice.decided
        assert answer.choice.index == expected


def test_signers_scored_apart_in_one_sentence_are_bound_too(bot: QABot) -> None:
    # Four choices: the two signers the sentence names score 0.69 / 0.65, not a tie; the clause
    # that names the declaration binds its signer all the same (ExamConfig.bind_margin).
    one = re.search(r"ONE RESPONSE[^)]*\)\s*ลงนามโดย(\S+)", TEXT)
    assert one and one.group(1) == "ผู้นำประเทศสมาชิกอาเซียน"  # the leaders of the member states
    choices = [
        "The ASEAN foreign ministers",
        "The leaders of ASEAN member states",
        "The ASEAN health ministers",
        "The AMCA meeting",
    ]
    stem = "Who signed the ASEAN Declaration on ONE ASEAN, ONE RESPONSE?"
    answer = bot.ask(stem, choices=choices)
    assert answer.choice is not None and answer.choice.index == 1


def test_an_english_choice_is_placed_where_its_own_words_are() -> None:
    # The culture sentence names three declarations, each by its city; the 8th AMCA's is the one
    # after "ครั้งที่ 8". A choice is placed at its own name, not at "Declaration", which every
    # bracketed English name writes.
    line = next(line for line in TEXT.splitlines() if "(AMCA) ครั้งที่ 8" in line)
    adopted = re.search(r"\(AMCA\) ครั้งที่ 8.*?รับรองปฏิญญา(\S+?)ว่าด้วย", line)
    assert adopted is not None
    choices = [f"The {city} Declaration on culture" for city in ("เวียงจันทน์", adopted.group(1))]
    at = distinctive_place(line, choices[1], choices[:1])
    assert at is not None and at > line.index("ครั้งที่ 8")
    assert line[at:].startswith(adopted.group(1))
    before = distinctive_place(line, choices[0], choices[1:])
    assert before is not None and before < line.index("ครั้งที่ 8")


def test_a_choice_the_sentence_does_not_write_is_not_bound(bot: QABot) -> None:
    sentence = _sentence_with(*SIGNERS)
    assert "ศูนย์ AHA" not in sentence
    # One choice written is no comparison: nothing is bound.
    choices = [SIGNERS[0], "ศูนย์ AHA"]
    assert bound_choice(unit_index(bot.index), sentence, "ใครลงนาม", choices, [0, 1]) is None


def test_a_number_is_said_only_with_its_unit() -> None:
    # The document writes 10 once, as a day of July (SAMCA), and "15 สาขา" as its sectors.
    tens = re.findall(r"(?<![\d.,])10\s*(\S+)", TEXT)
    assert tens and all(not unit.startswith("ประเทศ") for unit in tens)
    july = _sentence_with("SAMCA", "10 ")
    assert unit_bound(july, "10 ประเทศ", "อาเซียนมีสมาชิกกี่ประเทศ") is False
    assert unit_bound(july, "10", "อาเซียนมีสมาชิกกี่ประเทศ") is False  # the stem's classifier
    sectors = _sentence_with("15 สาขา")
    assert unit_bound(sectors, "15 สาขา", "ประกอบด้วยกี่สาขา") is True
    # Not counts: a year, an ordinal, a bare number under a stem that counts nothing.
    assert number_and_unit("ค.ศ. 2018", "จัดขึ้นปีใด") is None
    assert number_and_unit("ครั้งที่ 8", "ครั้งใด") is None
    assert number_and_unit("2018", "จัดขึ้นปีใด") is None


def test_a_count_choice_the_document_writes_only_as_a_date_is_not_picked(bot: QABot) -> None:
    tens = re.findall(r"(?<![\d.,])10\s*(\S+)", TEXT)
    assert tens and not any(unit.startswith("ประเทศ") for unit in tens)
    answer = bot.ask("อาเซียนมีประเทศสมาชิกกี่ประเทศ", choices=["5 ประเทศ", "8 ประเทศ", "10 ประเทศ"])
    assert answer.choice is not None and not answer.choice.decided


def test_a_claim_pairing_one_clauses_subject_with_the_others_value_is_said_otherwise(
    bot: QABot,
) -> None:
    # The sentence relates each of two documents to its signers by ลงนามโดย, one clause each: a
    # claim that gives the declaration the agreement's signers has every word in the sentence,
    # but its subject in one clause and its value in the other (NOTE21 Left 1, e031's kind).
    addmer = re.search(r"ADDMER\)\s*ลงนามโดย(\S+)", TEXT)
    one = re.search(r"ONE RESPONSE[^)]*\)\s*ลงนามโดย(\S+)", TEXT)
    assert addmer and one and addmer.group(1) != one.group(1)
    sentence = _sentence_with(*SIGNERS)
    ui = unit_index(bot.index)
    declaration = "ปฏิญญา ONE ASEAN ONE RESPONSE ลงนามโดย"
    assert paired_otherwise(ui, sentence, declaration + addmer.group(1))
    assert not paired_otherwise(ui, sentence, declaration + one.group(1))
    assert paired_otherwise(ui, sentence, "ความตกลง ADDMER ลงนามโดย" + one.group(1))
    assert not paired_otherwise(ui, sentence, "ความตกลง ADDMER ลงนามโดย" + addmer.group(1))


def test_pairing_across_clauses_on_small_documents(bot: QABot) -> None:
    # The fever-care sentence recommends one medicine and, in its clause after และ, forbids two;
    # the bins' list gives each colour its waste. A claim that moves a value to another clause's
    # subject is said otherwise; the teachers' loan, whose clause leaves the books unsaid
    # ("ส่วนครูยืมได้ครั้งละ …"), is not another value.
    ui = unit_index(bot.index)
    care = next(line for line in RULES.splitlines() if "แนะนำ" in line)
    forbidden = _value_for(r"ห้ามใช้ยา(\S+?)หรือ")
    recommended = _value_for(r"แนะนำให้ใช้ยา(\S+?)ลดไข้")
    assert paired_otherwise(ui, care, "แพทย์แนะนำให้ใช้ยา" + forbidden)
    assert not paired_otherwise(ui, care, "แพทย์แนะนำให้ใช้ยา" + recommended)
    bins = next(line for line in MINUTES.splitlines() if "ได้แก่" in line)
    hazardous = re.search(r"(สี\S+?)สำหรับขยะอันตราย", bins)
    organic = re.search(r"(สี\S+?)สำหรับขยะอินทรีย์", bins)
    assert hazardous and organic
    assert paired_otherwise(ui, bins, organic.group(1) + "สำหรับขยะอันตราย")
    assert not paired_otherwise(ui, bins, hazardous.group(1) + "สำหรับขยะอันตราย")
    loans = next(line for line in RULES.splitlines() if "ครูยืม" in line)
    days = _value_for(r"ครูยืม.*?เป็นเวลา (\d+ วัน)")
    assert not paired_otherwise(ui, loans, "ครูยืมหนังสือได้นาน " + days)


def test_the_false_pairing_is_the_false_statement(bot: QABot) -> None:
    addmer = re.search(r"ADDMER\)\s*ลงนามโดย(\S+)", TEXT)
    one = re.search(r"ONE RESPONSE[^)]*\)\s*ลงนามโดย(\S+)", TEXT)
    assert addmer and one
    choices = [
        "อาเซียนจัดตั้งศูนย์ AHA เพื่อประสานงานความช่วยเหลือด้านมนุษยธรรม",
        f"ความตกลง ADDMER ลงนามโดย{addmer.group(1)}",
        f"ปฏิญญา ONE ASEAN ONE RESPONSE ลงนามโดย{addmer.group(1)}",
        "ภัยพิบัติส่งผลกระทบต่อภาคการท่องเที่ยว",
    ]
    stem = "ข้อใดกล่าวผิดเกี่ยวกับความร่วมมือด้านการจัดการภัยพิบัติของอาเซียน"
    answer = bot.ask(stem, choices=choices)
    assert answer.choice is not None and answer.choice.index == 2 and answer.choice.decided
    # Asked which is true, with the two pairings the other way round beside the right one.
    choices = [
        f"ปฏิญญา ONE ASEAN ONE RESPONSE ลงนามโดย{addmer.group(1)}",
        f"ความตกลง ADDMER ลงนามโดย{one.group(1)}",
        f"ปฏิญญา ONE ASEAN ONE RESPONSE ลงนามโดย{one.group(1)}",
    ]
    answer = bot.ask("ข้อใดถูกต้อง", choices=choices)
    assert answer.choice is not None and answer.choice.index == 2 and answer.choice.decided


def test_a_claim_placed_where_another_clause_of_its_statement_is_said_otherwise(
    bot: QABot,
) -> None:
    # One sentence places two past meetings in one province and, in its clause after ทั้งนี้, the
    # special ministerial meeting Thailand plans in another place (ex17-020's kind).
    line = next(line for line in TEXT.splitlines() if "สมัยพิเศษด้านขยะทะเล" in line)
    planned = re.search(r"สมัยพิเศษด้านขยะทะเลที่(\S+)", line)
    past = re.search(r"ค\.ศ\. 2018 ที่จังหวัด(\S+)", line)
    assert planned and past and planned.group(1) != past.group(1)
    ui = unit_index(bot.index)
    meeting = "ไทยมีแผนจัดการประชุมรัฐมนตรีอาเซียนสมัยพิเศษด้านขยะทะเลที่"
    assert paired_otherwise(ui, line, meeting + "จังหวัด" + past.group(1))
    assert not paired_otherwise(ui, line, meeting + planned.group(1))
    # The past meeting's own clause places it there: no pairing across clauses.
    assert not paired_otherwise(ui, line, "การประชุมลดปริมาณขยะทะเลจัดที่" + past.group(1))


def test_a_claim_dated_with_another_clauses_year_is_said_otherwise(bot: QABot) -> None:
    # The same sentence dates the marine-debris conference in one year and the ASEAN-China
    # workshop, in its clause after และ, in the next (FRESH22 K1: the workshop "in 2017" tied).
    line = next(line for line in TEXT.splitlines() if "สมัยพิเศษด้านขยะทะเล" in line)
    conference = re.search(r"Region \d{4}\) ระหว่างวันที่ [^)]*? ค\.ศ\. (\d{4})", line)
    workshop = re.search(r"South China Sea\) ระหว่างวันที่ \S+ \S+ ค\.ศ\. (\d{4})", line)
    assert conference and workshop and conference.group(1) != workshop.group(1)
    ui = unit_index(bot.index)
    claim = "การประชุมเชิงปฏิบัติการอาเซียน-จีนว่าด้วยการปกป้องสิ่งแวดล้อมทางทะเลในทะเลจีนใต้จัดในปี ค.ศ. "
    assert paired_otherwise(ui, line, claim + conference.group(1))
    assert not paired_otherwise(ui, line, claim + workshop.group(1))


def test_a_bare_count_written_only_in_dates_is_no_count(bot: QABot) -> None:
    # The document never says how many member states ASEAN has; the 33rd summit's sentence
    # writes 15 only as the last day of its dates (FRESH22 K5: "15" was picked, decided, from
    # "13-15 พฤศจิกายน"), and "10" is written only as SAMCA's day.
    sentence = next(line for line in TEXT.splitlines() if "13-15 พฤศจิกายน" in line)
    assert re.findall(r"(?<![\d.,])15(?![\d.,])", sentence) == ["15"]
    stem = "How many member states does ASEAN have?"
    assert dated_only(sentence, "15", stem)
    assert not dated_only(sentence, "33", stem)  # "ครั้งที่ 33": a number outside the date
    assert not dated_only(sentence, "15", "ประชุมกันในวันที่เท่าใด")  # a date is asked
    answer = bot.ask(stem, choices=["5", "8", "10", "15"])
    assert answer.choice is None or not answer.choice.decided


def test_under_a_negative_stem_the_choice_placed_in_another_country_is_picked(bot: QABot) -> None:
    # Thailand hosted the marine-debris meetings and initiated the Zika video conference; the
    # document places SAMCA in another country (FRESH21a K1: the Zika conference was picked as
    # the one farthest from the word เจ้าภาพ).
    samca = re.search(r"\(SAMCA\)[^\n]*?ค\.ศ\. \d{4} ที่(\S+)", TEXT)
    assert samca is not None
    from qa_bot.places import places_in, province_names

    assert places_in(samca.group(1)) and not places_in(samca.group(1)) & {"ไทย", *province_names()}
    choices = [
        "การประชุมเรื่องการลดปริมาณขยะทะเล",
        "การประชุมเชิงปฏิบัติการอาเซียน-จีนว่าด้วยการปกป้องสิ่งแวดล้อมทางทะเล",
        "การประชุม SAMCA",
        "การประชุมทางไกลเรื่องไวรัสซิกา",
    ]
    for stem in ("ข้อใดไม่ใช่การประชุมที่ไทยเป็นเจ้าภาพ", "ข้อใดไม่ใช่การประชุมที่จัดขึ้นในประเทศไทย"):
        answer = bot.ask(stem, choices=choices)
        assert answer.choice is not None and answer.choice.index == 2


def test_a_bare_number_under_a_stem_asking_an_ordinal_is_that_ordinal(bot: QABot) -> None:
    # The consensus was signed at the summit the document numbers right after its English name
    # ("… Migrant Workers) ในการประชุมสุดยอดอาเซียน ครั้งที่ 31"); as a count, "31" is found only in
    # dates, and the 28 of "27-28 เมษายน" was picked (FRESH21a K1; exam/bare_ordinals.py).
    signed = re.search(r"Migrant Workers\) ในการประชุมสุดยอดอาเซียน ครั้งที่ (\d+)", TEXT)
    adopted = re.search(r"ครั้งที่ (\d+) [^\n]*?ได้รับรองแผนแม่บทอาเซียน", TEXT)
    assert signed and adopted
    asked = {
        "ฉันทามติอาเซียนว่าด้วยการคุ้มครองสิทธิแรงงานต่างด้าวลงนามในการประชุมสุดยอดครั้งที่เท่าใด": signed,
        "แผนแม่บทอาเซียนเพื่อบูรณาการสิทธิคนพิการได้รับการรับรองในการประชุมสุดยอดอาเซียนครั้งที่เท่าใด": adopted,
    }
    choices = ["28", "31", "32", "33"]
    for stem, expected in asked.items():
        answer = bot.ask(stem, choices=choices)
        assert answer.choice is not None and answer.choice.decided
        assert choices[answer.choice.index] == expected.group(1)


# --- small documents of the tests' own (slow: each builds an index) ---------------------------

RULES = (
    "# กติกาการแข่งขันตะกร้อ\n\n"
    "สนามมีขนาดกว้าง 6.10 เมตร ยาว 13.40 เมตร\n"
    "ตาข่ายสูง 1.52 เมตรสำหรับผู้ชาย และ 1.42 เมตรสำหรับผู้หญิง การแข่งขันใช้ระบบ 3 เซต\n\n"
    "# การยืมหนังสือ\n\n"
    "นักเรียนยืมหนังสือได้ครั้งละไม่เกิน 3 เล่ม เป็นเวลา 7 วัน ส่วนครูยืมได้ครั้งละไม่เกิน 10 เล่ม "
    "เป็นเวลา 30 วัน ต้องแสดงบัตรทุกครั้งที่ยืม\n\n"
    "# การดูแลผู้ป่วยไข้เลือดออก\n\n"
    "ผู้ป่วยควรพักผ่อนและดื่มน้ำมาก ๆ แพทย์แนะนำให้ใช้ยาพาราเซตามอลลดไข้ "
    "และห้ามใช้ยาแอสไพรินหรือไอบูโพรเฟน เพราะอาจทำให้เลือดออกง่าย\n"
)


def _value_for(pattern: str) -> str:
    found = re.search(pattern, RULES)
    assert found is not None
    return found.group(1)


def test_the_qualifier_in_the_stem_selects_the_value(bot_over) -> None:
    bot = bot_over("bound", {"rules.md": RULES})
    heights = ["1.52 เมตร", "1.42 เมตร", "6.10 เมตร", "13.40 เมตร"]
    for who in ("ผู้หญิง", "ผู้ชาย"):
        expected = _value_for(rf"(\d+\.\d+ เมตร)สำหรับ{who}")
        answer = bot.ask(f"ข้อใดคือความสูงของตาข่ายตะกร้อสำหรับ{who}", choices=heights)
        assert answer.choice is not None
        # The men's value comes first in the sentence, tied with the court's two in the sentence
        # before: decided or not, a decided pick is the stem's (the women's is decided).
        assert answer.choice.decided or who == "ผู้ชาย"
        if answer.choice.decided:
            assert heights[answer.choice.index] == expected
    loans = ["3 เล่ม", "7 เล่ม", "10 เล่ม", "30 เล่ม"]
    teachers = _value_for(r"ครูยืมได้ครั้งละไม่เกิน (\d+ เล่ม)")
    answer = bot.ask("ครูยืมหนังสือได้ครั้งละกี่เล่ม", choices=loans)
    assert answer.choice is not None and loans[answer.choice.index] == teachers
    assert answer.choice.decided
    days = ["3 วัน", "7 วัน", "10 วัน", "30 วัน"]
    students = _value_for(r"นักเรียนยืม.*?เป็นเวลา (\d+ วัน)")
    answer = bot.ask("นักเรียนยืมหนังสือได้นานกี่วัน", choices=days)
    assert answer.choice is not None and days[answer.choice.index] == students
    assert answer.choice.decided


def test_a_medicine_the_text_forbids_is_not_the_recommended_one(bot_over) -> None:
    bot = bot_over("forbidden", {"rules.md": RULES})
    drugs = ["แอสไพริน", "ไอบูโพรเฟน", "พาราเซตามอล"]
    recommended = _value_for(r"แนะนำให้ใช้ยา(\S+?)ลดไข้")
    forbidden = _value_for(r"ห้ามใช้ยา(\S+?)หรือ")
    answer = bot.ask("ข้อใดเป็นยาที่แนะนำให้ใช้ลดไข้ในผู้ป่วยไข้เลือดออก", choices=drugs)
    assert answer.choice is not None and answer.choice.decided
    assert drugs[answer.choice.index] == recommended
    # A stem that asks for what is not to be used: the text's forbidden one.
    answer = bot.ask("ข้อใดเป็นยาที่ห้ามใช้ในผู้ป่วยไข้เลือดออก", choices=drugs[::2])
    assert answer.choice is not None and drugs[::2][answer.choice.index] == forbidden


# A council's minutes: one sentence lists each bin's colour with its waste, one item after another,
# set apart by spaces after ได้แก่ (FRESH20a kind 3: the four colours tied at 0.93-0.95).
MINUTES = (
    "# บันทึกการประชุมคณะกรรมการสิ่งแวดล้อม\n\n"
    "## โครงการคัดแยกขยะ\n\n"
    "ที่ประชุมมีมติให้ดำเนินโครงการคัดแยกขยะต้นทางใน 8 หมู่บ้าน โดยแจกถังขยะสี่สี ได้แก่ "
    "สีน้ำเงินสำหรับขยะทั่วไป สีเขียวสำหรับขยะอินทรีย์ สีเหลืองสำหรับขยะรีไซเคิล "
    "และสีแดงสำหรับขยะอันตราย ครัวเรือนละ 1 ชุด\n\n"
    "## ค่าธรรมเนียม\n\n"
    "ที่ประชุมมีมติให้ปรับค่าธรรมเนียมเก็บขยะจากเดือนละ 20 บาท เป็นเดือนละ 30 บาทต่อครัวเรือน "
    "ส่วนร้านค้าเสียค่าธรรมเนียมเดือนละ 150 บาท\n\n"
    "## ค่าปรับ\n\n"
    "หนังสือที่ส่งคืนเกินกำหนดเสียค่าปรับวันละ 5 บาทต่อเล่ม แต่ไม่เกิน 100 บาทต่อเล่ม\n"
)
FEES = ["20 บาท", "30 บาท", "150 บาท"]
COLOURS = ["สีน้ำเงิน", "สีเขียว", "สีเหลือง", "สีแดง"]


def test_a_listed_item_binds_its_own_words(bot: QABot) -> None:
    sentence = next(line for line in MINUTES.splitlines() if "ได้แก่" in line)
    ui = unit_index(bot.index)
    for waste in ("ขยะอันตราย", "ขยะรีไซเคิล", "ขยะอินทรีย์"):
        expected = re.search(rf"(สี\S+?)สำหรับ{waste}", sentence)
        assert expected is not None
        stem = f"ถังขยะสีใดใช้สำหรับ{waste}"
        picked = bound_choice(ui, sentence, stem, COLOURS, [0, 1, 2, 3])
        assert picked is not None and COLOURS[picked] == expected.group(1)


def test_a_limit_after_but_is_no_item_of_its_own(bot: QABot) -> None:
    # "… วันละ 5 บาทต่อเล่ม แต่ไม่เกิน 100 บาทต่อเล่ม": the daily fine is the first clause's value.
    sentence = MINUTES.splitlines()[-1]
    daily = _value_in(sentence, r"วันละ (\d+ บาท)")
    fines = ["5 บาท", "100 บาท"]
    stem = "หนังสือที่ส่งคืนเกินกำหนดเสียค่าปรับวันละเท่าไร"
    picked = bound_choice(unit_index(bot.index), sentence, stem, fines, [0, 1])
    assert picked is not None and fines[picked] == daily


def test_a_limit_the_stem_asks_is_the_value_after_its_word(bot: QABot) -> None:
    sentence = MINUTES.splitlines()[-1]
    most = _value_in(sentence, r"ไม่เกิน (\d+ บาท)")
    fines = ["5 บาท", "100 บาท"]
    stem = "ค่าปรับสูงสุดต่อเล่มสำหรับหนังสือที่ส่งคืนเกินกำหนดคือเท่าไร"
    picked = bound_choice(unit_index(bot.index), sentence, stem, fines, [0, 1])
    assert picked is not None and fines[picked] == most


def test_a_change_binds_its_new_value_or_the_old_one_asked(bot: QABot) -> None:
    sentence = next(line for line in MINUTES.splitlines() if "จากเดือนละ" in line)
    old, new = re.findall(r"(?:จาก|เป็น)เดือนละ (\d+ บาท)", sentence)
    shops = _value_in(sentence, r"ส่วนร้านค้า.*?(\d+ บาท)")
    ui = unit_index(bot.index)
    asked = {
        "ค่าธรรมเนียมเก็บขยะของครัวเรือนเดือนละเท่าไร": new,
        "ค่าธรรมเนียมเก็บขยะเดิมของครัวเรือนเดือนละเท่าไร": old,
        "What is the previous monthly waste fee per household?": old,
    }
    for stem, expected in asked.items():
        picked = bound_choice(ui, sentence, stem, FEES[:2], [0, 1])
        assert picked is not None and FEES[picked] == expected
    # The shops' fee is stated in a clause of its own: the change does not decide it.
    picked = bound_choice(ui, sentence, "ร้านค้าเสียค่าธรรมเนียมเดือนละเท่าไร", FEES, [0, 1, 2])
    assert picked is not None and FEES[picked] == shops


def _value_in(text: str, pattern: str) -> str:
    found = re.search(pattern, text)
    assert found is not None
    return found.group(1)


def test_the_bin_for_a_waste_is_the_colour_listed_with_it(bot_over) -> None:
    bot = bot_over("bins", {"minutes.md": MINUTES})
    for waste in ("ขยะอันตราย", "ขยะรีไซเคิล"):
        expected = _value_in(MINUTES, rf"(สี\S+?)สำหรับ{waste}")
        answer = bot.ask(f"ถังขยะสีใดใช้สำหรับ{waste}", choices=COLOURS)
        assert answer.choice is not None and answer.choice.decided
        assert COLOURS[answer.choice.index] == expected
    new = _value_in(MINUTES, r"เป็นเดือนละ (\d+ บาท)")
    answer = bot.ask("ค่าธรรมเนียมเก็บขยะใหม่ของครัวเรือนเดือนละเท่าไร", choices=FEES)
    assert answer.choice is not None and FEES[answer.choice.index] == new
