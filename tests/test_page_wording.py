"""The page's words for one document and for several, and an exam's choices named as asked."""

from __future__ import annotations

import dataclasses

import pytest

from qa_bot import QABot
from qa_bot.cards import answer_html
from qa_bot.request import parse_choices
from qa_bot.types import Answer
from qa_bot.web.page import header_html, page_title, placeholder_html
from qa_bot.web.service import ChatService

VERDICTS = ("answered", "uncertain", "not_found")
QUESTION = "What is AQRF?"


@pytest.fixture(scope="module")
def two_documents(bot: QABot) -> QABot:
    """The committed index with a second document beside the first (rendering reads only the
    documents' number, titles and sections)."""
    first = bot.index.documents[0]
    second = dataclasses.replace(first, doc_id="copy.th.txt", title="สำเนา")
    return QABot(dataclasses.replace(bot.index, documents=[first, second]), bot.config)


def _replies(index, answer: Answer) -> dict[str, str]:
    judged = {
        v: dataclasses.replace(answer, verdict=v, answerable=v != "not_found") for v in VERDICTS
    }
    return {v: answer_html(index, a) for v, a in judged.items()}


# What the page says, for one document and for several: "เอกสารนี้ / the document" for one,
# "เอกสาร / the documents" for a corpus of several.
WORDING = {
    False: {
        "not_found": [
            "เอกสารนี้ไม่มีคำตอบสำหรับคำถามนี้",
            "The document does not answer this question. Tap a topic it covers:",
        ],
        "uncertain": ["Not sure: the document may not answer this directly."],
        "answered": ["Answer from the document<"],
        "page": ["Ask the document", "เกี่ยวกับเอกสารนี้", "Ask anything about this document"],
    },
    True: {
        "not_found": [
            "เอกสารไม่มีคำตอบสำหรับคำถามนี้",
            "The documents do not answer this question. Tap a topic they cover:",
        ],
        "uncertain": ["Not sure: the documents may not answer this directly."],
        "answered": ["Answer from the documents<"],
        "page": ["Ask the documents", "เกี่ยวกับเอกสารเหล่านี้", "Ask anything about these documents"],
    },
}


@pytest.mark.parametrize("several", [False, True])
def test_the_page_says_the_document_or_the_documents(
    bot: QABot, two_documents: QABot, several: bool
) -> None:
    shown = two_documents if several else bot
    replies = _replies(shown.index, bot.ask(QUESTION))
    for verdict, markup in replies.items():
        for words in WORDING[several][verdict]:
            assert words in markup, verdict
        if several:
            assert "เอกสารนี้" not in markup and "the document " not in markup
    page = header_html(shown, kiosk=False) + page_title(shown) + placeholder_html(shown)
    for words in WORDING[several]["page"]:
        assert words in page
    assert page.count("Ask the document") == 2  # the header and the title


ENGLISH_EXAM = """Which is a cooperation area of ASEAN on the environment?
a) scholarships
b) reducing marine debris
c) youth development index
d) qualifications reference framework"""


@pytest.mark.parametrize(
    ("question", "choices_text", "labels"),
    [
        (ENGLISH_EXAM, "", "abcd"),  # typed a)–d): the reply says b, not ข
        (
            "Which is a cooperation area of ASEAN on the environment?",
            "scholarships\nreducing marine debris\nyouth development index",
            "ABC",
        ),
        (  # labels typed in the choices box name the choices too
            "Which is a cooperation area of ASEAN on the environment?",
            "1. scholarships\n\n2. reducing marine debris\n3. youth development index",
            "123",
        ),
        (
            "ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน",
            "การให้ทุนการศึกษา\nการลดปริมาณขยะทะเล\nดัชนีการพัฒนาเยาวชน",
            "กขค",
        ),
    ],
)
def test_the_page_names_an_exams_choices_as_the_question_did(
    bot: QABot, question: str, choices_text: str, labels: str
) -> None:
    answer = bot.ask(question, choices=parse_choices(choices_text))
    assert answer.choice is not None and answer.choice.index is not None
    reply = ChatService(bot).reply(question, None, choices_text)[-1]["content"]
    assert f"<strong>{labels[answer.choice.index]}</strong>" in reply
    for label in labels:
        assert f'<span class="qa-choice-letter">{label}.</span>' in reply
    assert answer.to_dict()["choice"]["letter"] == "กขคง"[answer.choice.index]


