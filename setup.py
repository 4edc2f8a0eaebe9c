"""The wheel carries the bundled index and its documents (NOTE19: a non-editable `pip install .`
shipped no index/, so the installed `qa-bot ask` and page had none to fall back on).

index/ and corpus/ sit beside the package in a checkout, where `qa-bot build` writes and reads
them, so package data cannot name them: this build step copies them into the built package as
qa_bot/bundled/index/ and qa_bot/bundled/corpus/ (the index's manifest names its documents as
../corpus, which holds there too). qa_bot/cli/fallback.py finds that copy. Hidden files (a
build's leftovers, the corpus lock) stay out. An editable install copies nothing: it reads the
checkout's own index/. Everything else about the build is in pyproject.toml.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("index", "corpus")  # folders of the checkout, copied as qa_bot/bundled/<name>/


def bundled_files(folder: Path) -> list[Path]:
    """The files of folder, relative to it and in order, none hidden or under a hidden folder."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            found.append(relative)
    return found


class BuildPyWithBundledIndex(build_py):
    """build_py, then the checkout's index/ and corpus/ copied into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        for name in BUNDLED:
            source = ROOT / name
            if not source.is_dir():
                self.warn(f"no {name}/ beside the package: the wheel carries no bundled {name}")
                continue
            target = Path(self.build_lib) / "qa_bot" / "bundled" / name
            for relative in bundled_files(source):
                self.mkpath(str((target / relative).parent))
                self.copy_file(str(source / relative), str(target / relative))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        for name in BUNDLED:
            source = ROOT / name
            if source.is_dir():
                target = os.path.join(self.build_lib, "qa_bot", "bundled", name)
                outputs += [os.path.join(target, str(r)) for r in bundled_files(source)]
        return outputs


setup(cmdclass={"build_py": BuildPyWithBundledIndex})
