"""A corpus with several unreadable files: every one is named in one message, the build exits
non-zero and writes nothing (FRESH8: a build named only the first bad file, so a person fixed
it, ran again and met the next). And a question that cannot be asked is refused before any
index is looked for (FRESH8: `qa-bot ask ""` where there is no index said "no index")."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from qa_bot.cli import main
from qa_bot.corpus.documents import load_corpus
from qa_bot.errors import CorpusError
from qa_bot.store import build_index

from .test_multidoc import HashEmbedder

# Three ways a file is unreadable, each with a word its own message says in English.
BAD_FILES = {
    "bin_random.txt": (b"\x00\x9f\x12binary\x00" * 40, "binary"),
    "latin1.txt": ("café au lait".encode("latin-1"), "UTF-8"),
    "program.docx": (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "does not match"),
}


def _corpus(folder: Path, bad: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.md").write_text("# บันทึก\n\nห้องสมุดเปิดเวลา 08.30 น.\n", encoding="utf-8")
    if bad:
        for name, (data, _) in BAD_FILES.items():
            (folder / name).write_bytes(data)
    return folder


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_load_corpus_names_every_unreadable_file(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", bad=True)
    with pytest.raises(CorpusError) as error:
        load_corpus(corpus)
    for name, (_, english) in BAD_FILES.items():
        assert name in error.value.message_th and name in error.value.message_en
        assert english in error.value.message_en
    assert "3" in error.value.message_th and "3 documents" in error.value.message_en
    assert "notes.md" not in str(error.value)  # the readable file is not blamed


def test_one_unreadable_file_keeps_its_own_message(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", bad=False)
    (corpus / "latin1.txt").write_bytes(BAD_FILES["latin1.txt"][0])
    with pytest.raises(CorpusError) as error:
        load_corpus(corpus)
    assert error.value.message_en.lstrip().startswith(f"{corpus / 'latin1.txt'} is not UTF-8")


def test_build_names_every_bad_file_and_keeps_the_index(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path / "corpus", bad=False)
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=HashEmbedder())
    before = _digest(index_dir)
    _corpus(corpus, bad=True)
    code = main(["build", "--corpus", str(corpus), "--index", str(index_dir), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    for name, (_, english) in BAD_FILES.items():
        assert err.count(name) == 2  # once in the Thai list, once in the English one
        assert english in err
    assert _digest(index_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "index"]  # no partial build


def test_a_fresh_build_over_bad_files_writes_no_index(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path / "corpus", bad=True)
    code = main(["build", "--corpus", str(corpus), "--index", str(tmp_path / "new"), "--quiet"])
    assert code == 1
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]
    assert "program.docx" in capsys.readouterr().err


@pytest.mark.parametrize("question", ["", "   ", "\u200b"])
def test_an_empty_question_is_bad_input_even_without_an_index(
    tmp_path: Path, monkeypatch, capsys, question: str
) -> None:
    monkeypatch.chdir(tmp_path)  # no index/ and no corpus/ here
    assert main(["ask", question]) == 2
    assert "กรุณาพิมพ์คำถาม" in capsys.readouterr().err


def test_a_too_long_question_is_bad_input_even_without_an_index(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["ask", "AQRF " * 300]) == 2
    assert "too long" in capsys.readouterr().err


@pytest.mark.slow
def test_a_damaged_pdf_is_named_without_the_pdf_librarys_own_warnings(tmp_path) -> None:
    """pypdf's repair warnings ("EOF marker not found") went to the terminal above the message
    that already says the file is damaged. A subprocess: pytest's log capture would hide them."""
    import os
    import subprocess
    import sys

    from .test_extract import make_pdf

    corpus = _corpus(tmp_path / "corpus", bad=False)
    whole = make_pdf(tmp_path / "notice.pdf", ["ประกาศโรงเรียนเรื่องการสอบปลายภาค"]).read_bytes()
    (corpus / "notice.pdf").write_bytes(whole[: len(whole) // 2])
    root = str(Path(__file__).resolve().parent.parent)
    argv = ["build", "--corpus", str(corpus), "--index", str(tmp_path / "index"), "--quiet"]
    done = subprocess.run(
        [sys.executable, "-m", "qa_bot.cli", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": root},
        timeout=300,
    )
    assert done.returncode == 1
    assert "notice.pdf" in done.stderr and "damaged or not a PDF" in done.stderr
    assert done.stderr.startswith("qa-bot: ")  # nothing before our message
    assert "EOF marker" not in done.stderr
