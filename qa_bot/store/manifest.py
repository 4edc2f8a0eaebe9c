"""An index's manifest (Manifest, manifest.json): reading it, checking the folder and the
corpus against it."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from ..errors import IndexLoadError
from .atomic import sha256_file
from .layout import FORMAT_VERSION, MANIFEST, not_an_index


class ManifestError(ValueError):
    """A manifest.json that parses but is not a manifest: a field missing or of the wrong type
    (the message names it, e.g. "embedder.dim: expected an integer")."""


_REQUIRED = object()
_R = TypeVar("_R")
# A record's field types, as written under `from __future__ import annotations` → _take's kind.
_KIND_OF = {"str": "str", "int": "int", "str | None": "str?"}


def _take(
    data: Mapping[str, Any], key: str, kind: str, where: str, default: Any = _REQUIRED
) -> Any:
    """data[key] checked to be of kind ("int", "str", "str?", "dict", "dict?", "list");
    default when absent (ManifestError when there is none)."""
    name = f"{where}{key}"
    if key not in data:
        if default is _REQUIRED:
            raise ManifestError(f"{name}: missing")
        return default
    value = data[key]
    if value is None and kind.endswith("?"):
        return None
    expected = {
        "int": (int, "an integer"),
        "str": (str, "text"),
        "dict": (dict, "an object"),
        "list": (list, "a list"),
    }[kind.rstrip("?")]
    if not isinstance(value, expected[0]) or isinstance(value, bool):
        raise ManifestError(f"{name}: expected {expected[1]}")
    return value


def _record(cls: type[_R], value: object, where: str) -> _R:
    """A flat record (fields of str, int, str | None) from its JSON object, every field
    checked; a field with a default may be absent (indexes built before it was recorded)."""
    if not isinstance(value, dict):
        raise ManifestError(f"{where.rstrip('.')}: expected an object")
    return cls(
        **{
            f.name: _take(
                value,
                f.name,
                _KIND_OF[str(f.type)],
                where,
                _REQUIRED if f.default is MISSING else f.default,
            )
            for f in fields(cls)  # type: ignore[arg-type]
        }
    )


@dataclass(frozen=True)
class EmbedderInfo:
    """The embedder an index was built with: its model id, vector size and e5-style prompts."""

    id: str
    dim: int
    query_prompt: str | None = None
    passage_prompt: str | None = None

    @classmethod
    def of(cls, embedder: Any) -> EmbedderInfo:
        """The description of a loaded embedder (qa_bot.embedders.Embedder): its model_id,
        dim, and query_prompt / passage_prompt when it has them."""
        return cls(
            embedder.model_id,
            int(embedder.dim),
            getattr(embedder, "query_prompt", None),
            getattr(embedder, "passage_prompt", None),
        )


@dataclass(frozen=True)
class BuildSettings:
    """How the index was built: passage size cap (characters) and the passage count above
    which the dense index is approximate (HNSW)."""

    max_passage_chars: int
    approximate_above: int


@dataclass(frozen=True)
class DocumentEntry:
    """An indexed document: its id (file name), sha256 of its bytes, title, and the sha256 of
    the metadata file its title came from (None: it has none)."""

    doc_id: str
    sha256: str
    title: str
    metadata_sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The entry as written: metadata_sha256 only when the document has one."""
        record = {"doc_id": self.doc_id, "sha256": self.sha256, "title": self.title}
        return record | ({"metadata_sha256": self.metadata_sha256} if self.metadata_sha256 else {})


@dataclass(frozen=True)
class SkippedDuplicate:
    """A document left out of the build because an earlier one (same_as) has the same text."""

    doc_id: str
    sha256: str
    same_as: str


@dataclass(frozen=True)
class SkippedUnreadable:
    """A document left out of a build told to skip unreadable ones (`--skip-unreadable`): its
    id, sha256 of its bytes (corpus.documents.UNREADABLE_BYTES when not even they could be
    read: a file over the size limit, a link), and why, Thai and English. The index stays
    current while the file is unchanged; mended or replaced, it makes the index stale like
    any changed file."""

    doc_id: str
    sha256: str
    reason_th: str
    reason_en: str


@dataclass(frozen=True)
class CacheSummary:
    """What the manifest records of the embedding cache: its file, the embedder's cache id,
    and how many texts it holds."""

    file: str
    embedder: str
    entries: int


