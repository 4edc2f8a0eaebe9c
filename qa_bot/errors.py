"""Errors a person can cause, each with a message in Thai and in English."""

from __future__ import annotations

import errno

# What the operating system's error means, said in Thai: its own text (strerror) is English
# only, and a Thai half of a message quoting it was half English.
_OS_REASONS_TH = {
    errno.ENOENT: "ไม่พบไฟล์หรือโฟลเดอร์นี้",
    errno.EACCES: "ไม่มีสิทธิ์เข้าถึง",
    errno.EPERM: "ไม่มีสิทธิ์เข้าถึง",
    errno.EROFS: "ดิสก์นี้อ่านได้อย่างเดียว",
    errno.ENOSPC: "ดิสก์เต็ม",
    errno.EDQUOT: "ใช้พื้นที่ดิสก์เกินโควตา",
    errno.EISDIR: "เป็นโฟลเดอร์ ไม่ใช่ไฟล์",
    errno.ENOTDIR: "ส่วนหนึ่งของที่อยู่ไม่ใช่โฟลเดอร์",
    errno.ENAMETOOLONG: "ชื่อไฟล์ยาวเกินไป",
    errno.ELOOP: "ลิงก์วนกันไม่สิ้นสุด",
    errno.EIO: "อ่านหรือเขียนดิสก์ผิดพลาด",
    errno.EMFILE: "เปิดไฟล์พร้อมกันมากเกินไป",
    errno.EADDRINUSE: "พอร์ตนี้มีโปรแกรมอื่นใช้อยู่",
    errno.EADDRNOTAVAIL: "ที่อยู่นี้ไม่ใช่ของเครื่องนี้",
    errno.ECONNREFUSED: "ปลายทางปฏิเสธการเชื่อมต่อ",
    errno.ETIMEDOUT: "หมดเวลารอการเชื่อมต่อ",
}


def os_reason(error: OSError) -> tuple[str, str]:
    """(Thai, English) for why an OSError happened: "ไม่พบไฟล์หรือโฟลเดอร์นี้" / "No such file
    or directory". An errno without a Thai wording gives "ข้อผิดพลาดของระบบ (ENAME)"; the
    English is the system's own text."""
    english = error.strerror or str(error) or type(error).__name__
    thai = _OS_REASONS_TH.get(error.errno or -1)
    if thai is None:
        name = errno.errorcode.get(error.errno or -1, type(error).__name__)
        thai = f"ข้อผิดพลาดของระบบ ({name})"
    return thai, english


class QABotError(Exception):
    """Base error: carries a Thai and an English message for whoever sees it."""

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(f"{message_th} / {message_en}")
        self.message_th = message_th
        self.message_en = message_en


class QuestionError(QABotError):
    """The question itself cannot be asked (empty, too long, ...)."""


class IndexLoadError(QABotError):
    """The index on disk is missing, damaged, stale or built with another model."""


class IndexWriteError(QABotError):
    """The index cannot be written (disk full, no permission); the previous one is kept."""


class CorpusError(QABotError):
    """A corpus file cannot be read (not UTF-8, binary, empty, ...)."""


class EmbedderError(QABotError):
    """The embedding model cannot be loaded (not installed, no such path, ...)."""


class ScopeModelError(QABotError):
    """The scope judge's fitted model (qa_bot/data/scope_model.json or another file) is
    damaged or does not match the features this version computes."""


class IndexTargetError(QABotError):
    """An --index a build must not replace (a file, the corpus, someone's folder): bad input."""


# Exit codes of the `qa-bot` command (and `python app.py`): success, an index or corpus
# problem, bad input or usage.
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
