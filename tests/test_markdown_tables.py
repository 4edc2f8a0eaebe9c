"""A Markdown file's table rows are stored, shown and answered under their column headers, as a
Word or HTML table's are ("วัน: เสาร์ | เวลาเปิด: 09:00 น. | เวลาปิด: 12:00 น."; FRESH20a K9: the
bare row "| เสาร์ | 09:00 น. | 12:00 น. |" did not say which time opens). The documents are made
up here; every expected line is the document's own cells."""

from __future__ import annotations

from pathlib import Path

from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages
from qa_bot.extract.markdown import tables_with_headers

HOURS = """# ระเบียบการใช้ห้องพยาบาลโรงเรียน

ห้องพยาบาลเปิดให้บริการแก่นักเรียนและครูทุกคน

## เวลาเปิดทำการ

| วัน | เวลาเปิด | เวลาปิด |
|---|:---:|---|
| จันทร์–ศุกร์ | 08:00 น. | 16:30 น. |
| เสาร์ | 09:00 น. | 12:00 น. |

นักเรียนที่ป่วยต้องแจ้งครูประจำชั้นก่อนมาห้องพยาบาล
"""


def _sentences(path: Path) -> list[str]:
    document = read_document(path)
    return [
        document.text[a:b] for passage in split_passages([document]) for a, b in passage.sentences
    ]


def test_a_markdown_table_row_is_an_answer_sentence_under_its_headers(tmp_path: Path) -> None:
    path = tmp_path / "clinic.md"
    path.write_text(HOURS, encoding="utf-8")
    sentences = _sentences(path)
    assert "วัน: เสาร์ | เวลาเปิด: 09:00 น. | เวลาปิด: 12:00 น." in sentences
    assert "วัน: จันทร์–ศุกร์ | เวลาเปิด: 08:00 น. | เวลาปิด: 16:30 น." in sentences
    text = read_document(path).text
    assert "|---" not in text and "| วัน |" not in text  # header and rule rows are no lines
    # The rest of the file as written, character for character.
    before, after = HOURS.split("| วัน |")[0], HOURS.split("| 12:00 น. |")[1]
    assert text.startswith(before) and text.endswith(after)
    document = read_document(path)
    row = text.index("วัน: เสาร์")
    assert [s.label for s in document.sections if s.start <= row < s.end] == ["เวลาเปิดทำการ"]


def test_a_text_file_and_a_table_in_code_or_without_a_header_stay_as_written(
    tmp_path: Path,
) -> None:
    plain = tmp_path / "clinic.txt"
    plain.write_text(HOURS, encoding="utf-8")
    assert read_document(plain).text == HOURS  # a .txt file is read as it is
    fenced = "ตัวอย่างตาราง\n\n```\n| วัน | เวลาเปิด |\n|---|---|\n| เสาร์ | 09:00 น. |\n```\n"
    assert tables_with_headers(fenced) == fenced
    # Empty header cells name no column: the rows stay bare, one line each.
    assert tables_with_headers("| | |\n|---|---|\n| เสาร์ | 09:00 น. |\n") == "เสาร์ | 09:00 น.\n"
    # Windows line ends are kept.
    windows = "| วัน | เวลาเปิด |\r\n|---|---|\r\n| เสาร์ | 09:00 น. |\r\n\r\nจบ"
    assert tables_with_headers(windows) == "วัน: เสาร์ | เวลาเปิด: 09:00 น.\r\n\r\nจบ"