@dataclass(frozen=True)
class Manifest:
    """manifest.json: what an index holds and how it was built, written last by a build.

    Attributes:
        format_version: the index format (layout.FORMAT_VERSION); another one is rebuilt.
        package_version: the qa-bot version that built it.
        embedder, settings: the model and the build settings.
        corpus_dir: the corpus folder relative to the index (None: not recorded).
        corpus: the indexed documents, in order; skipped_duplicates those left out.
        skipped_unreadable: documents a `--skip-unreadable` build could not read (written
            only when there are some, so that other indexes' bytes stay as they were).
        passage_count, sentence_count: rows of the passage and sentence vectors.
        dense_kind: "flat" (exact) or "hnsw" (approximate) FAISS index.
        embedding_cache: the cache's summary, None for a build without one.
        files: sha256 of every other file of the index, by path relative to it (sorted).

    `to_dict` gives the JSON object exactly as written (keys in this order; a document's
    metadata_sha256 only when it has one); `from_dict` checks what it reads (ManifestError).
    """

    format_version: int
    package_version: str
    embedder: EmbedderInfo
    settings: BuildSettings
    corpus_dir: str | None
    corpus: tuple[DocumentEntry, ...]
    skipped_duplicates: tuple[SkippedDuplicate, ...]
    passage_count: int
    sentence_count: int
    dense_kind: str
    embedding_cache: CacheSummary | None
    files: Mapping[str, str] = field(default_factory=dict)
    skipped_unreadable: tuple[SkippedUnreadable, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of manifest.json (json.dumps(..., ensure_ascii=False, indent=2))."""
        record: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        record["embedder"] = vars(self.embedder).copy()
        record["settings"] = vars(self.settings).copy()
        record["corpus"] = [entry.to_dict() for entry in self.corpus]
        record["skipped_duplicates"] = [vars(entry).copy() for entry in self.skipped_duplicates]
        cache = self.embedding_cache
        record["embedding_cache"] = vars(cache).copy() if cache is not None else None
        record["files"] = dict(self.files)
        skipped = [vars(entry).copy() for entry in self.skipped_unreadable]
        if skipped:
            record["skipped_unreadable"] = skipped
        else:
            del record["skipped_unreadable"]
        return record

    @classmethod
    def from_dict(cls, data: object) -> Manifest:
        """A manifest from its JSON object. Raises ManifestError naming the first field that
        is missing or of the wrong type. corpus_dir, skipped_duplicates, embedding_cache and
        skipped_unreadable may be absent (indexes built before they were recorded)."""
        if not isinstance(data, dict):
            raise ManifestError("expected a JSON object")
        files = _take(data, "files", "dict", "")
        if not all(isinstance(v, str) for v in files.values()):
            raise ManifestError("files: expected text (sha256) for every file")
        cache = _take(data, "embedding_cache", "dict?", "", None)
        return cls(
            format_version=_take(data, "format_version", "int", ""),
            package_version=_take(data, "package_version", "str", ""),
            embedder=_record(EmbedderInfo, _take(data, "embedder", "dict", ""), "embedder."),
            settings=_record(BuildSettings, _take(data, "settings", "dict", ""), "settings."),
            corpus_dir=_take(data, "corpus_dir", "str?", "", None),
            corpus=tuple(
                _record(DocumentEntry, entry, f"corpus[{i}].")
                for i, entry in enumerate(_take(data, "corpus", "list", ""))
            ),
            skipped_duplicates=tuple(
                _record(SkippedDuplicate, entry, f"skipped_duplicates[{i}].")
                for i, entry in enumerate(_take(data, "skipped_duplicates", "list", "", []))
            ),
            passage_count=_take(data, "passage_count", "int", ""),
            sentence_count=_take(data, "sentence_count", "int", ""),
            dense_kind=_take(data, "dense_kind", "str", ""),
            embedding_cache=(
                _record(CacheSummary, cache, "embedding_cache.") if cache is not None else None
            ),
            files=files,
            skipped_unreadable=tuple(
                _record(SkippedUnreadable, entry, f"skipped_unreadable[{i}].")
                for i, entry in enumerate(_take(data, "skipped_unreadable", "list", "", []))
            ),
        )


def peek_manifest(index_dir: Path | str) -> Manifest | None:
    """The manifest of the index in index_dir, or None when there is none that reads as one
    (for choosing defaults; load_index checks it properly with read_manifest)."""
    try:
        data = json.loads((Path(index_dir) / MANIFEST).read_text(encoding="utf-8"))
        return Manifest.from_dict(data)
    except (OSError, ValueError):  # ManifestError and JSON errors are ValueErrors
        return None


def recorded_corpus(index_dir: Path, manifest: Manifest) -> Path | None:
    """The corpus folder the index was built from, as recorded (relative to the index), seen
    from here; None for an index built before it was recorded."""
    if not manifest.corpus_dir:
        return None
    return Path(os.path.normpath(Path(index_dir) / manifest.corpus_dir))


def default_corpus(index_dir: Path | str) -> Path:
    """The corpus a command uses when none is given: the recorded one, else corpus/."""
    manifest = peek_manifest(index_dir)
    recorded = recorded_corpus(Path(index_dir), manifest) if manifest is not None else None
    return recorded or Path("corpus")


def salvaged_corpus(index_dir: Path) -> Path | None:
    """The corpus folder a damaged manifest still names (its "corpus_dir" string, read from the
    raw text: a truncated or hand-edited manifest usually keeps it, near its top), seen from
    here; None when it names none."""
    try:
        raw = (Path(index_dir) / MANIFEST).read_text(encoding="utf-8", errors="replace")
        found = _CORPUS_DIR_FIELD.search(raw)
        recorded = json.loads(found.group(1)) if found else None
    except (OSError, ValueError):
        return None
    if not isinstance(recorded, str) or not recorded:
        return None
    return Path(os.path.normpath(Path(index_dir) / recorded))


_CORPUS_DIR_FIELD = re.compile(r'"corpus_dir"\s*:\s*("(?:[^"\\\n]|\\.)*")')


def rebuild_hint(
    problem_th: str,
    problem_en: str,
    index_dir: Path,
    manifest: Manifest | None = None,
    corpus_dir: Path | None = None,
) -> IndexLoadError:
    """The message for an index to rebuild, with the command that does it: its --corpus the
    folder given, else the one the manifest records (or a damaged manifest still names:
    salvaged_corpus). A folder that is not there (the index was moved or copied, the documents
    were moved) is never given as the command's --corpus: the message says it is gone and the
    command asks for the documents folder (`--corpus <documents>`); so does a message with no
    folder known, since `qa-bot build` alone reads ./corpus, which may not be there either.
    An index built with --skip-unreadable is rebuilt with it (the files it skipped are still
    there)."""
    if corpus_dir is None and manifest is not None:
        corpus_dir = recorded_corpus(index_dir, manifest)
    if corpus_dir is None and manifest is None:
        corpus_dir = salvaged_corpus(index_dir)
    command = f"qa-bot build --index {index_dir}"
    if manifest is not None and manifest.skipped_unreadable:
        command += " --skip-unreadable"
    if corpus_dir is not None and corpus_dir.is_dir():
        command += f" --corpus {corpus_dir}"
        return IndexLoadError(
            f"{problem_th} — สร้างดัชนีใหม่ด้วยคำสั่ง: {command}",
            f"{problem_en} — rebuild it with: {command}",
        )
    if corpus_dir is not None:
        gone_th = f"ไม่พบโฟลเดอร์เอกสาร {corpus_dir} ที่ใช้สร้างดัชนีนี้ (ถูกย้ายหรือลบ) — "
        gone_en = f"the documents folder it was built from, {corpus_dir}, is not there — "
    else:
        gone_th = "ไม่ทราบว่าดัชนีนี้สร้างจากโฟลเดอร์เอกสารใด — "
        gone_en = "which documents folder it was built from is not known — "
    return IndexLoadError(
        f"{problem_th} — {gone_th}สร้างดัชนีใหม่จากโฟลเดอร์เอกสารของคุณด้วยคำสั่ง: "
        f"{command} --corpus <โฟลเดอร์เอกสาร>",
        f"{problem_en} — {gone_en}rebuild it from the folder of your documents with: "
        f"{command} --corpus <documents>",
    )


DEFAULT_CORPUS = Path("corpus")  # what `qa-bot build` reads when no --corpus is given


def missing_index(index_dir: Path, corpus_dir: Path | None = None) -> IndexLoadError:
    """The message for no index at index_dir. With documents to build it from (corpus_dir, else
    a corpus/ folder in the current one) it gives the command that builds it from them;
    without, it says so and what to do instead (run where the index is, give --index, or build
    one from your own documents), never a command that would fail for want of documents."""
    documents = next(
        (folder for folder in (corpus_dir, DEFAULT_CORPUS) if folder and folder.is_dir()), None
    )
    if documents is not None:
        command = f"qa-bot build --index {index_dir} --corpus {documents}"
        return IndexLoadError(
            f"ไม่พบดัชนีที่ {index_dir} — สร้างดัชนีจากเอกสารใน {documents} ด้วยคำสั่ง: {command}",
            f"no index found at {index_dir} — build it from the documents in {documents} "
            f"with: {command}",
        )
    command = f"qa-bot build --corpus <โฟลเดอร์เอกสาร> --index {index_dir}"
    return IndexLoadError(
        f"ไม่พบดัชนีที่ {index_dir} และไม่มีโฟลเดอร์เอกสาร {DEFAULT_CORPUS}/ ที่นี่ — "
        "ให้รันคำสั่งในโฟลเดอร์ที่มีดัชนี หรือระบุโฟลเดอร์ดัชนีด้วย --index "
        f"หรือสร้างดัชนีจากโฟลเดอร์เอกสารของคุณด้วยคำสั่ง: {command}",
        f"no index found at {index_dir}, and no {DEFAULT_CORPUS}/ folder of documents here — "
        "run qa-bot in the folder that holds the index, give --index the index folder, or "
        "build one from a folder of your documents with: "
        f"qa-bot build --corpus <documents> --index {index_dir}",
    )


def read_manifest(index_dir: Path, corpus_dir: Path | None = None) -> Manifest:
    """The manifest of the index in index_dir, checked: IndexLoadError (with the command that
    rebuilds it) for no index, no manifest, a damaged one or another format version. corpus_dir,
    when given, is where a missing index would be built from (missing_index)."""
    path = index_dir / MANIFEST
    if (error := not_an_index(index_dir)) is not None:
        raise error
    if not index_dir.is_dir():
        raise missing_index(index_dir, corpus_dir)
    if not path.is_file():
        raise rebuild_hint(
            f"ดัชนีที่ {index_dir} ไม่มีไฟล์ {MANIFEST}",
            f"the index at {index_dir} has no {MANIFEST}",
            index_dir,
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise rebuild_hint(
            f"ไฟล์ {MANIFEST} ของดัชนีเสียหาย", f"the index {MANIFEST} is damaged ({exc})", index_dir
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        found = manifest.get("format_version") if isinstance(manifest, dict) else None
        raise rebuild_hint(
            f"ดัชนีเป็นรูปแบบรุ่น {found} แต่โปรแกรมนี้ใช้รุ่น {FORMAT_VERSION}",
            f"the index has format version {found}, this program reads {FORMAT_VERSION}",
            index_dir,
        )
    try:
        return Manifest.from_dict(manifest)
    except ManifestError as exc:
        raise rebuild_hint(
            f"ไฟล์ {MANIFEST} ของดัชนีเสียหาย", f"the index {MANIFEST} is damaged ({exc})", index_dir
        ) from exc


def check_files(index_dir: Path, manifest: Manifest) -> None:
    """Every file the manifest lists is there with its recorded sha256 (IndexLoadError)."""
    for name, expected in manifest.files.items():
        path = index_dir / name
        if not path.is_file():
            raise rebuild_hint(
                f"ดัชนีขาดไฟล์ {name}",
                f"the index is missing the file {name}",
                index_dir,
                manifest=manifest,
            )
        if sha256_file(path) != expected:
            raise rebuild_hint(
                f"ไฟล์ {name} ของดัชนีถูกตัดหรือถูกแก้ไข (ไม่ตรงกับที่บันทึกไว้)",
                f"the index file {name} is truncated or changed (checksum mismatch)",
                index_dir,
                manifest=manifest,
            )


def built_documents(manifest: Manifest) -> dict[str, str]:
    """sha256 by id of every document the index was built from, duplicates and unreadable
    documents it skipped too."""
    entries = [*manifest.corpus, *manifest.skipped_duplicates, *manifest.skipped_unreadable]
    return {entry.doc_id: entry.sha256 for entry in entries}


def check_corpus(index_dir: Path, manifest: Manifest, corpus_dir: Path) -> None:
    """The corpus folder holds what the index was built from, titles too (IndexLoadError
    naming what was added, removed or changed)."""
    from ..corpus.documents import corpus_hashes, metadata_sha256
    from .journal import corpus_views

    built = built_documents(manifest)
    skipped = {entry.doc_id for entry in manifest.skipped_unreadable}
    current = corpus_hashes(corpus_dir, unreadable=skipped)
    # A document changes with its metadata file (its title) as with its text.
    titled = {entry.doc_id: entry.metadata_sha256 for entry in manifest.corpus}
    for name, meta in titled.items():
        if name in current and metadata_sha256(corpus_dir / name) != meta:
            current[name] += "+metadata"
    # A change under way (or interrupted, until the next change finishes or undoes it) leaves
    # the corpus as it was before or after it: both are the index's documents.
    if any(view == built for view in corpus_views(corpus_dir, current)):
        return
    added = sorted(set(current) - set(built))
    removed = sorted(set(built) - set(current))
    changed = sorted(name for name in set(built) & set(current) if built[name] != current[name])
    if added or removed or changed:
        detail = ", ".join(
            [f"+{n}" for n in added] + [f"-{n}" for n in removed] + [f"~{n}" for n in changed]
        )
        raise rebuild_hint(
            f"เอกสารใน {corpus_dir} เปลี่ยนไปหลังสร้างดัชนี ({detail})",
            f"the documents in {corpus_dir} changed after the index was built ({detail})",
            index_dir,
            manifest=manifest,
            corpus_dir=corpus_dir,
        )
