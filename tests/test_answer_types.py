"""What a question asks for, and whether a text holds a value of that type.

Expected values come from the bundled document's own sentences (quoted) or from the issue's
examples of how documents write times ("07.30 ถึง 16.30 น.").
"""

from __future__ import annotations

import pytest

from qa_bot.answer_types import (
    CHECKABLE_TYPES,
    COUNT,
    DATE,
    ORDINAL,
    PERSON,
    PLACE,
    TIME,
    asked_date_parts,
    asked_measure,
    asked_parts,
    asked_place_level,
    asked_type,
    count_classifiers,
    first_question,
    gazetteer_names,
    has_count_of,
    has_date_part,
    has_measure,
    has_place_level,
    has_value,
    is_request,
    states_value,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("ห้องสมุดเปิดกี่โมง", TIME),
        ("ประชุมเริ่มเวลาใด", TIME),
        ("What time does the library open?", TIME),
        ("อาเซียนมีประเทศสมาชิกกี่ประเทศ", COUNT),
        ("How many characteristics does the ASCC Blueprint 2025 have?", COUNT),
        ("ใช้งบประมาณเท่าไร", COUNT),
        # Written Thai (translated articles, exam papers) asks เท่าใด where speech says เท่าไร.
        ("ใช้งบประมาณเท่าใด", COUNT),
        ("การประชุม SAMCA จัดขึ้นเมื่อวันที่เท่าใด", DATE),
        ("ไทยจะเป็นเจ้าภาพจัดการประชุม ASCN ครั้งที่เท่าใด", ORDINAL),
        ("SAMCA จัดขึ้นเมื่อไร", DATE),
        ("ปฏิญญานี้รับรองในปีใด", DATE),
        ("When did SAMCA take place?", DATE),
        ("ที่ประชุมสุดยอดครั้งที่ 31 จัดที่ไหน", PLACE),
        ("คลังสิ่งของตั้งอยู่จังหวัดใด", PLACE),
        ("Where is the AHA Centre?", PLACE),
        ("ใครลงนามในปฏิญญา", PERSON),
        ("หน่วยงานใดรับผิดชอบ", PERSON),
        ("Who signed the declaration?", PERSON),
        ("AQRF คืออะไร", None),
        ("Why do ASEAN countries cooperate on culture?", None),
    ],
)
def test_what_the_question_asks_for(question: str, kind: str | None) -> None:
    assert asked_type(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "เกี่ยวกับ" (about) spells ก-ี-่ after the leading vowel เ: inside a syllable, not the
        # question word กี่ (how many). Questions of our sets read as counts because of it.
        ("ความตกลง ADDMER เกี่ยวกับเรื่องอะไร", None),
        ("ไทยจะทำอะไรเกี่ยวกับเครือข่ายเมืองอัจฉริยะ", None),
        ("ปฏิญญานี้เกี่ยวข้องกับกี่ประเทศ", COUNT),  # the real กี่ still counts
        ("เขาใคร่รู้ว่าอาเซียนทำอะไร", None),  # ใคร่ (wish) is not ใคร (who)
        # An English wh-word after a noun is a relative pronoun, not a question.
        ("For people who work without a contract, what protection does ASEAN offer?", None),
        ("What would a student who wants to study in Malaysia gain from AQRF?", None),
        ("What is the city where the summit met famous for?", None),
        # … but it asks after a preposition, a conjunction, a verb of knowing, or at the end.
        ("By which year is ASEAN to become resilient?", DATE),
        ("Do you know when SAMCA took place?", DATE),
        ("Where and when did Thailand host the conference?", DATE),
        ("SAMCA was held where?", PLACE),
    ],
)
def test_question_words_inside_other_words_ask_nothing(question: str, kind: str | None) -> None:
    assert asked_type(question) == kind


