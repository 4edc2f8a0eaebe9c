"""Answer sentences are not cut inside an abbreviation, a name or a list, and never run across
a paragraph, a table row or a line of a block of lines (FRESH15 §5–§6, FRESH16a K1). Every
document here is made up; each expected sentence is a piece of its text."""

from __future__ import annotations

from qa_bot.answer import answer_span
from qa_bot.corpus.boundaries import ends_with_abbreviation
from qa_bot.corpus.fields import block_lines, keeps_lines, stands_alone
from qa_bot.corpus.model import Passage
from qa_bot.corpus.sentences import continues, sentence_spans
from qa_bot.extract.layout import LineShapes, line_key
from qa_bot.extract.wraps import join_wrapped, wide_ends


def _sentences(text: str, lines: bool = False) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text), (), lines)]


def test_abbreviations_of_pythainlps_list_and_glued_ones_do_not_end_a_sentence() -> None:
    for said in ("ประชุมเมื่อ 5 มิ.ย.", "สอนโดย ดร.", "ทำงานตั้งแต่พ.ศ.", "ไปที่ สปป.", "ออกเวลา 16.30 น."):
        assert ends_with_abbreviation(said), said
    for said in ("ชมรมนี้มีสมาชิกที่ใจงาม.", "มีผู้มาร่วมงาน 120 คน."):
        assert not ends_with_abbreviation(said), said


def test_an_answer_never_opens_inside_a_run_of_text_however_long() -> None:
    said = "การประชุมครั้งนี้" + " ความร่วมมือด้านการศึกษามีความคืบหน้า" * 12 + " ที่เวียงจันทน์ สปป."
    rest = "ลาว ได้ให้การรับรองปฏิญญาว่าด้วยการศึกษาของเด็กที่ไม่ได้ไปโรงเรียน" * 3
    text = said + rest
    spans = ((0, len(said)), (len(said), len(text)))
    assert len(text) > 600  # longer than an answer takes in (SentenceConfig.max_answer_chars)
    passage = Passage(0, "notes.txt", "", 0, "", "", 0, len(text), text, spans)
    assert answer_span(passage, 1) == (0, len(text))  # not "ลาว ได้ให้การรับรอง…" alone


def test_a_number_after_a_short_word_and_its_full_stop_stays_with_it() -> None:
    text = "ติดต่อฝ่ายปกครอง โทร. 042 123 456 ในเวลาราชการ"
    cut = text.index("042")
    assert continues(text, (0, cut - 1), (cut, len(text)))


def test_a_number_alone_over_a_paragraph_is_no_part_of_its_sentence() -> None:
    text = "1.\n\nเธอซ่อมเครื่องยนต์เครื่องบินได้ในความมืด และรอดชีวิตจากสนามรบสองแห่งก่อนกลับบ้านเกิดของเธอ"
    assert _sentences(text) == [text[text.index("เธอ") :]]


def test_table_rows_and_lines_of_a_block_never_join_their_neighbours() -> None:
    rows = "รายการ: ครุภัณฑ์ | งบประมาณ (บาท): 1,250,000\nรายการ: ค่าใช้สอย | งบประมาณ (บาท): 880,500"
    first = rows.split("\n")[0]
    assert not continues(rows, (0, len(first)), (len(first) + 1, len(rows)))
    assert stands_alone(rows, 0, len(first)) and stands_alone(rows, len(first) + 1, len(rows))
    contact = "ฝ่ายทะเบียน โทร. 042-111-222\nฝ่ายการเงิน โทร. 042-111-333\nห้องพยาบาล โทร. 042-111-444"
    assert keeps_lines("contact.html") and not keeps_lines("notice.rtf")
    assert _sentences(contact, lines=True) == contact.split("\n")
    nurse = contact.index("ห้องพยาบาล")
    assert stands_alone(contact, nurse, len(contact), lines=True)


def test_a_short_line_goes_with_the_line_before_it() -> None:
    text = (
        "พระราชกฤษฎีกา\nยุบสภาผู้แทนราษฎร\nพ.ศ. ๒๕๖๖\n\nพลเอก สมชาย ใจดีมาก\nนายกรัฐมนตรี\n"
        "ให้ไว้ ณ วันที่ 17 มีนาคม พ.ศ. ๒๕๖๖"
    )
    found = [text[a:b] for a, b in block_lines(text, 0, len(text))]
    assert found == [
        "พระราชกฤษฎีกา\nยุบสภาผู้แทนราษฎร\nพ.ศ. ๒๕๖๖",
        "พลเอก สมชาย ใจดีมาก\nนายกรัฐมนตรี",
        "ให้ไว้ ณ วันที่ 17 มีนาคม พ.ศ. ๒๕๖๖",
    ]


def test_a_line_that_wrapped_on_a_clause_gap_keeps_a_space() -> None:
    raw = [
        "ตามที่สภาผู้แทนราษฎรได้ปฏิบัติหน้าที่มาครบวาระแล้วตั้งแต่  \n"
        "พ.ศ.  ๒๕๖๒  และบัดนี้ได้ปิดสมัยประชุมสามัญประจำปีสุดท้ายแล้ว \n"
        "สมควรจัดให้มีการเลือกตั้งทั่วไป"
    ]
    lines = [line.rstrip() for line in raw[0].split("\n")]
    shapes = [
        LineShapes(
            short=frozenset(),
            full=frozenset(line_key(line) for line in lines[:2]),
            spans_page=True,
        )
    ]
    joined = join_wrapped(["\n".join(lines)], shapes, wide=wide_ends(raw))[0]
    assert "ตั้งแต่ พ.ศ." in joined  # two spaces before the break: a clause's gap
    assert "ประจำปีสุดท้ายแล้วสมควร" in joined  # one: nothing said


def test_a_list_item_is_no_heading_over_the_next_item_and_a_rule_line_is_no_sentence() -> None:
    text = "1. นักเรียนยืมหนังสือได้ครั้งละไม่เกินสามเล่ม\n\n2. ครูยืมหนังสือได้ครั้งละไม่เกินสิบเล่ม\n\n|---|---|"
    said = _sentences(text)
    assert "1. นักเรียนยืมหนังสือได้ครั้งละไม่เกินสามเล่ม" in said[0]
    assert not said[0].endswith("2.")  # the next item's number stays with its item
    assert all(sentence.strip("|-") for sentence in said)


def test_a_markdown_tables_rule_row_and_header_row_are_no_sentences() -> None:
    text = "| วิชา | วันสอบ |\n|---|---|\n| คณิตศาสตร์ | วันจันทร์ |"
    assert _sentences(text) == ["| คณิตศาสตร์ | วันจันทร์ |"]
