"""Each Thai repair on short strings of its fault, and on right text (which it must not change)."""

from __future__ import annotations

import pytest

from qa_bot.extract.quality import damage, in_dictionary_share
from qa_bot.extract.repair import (
    REPAIRS,
    drop_running_lines,
    fold_sara_am,
    join_broken_words,
    join_lines_before_marks,
    map_thai_pua,
    place_orphan_tone_marks,
    remove_invalid_characters,
    remove_space_before_marks,
    remove_zero_width,
    repair_text,
    restore_lost_sara_am,
    split_running_lines,
)

# Right Thai text (stacked marks, ำ, names, numbers, English): no repair may change it.
CLEAN = [
    "ด้วยนายกรัฐมนตรีได้นำความกราบบังคมทูล ว่า ตามที่สภาผู้แทนราษฎรได้ปฏิบัติหน้าที่",
    "ป้าป้ำญุฏุป็ปั ได้ นอกจากนี้ แผน ก แบบ ก 1",
    "การประชุมวันที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๖ at 10:00 น.\nมาตรา ๑ พระราชกฤษฎีกานี้",
    "จ่าสิบเอก คอร์ตนีย์ โจ รัช สมัครเข้ากองทัพอากาศสหรัฐ ปี 2003",
    "ดัชนีบิตแมป\nบทคัดย่อ\nการพัฒนาของเทคโนโลยี",
]


@pytest.mark.parametrize("repair", [*REPAIRS, repair_text])
@pytest.mark.parametrize("text", CLEAN)
def test_right_text_is_left_alone(repair, text):
    assert repair(text) == text


def test_zero_width_characters_are_removed():
    assert remove_zero_width("ตาราง\u200bสรุป\u200bงบประมาณ\ufeff") == "ตารางสรุปงบประมาณ"


def test_noncharacters_and_controls_are_removed():
    assert remove_invalid_characters("รัตนภูผา \uffff\uffff 1\x0c\tx\n") == "รัตนภูผา  1\tx\n"


@pytest.mark.parametrize(
    ("damaged", "right"),
    [
        ("ได\uf70b", "ได้"),
        ("เป\uf712น", "เป็น"),
        ("คัดย\uf70aอ", "คัดย่อ"),
        ("ศาสตร\uf70e", "ศาสตร์"),
        ("ป\uf710ญหา", "ปัญหา"),
        ("เฟ\uf704\uf714อ", "เฟื้อ"),
        ("ป\uf702การ", "ปีการ"),
        ("กดปุ\uf705ม", "กดปุ่ม"),
    ],
)
def test_private_use_area_glyphs_map_to_thai(damaged, right):
    assert map_thai_pua(damaged) == right


def test_private_use_area_outside_thai_block_is_kept():
    maths = "\uf8f1\uf8f2 brace"  # txfonts' brace pieces in a LaTeX thesis: not Thai
    assert map_thai_pua(maths) == maths


@pytest.mark.parametrize(
    ("damaged", "right"),
    [
        ("สําหรับ", "สำหรับ"),  # NIKHAHIT + SARA AA
        ("จาํนวน", "จำนวน"),  # reversed
        ("ตํ่า", "ต่ำ"),  # a tone mark between them
    ],
)
def test_nikhahit_and_sara_aa_fold_into_sara_am(damaged, right):
    assert fold_sara_am(damaged) == right


@pytest.mark.parametrize(
    ("damaged", "right"),
    [
        ("ผู ้เขียน", "ผู้เขียน"),
        ("วิทยานิพนธ ์", "วิทยานิพนธ์"),
        ("ที ่ประชุม ได  ้", "ที่ประชุม ได้"),
        # SARA AM never starts a word: a justified line's space before it (a LibreOffice PDF
        # of a justified Word regulation, FRESH19a K8) is damage too.
        ("ลาได้ปีละสิบวันท ำการ", "ลาได้ปีละสิบวันทำการ"),
        ("อาศัยอ ำนาจตามความใน", "อาศัยอำนาจตามความใน"),
    ],
)
def test_spaces_before_vowels_and_tone_marks_are_removed(damaged, right):
    assert remove_space_before_marks(damaged) == right


def test_a_line_break_before_a_mark_is_joined():
    assert join_lines_before_marks("ทำให้เกิดป\n\u0e31ญหา") == "ทำให้เกิดปัญหา"