@pytest.mark.parametrize(
    ("text", "kind", "holds"),
    [
        # A document writes times with "น.", never "โมง" (the example).
        ("ห้องสมุดเปิดให้บริการเวลา 07.30 ถึง 16.30 น.", TIME, True),
        ("เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018", TIME, False),
        # The document: "มีคุณลักษณะ 5 ข้อ" is a count; "ครั้งที่ 28-29" and years are not.
        ("มีคุณลักษณะ 5 ข้อ ได้แก่", COUNT, True),
        ("ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 เมื่อปี 2559", COUNT, False),
        ("ความร่วมมือมีสามประเด็น", COUNT, True),
        # A day of a month is a date, not a count: the SAMCA sentence gives no number of
        # anything ("How many ministers attended SAMCA?" is not answered by it).
        ("SAMCA) เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์", COUNT, False),
        ("การประชุมเมื่อ 22 – 23 พ.ย. 2560 ที่ภูเก็ต", COUNT, False),
        ("held on 10 July 2018 in Singapore", COUNT, False),
        ("มีผู้เข้าร่วม 200 คน เมื่อ 23 พฤศจิกายน", COUNT, True),
        ("อาเซียนสามารถรับมือได้", COUNT, False),  # "สาม" inside "สามารถ" is no numeral
        # Dates in either era, or a month name.
        ("SAMCA) เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018", DATE, True),
        ("ในปี 2562", DATE, True),
        # Years of any century (bench/data/reading/articles: translated articles date things
        # before 1900), and a century named; a count or a decimal is no year.
        ("มารี กูรีเกิดเมื่อวันที่ 7 พฤศจิกายน 1867 ที่กรุงวอร์ซอ", DATE, True),
        ("ประมาณปี 1440 กูเทนแบร์กได้พัฒนาแท่นพิมพ์", DATE, True),
        ("สร้างขึ้นในศตวรรษที่ 15", DATE, True),
        ("มีผู้เข้าชม 1,500 คน", DATE, False),
        ("มีผู้เข้าชม 1,500 คน", COUNT, True),
        ("ค่าประมาณ 3.1416", DATE, False),
        ("เพื่อส่งเสริมงานที่มีคุณค่า", DATE, False),
        # An English month is a whole word: "mayor", "marched" hold none.
        ("held in May 2018", DATE, True),
        ("the mayor of Bangkok", DATE, False),
        ("the ministers marched on", DATE, False),
        # A day named by an event, as Thai laws say when they take effect (FRESH12 §5).
        ("พระราชกฤษฎีกานี้ให้ใช้บังคับตั้งแต่วันประกาศในราชกิจจานุเบกษาเป็นต้นไป", DATE, True),
        ("ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป", DATE, True),
        ("This Act comes into force on the day after its publication", DATE, True),
        ("ห้องสมุดเปิดบริการทุกวัน", DATE, False),
        # Places: "ณ กรุงมะนิลา ฟิลิปปินส์" (the document), a province from PyThaiNLP's list.
        ("ณ กรุงมะนิลา ฟิลิปปินส์", PLACE, True),
        ("คลังสิ่งของที่ชัยนาท", PLACE, True),
        ("เพื่อส่งเสริมงานที่มีคุณค่า", PLACE, False),
        ("ผู้นำประเทศสมาชิกอาเซียนลงนาม", PERSON, True),
    ],
)
def test_values_of_a_type_in_a_text(text: str, kind: str, holds: bool) -> None:
    assert has_value(text, kind) is holds


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # An ordinal is classifier + ที่ + number in Thai: asked with ที่เท่าไร, answered by
        # "ครั้งที่ 33" — which is no count ("ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29" above).
        ("แผนแม่บทเรื่องสิทธิคนพิการ ผู้นำรับรองในการประชุมสุดยอดครั้งที่เท่าไร", ORDINAL),
        ("ดัชนีการพัฒนาเยาวชนอาเซียนออกมาเป็นฉบับที่เท่าไร", ORDINAL),
        ("At which summit (what number) did the leaders adopt the master plan?", ORDINAL),
        ("Which edition of the ASEAN Youth Development Index is it?", ORDINAL),
        # "พื้นที่" (area) ends in ที่ and asks a count; a date's วันที่ stays a date.
        ("คลังสิ่งของมีพื้นที่กี่ตารางเมตร", COUNT),
        ("วันไข้เลือดออกอาเซียนตรงกับวันที่เท่าไร", DATE),
        # "วัน" + ใด / ไหน / อะไร asks a day as "วันที่" + เท่าไร does (the Thai date frames of
        # the reference grammar at answer_types._ASKS; a regex "วันที่?" made only the tone
        # mark optional and missed them).
        ("ศูนย์ผู้สูงวัย ACAI จะเปิดให้บริการวันไหน", DATE),
        ("การประชุมรัฐมนตรีวัฒนธรรมอาเซียนครั้งที่ 8 ที่ยอกยาการ์ตาจัดวันไหน", DATE),
        ("ประชุมออนไลน์เรื่องซิกาจัดขึ้นวันใด", DATE),
        # The TREC taxonomy's numeric types (Li & Roth 2002), a modifier or two after
        # what/which: money and percentages are counted values, "what exact date" a date.
        ("What budget was needed to set up the centre?", COUNT),
        ("By what percentage did SAMCA aim to cut emissions?", COUNT),
        ("In which Buddhist Era year was the 8th AMCA held?", DATE),
        ("On what exact date was the 2nd ASCN meeting held?", DATE),
        ("Which years does the blueprint cover?", DATE),
        # … but a verb after what starts a clause, and "what kind of" asks a kind.
        ("What is the number of member states?", COUNT),
        # Measures (NUM:period, age, distance, size): the Thai twin asks เท่าใด.
        ("How long is the Rhine River?", COUNT),
        ("How old was Einstein when he died?", COUNT),
        ("What kind of budget does ASEAN plan?", None),
    ],
)
def test_ordinals_and_numeric_types(question: str, kind: str | None) -> None:
    assert asked_type(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # An opening adverbial clause's when/where/if subordinates (Quirk et al. 1985, ch. 15):
        # the question is the main clause after the comma. The document answers the first with
        # a body ("ศูนย์ประสานงานอาเซียนด้านความช่วยเหลือด้านมนุษยธรรม (AHA Centre)"), no date.
        ("When a disaster strikes, through which central body does ASEAN send help?", None),
        ("When there's a big flood in ASEAN, is there a central body coordinating the help?", None),
        ("When the culture ministers met in Indonesia in 2018, what did they adopt?", None),
        ("If I study in Thailand, where can I continue my studies?", PLACE),
        ("When the ministers met in 2018, who chaired the meeting?", PERSON),
        # … but a wh-word followed by an auxiliary or another wh-word asks: both parts here.
        ("When was ASEAN founded, who signed it?", DATE),
        ("When was ASEAN founded, and who signed the Bangkok Declaration?", DATE),
        ("When and where did ASEAN and China hold the workshop?", DATE),
        ("When, where and by whom was it signed?", DATE),
    ],
)
def test_an_opening_adverbial_clause_asks_nothing(question: str, kind: str | None) -> None:
    assert asked_type(question) == kind


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        # The document: "ในการประชุมสุดยอดอาเซียน ครั้งที่ 33 … ได้รับรองแผนแม่บทอาเซียน …
        # เพื่อบูรณาการสิทธิคนพิการ" and "ดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง".
        ("ผู้นำประเทศอาเซียนในการประชุมสุดยอดอาเซียน ครั้งที่ 33 ได้รับรองแผนแม่บท", True),
        ("ดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง (First ASEAN Youth Development Index)", True),
        ("adopted at the 31st ASEAN Summit", True),
        ("ความร่วมมือด้านสิ่งแวดล้อมเป็นหนึ่งในประเด็นที่อาเซียนให้ความสำคัญ", False),
    ],
)
def test_ordinal_values(text: str, holds: bool) -> None:
    assert has_value(text, ORDINAL) is holds


