"""Which index a reading command (ask, eval, serve, docs) uses when none is given.

`--index` defaults to index/ of the current folder. A person who installed qa-bot and runs
`qa-bot ask "…"` from their home folder (README "Command line"; FRESH18) has no index/ there,
and the command stopped with "no index found". When the current folder has neither an index/
nor documents to build one from (a corpus/ folder, or --corpus given), the command falls back on
the bundled index: the copy of it a non-editable install (`pip install .`) carries in the
package, qa_bot/bundled/index/ (setup.py), else the index/ of the checkout the package runs from
(an editable install's, or `python -m qa_bot.cli` run with the checkout on the path), if it
reads as an index of this program's format with every file intact. A line on stderr says which
index answers, so the JSON on stdout stays as it is. With no bundled index usable either, the
command stops with exit 1 and a Thai / English message (the missing-index one, saying no bundled
index was found).

A folder with documents but no index keeps its message (build the index from them): the person
means their own documents, not the bundled ASEAN one. An index/ that is there but damaged keeps
its own message too (rebuild it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import IndexLoadError
from ..store.manifest import DEFAULT_CORPUS, check_files, missing_index, read_manifest

DEFAULT_INDEX = Path("index")  # what --index means when it is not given
# The copy of the bundled index a non-editable install carries (setup.py puts the checkout's
# index/ and corpus/ into the wheel as qa_bot/bundled/): qa_bot/cli/fallback.py → qa_bot.
PACKAGED_INDEX = Path(__file__).resolve().parents[1] / "bundled" / "index"
# The checkout's index/ (an editable install, or the checkout on the path): → the checkout.
CHECKOUT_INDEX = Path(__file__).resolve().parents[2] / "index"
BUNDLED_INDEX = PACKAGED_INDEX if PACKAGED_INDEX.is_dir() else CHECKOUT_INDEX


def usable(index_dir: Path) -> bool:
    """True when index_dir holds an index this program reads: a manifest of its format
    version, and every file it lists there with its recorded checksum."""
    try:
        check_files(index_dir, read_manifest(index_dir))
    except (IndexLoadError, OSError):
        return False
    return True


def choose_index(corpus: str | None, notice: Callable[[str], None]) -> str:
    """The index folder a reading command uses when --index is not given: index/ when it is
    there (or there are documents to build it from: the missing-index message says how), else
    the bundled one, named on stderr through `notice`. Raises IndexLoadError when neither is
    usable."""
    documents = Path(corpus) if corpus is not None else DEFAULT_CORPUS
    if DEFAULT_INDEX.exists() or documents.is_dir():
        return str(DEFAULT_INDEX)
    bundled = BUNDLED_INDEX
    if bundled.resolve() != DEFAULT_INDEX.resolve() and usable(bundled):
        notice(
            f"ไม่มีดัชนี {DEFAULT_INDEX}/ ในโฟลเดอร์นี้ — ใช้ดัชนีที่มากับโปรแกรม: {bundled} / "
            f"no {DEFAULT_INDEX}/ here — using the bundled index: {bundled}"
        )
        return str(bundled)
    error = missing_index(DEFAULT_INDEX)
    raise IndexLoadError(
        f"{error.message_th} (ไม่พบดัชนีที่มากับโปรแกรมที่ {bundled} ให้ใช้แทน)",
        f"{error.message_en} (no bundled index at {bundled} to use instead)",
    )
