"""Words a person reads about an answer, shared by every medium (terminal text, HTML page).

Each is a Thai line and its English line; the English one is shown too when the question was
asked in English (`not text.is_thai(question)`), as issue #11 asks of the `uncertain` caution.
Those that name the documents take how many the index holds: "เอกสารนี้ / the document" for
one, "เอกสาร / the documents" for several.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

# The verdicts of types.py (ANSWERED, UNCERTAIN): this module sits beside types in the layers
# (pyproject's import-linter contract), so it names them and takes answers as they come.
ANSWERED, UNCERTAIN = "answered", "uncertain"

# The caution before the passages of an `uncertain` answer: related passages, but the
# documents may not hold the answer (types.UNCERTAIN). The Thai says เอกสาร, one or several.
UNCERTAIN_TH = "ไม่แน่ใจ: เอกสารอาจไม่ได้ตอบคำถามนี้โดยตรง ข้อความด้านล่างใกล้เคียงที่สุด โปรดอ่านตรวจดู"
ANSWERED_TH = "คำตอบจากเอกสาร"  # the line before an answered question's passages


def the_documents(documents: int = 1) -> str:
    """ "the document" for an index of one document, else "the documents"."""
    return "the document" if documents == 1 else "the documents"


def the_documents_verb(documents: int, singular: str, plural: str) -> str:
    """ "the document supports" / "the documents support": the_documents with its verb agreeing
    (singular for one document, plural for several)."""
    return f"{the_documents(documents)} {singular if documents == 1 else plural}"


def uncertain_en(documents: int = 1) -> str:
    """UNCERTAIN_TH in English."""
    return (
        f"Not sure: {the_documents(documents)} may not answer this directly. "
        "These are the closest passages; check them."
    )


# A `not_found` answer: the documents do not cover the question (types.NOT_FOUND). Said plainly,
# unlike the caution above: the page shows topics instead of passages, the terminal the
# closest passages under "Closest passages".
def not_found_th(documents: int = 1) -> str:
    """The documents do not answer: "เอกสารนี้ …" for one document, "เอกสาร …" for several."""
    return f"{'เอกสารนี้' if documents == 1 else 'เอกสาร'}ไม่มีคำตอบสำหรับคำถามนี้"


def not_found_en(documents: int = 1) -> str:
    """not_found_th in English."""
    return f"{the_documents_verb(documents, 'does', 'do').capitalize()} not answer this question."


def answered_en(documents: int = 1) -> str:
    """ANSWERED_TH in English."""
    return f"Answer from {the_documents(documents)}"


# How sure an exam's pick is, as every medium says it. A pick is the documents' answer (the
# page's green ✔, the terminal's ►, "คำตอบตามเอกสาร") only when the exam decides it
# (Choice.decided) and the stem alone is answered by the judge as well (Answer.evidence.verdict):
# FRESH16 §2 showed a wrong decided pick with a ✔. Over the 391 pooled exam items (shipped model,
# in-sample, main d1eef29) a decided pick under a stem with a topic was right 300 of 317 times
# (0.95) when the stem alone is answered, 16 of 28 (0.57) when it is uncertain or not found;
# an undecided pick 16 of 35. A stem that names nothing ("ข้อใดถูกต้อง", "Which statement is
# true?": exam.parse.content_free) has no verdict of its own worth reading: its decided picks
# were right 8 of 9, 4 of 4 under a stem the judge does not answer.
PICK_SURE = "sure"  # decided, the stem answered: the documents' answer
PICK_UNSURE = "unsure"  # decided, but the stem alone uncertain or not found: likely, not sure
PICK_UNDECIDED = "undecided"  # not decided, no tie (Choice.decided False): only the closest
PICK_TIED = "tied"  # choices within noise of each other (Choice.tied): no pick
PICK_NONE = "none"  # no choice supported (Choice.none_supported)
# The picks the documents leave open (tied or undecided): under a stem they answer, the first
# line says they cover the question but not which choice (covered_undecided_th).
PICKS_OPEN = (PICK_TIED, PICK_UNDECIDED)


def pick_confidence(choice: Any, *verdicts: str) -> str:
    """How sure an exam's pick is (PICK_SURE … PICK_NONE): from its types.Choice, and the
    verdicts it rests on (`exam_verdicts`); PICK_SURE needs every one of them ANSWERED (none
    given: the Choice alone decides)."""
    if choice.none_supported:
        return PICK_NONE
    if choice.tied:
        return PICK_TIED
    if not choice.decided:
        return PICK_UNDECIDED
    return PICK_SURE if all(v == ANSWERED for v in verdicts) else PICK_UNSURE


def exam_verdicts(answer: Any, topicless: bool = False) -> tuple[str, ...]:
    """The verdicts an exam's pick rests on (answer: a types.Answer): the answer's, and its
    stem's own — the judge's on the stem alone (Answer.evidence, not in the JSON) — unless the
    stem names nothing (topicless: exam.parse.content_free of Answer.question) or the Answer
    has no evidence."""
    if topicless or answer.evidence is None:
        return (answer.verdict,)
    return answer.verdict, answer.evidence.verdict


def shown_verdict(answer: Any, topicless: bool = False) -> str:
    """The verdict a reader is told: the answer's, as the JSON says it. An exam whose pick is
    only likely (PICK_UNSURE), or that has none (PICK_NONE), is at most UNCERTAIN — its first
    line is a caution, never "คำตอบจากเอกสาร" (scope.exam_verdict makes their JSON verdict
    uncertain too). A pick the documents leave tied or undecided keeps the verdict of its stem,
    which says whether the documents cover the question (5c7e359): answered there, its first
    line says so and that the pick is undecided (covered_undecided_th), never "คำตอบจากเอกสาร"
    either."""
    verdict = answer.verdict
    if answer.choice is None or verdict != ANSWERED:
        return verdict
    level = pick_confidence(answer.choice, *exam_verdicts(answer, topicless))
    return ANSWERED if level == PICK_SURE or level in PICKS_OPEN else UNCERTAIN


def covered_undecided_th(documents: int = 1) -> str:
    """The first line of an exam the documents cover (its verdict answered: the stem's,
    5c7e359) whose pick they leave tied or undecided (PICKS_OPEN), where the JSON
    says "answered" and choice.decided false: "เอกสารนี้ …" for one document, "เอกสาร …" for
    several. What the pick rests on follows it (the tie or the closest choice, and to read
    each choice's evidence)."""
    source = "เอกสารนี้" if documents == 1 else "เอกสาร"
    return f"{source}มีเรื่องที่ถาม แต่ตัดสินไม่ได้ว่าข้อใดเป็นคำตอบ"


def covered_undecided_en(documents: int = 1) -> str:
    """covered_undecided_th in English."""
    return (
        f"{the_documents_verb(documents, 'covers', 'cover').capitalize()} this question but "
        "cannot decide which choice is the answer."
    )


# The caution over an exam's likely pick (PICK_UNSURE), Thai and English.
UNSURE_PICK_TH = (
    "ไม่แน่ใจ: เอกสารอาจไม่ได้ตอบคำถามนี้โดยตรง ข้อที่เลือกเป็นเพียงข้อที่ใกล้เคียงที่สุด โปรดอ่านหลักฐานของแต่ละข้อประกอบ"
)


def unsure_pick_en(documents: int = 1) -> str:
    """UNSURE_PICK_TH in English."""
    return (
        f"Not sure: {the_documents(documents)} may not answer this directly; the marked choice "
        "is only the closest. Read each choice's evidence."
    )


def section_name(label: str, label_en: str = "") -> str:
    """A section's name in plain text: "ภาพรวม (Overview)"; the English only when there is one
    and it differs from the Thai (a heading written in English has no second name)."""
    return f"{label} ({label_en})" if label_en and label_en != label else label


def _is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def _is_word(char: str) -> bool:
    """A Thai letter, not a Thai digit: "มาตรา ๑" + "มี…" needs a space as "ปี 2566" does."""
    return _is_thai(char) and not char.isdigit()


def in_thai(*parts: str) -> str:
    """Thai text with names put into it: the parts joined, with a space wherever a Thai letter
    meets a non-Thai one (Thai writing sets a Latin word or a number apart by spaces):
    in_thai("เรื่อง", "coffee", "มีอะไรบ้าง") → "เรื่อง coffee มีอะไรบ้าง"; a Thai name joins
    without one (in_thai("เรื่อง", "สาธารณสุข") → "เรื่องสาธารณสุข"); a number, Thai digits too,
    is set apart (in_thai("เรื่อง", "มาตรา ๑", "มีอะไรบ้าง") → "เรื่องมาตรา ๑ มีอะไรบ้าง")."""
    joined = ""
    for part in parts:
        if joined and part:
            left, right = joined[-1], part[0]
            if not (left.isspace() or right.isspace()) and _is_word(left) != _is_word(right):
                joined += " "
        joined += part
    return joined


# A search limited to some sectors (the page's filter, `qa-bot ask --section`, "sections" in
# /ask and the batch) that did not answer: the reply says the search was limited, names the
# sectors, and suggests searching them all: "the documents have no answer" would be untrue
# when the other sectors were never searched.
LIMITED_SHOWN = 3  # sector names listed; more are counted ("และอีก 2 หมวด", "and 2 more")
NOT_FOUND_LIMITED_TH = "ไม่พบคำตอบในหมวดที่เลือก"
SEARCH_ALL_TH = "ค้นทุกหมวด"  # the page's chip that asks again over every sector
SEARCH_ALL_EN = "Search all sectors"


def not_found_limited_en(sectors: int = 1) -> str:
    """NOT_FOUND_LIMITED_TH in English, for a search limited to this many sectors."""
    return f"No answer in the chosen sector{'' if sectors == 1 else 's'}."


def _listed(names: list[str], more_th: bool) -> str:
    shown = ", ".join(names[:LIMITED_SHOWN])
    rest = len(names) - LIMITED_SHOWN
    if rest <= 0:
        return shown
    return f"{shown} และอีก {rest} หมวด" if more_th else f"{shown} and {rest} more"


def limited_th(names: list[str], how: str = "") -> str:
    """The Thai line under a limited search: which sectors were searched (the first
    LIMITED_SHOWN names, then a count), and to try them all (how: the way to, e.g. "ถามอีกครั้ง
    โดยไม่ใส่ --section"; default "ลองค้นทุกหมวด")."""
    return f"ค้นเฉพาะหมวด {_listed(names, True)} เท่านั้น — {how or 'ลองค้นทุกหมวด'}"


def limited_en(names: list[str], how: str = "") -> str:
    """limited_th in English ("Only the sector Health was searched — try all sectors.")."""
    sectors = "the sector" if len(names) == 1 else "the sectors"
    verb = "was" if len(names) == 1 else "were"
    return f"Only {sectors} {_listed(names, False)} {verb} searched — {how or 'try all sectors'}."


def limited_names(
    documents: Sequence[Any], sections: Collection[tuple[str, int]] | None
) -> list[str]:
    """The names of the sections a search was limited to ("[5] สาธารณสุข (Health)", after the
    document's title when several are indexed), in index order; [] when it was not limited
    (sections None, or every section of every document). documents: the index's
    `corpus.model.Document`s."""
    if not sections:
        return []
    chosen = set(sections)
    several = len(documents) > 1
    names, everything = [], True
    for doc in documents:
        for s in doc.sections:
            if (doc.doc_id, s.section_id) not in chosen:
                everything = False
                continue
            place = f"[{s.section_id}] {section_name(s.label, s.label_en)}"
            names.append(f"{doc.title} › {place}" if several and doc.title else place)
    return [] if everything else names


def limited_note(names: list[str]) -> str:
    """The JSON contract's "note" for a limited search that did not answer (not_found or
    uncertain): "Thai / English", which sectors were searched and to try them all."""
    return f"{limited_th(names)} / {limited_en(names)}"


# What is said back to small talk typed alone (request.small_talk_kind: "greeting", "thanks",
# "farewell"), Thai then English: the page shows the two lines (web/service.py), the terminal
# one line "Thai / English" (cli/questions.py). The page adds how to go on by tapping
# (SMALL_TALK_TAP), which a terminal has no chips for.
SMALL_TALK = {
    "greeting": (
        "สวัสดี — พิมพ์คำถามเกี่ยวกับเอกสารได้เลย",
        "Hello — type a question about the documents.",
    ),
    "thanks": ("ยินดี — มีคำถามอื่นพิมพ์ถามต่อได้เลย", "You're welcome — ask another question any time."),
    "farewell": ("ลาก่อน — กลับมาถามได้ทุกเมื่อ", "Goodbye — come back with a question any time."),
}
SMALL_TALK_TAP = {"greeting": ("หรือแตะตัวอย่างคำถาม", "or tap an example")}


def small_talk_lines(kind: str, tap: bool = False) -> tuple[str, str]:
    """(Thai, English) said back to small talk of this kind (a key of SMALL_TALK; KeyError for
    any other); tap: with how to go on by tapping an example, where there are chips (the page)."""
    thai, english = SMALL_TALK[kind]
    if tap and kind in SMALL_TALK_TAP:
        thai_tap, english_tap = SMALL_TALK_TAP[kind]
        thai, english = f"{thai} {thai_tap}", f"{english.rstrip('.')}, {english_tap}."
    return thai, english


def small_talk_line(kind: str) -> str:
    """small_talk_lines as one line for a terminal: "Thai / English"."""
    return " / ".join(small_talk_lines(kind))