def test_only_closed_types_are_checked_against_a_text() -> None:
    # A translated article names people and places with no title or capital to spot:
    # "บิดาของเลโอนาร์โดคือเซอร์ปีเอโร" holds the answer to a who-question no pattern sees.
    assert asked_type("บิดาของเลโอนาร์โดคือใคร") == PERSON
    assert not has_value("บิดาของเลโอนาร์โดคือแซร์ ปีเอโร ดา วินชี", PERSON)
    assert {TIME, COUNT, ORDINAL, DATE} == CHECKABLE_TYPES


@pytest.mark.parametrize(
    ("question", "is_one"),
    [
        # Directives to compose, translate out of the bot's languages, or opine.
        ("ช่วยเขียนเรียงความเรื่องประชาคมอาเซียนให้หน่อย", True),
        ("แต่งกลอนสั้น ๆ เกี่ยวกับอาเซียนให้หน่อย", True),
        ("ช่วยแปลคำว่า การพัฒนาที่ยั่งยืน เป็นภาษาจีนให้หน่อย", True),
        # the request word before or after the verb, on another line too
        ("โปรด\nแต่งกลอนเรื่องอาเซียน", True),
        ("แปลชื่อ AQRF\nเป็นภาษาญี่ปุ่นหน่อย", True),
        ("คุณคิดว่าปฏิญญานี้ได้ผลจริงไหม", True),
        ("Write me a short poem about ASEAN unity", True),
        ("Can you translate 'sustainable development' into Chinese?", True),
        ("In your opinion, does the declaration work?", True),
        # Questions for facts that use the same verbs.
        ("ช่วยบอกหน่อยว่าชื่อภาษาอังกฤษเขียนว่าอย่างไร", False),  # how it is written
        ("ใครได้รับการแต่งตั้ง ช่วยบอกหน่อย", False),  # แต่งตั้ง: appoint
        ("AQRF แปลว่าอะไรหน่อย", False),  # แปลว่า: means
        ("ช่วยแปล AQRF เป็นภาษาไทยหน่อย", False),  # the document gives the Thai name
        ("Please write the full name of AUN", False),
        ("What did the ministers write in the declaration?", False),
        ("ช่วยบอกหน่อยว่าใครเป็นคนเขียนปฏิญญาฉบับนี้", False),  # who wrote it: a fact
        ("ผู้แต่งเพลงประจำอาเซียนคือใคร ช่วยบอกหน่อย", False),
    ],
)
def test_requests_for_a_text_or_an_opinion(question: str, is_one: bool) -> None:
    assert is_request(question) is is_one


