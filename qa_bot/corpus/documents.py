"""Reading documents: a file's text (.txt/.md as it is, a .md file's tables one row a line under
their headers; .pdf/.docx/.html through qa_bot.extract), its title and metadata file, the corpus
folder, duplicate documents."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import CorpusError, os_reason
from ..fileio import read_regular_file
from .code import code_spans
from .extracted import extracted_headings
from .model import Document, Passage
from .sections import (
    INVISIBLE,
    assemble_sections,
    document_stem,
    law_kind_en,
    line_spans,
    split_sections,
)

TEXT_SUFFIXES = (".txt", ".md")
MARKDOWN_SUFFIX = ".md"
# Read through qa_bot.extract: their stored text is the extracted, repaired text.
EXTRACTED_SUFFIXES = (".pdf", ".docx", ".html", ".htm")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + EXTRACTED_SUFFIXES
# A document's metadata file beside it, "NAME.meta.json" = {"title": "..."}: a proper title for
# a document whose first line is not one, without editing its text (`qa-bot add --title`).
METADATA_SUFFIX = ".meta.json"
MAX_TITLE_CHARS = 200


# The last few extracted documents, by file name and content: `qa-bot add` reads a file to
# check it and then builds with it; a 500-page PDF takes a minute to extract.
_EXTRACTED: dict[tuple[str, str], Document] = {}
_EXTRACTED_KEPT = 4


def _read_extracted(path: Path, raw: bytes) -> Document:
    """A PDF, Word or HTML document: its stored text is the extracted, repaired text."""
    from ..extract import ExtractionError, extract

    key = (path.name, hashlib.sha256(raw).hexdigest())
    if key in _EXTRACTED:
        return _EXTRACTED[key]
    try:
        extracted = extract(path)
    except ExtractionError as error:
        raise CorpusError(error.message_th, error.message_en) from error
    text = extracted.text
    # Headings stay in the text: a question that names only a chapter or the title finds it.
    headings = extracted_headings(text, extracted.sections)
    sections = assemble_sections(path.name, text, 0, headings, keep_lines=True)
    skipped = tuple(f"{p.page}: {p.reason_th} / {p.reason_en}" for p in extracted.skipped)
    document = Document(
        path.name,
        extracted.title or document_stem(path.name),
        text,
        key[1],
        sections,
        page_starts=extracted.page_starts,
        skipped_pages=skipped,
        code_spans=code_spans(text, extracted=extracted.code_spans),
    )
    while len(_EXTRACTED) >= _EXTRACTED_KEPT:
        del _EXTRACTED[next(iter(_EXTRACTED))]
    _EXTRACTED[key] = document
    return document


def indexed_text(passage: Passage, titled: bool = True) -> str:
    """What retrieval indexes for a passage (BM25 words and the passage vector): its
    document's title (and a law's kind in English, sections.law_kind_en: "Royal Decree") when
    `titled`, and its section's labels, Thai and English, then its text — unless the text
    already opens with them (a kept heading line). Every format alike: a staff document's
    passage is a paragraph that seldom names what it belongs to (the decree's "ให้ไว้ ณ วันที่
    17 มีนาคม …" never says พระราชกฤษฎีกา; a notice's "งานจัดขึ้นในวันศุกร์ที่ 18 ธันวาคม …"
    never says กีฬาสี), and a question naming only the title or a section found nothing under
    it; a .md or .txt notice was indexed as written while the same text as .docx or .html
    carried its title and headings, so it answered fewer of the same questions (FRESH17 §8).
    titled: False (indexed_texts) for all but the first passage of a one-document index: a
    title every passage carries tells no passage from another, and its words, in every
    passage, lose their BM25 IDF — the weight the judge's features and sentence scores give a
    word — and pull every passage vector toward any question on the document's subject,
    out-of-scope ones included."""
    text = passage.text
    head = [passage.doc_title, law_kind_en(passage.doc_title)] if titled else []
    if passage.section_id != 0:  # the overview's label names nothing
        head += [passage.section_label, passage.section_label_en]
    head = [part for part in head if part and not text.startswith(part)]
    return "\n".join([*head, text])


def indexed_texts(passages: Sequence[Passage]) -> list[str]:
    """indexed_text of every passage of an index, in order: titled when the index holds more
    than one document; with one document only its first passage carries the title (so a word
    written only in the title is still a word the corpus knows), the others their section
    labels and text."""
    many = len({p.doc_id for p in passages}) > 1
    return [indexed_text(p, titled=many or i == 0) for i, p in enumerate(passages)]


def metadata_path(path: Path) -> Path:
    """Where a document's metadata file is: beside it, "NAME.meta.json"."""
    return path.with_name(path.name + METADATA_SUFFIX)


