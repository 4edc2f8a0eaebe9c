"""English and mixed exams over the Thai document: the English twins of tests/test_exam.py.

The document is Thai; an English exam's choices share no words with it but its names and
numbers. Expected choices are the document's (the sector it lists them in), as in the Thai tests.
"""

from __future__ import annotations

import numpy as np
import pytest

from qa_bot import exam

ENVIRONMENT_STEM = "Which is a sub-area of ASEAN environmental cooperation?"


def test_positive_english_stem_picks_the_choice_from_the_sector_it_asks_about(bot) -> None:
    # The environment sector (7) lists "การจัดการทรัพยากรน้ำ"; the others are education (1),
    # health (5) and labour (3).
    choices = [
        "Granting scholarships",
        "Water resources management",
        "Malnutrition",
        "Protecting migrant workers",
    ]
    choice = bot.ask(ENVIRONMENT_STEM, choices=choices).choice
    assert choice is not None and not choice.negative
    assert choice.index == 1 and choice.letter == "ข"
    assert choice.scores[1] == max(choice.scores)
    assert choice.evidence[1] is not None and choice.evidence[1].section_id == 7


def test_negative_english_stem_picks_the_choice_the_corpus_does_not_support(bot) -> None:
    choices = [
        "Chemicals and waste management",
        "Water resources management",
        "Granting scholarships",
        "Environmental education",
    ]
    stem = "Which is NOT a sub-area of ASEAN environmental cooperation?"
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.negative
    assert choice.index == 2
    assert choice.scores[2] == min(choice.scores)


def test_a_mixed_exam_is_decided_like_its_thai_twin(bot) -> None:
    # Thai choices under an English stem, and English choices under a Thai stem.
    thai = ["การให้ทุนการศึกษา", "การลดปริมาณขยะทะเล", "ดัชนีการพัฒนาเยาวชน", "กรอบคุณวุฒิอ้างอิง"]
    english = [
        "Granting scholarships",
        "Reducing marine debris",
        "A youth development index",
        "A qualifications reference framework",
    ]
    for stem, choices in (
        ("Which is ASEAN cooperation on the environment?", thai),
        ("ข้อใดเป็นความร่วมมือด้านสิ่งแวดล้อมของอาเซียน", english),
    ):
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None and choice.index == 1, (stem, choice)


def test_an_english_exam_outside_the_document_gets_no_choice(bot) -> None:
    answer = bot.ask("Which is the capital of Japan?", choices=["Tokyo", "Osaka", "Kyoto"])
    assert answer.choice is not None and answer.choice.none_supported
    assert not answer.choice.decided and answer.choice.confidence == "none"


def test_foreign_share_is_the_share_of_words_the_corpus_cannot_judge(bot) -> None:
    from qa_bot.exam.score import choice_queries, foreign_share

    ui = exam.unit_index(bot.index)
    thai = choice_queries(ui, ["การจัดการทรัพยากรน้ำ", "สิ่งแวดล้อมศึกษา"])
    english = choice_queries(ui, ["Water resources management", "Environmental education"])
    assert foreign_share(thai) == 0.0
    assert foreign_share(english) > 0.5
    # A name the document writes in Latin letters is the corpus's own word.
    assert foreign_share(choice_queries(ui, ["AQRF", "AUN"])) == 0.0


# --- English exams typed as one text ---------------------------------------------------------


def test_era_abbreviations_in_english_choices_are_not_labels() -> None:
    stem = "In which Buddhist Era year was the 8th AMCA held?"
    typed = stem + "\nA. B.E. 2559\nB. B.E. 2560\nC. B.E. 2561"
    assert exam.parse_exam(typed) == (stem, ["B.E. 2559", "B.E. 2560", "B.E. 2561"])


def test_english_stems_that_ask_without_a_question_word_parse_inline() -> None:
    typed = (
        "ASEAN environmental cooperation has all of the following sub-areas EXCEPT "
        "a) Climate change b) Disaster management c) Environmental education"
    )
    parsed = exam.parse_exam(typed)
    assert parsed is not None and parsed[1][1] == "Disaster management"