def test_a_thai_count_is_answered_by_a_number_of_its_classifier() -> None:
    # "กี่ข้อ" counts in ข้อ: the document's "มีคุณลักษณะ 5 ข้อ" answers it; a year or a number
    # of something else does not ("ครั้งที่ 28-29 เมื่อปี 2559").
    assert count_classifiers("แผนงานนี้มีคุณลักษณะกี่ข้อ") == ("ข้อ",)
    assert has_count_of("มีคุณลักษณะ 5 ข้อ ได้แก่", "ข้อ")
    assert not has_count_of("ที่ประชุมสุดยอดอาเซียน ครั้งที่ 28-29 เมื่อปี 2559", "ข้อ")
    assert has_count_of("ความร่วมมือมีสามประเด็น", "ประเด็น")  # a Thai numeral word
    # ไม่กี่ is "a few", not a question; กี่โมง asks a time; English counts have no classifier.
    assert count_classifiers("แพร่ไปภายในไม่กี่สัปดาห์") == ()
    assert count_classifiers("ห้องสมุดเปิดกี่โมง") == ()
    assert count_classifiers("How many characteristics are there?") == ()
    # newmm joins the classifier to the next word ("กี่ | คนใน"): its first word is offered.
    assert "คน" in count_classifiers("มีคนงานเสียชีวิตกี่คนในช่วงนั้น")
    # Percentages are also written ร้อยละ N.
    assert has_count_of("ลดการปล่อยก๊าซลงร้อยละ 30", "เปอร์เซ็นต์")


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        # The TREC taxonomy's measures (Li & Roth 2002), asked in Thai with a measure noun or
        # adjective before เท่าใด, in English with how + adjective.
        ("แม่น้ำดานูบมีความยาวเท่าใด", "distance"),
        ("ดาวเสาร์อยู่ห่างจากดวงอาทิตย์เท่าใด", "distance"),
        ("How high did the column of ash rise?", "distance"),
        ("รัฐบาลเนปาลเรียกเก็บค่าใบอนุญาตปีนเขาจากชาวต่างชาติคนละเท่าใด", "money"),
        ("How much did the 2013–2016 restoration cost?", "money"),
        ("What budget was needed to set up the centre?", "money"),
        # … and with the copula and article between: the amount asked is still money.
        ("What is the annual budget of the ASEAN Centre for Active Ageing?", "money"),
        ("อุณหภูมิสูงสุดที่เคยบันทึกได้ในทะเลทรายสะฮาราคือเท่าใด", "temperature"),
        ("How fast did the bulge on the north flank grow?", "speed"),
        ("ทะเลทรายสะฮารามีพื้นที่เท่าใด", "area"),
        ("นกเพนกวินจักรพรรดิตัวผู้กกไข่นานเท่าใด", "period"),
        # "how long" is a length or a period: "How long was Japan's first railway?" (29 km).
        ("How long was Japan's first railway?", "length or period"),
        ("ไอน์สไตน์มีอายุเท่าใดเมื่อถึงแก่กรรม", "age"),
        ("By what percentage did SAMCA aim to cut emissions?", "percent"),
        # A plain count, and the idiom "how far has … got" (progress, not a distance).
        ("How many universities are in the network?", None),
        ("อาเซียนมีสมาชิกกี่ประเทศ", None),
        ("How far has Thailand got with referencing its qualifications framework?", None),
    ],
)
def test_the_measure_a_question_asks_for(question: str, measure: str | None) -> None:
    assert asked_measure(question) == measure


