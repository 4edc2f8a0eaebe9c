"""The page's example chips follow the index answering now: each page load fills them from the
build swapped in (web/reload.py), not from the one the page was made with."""

from __future__ import annotations

import dataclasses
from typing import Any

from qa_bot import QABot
from qa_bot.web.page import MAX_EXAMPLES, create_app, example_chips
from qa_bot.web.service import ChatService


def _function(demo: Any, name: str) -> Any:
    return next(f.fn for f in demo.fns.values() if getattr(f.fn, "__name__", "") == name)


def _relabelled(bot: QABot) -> QABot:
    """The bundled index with section 1 renamed and section 8 gone (as a new build might); the
    new name is a network section 1 describes, so its made-up example is answered."""
    doc = bot.index.documents[0]
    sections = tuple(
        dataclasses.replace(s, label="เครือข่ายมหาวิทยาลัยอาเซียน", label_en="")
        if s.section_id == 1
        else s
        for s in doc.sections
        if s.section_id != 8
    )
    grown = dataclasses.replace(doc, sections=sections)
    return QABot(dataclasses.replace(bot.index, documents=[grown]), bot.config)


def test_a_page_load_shows_the_examples_of_the_build_answering_now(bot: QABot) -> None:
    demo = create_app(bot)
    service = demo.qa_service  # type: ignore[attr-defined]
    load = _function(demo, "current_sectors")
    before = load()
    shown = [u["value"] for u in before[2 : 2 + MAX_EXAMPLES] if u["visible"]]
    assert shown == [q for q, _ in example_chips(service.offered)]
    assert "AQRF คืออะไร" in shown and len(shown) == 9
    assert before[-1][1] == f"{bot.index.documents[0].doc_id}#1"

    assert "ประชาคมสังคมและวัฒนธรรมอาเซียน" in before[0]
    service.use(_relabelled(bot))
    after = load()
    buttons = after[2 : 2 + MAX_EXAMPLES]
    shown = [u["value"] for u in buttons if u["visible"]]
    assert len(shown) == 8 and "AQRF คืออะไร" not in shown
    assert "เรื่องเครือข่ายมหาวิทยาลัยอาเซียนมีสาระสำคัญอะไรบ้าง" in shown
    assert "เครือข่ายเมืองอัจฉริยะอาเซียนคืออะไร" not in shown  # section 8 is gone
    assert [u["visible"] for u in buttons] == [True] * 8 + [False] * (MAX_EXAMPLES - 8)
    keys = after[-1]
    assert len(keys) == 8 and not any(key.endswith("#8") for key in keys)
    # each chip keeps its sector's colour
    assert buttons[0]["elem_classes"] == ["qa-example", "qa-example-0"]
    # the header names the documents answering now
    renamed = _relabelled(bot)
    other = dataclasses.replace(
        renamed.index.documents[0],
        title="คู่มือห้องสมุด",
        sections=tuple(
            dataclasses.replace(s, label="ภาพรวม") if s.section_id == 0 else s
            for s in renamed.index.documents[0].sections
        ),
    )
    service.use(QABot(dataclasses.replace(bot.index, documents=[other]), bot.config))
    assert "คู่มือห้องสมุด" in load()[0]


def test_a_chip_of_a_page_loaded_before_a_swap_still_answers(bot: QABot) -> None:
    demo = create_app(bot)
    service = demo.qa_service  # type: ignore[attr-defined]
    doc_id = bot.index.documents[0].doc_id
    old_keys = [s.key for _, s in example_chips(service.offered)]
    # every chip's handler: one closure per position
    runs = [f.fn for f in demo.fns.values() if getattr(f.fn, "__name__", "") == "run"]
    assert len(runs) == MAX_EXAMPLES
    # Before the swap: the chip asks its question within its sector.
    reply = runs[1]([], old_keys, "AQRF คืออะไร")
    assert reply[0]["content"] and "AQRF" in str(reply[0]["content"])
    assert len(reply) == 2 and "การศึกษา" in reply[1]["content"]
    service.use(_relabelled(bot))
    assert service.reply_example(f"{doc_id}#8") == []  # its sector is gone …
    stale = runs[8]([], old_keys, "เครือข่ายเมืองอัจฉริยะอาเซียนคืออะไร")
    assert len(stale) == 2  # … so the question is asked over every sector, not dropped
    assert "เครือข่ายเมืองอัจฉริยะ" in stale[1]["content"]
    # A hidden chip (no key) does nothing.
    assert runs[10]([], old_keys, "") == []


