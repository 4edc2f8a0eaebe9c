"""The page's example chips follow the index answering now: each page load fills them from the
build swapped in (web/reload.py), not from the one the page was made with."""

from __future__ import annotations

import dataclasses
from typing import Any

from qa_bot import QABot
from qa_bot.web.page import MAX_EXAMPLES, create_app, example_chips


def _function(demo: Any, name: str) -> Any:
    return next(f.fn for f in demo.fns.values() if getattr(f.fn, "__name__", "") == name)


def _relabelled(bot: QABot) -> QABot:
    """The bundled index with section 1 renamed and section 8 gone (as a new build might)."""
    doc = bot.index.documents[0]
    sections = tuple(
        dataclasses.replace(s, label="ทุนการศึกษา", label_en="") if s.section_id == 1 else s
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
    assert "เรื่องทุนการศึกษามีสาระสำคัญอะไรบ้าง" in shown
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
