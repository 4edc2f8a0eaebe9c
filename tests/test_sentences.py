"""Where a Thai sentence ends: a space that ends a clause vs a space inside one.

Thai has no full stop: spaces separate sentences and clauses, but also stand around names,
numbers and Latin words. Every expected boundary below is read off the documents themselves
(the bundled ASEAN document and the articles of bench/data/reading), never off the code.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from qa_bot.corpus.boundaries import fronted, is_heading_line, opens_predicate, opens_sentence
from qa_bot.corpus.clauses import MAX_SENTENCE_CHARS, split_long
from qa_bot.corpus.sentences import sentence_spans

from .conftest import ASEAN_FILE

ARTICLES = Path(__file__).resolve().parent.parent / "bench" / "data" / "reading" / "articles"


def _paragraph(path: Path, holding: str) -> str:
    (paragraph,) = [p for p in path.read_text(encoding="utf-8").split("\n\n") if holding in p]
    return paragraph


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


def _sentence_with(sentences: list[str], words: str) -> str:
    (sentence,) = [s for s in sentences if words in s]
    return sentence


# --- a subject and its predicate stay together ----------------------------------------------


@pytest.mark.parametrize(
    ("article", "subject", "predicate"),
    [
        # "มารี กูรี มีชื่อเดิมว่า มาเรีย ซาโลเมอา สกวอดอฟสกา เกิดเมื่อวันที่ 7 พฤศจิกายน 1867": the
        # name is the subject of เกิด; the CRF model cuts at the space after the maiden name.
        ("marie_curie.txt", "มารี กูรี มีชื่อเดิมว่า", "เกิดเมื่อวันที่ 7 พฤศจิกายน 1867"),
        ("vaccination_jenner.txt", "เอ็ดเวิร์ด เจนเนอร์ เป็นแพทย์ชาวอังกฤษ", "เกิดเมื่อวันที่ 17 พฤษภาคม 1749"),
    ],
)
def test_a_clause_without_its_own_subject_stays_with_the_subject(
    article: str, subject: str, predicate: str
) -> None:
    sentences = _sentences(_paragraph(ARTICLES / article, predicate))
    assert subject in _sentence_with(sentences, predicate)


def test_what_opens_a_predicate() -> None:
    # Pieces of the articles that open with a verb or an auxiliary, and ones that open with a
    # subject of their own (a noun, a pronoun, a connective).
    assert opens_predicate("เกิดเมื่อวันที่ 7 พฤศจิกายน 1867 ที่กรุงวอร์ซอ")
    assert opens_predicate("จึงสรุปว่ารังสีดังกล่าวกำเนิดจากภายในอะตอมเอง")
    assert opens_predicate("ทำให้แมกมาและแก๊สที่มีความดันสูงภายในระเบิดออกมา")
    assert not opens_predicate("เธอเป็นบุตรคนสุดท้องในจำนวนบุตรทั้งห้าคน")
    assert not opens_predicate("ในปี 1891 มาเรียจึงเดินทางตามพี่สาวไปยังฝรั่งเศส")
    assert not opens_predicate("พี่สาวของเธอ ให้ไปศึกษาแพทยศาสตร์ที่กรุงปารีส")


# --- a connective after a space opens a new sentence ----------------------------------------


def test_a_connective_opens_a_sentence_even_where_the_crf_model_runs_on() -> None:
    # The document: "… (ASEAN Declaration of Commitment on HIV and AIDS: … by 2030) นอกจากนั้น
    # เมื่อวันที่ 19 กันยายน ค.ศ. 2016 ไทยริเริ่มจัดการประชุม … Zika virus …": the Zika meeting
    # is a new sentence; "นอกจากนั้น เมื่อวันที่ 19 กันยายน ค.ศ." is too short to stand and
    # joins the sentence it opens, not the declaration before it.
    sentences = _sentences(_paragraph(ASEAN_FILE, "Threat of Zika virus"))
    zika = _sentence_with(sentences, "Threat of Zika virus")
    assert zika.startswith("นอกจากนั้น เมื่อวันที่ 19 กันยายน ค.ศ. 2016 ไทยริเริ่มจัดการประชุม")
    assert "HIV and AIDS" not in zika
    declaration = _sentence_with(sentences, "HIV and AIDS")
    assert declaration.endswith("by 2030)")


@pytest.mark.parametrize(
    ("article", "before", "opening"),
    [
        # "… พิธีปิดจัดขึ้นในวันที่ 24 ตุลาคม ต่อมาโตเกียวได้รับเลือกเป็นเจ้าภาพโอลิมปิกอีกครั้ง …"
        ("tokyo_1964_olympics.txt", "พิธีปิดจัดขึ้นในวันที่ 24 ตุลาคม", "ต่อมาโตเกียวได้รับเลือก"),
        # "… เขาถึงแก่กรรมที่ไมนซ์เมื่อวันที่ 3 กุมภาพันธ์ 1468 ปัจจุบันพิพิธภัณฑ์กูเทนแบร์ก …"
        ("printing_press.txt", "เมื่อวันที่ 3 กุมภาพันธ์ 1468", "ปัจจุบันพิพิธภัณฑ์กูเทนแบร์ก"),
    ],
)
def test_a_date_then_a_connective_ends_a_sentence(article: str, before: str, opening: str) -> None:
    sentences = _sentences(_paragraph(ARTICLES / article, opening))
    assert _sentence_with(sentences, before).endswith(before)
    assert _sentence_with(sentences, opening).startswith(opening)


def test_a_connective_is_a_whole_word() -> None:
    assert opens_sentence("นอกจากนั้น เมื่อวันที่ 19 กันยายน ค.ศ.")
    assert opens_sentence("ส่วนการล่าสัตว์ยังคงจัดต่อไป")
    # "ส่วนหนึ่ง" (a part of), "ส่วนใหญ่" (most): nouns, not "ส่วน" (as for)
    assert not opens_sentence("ส่วนหนึ่งที่โรงพยาบาลซานตามาเรียนูโอวาในฟลอเรนซ์")
    assert not opens_sentence("ส่วนใหญ่เป็นทะเลทราย")


def test_every_sentence_is_whole_source_text() -> None:
    # Offsets: each sentence is the source between its offsets, trimmed, in order, no overlap.
    text = _paragraph(ASEAN_FILE, "Threat of Zika virus")
    spans = sentence_spans(text, 0, len(text))
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start and not text[end:start].strip()
    assert all(text[a:b] == text[a:b].strip() for a, b in spans)


# --- a sentence does not end inside a quotation or at a name's initial -------------------------


@pytest.mark.parametrize(
    ("article", "phrase"),
    [
        # 'ภายใต้คำขวัญ "ฟูโกกุ เคียวเฮ" ซึ่งหมายถึง "ประเทศมั่งคั่ง กองทัพเข้มแข็ง" ญี่ปุ่นได้…'
        ("meiji_restoration.txt", '"ประเทศมั่งคั่ง กองทัพเข้มแข็ง"'),
        # '… ไปยังวัตสันที่อยู่อีกห้องหนึ่งว่า "คุณวัตสัน มาที่นี่หน่อย ผมต้องการพบคุณ" วัตสันได้ยิน…'
        ("telephone_bell.txt", '"คุณวัตสัน มาที่นี่หน่อย ผมต้องการพบคุณ"'),
        # A Latin initial written in Thai with its full stop, inside a name.
        ("mount_st_helens_1980.txt", "แฮร์รี อาร์. ทรูแมน"),
        ("mount_st_helens_1980.txt", "เดวิด เอ. จอห์นสตัน"),
        ("albert_einstein.txt", "แฟรงกลิน ดี. โรสเวลต์"),
        ("marie_curie.txt", "วอร์เรน จี. ฮาร์ดิง"),
    ],
)
def test_a_quotation_or_a_name_with_an_initial_stays_in_one_sentence(
    article: str, phrase: str
) -> None:
    sentences = _sentences(_paragraph(ARTICLES / article, phrase))
    assert [s for s in sentences if phrase in s]


@pytest.mark.parametrize(
    ("article", "opened", "closed"),
    [
        # "… ดำเนินมาตรการควบคุมยุง เช่น การระบายน้ำขัง การพ่นน้ำมันบนแหล่งน้ำ และการติดมุ้งลวด …"
        ("panama_canal.txt", "เช่น การระบายน้ำขัง", "และการติดมุ้งลวด"),
        # "… เช่น เทือกเขาอาฮักการ์ในแอลจีเรีย เทือกเขาอายร์ในไนเจอร์ และเทือกเขาทิเบสตีในชาด"
        ("sahara.txt", "เช่น เทือกเขาอาฮักการ์ในแอลจีเรีย", "และเทือกเขาทิเบสตีในชาด"),
    ],
)
def test_a_list_runs_to_its_last_item(article: str, opened: str, closed: str) -> None:
    sentences = _sentences(_paragraph(ARTICLES / article, opened))
    assert closed in _sentence_with(sentences, opened)


# --- a fronted adverbial opening a passage stays with its clause ---------------------------------


def test_a_fronted_adverbial_waits_for_its_clause() -> None:
    # The document: "นอกจากนี้ เพื่อรับมือกับการก้าวสู่สังคมสูงวัย ไทยริเริ่มผลักดัน …": the subject
    # after a purpose clause is that clause's main clause, not a new sentence.
    assert fronted("นอกจากนี้ เพื่อรับมือกับการก้าวสู่สังคมสูงวัย")
    assert fronted("ในปี 1871")
    assert not fronted("การใช้คลองช่วยย่นระยะทางการเดินเรือ")
    assert not fronted("ประชาคมสังคมและวัฒนธรรมอาเซียนมีหัวใจสำคัญ")


def test_a_passage_opening_with_a_fronted_adverbial_keeps_it_with_its_clause() -> None:
    # The document: "เพื่อเสริมสร้างเครือข่ายความร่วมมือระหว่างมหาวิทยาลัยในอาเซียน อาเซียนได้จัดตั้ง
    # เครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN) ขึ้น …": why AUN was set up
    # and that it was are one sentence.
    sentences = _sentences(_paragraph(ASEAN_FILE, "ASEAN University Network"))
    founded = _sentence_with(sentences, "อาเซียนได้จัดตั้งเครือข่ายมหาวิทยาลัยอาเซียน")
    assert founded.startswith("เพื่อเสริมสร้างเครือข่ายความร่วมมือระหว่างมหาวิทยาลัยในอาเซียน")


# --- a heading never answers alone ------------------------------------------------------------

# The shape of the Word and PDF reports in ../shared/docs-samples (their sub-headings are plain
# lines): a numbered heading, then its body.
REPORT = (
    "รายงานฉบับนี้ทดสอบการจัดทำเอกสารราชการภาษาไทยด้วยโปรแกรมประมวลผลคำ\n\n"
    "๑.๑ วัตถุประสงค์\n\n"
    "เพื่อให้การจัดทำเอกสารราชการเป็นไปอย่างมีประสิทธิภาพ"
)
SECTION = (
    "ข้อความก่อนหน้าที่จบประโยคแล้วอย่างสมบูรณ์ในย่อหน้านี้ของรายงาน.\n"
    "2.3 การเปลี่ยนภาพโทนสีเทาเป็นภาพขาวดำ [2]\n"
    " การเปลี่ยนภาพโทนสีเทาเป็นภาพขาวดำเป็นการลดความยุ่งยากในการประมวลผลภาพ โดยเลือกค่าขีดแบ่งที่เหมาะสม"
)


def test_what_a_heading_line_is() -> None:
    heading = REPORT.index("๑.๑ วัตถุประสงค์")
    assert is_heading_line(REPORT, (heading, heading + len("๑.๑ วัตถุประสงค์")))
    body = REPORT.index("เพื่อให้การจัดทำ")
    assert not is_heading_line(REPORT, (body + 5, len(REPORT)))  # not a whole line
    assert not is_heading_line("ปัจจุบันชมรมมีสมาชิก 120 คน.", (0, 27))  # a sentence's full stop


def test_a_heading_line_joins_the_sentence_under_it() -> None:
    # The CRF model cuts at the line break after the heading; the heading does not stand alone.
    sentences = _sentences(SECTION)
    assert "2.3 การเปลี่ยนภาพโทนสีเทาเป็นภาพขาวดำ [2]" not in sentences
    body = _sentence_with(sentences, "เป็นการลดความยุ่งยาก")
    assert body.startswith("2.3 การเปลี่ยนภาพโทนสีเทาเป็นภาพขาวดำ [2]")
    assert sentences[0].endswith("ของรายงาน.")


def test_a_heading_paragraph_is_no_passage_of_its_own(tmp_path: Path) -> None:
    from qa_bot.corpus.documents import read_document
    from qa_bot.corpus.passages import split_passages

    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    passages = split_passages([read_document(path)])
    assert "๑.๑ วัตถุประสงค์" not in [p.text for p in passages]
    (objective,) = [p for p in passages if "๑.๑ วัตถุประสงค์" in p.text]
    assert "เพื่อให้การจัดทำเอกสารราชการ" in objective.text
    # A heading the document's structure does not name (a numbered line of a plain text: no
    # section of its own) stays with the sentence under it rather than answer alone.
    first = objective.sentences[0]
    said = objective.source[first[0] : first[1]]
    assert said.startswith("๑.๑ วัตถุประสงค์") and "เพื่อให้การจัดทำ" in said


def test_a_word_or_html_heading_is_in_no_answer_sentence(tmp_path: Path) -> None:
    # A fresh user's Word file (FRESH7 #5): "ห้องสมุด⏎⏎ห้องสมุดกลางเปิดบริการทุกวัน…" was the
    # answer sentence to "ห้องสมุดปิดกี่โมง", the Heading 1 glued on.
    import docx

    from qa_bot.corpus.documents import read_document
    from qa_bot.corpus.passages import split_passages

    document = docx.Document()
    document.add_heading("คู่มือนักศึกษาใหม่ ปีการศึกษา 2567", level=0)
    document.add_heading("หอพักนักศึกษา", level=1)
    document.add_paragraph("หอพักในมหาวิทยาลัยมีทั้งหมด 6 อาคาร ค่าหอพักเดือนละ 2,400 บาท")
    document.add_heading("ห้องสมุด", level=1)
    body = "ห้องสมุดกลางเปิดบริการทุกวันตั้งแต่เวลา 08.00 ถึง 22.00 น. ยกเว้นวันหยุดนักขัตฤกษ์"
    document.add_paragraph(body)
    document.save(tmp_path / "guide.docx")
    html = (
        "<html><body><h1>งานวันเปิดบ้าน</h1><h2>กำหนดการ</h2>"
        "<p>งานวันเปิดบ้านจัดขึ้นในวันเสาร์ที่ 16 พฤศจิกายน 2567 ณ อาคารวิทยาศาสตร์ 3</p>"
        "<p>พิธีเปิดโดยคณบดี ศาสตราจารย์ ดร.วิชัย สุขสันต์ เวลา 09.00 น.</p></body></html>"
    )
    (tmp_path / "open_day.html").write_text(html, encoding="utf-8")
    documents = [read_document(tmp_path / "guide.docx"), read_document(tmp_path / "open_day.html")]
    said = [p.source[a:b] for p in split_passages(documents) for a, b in p.sentences]
    assert body in said
    assert _sentence_with(said, "หอพักในมหาวิทยาลัย").startswith("หอพักในมหาวิทยาลัย")
    assert _sentence_with(said, "งานวันเปิดบ้านจัดขึ้น").startswith("งานวันเปิดบ้านจัดขึ้น")
    # "ดร." does not end a sentence: the name follows it without a space.
    assert "พิธีเปิดโดยคณบดี ศาสตราจารย์ ดร.วิชัย สุขสันต์ เวลา 09.00 น." in said


# --- an abbreviation never ends a sentence, sentences never overlap ---------------------------


def _all_sentences(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    text = path.read_text(encoding="utf-8")
    found, start = [], 0
    for paragraph in text.split("\n\n"):
        found.append((text, list(sentence_spans(text, start, start + len(paragraph)))))
        start += len(paragraph) + 2
    return found


CORPORA = [ASEAN_FILE, *sorted(ARTICLES.glob("*.txt"))[:12]]


@pytest.mark.parametrize("path", CORPORA, ids=lambda p: p.name)
def test_sentences_are_ordered_and_apart(path: Path) -> None:
    for _, spans in _all_sentences(path):
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start  # no two sentences of a passage overlap


# --- a run-on sentence is cut at its clause boundaries (answer.best_clause) ----------------------


def _clauses(paragraph: str, holding: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[str]:
    (span,) = [
        (a, b) for a, b in sentence_spans(paragraph, 0, len(paragraph)) if holding in paragraph[a:b]
    ]
    return [paragraph[a:b] for a, b in split_long(paragraph, span, max_chars)]


def test_a_run_on_sentence_is_cut_into_its_clauses() -> None:
    # §2: one 900-character "sentence" names three declarations; the Yogyakarta meeting ("และ
    # ล่าสุด เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 … ที่เมืองยอกยาการ์ตา อินโดนีเซีย ได้ให้การรับรอง
    # ปฏิญญายอกยาการ์ตา … (Yokyakarta Declaration …)") is a clause of its own, "และล่าสุด" (and
    # most recently) with it.
    clauses = _clauses(_paragraph(ASEAN_FILE, "ยอกยาการ์ตา"), "ยอกยาการ์ตา")
    yogya = _sentence_with(clauses, "ที่เมืองยอกยาการ์ตา")
    assert yogya.startswith("และล่าสุด เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018")
    assert yogya.endswith("to Enrich the ASEAN Identity)")
    assert "Vientiane" not in yogya and len(yogya) <= MAX_SENTENCE_CHARS
    # §6: an agreement signed by the foreign ministers and a declaration signed by the leaders.
    disaster = _clauses(_paragraph(ASEAN_FILE, "ADDMER"), "ADDMER")
    ministers = _sentence_with(disaster, "ลงนามโดยรัฐมนตรีต่างประเทศอาเซียน")
    assert "ADDMER" in ministers and "ผู้นำ" not in ministers
    assert "ONE ASEAN, ONE RESPONSE" in _sentence_with(disaster, "ลงนามโดยผู้นำประเทศสมาชิกอาเซียน")
    # §7: two conferences in Phuket, each with its own dates.
    debris = _clauses(_paragraph(ASEAN_FILE, "Reducing Marine Debris"), "Reducing Marine Debris")
    assert "2018" not in _sentence_with(debris, "22 – 23 พฤศจิกายน ค.ศ. 2017 ที่จังหวัดภูเก็ต")
    assert _sentence_with(debris, "South China Sea").startswith("และการประชุมเชิงปฏิบัติการ")


def test_a_clause_boundary_is_never_inside_a_name_or_a_number() -> None:
    # Cut as small as it goes, the §1 paragraph keeps "สปป.ลาว", the date, "ครั้งที่ 28-29" and
    # the bracketed English name whole.
    paragraph = _paragraph(ASEAN_FILE, "สปป.ลาว")
    clauses = [paragraph[a:b] for a, b in split_long(paragraph, (0, len(paragraph)), 60)]
    said = " ".join(clauses)
    for whole in (
        "สปป.ลาว",
        "ครั้งที่ 28-29",
        "ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016",
        "(ASEAN Declaration on Strengthening Education for Out-of-School Children and Youth)",
    ):
        assert any(whole in clause for clause in clauses), (whole, said)
    assert not any(clause.endswith(("และ", "และล่าสุด")) for clause in clauses)


@pytest.mark.parametrize("path", CORPORA, ids=lambda p: p.name)
def test_no_cut_inside_brackets(path: Path) -> None:
    # A bracketed English name stays with its Thai name ("… (ASEAN Declaration on …)").
    for text, spans in _all_sentences(path):
        for start, end in spans:
            said = text[start:end]
            assert said.count("(") == said.count(")"), said


def test_no_clause_of_the_bundled_document_is_a_paragraph() -> None:
    # FRESH7 #5: 547–900-character "sentences"; each has clause boundaries where an answer may
    # be cut (answer.best_clause). The longest clause left is §5's list of three declarations
    # the leaders adopted (595 characters: no likely sentence end inside it).
    clauses = [
        b - a
        for text, spans in _all_sentences(ASEAN_FILE)
        for s in spans
        for a, b in split_long(text, s)
    ]
    assert max(clauses) < 600
