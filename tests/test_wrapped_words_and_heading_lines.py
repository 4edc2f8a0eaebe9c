"""Two ways a PDF's or a page's text gave answers that were no sentences: a line wrapped inside a
Thai word (PDF text keeps the page's line breaks, and Thai writes no space between words) was
taken for a sentence or passage end, so an answer opened mid-word ("กลุ่มค่าของ…" of
"การจัด⏎กลุ่ม"); and a nested section's heading lines ("Lists⏎Bullet Lists") were an answer of
their own. Fixtures are written here."""

from __future__ import annotations

import re
from pathlib import Path

from qa_bot.corpus.boundaries import wraps_inside_a_word
from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages
from qa_bot.corpus.sentences import prose_spans

# A paragraph as a PDF gives it: its lines broken where the page ended them, inside the words
# การจัดกลุ่ม (grouping), ประสิทธิภาพ (efficiency) and ข้อมูล (data).
WRAPPED = (
    "ดัชนีบิตแมปแบบไฮบริดเป็นวิธีการจัดทำดัชนีที่เสนอในงานนี้ แนวคิดพื้นฐานของดัชนีนี้คือการจัด\n"
    "กลุ่มค่าของแอตทริบิวต์ และการใช้การลงรหัสของดัชนีรูปแบบอื่นที่มีอยู่ เพื่อปรับปรุงประสิทธิ\n"
    "ภาพทั้งด้านเนื้อที่และเวลาที่ใช้ในการสืบค้นข้อ\n"
    "มูลในลักษณะต่าง ๆ จากการทดลองพบว่าการตอบแบบสอบถามแบบช่วงเร็วขึ้นร้อยละ 82\n"
    "เมื่อเทียบกับดัชนีบิตแมปแบบอื่น"
)
CUT_WORDS = ("การจัด\nกลุ่ม", "ประสิทธิ\nภาพ", "ข้อ\nมูล")


def test_a_line_wrapped_inside_a_word_is_found() -> None:
    for cut in CUT_WORDS:
        at = WRAPPED.index(cut) + cut.index("\n")
        assert wraps_inside_a_word(WRAPPED, at, at + 1), cut
    # A break where a word ends is a space, as it reads ("… ร้อยละ 82⏎เมื่อเทียบ …").
    at = WRAPPED.index("82\n") + 2
    assert not wraps_inside_a_word(WRAPPED, at, at + 1)


def _inside_a_cut_word(text: str, position: int) -> bool:
    return any(
        match.start() < position < match.end()
        for cut in CUT_WORDS
        for match in re.finditer(re.escape(cut), text)
    )


def test_no_sentence_ends_inside_a_wrapped_word() -> None:
    for start, end in prose_spans(WRAPPED, 0, len(WRAPPED)):
        assert not _inside_a_cut_word(WRAPPED, start) and not _inside_a_cut_word(WRAPPED, end)


# Lines of a long paragraph, each wrapped inside a word (การจัด⏎กลุ่ม, ประสิทธิ⏎ภาพ), a space
# between its sentences: where a passage of it may end.
LONG = "".join(
    f"ดัชนีแบบที่ {n} ช่วยการจัด\nกลุ่มค่าของข้อมูลเพื่อเพิ่มประสิทธิ\nภาพของการสืบค้น " for n in range(1, 13)
)


def test_no_passage_is_cut_inside_a_wrapped_word(tmp_path: Path) -> None:
    (tmp_path / "abstract.txt").write_text("บทคัดย่อ\n\n" + LONG, encoding="utf-8")
    document = read_document(tmp_path / "abstract.txt")
    passages = split_passages([document], max_chars=200)
    assert len(passages) > 3  # the paragraph is cut into pieces …
    for passage in passages:  # … never inside a word
        for cut in ("การจัด\nกลุ่ม", "ประสิทธิ\nภาพ"):
            assert not passage.text.endswith(cut.split("\n")[0]), passage.text
            assert not passage.text.startswith(cut.split("\n")[1]), passage.text


def test_a_nested_sections_heading_lines_are_no_answer(tmp_path: Path) -> None:
    (tmp_path / "guide.html").write_text(
        "<html><head><title>คู่มือการใช้งาน</title></head><body><main>"
        "<h1>คู่มือการใช้งาน</h1><p>เอกสารนี้อธิบายการเขียนรายการในเอกสารภาษาไทย</p>"
        "<h2>Lists</h2><h3>Bullet Lists</h3>"
        "<ul><li>ผักที่ปลูกในแปลงของโรงเรียน</li><li>ผลไม้ที่ขายในตลาดนัด</li></ul>"
        "<h3>Numbered Lists</h3>"
        "<ol><li>ลำดับหนึ่งของขั้นตอน</li><li>ลำดับสองของขั้นตอน</li></ol>"
        "</main></body></html>",
        encoding="utf-8",
    )
    document = read_document(tmp_path / "guide.html")
    labels = {section.label for section in document.sections}
    assert "Lists › Bullet Lists" in labels
    heading_lines = {"Lists", "Bullet Lists", "Numbered Lists"}
    for passage in split_passages([document]):
        for start, end in passage.sentences:
            lines = {line.strip() for line in document.text[start:end].splitlines()}
            assert lines - {""} - heading_lines, document.text[start:end]


def test_no_passage_ends_on_an_era_with_its_year_cut_off() -> None:
    """Issue #11 point 7 for passages: a long paragraph cut into passages at spaces was cut
    between "ค.ศ." and its year ("… 22 พฤศจิกายน ค.ศ. | 2017 ณ กรุงมะนิลา …")."""
    from qa_bot.corpus.passages import _split_long

    meeting = "การประชุมสุดยอดอาเซียนจัดขึ้นเมื่อวันที่ 22 พฤศจิกายน ค.ศ. 2017 ณ กรุงมะนิลา "
    text = meeting * 40
    for max_chars in (100, 150, 200, 250, 300, 400, 500):
        for start, end in _split_long(text, 0, len(text), max_chars):
            assert not text[start:end].endswith(("ค.ศ.", "พ.ศ.")), (max_chars, text[start:end])