def metadata_sha256(path: Path) -> str | None:
    """sha256 of a document's metadata file, None when it has none."""
    try:
        return hashlib.sha256(metadata_path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
    except OSError as exc:
        thai, english = os_reason(exc)
        raise CorpusError(
            f"อ่านไฟล์ {metadata_path(path)} ไม่ได้: {thai}",
            f"cannot read {metadata_path(path)}: {english}",
        ) from exc


def clean_title(title: object, where: str) -> str:
    """A title as given (metadata file, `qa-bot add --title`): one line of text, whitespace
    folded; CorpusError (Thai and English) for anything else."""
    if not isinstance(title, str) or not title.strip():
        raise CorpusError(
            f"ชื่อเอกสารใน {where} ต้องเป็นข้อความที่ไม่ว่าง",
            f"the title in {where} must be non-empty text",
        )
    title = " ".join(title.split())
    if len(title) > MAX_TITLE_CHARS:
        raise CorpusError(
            f"ชื่อเอกสารใน {where} ยาวเกิน {MAX_TITLE_CHARS} ตัวอักษร",
            f"the title in {where} is longer than {MAX_TITLE_CHARS} characters",
        )
    return title


def read_title(path: Path) -> str | None:
    """The title a document's metadata file gives it, None without one (or without a title)."""
    meta = metadata_path(path)
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CorpusError(
            f'อ่าน {meta} ไม่ได้ (ต้องเป็น JSON แบบ UTF-8 เช่น {{"title": "..."}})',
            f'cannot read {meta} (UTF-8 JSON such as {{"title": "..."}} expected): {exc}',
        ) from exc
    if not isinstance(data, dict):
        raise CorpusError(
            f'{meta} ต้องเป็น JSON object เช่น {{"title": "..."}}',
            f'{meta} must be a JSON object such as {{"title": "..."}}',
        )
    return clean_title(data["title"], meta.name) if "title" in data else None


def _utf16_bom(raw: bytes) -> bool:
    return raw.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode_document(raw: bytes) -> str:
    """A document's text: its bytes as UTF-8, a leading byte-order mark dropped (it is not
    text), line breaks kept as they are (LF, CRLF or CR). Every offset counts characters of
    this string: in Python, open(path, encoding="utf-8-sig", newline="").read().

    Raises UnicodeDecodeError.
    """
    return raw.decode("utf-8").removeprefix("\ufeff")


def read_document(path: Path, max_bytes: int | None = None) -> Document:
    """Read one document; offsets are in characters of its stored text: decode_document's text
    of a .txt/.md file (a .md file's tables as extract.markdown writes them), the extracted and
    repaired text of a .pdf/.docx/.html/.htm file.

    Raises CorpusError (Thai and English) for a file that cannot be read as its type, is not a
    regular file (a link, FIFO, device), or is larger than max_bytes (default:
    fileio.max_file_bytes).
    """
    path = Path(path)
    if path.is_dir():  # "qa-bot add some_folder" (FRESH16a K6: it was told its type is wrong)
        raise CorpusError(
            f"{path.name} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ — ให้ระบุไฟล์เอกสาร (.txt .md .pdf .docx หรือ .html) "
            "ทีละไฟล์ หรือใช้ qa-bot build --corpus กับทั้งโฟลเดอร์",
            f"{path.name} is a folder, not a file — give a document file (.txt, .md, .pdf, "
            ".docx or .html), or qa-bot build --corpus for a whole folder",
        )
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise CorpusError(
            f"{path.name} ไม่ใช่ไฟล์ .txt .md .pdf .docx หรือ .html",
            f"{path.name} is not a .txt, .md, .pdf, .docx or .html file",
        )
    raw = read_regular_file(path, max_bytes)
    if path.suffix.lower() in EXTRACTED_SUFFIXES:
        document = _read_extracted(path, raw)
        return replace(
            document,
            title=read_title(path) or document.title,
            metadata_sha256=metadata_sha256(path),
        )
    if _utf16_bom(raw):
        raise CorpusError(
            f"{path} เข้ารหัสเป็น UTF-16 ให้บันทึกใหม่เป็น UTF-8",
            f"{path} is UTF-16; save it as UTF-8",
        )
    if b"\x00" in raw:
        raise CorpusError(
            f"{path} ดูเหมือนเป็นไฟล์ไบนารี ไม่ใช่ข้อความ (รับเฉพาะ .txt/.md แบบ UTF-8)",
            f"{path} looks binary, not text (only UTF-8 .txt/.md files are accepted)",
        )
    try:
        text = decode_document(raw)
    except UnicodeDecodeError as exc:
        legacy_th = legacy_en = ""
        if _thai_legacy(raw):  # old Windows Thai text (FRESH16a K6): say which encoding it is
            legacy_th = " (ดูเหมือนเข้ารหัสแบบ TIS-620 / Windows-874 ของไทยแบบเก่า)"
            legacy_en = " (it looks like the old Thai TIS-620 / Windows-874 encoding)"
        raise CorpusError(
            f"{path} ไม่ได้เข้ารหัสเป็น UTF-8{legacy_th} (ไบต์ที่ {exc.start}) ให้บันทึกใหม่เป็น UTF-8",
            f"{path} is not UTF-8{legacy_en} (byte {exc.start}); save it as UTF-8",
        ) from exc
    if not text.strip():
        raise CorpusError(f"{path} ว่างเปล่า", f"{path} is empty")
    if path.suffix.lower() == MARKDOWN_SUFFIX:
        # A table row reads "header: value | …" as a Word or HTML table's does (FRESH20a K9).
        from ..extract.markdown import tables_with_headers

        text = tables_with_headers(text)
    title, sections = split_sections(path.name, text)
    title = read_title(path) or title
    return Document(
        path.name,
        title,
        text,
        hashlib.sha256(raw).hexdigest(),
        sections,
        metadata_sha256(path),
        code_spans=code_spans(text, plain=True),
    )


def _thai_legacy(raw: bytes) -> bool:
    """True when raw reads as Thai in Windows-874 (TIS-620 and its Windows extension): most of
    its bytes above 0x7F decode to Thai letters and marks."""
    high = [b for b in raw[:4096] if b > 0x7F]
    if not high:
        return False
    text = bytes(high).decode("cp874", errors="replace")
    return sum("\u0e01" <= c <= "\u0e5b" for c in text) >= 0.9 * len(text)


def is_document_file(path: Path) -> bool:
    """A corpus document: a visible name ending in one of DOCUMENT_SUFFIXES (.txt .md .pdf
    .docx .html .htm) that is not a folder (hidden files are work in progress). A link, FIFO
    or device so named counts, so that reading it is refused with a message rather than the
    file silently left out."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return (
        path.suffix.lower() in DOCUMENT_SUFFIXES
        and not path.name.startswith(".")
        and not stat.S_ISDIR(mode)
    )


def not_a_folder(corpus_dir: Path) -> CorpusError:
    """The message for a corpus that is a file, not a folder ("--corpus report.pdf"): a corpus
    is a folder of documents (the index records it and `add`, `remove` and the stale check read
    it), so say that, and what to give instead: the file's own folder, or a folder of its own."""
    parent = corpus_dir.parent
    return CorpusError(
        f"--corpus ต้องเป็นโฟลเดอร์ของเอกสาร แต่ {corpus_dir} เป็นไฟล์ — ให้ใช้โฟลเดอร์ที่มีไฟล์นั้น "
        f"(--corpus {parent}: ทุกเอกสารในโฟลเดอร์จะถูกนำเข้า) หรือสร้างโฟลเดอร์ใหม่ ย้ายไฟล์ไปไว้ในนั้น "
        "แล้วให้ --corpus เป็นโฟลเดอร์นั้น",
        f"--corpus expects a folder of documents, and {corpus_dir} is a file — give its folder "
        f"(--corpus {parent}: every document in it is indexed), or put the file in a folder of "
        "its own and give that folder",
    )


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Documents of a corpus folder, in a stable order (CorpusError: not a folder, or none)."""
    if corpus_dir.is_file():
        raise not_a_folder(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(
            f"ไม่พบโฟลเดอร์เอกสาร {corpus_dir}", f"corpus folder {corpus_dir} not found"
        )
    files = sorted(p for p in corpus_dir.iterdir() if is_document_file(p))
    if not files:
        kinds = " ".join(DOCUMENT_SUFFIXES)
        raise CorpusError(
            f"ไม่มีไฟล์เอกสาร ({kinds}) ใน {corpus_dir}",
            f"no document files ({kinds}) in {corpus_dir}",
        )
    return files


def other_files(corpus_dir: Path) -> list[str]:
    """The names of the visible files of a corpus folder that are neither documents
    (is_document_file) nor a document's metadata file (METADATA_SUFFIX), sorted: a build leaves
    them out, and says so (FRESH16a K6: a scanned poster.png or a data.csv dropped in the folder
    was left out without a word)."""
    if not corpus_dir.is_dir():
        return []
    return sorted(
        path.name
        for path in corpus_dir.iterdir()
        if path.is_file()
        and not path.name.startswith(".")
        and not is_document_file(path)
        and not path.name.endswith(METADATA_SUFFIX)
    )


# What to do about a document that cannot be read, said with every such refusal: the index
# was not touched, and the two ways on (FRESH10 §13: staff given only the file's fault did not
# know that nothing was built, nor what to do next).
SKIP_OPTION = "--skip-unreadable"
_NEXT_STEP_TH = (
    "จึงยังไม่ได้สร้างหรือแก้ไขดัชนี (ดัชนีเดิม ถ้ามี ยังอยู่ครบ) — แก้ไขหรือย้ายไฟล์ออกจากโฟลเดอร์เอกสาร"
    f"แล้วสั่งใหม่ หรือสร้างดัชนีจากเอกสารที่เหลือด้วย qa-bot build {SKIP_OPTION}"
)
_NEXT_STEP_EN = (
    "so the index was not built or changed (any previous one is kept) — fix or move the file "
    f"out of the documents folder and run again, or index the rest with qa-bot build {SKIP_OPTION}"
)


def unreadable_documents(errors: Sequence[CorpusError]) -> CorpusError:
    """One error for every document of a corpus that cannot be read, with the next step (the
    index was not built; fix or move the files, or build with --skip-unreadable): one error's
    own message first, else a message naming them all (Thai, then English), each with its
    reason, so that a person fixes them in one go rather than meeting them one build at a time."""
    if len(errors) == 1:
        (error,) = errors
        return CorpusError(
            f"{error.message_th}\n{_NEXT_STEP_TH}", f"\n{error.message_en}\n{_NEXT_STEP_EN}"
        )
    count = len(errors)
    return CorpusError(
        f"อ่านเอกสารไม่ได้ {count} ไฟล์:"
        + "".join(f"\n  - {error.message_th}" for error in errors)
        + f"\n{_NEXT_STEP_TH}",
        f"\n{count} documents cannot be read:"
        + "".join(f"\n  - {error.message_en}" for error in errors)
        + f"\n{_NEXT_STEP_EN}",
    )


def nothing_readable(corpus_dir: Path, errors: Sequence[CorpusError]) -> CorpusError:
    """The error of a build told to skip unreadable documents when none could be read: each
    one named with its reason; no index is written."""
    return CorpusError(
        f"อ่านเอกสารใน {corpus_dir} ไม่ได้เลยสักไฟล์ จึงไม่ได้สร้างดัชนี:"
        + "".join(f"\n  - {error.message_th}" for error in errors),
        f"\nno document in {corpus_dir} could be read, so no index was built:"
        + "".join(f"\n  - {error.message_en}" for error in errors),
    )


def read_corpus(
    corpus_dir: Path, max_bytes: int | None = None
) -> tuple[list[Document], list[tuple[Path, CorpusError]]]:
    """(documents read, (path, why) of each that could not be read), both in corpus_files'
    order (sorted by path), each read by read_document with max_bytes a file.

    Raises CorpusError (Thai and English) for a missing or empty folder only.
    """
    documents, errors = [], []
    for path in corpus_files(corpus_dir):
        try:
            documents.append(read_document(path, max_bytes))
        except CorpusError as error:
            errors.append((path, error))
    return documents, errors


def load_corpus(corpus_dir: Path, max_bytes: int | None = None) -> list[Document]:
    """Every document of a corpus folder (corpus_files' order: sorted by path), read by
    read_document with max_bytes a file (default: fileio.max_file_bytes()).

    Raises CorpusError (Thai and English) for a missing or empty folder, and, after trying
    every document, for those that cannot be read (unreadable_documents: all named at once).
    """
    documents, errors = read_corpus(corpus_dir, max_bytes)
    if errors:
        raise unreadable_documents([error for _, error in errors])
    return documents


# What a build records as the sha256 of a document it skipped whose bytes could not be read
# at all (over the size limit, a link): unchanged while the file stays unreadable.
UNREADABLE_BYTES = "unreadable"


def corpus_hashes(
    corpus_dir: Path, max_bytes: int | None = None, unreadable: Collection[str] = ()
) -> dict[str, str]:
    """sha256 of every document's bytes by id, read as documents are (regular files only).
    A document named in `unreadable` (one a build skipped) whose bytes cannot be read maps to
    UNREADABLE_BYTES instead of raising.

    Raises CorpusError as corpus_files and read_regular_file do.
    """
    hashes = {}
    for path in corpus_files(corpus_dir):
        try:
            hashes[path.name] = hashlib.sha256(read_regular_file(path, max_bytes)).hexdigest()
        except CorpusError:
            if path.name not in unreadable:
                raise
            hashes[path.name] = UNREADABLE_BYTES
    return hashes


def content_key(text: str) -> str:
    """What makes two documents the same text: equal after NFC, without invisible characters,
    with one kind of line break and no trailing spaces (sha256 hex)."""
    text = unicodedata.normalize("NFC", text.translate(INVISIBLE))
    lines = [text[a:b].rstrip() for a, b in line_spans(text)]
    return hashlib.sha256("\n".join(lines).strip().encode()).hexdigest()


def duplicate_documents(documents: list[Document]) -> dict[str, str]:
    """Documents whose text another one before them already has: {doc id: id of the first}."""
    first: dict[str, str] = {}
    duplicates = {}
    for doc in documents:
        original = first.setdefault(content_key(doc.text), doc.doc_id)
        if original != doc.doc_id:
            duplicates[doc.doc_id] = original
    return duplicates