@pytest.mark.parametrize(
    ("text", "measure", "holds"),
    [
        # Sentences of bench/data/reading/articles (danube, albert_einstein, mount_st_helens_1980,
        # saturn, leonardo_da_vinci) and of the bundled document.
        ("คลองไรน์–ไมน์–ดานูบซึ่งมีความยาว 171 กิโลเมตรได้เปิดใช้งาน", "distance", True),
        ("มีดาวบริวารที่ได้รับการยืนยันแล้ว 274 ดวง", "distance", False),
        ("ถูกประมูลขายที่คริสตีส์ในนิวยอร์กด้วยราคา 450.3 ล้านดอลลาร์สหรัฐ", "money", True),
        ("sold at Christie's for $450.3 million", "money", True),
        ("การปะทุเมื่อวันที่ 18 พฤษภาคม 1980 คร่าชีวิตผู้คนไป 57 ราย", "money", False),
        ("ขณะมีอายุ 76 ปี จากภาวะหลอดเลือดแดงใหญ่โป่งพอง", "age", True),
        ("ขยายตัวอย่างรวดเร็วในอัตราประมาณ 1.5 ถึง 2 เมตรต่อวัน", "speed", True),
        ("พื้นที่ตอนกลางได้รับปริมาณน้ำฝนเฉลี่ยน้อยกว่า 25 มิลลิเมตรต่อปี", "temperature", False),
        ("ลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 30", "percent", True),
        ("ประกอบด้วย 15 สาขา", "percent", False),
        # A table names its unit once, in a header (python-docx report of docs-samples).
        ("รายการ | งบประมาณ (บาท) | หมายเหตุ\nค่าใช้สอย | 880,500 | ประจำปี", "money", True),
        ("รายการ | จำนวน | หมายเหตุ\nค่าใช้สอย | 880,500 | ประจำปี", "money", False),
    ],
)
def test_a_measure_is_answered_by_a_number_with_its_unit(
    text: str, measure: str, holds: bool
) -> None:
    assert has_measure(text, measure) is holds


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("คลังเก็บสิ่งของช่วยเหลือของอาเซียนในประเทศไทยตั้งอยู่ที่จังหวัดใด", "province"),
        ("ปี 2560 ไทยจัดประชุมเรื่องขยะทะเลที่จังหวัดไหน", "province"),
        ("Which Thai province was picked for the ASEAN relief supplies warehouse?", "province"),
        ("แนวทาง CSR ด้านแรงงานเป็นข้อริเริ่มของประเทศใด", "country"),
        ("Which country hosted the special ministerial meeting on climate action?", "country"),
        # A city has no list of names to check against; "ที่ไหน" asks for no level.
        ("ฉันทามติเรื่องแรงงานข้ามชาติลงนามที่เมืองใด", None),
        ("SAMCA จัดที่ไหน", None),
    ],
)
def test_the_level_of_place_a_question_asks_for(question: str, level: str | None) -> None:
    assert asked_place_level(question) == level


