"""A non-editable install (`pip install .`, a wheel) carries the bundled index and its documents
(NOTE19: it shipped no index/, so the installed `qa-bot ask` and page had none to fall back on).
setup.py copies the checkout's index/ and corpus/ into the built package as qa_bot/bundled/;
cli/fallback.py finds them there. Slow: builds a wheel and runs the installed CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from qa_bot.cli import fallback

from .conftest import CORPUS_DIR, INDEX_DIR, ROOT

# What a wheel is built from: the package, its build files and the folders it carries.
BUILT_FROM = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "qa_bot", "index", "corpus")


def _files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    }


def test_a_checkout_falls_back_on_its_own_index() -> None:
    # setup.py writes qa_bot/bundled/ into the built package only: an editable install and
    # `python -m qa_bot.cli` in a clone read the checkout's index/ as before.
    assert not (ROOT / "qa_bot" / "bundled").exists()
    assert fallback.BUNDLED_INDEX == fallback.CHECKOUT_INDEX == INDEX_DIR.resolve()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the checkout (pip, no build isolation: offline), with a
    killed build's leftover folder in its index/ and the corpus lock beside its documents."""
    source = tmp_path_factory.mktemp("checkout")
    for name in BUILT_FROM:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    (source / "index" / ".manifest.tmp-1").mkdir()
    (source / "index" / ".manifest.tmp-1" / "passages.jsonl").write_text("{}\n")
    (source / "corpus" / ".qa-bot.lock").write_text("")
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    built = subprocess.run(
        [*command, "-q", "-w", str(out), str(source)], capture_output=True, text=True, timeout=600
    )
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("thai_qa_bot-*.whl")
    return found


def test_the_wheel_carries_the_bundled_index_and_its_documents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    index = {n.removeprefix("qa_bot/bundled/index/") for n in names if "bundled/index/" in n}
    corpus = {n.removeprefix("qa_bot/bundled/corpus/") for n in names if "bundled/corpus/" in n}
    # Every file of the checkout's index and corpus, and nothing hidden (leftovers, the lock).
    assert (
        index == _files(INDEX_DIR) and "manifest.json" in index and "bm25/vocab.index.json" in index
    )
    assert corpus == _files(CORPUS_DIR)
    assert not any("/." in n for n in names)
    # The manifest names its documents as ../corpus: the same relative place in the package.
    manifest = json.loads((INDEX_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["corpus_dir"] == "../corpus"
    # Still everything the package reads at run time.
    assert "qa_bot/data/scope_model.json" in names and "qa_bot/static/ui.css" in names


def test_the_installed_qa_bot_answers_from_its_bundled_index(wheel: Path, tmp_path: Path) -> None:
    # Installed (the wheel unpacked on the path, its dependencies those of this Python) and run
    # from a folder with no index/ or corpus/: `qa-bot ask` falls back on the copy it carries.
    site = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site)]
    done = subprocess.run([*install, str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "HOME": str(home)}
    asked = subprocess.run(
        [sys.executable, "-m", "qa_bot.cli", "ask", "AQRF คืออะไร", "--json"],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert asked.returncode == 0, asked.stderr
    bundled = site / "qa_bot" / "bundled" / "index"
    assert f"using the bundled index: {bundled}" in asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["verdict"] == "answered" and "AQRF" in answer["hits"][0]["answer_sentence"]
    # No index/ was made where it ran (PyThaiNLP keeps its data folder in the home folder).
    assert not (home / "index").exists() and not (home / "corpus").exists()
