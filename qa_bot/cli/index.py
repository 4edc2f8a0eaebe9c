"""The index commands: `qa-bot build`, `add`, `remove` and `docs`."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import EXIT_OK, EXIT_USAGE
from ..wording import section_name
from .common import notify, plural, print_error, progress_bar


def cmd_build(args: argparse.Namespace) -> int:
    """`qa-bot build`: the index from the corpus (IndexWriteError, CorpusError propagate)."""
    from ..distributed.driver import build_index_on_ray
    from ..distributed.options import ray_options
    from ..docs.change import build_corpus_index
    from ..store import build_index

    ray = ray_options(args)
    build = build_index if ray is None else functools.partial(build_index_on_ray, options=ray)
    index = build_corpus_index(
        Path(args.corpus),
        Path(args.index),
        notify=notify,
        build=build,
        model=args.model,
        max_passage_chars=args.max_passage_chars,
        progress=None if args.quiet else progress_bar(),
        reuse=not args.full,
        skip_unreadable=args.skip_unreadable,
    )
    print(_built_message(index, args.index))
    unreadable = _unreadable_warning(index)
    if unreadable:  # on stderr, as every warning: the result line stays alone on stdout
        print(unreadable, file=sys.stderr)
    others = _other_files_warning(Path(args.corpus))
    if others:
        print(others, file=sys.stderr)
    return EXIT_OK


def _other_files_warning(corpus_dir: Path) -> str | None:
    """The files of the corpus folder a build leaves out for their type, named, and what it
    reads (corpus.documents.other_files)."""
    from ..corpus.documents import DOCUMENT_SUFFIXES, other_files

    names = other_files(corpus_dir)
    if not names:
        return None
    shown = ", ".join(names[:10]) + (f" … (+{len(names) - 10})" if len(names) > 10 else "")
    kinds = " ".join(DOCUMENT_SUFFIXES)
    return (
        f"qa-bot: หมายเหตุ: ไม่ได้นำเข้าไฟล์ {len(names)} ไฟล์ที่ไม่ใช่ชนิดเอกสาร ({shown}) — "
        f"อ่านได้เฉพาะ {kinds} / "
        f"note: left out {plural(len(names), 'file')} that are no document type ({shown}) — "
        f"only {kinds} are read"
    )


def _unreadable_warning(index: Any) -> str | None:
    """The documents a --skip-unreadable build left out, each with why, and what to do."""
    skipped = index.manifest.skipped_unreadable
    if not skipped:
        return None
    count = len(skipped)
    lines = [
        f"qa-bot: คำเตือน: ข้ามเอกสารที่อ่านไม่ได้ {count} ไฟล์ (ไม่อยู่ในดัชนี) / "
        f"warning: skipped {plural(count, 'unreadable document')} (not in the index):"
    ]
    lines += [f"  - {entry.reason_th} / {entry.reason_en}" for entry in skipped]
    lines.append(
        "  แก้ไขไฟล์แล้วสั่ง qa-bot build อีกครั้งเพื่อเพิ่มเข้าดัชนี / "
        "mend them and run qa-bot build again to index them"
    )
    return "\n".join(lines)


def _skipped_message(index: Any) -> str | None:
    skipped = index.manifest.skipped_duplicates
    if not skipped:
        return None
    pairs = ", ".join(f"{entry.doc_id} = {entry.same_as}" for entry in skipped)
    return (
        f"คำเตือน: ข้ามเอกสารที่เนื้อหาซ้ำกับเอกสารอื่น ({pairs}) / "
        f"warning: skipped documents with the same text as another ({pairs})"
    )


def _built_message(index: Any, index_dir: str) -> str:
    manifest = index.manifest
    message = (
        f"สร้างดัชนีแล้ว / index built: {index_dir} — {plural(manifest.passage_count, 'passage')}, "
        f"{plural(len(manifest.corpus), 'document')}, model {manifest.embedder.id}"
    )
    cache = index.build_stats
    if cache:
        message += (
            f"\nฝังเวกเตอร์ใหม่ {cache['encoded']} ข้อความ ใช้ของเดิม {cache['reused']} / "
            f"embedded {plural(cache['encoded'], 'new text')}, reused {cache['reused']}"
        )
    for doc in index.documents:  # pages of a PDF that could not be read, and why
        for page in doc.skipped_pages:
            message += f"\n{doc.doc_id}: ข้ามหน้า / skipped page {page}"
    skipped = _skipped_message(index)
    return message + (f"\n{skipped}" if skipped else "")


def cmd_add(args: argparse.Namespace) -> int:
    """`qa-bot add FILE`: copy a document into the corpus and index it; exit 2 if refused."""
    from ..distributed.options import ray_options
    from ..docs.change import DocumentRejected, add_document

    try:
        index = add_document(
            Path(args.file),
            Path(args.corpus),
            Path(args.index),
            replace=args.replace,
            progress=None if args.quiet else progress_bar(),
            ray=ray_options(args),
            notify=notify,
            title=args.title,
        )
    except DocumentRejected as error:
        print_error(error)
        return EXIT_USAGE
    from ..render_text import terminal_text

    doc = index.document(Path(args.file).name)
    title = doc.title if doc is not None else ""
    print(terminal_text(f"เพิ่มเอกสารแล้ว / added: {Path(args.file).name} — {title}"))
    print(_built_message(index, args.index))
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    """`qa-bot remove DOC_ID`: take a document out of the corpus and the index."""
    from ..distributed.options import ray_options
    from ..docs.change import DocumentRejected, remove_document

    try:
        index = remove_document(
            args.doc_id,
            Path(args.corpus),
            Path(args.index),
            progress=None if args.quiet else progress_bar(),
            ray=ray_options(args),
            notify=notify,
        )
    except DocumentRejected as error:
        print_error(error)
        return EXIT_USAGE
    print(f"ลบเอกสารแล้ว / removed: {Path(args.doc_id).name}")
    print(_built_message(index, args.index))
    return EXIT_OK


def cmd_docs(args: argparse.Namespace) -> int:
    """`qa-bot docs`: the indexed documents, their sections and passage counts."""
    from ..docs.listing import corpus_changes, document_summaries
    from ..render_text import terminal_text
    from ..store import load_index

    index = load_index(args.index)
    if args.text:
        doc = index.document(Path(args.text).name)
        if doc is None:
            print(
                f"qa-bot: ไม่มีเอกสาร {args.text} ในดัชนี (ดูรายชื่อด้วย qa-bot docs) / "
                f"no document {args.text} in the index (list them with: qa-bot docs)",
                file=sys.stderr,
            )
            return EXIT_USAGE
        # The stored text, what hits' offsets count in: exact into a pipe or file; on a
        # terminal its control characters are shown, one picture each (offsets unchanged).
        print(terminal_text(doc.text) if sys.stdout.isatty() else doc.text)
        return EXIT_OK
    summaries = document_summaries(index)
    changes = corpus_changes(index, args.corpus) if Path(args.corpus).is_dir() else []
    if args.json:
        records = [asdict(summary) for summary in summaries]
        print(json.dumps({"documents": records, "corpus_changes": changes}, ensure_ascii=False))
        return EXIT_OK
    total = sum(summary.passage_count for summary in summaries)
    count = plural(len(summaries), "document")
    print(f"{len(summaries)} เอกสาร / {count}, {plural(total, 'passage')} — {args.index}")
    for summary in summaries:
        passages = plural(summary.passage_count, "passage")
        print(terminal_text(f"\n{summary.doc_id}: {summary.title} ({passages})"))
        for section in summary.sections:
            label = section_name(section.label, section.label_en)
            passages = plural(section.passage_count, "passage")
            print(terminal_text(f"  [{section.section_id}] {label} — {passages}"))
    if changes:
        print(
            f"\nเอกสารใน {args.corpus} ไม่ตรงกับดัชนี ({', '.join(changes)}) "
            f"ให้รัน qa-bot build / the corpus differs from the index: run qa-bot build"
        )
    return EXIT_OK
