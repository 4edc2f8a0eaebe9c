"""File-system steps that keep an index whole: fsync, an atomic swap of two folders, clearing
what killed builds left, and the one message for a write that failed."""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

from ..errors import IndexWriteError, os_reason


def sha256_file(path: Path) -> str:
    """The file's SHA-256 as 64 lowercase hex digits, read 1 MiB at a time. Raises OSError."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fsync_tree(directory: Path) -> None:
    """fsync every file under directory (recursively), so that a build's files are on disk
    before the folder is swapped into place. The directories themselves are not fsynced.
    Raises OSError."""
    for path in directory.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


# renameat2(2) flags: swap two paths in one step, so there is no moment without an index.
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def exchange_directories(a: Path, b: Path) -> bool:
    """Swap two directories atomically (Linux); False where the system or file system can't."""
    if sys.platform != "linux":
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    status = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return status == 0


def replace_directory(source: Path, target: Path) -> None:
    """Move a finished build into place; the old index stays whole until the new one is in.

    Where the two can be swapped in one step, a build killed at any moment leaves either the
    old index or the new one in place; elsewhere the old one is renamed aside first, and a
    build killed between the two renames leaves it beside target, where the next build finds
    it (remove_stale_builds).
    """
    if target.is_dir() and exchange_directories(source, target):
        shutil.rmtree(source, ignore_errors=True)  # now the old index
        return
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(source, target)
    except OSError:
        if old.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def process_alive(pid: int) -> bool:
    """Whether a process with this pid exists (this process counts; one owned by another user
    counts too). Used to tell a killed build's leftovers from a running build's."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_builds(index_dir: Path) -> None:
    """Clear what killed builds left beside index_dir (.NAME.tmp-PID-*, .NAME.old-PID).

    Only folders of processes that no longer run are touched; an old index left aside while
    index_dir is missing (a build killed between two renames) is put back.
    """
    if not index_dir.parent.is_dir():
        return
    pattern = re.compile(rf"\.{re.escape(index_dir.name)}\.(tmp|old)-(\d+)(?:-\d+)?")
    for path in sorted(index_dir.parent.iterdir()):
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_dir() or process_alive(int(match.group(2))):
            continue
        if match.group(1) == "old" and not index_dir.exists():
            os.replace(path, index_dir)
        else:
            shutil.rmtree(path, ignore_errors=True)


def write_failed(error: OSError, index_dir: Path) -> IndexWriteError:
    """The IndexWriteError (Thai and English message) for an OSError met while writing an
    index at index_dir: disk full, no permission, or other; says the previous index is intact.
    Returned, not raised: the caller raises it `from` the OSError."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        problem_th, problem_en = "ดิสก์เต็ม", "the disk is full"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        problem_th, problem_en = "ไม่มีสิทธิ์เขียนไฟล์", "no permission to write"
    else:
        problem_th, problem_en = "เขียนไฟล์ไม่สำเร็จ", "a file could not be written"
    detail_th, detail = os_reason(error)
    return IndexWriteError(
        f"{problem_th} — สร้างดัชนีที่ {index_dir} ไม่สำเร็จ ({detail_th}) ดัชนีเดิมยังอยู่ครบและใช้ได้ตามเดิม",
        f"{problem_en} — could not write the index at {index_dir} ({detail}); "
        "the previous index is unchanged and still works",
    )
