"""Reading files an operator names: regular files only, and never more than a set size.

A link to /etc/passwd named `passwd.txt` would put the lines of /etc/passwd on the kiosk, a
`.md` link to /dev/zero reads until memory runs out, and a FIFO never ends: so a document is
read only when it is a regular file itself (not a link, FIFO, device or socket), opened without
blocking and without following a link, checked again once open (the name may have changed in
between), and read to at most its size limit.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import CorpusError, QABotError, os_reason

# The largest document (or question file) read, in MB (10^6 bytes): a 50 MB Thai text is ~17
# million characters, far more than anyone's handout, and its embedding alone would take days
# on 2 cores (4 passages/s, README). Change it with --max-file-mb or QA_BOT_MAX_FILE_MB.
DEFAULT_MAX_FILE_MB = 50.0
MAX_FILE_MB_ENV = "QA_BOT_MAX_FILE_MB"


def max_file_bytes(max_file_mb: float | None = None) -> int:
    """The size limit in bytes: the argument, else $QA_BOT_MAX_FILE_MB, else the default."""
    if max_file_mb is None:
        try:
            max_file_mb = float(os.environ.get(MAX_FILE_MB_ENV, DEFAULT_MAX_FILE_MB))
        except ValueError:
            max_file_mb = DEFAULT_MAX_FILE_MB
    if not 0 < max_file_mb < 1e12:  # also NaN and infinity
        max_file_mb = DEFAULT_MAX_FILE_MB
    return int(max_file_mb * 1_000_000)


def _kind(mode: int) -> tuple[str, str]:
    if stat.S_ISLNK(mode):
        return "ลิงก์ (symbolic link)", "a symbolic link"
    if stat.S_ISDIR(mode):
        return "โฟลเดอร์", "a folder"
    if stat.S_ISFIFO(mode):
        return "ไปป์ (FIFO)", "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "อุปกรณ์ (device)", "a device"
    if stat.S_ISSOCK(mode):
        return "ซ็อกเก็ต (socket)", "a socket"
    return "ไฟล์พิเศษ", "a special file"


def _not_regular(path: Path, mode: int, error: type[QABotError]) -> QABotError:
    kind_th, kind_en = _kind(mode)
    hint_th = " ให้คัดลอกไฟล์จริงมาแทนลิงก์" if stat.S_ISLNK(mode) else ""
    hint_en = "; copy the real file instead of linking to it" if stat.S_ISLNK(mode) else ""
    return error(
        f"{path} เป็น{kind_th} ไม่ใช่ไฟล์ธรรมดา จึงไม่อ่าน{hint_th}",
        f"{path} is {kind_en}, not a regular file, so it is not read{hint_en}",
    )


def _too_large(path: Path, size: int, limit: int, error: type[QABotError]) -> QABotError:
    size_mb, limit_mb = size / 1_000_000, limit / 1_000_000
    return error(
        f"{path} ใหญ่เกินไป ({size_mb:,.1f} MB เกินขีดจำกัด {limit_mb:,.1f} MB) "
        f"ปรับได้ด้วย --max-file-mb หรือ {MAX_FILE_MB_ENV}",
        f"{path} is too large ({size_mb:,.1f} MB, the limit is {limit_mb:,.1f} MB); "
        f"raise it with --max-file-mb or {MAX_FILE_MB_ENV}",
    )


def _unreadable(path: Path, exc: OSError, error: type[QABotError]) -> QABotError:
    """ "อ่านไฟล์ X ไม่ได้: ไม่พบไฟล์หรือโฟลเดอร์นี้ / cannot read X: No such file or directory"."""
    thai, english = os_reason(exc)
    return error(f"อ่านไฟล์ {path} ไม่ได้: {thai}", f"cannot read {path}: {english}")


def read_regular_file(
    path: Path | str,
    max_bytes: int | None = None,
    follow_symlinks: bool = False,
    error: type[QABotError] = CorpusError,
) -> bytes:
    """The bytes of a regular file of at most max_bytes (default: max_file_bytes()).

    follow_symlinks=False refuses a link even to a regular file (documents: what is read is
    what the folder shows). Raises `error` (CorpusError unless told, Thai and English) for a link,
    FIFO, device, socket or folder, a file over the limit, or one that cannot be read.
    """
    path = Path(path)
    limit = max_file_bytes() if max_bytes is None else max_bytes
    try:
        info = os.stat(path, follow_symlinks=follow_symlinks)
    except OSError as exc:
        raise _unreadable(path, exc, error) from exc
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, info.st_mode, error)
    if info.st_size > limit:
        raise _too_large(path, info.st_size, limit, error)
    # O_NONBLOCK: a FIFO put in its place since the check must not hang the open.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a link put in its place since the check
            raise _not_regular(path, stat.S_IFLNK, error) from exc
        raise _unreadable(path, exc, error) from exc
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise _not_regular(path, opened.st_mode, error)
        chunks, total = [], 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew since the check
                raise _too_large(path, total, limit, error)
        return b"".join(chunks)
    except OSError as exc:
        raise _unreadable(path, exc, error) from exc
    finally:
        os.close(fd)