# A sentence to complete, its choices A.–D. typed on one line (the tester's FRESH24 K8: no
# choice was read at all). Initials and a short run of letters stay prose.
@pytest.mark.parametrize("labels", [("A.", "B.", "C.", "D."), ("a)", "b)", "c)", "d)")])
def test_a_sentence_to_complete_with_its_choices_on_one_line_is_an_exam(labels) -> None:
    stem = "The ASEAN Enabling Master Plan 2025 mainstreams the rights of"
    choices = ["children", "persons with disabilities", "migrant workers", "the elderly"]
    typed = stem + "  " + "  ".join(f"{lab} {c}" for lab, c in zip(labels, choices, strict=True))
    assert exam.parse_exam(typed) == (stem, choices)


@pytest.mark.parametrize(
    "text",
    [
        "The plan covers A. children B. women C. youth",  # three labels, no question: a list
        "Dr. A. B. Smith wrote to C. D. Jones",  # initials
    ],
)
def test_prose_with_latin_letters_on_one_line_is_no_exam(text: str) -> None:
    assert exam.parse_exam(text) is None


def test_a_sentence_to_complete_is_answered_from_the_document(bot) -> None:
    # "แผนแม่บทอาเซียน พ.ศ. 2568 เพื่อบูรณาการสิทธิคนพิการ (ASEAN Enabling Master Plan 2025:
    # Mainstreaming the Rights of Persons with Disabilities)": the rights are those of คนพิการ.
    typed = (
        "The ASEAN Enabling Master Plan 2025 mainstreams the rights of  A. children"
        "  B. persons with disabilities  C. migrant workers  D. the elderly"
    )
    answer = bot.ask(typed)
    assert answer.choice is not None and answer.choice.index == 1


def test_relative_clauses_in_english_choices_do_not_hide_an_inline_exam() -> None:
    typed = (
        "Which was NOT a purpose of the conference? a) Sharing climate plans "
        "b) Exchanging information on how the disease is spreading "
        "c) Helping when disasters strike"
    )
    parsed = exam.parse_exam(typed)
    assert parsed is not None and len(parsed[1]) == 3


def test_an_english_exam_is_answered_with_the_labels_it_typed(bot) -> None:
    typed = (
        "Which is NOT a sub-area of ASEAN environmental cooperation? "
        "a) Chemicals and waste management b) Water resources management "
        "c) Granting scholarships d) Environmental education"
    )
    answer = bot.ask(typed)
    assert answer.choice is not None and answer.choice.index == 2
    assert exam.choice_labels(typed, 4) == list("abcd")


# --- choices about the other choices, in English ----------------------------------------------


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        (["water", "soil", "wind", "All of the above are correct"], {3: {0, 1, 2}}),
        (["water", "soil", "Both A and B", "None of these"], {2: {0, 1}, 3: set()}),
        (
            ["water", "soil", "A and B only", "None of the options are correct"],
            {2: {0, 1}, 3: set()},
        ),
        (["Water is wet", "Soil is brown", "Wind is true", "Both are fine"], {}),
    ],
)
def test_english_choices_about_the_other_choices_are_recognised(choices, expected) -> None:
    assert {i: set(r) for i, r in exam.choice_references(choices).items()} == expected


def test_all_of_the_above_in_english_is_picked_when_every_choice_is_in_the_sector(bot) -> None:
    # The environment sector (7) lists all three as its sub-areas, as in the Thai test.
    typed = (
        "Which is a sub-area of ASEAN environmental cooperation? a) Water resources management "
        "b) Environmental education c) Climate change d) All of the above"
    )
    choice = bot.ask(typed).choice
    assert choice is not None and choice.index == 3