def test_two_sectors_with_one_example_question_make_one_chip() -> None:
    # A Word file titled by its first heading: its overview (named by the title) and that
    # heading's section asked the same "เรื่องบทที่ ๑ บทนำมีสาระสำคัญอะไรบ้าง" on two chips;
    # the overview asks what the document is about.
    from qa_bot.cards import SectorRef
    from qa_bot.web.page import MAX_EXAMPLES, example_chips

    report = [
        SectorRef("report.docx", 0, "ภาพรวม", "Overview", "บทที่ ๑ บทนำ", True),
        SectorRef("report.docx", 1, "บทที่ ๑ บทนำ", "", "บทที่ ๑ บทนำ", True),
        SectorRef("report.docx", 2, "งบประมาณ", "", "บทที่ ๑ บทนำ", True),
    ]
    chips = example_chips(report)
    assert [q for q, _ in chips] == [
        "บทนำเกี่ยวกับอะไร",
        "บทนำกล่าวถึงอะไร",
        "เรื่องงบประมาณมีสาระสำคัญอะไรบ้าง",
    ]
    assert [s.section_id for _, s in chips] == [0, 1, 2]
    many = [SectorRef("d.txt", i, f"หมวด {i}", "") for i in range(MAX_EXAMPLES + 3)]
    assert len(example_chips(many)) == MAX_EXAMPLES


@pytest.mark.parametrize(
    ("label", "question"),
    [
        # FRESH13 §8: a chapter's number and a nested label's parent read oddly in a chip;
        # FRESH14 §6: so does "เรื่อง" before a chapter, a law's section or a person's part.
        ("บทที่ ๑ บทนำ", "บทนำกล่าวถึงอะไร"),
        ("thaipdf › Installation", "เรื่อง Installation มีสาระสำคัญอะไรบ้าง"),
        ("กำหนดการ › วันแรก", "เรื่องวันแรกมีสาระสำคัญอะไรบ้าง"),
        ("2.1 วัตถุประสงค์", "เรื่องวัตถุประสงค์มีสาระสำคัญอะไรบ้าง"),
        ("CHAPTER 3 Results", "Results กล่าวถึงอะไร"),
        ("ภาคผนวก ก", "ภาคผนวก ก กล่าวถึงอะไร"),
        ("ผู้รับสนองพระบรมราชโองการ", "ใครเป็นผู้รับสนองพระบรมราชโองการ"),
        ("ผู้สูงอายุ", "เรื่องผู้สูงอายุมีสาระสำคัญอะไรบ้าง"),  # a topic, not a person's part
        # A number that is the heading's whole name stays, and so does a year.
        ("มาตรา ๕", "มาตรา ๕ ว่าอย่างไร"),
        ("บทที่ 2", "บทที่ 2 กล่าวถึงอะไร"),
        ("2566 งบประมาณ", "เรื่อง 2566 งบประมาณมีสาระสำคัญอะไรบ้าง"),
    ],
)
def test_an_example_question_names_the_heading_s_own_words(label: str, question: str) -> None:
    from qa_bot.cards import SectorRef
    from qa_bot.web.service import example_question

    assert example_question(SectorRef("report.docx", 3, label, "", "รายงาน", True)) == question


def test_a_section_without_text_is_not_offered(bot: QABot) -> None:
    # A heading followed at once by another heading ("## หัวข้อ" / "## อีกหัวข้อ") is a section
    # with no passage: offered as a chip or in the filter, it found nothing whatever was asked.
    from qa_bot.corpus.model import Section
    from qa_bot.web.page import example_chips

    doc = bot.index.documents[0]
    empty = Section(doc.doc_id, 99, "หัวข้อว่าง", "Empty", len(doc.text), len(doc.text))
    grown = dataclasses.replace(doc, sections=(*doc.sections, empty))
    service = ChatService(QABot(dataclasses.replace(bot.index, documents=[grown]), bot.config))
    assert 99 in [s.section_id for s in service.sectors]  # still a known section for /ask
    assert 99 not in [s.section_id for s in service.offered]
    assert len(service.offered) == len(doc.sections)
    assert all(s.section_id != 99 for _, s in example_chips(service.offered))
    refusal = service.reply("วัคซีนโควิดฉีดกี่เข็ม")[-1]
    assert refusal["options"] and all("#99" not in o["value"] for o in refusal["options"])
    # Every sector that holds text chosen: the search was not limited.
    everything = [s.key for s in service.offered]
    assert "ค้นเฉพาะหมวด" not in service.reply("วัคซีนโควิดฉีดกี่เข็ม", everything)[-1]["content"]
