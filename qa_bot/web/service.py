"""What the page and the /ask API do with a question (no Gradio here).

`ChatService.ask` is the /ask API (the JSON contract); `ChatService.reply` gives the messages one
question adds to the conversation on the page; neither raises.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..cards import (
    DEFAULT_VISIBLE_HITS,
    FAILURE_EN,
    FAILURE_TH,
    MAX_HITS,
    SectorRef,
    answer_html,
    error_html,
    failure_html,
    question_html,
    sectors_of,
    verdict_of,
)
from ..corpus.extracted import is_contents_label, is_part_heading, law_unit
from ..errors import QABotError
from ..request import (
    answer_record,
    error_record,
    parse_choices,
    parse_request,
    parse_sections,
    small_talk_answer,
    small_talk_kind,
)
from ..types import ANSWERED, NOT_FOUND
from ..wording import SEARCH_ALL_EN, SEARCH_ALL_TH, in_thai, small_talk_lines

if TYPE_CHECKING:
    from .. import QABot

log = logging.getLogger(__name__)

# One example a sector of the bundled document, each checked to be answered from its sector
# (tests/test_ui_api.py); other documents get a question made from the section's label.
EXAMPLE_QUESTIONS = {
    "ภาพรวมประชาคมสังคมและวัฒนธรรมอาเซียน": "เสาประชาคมสังคมและวัฒนธรรมอาเซียนมีความร่วมมือกี่สาขา",
    "การศึกษา": "AQRF คืออะไร",
    "วัฒนธรรมและศิลปะ": "ปีแห่งวัฒนธรรมอาเซียนคือปีไหน",
    "แรงงาน": "แนวทาง CSR ด้านแรงงานส่งเสริมใครบ้าง",
    "สวัสดิการสังคมและการพัฒนา": "แผนแม่บทอาเซียนเพื่อบูรณาการสิทธิคนพิการคืออะไร",
    "สาธารณสุข": "อาเซียนร่วมกันป้องกันโรคติดต่ออะไรบ้าง",
    "การจัดการภัยพิบัติ": "คลังสิ่งของช่วยเหลือของอาเซียนในไทยตั้งอยู่ที่ไหน",
    "สิ่งแวดล้อม": "อาเซียนร่วมมือด้านสิ่งแวดล้อมเรื่องอะไรบ้าง",
    "เครือข่ายเมืองอัจฉริยะอาเซียน": "เครือข่ายเมืองอัจฉริยะอาเซียนคืออะไร",
}
OPTION_PREFIX = "sector:"
# The chip under a limited search that did not answer: asks the same question over every
# sector (its value is this prefix and the question; the page then clears its filter).
SEARCH_ALL_PREFIX = "all:"


# A not_found reply offers the sectors as chips: all of them, in document order, when there are
# at most ALL_TOPICS_AT_MOST (the bundled document's 9); beyond that (several documents: ~30),
# the TOPIC_CHIPS closest to the question and a "see all" chip, so that a screen reader does
# not read thirty names and the likeliest come first (FRESH10 §10).
ALL_TOPICS_AT_MOST = 9
TOPIC_CHIPS = 5
ALL_TOPICS_VALUE = "topics:all"


def is_boilerplate(sector: SectorRef) -> bool:
    """A web page's footer or sidebar (PAGE_PARTS_EN, named so by extract/html.py when they
    have no heading) or a contents page (corpus.extracted.is_contents_label: "สารบัญ",
    "TABLE OF CONTENTS"): links, credits and page numbers, no topic a person asks about."""
    return sector.label_en in PAGE_PARTS_EN or is_contents_label(sector.label.split(" › ")[-1])


def closest_first(offered: Sequence[SectorRef], hits: Sequence[Any]) -> list[SectorRef]:
    """offered, the sectors of the hits first in the hits' order (retrieval's nearest passages
    to the question, best first), then the others in document order; boilerplate
    (is_boilerplate) last either way: a footer's links sit near any question about the page
    that holds them (FRESH14 §6: "thaipdf › ท้ายหน้า · Page footer" led the chips for a
    question about a story in another document)."""
    position = {(s.doc_id, s.section_id): i for i, s in enumerate(offered)}
    first: dict[int, None] = {}
    for hit in hits:
        where = position.get((getattr(hit, "document", None), getattr(hit, "section_id", None)))
        if where is not None:
            first.setdefault(where, None)
    rest = [i for i in range(len(offered)) if i not in first]
    order = [*first, *rest]
    order.sort(key=lambda i: is_boilerplate(offered[i]))  # stable: the rest keep their order
    return [offered[i] for i in order]


def topic_chips(offered: Sequence[SectorRef], hits: Sequence[Any]) -> tuple[list[SectorRef], int]:
    """The sectors a not_found reply offers as chips, and how many more "see all" holds (0:
    every sector is offered, in document order, boilerplate last: is_boilerplate)."""
    if len(offered) <= ALL_TOPICS_AT_MOST:
        return sorted(offered, key=is_boilerplate), 0
    return closest_first(offered, hits)[:TOPIC_CHIPS], len(offered) - TOPIC_CHIPS


def see_all_label(more: int) -> str:
    """The "see all" chip: "ดูทั้งหมด (อีก 25 หัวข้อ) · See all (25 more)"."""
    return f"ดูทั้งหมด (อีก {more} หัวข้อ) · See all ({more} more)"


def all_topics_html(count: int) -> str:
    """The reply to "see all": a line over the chips of every sector (Thai, then English)."""
    return (
        f'<div class="qa-refusal"><p class="qa-refusal-th">หัวข้อทั้งหมด {count} หัวข้อ — '
        "แตะหัวข้อเพื่อถามคำถามตัวอย่าง</p>"
        f'<p class="qa-refusal-en" lang="en">{html.escape(f"All {count} topics: tap one")}'
        " to ask its example question.</p></div>"
    )


def small_talk(question: str) -> tuple[str, str] | None:
    """The (Thai, English) line for a greeting, thanks or farewell typed alone, else None."""
    kind = small_talk_kind(question)
    return small_talk_lines(kind, tap=True) if kind is not None else None


def small_talk_html(line: tuple[str, str]) -> str:
    """The page's reply to small talk: Thai, then English, escaped."""
    thai, english = (html.escape(part) for part in line)
    return (
        f'<div class="qa-small-talk"><p>{thai}</p><p lang="en"><small>{english}</small></p></div>'
    )


