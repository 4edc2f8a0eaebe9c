"""Answers: the answer sentence of each hit, and the answerable verdict, through the API."""

from __future__ import annotations

import json

import pytest

from qa_bot import Answer, QuestionError
from qa_bot.text import is_thai

from .conftest import SHARED_DEV


def _dev_items() -> list[dict]:
    lines = SHARED_DEV.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_hits_carry_exact_offsets_and_an_answer_sentence(bot, source_text: str) -> None:
    answer = bot.ask("ศูนย์ AHA Centre มีหน้าที่อะไร", k=5)
    assert isinstance(answer, Answer) and len(answer.hits) == 5
    assert [h.rank for h in answer.hits] == [1, 2, 3, 4, 5]
    for hit in answer.hits:
        assert source_text[hit.start : hit.end] == hit.text
        assert source_text[hit.answer_start : hit.answer_end] == hit.answer_sentence
        assert hit.start <= hit.answer_start < hit.answer_end <= hit.end
        assert hit.section_label and hit.section_label_en
    assert answer.hits[0].section_id == 6
    assert "AHA Centre" in answer.hits[0].answer_sentence


def test_answer_sentence_is_the_one_that_answers(bot) -> None:
    answer = bot.ask("ไทยได้รับเลือกให้เป็นที่ตั้งคลังเก็บสิ่งของช่วยเหลือที่จังหวัดอะไร")
    assert "ชัยนาท" in answer.hits[0].answer_sentence
    answer = bot.ask("SAMCA จัดขึ้นเมื่อไร")
    assert "10 กรกฎาคม" in answer.hits[0].answer_sentence


@pytest.mark.parametrize(
    "question",
    ["AUN คืออะไร", "แผนแม่บทอาเซียนเพื่อบูรณาการสิทธิคนพิการ", "What is ADDMER?", "ซิกา"],
)
def test_in_scope_questions_are_answerable(bot, question: str) -> None:
    assert bot.ask(question).answerable


@pytest.mark.parametrize(
    "question",
    ["ราคาทองวันนี้เท่าไร", "วิธีทำผัดไทย", "Who won the football world cup?", "หวยออกอะไร"],
)
def test_unrelated_questions_are_not_answerable(bot, question: str) -> None:
    answer = bot.ask(question)
    assert not answer.answerable
    assert answer.evidence is not None and answer.evidence.probability < 0.5


def test_k_is_bounded_and_bad_questions_raise(bot) -> None:
    assert len(bot.ask("AQRF", k=1).hits) == 1
    with pytest.raises(QuestionError):
        bot.ask("AQRF", k=0)
    assert len(bot.ask("AQRF", k=1000).hits) == len(bot.index.passages)
    with pytest.raises(QuestionError):
        bot.ask("   ")


def test_dev_set_quality_guard(bot, source_text: str) -> None:
    """A guard against regressions; the measured figures live in bench/RESULTS.md."""
    items = _dev_items()
    in_scope = [i for i in items if i["gold_section"] is not None]
    out_scope = [i for i in items if i["gold_section"] is None]
    section = evidence = refused = 0
    for item in in_scope:
        answer = bot.ask(item["question"])
        gold = item["gold_section"]
        gold = set(gold) if isinstance(gold, list) else {gold}
        section += answer.hits[0].section_id in gold
        evidence += any(e in answer.hits[0].text for e in item["evidence"])
        refused += not answer.answerable
    oos_verdicts = [bot.ask(i["question"]).verdict for i in out_scope]
    assert section / len(in_scope) >= 0.9
    assert evidence / len(in_scope) >= 0.85
    assert refused / len(in_scope) <= 0.1
    # dev holds 6 out-of-scope items: the guard is "at most one answered, half refused" (the
    # model fitted on the pooled sets refuses 3 and cautions 3; bench/cv.py gives the rates).
    assert oos_verdicts.count("answered") <= 1
    assert oos_verdicts.count("not_found") / len(out_scope) >= 0.5