def test_all_of_the_above_in_english_when_the_choices_are_one_list_of_the_document(bot) -> None:
    # "ได้แก่ การให้ทุนการศึกษา การแลกเปลี่ยนนักศึกษา และการเสริมสร้างความร่วมมือด้านการวิจัย":
    # the document lists all three as the AUN's activities in one passage, however unevenly
    # their English words are matched ("cooperation" is no word the text writes so).
    answer = bot.ask(
        "Which of these are main activities of the ASEAN University Network?",
        choices=["Scholarships", "Student exchange", "Research cooperation", "All of the above"],
    )
    assert answer.choice is not None and answer.choice.index == 3


def test_a_positive_pick_on_the_embedding_is_not_decided_by_another_choices_words(bot) -> None:
    # The Blueprint's characteristics are "(2) ความครอบคลุม (3) ความยั่งยืน (4) ภูมิคุ้มกัน และ
    # (5) มีพลวัต": none of the four is a word the text writes but "security" (ความมั่นคง, said
    # elsewhere); whatever the embedding picks, that choice is not found in the document's words.
    answer = bot.ask(
        "Which is one of the characteristics of the ASEAN Socio-Cultural Community Blueprint "
        "2016-2025?",
        choices=["Competitiveness", "Resilience", "Military security", "Trade liberalisation"],
    )
    choice = answer.choice
    assert choice is not None and choice.index in (0, 1, 3)
    assert not choice.decided


# --- numbers and dates, language-neutral -----------------------------------------------------


def test_an_english_ordinal_is_the_number_a_thai_text_writes() -> None:
    english = {u for u, _, _ in exam.units(exam.query_form("the 31st ASEAN Summit"))}
    thai = {u for u, _, _ in exam.units(exam.query_form("การประชุมสุดยอดอาเซียน ครั้งที่ 31"))}
    assert "#31th" in english & thai
    assert "~st" not in english


def test_a_count_is_not_an_ordinal_the_text_writes(bot) -> None:
    # The document: "กรอบความร่วมมือ … ประกอบด้วย 15 สาขา" and, elsewhere, "(AMCA) ครั้งที่ 8": the
    # count "eight" is not the eighth meeting.
    def numbers(text: str) -> set[str]:
        return {u for u, _, _ in exam.units(exam.query_form(text)) if u.startswith("#")}

    assert numbers("ประกอบด้วย 15 สาขา") == {"#15"}
    assert numbers("(AMCA) ครั้งที่ 8 ที่เมืองยอกยาการ์ตา") == {"#8th"}
    assert numbers("การประชุม ASCN ครั้งแรก") == {"#1th"}
    assert numbers("ครั้งที่ 28-29 ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016") == {
        "#28th", "#29th", "#6", "#8", "#2016"
    }  # fmt: skip
    assert numbers("the 28th-29th ASEAN Summit on 24th October") == {"#28th", "#29th", "#24"}
    assert numbers("phase 2 of the project") == numbers("โครงการระยะที่ 2") == {"#2th"}
    assert numbers("8 sectors in 2018") == {"#8", "#2018"}
    assert numbers("Summit held 13-15 พฤศจิกา 2018") == {"#13", "#15", "#2018"}  # a date
    stem = "How many sectors of cooperation come under the ASEAN Socio-Cultural Community pillar?"
    choice = bot.ask(stem, choices=["eight", "ten", "twelve", "fifteen"]).choice
    assert choice is not None and choice.index == 3


def test_english_month_names_in_dates_are_matched_as_thai_ones() -> None:
    from qa_bot.exam.matching import thai_months

    assert thai_months("At the 32nd ASEAN Summit, April 2018") == (
        "At the 32nd ASEAN Summit, เมษายน 2018"
    )
    assert thai_months("on 24 Oct. 2018") == "on 24 ตุลาคม 2018"
    assert thai_months("members may join") == "members may join"  # a verb, not a date