def example_question(sector: SectorRef) -> str:
    """The example question of a sector: the checked one in EXAMPLE_QUESTIONS for a sector of
    the bundled document (by Thai label), else one asked as a person asks about what the
    sector is (its heading's own words, `heading_words`; Latin words and numbers set apart by
    spaces, wording.in_thai):
    - a document as a whole (its overview, named by its title): "<title> เกี่ยวกับอะไร";
    - a person's part (PERSON_PARTS: "ผู้รับสนองพระบรมราชโองการ"): "ใครเป็น<part>";
    - a law's unit ("มาตรา ๕", "หมวด ๑"): "มาตรา ๕ ว่าอย่างไร";
    - a chapter or a named part ("บทที่ ๑ บทนำ", "บทคัดย่อ", "ภาคผนวก ก"): "บทนำกล่าวถึงอะไร";
    - any other topic: "เรื่อง<topic>มีสาระสำคัญอะไรบ้าง" ("เรื่อง coffee มีสาระสำคัญอะไรบ้าง").
    FRESH14 §6: "เรื่องบทที่ ๑ บทนำมีสาระสำคัญอะไรบ้าง", "เรื่องผู้รับสนองพระบรมราชโองการมี
    สาระสำคัญอะไรบ้าง" read oddly. The page asks it within the sector."""
    checked = EXAMPLE_QUESTIONS.get(sector.label)
    if checked:
        return checked
    topic = short_topic(heading_words(sector.topic))
    own = sector.label.rsplit(_NESTED, 1)[-1].strip()
    if sector.topic != sector.label:  # the document's title stands for its overview
        return _asked(topic, "เกี่ยวกับอะไร")
    if PERSON_PARTS.match(own):
        return in_thai("ใครเป็น", own)
    if law_unit(own):
        return _asked(own, "ว่าอย่างไร")
    if is_part_heading(own):
        return _asked(topic, "กล่าวถึงอะไร")
    return in_thai("เรื่อง", topic, "มีสาระสำคัญอะไรบ้าง")


def _asked(topic: str, question: str) -> str:
    """topic, then the question's words: a space between them where a Latin word or a number
    ends the topic (wording.in_thai), or a letter standing alone ("ภาคผนวก ก กล่าวถึงอะไร")."""
    alone = len(topic) > 1 and topic[-2].isspace()
    return f"{topic} {question}" if alone else in_thai(topic, question)