def test_dev_set_answer_sentence_guard(bot) -> None:
    """The highlighted sentence holds the evidence (measured 0.91 on dev; 0.82 before
    sentences took in the pieces that continue them)."""
    from qa_bot.evaluate import evaluate, read_items

    overall = evaluate(bot, read_items(SHARED_DEV), SHARED_DEV)["overall"]
    assert overall["sentence@1"] >= 0.85


def _passage_of(pieces: list[str]):
    from qa_bot.corpus.model import Passage

    source = " ".join(pieces)
    spans, start = [], 0
    for piece in pieces:
        spans.append((start, start + len(piece)))
        start += len(piece) + 1
    return Passage(0, "d", "t", 1, "ส", "S", 0, len(source), source, tuple(spans))


def test_an_answer_takes_in_the_pieces_that_continue_its_sentence() -> None:
    from qa_bot.answer import answer_span

    long_clause = "ก" * 250
    passage = _passage_of(
        [
            "ผู้นำอาเซียนลงนามฉันทามติว่าด้วยสิทธิแรงงาน" + long_clause + " เมื่อวันที่ 13 พฤศจิกายน ค.ศ.",
            "2017 ณ กรุงมะนิลา ประเทศฟิลิปปินส์ ในการประชุมสุดยอดอาเซียน ครั้งที่ 31",
            "ทั้งนี้ ประเทศสมาชิกได้ตกลงจัดทำแผนปฏิบัติการเพื่อดำเนินการตามฉันทามติดังกล่าวต่อไป",
        ]
    )
    first, date, other = passage.sentences
    # Too long to be one sentence in the index, but a date cut in two is one answer.
    assert answer_span(passage, 0) == (first[0], date[1])
    assert answer_span(passage, 1) == (first[0], date[1])
    assert answer_span(passage, 2) == other


def test_an_answer_stops_at_the_length_limit() -> None:
    from dataclasses import replace

    from qa_bot.answer import answer_span
    from qa_bot.config import DEFAULT

    passage = _passage_of(["ข้อความแรกที่ยาวพอสมควรสำหรับหนึ่งประโยค" * 4, "ซึ่ง" + "ข" * 200])
    short = replace(DEFAULT.sentences, max_answer_chars=250)
    assert answer_span(passage, 0, short) == passage.sentences[0]
    assert DEFAULT.sentences.max_answer_chars == 600
    assert answer_span(passage, 0) == (0, passage.sentences[1][1])


def test_the_length_limit_holds_for_the_whole_answer_joined_backwards() -> None:
    from qa_bot.answer import answer_span
    from qa_bot.config import DEFAULT

    # Three pieces of 250 characters, each continuing the one before ("ซึ่ง", which): any two
    # fit the 600-character limit, all three do not. The answer from the last piece takes in
    # the one before it and stops (it made 752 characters, checked pair by pair).
    passage = _passage_of(["ก" * 250, "ซึ่ง" + "ข" * 246, "ซึ่ง" + "ค" * 246])
    first, middle, last = passage.sentences
    limit = DEFAULT.sentences.max_answer_chars
    assert answer_span(passage, 2) == (middle[0], last[1])
    assert answer_span(passage, 1) == (first[0], middle[1])
    for row in range(3):
        start, end = answer_span(passage, row)
        assert end - start <= limit


@pytest.mark.parametrize(
    ("question", "answerable"),
    [
        ("AQRF ย่อมาจากอะไร", True),
        ("ชื่อเต็มของศูนย์ ACAI คืออะไร", True),
        ("AHA Centre มีชื่อเต็มว่าอย่างไร", True),
        ("ตัวย่อ ADDMER หมายความว่าอะไร", True),
        ("What does AQRF stand for?", True),
        ("NATO ย่อมาจากอะไร", False),
        ("What does NASA stand for?", False),
    ],
)
def test_asking_what_an_acronym_stands_for(bot, question: str, answerable: bool) -> None:
    # "ย่อมาจาก", "ชื่อเต็ม", "stand for" say what is asked: the text never uses them, it writes
    # the name out, so they must not count as words the document lacks.
    answer = bot.ask(question)
    if answerable:
        assert answer.answerable
    else:
        # An acronym the document lacks is a missing word, so the verdict is never "answered";
        # whether it falls to not_found depends on the cuts (the English one is low, so that
        # English questions over translated Thai articles are not refused: bench/reading.py;
        # after the background refit "NATO ย่อมาจากอะไร" is uncertain too).
        assert answer.verdict != "answered"
    if answerable:
        acronym = next(w for w in question.replace("?", "").split() if w.isupper())
        assert acronym in answer.hits[0].answer_sentence


