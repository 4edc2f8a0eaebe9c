"""Reading an index's manifest and checking the folder and the corpus against it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import IndexLoadError
from .atomic import sha256_file
from .layout import FORMAT_VERSION, MANIFEST, not_an_index


def recorded_corpus(index_dir: Path, manifest: dict[str, Any]) -> Path | None:
    """The corpus folder the index was built from, as recorded (relative to the index), seen
    from here; None for an index built before it was recorded."""
    relative = manifest.get("corpus_dir")
    if not isinstance(relative, str) or not relative:
        return None
    return Path(os.path.normpath(Path(index_dir) / relative))


def default_corpus(index_dir: Path | str) -> Path:
    """The corpus a command uses when none is given: the recorded one, else corpus/."""
    try:
        manifest = json.loads((Path(index_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = None
    recorded = recorded_corpus(Path(index_dir), manifest) if isinstance(manifest, dict) else None
    return recorded or Path("corpus")


def rebuild_hint(
    problem_th: str,
    problem_en: str,
    index_dir: Path,
    manifest: dict[str, Any] | None = None,
    corpus_dir: Path | None = None,
) -> IndexLoadError:
    """The message for an index to rebuild, with the command that does it (its --corpus the
    one given, else the one the manifest records)."""
    if corpus_dir is None and manifest is not None:
        corpus_dir = recorded_corpus(index_dir, manifest)
    command = f"qa-bot build --index {index_dir}"
    if corpus_dir is not None:
        command += f" --corpus {corpus_dir}"
    return IndexLoadError(
        f"{problem_th} — สร้างดัชนีใหม่ด้วยคำสั่ง: {command}",
        f"{problem_en} — rebuild it with: {command}",
    )


def read_manifest(index_dir: Path) -> dict[str, Any]:
    path = index_dir / MANIFEST
    if (error := not_an_index(index_dir)) is not None:
        raise error
    if not index_dir.is_dir():
        raise rebuild_hint(f"ไม่พบดัชนีที่ {index_dir}", f"no index found at {index_dir}", index_dir)
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
    return manifest


def check_files(index_dir: Path, manifest: dict[str, Any]) -> None:
    for name, expected in manifest.get("files", {}).items():
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


def built_documents(manifest: dict[str, Any]) -> dict[str, str]:
    """sha256 by id of every document the index was built from, duplicates it skipped too."""
    entries = [*manifest.get("corpus", []), *manifest.get("skipped_duplicates", [])]
    return {entry["doc_id"]: entry["sha256"] for entry in entries}


def check_corpus(index_dir: Path, manifest: dict[str, Any], corpus_dir: Path) -> None:
    from ..corpus.documents import corpus_hashes, metadata_sha256
    from .journal import corpus_views

    built = built_documents(manifest)
    current = corpus_hashes(corpus_dir)
    # A document changes with its metadata file (its title) as with its text.
    titled = {e["doc_id"]: e.get("metadata_sha256") for e in manifest.get("corpus", [])}
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
            corpus_dir=corpus_dir,
        )