# The parts of a document that name a person, asked "who": a law's countersignature
# (corpus/sections.py LAW_PARTS_EN) and the people a Thai thesis or report template names
# (the university thesis guides of corpus/extracted.py's named parts: ผู้เขียน, ผู้วิจัย,
# อาจารย์ที่ปรึกษา …). Not every "ผู้…" is one: "ผู้สูงอายุ" (the elderly) is a topic.
PERSON_PARTS = re.compile(
    r"^(?:ผู้(?:รับสนองพระบรมราชโองการ|เขียน|แต่ง|จัดทำ|วิจัย|ทำโครงงาน|รับผิดชอบ\S*|ประสานงาน\S*"
    r"|อำนวยการ\S*)|อาจารย์ที่ปรึกษา\S*|author|authors|prepared by)$",
    re.IGNORECASE,
)


# A heading's own words are what a person asks about, not where it sits (FRESH13 §8: "เรื่อง
# thaipdf › Installation มีสาระสำคัญอะไรบ้าง", "เรื่องบทที่ ๑ บทนำมีสาระสำคัญอะไรบ้าง"): the last
# part of a nested label ("parent › child", corpus/sections.py) and no number before its words —
# a chapter's or part's ("บทที่ ๑", "หมวด 2", "Chapter IV") or a list's ("1.", "๒.๑", "(3)";
# at most three digits, so that a year stays). A number with no words after it stays
# ("มาตรา ๕" is the section's name).
_NESTED = " › "
_HEADING_NUMBER = re.compile(
    r"^(?:(?:บทที่|ตอนที่|ส่วนที่|หมวดที่|หมวด|ภาคที่|chapter|part)\s*(?:[0-9๐-๙]+|[ivxlc]+)\b[.:)]?"
    r"|\(?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]?)\s+",
    re.IGNORECASE,
)


def heading_words(topic: str) -> str:
    """What a heading is about, for an example question: the last part of a nested label and
    its words without the number before them, when at least two characters are left
    ("thaipdf › Installation" → "Installation", "บทที่ ๑ บทนำ" → "บทนำ", "2.1 วัตถุประสงค์" →
    "วัตถุประสงค์"); "มาตรา ๕" and "ภาคผนวก ก" as they are."""
    own = topic.rsplit(_NESTED, 1)[-1].strip() or topic.strip()
    words = _HEADING_NUMBER.sub("", own, count=1).strip()
    return words if len(words) >= 2 else own


# A chip longer than a phone's line is read by nobody (FRESH11 §8: a thesis title made a
# 95-character chip); a title's main part before its subtitle stands for it.
CHIP_TOPIC_CHARS = 40
# What sets a subtitle apart from a title: a colon, or a dash between spaces.
_SUBTITLE = re.compile(r"\s*:\s+|\s+[-–—]\s+")
# Unicode's bidirectional embedding, override and isolate controls (UAX #9: LRE RLE PDF LRO RLO,
# LRI RLI FSI PDI): typed or pasted into a question they turned its bubble around ("\u202eAQRF
# คืออะไร" was shown "รไะออคื FRQA", FRESH16a K6); they carry no letter, so they go.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def short_topic(topic: str) -> str:
    """topic as a chip names it: whole up to CHIP_TOPIC_CHARS characters, else its part before
    a subtitle ("HyBiX: การลงรหัส…" → "HyBiX") when that part has 2 to CHIP_TOPIC_CHARS
    characters; a long topic without one is kept whole (a cut Thai phrase would ask about
    something else)."""
    topic = topic.strip()
    if len(topic) <= CHIP_TOPIC_CHARS:
        return topic
    head = _SUBTITLE.split(topic, maxsplit=1)[0].strip()
    return head if 2 <= len(head) <= CHIP_TOPIC_CHARS else topic


# More chips than this (many documents) would bury the page; the filter still lists them all.
MAX_EXAMPLES = 12
# Sections that are a web page's footer or sidebar (extract/html.py names them so when they have
# no heading): links and credits, no topic a visitor would ask about (FRESH10 §9).
PAGE_PARTS_EN = frozenset({"Page footer", "Sidebar"})
# At most this many questions asked at start-up to check made-up examples (~40 ms each).
MAX_EXAMPLE_CHECKS = 2 * MAX_EXAMPLES