def test_warm_up_builds_the_one_time_tables() -> None:
    from qa_bot import QABot
    from qa_bot.exam.matching import EXAM_UNITS
    from qa_bot.known_words import VOCABULARY_TRIGRAMS
    from qa_bot.scope import BASELINES
    from qa_bot.spelling import CORPUS_NAMES, THAI_VOCABULARY, THAI_VOCABULARY_ENDS
    from qa_bot.vocabulary import IDF_TABLE, INITIALISMS

    from .conftest import INDEX_DIR

    bot = QABot.load(INDEX_DIR)
    tables = {INITIALISMS, VOCABULARY_TRIGRAMS, EXAM_UNITS, IDF_TABLE, BASELINES}
    tables |= {CORPUS_NAMES, THAI_VOCABULARY, THAI_VOCABULARY_ENDS}
    assert not tables & set(bot.index.derived)
    bot.warm_up()
    assert tables <= set(bot.index.derived)
    assert "ascc" in INITIALISMS.of(bot.index)  # ASEAN Socio-Cultural Community


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("universities", True),  # "university" in the text
        ("emergencies", True),  # "emergency"
        ("qualifications", True),
        ("headquartered", False),  # its trigrams ("hea", "qua", "red") are all in the text
        ("anthem", False),
        ("officially", False),
        ("อัจริยะ", True),  # a Thai typo is still forgiven by trigrams
    ],
)
def test_english_words_are_known_by_their_stem_thai_words_by_trigrams(
    bot, word: str, known: bool
) -> None:
    from qa_bot.known_words import is_known_word
    from qa_bot.text import stem_latin

    # Asked about a question's tokens: English words stemmed, Thai words (fragments joined) whole.
    token = word if is_thai(word) else stem_latin(word)
    assert is_known_word(bot.index, token) is known


@pytest.mark.parametrize(
    ("question", "answerable"),
    [
        # The document gives no tonnage, no floor area and no member count: near-misses.
        ("แต่ละปีประเทศไทยปล่อยขยะพลาสติกลงทะเลประมาณกี่ตัน", False),
        ("คลังเก็บสิ่งของที่ชัยนาทมีพื้นที่กี่ตารางเมตร", False),
        ("How many member states does ASEAN have?", False),
        # Counts the document gives: "ประกอบด้วย 15 สาขา" (asked with another classifier, ด้าน)
        # and "มีคุณลักษณะ 5 ข้อ" (asked in English): never refused, and never answered from
        # the near-miss side. The verdict may be uncertain: the question's classifier or
        # language is not the text's, and the scope model (cross-validated) weighs that.
        ("ความร่วมมือของเสาสังคมและวัฒนธรรมอาเซียนแบ่งออกเป็นทั้งหมดกี่ด้าน", True),
        (
            "How many characteristics does the ASEAN Socio-Cultural Community Blueprint "
            "2016-2025 have?",
            True,
        ),
    ],
)
def test_a_count_the_text_does_not_give_is_never_answered(
    bot, question: str, answerable: bool
) -> None:
    answer = bot.ask(question)
    if answerable:
        assert answer.verdict != "not_found"
        assert any(("15 สาขา" in h.text or "5 ข้อ" in h.text) for h in answer.hits[:1])
    else:
        assert answer.verdict != "answered"