@pytest.mark.parametrize(
    ("text", "level", "holds"),
    [
        # The bundled document: the warehouse's province, and a sentence naming only a country.
        ("ภัยพิบัติของอาเซียน ระยะที่ 2 ที่จังหวัดชัยนาท", "province", True),
        ("ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน", "province", False),
        ("ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน", "country", True),
        ("เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์", "country", True),
        ("an ASEAN workshop held in Phuket province", "province", True),
    ],
)
def test_a_place_level_is_answered_by_a_name_of_that_level(
    text: str, level: str, holds: bool
) -> None:
    assert has_place_level(text, level) is holds


def test_classifiers_of_abstract_things_count_the_same_things() -> None:
    # The document counts its traits and fields as "คุณลักษณะ 5 ข้อ" and "ประกอบด้วย 15 สาขา";
    # a reader asks "กี่อย่าง", "กี่ประการ", "กี่ด้าน".
    assert has_count_of("มีคุณลักษณะ 5 ข้อ ได้แก่", "อย่าง")
    assert has_count_of("มีคุณลักษณะ 5 ข้อ ได้แก่", "ประการ")
    assert has_count_of("ประกอบด้วย 15 สาขา", "ด้าน")
    # … but not people, nor things counted by a concrete classifier.
    assert not has_count_of("มีคุณลักษณะ 5 ข้อ ได้แก่", "คน")
    assert not has_count_of("มีสมาชิก 120 คน", "ด้าน")


def test_abstract_classifiers_of_other_things_are_other_units() -> None:
    # The document's five traits ("คุณลักษณะ 5 ข้อ") are no count of its fields, nor its fifteen
    # fields ("15 สาขา") a count of points.
    assert not has_count_of("มีคุณลักษณะ 5 ข้อ ได้แก่", "สาขา")
    assert not has_count_of("ประกอบด้วย 15 สาขา", "ข้อ")
    assert not has_count_of("ประกอบด้วย 15 สาขา", "อย่าง")


def test_a_noun_counted_before_its_number() -> None:
    # "How many characteristics": the document writes the noun, then its number and classifier.
    assert has_count_of("มีคุณลักษณะ 5 ข้อ ได้แก่", "ลักษณะ", noun_first=True)
    assert not has_count_of("มีคุณลักษณะ 5 ข้อ ได้แก่", "ลักษณะ")


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("การประชุม ASCN ครั้งที่ 2 ที่ไทยจัดตรงกับวันที่เท่าไหร่", ("day",)),
        ("On what exact date was the 2nd ASCN meeting held?", ("day",)),
        ("ผู้นำอาเซียนตกลงเรื่องนี้ตอนเดือนไหน ปีอะไร", ("month", "year")),
        ("ความตกลงว่าด้วยมลพิษจากหมอกควันข้ามแดนลงนามเมื่อปีไหน", ("year",)),
        ("In which Buddhist Era year was SAMCA held?", ("year",)),
        # "When" / "เมื่อไร" asks no part: any date answers it; an ordinal year asks none.
        ("SAMCA จัดขึ้นเมื่อไร", ()),
        ("When did SAMCA take place?", ()),
        ("ครบรอบปีที่เท่าไร", ()),
    ],
)
def test_the_parts_of_a_date_a_question_asks_for(question: str, parts: tuple[str, ...]) -> None:
    assert asked_date_parts(question) == parts