@pytest.mark.parametrize(
    ("damaged", "right"),
    [
        ("ด้วยนายกรัฐมนตรีได้น าความกราบบังคมทูล", "ด้วยนายกรัฐมนตรีได้นำความกราบบังคมทูล"),
        ("สมัยประชุมสามัญประจ าปีที่สี่", "สมัยประชุมสามัญประจำปีที่สี่"),
        ("คอร์ตนีย์ท าได้ยอดเยี่ยม", "คอร์ตนีย์ทำได้ยอดเยี่ยม"),
        ("ด าเนินไปอย่างต่อเนื่อง", "ดำเนินไปอย่างต่อเนื่อง"),
        ("เครื่องบินล าเลียงขนาดมหึมา", "เครื่องบินลำเลียงขนาดมหึมา"),
    ],
)
def test_lost_sara_am_is_restored_where_the_dictionary_confirms_it(damaged, right):
    assert restore_lost_sara_am(damaged) == right


def test_lost_sara_am_is_not_guessed_without_a_dictionary_word():
    letter_spaced = "ปี ก า ร ศ ึ ก ษ า"  # justified text, not a lost SARA AM
    assert restore_lost_sara_am(letter_spaced) == letter_spaced
    assert restore_lost_sara_am("ขวข าข") == "ขวข าข"  # no word: left as it was


@pytest.mark.parametrize(
    ("damaged", "right"),
    [
        ("ได้สร้างข้อมูลจำนวนมหาศาลขึ้ นมา", "ได้สร้างข้อมูลจำนวนมหาศาลขึ้นมา"),
        ("ดัชนีบิตแมปเป็ น วิธีการ", "ดัชนีบิตแมปเป็น วิธีการ"),
        ("การฝึ กพื้นฐาน", "การฝึกพื้นฐาน"),
        ("เครื่องบินลำเลียงขนาดมหึมาที่ขนส่งทห\nารไปทั่วโลก", "เครื่องบินลำเลียงขนาดมหึมาที่ขนส่งทหารไปทั่วโลก"),
    ],
)
def test_words_broken_by_a_space_or_line_are_joined(damaged, right):
    assert join_broken_words(damaged) == right


def test_repair_text_fixes_a_mix_of_faults_and_scores_like_clean_text():
    damaged = "ด้วยนายกรัฐมนตรีได้น าความ\u200bไปด\uf70bวยสําหรับการประชุมเป\uf712น ประจ าปี"
    repaired = repair_text(damaged)
    assert repaired == "ด้วยนายกรัฐมนตรีได้นำความไปด้วยสำหรับการประชุมเป็น ประจำปี"
    assert damage(repaired).total == 0
    assert in_dictionary_share(repaired) == 1.0


def test_nfkc_is_never_applied():
    assert repair_text("ทำ") == "ทำ"  # NFKC would split ำ into ํา


def test_running_headers_footers_and_page_numbers_are_dropped():
    pages = [
        f"รายงานประจำปี ๒๕๖๖\nเนื้อหาหน้าที่ {n} เรื่องการประชุมครั้งที่ {n}\n- {n} -" for n in (1, 2, 3, 4)
    ]
    kept = drop_running_lines(pages)
    body = [f"เนื้อหาหน้าที่ {n} เรื่องการประชุมครั้งที่ {n}" for n in (1, 2, 3, 4)]
    # The running header goes from every page, its first too (FRESH11 §5).
    assert kept == body
    assert split_running_lines(pages)[1] == ["รายงานประจำปี ๒๕๖๖"]


def test_header_repeated_on_both_pages_of_two_is_dropped():
    pages = ["้หนา   ๑\nมาตรา ๑ พระราชกฤษฎีกานี้", "มาตรา ๓ ให้ยุบสภา\n้หนา   ๒"]
    assert drop_running_lines(pages) == ["มาตรา ๑ พระราชกฤษฎีกานี้", "มาตรา ๓ ให้ยุบสภา"]