@pytest.mark.parametrize(
    ("question", "answerable"),
    [
        ("covid", False),  # the text never names it: at most uncertain, never answered
        ("pandemic", False),
        ("hello", False),
        ("สวัสดีครับ", False),
        ("ขอบคุณค่ะ", False),
        ("สวัสดีค่ะ AQRF คืออะไร", True),
        ("hi AUN", True),
        ("zika", True),
        ("เมืองอัจริยะ", True),  # a typo the text's words still explain
    ],
)
def test_a_question_the_text_has_none_of_the_words_of_is_not_answered(
    bot, question: str, answerable: bool
) -> None:
    answer = bot.ask(question)
    if answerable:
        assert answer.answerable
    else:
        assert answer.verdict != "answered"


@pytest.mark.parametrize("question", ["อะไร", "คืออะไร", "ก", "ข้อใดถูกต้อง", "why?"])
def test_a_question_of_question_words_alone_is_refused(bot, question: str) -> None:
    assert bot.ask(question).answerable is False


def test_an_exam_is_answered_when_the_document_supports_a_choice(bot) -> None:
    from pathlib import Path

    from qa_bot.evaluate import read_items

    items = read_items(Path(__file__).resolve().parent.parent / "eval" / "exam_more.jsonl")
    chosen = 0
    for item in items:
        answer = bot.ask(item.question, choices=item.choices)
        assert answer.choice is not None
        if answer.choice.index is not None:
            chosen += 1
            assert answer.answerable, item.question  # 2 of these stems alone were refused
    assert chosen >= 0.9 * len(items)


# An exam stem is worded generally; the sentence that answers it speaks of the choices, while the
# passage's opening sentence restates the stem's topic. Expected values are the document's text.
@pytest.mark.parametrize(
    ("stem", "choices", "said"),
    [
        (
            "กิจกรรมใดต่อไปนี้ไม่ได้เป็นสาขาย่อยของความร่วมมือด้านสิ่งแวดล้อมในอาเซียน",
            ["การจัดการทรัพยากรน้ำ", "สิ่งแวดล้อมศึกษา", "การสำรวจอวกาศ", "การเปลี่ยนแปลงสภาพภูมิอากาศ"],
            "การเปลี่ยนแปลงสภาพภูมิอากาศ และสิ่งแวดล้อมศึกษา",  # the list's end, not its opening
        ),
        (
            "เครือข่ายมหาวิทยาลัยอาเซียนทำกิจกรรมใดต่อไปนี้",
            [
                "การจัดแข่งขันกีฬามหาวิทยาลัย",
                "การเสริมสร้างความร่วมมือด้านการวิจัย",
                "การสร้างหอพักนักศึกษา",
                "การออกใบอนุญาตขับขี่",
            ],
            "การเสริมสร้างความร่วมมือด้านการวิจัย",
        ),
    ],
)
def test_an_exam_answer_sentence_is_where_its_choices_are(bot, stem, choices, said) -> None:
    answer = bot.ask(stem, choices=choices)
    assert said in answer.hits[0].text  # the right passage, so the sentence is what is tested
    assert said in answer.hits[0].answer_sentence


def test_choices_count_each_on_its_own(bot) -> None:
    from qa_bot.answer import choice_weights
    from qa_bot.search import coverage

    short, long = choice_weights(bot.index, ["เยาวชน", "การจัดการทรัพยากรน้ำ สิ่งแวดล้อมศึกษา"])
    assert set(short) == {"เยาวชน"} and {"ทรัพยากร", "น้ำ"} <= set(long)
    # A sentence naming the short choice holds all of that choice, whatever the long one says.
    assert coverage(short, "แรงงาน เยาวชน สตรี เด็ก") == 1.0
    assert coverage(long, "แรงงาน เยาวชน สตรี เด็ก") == 0.0


