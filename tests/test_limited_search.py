"""A search limited to some sectors (the page's filter, `qa-bot ask --section`, "sections" in
/ask and the batch) that finds nothing says the search was limited, names the sectors and
offers to search them all — never "the documents have no answer", which is untrue when the
other sectors were not searched."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

import pytest

from qa_bot import cli
from qa_bot.cards import answer_html, sectors_of
from qa_bot.render_text import format_answer
from qa_bot.web.service import SEARCH_ALL_PREFIX, ChatService, limited_sectors
from qa_bot.wording import limited_en, limited_names, limited_th

DOC = "asean_socio_cultural_community.th.txt"
# Vaccines are in no sector of the bundled document; over education alone the search finds
# nothing. AQRF is education's (the answer), not health's.
OUTSIDE = "วัคซีนโควิดฉีดกี่เข็ม"
EDUCATION_ONLY = "AQRF คืออะไร"
UNLIMITED_REFUSAL = "เอกสารนี้ไม่มีคำตอบ"


def test_the_limited_lines_name_the_sectors_and_count_the_rest() -> None:
    one, four = ["สาธารณสุข · Health"], ["ก", "ข", "ค", "ง"]
    assert limited_th(one) == "ค้นเฉพาะหมวด สาธารณสุข · Health เท่านั้น — ลองค้นทุกหมวด"
    assert limited_en(one) == "Only the sector สาธารณสุข · Health was searched — try all sectors."
    assert limited_th(four).startswith("ค้นเฉพาะหมวด ก, ข, ค และอีก 1 หมวด")
    assert limited_en(four).startswith("Only the sectors ก, ข, ค and 1 more were searched")


def test_limited_names_is_empty_unless_the_search_was_limited(bot) -> None:
    documents = bot.index.documents
    every = [(doc.doc_id, s.section_id) for doc in documents for s in doc.sections]
    assert limited_names(documents, None) == []
    assert limited_names(documents, every) == []  # every sector chosen: nothing left out
    assert limited_names(documents, [(DOC, 5)]) == ["[5] สาธารณสุข (Health)"]
    sectors = sectors_of(bot.index)
    assert limited_sectors(sectors, None) == [] and limited_sectors(sectors, every) == []
    assert [s.section_id for s in limited_sectors(sectors, [(DOC, 5), (DOC, 1)])] == [1, 5]


@pytest.mark.parametrize("question", [OUTSIDE, "How many vaccine doses against COVID?"])
def test_the_page_says_the_search_was_limited_and_offers_all_sectors(bot, question) -> None:
    service = ChatService(bot)
    reply = service.reply(question, [f"{DOC}#1"])[-1]
    assert "ไม่พบคำตอบในหมวดที่เลือก" in reply["content"]
    assert "ค้นเฉพาะหมวด การศึกษา · Education เท่านั้น" in reply["content"]
    assert UNLIMITED_REFUSAL not in reply["content"]
    english = question.startswith("How")
    assert ("Only the sector การศึกษา · Education was searched" in reply["content"]) == english
    # One chip: the same question over every sector (not the sectors' example questions).
    assert reply["options"] == [
        {"label": "ค้นทุกหมวด · Search all sectors", "value": SEARCH_ALL_PREFIX + question}
    ]
    messages, everywhere = service.reply_option(reply["options"][0]["value"])
    assert everywhere  # the page empties its filter
    assert "ค้นเฉพาะหมวด" not in messages[-1]["content"]
    assert UNLIMITED_REFUSAL in messages[-1]["content"]  # now the whole document said no
    # A sector's chip still asks that sector's example, and leaves the filter alone.
    messages, everywhere = service.reply_option(f"sector:{DOC}#1")
    assert not everywhere and "qa-answered" in messages[-1]["content"]


def test_an_unlimited_refusal_keeps_its_wording_and_its_topic_chips(bot) -> None:
    service = ChatService(bot)
    every = [s.key for s in service.sectors]
    for sections in (None, every):
        reply = service.reply(OUTSIDE, sections)[-1]
        assert UNLIMITED_REFUSAL in reply["content"] and "ค้นเฉพาะหมวด" not in reply["content"]
        assert len(reply["options"]) == len(every)


def test_the_limited_lines_escape_the_sector_names(bot) -> None:
    answer = bot.ask(OUTSIDE, sections=[(DOC, 1)])
    assert answer.verdict == "not_found"
    page = answer_html(bot.index, answer, limited=["<b>x</b>"])
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_the_api_and_the_batch_add_a_note_to_a_limited_search_that_did_not_answer(bot) -> None:
    service = ChatService(bot)
    record = service.ask(EDUCATION_ONLY, sections=["5"])
    assert record["verdict"] == "not_found"
    assert record["note"] == (
        "ค้นเฉพาะหมวด [5] สาธารณสุข (Health) เท่านั้น — ลองค้นทุกหมวด / "
        "Only the sector [5] สาธารณสุข (Health) was searched — try all sectors."
    )
    answered = service.ask(EDUCATION_ONLY, sections=["1"])
    assert answered["verdict"] == "answered" and "note" not in answered
    assert "note" not in service.ask(OUTSIDE)  # no filter: the documents said no
    out = io.StringIO()
    lines = io.StringIO(json.dumps({"question": EDUCATION_ONLY, "sections": [5]}) + "\n")
    cli.questions.run_batch(bot, lines, out, 3)
    assert json.loads(out.getvalue())["note"] == record["note"]


def test_qa_bot_ask_says_the_search_was_limited_to_the_section(bot, monkeypatch) -> None:
    monkeypatch.setattr(cli.questions, "_load_bot", lambda args: bot)
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["ask", OUTSIDE, "--section", "1", "--k", "1"]) == 0
    lines = out.getvalue().splitlines()
    assert lines[1] == "ไม่พบคำตอบในหมวดที่เลือก / No answer in the chosen sector."
    assert lines[2] == ("ค้นเฉพาะหมวด [1] การศึกษา (Education) เท่านั้น — ถามอีกครั้งโดยไม่ใส่ --section")
    assert lines[3] == (
        "Only the sector [1] การศึกษา (Education) was searched — ask again without --section."
    )
    assert UNLIMITED_REFUSAL not in out.getvalue()
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["ask", OUTSIDE, "--k", "1"]) == 0
    assert UNLIMITED_REFUSAL in out.getvalue() and "--section" not in out.getvalue()


def test_an_uncertain_limited_answer_names_the_sector_under_its_caution(bot) -> None:
    answer = bot.ask(OUTSIDE, sections=[(DOC, 1)])
    from dataclasses import replace

    uncertain = replace(answer, verdict="uncertain", answerable=True)
    text = format_answer(uncertain, limited=["[1] การศึกษา (Education)"])
    assert "ไม่แน่ใจ" in text.splitlines()[1]
    assert text.splitlines()[2].startswith("ค้นเฉพาะหมวด [1] การศึกษา (Education) เท่านั้น")
    page = answer_html(bot.index, uncertain, limited=["การศึกษา · Education"])
    assert "qa-status-limited" in page and "ค้นเฉพาะหมวด การศึกษา · Education" in page
