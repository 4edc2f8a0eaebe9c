"""Thai text extraction and repair on ../shared/docs-samples/: damage before and after repair.

Per file: Thai characters, Thai Private Use Area glyphs (U+F700–F71F), orphaned marks (a vowel
or tone mark at a line start or after a space), "space + า", ํา / ำ counts and the share of
PyThaiNLP newmm tokens in its dictionary — for the raw text of each PDF extractor (pypdf,
pypdfium2) or of python-docx / the HTML parser, and for qa_bot.extract's repaired text.
Then: every "space + า" left after repair; the thesis abstract PDF against its Word source
(in-dictionary share, character error rate over Thai characters, whitespace ignored); and on
the clean samples, every change the character repairs make other than zero-width characters
and ํา → ำ (there should be none).

The samples may not be committed (licences): this reads them from ../shared/docs-samples
relative to the repository and stops with a message when they are absent.

Web pages (also alone, --html): the share of each page's content words and of its menu and link
words that the extracted text keeps, and its sections.

Answer sentences that hold a line break (a PDF's wrapped line inside a sentence), without and
with extract/wraps.py.

PDFs against the same documents as Word files (--pairs DIR: DIR/pdf/NAME.pdf, DIR/docx/NAME.docx):
answer sentences holding a line break, and the .docx's headings (Heading styles) the PDF's
sections find.

    python bench/extraction.py [--no-ocr] [--no-results] [--html] [--wraps] [--pairs DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    PEAK_RSS_SNIPPET,
    ROOT,
    append_results,
    docs_samples,
    machine_description,
    run_python,
    table,
)
from qa_bot.extract import extract
from qa_bot.extract.quality import THAI_CHAR, damage, in_dictionary_share
from qa_bot.extract.repair import fold_sara_am, remove_zero_width, repair_text

SAMPLES = docs_samples()
# Born-digital samples whose text layer is right: the repairs may change only zero-width
# characters and ํา → ำ on them (README of the samples: "clean").
CLEAN = (
    "th-en-rmarkdown-xelatex-xdvipdfmx.pdf",
    "th-latex-beamer-xdvipdfmx.pdf",
    "th-latex-article-stacked-marks-xdvipdfmx.pdf",
    "th-report-python-docx-headings-zwsp.docx",
    "th-thesis-abstract-word-headings.docx",
    "th-en-pkgdown-article.html",
    "th-en-pkgdown-index.html",
)
WORD_PDFS = (
    "th-gov-royal-gazette-decree-2566-word-itext.pdf",
    "th-story-compilation-word365.pdf",
    "th-thesis-abstract-word-pdfmaker.pdf",
    "th-science-project-report-word-distiller-pua.pdf",
)
PAIR = ("th-thesis-abstract-word-pdfmaker.pdf", "th-thesis-abstract-word-headings.docx")
HEADERS = ("file", "text", "Thai chars", "Thai PUA", "orphan marks", "space+า", "ํา / ำ", "in-dict")


def raw_pdf_pages(path: Path) -> dict[str, list[str]]:
    """Unrepaired text of every page, per extractor (the "before" of the table)."""
    import pypdf
    import pypdfium2 as pdfium

    reader = pypdf.PdfReader(str(path))
    pages_pypdf = [page.extract_text() or "" for page in reader.pages]
    document = pdfium.PdfDocument(str(path))
    pages_pdfium = []
    for index in range(len(document)):
        textpage = document[index].get_textpage()
        pages_pdfium.append(textpage.get_text_range().replace("\r\n", "\n"))
        textpage.close()
    document.close()
    return {"pypdf raw": pages_pypdf, "pypdfium2 raw": pages_pdfium}


def raw_text(path: Path) -> dict[str, str]:
    if path.suffix == ".pdf":
        return {name: "\n".join(pages) for name, pages in raw_pdf_pages(path).items()}
    if path.suffix == ".docx":
        from qa_bot.extract.word import extract_docx

        return {"python-docx raw": extract_docx(path, repair=str).text}
    from qa_bot.extract.html import extract_html

    return {"selectolax raw": extract_html(path, repair=str).text}


def row(name: str, label: str, text: str) -> list[str]:
    found = damage(text)
    share = in_dictionary_share(text)
    return [
        name,
        label,
        str(found.thai_chars),
        str(found.thai_pua),
        str(found.orphan_marks),
        str(found.space_aa),
        f"{found.nikhahit_aa} / {found.sara_am}",
        "–" if share is None else f"{share:.3f}",
    ]


def thai_only(text: str) -> str:
    return "".join(THAI_CHAR.findall(text))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute: 1 each)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def unexplained_changes(raw: str) -> list[str]:
    """What repair_text changes in `raw` beyond zero-width characters, ํา → ำ and whitespace."""
    import difflib

    expected = "".join(fold_sara_am(remove_zero_width(raw)).split())
    got = "".join(repair_text(raw).split())
    changes = []
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op != "equal":
            changes.append(
                f"{expected[max(0, a0 - 8) : a1 + 8]!r} → {got[max(0, b0 - 8) : b1 + 8]!r}"
            )
    return changes


LONG_PDF_CODE = f"""
import json, sys, time
from pathlib import Path
from qa_bot.extract import extract
started = time.perf_counter()
result = extract(Path(sys.argv[1]), use_ocr=False)
seconds = time.perf_counter() - started
{PEAK_RSS_SNIPPET}
print(json.dumps({{"seconds": seconds, "peak_mib": _peak_mib, "chars": len(result.text)}}))
"""


def make_long_pdf(path: Path, pages: int) -> Path:
    """A Thai PDF of `pages` pages, 20 lines of different text each (fpdf2, TLWG Loma)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Loma", fname="/usr/share/fonts/truetype/tlwg/Loma.ttf")
    pdf.set_font("Loma", size=11)
    for page in range(1, pages + 1):
        pdf.add_page()
        for line in range(20):
            pdf.text(
                15,
                20 + 12 * line,
                f"การประชุมครั้งที่ {page} วาระที่ {line + 1} ที่ประชุม"
                f"มีมติเห็นชอบงบประมาณ {page * 100 + line} บาท สำหรับโครงการพัฒนาโรงเรียน",
            )
    pdf.output(str(path))
    return path