# A passage names its topic in one sentence and gives the detail asked for in the next: when the
# next sentence scores almost as high, both are the answer. Expected values are the document's.
@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "แผนแม่บทอาเซียนเพื่อบูรณาการสิทธิคนพิการมุ่งสร้างประชาคมแบบใด",
            "ประชาคมอาเซียนที่มีส่วนร่วมสำหรับทุกคน",
        ),
    ],
)
def test_the_detail_in_the_next_sentence_joins_the_answer(bot, question, said) -> None:
    from dataclasses import replace

    top = bot.ask(question).hits[0]
    assert said in top.text and said in top.answer_sentence
    assert top.answer_end - top.answer_start <= bot.config.sentences.max_answer_chars
    # Without the join the answer is the topic sentence alone: the same start, a shorter span.
    off = replace(bot.config, sentences=replace(bot.config.sentences, next_sentence_margin=-1))
    alone = replace(bot, config=off).ask(question).hits[0]
    assert alone.answer_start == top.answer_start and alone.answer_end < top.answer_end
    # The scope judge reads the sentence alone (it was fitted on single sentences).
    from qa_bot.answer import judged_sentence
    from qa_bot.search import retrieve

    retrieval = retrieve(bot.index, question, config=bot.config.retrieval)
    assert judged_sentence(bot.index, retrieval, bot.config.sentences) == alone.answer_sentence


# The sentence before the best one joins on the same terms as the next one: FRESH12 §7, asked
# whether a country must change its own framework to use the AQRF, the answer was "ทั้งนี้
# เพื่อสนับสนุน…" without the sentence before it that says no. Expected values are the document's.
def test_the_sentence_before_joins_the_answer(bot) -> None:
    from dataclasses import replace

    from qa_bot.answer import judged_sentence
    from qa_bot.search import retrieve

    question = "ถ้าจะใช้ AQRF ประเทศต้องเปลี่ยนกรอบคุณวุฒิของตัวเองไหม"
    said = "โดยไม่จำเป็นต้องปรับเปลี่ยนกรอบคุณวุฒิแห่งชาติเดิม"
    top = bot.ask(question).hits[0]
    assert said in top.answer_sentence and "ทั้งนี้เพื่อสนับสนุนการรับรองคุณวุฒิ" in top.answer_sentence
    assert top.answer_end - top.answer_start <= bot.config.sentences.max_answer_chars
    sentences = replace(bot.config.sentences, previous_sentence_margin=-1)
    alone = replace(bot, config=replace(bot.config, sentences=sentences)).ask(question).hits[0]
    assert said not in alone.answer_sentence and alone.answer_end == top.answer_end
    # The scope judge still reads the best sentence alone.
    retrieval = retrieve(bot.index, question, config=bot.config.retrieval)
    assert judged_sentence(bot.index, retrieval, bot.config.sentences) == alone.answer_sentence


# An English question was drawn to the Thai sentence that gives a meeting's English name in
# brackets ("การจัดการประชุม Special ASEAN Ministerial Meeting on Climate Action (SAMCA) …")
# rather than the one that answers it: sentence cosines are language-fair, as retrieval's.
def test_an_english_question_is_not_drawn_to_english_in_brackets(bot) -> None:
    from dataclasses import replace

    import numpy as np

    from qa_bot.answer import language_offsets

    question = "Do ASEAN leaders take a common position at the UN climate change conference?"
    said = "ผ่านการออกแถลงการณ์ร่วมอาเซียนต่อที่ประชุมรัฐภาคีอนุสัญญาสหประชาชาติ"
    top = bot.ask(question).hits[0]
    assert said in top.answer_sentence and "SAMCA" not in top.answer_sentence
    sentences = replace(bot.config.sentences, language_fair=False)
    unfair = replace(bot, config=replace(bot.config, sentences=sentences)).ask(question).hits[0]
    assert "SAMCA" in unfair.answer_sentence
    # What a sentence owes to its script: nothing for a sentence of Thai letters only.
    vector = bot.index.embedder.encode_queries([question])[0]
    passage = bot.index.passages[top.passage_id]
    offsets = language_offsets(bot.index, passage.id, vector)
    assert offsets.shape == (len(passage.sentences),) and np.all(offsets >= 0)
    for (start, end), offset in zip(passage.sentences, offsets, strict=True):
        latin = any("a" <= c.lower() <= "z" for c in passage.source[start:end])
        assert (offset > 0) == latin


# An answer to "when" / "how many" whose sentence holds no such value takes in the one written
# just outside it: the CRF splitter leaves a fronted adverbial at the end of the sentence before
# ("… แยกด้วยไฟฟ้า และในปี 1911 | เธอได้รับรางวัลโนเบลสาขาเคมี …", a fresh user's case) or cuts
# a closing one off into the next. Pieces and expected spans are read off the articles.


