"""Code and console output are searchable but never an answer sentence (FRESH10 §4: an R
package's page answered English questions with `install.packages("tinytex")` and with R's
console echo "#> ✔ Line spacing was set to 1.5 …"). Synthetic pages and files made here."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.corpus.code import code_spans, outside
from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import split_passages

INSTALL = "ติดตั้งแพ็กเกจ kanomthai จาก GitHub ด้วยคำสั่งต่อไปนี้ แล้วเรียกใช้ได้ทันที"
CODE = 'remotes::install_github("somchai/kanomthai")\nkanomthai::bake_recipe("ทองหยอด")'
ECHO = "#> ✔ Writing recipe.tex at /tmp/Rtmp/recipe.tex\n#> ✔ Font was set to TH Sarabun New"
AFTER = "แพ็กเกจนี้รวบรวมสูตรขนมไทยโบราณกว่าห้าสิบสูตรพร้อมปริมาณส่วนผสมที่ชั่งตวงแล้ว"
PAGE = f"""<html><head><title>kanomthai</title></head><body><main>
<h1>kanomthai</h1>
<p>{INSTALL}</p>
<pre><code>{CODE}
{ECHO}
</code></pre>
<p>{AFTER}</p>
</main></body></html>"""


@pytest.fixture()
def page(tmp_path: Path) -> Path:
    path = tmp_path / "kanomthai.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _sentences(documents) -> list[str]:
    return [p.source[a:b] for p in split_passages(documents) for a, b in p.sentences]


def test_console_echo_is_not_the_pages_text(page: Path) -> None:
    document = read_document(page)
    assert "#>" not in document.text and "Writing recipe.tex" not in document.text
    assert 'remotes::install_github("somchai/kanomthai")' in document.text


def test_a_pre_block_is_code_searchable_but_no_sentence(page: Path) -> None:
    document = read_document(page)
    ((start, end),) = document.code_spans
    assert document.text[start:end] == CODE
    passages = split_passages([document])
    holding = [p for p in passages if "install_github" in p.text]
    assert len(holding) == 1 and INSTALL in holding[0].text  # beside the prose before it
    said = _sentences([document])
    assert INSTALL in said and AFTER in said
    assert not [s for s in said if "install_github" in s or "bake_recipe" in s]


def test_fenced_blocks_and_prompts_in_markdown_are_code(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        f"# บันทึก\n\n{INSTALL}\n\n```r\n{CODE}\n```\n\n>>> print('สวัสดี')\n\n{AFTER}\n",
        encoding="utf-8",
    )
    said = _sentences([read_document(path)])
    assert INSTALL in said and AFTER in said
    assert not [s for s in said if "install_github" in s or "print(" in s or "```" in s]


def test_a_markdown_heading_is_no_console_line_but_knitr_output_in_a_pdf_is() -> None:
    text = "## ผลการทดลอง\n\nน้ำใสขึ้น\n"
    assert code_spans(text, plain=True) == ()
    printed = "summary(cars)\n## speed dist\n## Min. : 4.0 Min. : 2.00\nจบ"
    ((start, end),) = code_spans(printed)
    assert printed[start:end] == "## speed dist\n## Min. : 4.0 Min. : 2.00"


def test_outside_leaves_the_prose_around_code() -> None:
    text = "ก่อน\nCODE\nหลัง"
    assert [text[a:b] for a, b in outside(text, 0, len(text), [(5, 9)])] == ["ก่อน\n", "\nหลัง"]


def test_code_alone_is_no_passage(tmp_path: Path) -> None:
    path = tmp_path / "snippet.html"
    path.write_text(f"<html><body><p>{AFTER}</p><h2>ตัวอย่าง</h2><pre>{CODE}</pre>", "utf-8")
    passages = split_passages([read_document(path)])
    assert all(p.sentences for p in passages)
    assert not [p for p in passages if p.section_label == "ตัวอย่าง"]


@pytest.mark.slow  # builds an index with the bundled model
def test_an_english_question_is_answered_from_prose_not_code(page: Path, tmp_path: Path) -> None:
    from qa_bot import QABot
    from qa_bot.store import build_index

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    bot = QABot.load(tmp_path / "index")
    for question in ("How do I install kanomthai?", "ติดตั้ง kanomthai อย่างไร"):
        for hit in bot.ask(question).hits:
            assert "install_github" not in hit.answer_sentence
            assert "#>" not in hit.text