def long_pdf_figures() -> list[str]:
    """Time and peak memory (fresh process, OCR off) to extract a 50- and a 500-page PDF."""
    import tempfile

    lines = []
    with tempfile.TemporaryDirectory() as folder:
        for pages in (50, 500):
            path = make_long_pdf(Path(folder) / f"long{pages}.pdf", pages)
            figures = run_python(LONG_PDF_CODE, str(path), env={"PYTHONPATH": str(ROOT)})
            lines.append(
                f"- generated {pages}-page Thai PDF: extracted in {figures['seconds']:.1f} s, "
                f"peak RSS {figures['peak_mib']:.0f} MiB, {figures['chars']:,} characters"
            )
    return lines


def _paragraph_lengths(text: str) -> list[int]:
    return sorted(len(p.strip()) for p in text.split("\n\n") if p.strip())


def paragraph_figures(extracted: dict) -> list[str]:
    """Paragraphs of each PDF sample without and with qa_bot.extract.layout (blank lines where
    a paragraph ends): how many, median and longest in characters. The "without" text is
    extracted again with layout.mark_paragraphs turned into the identity."""
    from unittest import mock

    import qa_bot.extract.pdf as pdf_module

    rows = []
    for name, result in extracted.items():
        if not name.endswith(".pdf"):
            continue
        with mock.patch.object(
            pdf_module, "mark_paragraphs", lambda pages, shapes=None: list(pages)
        ):
            plain = extract(SAMPLES / name, use_ocr=False).text
        before, after = _paragraph_lengths(plain), _paragraph_lengths(result.text)
        rows.append(
            [
                name,
                f"{len(before)} → {len(after)}",
                f"{before[len(before) // 2]} → {after[len(after) // 2]}",
                f"{before[-1]} → {after[-1]}",
            ]
        )
    headers = ["file", "paragraphs", "median chars", "longest chars"]
    return [
        "",
        "Paragraphs (blank-line blocks) without → with extract/layout.py:",
        "",
        table(headers, rows),
    ]


