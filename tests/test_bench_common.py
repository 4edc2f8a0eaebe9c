"""bench/common.py: the one place a bench script's --no-append and its RESULTS.md entry live."""

from __future__ import annotations

import importlib.util
import re

import pytest

from .conftest import ROOT

BENCH = ROOT / "bench"


@pytest.fixture()
def common(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_common", BENCH / "common.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "RESULTS", tmp_path / "RESULTS.md")
    return module


def test_report_prints_and_appends_unless_no_append(common, capsys) -> None:
    parser = common.bench_parser("Title line.\n\nMore.", append_option=False)
    parser.add_argument("--k", type=int, default=5)
    common.add_append_option(parser)
    assert parser.format_usage().split() == [
        "usage:",
        *parser.prog.split(),
        "[-h]",
        "[--k",
        "K]",
        "[--no-append]",
    ]
    assert parser.description == "Title line."
    quiet = parser.parse_args(["--no-append"])
    assert common.report(quiet, "T", "body", shown="shown") == 0
    assert capsys.readouterr().out == "shown\n" and not common.RESULTS.exists()
    loud = parser.parse_args([])
    assert common.report(loud, "Title", "| a |", machine="the machine at the start") == 0
    assert capsys.readouterr().out == "| a |\n"
    written = common.RESULTS.read_text(encoding="utf-8")
    assert "\n## Title — " in written and "Machine: the machine at the start\n\n| a |\n" in written


def test_no_bench_script_keeps_its_own_no_append_code() -> None:
    # Each script's --no-append comes from common.py (bench_parser / add_append_option) and
    # its entry is written by common.report: one behaviour, one place.
    own = re.compile(r"add_argument\(\s*\"--no-append\"|if not args\.no_append")
    scripts = [p for p in sorted(BENCH.glob("*.py")) if p.name != "common.py"]
    assert scripts
    assert [p.name for p in scripts if own.search(p.read_text(encoding="utf-8"))] == []