def _article_sentence(article: str, first: str, last: str) -> str:
    from pathlib import Path

    text = Path(__file__).resolve().parent.parent / "bench" / "data" / "reading" / "articles"
    paragraph = (text / article).read_text(encoding="utf-8")
    start = paragraph.index(first)
    return paragraph[start : paragraph.index(last, start) + len(last)]


@pytest.mark.parametrize(
    ("article", "pieces", "row", "kind", "answer"),
    [
        (  # the year of her chemistry prize sits at the end of the sentence before
            "marie_curie.txt",
            [
                ("ในปี 1910 มารีร่วมกับ", "และในปี 1911"),
                ("เธอได้รับรางวัลโนเบลสาขาเคมี", "สองสาขาที่ต่างกัน"),
            ],
            1,
            "date",
            ("และในปี 1911 เธอได้รับรางวัลโนเบลสาขาเคมี", "สองสาขาที่ต่างกัน"),
        ),
        (  # the date of the vote opens the next piece
            "tokyo_1964_olympics.txt",
            [
                ("คณะกรรมการโอลิมปิกสากลได้ลงมติ", "ประเทศเยอรมนีตะวันตก"),
                ("เมื่อวันที่ 26 พฤษภาคม 1959", "และบรัสเซลส์"),
            ],
            0,
            "date",
            ("คณะกรรมการโอลิมปิกสากลได้ลงมติ", "ประเทศเยอรมนีตะวันตก เมื่อวันที่ 26 พฤษภาคม 1959"),
        ),
    ],
)
def test_an_answer_takes_in_the_asked_value_just_outside_it(
    article: str, pieces: list[tuple[str, str]], row: int, kind: str, answer: tuple[str, str]
) -> None:
    from qa_bot.answer import take_in_value

    passage = _passage_of([_article_sentence(article, a, b) for a, b in pieces])
    start, end = take_in_value(passage, *passage.sentences[row], kind, 40)
    said = passage.source[start:end]
    assert said.startswith(answer[0]) and said.endswith(answer[1])


def test_an_answer_holding_the_value_or_too_far_from_one_is_kept() -> None:
    from qa_bot.answer import take_in_value

    passage = _passage_of(
        [
            _article_sentence("marie_curie.txt", "ในปี 1910 มารีร่วมกับ", "และในปี 1911"),
            _article_sentence("marie_curie.txt", "เธอได้รับรางวัลโนเบลสาขาเคมี", "สองสาขาที่ต่างกัน"),
        ]
    )
    first, second = passage.sentences
    assert take_in_value(passage, *first, "date", 40) == first  # it holds 1910 and 1911
    assert take_in_value(passage, *second, "count", 40) == second  # a year is not a count
    # Without "และในปี 1911" the nearest year (1910) opens a sentence of 98 characters.
    far = _passage_of(
        [
            _article_sentence("marie_curie.txt", "ในปี 1910 มารีร่วมกับ", "โดยวิธีแยกด้วยไฟฟ้า"),
            _article_sentence("marie_curie.txt", "เธอได้รับรางวัลโนเบลสาขาเคมี", "สองสาขาที่ต่างกัน"),
        ]
    )
    assert take_in_value(far, *far.sentences[1], "date", 40) == far.sentences[1]


def test_a_run_on_answer_is_cut_to_the_clause_that_answers(bot) -> None:
    # FRESH7 #5: the §2 "sentence" is 900 characters and names three declarations; the 8th
    # culture ministers' meeting is its last clause ("และล่าสุด เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018
    # ที่ประชุมรัฐมนตรีอาเซียน … (AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา อินโดนีเซีย …").
    for question in (
        "Which city hosted the 8th meeting of ASEAN culture ministers?",
        "การประชุม AMCA ครั้งที่ 8 จัดที่เมืองใด",
    ):
        (hit,) = [h for h in bot.ask(question, k=3).hits if "ยอกยาการ์ตา" in h.text]
        said = hit.answer_sentence
        assert "ยอกยาการ์ตา" in said and "Vientiane" not in said, said
        assert said.startswith("และล่าสุด เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018")