def test_the_neutral_side_keeps_to_the_sector_the_stem_is_found_in(bot) -> None:
    # A sentence of another sector counts as far as the stem is found in that sector at all:
    # the health sector (5) at 0.4 of the stem's best place, the environment sector (7) at 1.
    from qa_bot.exam.neutral import in_its_sector

    index = bot.index
    first = {}
    for pid, passage in enumerate(index.passages):
        first.setdefault(passage.section_id, int(index.sentence_offsets[pid]))
    health, environment = first[5], first[7]
    there = np.zeros(len(index.sentence_vectors), dtype=np.float32)
    there[health], there[environment] = 0.4, 1.0
    rows = np.arange(len(there))
    kept = in_its_sector(index, there, rows)
    assert kept[environment] == pytest.approx(1.0)
    assert kept[health] == pytest.approx(0.4 * 0.4)
    assert not kept[np.setdiff1d(rows, [health, environment])].any()


@pytest.mark.parametrize(
    "stem",
    [
        "Which isn't a sub-area of ASEAN environmental cooperation?",
        "Which of these doesn’t belong to ASEAN environmental cooperation?",
        "Which cannot be called a sub-area of ASEAN environmental cooperation?",
        "Which is the odd one out among the sub-areas of ASEAN environmental cooperation?",
    ],
)
def test_english_negative_stems_of_every_wording_pick_the_unsupported_choice(bot, stem) -> None:
    # The environment sector lists chemicals and waste, water resources and environmental
    # education among its sub-areas; scholarships are the education sector's.
    choices = [
        "Chemicals and waste management",
        "Water resources management",
        "Granting scholarships",
        "Environmental education",
    ]
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.negative
    assert choice.index == 2


@pytest.mark.parametrize(
    ("stem", "positive"),
    [
        ("Which isn't a sub-area of it?", "Which is a sub-area of it?"),
        ("Which cannot be called a sub-area?", "Which can be called a sub-area?"),
        ("Which statement is inaccurate?", "Which statement is accurate?"),
        ("Which statement about it is FALSE?", "Which statement about it is true?"),
        ("Which was never adopted?", "Which was adopted?"),
        ("All of these are sub-areas EXCEPT", "All of these are sub-areas"),
        ("ข้อใดไม่ใช่สาขาย่อยของความร่วมมือ", "ข้อใด สาขาย่อยของความร่วมมือ"),
    ],
)
def test_a_negative_stem_has_a_positive_form(stem: str, positive: str) -> None:
    assert exam.is_negative(stem)
    assert exam.positive_form(stem) == positive
    assert not exam.is_negative(exam.positive_form(stem))


def test_an_english_twin_is_negative_exactly_when_its_thai_original_is() -> None:
    # eval/twins.jsonl was written by others from the Thai items: the negation is theirs.
    from qa_bot.evaluate import read_items

    from .conftest import EVAL_DIR

    items = {}
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        if path.name.startswith("heldout"):  # held-out sets feed no test or tuning
            continue
        for item in read_items(path):
            items.setdefault(item.id, item)
    pairs = [(items[t.twin], t) for t in items.values() if t.kind == "mcq" and t.twin]
    assert len(pairs) > 100
    assert sum(exam.is_negative(t.question) for _, t in pairs) > 20
    for original, twin in pairs:
        assert exam.is_negative(twin.question) == exam.is_negative(original.question), twin.id


def test_a_pick_on_the_embedding_alone_keeps_the_stems_verdict(bot) -> None:
    # None of these English words has a Thai term the text writes (no name, number or gloss):
    # a pick rests on the embedding, so the verdict is the stem's, not "answered" because a
    # choice was picked.
    answer = bot.ask(
        ENVIRONMENT_STEM,
        choices=["Malnutrition", "Transboundary haze pollution", "Resilience", "Competitiveness"],
    )
    assert answer.choice is not None and not answer.choice.decided
    assert answer.verdict == bot.ask(ENVIRONMENT_STEM).verdict
    assert answer.to_dict()["choice"]["decided"] is False


def test_a_pick_on_words_the_text_writes_in_thai_is_decided(bot) -> None:
    # "Water resources management": the dictionary's น้ำ, ทรัพยากร, การจัดการ are the
    # document's "การจัดการทรัพยากรน้ำ", a sub-area of the environment sector.
    answer = bot.ask(
        ENVIRONMENT_STEM,
        choices=[
            "Granting scholarships",
            "Water resources management",
            "Malnutrition",
            "Protecting migrant workers",
        ],
    )
    assert answer.choice is not None and answer.choice.index == 1 and answer.choice.decided