_SINGLE_BREAK = re.compile(r"(?<![\r\n])\r?\n(?![\r\n])")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


def _broken_sentences(path: Path) -> tuple[int, int, int, list[str]]:
    """(answer sentences, those holding a single line break, those with one between two Thai
    letters, a few examples) of a sample read as a corpus document (passages, sentences)."""
    from qa_bot.corpus import documents
    from qa_bot.corpus.passages import split_passages

    documents._EXTRACTED.clear()  # read again, not from the last few kept
    doc = documents.read_document(path)
    count = broken = thai = 0
    examples = []
    for passage in split_passages([doc]):
        for start, end in passage.sentences:
            count += 1
            said = doc.text[start:end]
            breaks = [m.start() for m in _SINGLE_BREAK.finditer(said)]
            if not breaks:
                continue
            broken += 1
            thai += any(
                0 < i < len(said) - 1
                and _THAI_LETTER.match(said[i - 1])
                and _THAI_LETTER.match(said[i + 1])
                for i in breaks
            )
            if len(examples) < 2:
                examples.append(said.replace("\n", "⏎")[:120])
    return count, broken, thai, examples


def wrap_figures(extracted: dict) -> list[str]:
    """Answer sentences of each PDF sample that hold a line break (a printed line's end inside
    a sentence: "…พระราชกฤษฎีกานี้⏎ใช้บังคับ"), without and with extract/wraps.py (wrapped lines
    joined). The "without" text is read again with wraps.join_wrapped turned into the identity.
    A title block, an address or field lines stay lines: some sentences keep a break."""
    from unittest import mock

    import qa_bot.extract.pdf as pdf_module

    rows, totals, left = [], [0, 0, 0, 0], []
    for name in extracted:
        if not name.endswith(".pdf"):
            continue
        with mock.patch.object(
            pdf_module, "join_wrapped", lambda pages, shapes=None, spaced=(), wide=(): list(pages)
        ):
            before = _broken_sentences(SAMPLES / name)
        after = _broken_sentences(SAMPLES / name)
        for i, value in enumerate((before[1], after[1], before[2], after[2])):
            totals[i] += value
        rows.append(
            [
                name,
                f"{before[0]} → {after[0]}",
                f"{before[1]} → {after[1]}",
                f"{before[2]} → {after[2]}",
            ]
        )
        left.extend(f"  - {name}: {example!r}" for example in after[3])
    rows.append(["all", "", f"{totals[0]} → {totals[1]}", f"{totals[2]} → {totals[3]}"])
    headers = ["file", "sentences", "with a line break", "… between two Thai letters"]
    return [
        "",
        "Answer sentences holding a line break, without → with extract/wraps.py:",
        "",
        table(headers, rows),
        "- left (title blocks, names, field lines):",
        *left,
    ]


def _words(text: str) -> Counter:
    """The text's words (PyThaiNLP newmm; Latin words lower-cased), those with a letter or
    digit only, as a multiset."""
    from pythainlp.tokenize import word_tokenize

    words = word_tokenize(text, engine="newmm", keep_whitespace=False)
    return Counter(word.lower() for word in words if re.search(r"\w", word))


