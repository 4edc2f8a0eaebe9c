"""Kinds of fresh question that found the wrong passage (FRESH14 §3, NOTE14 "Left" 3): a
question that sets a thing aside, an exam stem that names nothing, a count in the units the
question counts. Values from the bundled document."""

from __future__ import annotations

from qa_bot.text import without_aside

# The document's Health sector (สาธารณสุข, section 5): "อาเซียนยังมีความร่วมมือด้านสาธารณสุขใน
# ประเด็นอื่น ๆ เช่น ภาวะทุพโภชนาการ การดื้อยาต้านจุลชีพ …" after the infectious-disease sentence.
OTHER_HEALTH_ISSUES = "ภาวะทุพโภชนาการ"


def test_an_aside_is_left_out_of_what_is_searched() -> None:
    sought, aside = without_aside(
        "Besides infectious diseases, what other health issues does ASEAN work on?"
    )
    assert sought == "what other health issues does ASEAN work on?"
    assert aside  # the words of "infectious diseases"
    sought, aside = without_aside("นอกจากไทยแล้ว มีประเทศไหนอีกบ้างที่เป็นประเทศนำร่อง")
    assert sought == "มีประเทศไหนอีกบ้างที่เป็นประเทศนำร่อง"
    assert "ไทย" in aside


def test_no_aside_leaves_the_question_as_it_is() -> None:
    for question in (
        "นอกจากนี้ อาเซียนทำอะไร",  # "besides this": refers back to nothing in a question
        "All of the following are true EXCEPT",  # an exam stem's negation, no aside
        "นอกจาก AUN แล้ว",  # nothing would be left
    ):
        assert without_aside(question) == (question, ())


def test_what_else_is_found_not_what_is_set_aside(bot) -> None:
    for question in (
        "Besides infectious diseases, what other health issues does ASEAN work on?",
        "Apart from AIDS and Zika, what health topics does ASEAN cooperate on?",
    ):
        top = bot.ask(question).hits[0]
        assert top.section_id == 5
        assert OTHER_HEALTH_ISSUES in top.answer_sentence


def test_an_aside_gives_no_answer(bot) -> None:
    # The document names Thailand alone as a pilot country of the AQRF.
    answer = bot.ask("นอกจากไทยแล้ว มีประเทศไหนอีกบ้างที่เป็นประเทศนำร่องเทียบกรอบคุณวุฒิกับ AQRF")
    assert answer.verdict != "answered"


def test_a_stem_that_names_nothing_finds_its_choices_passages(bot) -> None:
    # Only the first choice is what the document says: the relief-supplies warehouse "ที่จังหวัด
    # ชัยนาท" (Disaster management, section 6); the AHA Centre's place is not given, ASCN is for
    # the quality of life through technology, the Cultural Year is 2562 (2019).
    answer = bot.ask(
        "ข้อใดถูกต้องตามเอกสาร",
        choices=[
            "คลังเก็บสิ่งของช่วยเหลือของอาเซียนตั้งอยู่ที่จังหวัดชัยนาท",
            "ศูนย์ AHA ตั้งอยู่ที่ภูเก็ต",
            "ASCN จัดตั้งเพื่อการท่องเที่ยว",
            "ปีแห่งวัฒนธรรมอาเซียนคือปี 2561",
        ],
    )
    assert answer.hits[0].section_id == 6
    assert "ชัยนาท" in answer.hits[0].answer_sentence
    assert answer.verdict == "answered"


def test_the_chosen_choice_goes_first_under_a_stem_that_names_nothing(bot) -> None:
    answer = bot.ask(
        "Which of the following is true?",
        choices=[
            "The consensus on migrant workers was signed in Manila",
            "AMCA 8 was held in Bangkok",
            "SAMCA was held in Jakarta",
            "The AHA Centre is in Chainat",
        ],
    )
    assert answer.choice is not None and answer.choice.index == 0 and answer.choice.decided
    # Labour (section 3): "…ฉันทามติอาเซียนว่าด้วยการคุ้มครองและส่งเสริมสิทธิแรงงานต่างด้าว …
    # ณ กรุงมะนิลา ฟิลิปปินส์"
    assert answer.hits[0].section_id == 3
    assert "แรงงานต่างด้าว" in answer.hits[0].answer_sentence
    assert [h.rank for h in answer.hits] == list(range(1, len(answer.hits) + 1))