def test_a_long_answer_nothing_tells_apart_is_kept_whole() -> None:
    from dataclasses import replace

    from qa_bot.answer import best_clause
    from qa_bot.config import DEFAULT

    clause = "ประเทศสมาชิกได้ตกลงร่วมกันจัดทำแผนงานเพื่อพัฒนาคุณภาพชีวิตของประชาชนในภูมิภาคต่อไป" * 2
    source = f"{clause} {clause.replace('แผนงาน', 'โครงการ')} {clause}"
    passage = _passage_of([source])
    config = replace(DEFAULT.sentences, max_clause_chars=200)
    # No question word in any clause: the answer stays whole.
    assert best_clause(passage, 0, len(source), {"ยอกยาการ์ตา": 3.0}, None, config) == (
        0,
        len(source),
    )
    # A word only the middle clause holds picks it.
    start, end = best_clause(passage, 0, len(source), {"โครงการ": 3.0}, None, config)
    assert source[start:end] == clause.replace("แผนงาน", "โครงการ")


def test_clause_vectors_are_encoded_once_per_index(bot, monkeypatch) -> None:
    from qa_bot.answer import CLAUSE_VECTORS, warm_clauses

    # The bundled document's §2 paragraph runs three declarations into one 900-character
    # sentence, over SentenceConfig.max_clause_chars: warm-up encodes its clauses.
    warm_clauses(bot.index)
    known = CLAUSE_VECTORS.of(bot.index)
    assert len(known) >= 2

    def no_encoding(texts):
        raise AssertionError(f"encoded again: {texts!r}")

    monkeypatch.setattr(bot.index.embedder, "encode_passages", no_encoding)
    answer = bot.ask("Which city hosted the 8th meeting of ASEAN culture ministers?")
    top = answer.hits[0]
    assert "ยอกยาการ์ตา" in top.text
    assert len(top.answer_sentence) <= 750  # cut to a clause, scored by the cached vectors


# A question asking a date or place of a named thing is answered first by the hit that states
# it, when the top hit repeats the question's words without it (FRESH13 §4): the document's two
# passages about AMCA ครั้งที่ 8, one dating and placing the meeting, the next recalling what it
# adopted. Expected values are the document's.
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("AMCA ครั้งที่ 8 ประชุมวันที่เท่าไร", "24 ตุลาคม ค.ศ. 2018"),
        ("การประชุม AMCA ครั้งที่ 8 จัดที่ไหน", "ที่เมืองยอกยาการ์ตา"),
        ("When did the 8th AMCA meeting take place?", "24 ตุลาคม ค.ศ. 2018"),
        ("Where was AMCA meeting number 8 held?", "ที่เมืองยอกยาการ์ตา"),
    ],
)
def test_the_hit_stating_the_asked_value_goes_first(bot, question: str, said: str) -> None:
    from dataclasses import replace

    answer = bot.ask(question)
    assert said in answer.hits[0].answer_sentence
    assert "AMCA" in answer.hits[0].text
    assert [h.rank for h in answer.hits] == list(range(1, len(answer.hits) + 1))
    sentences = replace(bot.config.sentences, value_first_margin=-1)
    off = replace(bot, config=replace(bot.config, sentences=sentences)).ask(question)
    assert said not in off.hits[0].answer_sentence
    # the same hits; the one stating the value was second
    assert {h.passage_id for h in off.hits} == {h.passage_id for h in answer.hits}
    assert off.hits[1].passage_id == answer.hits[0].passage_id


