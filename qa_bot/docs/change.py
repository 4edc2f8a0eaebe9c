"""A change to the documents of a corpus folder: add one or remove one, its index updated.

Adding or removing a document rebuilds the index with the embedding cache of the index already
there (qa_bot/store), so only the added document's texts are embedded. A change holds the
corpus folder's lock and is journalled (store/journal.py): it happens whole or not at all,
whatever moment the process dies, and the next change finishes or undoes what a dead one left.
A file that cannot be read is refused before anything is touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..corpus.documents import (
    clean_title,
    content_key,
    corpus_files,
    metadata_path,
    not_a_folder,
    read_corpus,
    read_document,
    read_title,
    unreadable_documents,
)
from ..corpus.passages import DEFAULT_MAX_PASSAGE_CHARS
from ..embedders import DEFAULT_MODEL, Embedder
from ..errors import CorpusError, os_reason
from ..store import Index, Progress, build_index
from ..store.atomic import sha256_file
from ..store.journal import (
    Journal,
    Notify,
    change_is_in_index,
    checkpoint,
    corpus_lock,
    finish,
    recover,
    undo,
    write_journal,
)
from ..store.manifest import peek_manifest

if TYPE_CHECKING:
    from ..distributed.options import RayOptions


class DocumentRejected(CorpusError):
    """The file or document id given cannot be added or removed (bad input, not a bad corpus)."""


def _build_settings(index_dir: Path) -> dict[str, Any]:
    """The model and settings of the index already there, so that an update keeps them."""
    manifest = peek_manifest(index_dir)
    if manifest is None:
        return {"model": DEFAULT_MODEL, "max_passage_chars": DEFAULT_MAX_PASSAGE_CHARS}
    return {
        "model": manifest.embedder.id,
        "max_passage_chars": manifest.settings.max_passage_chars,
        "approximate_above": manifest.settings.approximate_above,
        # An index built with --skip-unreadable: a change to another document skips them too.
        "skip_unreadable": bool(manifest.skipped_unreadable),
    }


def _rebuild(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder | None,
    progress: Progress | None,
    ray: RayOptions | None = None,
) -> Index:
    settings = _build_settings(index_dir)
    if ray is not None:  # qa-bot add / remove --ray: the same build, run on Ray
        from ..distributed.driver import build_index_on_ray

        return build_index_on_ray(corpus_dir, index_dir, progress=progress, options=ray, **settings)
    return build_index(corpus_dir, index_dir, embedder=embedder, progress=progress, **settings)


def _aside(path: Path, reason: str) -> Path:
    """A hidden name in the same folder, which corpus_files ignores."""
    return path.with_name(f".{path.name}.{reason}-{os.getpid()}")


@contextlib.contextmanager
def _recovered(corpus_dir: Path, notify: Notify | None) -> Iterator[None]:
    """Hold the corpus lock (waiting for it is said through notify), after finishing or undoing
    a change a dead `add` / `remove` left."""
    with corpus_lock(corpus_dir, notify) as locked:
        if locked:
            recover(corpus_dir, notify)
        yield


def build_corpus_index(
    corpus_dir: Path | str,
    index_dir: Path | str,
    notify: Notify | None = None,
    build: Callable[..., Index] = build_index,
    **options: Any,
) -> Index:
    """`qa-bot build`: build(corpus_dir, index_dir, **options) holding the corpus lock, after
    finishing or undoing a change a dead `add` / `remove` left (said through notify)."""
    with _recovered(Path(corpus_dir), notify):
        return build(Path(corpus_dir), Path(index_dir), **options)


def _apply(
    corpus_dir: Path,
    index_dir: Path,
    journal: Journal,
    steps: Callable[[], None],
    rebuild: Callable[[], Index],
) -> Index:
    """Journal the change, make its corpus steps, build; undo it all if anything fails."""
    write_journal(corpus_dir, journal)
    checkpoint(f"{journal.op}:journal")
    try:
        steps()
        index = rebuild()
    except BaseException:
        with contextlib.suppress(OSError, CorpusError):
            if change_is_in_index(journal):
                finish(corpus_dir, journal)  # the index is in: the change is made
            else:
                undo(corpus_dir, journal)
        raise
    checkpoint(f"{journal.op}:built")
    finish(corpus_dir, journal)
    return index


@contextlib.contextmanager
def _titled(target: Path, title: str | None) -> Iterator[None]:
    """Within the block, the document's metadata file gives it `title` (nothing changes for
    None); if the block fails, the metadata file is put back as it was."""
    if title is None:
        yield
        return
    meta = metadata_path(target)
    incoming = _aside(meta, "adding")
    backup = _aside(meta, "replaced") if meta.exists() else None
    try:
        with incoming.open("w", encoding="utf-8") as handle:
            json.dump({"title": title}, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        if backup is not None:
            os.replace(meta, backup)
        os.replace(incoming, meta)
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            meta.unlink(missing_ok=True)
            if backup is not None:
                os.replace(backup, meta)
        raise
    finally:
        incoming.unlink(missing_ok=True)
    if backup is not None:
        backup.unlink(missing_ok=True)


def add_document(
    source: Path | str,
    corpus_dir: Path | str = "corpus",
    index_dir: Path | str = "index",
    replace: bool = False,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    max_bytes: int | None = None,
    ray: RayOptions | None = None,
    notify: Notify | None = None,
    title: str | None = None,
) -> Index:
    """Copy a .txt/.md file into the corpus and update the index; its id is its file name.

    A document of the same name is replaced only with replace=True. Refused (DocumentRejected)
    before anything changes: a file that is not a regular UTF-8 .txt/.md file of at most
    max_bytes (default fileio.max_file_bytes), a hidden name (".notes.md": the corpus ignores
    hidden files), and a text equal to another document's (content_key). Runs holding
    the corpus lock, after finishing or undoing a change a dead process left (said through
    notify, as is waiting for the lock). `title` (or the source's own metadata file,
    NAME.meta.json) is written to the document's metadata file in the corpus; without either,
    a replaced document keeps the title its metadata file gave it.
    """
    with _recovered(Path(corpus_dir), notify):
        source, corpus_dir, index_dir = Path(source), Path(corpus_dir), Path(index_dir)
        if source.name.startswith("."):
            raise DocumentRejected(
                f"ชื่อไฟล์ {source.name} ขึ้นต้นด้วยจุด (ไฟล์ซ่อน ซึ่งคลังเอกสารไม่อ่าน) ให้เปลี่ยนชื่อก่อนเพิ่ม",
                f"{source.name} starts with a dot: a hidden file, which the corpus ignores; "
                "rename it before adding it",
            )
        try:
            incoming_doc = read_document(source, max_bytes)  # refuse it before anything changes
            title = clean_title(title, "--title") if title is not None else read_title(source)
        except CorpusError as error:
            raise DocumentRejected(error.message_th, error.message_en) from error
        if corpus_dir.is_file():
            raise not_a_folder(corpus_dir)
        if not corpus_dir.is_dir():
            raise CorpusError(
                f"ไม่พบโฟลเดอร์เอกสาร {corpus_dir}", f"corpus folder {corpus_dir} not found"
            )
        target = corpus_dir / source.name
        key = content_key(incoming_doc.text)
        readable, errors = read_corpus(corpus_dir, max_bytes)
        # Another unreadable document stops the change now, unless the index skips them; the
        # one being replaced does not (adding a mended copy over it is the way to fix it).
        errors = [(path, error) for path, error in errors if path.name != target.name]
        if errors and not _build_settings(index_dir).get("skip_unreadable"):
            raise unreadable_documents([error for _, error in errors])
        for doc in readable:
            if doc.doc_id != target.name and content_key(doc.text) == key:
                raise DocumentRejected(
                    f"{source.name} มีเนื้อหาเหมือนกับ {doc.doc_id} ที่อยู่ในคลังเอกสารแล้ว จึงไม่เพิ่มซ้ำ",
                    f"{source.name} has the same text as {doc.doc_id}, already in the corpus; "
                    "it is not added twice",
                )
        same_file = target.exists() and target.resolve() == source.resolve()
        if target.exists() and not same_file and not replace:
            raise DocumentRejected(
                f"มีเอกสารชื่อ {target.name} อยู่แล้ว ใช้ --replace เพื่อแทนที่",
                f"a document named {target.name} already exists; use --replace to replace it",
            )

        def rebuild() -> Index:
            with _titled(target, title):
                return _rebuild(corpus_dir, index_dir, embedder, progress, ray)

        if same_file:
            return rebuild()
        staged = _aside(target, "adding")
        aside = _aside(target, "replaced") if target.exists() else None
        journal = Journal(
            op="add",
            doc_id=target.name,
            pid=os.getpid(),
            index=str(Path(os.path.abspath(index_dir))),
            new_sha256=incoming_doc.sha256,
            old_sha256=sha256_file(target) if aside is not None else None,
            staged=staged.name,
            aside=aside.name if aside is not None else None,
        )

        def steps() -> None:
            try:
                shutil.copyfile(source, staged)
                with staged.open("rb") as handle:
                    os.fsync(handle.fileno())
            except OSError as exc:
                thai, english = os_reason(exc)
                raise CorpusError(
                    f"คัดลอก {source} ไปที่ {corpus_dir} ไม่ได้: {thai}",
                    f"cannot copy {source} into {corpus_dir}: {english}",
                ) from exc
            if sha256_file(staged) != incoming_doc.sha256:  # the source changed meanwhile
                raise DocumentRejected(
                    f"{source} เปลี่ยนระหว่างคัดลอก ลองใหม่อีกครั้ง",
                    f"{source} changed while it was being copied; try again",
                )
            checkpoint("add:staged")
            if aside is not None:
                os.replace(target, aside)
                checkpoint("add:aside")
            os.replace(staged, target)
            checkpoint("add:renamed")

        return _apply(corpus_dir, index_dir, journal, steps, rebuild)


def remove_document(
    doc_id: str,
    corpus_dir: Path | str = "corpus",
    index_dir: Path | str = "index",
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    ray: RayOptions | None = None,
    notify: Notify | None = None,
) -> Index:
    """Remove a document (by id, its file name) from the corpus and the index, holding the
    corpus lock, after finishing or undoing a change a dead process left."""
    with _recovered(Path(corpus_dir), notify):
        corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
        doc_id = Path(doc_id).name
        names = [path.name for path in corpus_files(corpus_dir)]
        if doc_id not in names:
            raise DocumentRejected(
                f"ไม่มีเอกสาร {doc_id} ใน {corpus_dir} (ดูรายชื่อด้วย qa-bot docs)",
                f"no document {doc_id} in {corpus_dir} (list them with: qa-bot docs)",
            )
        if len(names) == 1:
            raise DocumentRejected(
                f"{doc_id} เป็นเอกสารเดียวที่เหลือ ลบไม่ได้ (ดัชนีต้องมีเอกสารอย่างน้อยหนึ่งไฟล์)",
                f"{doc_id} is the only document left; an index needs at least one",
            )
        target = corpus_dir / doc_id
        removed = _aside(target, "removed")
        journal = Journal(
            op="remove",
            doc_id=doc_id,
            pid=os.getpid(),
            index=str(Path(os.path.abspath(index_dir))),
            new_sha256=None,
            old_sha256=sha256_file(target),
            staged=None,
            aside=removed.name,
        )

        def steps() -> None:
            os.replace(target, removed)
            checkpoint("remove:aside")

        def rebuild() -> Index:
            return _rebuild(corpus_dir, index_dir, embedder, progress, ray)

        index = _apply(corpus_dir, index_dir, journal, steps, rebuild)
        metadata_path(target).unlink(missing_ok=True)  # its title goes with it
        return index
