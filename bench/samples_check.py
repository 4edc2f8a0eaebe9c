"""Checks on the real Thai documents of ../shared/docs-samples, which may not be committed
(their licences forbid it), so no test can read them on a clean clone: run this where they are.

    python bench/samples_check.py          # exit 0: every check holds; 1: one fails; 2: no samples

What is checked (FRESH14 §6; the same behaviours are tested on made-up documents in
tests/test_lone_headings.py and tests/test_wrapped_pdf_lines.py):
- the 4-page story PDF takes its story titles, set as lines alone, for sections
  (corpus/extracted.lone_headings), while the Royal Gazette decree keeps its มาตรา sections and
  the text-in-image budget PDF stays one section;
- the decree's and the story's answer sentences hold no wrapped line (extract/wraps.py): the
  decree's มาตรา ๔ reads "…นับแต่วันที่พระราชกฤษฎีกานี้ใช้บังคับ" in one line, and at most 2 of
  the story's sentences keep a single line break (24 of 36 before, bench/extraction.py --wraps);
- the decree keeps the clause space a wrapped line ended on ("ตั้งแต่ พ.ศ.", extract/wraps.py
  wide_ends) and its title block's date line is an answer sentence of its own
  (corpus/fields.py block_lines; the 4-line block was one answer, FRESH15 §6);
- the science report's list with no lead-in is one answer sentence an item, its objectives one
  with their heading (corpus/lists.py; FRESH16a K1);
- no answer sentence holds a section's heading line (corpus/sentences.py heading_lines;
  FRESH17a §1.3).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import docs_samples
from qa_bot.corpus.documents import read_document
from qa_bot.corpus.passages import bilingual_lines, split_passages
from qa_bot.corpus.sections import LABEL_JOIN

STORY = "th-story-compilation-word365.pdf"
DECREE = "th-gov-royal-gazette-decree-2566-word-itext.pdf"
BUDGET = "th-budget-headline-text-in-image.pdf"
MAX_BROKEN_STORY = 2  # sentences of the story still holding a single line break (title lines)


def _labels(samples: Path, name: str) -> list[str]:
    return [s.label for s in read_document(samples / name).sections]


def _sentences(samples: Path, name: str) -> list[str]:
    document = read_document(samples / name)
    return [
        document.text[a:b] for passage in split_passages([document]) for a, b in passage.sentences
    ]


def story_sections(samples: Path) -> str | None:
    """None when the story, decree and budget PDFs are sectioned as expected, else why not."""
    story = _labels(samples, STORY)
    if story != ["ภาพรวม", "งานซ่อมบำรุงอากาศยาน", "ปฏิบัติการอิรัก", "The Day in History"]:
        return f"story sections {story}"
    decree = _labels(samples, DECREE)[1:]
    expected = ["มาตรา ๑", "มาตรา ๒", "มาตรา ๓", "มาตรา ๔", "มาตรา ๕", "ผู้รับสนองพระบรมราชโองการ"]
    if decree != expected:
        return f"decree sections {decree}"
    budget = _labels(samples, BUDGET)
    return None if budget == ["ภาพรวม"] else f"budget sections {budget}"


def no_wrapped_lines(samples: Path) -> str | None:
    """None when the decree's and the story's sentences hold no wrapped line, else why not."""
    decree = [s for s in _sentences(samples, DECREE) if s.startswith("มาตรา ๔")]
    if len(decree) != 1 or "\n" in decree[0]:
        return f"decree มาตรา ๔ sentences {decree!r}"
    if not decree[0].endswith("นับแต่วันที่พระราชกฤษฎีกานี้ใช้บังคับ"):
        return f"decree มาตรา ๔ ends {decree[0][-40:]!r}"
    story = _sentences(samples, STORY)
    if not any("คอร์ตนีย์ทำได้ยอดเยี่ยมในทุกอย่าง" in s for s in story):
        return "the story's sentence across a wrap is not whole"
    broken = [s for s in story if re.search(r"(?<!\n)\n(?!\n)", s)]
    if len(broken) > MAX_BROKEN_STORY:
        return f"{len(broken)} story sentences hold a line break: {broken[:3]!r}"
    return None


def decree_lines(samples: Path) -> str | None:
    """None when the decree keeps the space its wrapped line ended on ("ตั้งแต่ พ.ศ.": wraps.
    wide_ends) and its title block is lines of their own, the date line one answer sentence
    (corpus.fields.block_lines), else why not."""
    sentences = _sentences(samples, DECREE)
    text = "\n".join(sentences)
    if "ตั้งแต่ พ.ศ." not in text or "ตั้งแต่พ.ศ." in text:
        return "the decree's 'ตั้งแต่ พ.ศ.' lost its space"
    dated = [s for s in sentences if s.startswith("ให้ไว้")]
    if len(dated) != 1 or "\n" in dated[0] or "17  มีนาคม" not in dated[0]:
        return f"the decree's date line is not a sentence of its own: {dated!r}"
    return None


REPORT = "th-science-project-report-word-distiller-pua.pdf"


def items_apart(samples: Path) -> str | None:
    """None when the science report's list of thinning rules, which no lead-in introduces
    ("1. พื้นที่ที่เชื่อมกัน…", "2. จุดที่ได้จากการทำให้บาง…", … "5."), is five answer sentences
    (corpus.lists.join_lists: one 749-character sentence on main d1eef29), while its
    objectives stay one sentence with their heading "1.2 วัตถุประสงค์", else why not."""
    sentences = _sentences(samples, REPORT)
    rules = [s for s in sentences if re.match(r"[1-5]\. (?:พื้นที่ที่เชื่อม|จุดที่ได้|ต้องรักษา|เส้นที่)", s)]
    if len(rules) != 5:
        return f"{len(rules)} of the 5 thinning rules open a sentence: {[r[:30] for r in rules]!r}"
    objectives = [s for s in sentences if s.startswith("1.2 วัตถุประสงค์")]
    if len(objectives) != 1 or "1.2.4" not in objectives[0]:
        return f"the objectives are not one sentence with their heading: {objectives!r}"
    return None


def headings_apart(samples: Path) -> str | None:
    """None when no answer sentence of any sample holds a line that is one of its document's
    section headings, numbered or not ("1.5 Dual bitmap index⏎In the …", "Math (คณิตศาสตร์)"
    alone), else the first few that do (HEADED_LEFT may be left)."""
    headed = []
    for path in sorted(samples.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() not in {".pdf", ".docx", ".html"}:
            continue
        document = read_document(path)
        sections = [s for s in document.sections if s.section_id]
        names = [s.label for s in sections] + bilingual_lines(sections)
        labels = {_bare(part) for name in names for part in name.split(LABEL_JOIN)}
        for passage in split_passages([document]):
            for a, b in passage.sentences:
                lines = [line.strip() for line in document.text[a:b].splitlines()]
                if any(_bare(line) in labels for line in lines):
                    headed.append(f"{path.name[:20]}: {document.text[a:b][:40]!r}")
    return None if len(headed) <= HEADED_LEFT else f"{len(headed)} sentences: {headed}"


# Sentences that still hold a heading line, 9 of 13 on main a3b5e20: a numbered heading right
# over its list, its lead-in ("1.2 วัตถุประสงค์⏎1.2.1 …", "3.1 …⏎3.1.1 …": one answer with it,
# lists.join_lists), an unnumbered heading set right above its text with no blank line
# ("Theorems & Proofs (ทฤษฎีการพิสูจน์)⏎สำหรับ…", "Lists⏎Bullet Lists", the PhD thesis's
# "- Improve space requirement of"), which a wrapped title looks like (corpus.sentences
# heading_lines), a heading inside a passage ("2.1.1 ขั้นตอนโดยทั่วไป⏎ขั้นตอนวิธี…"), and a
# heading with nothing under it but an equation, a figure or code (the LaTeX article's
# "บทคัดย่อ", a beamer slide's title, the pkgdown article's "Example").
HEADED_LEFT = 9
_NUMBER = re.compile(r"^(?:\(?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]?)\s+")


def _bare(line: str) -> str:
    return _NUMBER.sub("", line).strip()


CHECKS: dict[str, Callable[[Path], str | None]] = {
    "story sections": story_sections,
    "no wrapped lines": no_wrapped_lines,
    "decree lines": decree_lines,
    "list items apart": items_apart,
    "headings apart": headings_apart,
}


def main() -> int:
    samples = docs_samples()
    if not samples.is_dir():
        print(f"no samples at {samples} (set DOCS_SAMPLES)", file=sys.stderr)
        return 2
    failed = 0
    for name, check in CHECKS.items():
        problem = check(samples)
        print(
            f"{'ok  ' if problem is None else 'FAIL'} {name}" + (f": {problem}" if problem else "")
        )
        failed += problem is not None
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
