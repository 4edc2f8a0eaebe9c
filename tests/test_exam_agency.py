"""A choice saying one party acted alone where the document says the act was joint (FRESH22 K1,
E26: "Thailand set up the ASCN on its own" picked, sure). The expected values are the
document's: "ประเทศสมาชิกอาเซียนได้ร่วมกันจัดตั้งเครือข่ายเมืองอัจฉริยะอาเซียน (ASEAN Smart Cities
Network: ASCN) ขึ้น … ซึ่งประเทศไทยจะสานต่อเรื่องนี้ในช่วงที่ไทยเป็นประธานอาเซียนในปี 2562 โดยจะเป็น
เจ้าภาพจัดการประชุม ASCN ครั้งที่ 2 …": the member states set the network up jointly; Thailand
hosts its second meeting in 2019. The exams are written for this test from those sentences."""

from qa_bot import QABot, pipeline
from qa_bot.corpus.model import Passage
from qa_bot.exam.agency import said_jointly, sole_agency
from qa_bot.exam.scoring import Scoring

JOINT_SENTENCE = "ประเทศสมาชิกอาเซียนได้ร่วมกันจัดตั้งเครือข่ายเมืองอัจฉริยะอาเซียน"


def test_markers_of_sole_agency() -> None:
    for choice in (
        "Thailand set up the ASCN on its own",
        "Thailand founded it alone",
        "Thailand set the network up unilaterally",
        "Singapore built it by itself",
        "ไทยจัดตั้งเครือข่ายนี้โดยลำพัง",
        "ไทยเป็นผู้ก่อตั้งเครือข่ายแต่เพียงผู้เดียว",
    ):
        assert sole_agency(choice), choice
    for choice in (
        "ASEAN member states set it up together",
        "Thailand will host the 2nd ASCN meeting in 2019",
        "ประเทศสมาชิกอาเซียนร่วมกันจัดตั้งเครือข่าย",
    ):
        assert not sole_agency(choice), choice


def _holding(bot: QABot, text: str) -> Passage:
    """The passage whose span holds the document's first occurrence of text (source offsets)."""
    passages = bot.index.passages
    at = passages[0].source.index(text)
    return next(p for p in passages if p.start <= at < p.end)


def test_said_jointly_reads_the_sentence_at_the_support_and_those_beside_it(bot: QABot) -> None:
    passage = _holding(bot, JOINT_SENTENCE)
    at = passage.source.index(JOINT_SENTENCE)
    assert said_jointly(passage, at, "Thailand set up the ASCN on its own")
    # the sentence after it (Thailand's part) is read with the one before it
    after = passage.source.index("ประเทศไทยจะสานต่อ")
    assert said_jointly(passage, after, "Thailand founded the network alone")
    # no marker of sole agency: nothing to contradict
    assert not said_jointly(passage, at, "Thailand will host the 2nd ASCN meeting in 2019")
    # a passage that says nothing jointly: ADDMER's signers
    addmer = _holding(bot, "ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน")
    spot = addmer.source.index("ADDMER) ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน")
    assert not said_jointly(addmer, spot, "ASEAN foreign ministers signed ADDMER on their own")
    assert not said_jointly(None, 0, "Thailand set up the ASCN on its own")


def _scored(bot: QABot, stem: str, choices: list[str]) -> tuple[int | None, bool, Scoring]:
    scored: list[Scoring] = []
    answer = pipeline.ask(bot.index, stem, choices=choices, config=bot.config, scored=scored)
    assert answer.choice is not None and scored
    return answer.choice.index, answer.choice.decided, scored[0]


def test_a_joint_act_said_of_one_party_alone_is_said_against(bot: QABot) -> None:
    cases = [
        (
            "Which of the following about the ASEAN Smart Cities Network is true?",
            [
                "Thailand will host the 2nd ASCN meeting in 2019",
                "Thailand established the ASCN on its own",
                "The ASCN belongs to the disaster management sector",
                "Thailand will host the 1st ASCN meeting",
            ],
            0,
            1,
        ),
        (
            "What is true about the ASEAN Smart Cities Network (ASCN)?",
            [
                "Thailand created the ASCN by itself",
                "Thailand is to host the second ASCN meeting in 2019",
                "The ASCN is part of the health sector",
                "Singapore is to host the second ASCN meeting",
            ],
            1,
            0,
        ),
        (
            "ข้อใดถูกต้องเกี่ยวกับเครือข่ายเมืองอัจฉริยะอาเซียน",
            [
                "ไทยจัดตั้งเครือข่ายนี้โดยลำพัง",
                "ไทยจะเป็นเจ้าภาพจัดการประชุม ASCN ครั้งที่ 2 ในปี 2562",
                "เป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อม",
                "สิงคโปร์จะเป็นเจ้าภาพจัดการประชุม ASCN ครั้งที่ 2",
            ],
            1,
            0,
        ),
        (
            "Which of these statements about the ASEAN Smart Cities Network is NOT correct?",
            [
                "Its aim is to raise the quality of life of ASEAN people",
                "Thailand founded it alone",
                "It uses technology as the driver",
                "Thailand will host the 2nd ASCN meeting",
            ],
            1,
            1,
        ),
        (
            "Which statement is true?",
            [
                "Thailand set up the ASEAN Smart Cities Network on its own.",
                "ASEAN member states jointly set up the ASEAN Smart Cities Network.",
                "The 33rd ASEAN Summit was held in Manila.",
                "ADDMER was signed by ASEAN health ministers.",
            ],
            1,
            0,
        ),
    ]
    for stem, choices, key, alone in cases:
        index, decided, scoring = _scored(bot, stem, choices)
        assert scoring.supports[alone].contradicted, (stem, choices[alone])
        assert (index, decided) == (key, True), (stem, scoring.supports)