def page_words(path: Path) -> tuple[Counter, Counter]:
    """(content, menu) words of a web page as a browser shows it (no script, style, template,
    svg): menu words are those of <nav> and of every link's text; content words the rest."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(path.read_bytes())
    for node in tree.css("script, style, noscript, template, svg, head"):
        node.decompose()
    menu = Counter()
    for node in tree.css("nav, a"):
        if node.tag == "nav" or not any(p.tag == "nav" for p in _ancestors(node)):
            menu += _words(node.text(deep=True, separator=" "))
    for node in tree.css("nav, a"):
        node.decompose()
    return _words(tree.body.text(deep=True, separator=" ")), menu


def _ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


def html_rows(extract_fn=extract) -> list[list[str]]:
    """Per HTML sample: the share of the page's content words (not in a menu or link) that the
    extracted text keeps, the share of its menu and link words it keeps (some links are
    content: "Get Started with thaipdf"), and its sections. Extracted words count first
    against content words, the rest against menu words."""
    rows = []
    for path in sorted(SAMPLES.glob("*.htm*")):
        content, menu = page_words(path)
        result = extract_fn(path)
        kept = _words(result.text)
        content_kept = sum(min(n, kept[w]) for w, n in content.items())
        menu_kept = sum(min(n, max(0, kept[w] - content[w])) for w, n in menu.items())
        rows.append(
            [
                path.name,
                f"{content_kept}/{content.total()} = {content_kept / max(1, content.total()):.3f}",
                f"{menu_kept}/{menu.total()} = {menu_kept / max(1, menu.total()):.3f}",
                str(len(result.text)),
                "; ".join(section.label for section in result.sections),
            ]
        )
    return rows


HTML_HEADERS = ("file", "content words kept", "menu/link words kept", "chars", "sections")


def html_figures() -> list[str]:
    return [
        "",
        "Web pages: the page's words kept (content: outside menus and links; menu/link: <nav>"
        " and link text):",
        "",
        table(HTML_HEADERS, html_rows()),
    ]


def pair_figures(folder: Path) -> list[str]:
    """PDFs against the same documents as Word files: folder/pdf/NAME.pdf beside
    folder/docx/NAME.docx (a notice printed to PDF from a browser or Word, and its source).
    Per PDF: answer sentences, those holding a line break, and its section labels found among
    the .docx's (its Heading styles: the truth), with those that are not."""
    from qa_bot.corpus import documents
    from qa_bot.corpus.passages import split_passages

    def squeeze(label: str) -> str:
        return "".join(label.split())

    rows, totals = [], [0, 0, 0, 0, 0]
    for pdf in sorted((folder / "pdf").glob("*.pdf")):
        docx = folder / "docx" / f"{pdf.stem}.docx"
        if not docx.is_file():
            continue
        documents._EXTRACTED.clear()
        doc = documents.read_document(pdf)
        truth = {squeeze(s.label) for s in documents.read_document(docx).sections if s.section_id}
        labels = [squeeze(s.label) for s in doc.sections if s.section_id]
        said = [doc.text[a:b] for p in split_passages([doc]) for a, b in p.sentences]
        broken = sum(bool(_SINGLE_BREAK.search(sentence)) for sentence in said)
        right = sum(label in truth for label in labels)
        values = (len(said), broken, right, len(truth), len(labels) - right)
        totals = [t + v for t, v in zip(totals, values, strict=True)]
        rows.append(
            [pdf.name, str(len(said)), str(broken), f"{right} / {len(truth)}", str(values[4])]
        )
    rows.append(
        ["all", *(str(t) for t in totals[:2]), f"{totals[2]} / {totals[3]}", str(totals[4])]
    )
    headers = ["file", "sentences", "with a line break", "headings found / .docx's", "wrong"]
    return ["", f"PDFs against their Word sources ({folder}):", "", table(headers, rows)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-ocr", action="store_true", help="do not OCR pages without text")
    parser.add_argument("--no-results", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--html", action="store_true", help="only the web pages' words kept")
    parser.add_argument(
        "--wraps", action="store_true", help="only the sentences holding a line break"
    )
    parser.add_argument(
        "--pairs",
        type=Path,
        metavar="DIR",
        help="only PDFs against their Word sources: DIR/pdf/NAME.pdf beside DIR/docx/NAME.docx "
        "(your own documents; no samples needed)",
    )
    args = parser.parse_args()
    if args.pairs:
        print("\n".join(pair_figures(args.pairs)))
        return 0
    if not SAMPLES.is_dir():
        print(f"skipped: {SAMPLES} is absent (the samples are not part of the repository)")
        return 0
    if args.wraps:
        pdfs = {path.name: None for path in sorted(SAMPLES.glob("*.pdf"))}
        print("\n".join(wrap_figures(pdfs)))
        return 0
    if args.html:
        lines = html_figures()
        print("\n".join(lines))
        if not args.no_results:
            append_results(
                "Web pages: words kept (bench/extraction.py --html)",
                "\n".join(lines),
                machine_description(),
            )
        return 0
    rows, notes, extracted = [], [], {}
    elapsed = {}
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in (".pdf", ".docx", ".html"):
            continue
        for label, text in raw_text(path).items():
            rows.append(row(path.name, label, text))
        started = time.perf_counter()
        result = extract(path, use_ocr=not args.no_ocr)
        elapsed[path.name] = time.perf_counter() - started
        extracted[path.name] = result
        rows.append(row(path.name, f"repaired ({result.extractor})", result.text))
        for skipped in result.skipped:
            notes.append(f"- {path.name}: page {skipped.page} skipped: {skipped.reason_en}")
        for match in re.finditer("[ \u00a0]\u0e32", result.text):
            context = result.text[max(0, match.start() - 12) : match.end() + 12]
            notes.append(
                f"- {path.name}: space+า left (no dictionary word repairs it): {context!r}"
            )
    print(table(HEADERS, rows))
    lines = [table(HEADERS, rows), ""]

    summary = []
    for name in WORD_PDFS:
        if name in extracted:
            share = in_dictionary_share(extracted[name].text) or 0.0
            summary.append(f"- in-dict share after repair, {name}: {share:.3f} (target ≥ 0.92)")
    pdf_name, docx_name = PAIR
    if pdf_name in extracted and docx_name in extracted:
        pdf_text, docx_text = extracted[pdf_name].text, extracted[docx_name].text
        share_pdf = in_dictionary_share(pdf_text) or 0.0
        share_docx = in_dictionary_share(docx_text) or 0.0
        reference = thai_only(docx_text)
        for label, text in (
            ("raw pypdfium2", raw_text(SAMPLES / pdf_name)["pypdfium2 raw"]),
            ("raw pypdf", raw_text(SAMPLES / pdf_name)["pypdf raw"]),
            ("repaired", pdf_text),
        ):
            cer = edit_distance(thai_only(text), reference) / len(reference)
            summary.append(
                f"- thesis abstract PDF ({label}) vs its DOCX: CER over Thai chars {cer:.2%}"
            )
        summary.append(
            f"- thesis abstract in-dict share: PDF repaired {share_pdf:.3f}, DOCX {share_docx:.3f} "
            f"(difference {abs(share_pdf - share_docx):.3f}, target ≤ 0.01)"
        )
    for name in CLEAN:
        path = SAMPLES / name
        if not path.exists():
            continue
        changes = []
        for text in raw_text(path).values():
            changes.extend(unexplained_changes(text))
        summary.append(f"- clean sample {name}: {len(changes)} changes beyond ZW and ํา → ำ")
        summary.extend(f"  - {change}" for change in changes[:10])
    summary.extend(notes)
    summary.extend(paragraph_figures(extracted))
    summary.extend(wrap_figures(extracted))
    summary.extend(html_figures())
    summary.extend(long_pdf_figures())
    summary.append(
        "- extraction time per file (s): "
        + ", ".join(f"{name} {seconds:.1f}" for name, seconds in elapsed.items())
    )
    print("\n".join(summary))
    lines.extend(summary)
    if not args.no_results:
        append_results(
            "Thai extraction and repair (bench/extraction.py)",
            "\n".join(lines),
            machine_description(),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
