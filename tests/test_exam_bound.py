"""A choice is the document's answer only where it is said of what the stem asks about, in one
clause: "ไม่มีข้อใดถูก" / "None of the above" against a choice the same long sentence names for
something else, a number of another subject in the next sentence, a stem's date, and the
scores shown agreeing with the pick (exam/claims.py, exam/none.py, exam/decide.py; FRESH17 §1,
FRESH17a §1.7 and §2.1).

Expected values are the document's (corpus/asean_socio_cultural_community.th.txt): one sentence
of the culture section names "ปฏิญญาเวียงจันทน์ว่าด้วยการเสริมสร้างความร่วมมือด้านมรดกทางวัฒนธรรม…",
then "… ที่ประชุมรัฐมนตรีอาเซียนที่กำกับดูแลงานด้านวัฒนธรรมและศิลปะ (AMCA) ครั้งที่ 8 ที่เมือง
ยอกยาการ์ตา อินโดนีเซีย"; "เมื่อวันที่ 19 กันยายน ค.ศ. 2016 ไทยริเริ่มจัดการประชุม ASEAN Health
Minister's Special VDO Conference on the Threat of Zika virus …"; "… (SAMCA) เมื่อวันที่ 10
กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot import QABot
from qa_bot.exam.claims import bound_places


def test_the_place_a_long_sentence_gives_the_topic_is_the_one_beside_its_words(
    source_text: str,
) -> None:
    start = source_text.index("อาเซียนเป็นภูมิภาคที่มีความหลากหลายทางวัฒนธรรม")
    end = source_text.index("ได้ให้การรับรองปฏิญญายอกยาการ์ตา")
    sentence = source_text[start:end]
    assert "เวียงจันทน์" in sentence  # named, for another declaration
    bound = bound_places(sentence, "ที่ประชุม AMCA ครั้งที่ 8")
    # ยอกยาการ์ตา is in no list of places (places.py); its country is.
    assert "อินโดนีเซีย" in bound and "เวียงจันทน์" not in bound


@pytest.mark.parametrize(
    ("stem", "choices"),
    [
        (
            "การประชุม AMCA ครั้งที่ 8 จัดขึ้นที่เมืองใด",
            ["เวียงจันทน์", "กรุงมะนิลา", "กรุงเทพฯ", "ไม่มีข้อใดถูก"],
        ),
        (
            "In which city did the 8th AMCA meeting take place?",
            ["Vientiane", "Bangkok", "Manila", "None of the above"],
        ),
    ],
)
def test_none_of_the_above_beats_a_place_the_sentence_gives_something_else(
    bot, stem: str, choices: list[str]
) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == 3 and choice.decided
    # The scores shown agree with the pick: none is above it.
    assert choice.scores[3] == max(choice.scores)


def test_a_stems_date_selects_the_sentence(bot) -> None:
    choice = bot.ask(
        "In September 2016, Thailand initiated which meeting?",
        choices=[
            "the ASEAN Ministerial Meeting on Climate Action (SAMCA)",
            "a special video conference of health ministers on the Zika virus",
            "the 8th AMCA meeting",
        ],
    ).choice
    assert choice is not None and choice.index == 1


LIBRARY = """# ระเบียบห้องสมุด

## การยืมหนังสือ (Borrowing)

นักเรียนยืมหนังสือได้ครั้งละไม่เกิน 4 เล่ม เป็นเวลา 7 วัน ส่วนครูยืมได้ครั้งละไม่เกิน 12 เล่ม เป็นเวลา 30 วัน
ต้องแสดงบัตรทุกครั้งที่ยืม

## ค่าปรับ (Fines)

ส่งหนังสือเกินกำหนดปรับวันละ 2 บาทต่อเล่ม
"""

FIRST_AID = """# การอบรม CPR และการปฐมพยาบาลเบื้องต้น

## กำหนดการ (Schedule)

อบรมวันเสาร์ที่ 14 มิถุนายน 2568 เวลา 08.30–16.00 น. ที่หอประชุมโรงเรียน

## วิทยากร (Trainers)

วิทยากรเป็นพยาบาลวิชาชีพจากโรงพยาบาลสมเด็จพระยุพราช จำนวน 3 คน

## ค่าใช้จ่าย (Cost)

ไม่มีค่าใช้จ่าย ได้รับงบประมาณจากองค์การบริหารส่วนตำบลหนองบัว
"""


@pytest.mark.slow  # builds an index with the bundled model
def test_own_documents_bind_a_choice_to_its_subject(tmp_path: Path) -> None:
    from qa_bot.store import build_index

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "library.md").write_text(LIBRARY, encoding="utf-8")
    (corpus / "first_aid.md").write_text(FIRST_AID, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    bot = QABot.load(tmp_path / "index")
    # 12 is the teachers' limit, in the clause after the students' 4.
    choice = bot.ask(
        "นักเรียนยืมหนังสือได้ครั้งละกี่เล่ม", choices=["2 เล่ม", "10 เล่ม", "12 เล่ม", "ไม่มีข้อใดถูก"]
    ).choice
    assert choice is not None and choice.index == 3
    # The trainers' paragraph does not write CPR; its document's title does.
    choice = bot.ask(
        "วิทยากรอบรม CPR มาจากที่ใด",
        choices=["โรงพยาบาลศิริราช", "โรงพยาบาลสมเด็จพระยุพราช", "องค์การบริหารส่วนตำบลหนองบัว"],
    ).choice
    assert choice is not None and choice.index == 1
