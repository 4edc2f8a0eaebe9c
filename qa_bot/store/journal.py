"""Changes to a corpus and its index, whole or not at all: a lock and a journal of intent.

`qa-bot add` / `remove` change two things, a file in the corpus folder and the index; a
process killed between the two used to leave them disagreeing (every `ask` then failed), and
two at once mixed their steps. So, in the corpus folder:

    .qa-bot.lock          flock(2)-ed for the whole change (and by `qa-bot build`): changes
                          to one corpus and its index run one after the other (deleted
                          when released)
    .qa-bot-journal.json  written (atomically) before the first step: what the change is and
                          the hidden names of its staged and set-aside files

The steps of an add: journal → the new file copied in under a hidden name → the document it
replaces set aside under a hidden name → the new file renamed into place → the index built
and swapped in (one atomic rename) → the set-aside file deleted → journal deleted. A remove
sets the document aside, builds, deletes it. Whatever the moment a process dies, the next
change (or build) finds the journal while holding the lock, so its writer is dead, and:
finishes the change if the index already holds it (deletes what was set aside), otherwise
undoes it (puts the set-aside file back, deletes the copy); then says so. Reading commands
(`ask`, a server) never write: while a journal is pending they accept the corpus as it was
before or after the change (corpus_views).

QA_BOT_FAULT_AT=<point> kills the process (SIGKILL) at a named point (checkpoint), so tests
can die exactly there.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import CorpusError
from .atomic import sha256_file

LOCK_NAME = ".qa-bot.lock"
JOURNAL_NAME = ".qa-bot-journal.json"
FAULT_ENV = "QA_BOT_FAULT_AT"

Notify = Callable[[str], None]


def checkpoint(point: str) -> None:
    """Die here (SIGKILL, as a power cut would) when $QA_BOT_FAULT_AT names this point."""
    if os.environ.get(FAULT_ENV) == point:
        os.kill(os.getpid(), signal.SIGKILL)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Journal:
    """One pending change. Names are of files in the corpus folder; sha256 of their bytes."""

    op: str  # "add" or "remove"
    doc_id: str
    pid: int
    index: str  # the index folder (absolute) the change builds
    new_sha256: str | None  # add: the new text
    old_sha256: str | None  # the document it replaces / removes, if any
    staged: str | None  # add: the new file's hidden name until it is renamed into place
    aside: str | None  # the replaced or removed document's hidden name

    def describe(self) -> tuple[str, str]:
        """What the change is, as (Thai, English) nouns for messages: "การเพิ่ม" / "an add", or
        "การลบ" / "a remove"."""
        what_th = "การเพิ่ม" if self.op == "add" else "การลบ"
        what_en = "an add" if self.op == "add" else "a remove"
        return what_th, what_en


def journal_path(corpus_dir: Path) -> Path:
    """The journal file of a corpus folder: CORPUS/.qa-bot-journal.json (JOURNAL_NAME)."""
    return Path(corpus_dir) / JOURNAL_NAME


def read_journal(corpus_dir: Path) -> Journal | None:
    """The pending change of corpus_dir, if a change was interrupted (or is under way)."""
    try:
        data = json.loads(journal_path(corpus_dir).read_text(encoding="utf-8"))
        return Journal(**data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as exc:
        raise CorpusError(
            f"บันทึกการเปลี่ยนแปลง {journal_path(corpus_dir)} เสียหาย",
            f"the change journal {journal_path(corpus_dir)} is damaged ({exc}); "
            "check the corpus folder and delete it",
        ) from exc


def write_journal(corpus_dir: Path, journal: Journal) -> None:
    """Atomically: a whole journal or none, on disk before the first step of the change."""
    path = journal_path(corpus_dir)
    temporary = path.with_name(f"{JOURNAL_NAME}.{os.getpid()}")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(asdict(journal), handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_dir(Path(corpus_dir))


def clear_journal(corpus_dir: Path) -> None:
    """Delete the journal (if any) and fsync the corpus folder, so the change counts as done
    on disk. Raises OSError."""
    journal_path(corpus_dir).unlink(missing_ok=True)
    _fsync_dir(Path(corpus_dir))


@contextlib.contextmanager
def corpus_lock(corpus_dir: Path, notify: Notify | None = None) -> Iterator[bool]:
    """Hold the corpus folder's lock (waiting for another change to finish, said once through
    notify). Yields False, without locking, when the folder cannot be written: nothing can
    change a read-only corpus. The lock file is deleted on release, so no file stays behind;
    a lock taken on a file that was deleted meanwhile is taken again on the new one."""
    path = Path(corpus_dir) / LOCK_NAME
    said = False
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError:
            yield False
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if notify and not said:
                said = True
                notify(
                    f"รอคำสั่งอื่นที่กำลังแก้ไข {corpus_dir} ให้เสร็จก่อน… / "
                    f"waiting for another qa-bot command changing {corpus_dir} to finish…"
                )
            fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the holder before us deleted that file: lock the one there now
    try:
        yield True
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)  # releases the lock


def _sha256(path: Path) -> str | None:
    try:
        return sha256_file(path)
    except OSError:
        return None


def _built(index_dir: Path) -> dict[str, str] | None:
    """sha256 by document of the index now in index_dir; None when none can be read."""
    from .manifest import built_documents, peek_manifest

    manifest = peek_manifest(index_dir)
    return built_documents(manifest) if manifest is not None else None


def change_is_in_index(journal: Journal) -> bool:
    """Whether the index the change builds (journal.index) already holds it: for an add, the
    document with the new text's sha256; for a remove, no such document. False when that
    index's manifest cannot be read."""
    built = _built(Path(journal.index))
    if built is None:
        return False
    if journal.op == "add":
        return built.get(journal.doc_id) == journal.new_sha256
    return journal.doc_id not in built