@pytest.mark.parametrize(
    ("text", "part", "holds"),
    [
        # The bundled document's dates: a day and month with a year, and a year alone.
        ("เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์", "day", True),
        ("เมื่อวันที่ 22 – 23 พฤศจิกายน ค.ศ. 2017", "day", True),
        ("รับรองข้อเสนอของไทยในการกำหนดให้ปี 2562 เป็นปีแห่งวัฒนธรรมอาเซียน", "day", False),
        ("รับรองข้อเสนอของไทยในการกำหนดให้ปี 2562 เป็นปีแห่งวัฒนธรรมอาเซียน", "year", True),
        ("รับรองข้อเสนอของไทยในการกำหนดให้ปี 2562 เป็นปีแห่งวัฒนธรรมอาเซียน", "month", False),
        ("held on July 10, 2018", "day", True),
        ("เมื่อวันที่ ๑๐ กรกฎาคม พ.ศ. ๒๕๖๑", "year", True),  # Thai digits
        ("ในเดือนตุลาคม", "month", True),
    ],
)
def test_a_date_part_is_answered_by_a_text_giving_it(text: str, part: str, holds: bool) -> None:
    assert has_date_part(text, part) is holds


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # Two questions in two clauses: the first, with its subject, as written.
        ("ปีแห่งวัฒนธรรมอาเซียนคือปีไหน แล้วใครเป็นคนเสนอ", "ปีแห่งวัฒนธรรมอาเซียนคือปีไหน"),
        ("SAMCA จัดที่ไหน เมื่อไหร่", "SAMCA จัดที่ไหน"),
        ("What does SAMCA stand for and when did it take place?", "What does SAMCA stand for"),
        # An opening adverbial clause is no question of its own.
        (
            "When a disaster strikes, through which body does ASEAN send help, and who runs it?",
            "through which body does ASEAN send help",
        ),
        # One question, or two question words in one clause.
        ("SAMCA จัดขึ้นเมื่อไร", None),
        ("When and where did the 8th AMCA meeting take place?", None),
        # "เกี่ยวกับ" holds no question word (กี่ starts a syllable).
        ("ข้อใดเกี่ยวกับปฏิญญาเวียงจันทน์", None),
    ],
)
def test_the_first_of_two_questions(question: str, first: str | None) -> None:
    assert first_question(question) == first


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "What is the <amount> of …" asks an amount, as "what budget" does …
        ("What is the annual budget of the ASEAN Centre for Active Ageing?", COUNT),
        ("What was the total cost of the relief warehouse?", COUNT),
        # … but "what is the purpose / name / goal of …" asks no value.
        ("What is the purpose of the ASEAN Centre for Active Ageing?", None),
        ("What is the name of the network?", None),
    ],
)
def test_an_amount_asked_with_the_copula(question: str, kind: str | None) -> None:
    assert asked_type(question) == kind


# A place asked through a noun of location (ที่ตั้ง, สถานที่) and ข้อใด/อะไร rather than ที่ไหน:
# the README's exam stem "ข้อใดเป็นที่ตั้งของศูนย์ประสานงาน AHA Centre" asks a place.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("ข้อใดเป็นที่ตั้งของศูนย์ประสานงาน AHA Centre", PLACE),
        ("ข้อใดคือสถานที่จัดการประชุม SAMCA", PLACE),
        ("สถานที่จัดการประชุม SAMCA คืออะไร", PLACE),
        ("ที่ตั้งของศูนย์ ACAI อยู่ที่ใด", PLACE),
        ("ศูนย์ ACAI ตั้งอยู่ไหน", PLACE),
        ("What is the location of the AHA Centre?", PLACE),
        # ที่ตั้งขึ้น is "which was set up": no place asked.
        ("ศูนย์ที่ตั้งขึ้นมีหน้าที่อะไร", None),
        ("สถานที่ท่องเที่ยวมีอะไรบ้าง", None),
        # a venue asked by its noun: a room, a building, a hall (FRESH17a §1.3's handouts)
        ("อบรมปฐมพยาบาลจัดที่ห้องไหน", PLACE),
        ("สอบปลายภาคที่อาคารใด", PLACE),
        ("Which room is the CPR training in?", PLACE),
        ("ห้องสมุดมีหนังสือประเภทไหน", None),  # ห้องสมุด (library) is no room asked
    ],
)
def test_a_place_asked_by_a_noun_of_location(question: str, kind: str | None) -> None:
    assert asked_type(question) == kind


