"""List items nothing introduces, a plain-text file's lines of separate facts and a Markdown
table's rows are answer sentences of their own, and a row is embedded under its header (FRESH16a
K1). Every document here is made up; each expected sentence is a piece of it."""

from __future__ import annotations

from qa_bot.corpus.fields import TYPED, keeps_lines
from qa_bot.corpus.sentences import sentence_spans


def _sentences(text: str, lines: str | bool = False) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text), (), lines)]


def test_list_items_nothing_introduces_are_sentences_of_their_own() -> None:
    items = "1. ห้องสมุดอยู่ชั้นสองของอาคารเรียน\n\n2. ห้องดนตรีอยู่ข้างโรงอาหาร\n\n3. ห้องพยาบาลอยู่ใกล้ประตูหน้า"
    assert _sentences(items) == items.split("\n\n")
    bullets = "- สวมหมวกนิรภัยทุกครั้ง\n- ห้ามรับประทานอาหารบนรถ\n- แจ้งครูเวรล่วงหน้าหนึ่งวัน"
    assert _sentences(bullets) == bullets.split("\n")
    # A lead-in that announces them keeps the list one answer with it.
    listed = "ข้อปฏิบัติบนรถรับส่งนักเรียน มีดังนี้\n" + bullets
    assert _sentences(listed) == [listed]


def test_a_text_files_lines_of_separate_facts_are_sentences_but_not_its_hard_wraps() -> None:
    assert keeps_lines("notes.txt") == TYPED and keeps_lines("notes.md") == TYPED
    facts = "นักเรียนชายตัดผมรองทรงสูง\nนักเรียนหญิงไว้ผมยาวต้องรวบให้เรียบร้อย"
    assert _sentences(facts, TYPED) == facts.split("\n")
    wrapped = "รถรับส่งมี 2 สาย สายที่ 1 วิ่งจากตลาดหนองบัวผ่านวัดโพธิ์ชัย\nไปยังโรงเรียนทุกเช้า"
    assert all("ไปยังโรงเรียน" not in s or "วัดโพธิ์ชัย" in s for s in _sentences(wrapped, TYPED))


def test_a_markdown_tables_rows_are_sentences_embedded_under_their_header() -> None:
    from qa_bot.corpus.fields import sentence_text

    table = "| วิชา | วันสอบ | ห้องสอบ |\n|---|---|---|\n| ภาษาไทย | วันอังคาร | ห้อง 305 |"
    row = table.splitlines()[-1]
    assert _sentences(table, TYPED) == [row]  # the header row and the rule are no sentences
    start = table.index(row)
    assert (
        sentence_text(table, start, len(table)) == "วิชา: ภาษาไทย | วันสอบ: วันอังคาร | ห้องสอบ: ห้อง 305"
    )
    assert sentence_text(table, 0, table.index("\n")) == table.splitlines()[0]