def round_robin(sectors: Sequence[SectorRef]) -> list[SectorRef]:
    """The sectors taken a document at a time: each document's first, then each one's second…
    (so that 12 chips over 5 documents are not 10 of the first)."""
    by_document: dict[str, list[SectorRef]] = {}
    for sector in sectors:
        by_document.setdefault(sector.doc_id, []).append(sector)
    columns = list(by_document.values())
    longest = max((len(column) for column in columns), default=0)
    return [column[i] for i in range(longest) for column in columns if i < len(column)]


def example_chips(
    sectors: Sequence[SectorRef], judge: Callable[[str, SectorRef], str] | None = None
) -> list[tuple[str, SectorRef]]:
    """The example chips: (question, sector), documents taken in turn (round_robin), no footer,
    sidebar or contents page (is_boilerplate), one per distinct question (a document titled by
    its first heading gives its overview and that section the same "บทนำกล่าวถึงอะไร"), at
    most MAX_EXAMPLES.

    A question made from a label (not one of EXAMPLE_QUESTIONS, checked by the tests) is asked
    once through judge(question, sector) → its verdict ("answered", "uncertain", "not_found"); at
    most MAX_EXAMPLE_CHECKS are asked. not_found is dropped. An uncertain one is offered only for
    a document none of whose examples is answered, one such chip a document: a chip whose reply
    opens with a caution reads as a fault, and on five real documents 8 of 12 chips did
    (FRESH12 §8), while each document keeps a way in."""
    found: dict[str, tuple[SectorRef, str]] = {}
    checks = answered = 0
    for sector in round_robin([s for s in sectors if not is_boilerplate(s)]):
        if answered == MAX_EXAMPLES:
            break
        question = example_question(sector)
        if question in found:
            continue
        verdict = ANSWERED
        if judge is not None and question not in EXAMPLE_QUESTIONS.values():
            if checks == MAX_EXAMPLE_CHECKS:
                continue
            checks += 1
            verdict = judge(question, sector)
        if verdict != NOT_FOUND:
            found[question] = (sector, verdict)
            answered += verdict == ANSWERED
    covered = {sector.doc_id for sector, verdict in found.values() if verdict == ANSWERED}
    chips: list[tuple[str, SectorRef]] = []
    for question, (sector, verdict) in found.items():
        if verdict == ANSWERED or sector.doc_id not in covered:
            chips.append((question, sector))
            covered.add(sector.doc_id)
    return chips[:MAX_EXAMPLES]


# A refused question comes back with its message, but never whole: a 60 KB paste (or a value
# that is not text at all) is echoed as its first characters (issue #15).
ECHO_CHARS = 200


def echo(question: Any) -> Any:
    """The question as a refusal repeats it: text cut to ECHO_CHARS characters (with "…"),
    None as None, anything else as a short description of its type."""
    if question is None:
        return None
    if not isinstance(question, str):
        return f"<{type(question).__name__}>"
    return question if len(question) <= ECHO_CHARS else question[:ECHO_CHARS] + "…"


def one_line(text: str, limit: int = ECHO_CHARS) -> str:
    """text for one log line: line breaks as spaces (a message may quote what was sent), cut to
    limit characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def searchable(index: Any, sectors: Sequence[SectorRef]) -> list[SectorRef]:
    """The sectors that hold at least one of the index's passages, in their order."""
    held = {(passage.doc_id, passage.section_id) for passage in index.passages}
    return [s for s in sectors if (s.doc_id, s.section_id) in held]


def limited_sectors(
    sectors: Sequence[SectorRef], wanted: Sequence[tuple[str, int]] | None
) -> list[SectorRef]:
    """The sectors a search was limited to, in index order; [] when it was not limited (no
    filter, or every sector chosen)."""
    chosen = set(wanted or ())
    limited = [s for s in sectors if (s.doc_id, s.section_id) in chosen]
    return [] if len(limited) == len(sectors) else limited


# Under each reply while a newer build of the index would not load (web/reload.py): the page
# answers from the build it has, and says so — in words a visitor can pass on to the staff, no
# file or folder named (FRESH16a K6: a rebuild from another folder left the page answering
# from the old index, and only the server's log said why).
STALE_TH = "เอกสารชุดใหม่ยังโหลดไม่ได้ คำตอบนี้มาจากเอกสารชุดก่อนหน้า โปรดแจ้งเจ้าหน้าที่"
STALE_EN = (
    "The updated documents could not be loaded: this answer comes from the previous version. "
    "Please tell the staff."
)


