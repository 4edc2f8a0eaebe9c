"""A not_found reply over several documents (FRESH10 §10): section names without the document's
title twice, and a short list of the sections closest to the question with "see all".

The six documents of FRESH10 gave ~30 chips, in document order, starting with
"thaipdf › thaipdf" and "thaipdf › thaipdf › Introduction" (the pkgdown page's h1 is both its
title and its sections' parent); the decree's sections came last.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from qa_bot import QABot
from qa_bot.cards import MAX_HITS, SectorRef
from qa_bot.web.service import ALL_TOPICS_VALUE, ChatService

PKGDOWN, DECREE = "thaipdf.html", "decree.pdf"


def test_a_section_named_after_its_document_is_not_named_twice() -> None:
    # FRESH10 §10: "thaipdf › thaipdf › Introduction" on the page.
    intro = SectorRef(PKGDOWN, 1, "thaipdf › Introduction", "", "thaipdf", several=True)
    top = SectorRef(PKGDOWN, 0, "thaipdf", "", "thaipdf", several=True)
    assert intro.name == "thaipdf › Introduction"
    assert top.name == "thaipdf"
    # Another document's section still names its document; one document alone never does.
    section = SectorRef(DECREE, 3, "มาตรา ๔", "", "พระราชกฤษฎีกา ยุบสภา", several=True)
    assert section.name == "พระราชกฤษฎีกา ยุบสภา › มาตรา ๔"
    assert replace(section, several=False).name == "มาตรา ๔"


def _documents() -> tuple[list[Any], list[Any]]:
    """A pkgdown page of 10 sections and a decree of 8 (section 0 its preamble), as FRESH10's."""
    pkgdown = [f"thaipdf › Part {i}" for i in range(10)]
    decree = ["ภาพรวม", *[f"มาตรา {n}" for n in "๑๒๓๔๕๖๗"]]
    documents, passages = [], []
    for doc_id, title, labels in [(PKGDOWN, "thaipdf", pkgdown), (DECREE, "พระราชกฤษฎีกา", decree)]:
        sections = [
            SimpleNamespace(section_id=i, label=lb, label_en="") for i, lb in enumerate(labels)
        ]
        documents.append(SimpleNamespace(doc_id=doc_id, title=title, sections=sections))
        passages += [SimpleNamespace(doc_id=doc_id, section_id=i) for i in range(len(labels))]
    return documents, passages


def test_many_sections_offer_the_five_closest_and_see_all(bot: QABot) -> None:
    documents, passages = _documents()
    asked = bot.ask("ยุบสภาเพราะอะไร", k=MAX_HITS)
    # The nearest passages: the decree's preamble, then มาตรา ๔, then the pkgdown page's part 3.
    nearest = [(DECREE, 0), (DECREE, 4), (DECREE, 0), (PKGDOWN, 3)]
    hits = [replace(asked.hits[0], document=d, section_id=s) for d, s in nearest]
    answer = replace(asked, verdict="not_found", hits=hits, choice=None)
    stub = SimpleNamespace(
        index=SimpleNamespace(documents=documents, passages=passages),
        ask=lambda *a, **k: answer,
    )
    service = ChatService(stub)  # type: ignore[arg-type]
    reply = service.reply("ยุบสภาเพราะอะไร")[-1]
    labels = [option["label"] for option in reply["options"]]
    # 18 sections: the 3 the nearest passages are in, first, then the others in document order,
    # 5 in all, then "see all" with the 13 others.
    assert labels == [
        "พระราชกฤษฎีกา › ภาพรวม",
        "พระราชกฤษฎีกา › มาตรา ๔",
        "thaipdf › Part 3",
        "thaipdf › Part 0",
        "thaipdf › Part 1",
        "ดูทั้งหมด (อีก 13 หัวข้อ) · See all (13 more)",
    ]
    assert "อีก 13 หัวข้อ" in reply["content"]  # a screen reader hears the count too
    # "See all" lists every section, in document order.
    messages, everywhere = service.reply_option(ALL_TOPICS_VALUE)
    assert not everywhere and "หัวข้อทั้งหมด 18 หัวข้อ" in messages[0]["content"]
    assert len(messages[0]["options"]) == 18
    assert messages[0]["options"][0]["label"] == "thaipdf › Part 0"


def test_one_documents_nine_sectors_are_all_offered(bot: QABot) -> None:
    # The bundled document's 9 sectors: all of them, as before, no "see all".
    service = ChatService(bot)
    asked = bot.ask("ดาวพฤหัสมีดวงจันทร์กี่ดวง", k=MAX_HITS)
    service.use(
        SimpleNamespace(index=bot.index, ask=lambda *a, **k: replace(asked, verdict="not_found"))
    )  # type: ignore[arg-type]
    options = service.reply("ดาวพฤหัสมีดวงจันทร์กี่ดวง")[-1]["options"]
    assert len(options) == 9 and all(o["value"] != ALL_TOPICS_VALUE for o in options)


def test_boilerplate_never_leads_the_chips() -> None:
    # FRESH14 §6: asked about a story, the chips opened with "thaipdf › ท้ายหน้า · Page footer"
    # (the footer's links sat nearest); contents pages are no topic either.
    from qa_bot.web.service import closest_first, topic_chips

    footer = SectorRef(PKGDOWN, 9, "ท้ายหน้า", "Page footer", "thaipdf", several=True)
    contents = SectorRef("thesis.pdf", 4, "TABLE OF CONTENTS", "", "HyBiX", several=True)
    story = [SectorRef("story.pdf", i, f"ตอนที่ {i}", "", "เรื่องเล่า", True) for i in range(8)]
    offered = [*story, contents, footer]
    hits = [SimpleNamespace(document=s.doc_id, section_id=s.section_id) for s in (footer, contents)]
    hits.append(SimpleNamespace(document="story.pdf", section_id=3))
    order = closest_first(offered, hits)
    assert order[0] == story[3] and set(order[-2:]) == {contents, footer}
    few = [footer, *story[:7], contents]  # 9 sectors: all offered, boilerplate last
    chips, more = topic_chips(few, hits)
    assert more == 0 and chips == [*story[:7], footer, contents]
    chips, more = topic_chips(offered, hits)  # 10: the five closest
    assert chips[0] == story[3] and footer not in chips and contents not in chips
