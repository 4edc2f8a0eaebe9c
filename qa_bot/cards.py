"""Answers as HTML for the chat page: sector badges, passage cards, refusals, exam choices.

Every string that comes from the corpus or from the user goes through `html.escape`; the markup
around it is ours. The result is one line with no raw newlines, so that the chat's Markdown
renderer treats it as a single HTML block and never reads corpus text as Markdown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .corpus.sections import OVERVIEW_LABEL, OVERVIEW_LABEL_EN
from .errors import QABotError
from .exam import choice_labels
from .exam.parse import content_free
from .store import Index
from .text import is_thai
from .types import Answer, Choice, Hit
from .wording import (
    ANSWERED_TH,
    NOT_FOUND_LIMITED_TH,
    PICK_NONE,
    PICK_SURE,
    PICK_TIED,
    PICK_UNDECIDED,
    PICK_UNSURE,
    PICKS_OPEN,
    SEARCH_ALL_EN,
    SEARCH_ALL_TH,
    UNCERTAIN_TH,
    UNSURE_PICK_TH,
    answered_en,
    covered_undecided_en,
    covered_undecided_th,
    exam_verdicts,
    limited_en,
    limited_th,
    not_found_en,
    not_found_limited_en,
    not_found_th,
    pick_confidence,
    shown_verdict,
    the_documents,
    the_documents_verb,
    uncertain_en,
    unsure_pick_en,
)

# Badge colours, one per section id (stable across runs and documents); white text on each
# has a contrast ratio of at least 4.5:1.
SECTOR_COLOURS = (
    "#475569",  # 0 overview: slate
    "#1d4ed8",  # 1 education: blue
    "#7e22ce",  # 2 culture and arts: purple
    "#c2410c",  # 3 labour: orange
    "#0f766e",  # 4 social welfare: teal
    "#b91c1c",  # 5 health: red
    "#92400e",  # 6 disaster management: brown
    "#15803d",  # 7 environment: green
    "#0e7490",  # 8 smart cities: cyan
    "#be185d",  # 9: pink
)
# Fused scores are cosines of the e5 model plus a small lexical bonus: on the dev set the best
# passage of an answered question scores 0.84-0.96 and unrelated passages 0.76-0.85. A passage
# below WEAK_SCORE waits behind "ดูเพิ่ม". The score is never shown (FRESH8: "●●●●○ ตรงมาก /
# strong" under an "uncertain" caution said the opposite of the verdict): how well the documents
# answer is the verdict's to say (scope.py), once, and the score stays in the API's JSON.
WEAK_SCORE = 0.85
DEFAULT_VISIBLE_HITS = 3
MAX_HITS = 10
_BLANK_LINES = re.compile(r"\n[ \t\r]*\n\s*")


def sector_colour(section_id: int) -> str:
    """The badge colour (#rrggbb) of a section id: SECTOR_COLOURS, repeating after ten."""
    return SECTOR_COLOURS[section_id % len(SECTOR_COLOURS)]


def text_html(text: str) -> str:
    """Escaped text; paragraph breaks become <br><br>, line breaks <br>: no raw newline left."""
    escaped = html.escape(text, quote=True)
    escaped = _BLANK_LINES.sub("<br><br>", escaped)
    return escaped.replace("\r", "").replace("\n", "<br>")


def _marked(text: str, offset: int, spans: Sequence[tuple[int, int, str]]) -> str:
    """text (which starts at source offset `offset`) with nested spans wrapped in tags.

    spans are (start, end, opening tag) in source offsets, outermost first, each inside the
    previous one; the closing tag is derived from the opening one.
    """
    if not spans:
        return text_html(text)
    (start, end, tag), inner = spans[0], spans[1:]
    a = min(max(start - offset, 0), len(text))
    b = min(max(end - offset, a), len(text))
    name = tag[1:].split(maxsplit=1)[0].rstrip(">")
    return (
        text_html(text[:a])
        + tag
        + _marked(text[a:b], offset + a, inner)
        + f"</{name}>"
        + text_html(text[b:])
    )


def badge(section_id: int, label: str, label_en: str) -> str:
    """A section's badge: its Thai label, then its English label when it has one, both escaped;
    coloured by the CSS class qa-sector-N, N = section_id modulo len(SECTOR_COLOURS)."""
    english = f' <span class="qa-badge-en">{html.escape(label_en)}</span>' if label_en else ""
    return (
        f'<span class="qa-badge qa-sector-{section_id % len(SECTOR_COLOURS)}">'
        f'<span class="qa-badge-th">{html.escape(label)}</span>{english}</span>'
    )


def is_weak(score: float) -> bool:
    """Whether a passage's fused score is below WEAK_SCORE (shown only behind "ดูเพิ่ม")."""
    return score < WEAK_SCORE


def source_html(hit: Hit, english: bool = False) -> str:
    """Where the passage is: the document's title, and its page when the document has pages."""
    page = getattr(hit, "page", None)  # Hit.page: PDFs only (1-based), None elsewhere
    where = html.escape(hit.document_title or hit.document)
    if page:
        where += f" · หน้า {int(page)}" + (f" <small>page {int(page)}</small>" if english else "")
    return f'<span class="qa-source">{where}</span>'


def section_html(index: Index, hit: Hit, english: bool = False) -> str:
    """The whole section of a hit, its passage and answer sentence marked, inside <details>."""
    section = index.section(hit.document, hit.section_id)
    document = index.document(hit.document)
    if section is None or document is None:
        return ""
    raw = document.text[section.start : section.end]
    body = raw.strip()
    start = section.start + len(raw) - len(raw.lstrip())
    marked = _marked(
        body,
        start,
        [
            (hit.start, hit.end, '<span class="qa-here">'),
            (hit.answer_start, hit.answer_end, '<mark class="qa-answer">'),
        ],
    )
    return (
        f'<details class="qa-section"><summary>อ่านทั้งหมวด{_en(english, "whole section")}'
        f'</summary><div class="qa-section-text">{marked}</div></details>'
    )


def _en(english: bool, text: str) -> str:
    """The English words after a Thai label, for a reader who asked in English."""
    return f" <small>{text}</small>" if english else ""


def hit_card(index: Index, hit: Hit, lead: bool = False, english: bool = False) -> str:
    """One passage: its sector badge and source, the answer sentence (large on the lead card, the
    answer itself), then the passage around it (a few lines on a phone, "อ่านต่อ" for the rest;
    left out when the passage is that one sentence, which would show it twice) and the whole
    section behind "อ่านทั้งหมวด"."""
    context = ""
    if hit.text.split() != hit.answer_sentence.split():
        passage = _marked(
            hit.text, hit.start, [(hit.answer_start, hit.answer_end, '<mark class="qa-answer">')]
        )
        context = (
            f'<div class="qa-context"><p class="qa-passage">{passage}</p>'
            '<details class="qa-expand"><summary>'
            f'<span class="qa-expand-more">อ่านต่อ{_en(english, "read more")}</span>'
            f'<span class="qa-expand-less">ย่อ{_en(english, "show less")}</span>'
            "</summary></details></div>"
        )
    head = badge(hit.section_id, hit.section_label, hit.section_label_en) + source_html(
        hit, english
    )
    kind = "qa-lead" if lead else "qa-extra"
    return (
        f'<div class="qa-card {kind} qa-card-{hit.section_id % len(SECTOR_COLOURS)}">'
        f'<div class="qa-card-head">{head}</div>'
        f'<p class="qa-sentence">{text_html(hit.answer_sentence)}</p>{context}'
        f"{section_html(index, hit, english)}</div>"
    )


def hits_html(
    index: Index,
    hits: Sequence[Hit],
    visible: int = DEFAULT_VISIBLE_HITS,
    lead: bool = True,
    english: bool = False,
) -> str:
    """The first hit (as the answer when `lead`), then up to `visible` in all of those that are
    not weak; the rest (up to MAX_HITS) behind "ดูเพิ่ม"."""
    hits = list(hits)[:MAX_HITS]
    shown = [hit for i, hit in enumerate(hits[:visible]) if i == 0 or not is_weak(hit.score)]
    rest = hits[len(shown) :]
    markup = "".join(
        hit_card(index, hit, lead=lead and i == 0, english=english) for i, hit in enumerate(shown)
    )
    if rest:
        markup += (
            f'<details class="qa-more"><summary>ดูเพิ่มอีก {len(rest)} ข้อความ'
            f"{_en(english, f'{len(rest)} more passages')}</summary>"
            + "".join(hit_card(index, hit, english=english) for hit in rest)
            + "</details>"
        )
    return markup


def choices_html(
    choice: Choice,
    choices: Sequence[str],
    asked: str = "",
    documents: int = 1,
    typed_choices: Sequence[str] | None = None,
    english: bool = False,
    confidence: str | None = None,
) -> str:
    """Exam mode: every choice with its sector and deciding sentence, the pick marked by how
    sure it is (confidence: wording.pick_confidence of the answer; None: of the Choice alone);
    named by the labels of the question or its choices as typed (exam.choice_labels: a)–d)
    typed, A–D for an English question, else ก–ง); documents: how many the index holds (the
    English wording). Only a sure pick is "คำตอบตามเอกสาร" with a green ✔; a likely one
    (PICK_UNSURE: its stem alone is not answered) is "ข้อที่น่าจะเป็นคำตอบ" marked "?"; one the
    documents do not decide (Choice.decided) says they cannot decide, marked "?"; choices they
    do not tell apart from it (Choice.tied) are named as tied and marked ≈. In Thai, and in
    English too for an English question."""
    level = confidence or pick_confidence(choice)
    letters = choice_labels(asked, max(len(choices), len(choice.scores)), typed_choices)
    source = "เอกสารนี้" if documents == 1 else "เอกสาร"
    picked = html.escape(letters[choice.index]) if choice.index is not None else ""
    if level == PICK_NONE:
        verdict = (
            '<p class="qa-verdict">เอกสารไม่พอให้เลือกข้อใดข้อหนึ่ง '
            f"<small>{the_documents_verb(documents, 'does', 'do').capitalize()} not settle this "
            "question.</small></p>"
        )
    elif level == PICK_TIED:
        # Choices within noise of each other: the documents cannot decide between them (the
        # JSON's decided is False), and the verdict says so, not the best-scored one's letter.
        named = [html.escape(letters[i]) for i in (choice.index, *choice.tied) if i < len(letters)]
        verdict = (
            f'<p class="qa-verdict">{source}ตัดสินไม่ได้ระหว่างข้อ '
            f"<strong>{' '.join(named[:-1])}</strong> และ <strong>{named[-1]}</strong> "
            f"<small>{the_documents(documents).capitalize()} cannot decide between "
            f"{', '.join(named[:-1])} and {named[-1]}</small></p>"
        )
    elif level == PICK_UNDECIDED:
        verdict = (
            f'<p class="qa-verdict">{source}ตัดสินไม่ได้ — ข้อที่ใกล้เคียงที่สุด: '
            f"<strong>{picked}</strong> <small>{the_documents(documents).capitalize()} "
            f"cannot decide; {picked} is only the closest</small></p>"
        )
    elif level == PICK_UNSURE:
        verdict = (
            f'<p class="qa-verdict">ข้อที่น่าจะเป็นคำตอบ: <strong>{picked}</strong> '
            "<small>the likely choice, not a sure answer</small></p>"
        )
    elif choice.negative:
        verdict = (
            '<p class="qa-verdict">ข้อที่เอกสาร<strong>ไม่ได้</strong>กล่าวถึง: '
            f"<strong>{picked}</strong> "
            f"<small>the choice {the_documents_verb(documents, 'does', 'do')} not support"
            "</small></p>"
        )
    else:
        verdict = (
            f'<p class="qa-verdict">คำตอบตามเอกสาร: <strong>{picked}</strong> '
            f"<small>the choice {the_documents_verb(documents, 'supports', 'support')}</small></p>"
        )
    verdict += _caveats_html(choice, letters, documents, english, level)
    items = []
    for i, text in enumerate(choices):
        letter = letters[i]
        evidence = choice.evidence[i] if i < len(choice.evidence) else None
        if evidence is not None:
            detail = (
                badge(evidence.section_id, evidence.section_label, evidence.section_label_en)
                + f'<span class="qa-choice-evidence">{text_html(evidence.answer_sentence)}</span>'
            )
            if i in choice.contradicted:
                detail += (
                    '<span class="qa-opposite">เอกสารกล่าวในทางตรงข้าม <small>'
                    f"{the_documents_verb(documents, 'says', 'say').capitalize()} the opposite"
                    "</small></span>"
                )
        else:
            detail = '<span class="qa-choice-evidence">ไม่พบในเอกสาร <small>not found</small></span>'
        # Only a sure pick is chosen (✔); a likely or undecided one is marked "?", and in a tie
        # the best-scored one is marked tied like the others (≈).
        kind, mark = "", ""
        if i == choice.index and level == PICK_SURE:
            kind, mark = " qa-chosen", '<span class="qa-chosen-mark" aria-label="chosen">✔</span>'
        elif i == choice.index and level in (PICK_UNSURE, PICK_UNDECIDED):
            kind = " qa-leaning"
            mark = '<span class="qa-leaning-mark" aria-label="closest, not sure">?</span>'
        elif level == PICK_TIED and (i == choice.index or i in choice.tied):
            kind, mark = " qa-tied", '<span class="qa-tied-mark" aria-label="tied">≈</span>'
        items.append(
            f'<li class="qa-choice{kind}">'
            f'<div class="qa-choice-head">{mark}<span class="qa-choice-letter">'
            f"{html.escape(letter)}.</span> {text_html(text)}</div>"
            f'<div class="qa-choice-detail">{detail}</div></li>'
        )
    return (
        f'<div class="qa-choices">{verdict}<ol class="qa-choice-list">{"".join(items)}</ol></div>'
    )


def _caveats_html(
    choice: Choice, letters: Sequence[str], documents: int, english: bool, level: str
) -> str:
    """What an exam's verdict rests on when it is not a clear pick: choices tied with it
    (Choice.tied), a pick the documents do not decide (Choice.decided). Thai first; English
    too for an English question. Empty for a sure pick, a likely one (its caution is the
    reply's status line: answer_html) or no pick."""
    parts = []
    if level == PICK_TIED:
        named = [html.escape(letters[i]) for i in (choice.index, *choice.tied) if i < len(letters)]
        thai = f"ข้อ {' '.join(named[:-1])} และ {named[-1]}"
        text = f"{thai} คะแนนใกล้เคียงกันจนเอกสารแยกไม่ออก อ่านหลักฐานของแต่ละข้อประกอบ"
        if english:
            text += (
                f" <small>{', '.join(named)} are within noise of each other: "
                "read each choice's evidence</small>"
            )
        parts.append(f'<p class="qa-tie">{text}</p>')
    if level == PICK_UNDECIDED:
        source = "เอกสารนี้" if documents == 1 else "เอกสาร"
        text = f"{source}ไม่ได้ยืนยันข้อนี้ชัดเจน อ่านหลักฐานของแต่ละข้อประกอบ"
        if english:
            text += (
                f" <small>{the_documents_verb(documents, 'does', 'do').capitalize()} not clearly "
                "confirm this choice: read each choice's evidence</small>"
            )
        parts.append(f'<p class="qa-undecided">{text}</p>')
    return "".join(parts)


@dataclass(frozen=True)
class SectorRef:
    """One section of one document, as the page offers it (filter, suggestions, examples)."""

    doc_id: str
    section_id: int
    label: str
    label_en: str
    title: str = ""  # the document's title
    several: bool = False  # the index holds several documents

    @property
    def key(self) -> str:
        """The sector's id on the page, "DOC_ID#SECTION_ID" (filter values, suggestions)."""
        return f"{self.doc_id}#{self.section_id}"

    @property
    def topic(self) -> str:
        """What the sector is about in words: its label, or the document's title for a section
        whose label says nothing of it (the "ภาพรวม" before a document's first heading, the
        only section of a document without headings)."""
        generic = self.label in (OVERVIEW_LABEL, OVERVIEW_LABEL_EN)
        return self.title if generic and self.title else self.label

    @property
    def name(self) -> str:
        """The sector as the page lists it: "label · label_en", after the document's title
        when the index holds several documents (two documents' "ภาพรวม" look alike) and the
        label does not already start with it: an HTML page's h1 is both its title and its
        sections' parent ("thaipdf › Introduction", not "thaipdf › thaipdf › Introduction")."""
        name = f"{self.label} · {self.label_en}" if self.label_en else self.label
        title = self.title.strip()
        named = self.label == title or self.label.startswith(f"{title} › ")
        return f"{title} › {name}" if self.several and title and not named else name


def sectors_of(index: Index) -> list[SectorRef]:
    """Every section of every document of the index, in document then section order."""
    several = len(index.documents) > 1
    return [
        SectorRef(doc.doc_id, s.section_id, s.label, s.label_en, doc.title, several)
        for doc in index.documents
        for s in doc.sections
    ]


VERDICTS = ("answered", "uncertain", "not_found")


def verdict_of(answer: Answer) -> str:
    """answered / uncertain / not_found: `Answer.verdict` where the engine gives it, else from
    `answerable` (answerable == (verdict != "not_found"))."""
    verdict = getattr(answer, "verdict", None)
    if verdict in VERDICTS:
        return str(verdict)
    return "answered" if answer.answerable else "not_found"


def _status(kind: str, thai: str, english: str | None) -> str:
    """The line that says what the reply is, in Thai (and English for an English question)."""
    en = f'<span class="qa-status-en" lang="en">{english}</span>' if english else ""
    return f'<p class="qa-status qa-status-{kind}"><span lang="th">{thai}</span>{en}</p>'


def refusal_html(
    question: str, documents: int = 1, limited: Sequence[str] = (), topics: Sequence[str] = ()
) -> str:
    """Plainly: the documents do not answer this (in English too for an English question);
    documents: how many the index holds ("เอกสารนี้ / the document" for one). limited: the
    names of the sectors searched when the filter limited the search: then it says that no
    answer was found there, that only they were searched, and to tap "ค้นทุกหมวด" (the chip
    service.ChatService.reply offers) instead of saying that the documents do not answer.
    topics: the names of the sectors offered as chips below the reply (SectorRef.name); they
    are named in words for screen readers (the message's name, static/chat.js, reads them),
    hidden on the screen where the chips show them."""
    english = not is_thai(question)
    names = list(limited)
    if names:
        how_th = f"แตะ “{SEARCH_ALL_TH}” ด้านล่าง"
        how_en = f"tap “{SEARCH_ALL_EN}” below"
        en = (
            f'<p class="qa-refusal-en" lang="en">{not_found_limited_en(len(names))} '
            f"{html.escape(limited_en(names, how_en))}</p>"
            if english
            else ""
        )
        return (
            '<div class="qa-refusal qa-refusal-limited">'
            f'<p class="qa-refusal-th">{NOT_FOUND_LIMITED_TH}</p>'
            f'<p class="qa-refusal-hint">{html.escape(limited_th(names, how_th))}</p>{en}</div>'
        )
    covers = "it covers" if documents == 1 else "they cover"
    en = (
        f'<p class="qa-refusal-en" lang="en">{not_found_en(documents)} Tap a topic {covers}:</p>'
        if english
        else ""
    )
    return (
        f'<div class="qa-refusal"><p class="qa-refusal-th">{not_found_th(documents)}</p>'
        '<p class="qa-refusal-hint">ลองเลือกหัวข้อที่เอกสารกล่าวถึงด้านล่าง</p>'
        f"{en}{_topics_html(topics, english)}</div>"
    )


def _topics_html(topics: Sequence[str], english: bool) -> str:
    """The sectors offered as chips, in words, for the message's screen-reader name only: out
    of sight (the chips show them) and out of the accessibility tree (the chips are read there)."""
    if not topics:
        return ""
    head = "หัวข้อที่เอกสารกล่าวถึง" + (" / Topics" if english else "")
    return (
        f'<p class="qa-refusal-topics" aria-hidden="true">{head}: '
        f"{html.escape(', '.join(topics))}</p>"
    )


def uncertain_html(question: str, documents: int = 1, limited: Sequence[str] = ()) -> str:
    """A plain caution before passages that may not answer the question; under a limited
    search (limited: the sectors' names) also that only those sectors were searched."""
    english = not is_thai(question)
    caution = _status("uncertain", UNCERTAIN_TH, uncertain_en(documents) if english else None)
    names = list(limited)
    if not names:
        return caution
    how_th, how_en = f"แตะ “{SEARCH_ALL_TH}” ด้านล่าง", f"tap “{SEARCH_ALL_EN}” below"
    en = (
        f'<span class="qa-status-en" lang="en">{html.escape(limited_en(names, how_en))}</span>'
        if english
        else ""
    )
    return (
        caution + '<p class="qa-status qa-status-limited">'
        f'<span lang="th">{html.escape(limited_th(names, how_th))}</span>{en}</p>'
    )


def answer_html(
    index: Index,
    answer: Answer,
    choices: Sequence[str] | None = None,
    visible: int = DEFAULT_VISIBLE_HITS,
    asked: str | None = None,
    typed_choices: Sequence[str] | None = None,
    limited: Sequence[str] = (),
    topics: Sequence[str] = (),
) -> str:
    """The assistant's reply, one of three by verdict: answered (the answer sentence first,
    large, with its sector and source, then its passage); uncertain (a caution, then the
    closest passages); not_found (says so; the page offers the sectors instead). An exam shows
    its choices first (after the caution over a likely pick, or, when the documents cover the
    question but leave the pick tied or undecided, a line that says both:
    wording.covered_undecided_th), named by the labels of the question as asked (`asked`, when
    the engine read them from it: Answer.question is then the stem) or of the choices as typed
    apart (`typed_choices`, the page's box). Timings and scores stay in the API's JSON; the
    wording counts the index's documents ("the document" or "the documents"). limited: the
    names of the sectors searched when the filter limited the search (SectorRef.name): a
    not_found or uncertain reply says so (refusal_html, uncertain_html). topics: the names of
    the sectors a not_found reply offers as chips, named in words for screen readers."""
    topicless = answer.choice is not None and content_free(answer.question)
    verdict = shown_verdict(answer, topicless) if answer.choice else verdict_of(answer)
    english = not is_thai(answer.question)
    documents = len(index.documents)
    parts = []
    if answer.choice is not None:
        # The texts typed in the choices box, or those the engine read from the question.
        texts = list(choices or answer.choice.choices)
        texts += [f"({i + 1})" for i in range(len(texts), len(answer.choice.scores))]
        asked = asked if asked is not None else answer.question
        level = pick_confidence(answer.choice, *exam_verdicts(answer, topicless))
        if level == PICK_UNSURE:  # a likely pick: the caution first, as an uncertain reply's
            parts.append(
                _status("uncertain", UNSURE_PICK_TH, unsure_pick_en(documents) if english else None)
            )
        elif verdict == "answered" and level in PICKS_OPEN:
            # The documents cover the question (the JSON's "answered") but not which choice.
            en = covered_undecided_en(documents) if english else None
            parts.append(_status("covered", covered_undecided_th(documents), en))
        parts.append(
            choices_html(answer.choice, texts, asked, documents, typed_choices, english, level)
        )
        if answer.hits:
            parts.append(hits_html(index, answer.hits, visible, lead=False, english=english))
    elif verdict == "not_found":
        parts.append(refusal_html(answer.question, documents, limited, topics))
    elif verdict == "uncertain":
        parts.append(uncertain_html(answer.question, documents, limited))
        parts.append(hits_html(index, answer.hits, visible, lead=False, english=english))
    else:
        parts.append(_status("answered", ANSWERED_TH, answered_en(documents) if english else None))
        parts.append(hits_html(index, answer.hits, visible, lead=True, english=english))
    return f'<div class="qa-answer-block qa-{verdict.replace("_", "-")}">{"".join(parts)}</div>'


def question_html(question: str, limit: int = 300) -> str:
    """The user's own words, as text."""
    shown = question if len(question) <= limit else question[:limit] + "…"
    return f'<div class="qa-question">{text_html(shown)}</div>'


def error_html(error: QABotError) -> str:
    """A QABotError's Thai and English messages (escaped) as the page's error box."""
    return (
        '<div class="qa-error"><p>' + html.escape(error.message_th) + "</p>"
        "<p><small>" + html.escape(error.message_en) + "</small></p></div>"
    )


FAILURE_TH = "ขออภัย ระบบขัดข้อง กรุณาลองใหม่อีกครั้ง"
FAILURE_EN = "Sorry, something went wrong. Please try again."


def failure_html() -> str:
    """The page's box for an unexpected failure (FAILURE_TH, FAILURE_EN): says nothing of the
    error itself."""
    return f'<div class="qa-error"><p>{FAILURE_TH}</p><p><small>{FAILURE_EN}</small></p></div>'