def test_examples_take_the_documents_in_turn_without_footers_or_glued_numbers() -> None:
    # FRESH10 §9: five documents, the pkgdown page first with 10 sections: 10 of the 12 chips
    # were its own, none the report's, story's or thesis's; "เรื่องมาตรา ๑มีสาระสำคัญอะไรบ้าง"
    # was glued; "เรื่องท้ายหน้ามีสาระสำคัญอะไรบ้าง" asked about the page footer.
    from qa_bot.cards import SectorRef

    pkgdown = [
        SectorRef("thaipdf.html", i, f"thaipdf › Part {i}", "", "thaipdf", True) for i in range(9)
    ]
    pkgdown.append(SectorRef("thaipdf.html", 9, "ท้ายหน้า", "Page footer", "thaipdf", True))
    decree = [
        SectorRef("decree.pdf", i, f"มาตรา {n}", "", "พระราชกฤษฎีกา", True)
        for i, n in enumerate("๑๒๓", 1)
    ]
    others = [
        SectorRef("report.docx", 1, "งบประมาณ", "", "รายงาน", True),
        SectorRef("story.pdf", 1, "The Day in History", "", "Story", True),
        SectorRef("thesis.docx", 1, "บทคัดย่อ", "", "HyBiX", True),
    ]
    chips = example_chips([*pkgdown, *decree, *others])
    documents = [sector.doc_id for _, sector in chips]
    # Each document's first section before any document's second.
    assert documents[:5] == [
        "thaipdf.html",
        "decree.pdf",
        "report.docx",
        "story.pdf",
        "thesis.docx",
    ]
    assert len(chips) == MAX_EXAMPLES and documents.count("thaipdf.html") <= 6
    questions = [q for q, _ in chips]
    assert "มาตรา ๑ ว่าอย่างไร" in questions  # FRESH14 §6: asked as a person asks
    assert not any("ท้ายหน้า" in q for q in questions)


def test_a_made_up_example_the_documents_do_not_answer_is_not_offered(bot: QABot) -> None:
    # Sections named after things the ASEAN document never mentions: their made-up questions
    # are asked once and dropped (not_found); the document's checked questions stay.
    doc = bot.index.documents[0]
    names = {1: "ดาวพฤหัสบดี", 4: "สูตรแกงเขียวหวาน"}
    sections = tuple(
        dataclasses.replace(s, label=names[s.section_id], label_en="")
        if s.section_id in names
        else s
        for s in doc.sections
    )
    odd = QABot(
        dataclasses.replace(bot.index, documents=[dataclasses.replace(doc, sections=sections)]),
        bot.config,
    )
    service = ChatService(odd)
    questions = [q for q, _ in service.examples]
    assert len(questions) == 7 and "แนวทาง CSR ด้านแรงงานส่งเสริมใครบ้าง" in questions
    assert not any("ดาวพฤหัสบดี" in q or "แกงเขียวหวาน" in q for q in questions)
    assert service.examples is service.examples  # asked once per build, not per page load


def test_a_long_title_makes_a_chip_of_its_main_part() -> None:
    # FRESH11 §8: a thesis's overview chip was its whole title, 95 characters on a phone.
    from qa_bot.cards import OVERVIEW_LABEL, SectorRef
    from qa_bot.web.service import CHIP_TOPIC_CHARS, example_question

    title = "HyBiX: การลงรหัสดัชนีบิตแมปแบบไฮบริดสำหรับประสิทธิภาพด้านพื้นที่และเวลาการประมวลผลสอบถาม"
    thesis = SectorRef("thesis.docx", 0, OVERVIEW_LABEL, "", title, True)
    assert example_question(thesis) == "HyBiX เกี่ยวกับอะไร"
    # A long label with no subtitle is kept whole: a cut Thai phrase would ask about another thing.
    long_label = "การพัฒนาตัวชี้วัดคุณภาพสิ่งแวดล้อมด้านอากาศ ด้านน้ำ ด้านขยะและพื้นที่สีเขียว"
    assert len(long_label) > CHIP_TOPIC_CHARS
    plain = SectorRef("report.docx", 1, long_label, "", "รายงาน", True)
    assert example_question(plain) == f"เรื่อง{long_label}มีสาระสำคัญอะไรบ้าง"
    # A short title with a colon stays whole.
    short = SectorRef("story.pdf", 0, OVERVIEW_LABEL, "", "Story: a day", True)
    assert example_question(short) == "Story: a day เกี่ยวกับอะไร"