def test_a_pick_on_a_name_the_text_writes_is_answered(bot) -> None:
    # "ครั้งที่ 31 … ณ กรุงมะนิลา": the name is the document's word.
    answer = bot.ask(
        "Where was the 31st ASEAN Summit held?",
        choices=["Singapore", "Vientiane", "Manila", "Jakarta"],
    )
    assert answer.choice is not None and answer.choice.index == 2 and answer.choice.decided
    assert answer.verdict == "answered"


def test_a_negative_stem_picks_the_one_choice_found_in_another_sector(bot) -> None:
    # The social welfare sector lists the Youth Development Index, the Enabling Masterplan and
    # the declaration adopting the index; the declaration on ending malnutrition is the health
    # sector's. Its own sector supports it well, so it is not the least supported choice.
    choices = [
        "The ASEAN Leaders' Declaration on ending all forms of malnutrition",
        "The first ASEAN Youth Development Index",
        "The ASEAN declaration on adopting the ASEAN Youth Development Index",
        "The ASEAN Enabling Masterplan 2025 on the rights of persons with disabilities",
    ]
    stem = "Which of these did ASEAN's social welfare and development cooperation NOT produce?"
    from qa_bot import pipeline

    scored: list = []
    answer = pipeline.ask(bot.index, stem, choices=choices, config=bot.config, scored=scored)
    choice = answer.choice
    assert choice is not None and choice.index == 0
    supports = scored[0].supports
    assert supports[0].score > min(s.score for s in supports)  # not the least supported
    # … and shown as said against, so that the scores shown agree with the pick (decide.py)
    assert choice.scores[0] == min(choice.scores)


def test_the_odd_sector_is_the_one_place_apart_from_all_the_others() -> None:
    from qa_bot.corpus.model import Passage
    from qa_bot.exam.negative import odd_sector
    from qa_bot.exam.support import Support

    def at(section: int, score: float = 0.5) -> Support:
        passage = Passage(0, "d", "t", section, "s", "s", 0, 4, "text", ((0, 4),))
        return Support(score, passage=passage)

    assert odd_sector([at(7), at(7), at(5), at(7)], [0, 1, 2, 3]) == 2
    # Apart, but far better supported than the least choice: not forced beyond the margin.
    apart = [at(7, 0.2), at(7, 0.5), at(5, 0.9), at(7, 0.6)]
    assert odd_sector(apart, [0, 1, 2, 3]) == 2
    assert odd_sector(apart, [0, 1, 2, 3], margin=0.5) is None
    assert odd_sector(apart, [0, 1, 2, 3], margin=0.7) == 2
    assert odd_sector([at(7), at(5), at(5), at(7)], [0, 1, 2, 3]) is None  # two and two
    assert odd_sector([at(7), at(5), at(4), at(7)], [0, 1, 2, 3]) is None  # two apart
    assert odd_sector([at(7), at(5)], [0, 1]) is None  # two choices: each is apart
    assert odd_sector([at(7), Support(0.0), at(5), at(7)], [0, 1, 2, 3]) is None  # not found


# --- evidence: the sentence that names the choice (FRESH7 #10) ------------------------------


def test_a_true_choice_is_shown_in_the_sentence_that_names_it(bot) -> None:
    # The document lists the environment sector's sub-areas "… การจัดการทรัพยากรน้ำ
    # การเปลี่ยนแปลงสภาพภูมิอากาศ และสิ่งแวดล้อมศึกษา"; the SAMCA meeting is the next
    # paragraph's, where the stem's words are too.
    choice = bot.ask(
        "Which of the following are sub-areas of ASEAN environmental cooperation? "
        "a) water resources management b) climate change c) environmental education "
        "d) all of the above"
    ).choice
    assert choice is not None and choice.index == 3
    water = choice.evidence[0]
    assert water is not None and "การจัดการทรัพยากรน้ำ" in water.answer_sentence
    assert "SAMCA" not in water.answer_sentence