def test_only_a_close_hit_of_the_top_section_stating_the_value_goes_first(bot) -> None:
    from dataclasses import replace

    from qa_bot.answer import choose_sentences, value_first
    from qa_bot.search import retrieve

    retrieval = retrieve(bot.index, "AMCA ครั้งที่ 8 จัดขึ้นเมื่อไร", k=5, config=bot.config.retrieval)
    real = choose_sentences(bot.index, retrieval, bot.config.sentences)
    assert real[0].passage_id != real[1].passage_id
    # The document's sentences: a year for another thing, and the meeting's date.
    other = "ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอของไทยในการกำหนดให้ปี 2562 เป็นปีแห่งวัฒนธรรม"
    dated = "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018 ที่ประชุม (AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา"
    hits = [replace(h, answer_sentence=dated if i == 1 else other) for i, h in enumerate(real)]
    moved, ranked = value_first(bot.index, retrieval, hits)
    assert [h.passage_id for h in ranked] == [hits[i].passage_id for i in (1, 0, 2, 3, 4)]
    assert [c.passage.id for c in moved.candidates] == [h.passage_id for h in ranked]
    assert [h.rank for h in ranked] == [1, 2, 3, 4, 5]
    # Not when the top answer states a date itself ("ในปี 2562": a year answers "when"), nor
    # when the other scores further below the top than the margin, nor for a question asking
    # no date or place.
    year_top = [
        replace(h, answer_sentence="ในปี 2562 " + other) if i == 0 else h for i, h in enumerate(hits)
    ]
    assert value_first(bot.index, retrieval, year_top)[1] == year_top
    far = replace(bot.config.sentences, value_first_margin=0.0, topic_first_margin=0.0)
    if retrieval.candidates[0].score > retrieval.candidates[1].score:
        assert value_first(bot.index, retrieval, hits, far)[1] == hits
    what = replace(retrieval, asked=None)
    assert value_first(bot.index, what, hits)[1] == hits


def test_a_value_after_a_clause_opener_is_the_next_clauses() -> None:
    from qa_bot.answer import take_in_value

    # "และล่าสุด" opens the clause the date belongs to: the plan before it has no date here.
    passage = _passage_of(
        [
            "ต่อมาได้มีการจัดทำแผนแม่บทการท่องเที่ยวเชิงนิเวศ และล่าสุด",
            "เมื่อวันที่ 8 มีนาคม 2567 ที่จังหวัดน่าน",
            "ผู้ว่าราชการจังหวัดได้ให้การรับรองปฏิญญาน่าน",
        ]
    )
    first = passage.sentences[0]
    assert take_in_value(passage, *first, "date", 40) == first


def test_a_date_question_about_a_listed_item_is_not_answered_with_the_next_items_date(bot) -> None:
    # FRESH16 §3: the run-on sentence names the Vientiane declaration (no date) and then dates
    # the Yogyakarta one ("เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018"): asked when the Vientiane one was
    # adopted, the answer is the clause that names it, not the other's date.
    answer = bot.ask("ปฏิญญาเวียงจันทน์ว่าด้วยมรดกทางวัฒนธรรมรับรองเมื่อไหร่")
    said = answer.hits[0].answer_sentence
    assert "ปฏิญญาเวียงจันทน์ว่าด้วยการเสริมสร้างความร่วมมือด้านมรดกทางวัฒนธรรม" in said
    assert "24 ตุลาคม" not in said
    # Asked the Yogyakarta one's date, its clause with the date is the answer.
    answer = bot.ask("ปฏิญญายอกยาการ์ตารับรองเมื่อไหร่")
    assert "เมื่อวันที่ 24 ตุลาคม ค.ศ. 2018" in answer.hits[0].answer_sentence


def test_a_why_question_is_answered_by_the_sentence_giving_the_cause(bot) -> None:
    from dataclasses import replace

    # FRESH16 §4: the passage says the region is at risk (the cause), then what was done.
    question = "ทำไมประเทศอาเซียนต้องร่วมมือกันเรื่องภัยธรรมชาติ"
    cause = "มีความเสี่ยงต่อการเกิดภัยพิบัติจากธรรมชาติมากที่สุดในโลก"
    assert cause in bot.ask(question).hits[0].answer_sentence
    sentences = replace(bot.config.sentences, reason_weight=0.0)
    off = replace(bot, config=replace(bot.config, sentences=sentences)).ask(question)
    assert cause not in off.hits[0].answer_sentence