def test_a_running_line_with_words_is_dropped_and_its_tone_mark_placed():
    # The Royal Gazette's header, its tone marks drawn apart ("่เลม", "้หนา"), at the end of
    # each page's text: kept once, it was part of มาตรา ๒ and its answer (FRESH11 §5).
    header = "่เลม   ๑๔๐   ตอนที่   ๒๒    ก ราชกิจจานุเบกษา ๒๐   มีนาคม   ๒๕๖๖"
    pages = [f"มาตรา ๒ ให้ใช้บังคับ\n้หนา   ๑\n{header}", f"มาตรา ๓ ให้ยุบสภา\n้หนา   ๒\n{header}"]
    kept = drop_running_lines(pages)
    assert kept == ["มาตรา ๒ ให้ใช้บังคับ", "มาตรา ๓ ให้ยุบสภา"]
    assert repair_text(header).startswith("เล่ม ")
    assert place_orphan_tone_marks("้หนา ๑") == "หน้า ๑"
    assert place_orphan_tone_marks("ข้อความ ่ก") == "ข้อความ ่ก"  # no word it can go into


def test_a_line_on_few_pages_and_a_single_page_are_kept():
    slides = ["สมการ\nข้อความหนึ่ง", "สมการ\nข้อความสอง", "ข้อความสาม\nบทสรุป"]
    assert drop_running_lines(slides) == slides  # on 2 of 3 pages: content, not a header
    assert drop_running_lines(["หัวเรื่อง\nเนื้อหา"]) == ["หัวเรื่อง\nเนื้อหา"]


def test_a_year_wrapped_to_a_page_edge_is_kept_but_page_numbers_go():
    # A year alone on the last line of a page is where a line wrapped ("… ประกาศเมื่อ พ.ศ.⏎
    # ๒๕๖๖"), not a page number: dropped, the sentence lost its year.
    pages = [
        "1\nพระราชกฤษฎีกานี้ประกาศเมื่อ พ.ศ.\n๒๕๖๖",
        "2\nมาตรา ๒ ให้ใช้บังคับตั้งแต่วันประกาศ\nในปี\n2023",
        "3\nมาตรา ๓ ให้ยุบสภา",
    ]
    assert drop_running_lines(pages) == [
        "พระราชกฤษฎีกานี้ประกาศเมื่อ พ.ศ.\n๒๕๖๖",
        "มาตรา ๒ ให้ใช้บังคับตั้งแต่วันประกาศ\nในปี\n2023",
        "มาตรา ๓ ให้ยุบสภา",
    ]
    # Page numbers that happen to read as years still go when the pages agree on them.
    body = ["บทนำของรายงานฉบับนี้", "วิธีการศึกษาและข้อมูล", "ผลการศึกษาและข้อเสนอแนะ"]
    numbered = [f"{text}\n{2000 + n}" for n, text in enumerate(body)]
    assert drop_running_lines(numbered) == body


def test_a_superscript_digit_at_a_page_edge_is_text_not_a_page_number():
    # str.isdigit() takes "²" for a digit, and int("²") raised ValueError inside a build.
    pages = ["เนื้อหาหน้าแรกของรายงาน\n²", "เนื้อหาหน้าที่สองของรายงาน\n³"]
    assert drop_running_lines(pages) == pages


def test_a_mapped_tone_mark_glyph_is_put_after_its_vowel():
    # Chromium's PDF of a Thai page (FRESH17a §1.3) writes ผู้ as ผ, a tone-mark glyph (U+F70B),
    # then SARA UU: mapped back, the tone mark came first, and the heading "4. ผู้เข้าอบรม…"
    # matched neither its section's label nor a question typed "ผู้".
    assert repair_text("4. \u0e1c\uf70b\u0e39\u0e40\u0e02\uf70b\u0e32\u0e2d\u0e1a\u0e23\u0e21") == (
        "4. ผู้เข้าอบรม"
    )


def test_a_number_broken_at_a_hyphen_keeps_its_rest_at_a_page_edge():
    # A notice's phone number wrapped at its hyphen to the last line of its page ("โทร
    # 044-611-⏎208") or to the next page's top: the bare "208" is the number's rest, no page
    # number; a page number after a line ending otherwise still goes.
    pages = ["ติดต่อครูมานพ\nโทร 044-611-\n208", "รายละเอียดเพิ่มเติม\nบรรทัดท้าย\n2"]
    assert drop_running_lines(pages) == [
        "ติดต่อครูมานพ\nโทร 044-611-\n208",
        "รายละเอียดเพิ่มเติม\nบรรทัดท้าย",
    ]
    pages = ["ติดต่อครูมานพ\nโทร 044-611-", "208\nรายละเอียดเพิ่มเติม\nบรรทัดท้าย"]
    assert drop_running_lines(pages)[1].startswith("208\n")