def test_a_negative_stems_answer_is_shown_where_the_document_names_it(bot) -> None:
    # "ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอของไทย …" (the culture section): not Singapore.
    choice = bot.ask(
        "ข้อใดไม่ได้จัดขึ้นที่สิงคโปร์ ก. การประชุม SAMCA ข. การประชุมสุดยอดอาเซียนครั้งที่ 33 "
        "ค. การประชุมสุดยอดอาเซียนครั้งที่ 32 ง. การประชุม AMCA ครั้งที่ 8"
    ).choice
    assert choice is not None and choice.index == 3
    amca = choice.evidence[3]
    assert amca is not None and "AMCA ครั้งที่ 8" in amca.answer_sentence


def test_translated_words_may_come_in_thai_order(bot) -> None:
    # English puts the modifier first ("water resources management"), Thai last
    # ("การจัดการทรัพยากรน้ำ"): the glossed choice's words count in either order.
    from qa_bot.exam import unit_index
    from qa_bot.exam.support import choice_queries

    ui = unit_index(bot.index)
    typed = ["water resources management", "การจัดการทรัพยากรน้ำ"]
    glossed, thai = choice_queries(ui, ["น้ำ ทรัพยากร การจัดการ", typed[1]], typed)
    assert glossed.reordered and not thai.reordered
    first = {u: r for r, u in enumerate(glossed.weights)}
    opposite = dict(zip(glossed.weights, glossed.reordered, strict=True))
    water, manage = next(u for u in first if u == "น้ำ"), next(u for u in first if u == "การ")
    assert first[water] < first[manage] and opposite[water] > opposite[manage]


# English choices whose glosses match the wrong sentence, read whole as claims with the stem's
# topic (exam/neutral.claim_closeness). Expected choices are the document's:
# "… ที่ประชุม … (AMCA) ครั้งที่ 8 … ได้ให้การรับรองปฏิญญายอกยาการ์ตา …", "… แผนปฏิบัติการภูมิภาคเพื่อ
# การอนุวัติปฏิญญาดังกล่าว ซึ่งผู้นำ … รับทราบในการประชุมสุดยอดอาเซียน ครั้งที่ 32 … ที่สิงคโปร์", and
# the Blueprint's "คุณลักษณะ 5 ข้อ ได้แก่ … ความครอบคลุม … ภูมิคุ้มกัน และ (5) มีพลวัต" (not competitive).
CLAIMED = [
    (
        "Which declaration was adopted at the 8th AMCA?",
        [
            "The Vientiane Declaration on reinforcing cultural heritage cooperation in ASEAN",
            "The Bandar Seri Begawan Declaration on culture and the arts to promote ASEAN's"
            " identity",
            "The Yogyakarta Declaration on embracing the culture of prevention to enrich the ASEAN"
            " identity",
            "The ASEAN Declaration on strengthening education for out-of-school children and youth",
        ],
        2,
    ),
    (
        "At which summit did ASEAN leaders take note of the regional action plan for the"
        " declaration on informal-to-formal employment?",
        [
            "the 31st Summit in Manila",
            "the 32nd Summit in Singapore",
            "the 33rd Summit in Singapore",
            "the 28th-29th Summit in Vientiane",
        ],
        1,
    ),
    (
        "Which is NOT one of the five characteristics of the ASCC Blueprint 2016-2025?",
        ["Inclusive", "Resilient", "Dynamic", "Competitive"],
        3,
    ),
]


@pytest.mark.parametrize(("stem", "choices", "expected"), CLAIMED)
def test_an_english_choice_is_read_whole_with_the_stems_topic(bot, stem, choices, expected) -> None:
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == expected


