"""The splitter: sections, labels, passages and sentences with exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.corpus.documents import load_corpus, read_document
from qa_bot.corpus.passages import split_passages
from qa_bot.corpus.sections import KNOWN_LABELS_EN, split_sections
from qa_bot.errors import CorpusError

from .conftest import ASEAN_FILE, CORPUS_DIR

SECTOR_LABELS = [
    "ภาพรวมประชาคมสังคมและวัฒนธรรมอาเซียน",
    "การศึกษา",
    "วัฒนธรรมและศิลปะ",
    "แรงงาน",
    "สวัสดิการสังคมและการพัฒนา",
    "สาธารณสุข",
    "การจัดการภัยพิบัติ",
    "สิ่งแวดล้อม",
    "เครือข่ายเมืองอัจฉริยะอาเซียน",
]
SECTOR_LABELS_EN = [
    "Overview",
    "Education",
    "Culture and Arts",
    "Labour",
    "Social Welfare and Development",
    "Health",
    "Disaster Management",
    "Environment",
    "ASEAN Smart Cities Network",
]


@pytest.fixture(scope="module")
def document():
    return read_document(ASEAN_FILE)


@pytest.fixture(scope="module")
def passages():
    return split_passages(load_corpus(CORPUS_DIR))


def test_bundled_document_has_nine_labelled_sections(document) -> None:
    assert [s.section_id for s in document.sections] == list(range(9))
    assert [s.label for s in document.sections] == SECTOR_LABELS
    assert [s.label_en for s in document.sections] == SECTOR_LABELS_EN
    assert all(KNOWN_LABELS_EN[label] for label in SECTOR_LABELS)


def test_title_comes_from_the_metadata_file_and_the_first_line_is_no_passage(
    document, passages
) -> None:
    # The first line is an exam question, not a title: corpus/...txt.meta.json names it.
    assert document.title == "ประชาคมสังคมและวัฒนธรรมอาเซียน"
    first_line = "ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน"
    assert document.text.startswith(first_line)
    assert all(not p.text.startswith(first_line) for p in passages)
    assert {p.doc_title for p in passages} == {document.title}


def test_inline_numbering_is_not_a_heading(document) -> None:
    # The overview lists "(1) วิสัยทัศน์ ..." inside a paragraph: it must stay in section 0.
    overview = document.sections[0]
    assert "(1) วิสัยทัศน์ประชาคมสังคมและวัฒนธรรมอาเซียน" in document.text[overview.start : overview.end]


def test_every_passage_and_sentence_round_trips_to_the_source(document, passages) -> None:
    source = document.text
    assert passages, "no passages"
    for passage in passages:
        assert source[passage.start : passage.end] == passage.text
        assert passage.text == passage.text.strip()
        section = document.sections[passage.section_id]
        assert section.start <= passage.start < passage.end <= section.end
        assert passage.section_label == section.label
        assert passage.sentences, passage.id
        for start, end in passage.sentences:
            assert passage.start <= start < end <= passage.end
            assert source[start:end].strip() == source[start:end]


def test_every_section_has_passages_and_all_body_text_is_covered(document, passages) -> None:
    assert {p.section_id for p in passages} == set(range(9))
    covered = "".join(p.text for p in passages)
    for section in document.sections:
        body_words = document.text[section.start : section.end].split()
        assert all(word in covered for word in body_words), section.label


def test_a_lead_in_closing_its_section_joins_the_paragraph_before_it(
    passages, tmp_path: Path
) -> None:
    # The overview ends "ความคืบหน้าในการดำเนินการของประชาคมสังคมและวัฒนธรรมอาเซียนในด้านต่าง ๆ
    # อาทิ", a line whose items are the numbered sectors after it: no passage of its own.
    lead_in = "ในด้านต่าง ๆ อาทิ"
    (holder,) = [p for p in passages if p.text.endswith(lead_in)]
    assert holder.section_id == 0
    assert "ประกอบด้วย 15 สาขา" in holder.text
    # One with text after it in its section is left to what follows it.
    path = tmp_path / "z.txt"
    first = (
        "อาเซียนมีความร่วมมือในหลายสาขา ทั้งด้านการศึกษา ด้านแรงงาน และด้านสาธารณสุข ซึ่งดำเนินการมาอย่างต่อเนื่อง"
    )
    lead = "ความร่วมมือเหล่านี้มีความคืบหน้าในการดำเนินการในหลายด้านตลอดช่วงหลายปีที่ผ่านมา อาทิ"
    after = "การศึกษาและกีฬาซึ่งได้รับการสนับสนุนจากประเทศสมาชิกทุกประเทศ และมีการประชุมร่วมกันเป็นประจำทุกปี"
    path.write_text(f"ภาพรวม\n\n{first}\n\n{lead}\n\n{after}\n")
    texts = [p.text for p in split_passages([read_document(path)])]
    assert not any(first in t and lead in t for t in texts), texts


def test_long_paragraphs_are_cut_at_spaces_within_the_limit() -> None:
    passages = split_passages(load_corpus(CORPUS_DIR), max_chars=300)
    assert max(len(p.text) for p in passages) <= 300
    default = split_passages(load_corpus(CORPUS_DIR))
    assert len(passages) > len(default)


def test_heading_styles_and_a_document_without_headings() -> None:
    _, sections = split_sections("x.md", "# หัวข้อ\n\nนำ\n\n## ส่วนแรก\n\nก\n\n## ส่วนสอง\n\nข\n")
    assert [s.label for s in sections] == ["ภาพรวม", "ส่วนแรก", "ส่วนสอง"]
    _, sections = split_sections("y.txt", "ชื่อเรื่อง\n\nข้อความเดียว ไม่มีหัวข้อ\n")
    assert len(sections) == 1 and sections[0].section_id == 0


def test_unreadable_documents_raise_a_clear_error(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café".encode("latin-1"))
    with pytest.raises(CorpusError, match="UTF-8"):
        read_document(latin1)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(CorpusError, match="binary"):
        read_document(binary)
    with pytest.raises(CorpusError):
        load_corpus(tmp_path / "missing")


# --- sentences --------------------------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    from qa_bot.corpus.sentences import sentence_spans

    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


def test_a_full_stop_ends_a_thai_sentence() -> None:
    text = (
        "ชมรมอาสาพัฒนาก่อตั้งขึ้นในปี 2530 โดยกลุ่มนักศึกษาที่มีใจงาม. ปัจจุบันชมรมมีสมาชิก 120 คน. "
        "ชมรมจัดค่ายอาสาปีละสองครั้ง"
    )
    assert _sentences(text) == [
        "ชมรมอาสาพัฒนาก่อตั้งขึ้นในปี 2530 โดยกลุ่มนักศึกษาที่มีใจงาม.",
        "ปัจจุบันชมรมมีสมาชิก 120 คน.",
        "ชมรมจัดค่ายอาสาปีละสองครั้ง",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ห้องสมุดเปิดทุกวันตั้งแต่เวลา 07.30 ถึง 16.30 น. ยกเว้นวันหยุดนักขัตฤกษ์ที่ห้องสมุดจะปิดทำการ",
        "การประชุมจัดขึ้นที่ สปป. ลาว เมื่อเดือนกันยายน ค.ศ. 2016 โดยมีผู้นำทุกประเทศเข้าร่วมประชุม",
    ],
)
def test_an_abbreviation_s_full_stop_does_not_end_a_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_no_sentence_of_the_document_ends_on_an_era_without_its_year(passages) -> None:
    sentences = [p.source[a:b] for p in passages for a, b in p.sentences]
    assert not [s for s in sentences if s.endswith(("ค.ศ.", "พ.ศ."))]
    # The document: "(ASEAN Conference on Reducing Marine Debris in ASEAN Region 2017) ระหว่าง
    # วันที่ 22 – 23 พฤศจิกายน ค.ศ. 2017 ที่จังหวัดภูเก็ต" — the year stays with its month.
    (marine,) = [s for s in sentences if "22 – 23 พฤศจิกายน ค.ศ." in s]
    assert "22 – 23 พฤศจิกายน ค.ศ. 2017" in marine
    (culture,) = [s for s in sentences if "24 ตุลาคม ค.ศ." in s]
    assert "24 ตุลาคม ค.ศ. 2018" in culture
