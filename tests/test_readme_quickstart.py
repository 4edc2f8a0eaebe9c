"""README's "Your folder of documents, step by step" works as written (FRESH10 §15): its
`qa-bot build --corpus FOLDER --index FOLDER` and `qa-bot ask --index FOLDER …` lines, run as
they stand with the folders moved under a temporary home, on a folder holding the science-camp
handout (tests/fixtures). Slow: subprocesses and an index build."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "science_camp_handout.th.md"
SET_UP = (
    "pip install -e . && python app.py",
    "bash scripts/install-test-system-packages.sh && pip install -e '.[test]' && "
    "npm ci --prefix tests/a11y && ruff check . && ruff format --check . && lint-imports && "
    "python -m pytest -q",
)


def _steps() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme.split("## Your folder of documents, step by step", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", part, re.DOTALL)
    assert block, "no commands in the README's step-by-step part"
    return [line.split("  #", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_the_set_up_commands_are_unchanged() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"```bash\n{command}\n```" in readme for command in SET_UP)


def test_the_step_by_step_commands_work_on_a_folder(tmp_path: Path) -> None:
    steps = _steps()
    assert steps[0].startswith("qa-bot build --corpus ~/my-docs --index ~/my-docs-index")
    assert steps[1] == "python app.py --index ~/my-docs-index"
    (tmp_path / "my-docs").mkdir()
    shutil.copy(FIXTURE, tmp_path / "my-docs")
    env = {**os.environ, "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    for step in (steps[0], steps[2]):  # the page (steps[1]) serves until stopped
        words = [w.replace("~", str(tmp_path), 1) for w in shlex.split(step)]
        assert words[0] == "qa-bot"
        done = subprocess.run(
            [sys.executable, "-m", "qa_bot.cli", *words[1:]],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
    # The handout: "ค่ายจัดขึ้นสามวัน ระหว่างวันที่ 14 ถึง 16 มีนาคม 2568", under "กำหนดการ (Schedule)".
    assert "กำหนดการ" in done.stdout and "14 ถึง 16 มีนาคม 2568" in done.stdout
    assert (tmp_path / "my-docs-index" / "manifest.json").is_file()
    assert not (ROOT / "my-docs-index").exists()
