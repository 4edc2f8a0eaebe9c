"""Content-free stems: each choice a claim of its own, judged within one sentence, with the year
and place the document gives where the claim's other words are (exam/claims.py; FRESH12 §3).

Expected values are the document's (corpus/asean_socio_cultural_community.th.txt):
"ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน ภายใต้โครงการ … ระยะที่ 2 ที่
จังหวัดชัยนาท"; "… (ASEAN Centre for Active Ageing and Innovation: ACAI) ที่กรุงเทพฯ ในช่วงที่ไทย
เป็นประธานอาเซียน ปี 2562"; "ที่ประชุมรัฐมนตรีอาเซียนด้านวัฒนธรรมและศิลปะ (AMCA) ครั้งที่ 8 ที่เมือง
ยอกยาการ์ตา สาธารณรัฐอินโดนีเซีย"; "… (SAMCA) เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์";
"… ค.ศ. 2018 ที่จังหวัดภูเก็ต ทั้งนี้ ในปี 2562 ที่ไทยเป็นประธานอาเซียน …".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.lexicon import without_possessive
from qa_bot.places import places_in


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        (
            "ข้อใดถูกต้อง",
            [
                "ไทยเป็นประธานอาเซียนปี 2561",  # 2562 in the document
                "ACAI ตั้งที่เชียงใหม่",  # กรุงเทพฯ
                "คลังเก็บสิ่งของช่วยเหลือตั้งที่ชัยนาท",  # ชัยนาท 190 characters after คลังเก็บ…
                "AMCA ครั้งที่ 8 จัดที่สิงคโปร์",  # ยอกยาการ์ตา, อินโดนีเซีย
            ],
            2,
        ),
        (
            "ข้อใดกล่าวไม่ถูกต้อง",
            [
                "คลังเก็บสิ่งของช่วยเหลือตั้งที่จังหวัดชัยนาท",
                "คลังเก็บสิ่งของช่วยเหลือตั้งที่จังหวัดภูเก็ต",  # another place
                "การประชุม SAMCA จัดที่สิงคโปร์",
                "ACAI ตั้งที่กรุงเทพฯ",
            ],
            1,
        ),
    ],
)
def test_the_claim_one_sentence_makes_with_its_year_and_place_decides(
    bot, stem: str, choices: list[str], right: int
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == right
    assert choice.decided and not choice.tied


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        (
            # The sentence that says Thailand chairs ASEAN writes 2018 (a workshop in Phuket)
            # before "ในปี 2562 ที่ไทยเป็นประธานอาเซียน": the year nearest the claim's words is
            # 2562 (2019). "warehouse" (คลังเก็บสิ่งของ, not the dictionary's คลังสินค้า) neither
            # confirms nor denies; "Chiang Mai", a name the document never writes, denies.
            "Which of the following is true?",
            [
                "Thailand chaired ASEAN in 2018",
                "The relief warehouse is in Chai Nat",
                "ACAI is in Chiang Mai",
                "SAMCA was held in Bangkok",
            ],
            1,
        ),
        (
            "Which of the following is correct?",
            [
                "SAMCA was held in Singapore in 2018",
                "SAMCA was held in Bangkok in 2018",  # another place
                "SAMCA was held in Singapore in 2016",  # another year
                "ACAI was set up in Chiang Mai",
            ],
            0,
        ),
        (
            "Which statement is false?",
            [
                "The relief warehouse is in Chai Nat",
                "The relief warehouse is in Phuket",
                "SAMCA was held in Singapore",
                "ACAI will be set up in Bangkok",
            ],
            1,
        ),
    ],
)
def test_english_claims_are_judged_by_the_thai_sentence_that_makes_them(
    bot, stem: str, choices: list[str], right: int
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == right
    assert choice.decided and not choice.tied


def test_a_claim_the_documents_do_not_mention_is_decided_by_its_sentences(bot) -> None:
    # ก, ข and ง are each one sentence of the document (ACAI ที่กรุงเทพฯ; "โดยจะเป็นเจ้าภาพจัดการ
    # ประชุม ASCN ครั้งที่ 2"; "… ประเทศนำร่องตามโครงการเทียบเคียงกรอบคุณวุฒิแห่งชาติกับกรอบ
    # คุณวุฒิอ้างอิงอาเซียน"); no sea games.
    choices = [
        "ไทยจะจัดตั้งศูนย์ ACAI ที่กรุงเทพฯ",
        "ไทยจะเป็นเจ้าภาพประชุม ASCN ครั้งที่ 2",
        "ไทยจะเป็นเจ้าภาพการแข่งขันซีเกมส์",
        "ไทยเป็นประเทศนำร่องเทียบเคียงกรอบคุณวุฒิกับ AQRF",
    ]
    choice = bot.ask("ข้อใดไม่ได้กล่าวไว้ในเอกสาร", choices=choices).choice
    assert choice is not None and choice.index == 2
    assert choice.decided and not choice.tied


def test_places_are_read_as_whole_words() -> None:
    assert places_in("ระยะที่ 2 ที่จังหวัดชัยนาท") == {"ชัยนาท"}
    assert places_in("ที่กรุงเทพฯ ในช่วงที่ไทยเป็นประธานอาเซียน") == {"กรุงเทพฯ", "ไทย"}
    assert "เลย" not in places_in("ไม่ได้กล่าวถึงเลย")  # the province Loei; a stop word


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Thailand's", "Thailand"),
        ("leaders'", "leaders"),
        ("people’s", "people"),
        ("don't", "don't"),
    ],
)
def test_possessives_are_looked_up_without_their_ending(word: str, base: str) -> None:
    assert without_possessive(word) == base


# FRESH16 §5: the document writes "เครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN)" and
# "(…: ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน และปฏิญญา… ลงนามโดยผู้นำประเทศสมาชิกอาเซียน"
# (the leaders sign the next declaration). A true statement with another body in its slot is
# said otherwise (claims.other_filler).
TEXT = (
    Path(__file__).resolve().parents[1] / "corpus" / "asean_socio_cultural_community.th.txt"
).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        (
            "ข้อใดถูกต้อง",
            [
                "ไทยเสนอให้ปี 2562 เป็นปีแห่งวัฒนธรรมอาเซียน",
                "SAMCA จัดที่กรุงเทพฯ",  # สิงคโปร์
                "AUN เป็นเครือข่ายโรงพยาบาลในอาเซียน",  # มหาวิทยาลัย
                "ADDMER ลงนามโดยผู้นำประเทศสมาชิก",  # รัฐมนตรีต่างประเทศ
            ],
            0,
        ),
        (
            "ข้อใดถูกต้องตามเอกสาร",
            [
                "ADDMER ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน",
                "ADDMER ลงนามโดยผู้นำประเทศสมาชิก",
                "ADDMER ลงนามโดยรัฐมนตรีสาธารณสุข",
                "ADDMER ลงนามโดยเลขาธิการอาเซียน",
            ],
            0,
        ),
        (
            "ข้อใดกล่าวไม่ถูกต้อง",
            [
                "AUN เป็นเครือข่ายมหาวิทยาลัยอาเซียน",
                "AUN เป็นเครือข่ายโรงพยาบาลในอาเซียน",
                "AQRF เป็นกรอบคุณวุฒิอ้างอิงอาเซียน",  # the text: กรอบอ้างอิงคุณวุฒิอาเซียน
                "ADDMER ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน",
            ],
            1,
        ),
    ],
)
def test_a_claim_with_another_body_in_its_slot_is_said_otherwise(
    bot, stem: str, choices: list[str], right: int
) -> None:
    assert "เครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN)" in TEXT
    assert "ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน" in TEXT
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == right and choice.decided


@pytest.mark.parametrize(
    ("stem", "choices", "right"),
    [
        (
            "Which statement is true?",
            [
                "ADDMER was signed by ASEAN leaders.",
                "ADDMER was signed by ASEAN foreign ministers.",
                "ADDMER was signed by ASEAN health ministers.",
                "ADDMER was signed by the ASEAN Secretary-General.",
            ],
            1,
        ),
        (
            "Which statement is false?",
            [
                "ASEAN declared 2019 the ASEAN Cultural Year.",
                "The AHA Centre coordinates humanitarian assistance in disasters.",
                "ADDMER was signed by ASEAN leaders.",  # foreign ministers signed it
                "The AUN links universities in ASEAN countries.",
            ],
            2,
        ),
    ],
)
def test_an_english_claim_with_another_body_beside_its_subject_is_said_otherwise(
    bot, stem: str, choices: list[str], right: int
) -> None:
    # "signed" has no gloss the text writes: the claim's body is judged beside ADDMER all the same.
    assert "ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน" in TEXT
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == right
    # the leaders' claim is said otherwise: its score counts nothing (contradicted_share)
    leaders = choices.index("ADDMER was signed by ASEAN leaders.")
    assert choice.scores[leaders] == min(choice.scores)


def test_the_slot_is_read_beside_the_subject() -> None:
    from qa_bot.exam.claims import other_filler

    text = "อาเซียนได้จัดตั้งเครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN) ขึ้น"
    assert other_filler(text, "AUN เป็นเครือข่ายโรงพยาบาลในอาเซียน")
    assert not other_filler(text, "AUN เป็นเครือข่ายมหาวิทยาลัยอาเซียน")
    # no relation word beside the subject, or no acronym first: nothing said either way
    assert not other_filler(text, "AUN ตั้งอยู่ที่กรุงเทพฯ")
    assert not other_filler(text, "เครือข่ายโรงพยาบาลอาเซียนคือ AUN")
    signed = "(ASEAN Agreement on Diaster Management: ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน"
    assert other_filler(signed, "ความตกลง ADDMER ลงนามโดยผู้นำประเทศสมาชิกอาเซียน")
    assert other_filler(signed, "ADDMER ลงนามโดยรัฐมนตรีสาธารณสุข")  # another kind of minister
    assert not other_filler(signed, "ADDMER ลงนามโดยรัฐมนตรีต่างประเทศ")
    # an English relation word the text cannot judge ("signed", unglossed): the claim's Thai
    # words in its slot must stand beside the subject; the leaders sign the next declaration,
    # a bracketed English name further on
    addmer = TEXT[TEXT.index("(ASEAN Agreement on Diaster") : TEXT.index("ลงนามโดยผู้นำ") + 40]
    assert other_filler(addmer, "ADDMER was signed by ASEAN ผู้นำ")
    assert not other_filler(addmer, "ADDMER was signed by ASEAN ต่างประเทศ รัฐมนตรี")
    assert not other_filler(addmer, "ADDMER was signed by ASEAN foreign ministers")  # no Thai
    # a number after the relation word is no body's slot (other_number reads it)
    held = "ที่ประชุมรัฐมนตรีอาเซียนด้านวัฒนธรรมและศิลปะ (AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา"
    assert not other_filler(held, "การประชุม AMCA ครั้งที่ 8 จัดขึ้นที่เมืองยอกยาการ์ตา")


# A body named by its acronym beside "None of the above": the sentence that says the stem's topic
# names the body the documents give it ("… ศูนย์ประสานงานอาเซียนเพื่อความช่วยเหลือด้านมนุษยธรรม …
# (… AHA Centre)"); a choice naming another body they speak of elsewhere (ACAI for active ageing,
# AQRF for qualifications, AUN for universities) is said otherwise (claims.other_body).
AHA = "ศูนย์ประสานงานอาเซียนเพื่อความช่วยเหลือด้านมนุษยธรรมในการจัดการภัยพิบัติ (ASEAN Coordinating"


def test_another_body_than_the_topic_sentence_names_is_said_otherwise() -> None:
    from qa_bot.exam.claims import other_body

    start = TEXT.index(AHA)
    sentence = TEXT[start : TEXT.index(")", start) + 1]
    assert "AHA Centre" in sentence
    topic = "Which body coordinates humanitarian assistance when disasters strike ASEAN countries"
    assert other_body(sentence, f"{topic} The ACAI", topic)
    assert other_body(sentence, f"{topic} The AQRF", topic)
    assert not other_body(sentence, f"{topic} The AHA Centre", topic)
    # the topic's own acronym is no answer: a sentence naming only ASEAN names no other body
    assert not other_body("ความร่วมมือของอาเซียน (ASEAN)", f"{topic} The ACAI", topic)
    # an acronym the documents never write ("ASCC" for the community they name in full) may be
    # another name of the body the sentence names: not said otherwise
    written = {"~aha", "~acai", "~asean"}
    assert "ASCC" not in TEXT
    assert not other_body(sentence, f"{topic} The ASCC", topic, written)
    assert other_body(sentence, f"{topic} The ACAI", topic, written)


def test_none_of_the_above_when_every_body_named_is_another_than_the_documents(bot) -> None:
    assert "(ASEAN Centre for Active Ageing and Innovation: ACAI)" in TEXT
    assert "(ASEAN Qualifications Reference Framework: AQRF)" in TEXT
    stem = "Which body coordinates humanitarian assistance when disasters strike ASEAN countries?"
    choices = ["The AUN", "The ACAI", "The AQRF", "None of the above"]
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 3


def test_one_sentence_says_a_whole_claim_whose_words_it_writes_far_apart(bot) -> None:
    # The document's one sentence "ประเทศไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือของอาเซียน …
    # ระยะที่ 2 ที่จังหวัดชัยนาท" writes both the warehouse and ชัยนาท: its share is the whole claim's;
    # no other sentence of the passage writes ชัยนาท.
    from qa_bot.exam.claims import sentence_shares, sentence_starts, sentence_text
    from qa_bot.exam.matching import unit_index, unit_weights

    ui = unit_index(bot.index, bot.config.exam)
    passage = next(p for p in bot.index.passages if "ชัยนาท" in p.text)
    pu = ui.units_of(passage.id)
    weights = unit_weights(ui, "คลังเก็บสิ่งของช่วยเหลือ ชัยนาท")
    shares = sentence_shares(pu, weights)
    assert shares.shape == (len(passage.sentences),)
    row = int(shares.argmax())
    said = sentence_text(passage, row)
    assert "คลังเก็บสิ่งของช่วยเหลือ" in said and "ชัยนาท" in said
    assert shares[row] == pytest.approx(1.0)
    assert all(
        shares[k] < 1.0 and "ชัยนาท" not in sentence_text(passage, k)
        for k in range(len(shares))
        if k != row
    )
    # Each sentence's start, read once per passage: the first at the passage's start, rising.
    starts = sentence_starts(pu)
    assert starts is sentence_starts(pu) and not starts.flags.writeable
    assert starts[0] == 0.0 and (starts[1:] > starts[:-1]).all()