def stale_html() -> str:
    """The sign under a reply given from an index older than the one in its folder."""
    return (
        f'<p class="qa-stale" role="note"><span lang="th">{STALE_TH}</span> '
        f'<small lang="en">{STALE_EN}</small></p>'
    )


class ChatService:
    """What the page and the API do with a question; holds the one shared, read-only bot."""

    def __init__(self, bot: QABot) -> None:
        self.use(bot)

    def use(self, bot: QABot) -> None:
        """Answer from this bot from the next question on (a new build: web/reload.py); a
        question already started finishes with the bot and sectors it started with."""
        sectors = sectors_of(bot.index)
        self._state = (bot, sectors, searchable(bot.index, sectors))  # swapped at once
        self._examples: tuple[Any, list[tuple[str, SectorRef]]] | None = None
        self.stale = False

    def mark_stale(self) -> None:
        """A newer build of the index would not load: each reply says it comes from the one in
        use (stale_html), until a build loads (use)."""
        self.stale = True

    def example_verdict(self, question: str, sector: SectorRef) -> str:
        """The verdict the bot gives an example asked within its sector ("not_found" when the
        question is refused as input)."""
        try:
            answer = self.bot.ask(question, k=1, sections=[(sector.doc_id, sector.section_id)])
        except QABotError:
            return NOT_FOUND
        return verdict_of(answer)

    @property
    def examples(self) -> list[tuple[str, SectorRef]]:
        """The page's example chips for the bot answering now (example_chips over `offered`,
        made-up questions checked by asking them once: computed on first use per bot)."""
        cached = self._examples
        bot = self.bot
        if cached is None or cached[0] is not bot:
            cached = (bot, example_chips(self.offered, self.example_verdict))
            self._examples = cached
        return cached[1]

    @property
    def bot(self) -> QABot:
        """The bot answering now (replaced by use())."""
        return self._state[0]

    @property
    def sectors(self) -> list[SectorRef]:
        """The sections of the bot's index, in document then section order (cards.sectors_of)."""
        return self._state[1]

    @property
    def offered(self) -> list[SectorRef]:
        """The sectors the page offers (filter, example chips, suggestions): those that hold a
        passage. A heading followed at once by another heading is a section with no text;
        offered, its chip or filter found nothing whatever was asked."""
        return self._state[2]

    def ask(
        self,
        question: str,
        k: int = DEFAULT_VISIBLE_HITS,
        sections: list[str] | None = None,
        choices: list[str] | None = None,
    ) -> dict[str, Any]:
        """Answer a question about the documents (the /ask API).

        Args:
            question: the question, Thai or English.
            k: how many passages, at least 1, capped at 10.
            sections: only search these sections ("doc_id#section_id", or a section number).
            choices: exam mode: the choices of a multiple-choice question.
        Returns:
            The answer as in `qa-bot ask --json`: question, answerable, elapsed_ms, hits (each
            with section_label, section_label_en, text, answer_sentence and offsets), choice;
            for a greeting, thanks or farewell typed alone, no hits and "small_talk" (its kind);
            or {"question", "error"} for a question that cannot be asked.
        """
        bot, sectors, _ = self._state
        try:
            known = [(s.doc_id, s.section_id) for s in sectors]
            k, wanted, exam = parse_request(k, sections, choices, known, MAX_HITS)
            talk = small_talk_answer(question, exam)
            if talk is not None:  # as the page answers it: no passages (request.small_talk_kind)
                return talk
            answer = bot.ask(question, k=k, sections=wanted, choices=exam)
            record = answer_record(answer, bot.index.documents, wanted)
        except QABotError as error:  # the caller's mistake: one log line, no traceback
            log.warning("/ask refused: %s", one_line(error.message_en))
            return error_record(echo(question), error)
        except Exception:  # the caller gets a message, the log gets the traceback
            log.exception("/ask %r failed", question)
            return {"question": echo(question), "error": f"{FAILURE_TH} / {FAILURE_EN}"}
        return record

    @staticmethod
    def _suggestions(offered: Sequence[SectorRef]) -> list[dict[str, str]]:
        return [{"label": s.name, "value": OPTION_PREFIX + s.key} for s in offered]

    def reply(
        self, question: str, sections: Sequence[str] | None = None, choices_text: str = ""
    ) -> list[dict[str, Any]]:
        """The messages one question adds to the conversation; never raises. The reply says so
        when it comes from an index older than the one in its folder (mark_stale)."""
        messages = self._reply(question, sections, choices_text)
        if self.stale and messages and messages[-1]["role"] == "assistant":
            messages[-1] = {**messages[-1], "content": messages[-1]["content"] + stale_html()}
        return messages

    def _reply(
        self, question: str, sections: Sequence[str] | None = None, choices_text: str = ""
    ) -> list[dict[str, Any]]:
        # A lone surrogate (an emoji cut in half) has no UTF-8 form to send back to the browser.
        question = _BIDI_CONTROLS.sub("", question or "")
        shown = question.strip().encode("utf-8", "replace").decode()
        messages: list[dict[str, Any]] = []
        if shown:
            messages.append({"role": "user", "content": question_html(shown)})
        bot, sectors, offered = self._state
        line = small_talk(shown) if shown and not (choices_text or "").strip() else None
        if line is not None:
            messages.append({"role": "assistant", "content": small_talk_html(line)})
            return messages
        try:
            choices = parse_choices(choices_text)
            wanted = parse_sections(sections, [(s.doc_id, s.section_id) for s in sectors])
            answer = bot.ask(question or "", k=MAX_HITS, sections=wanted, choices=choices)
        except QABotError as error:
            messages.append({"role": "assistant", "content": error_html(error)})
            return messages
        except Exception:  # a visitor sees an apology, the log gets the traceback
            log.exception("answering %r failed", question)
            messages.append({"role": "assistant", "content": failure_html()})
            return messages
        # The choices as typed, labels and all, name the choices in the reply ("a)" → a).
        typed = [line for line in (choices_text or "").splitlines() if line.strip()]
        limited = limited_sectors(offered, wanted)
        verdict = verdict_of(answer)
        # A not_found reply offers the sectors (a limited one: to search them all instead).
        suggest = verdict == NOT_FOUND and answer.choice is None and not limited
        chips, more = topic_chips(offered, answer.hits) if suggest else ([], 0)
        topics = [s.name for s in chips] + ([see_all_label(more)] if more else [])
        content = answer_html(
            bot.index,
            answer,
            choices,
            asked=question,
            typed_choices=typed,
            limited=[s.name for s in limited],
            topics=topics,
        )
        reply: dict[str, Any] = {"role": "assistant", "content": content}
        if limited and verdict != ANSWERED and answer.choice is None:
            # Ask again over every sector: the filter, not the documents, may have hidden it.
            label = f"{SEARCH_ALL_TH} · {SEARCH_ALL_EN}"
            reply["options"] = [{"label": label, "value": SEARCH_ALL_PREFIX + question}]
        elif suggest:
            reply["options"] = self._suggestions(chips)
            if more:
                reply["options"].append({"label": see_all_label(more), "value": ALL_TOPICS_VALUE})
        messages.append(reply)
        return messages

    def reply_option(self, option_value: str) -> tuple[list[dict[str, Any]], bool]:
        """A tapped chip of a reply: (the messages it adds, whether it asks over every sector,
        so that the page clears its filter). "all:QUESTION" asks QUESTION over every sector;
        a sector's value asks its example (reply_example); "see all" lists every sector."""
        if option_value == ALL_TOPICS_VALUE:
            offered = self.offered
            every = {"role": "assistant", "content": all_topics_html(len(offered))}
            return [{**every, "options": self._suggestions(offered)}], False
        if option_value.startswith(SEARCH_ALL_PREFIX):
            return self.reply(option_value.removeprefix(SEARCH_ALL_PREFIX)), True
        return self.reply_example(option_value), False

    def example_for(self, option_value: str) -> str | None:
        """The example question for a suggestion chip's value ("sector:DOC_ID#SECTION_ID"); None
        when no sector of the current index has that key."""
        key = option_value.removeprefix(OPTION_PREFIX)
        sector = next((s for s in self.sectors if s.key == key), None)
        return example_question(sector) if sector else None

    def reply_example(self, option_value: str) -> list[dict[str, Any]]:
        """A tapped example or suggestion ("sector:DOC_ID#SECTION_ID" or "DOC_ID#SECTION_ID"):
        its example question asked within its sector, so it cannot land in another document
        (nothing when no sector of the current index has that key)."""
        example = self.example_for(option_value)
        return self.reply(example, [option_value.removeprefix(OPTION_PREFIX)]) if example else []