# A value stated as the answer to "when" / "where" states it: after a preposition of time or
# place. The document's two sentences about AMCA ครั้งที่ 8: the one that dates and places the
# meeting, and the one that names a year and a country for another thing.
@pytest.mark.parametrize(
    ("text", "kind", "parts", "stated"),
    [
        (
            "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม… (AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา อินโดนีเซีย",
            DATE,
            (),
            True,
        ),
        (
            "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม… (AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา อินโดนีเซีย",
            PLACE,
            (),
            True,
        ),
        ("ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอของไทยในการกำหนดให้ปี 2562 เป็นปี", DATE, (), False),
        ("ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอของไทยในการกำหนดให้ปี 2562 เป็นปี", PLACE, (), False),
        # a year after a preposition of time answers "when", not "on what day"
        ("ในปี 2562 ที่ไทยเป็นประธานอาเซียน", DATE, (), True),
        ("ในปี 2562 ที่ไทยเป็นประธานอาเซียน", DATE, ("day",), False),
        # a decree's date line: Thai digits and the Buddhist era (FRESH13 §7)
        ("ให้ไว้ ณ วันที่ ๑๗ มีนาคม พ.ศ. ๒๕๖๖", DATE, ("day",), True),
        ("ตั้งแต่ พ.ศ. ๒๕๖๒", DATE, ("day",), False),
        # หน้าที่ (duty) before ตั้งแต่ is no ที่ตั้ง (location); ในประเทศสมาชิก names no place
        ("ได้ปฏิบัติหน้าที่ตั้งแต่ พ.ศ. ๒๕๖๒", PLACE, (), False),
        ("จัดกิจกรรมทั้งในประเทศสมาชิกอาเซียนและทั่วโลก", PLACE, (), False),
        ("คลังสิ่งของตั้งอยู่ที่จังหวัดชัยนาท", PLACE, (), True),
        # "which country" is answered by a country named anywhere
        ("ซึ่งเป็นข้อริเริ่มของไทย", PLACE, ("which",), True),
        ("ซึ่งเป็นข้อริเริ่มของไทย", PLACE, (), False),
        # a venue after ณ or ที่ states where (a handout's room and hall, FRESH17a §1.3)
        ("การอบรมจัดในวันเสาร์ที่ 9 มกราคม 2570 ณ ห้องประชุมศรีสุพรรณ อาคาร 3", PLACE, (), True),
        ("สมัครได้ที่ห้องวิชาการ อาคาร 1 ตั้งแต่วันที่ 1 ถึง 20 ธันวาคม 2569", PLACE, (), True),
        ("ให้ไว้ ณ วันที่ ๑๗ มีนาคม พ.ศ. ๒๕๖๖", PLACE, (), False),  # ณ of time
        # a city of the world after ที่: where the 28th-29th summits were held (the document)
        ("ครั้งที่ 28-29 ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016 ที่เวียงจันทน์ สปป.ลาว", PLACE, (), True),
        ("ณ กรุงมะนิลา ประเทศฟิลิปปินส์", PLACE, (), True),
        # the name is read where the preposition's spaces end, and only there
        ("ที่ประชุมครั้งที่ 28-29 จัดขึ้นที่   เวียงจันทน์", PLACE, (), True),
        ("ที่ประชุมครั้งที่ 28-29 ได้ขอบคุณ สปป.ลาว", PLACE, (), False),
        ("ที่ประชุมครั้งที่ 28-29 ได้ขอบคุณ สปป.ลาว", PLACE, ("which",), True),
    ],
)
def test_a_value_stated_as_an_answer_states_it(
    text: str, kind: str, parts: tuple[str, ...], stated: bool
) -> None:
    assert states_value(text, kind, parts) is stated


def test_place_names_are_read_after_the_spaces_that_end_a_preposition() -> None:
    # states_value reads a name where a preposition of place and its spaces end: a name
    # beginning with a space would be missed there.
    names = gazetteer_names()
    assert "เวียงจันทน์" in names and "ชัยนาท" in names
    assert not [name for name in names if name[:1].isspace()]


def test_what_more_a_question_says_of_its_type() -> None:
    assert asked_parts("AMCA ครั้งที่ 8 ประชุมวันที่เท่าไร", DATE) == ("day",)
    assert asked_parts("When did the 8th AMCA meeting take place?", DATE) == ()
    assert asked_parts("ประเทศไหนเป็นคนเสนอ", PLACE) == ("which",)
    assert asked_parts("การประชุม AMCA ครั้งที่ 8 จัดที่ไหน", PLACE) == ()