def test_claim_closeness_runs_from_the_least_choice_to_the_best(bot) -> None:
    from qa_bot.exam.neutral import claim_closeness

    rows = np.arange(len(bot.index.sentence_vectors))
    choices = ["Yogyakarta Declaration", "Bandar Seri Begawan Declaration", "Manila Declaration"]
    closeness = claim_closeness(bot.index, "declaration adopted at the 8th AMCA", choices, rows)
    assert min(closeness) == 0.0 and max(closeness) == pytest.approx(1.0)
    assert claim_closeness(bot.index, "AMCA", choices[:1], rows) == [0.0]
    assert claim_closeness(bot.index, "AMCA", choices, rows[:0]) == [0.0, 0.0, 0.0]


def test_statements_a_question_encodes_are_the_passages_a_build_encodes(bot) -> None:
    from qa_bot.embedders import encode_passages_asked

    texts = ["ที่ประชุม AMCA ครั้งที่ 8", "The Yogyakarta Declaration"]
    asked = encode_passages_asked(bot.index.embedder, texts)
    np.testing.assert_allclose(asked, bot.index.embedder.encode_passages(texts), atol=1e-6)


# Content-free English stems ("Which statement is true?") over the Thai document: the stem gives
# no place to look at, each choice is itself the claim, read whole by the embedding
# (exam/neutral.claim_support) where the Thai text cannot judge its words. Expected choices are
# the document's: "… ไทยมีแผนที่จะจัดตั้งศูนย์อบรมอาเซียนด้านสังคมสงเคราะห์และสวัสดิการสังคม (ASEAN
# Traning Centre for Social Work and Social Welfare)" (SAMCA was held at สิงคโปร์, the 31st Summit
# adopted health declarations, the Youth Development Index is a social-welfare document), and
# "… เครือข่ายเมืองอัจฉริยะอาเซียน … ยกระดับคุณภาพชีวิตของประชาชนอาเซียน โดยใช้เทคโนโลยีเป็น
# ตัวขับเคลื่อน" (the relief warehouse is at ชัยนาท, the Yogyakarta Declaration is on the culture of
# prevention, the AUN is universities').
CONTENT_FREE = [
    (
        "According to the document, which is true?",
        [
            "Thailand planned to set up an ASEAN training centre for social work and social"
            " welfare.",
            "The SAMCA meeting was held in Jakarta.",
            "The 31st ASEAN Summit adopted a declaration on climate change.",
            "The ASEAN Youth Development Index was produced by the AHA Centre.",
        ],
        0,
    ),
    (
        "Which statement is true?",
        [
            "The ASEAN Smart Cities Network uses technology to raise the quality of life of ASEAN"
            " people.",
            "The AHA Centre runs the ASEAN University Network.",
            "The Yogyakarta Declaration is about the rights of migrant workers.",
            "Thailand will host the ASEAN relief supplies warehouse in Bangkok.",
        ],
        0,
    ),
]


@pytest.mark.parametrize(("stem", "choices", "expected"), CONTENT_FREE)
def test_an_english_statement_under_a_content_free_stem_is_read_whole(
    bot, stem, choices, expected
) -> None:
    from qa_bot.exam.parse import content_free

    assert content_free(stem)
    choice = bot.ask(stem, choices=choices).choice
    assert choice is not None and choice.index == expected
    assert choice.scores[expected] == max(choice.scores)


def test_claim_support_places_a_claim_at_the_sentence_that_says_it(bot) -> None:
    from qa_bot.exam.neutral import claim_support

    index = bot.index
    rows = np.arange(len(index.sentence_vectors))
    claims = [
        "Thailand planned to set up an ASEAN training centre for social work and social welfare.",
        "The SAMCA meeting was held in Jakarta.",
    ]
    (first, row), (second, _) = claim_support(index, "", claims, rows)
    assert (first, second) == (pytest.approx(1.0), 0.0)
    passage = int(np.searchsorted(index.sentence_offsets, row, side="right")) - 1
    start, end = index.passages[passage].sentences[row - int(index.sentence_offsets[passage])]
    assert "ASEAN Traning Centre for Social Work" in index.passages[passage].source[start:end]
    assert claim_support(index, "", claims[:1], rows) == [(0.0, -1)]
