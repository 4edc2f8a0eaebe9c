"""A school's web page as a content system writes it (FRESH17a §4.2): <title> "page | site", one
h1 naming the page, h2 sections and a footer. The document is named by the page, not the site
too, and each section by its h2 alone — not "page › section" on every badge and chip."""

from __future__ import annotations

from pathlib import Path

from qa_bot.corpus.documents import read_document

PAGE = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>ชมรมดนตรีไทย | โรงเรียนวัดป่าประดู่</title></head><body>
<nav><a href="/">หน้าแรก</a> <a href="/club">ชมรม</a></nav>
<main>
<h1>ชมรมดนตรีไทย</h1>
<p>ชมรมดนตรีไทยฝึกซ้อมวงปี่พาทย์และวงเครื่องสายสำหรับนักเรียนทุกระดับชั้น</p>
<h2>เวลาฝึกซ้อม</h2>
<p>ฝึกซ้อมทุกวันพุธและวันศุกร์ เวลา 15.30 ถึง 17.00 น. ที่ห้องดนตรีไทย อาคาร 4</p>
<h2>การสมัคร</h2>
<p>สมัครได้ที่ครูสุนทร ใจงาม ภายในวันที่ 30 มิถุนายน 2570</p>
</main>
<footer><p>โรงเรียนวัดป่าประดู่ 12 ถนนสุขุมวิท อำเภอเมือง จังหวัดระยอง 21000</p></footer>
</body></html>"""


def test_the_site_name_and_the_page_heading_stay_out_of_the_labels(tmp_path: Path) -> None:
    path = tmp_path / "thai_music_club.html"
    path.write_text(PAGE, encoding="utf-8")
    document = read_document(path)
    assert document.title == "ชมรมดนตรีไทย"
    labels = [section.label for section in document.sections]
    assert labels == ["ชมรมดนตรีไทย", "เวลาฝึกซ้อม", "การสมัคร", "ท้ายหน้า"]


def test_a_title_whose_first_part_is_not_the_pages_heading_stays_whole(tmp_path: Path) -> None:
    path = tmp_path / "club.html"
    path.write_text(PAGE.replace("<h1>ชมรมดนตรีไทย</h1>", "<h1>ยินดีต้อนรับ</h1>"), "utf-8")
    assert read_document(path).title == "ชมรมดนตรีไทย | โรงเรียนวัดป่าประดู่"