def undo(corpus_dir: Path, journal: Journal) -> None:
    """Put the corpus back as it was before the change (the index never had it)."""
    corpus_dir = Path(corpus_dir)
    target = corpus_dir / journal.doc_id
    aside = corpus_dir / journal.aside if journal.aside else None
    if aside is not None and aside.exists():
        os.replace(aside, target)
    elif (
        journal.op == "add"
        and journal.old_sha256 is None
        and _sha256(target) == journal.new_sha256  # only the copy this change made
    ):
        target.unlink()
    if journal.staged:
        (corpus_dir / journal.staged).unlink(missing_ok=True)
    clear_journal(corpus_dir)


def finish(corpus_dir: Path, journal: Journal) -> None:
    """Complete the corpus side of a change the index already holds."""
    corpus_dir = Path(corpus_dir)
    target = corpus_dir / journal.doc_id
    staged = corpus_dir / journal.staged if journal.staged else None
    if journal.op == "add" and staged is not None and staged.exists():
        os.replace(staged, target)
    if journal.aside:
        (corpus_dir / journal.aside).unlink(missing_ok=True)
    clear_journal(corpus_dir)


def recover(corpus_dir: Path, notify: Notify | None = None) -> str | None:
    """Finish or undo the change a dead process left (call while holding corpus_lock).

    Returns what was done, in Thai and English (also given to notify), or None.
    """
    journal = read_journal(corpus_dir)
    if journal is None:
        return None
    what_th, what_en = journal.describe()
    if change_is_in_index(journal):
        finish(corpus_dir, journal)
        message = (
            f"{what_th} {journal.doc_id} ที่ค้างไว้ (โปรเซส {journal.pid} หยุดกลางคัน) ทำต่อจนเสร็จแล้ว / "
            f"{what_en} of {journal.doc_id} left unfinished (process {journal.pid} died) "
            "has been completed"
        )
    else:
        undo(corpus_dir, journal)
        message = (
            f"{what_th} {journal.doc_id} ที่ค้างไว้ (โปรเซส {journal.pid} หยุดกลางคัน) ถูกยกเลิก "
            f"เอกสารกลับเป็นเหมือนเดิม / {what_en} of {journal.doc_id} left unfinished "
            f"(process {journal.pid} died) has been undone; the corpus is as it was before"
        )
    if notify:
        notify(message)
    return message


def corpus_views(corpus_dir: Path, current: dict[str, str]) -> list[dict[str, str]]:
    """The corpus as it is, and, while a change is pending, as it was before and will be after
    it: an index built from any of them is not out of date."""
    try:
        journal = read_journal(corpus_dir)
    except CorpusError:
        journal = None
    if journal is None:
        return [current]
    before, after = dict(current), dict(current)
    if journal.old_sha256 is None:
        before.pop(journal.doc_id, None)
    else:
        before[journal.doc_id] = journal.old_sha256
    if journal.op == "add" and journal.new_sha256 is not None:
        after[journal.doc_id] = journal.new_sha256
    else:
        after.pop(journal.doc_id, None)
    return [current, before, after]
