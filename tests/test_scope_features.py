"""Scope features that read the answer sentence and the question's own cosine baseline.

Sentences are quoted from the bundled document (corpus/asean_socio_cultural_community.th.txt).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from qa_bot.config import DEFAULT
from qa_bot.scope import baseline_vectors, english_rarity, features, standout
from qa_bot.search import retrieve

# The document's sentence about SAMCA: it names the meeting and gives its date.
# The logistic fit's structure (the main part may be boosted trees by default: test_scope_model).
LOGISTIC = replace(DEFAULT.scope, tree_parts=())
SAMCA = (
    "การจัดการประชุม Special ASEAN Ministerial Meeting on Climate Action (SAMCA) "
    "เมื่อวันที่ 10 กรกฎาคม ค.ศ. 2018 ที่สิงคโปร์"
)
# Another sentence of the document, with no date and no SAMCA.
OTHER = "ความร่วมมือด้านสิ่งแวดล้อมเป็นหนึ่งในประเด็นที่อาเซียนและไทยให้ความสำคัญ"


def test_the_answer_sentence_must_hold_the_asked_type(bot) -> None:
    retrieval = retrieve(bot.index, "SAMCA จัดขึ้นเมื่อไร", k=5)
    with_date, _ = features(bot.index, retrieval, answer_sentence=SAMCA)
    without, _ = features(bot.index, retrieval, answer_sentence=OTHER)
    assert with_date["asks"] == without["asks"] == 1.0  # เมื่อไร asks for a date
    assert with_date["type_missing_sentence"] == 0.0
    assert without["type_missing_sentence"] == 1.0


def test_a_date_question_asking_for_a_day_needs_a_day(bot) -> None:
    # The document dates the cultural year only by its year ("ปี 2562"): a question asking on
    # which day is not answered by that sentence; one asking which year is.
    year_only = "ที่ประชุม AMCA ครั้งที่ 8 รับรองข้อเสนอของไทยในการกำหนดให้ปี 2562 เป็นปีแห่งวัฒนธรรมอาเซียน"
    day = retrieve(bot.index, "ปีแห่งวัฒนธรรมอาเซียนเปิดตัววันที่เท่าไหร่", k=5)
    year = retrieve(bot.index, "ปีแห่งวัฒนธรรมอาเซียนคือปีไหน", k=5)
    assert features(bot.index, day, answer_sentence=year_only)[0]["type_missing_sentence"] == 1.0
    assert features(bot.index, year, answer_sentence=year_only)[0]["type_missing_sentence"] == 0.0
    assert features(bot.index, day, answer_sentence=SAMCA)[0]["type_missing_sentence"] == 0.0


def test_the_question_words_are_looked_for_in_the_answer_sentence(bot) -> None:
    # An English question over Thai text: only its name (SAMCA) can be compared.
    retrieval = retrieve(bot.index, "When did SAMCA take place?", k=5)
    named, _ = features(bot.index, retrieval, answer_sentence=SAMCA)
    unnamed, _ = features(bot.index, retrieval, answer_sentence=OTHER)
    assert named["fair_coverage_sentence"] == 1.0
    assert unnamed["fair_coverage_sentence"] == 0.0


def test_a_question_that_asks_for_no_value_is_not_flagged(bot) -> None:
    retrieval = retrieve(bot.index, "AQRF คืออะไร", k=5)
    values, _ = features(bot.index, retrieval, answer_sentence=OTHER)
    assert values["asks"] == 0.0 and values["type_missing_sentence"] == 0.0


def test_the_cosine_baseline_covers_a_small_corpus_whole(bot) -> None:
    index = bot.index
    vectors = baseline_vectors(index)
    assert len(vectors) == len(index.passages)  # fewer than BASELINE_PASSAGES: every one
    query = index.embedder.encode_queries(["SAMCA"])[0]
    cosines = vectors @ query
    best = float(cosines.max())
    expected = (best - cosines.mean()) / cosines.std()
    assert np.isclose(standout(index, query, best), expected, atol=1e-4)
    assert np.isclose(standout(index, query, float(cosines.mean())), 0.0, atol=1e-5)


def test_the_verdict_does_not_depend_on_how_many_hits_are_asked_for(bot) -> None:
    # The page asks for 10 hits, the CLI for 5, an API caller for 1: one question, one verdict.
    for question in ("SAMCA จัดขึ้นเมื่อใด", "When did SAMCA take place?", "AQRF คืออะไร"):
        answers = [bot.ask(question, k=k) for k in (1, 3, 5, 10)]
        assert len({a.verdict for a in answers}) == 1
        assert len({round(a.evidence.probability, 6) for a in answers}) == 1


def test_a_question_with_no_comparable_word_is_judged_by_the_dense_part() -> None:
    from qa_bot.scope_model import ScopeModel

    # Main part says "never", dense_only part says "always": which one speaks is the blind flag.
    model = ScopeModel({}, bias=-50.0, dense_only=ScopeModel({}, bias=50.0))
    assert model.probability({"blind": 1.0}) > 0.99
    assert model.probability({"blind": 0.0}) < 0.01
    assert ScopeModel({}, bias=-50.0).probability({"blind": 1.0}) < 0.01


def test_an_english_question_over_thai_text_is_judged_by_the_dense_part(bot) -> None:
    # "SAMCA" is a name the Thai text writes, so the English question has a comparable word
    # (not blind); still, whether the passage holds an English question's names says little
    # (ScopeConfig.cross_language_dense): it is judged by language-neutral signals. A Thai
    # question with the same name is judged by the main part.
    english = features(bot.index, retrieve(bot.index, "When did SAMCA take place?", k=5))[0]
    thai = features(bot.index, retrieve(bot.index, "SAMCA จัดขึ้นเมื่อไร", k=5))[0]
    assert english["blind"] == 0.0 and english["dense_only"] == 1.0
    assert thai["blind"] == 0.0 and thai["dense_only"] == 0.0
    off = replace(DEFAULT.scope, cross_language_dense=False)
    retrieval = retrieve(bot.index, "When did SAMCA take place?", k=5)
    assert features(bot.index, retrieval, off)[0]["dense_only"] == 0.0


def test_english_questions_get_their_own_not_found_share() -> None:
    from qa_bot.scope import fit_scope_model

    # 100 answerable and 100 out-of-scope questions in each language, one signal: the
    # not_found cut leaves config.max_not_found of the Thai answerable ones below it and
    # config.max_not_found_other of the English ones.
    rows, labels = [], []
    for thai in (1.0, 0.0):
        for i in range(100):
            rows.append({"x": i / 100, "thai": thai, "blind": 0.0})
            labels.append(True)
            rows.append({"x": i / 100 - 0.5, "thai": thai, "blind": 0.0})
            labels.append(False)
    for share in (0.01, 0.05):
        config = replace(
            LOGISTIC, max_not_found=0.02, max_not_found_other=share, language_models=()
        )
        model = fit_scope_model(rows, labels, names=["x"], dense_names=(), config=config)
        for language, allowed in (("th", 0.02), ("other", share)):
            inside = [
                model.probability(row)
                for row, answerable in zip(rows, labels, strict=True)
                if answerable and (row["thai"] == 1.0) == (language == "th")
            ]
            below = sum(p < model.cuts[language][1] for p in inside) / len(inside)
            assert below == allowed


def test_the_dense_part_is_fitted_on_all_rows_and_the_main_part_on_the_others() -> None:
    from qa_bot.scope import fit_scope_model

    # Blind rows are all out of scope here, as English questions mostly were in our sets:
    # the main part never sees them, so "x" alone decides it.
    rows, labels = [], []
    for i in range(40):
        x = i / 40
        rows.append({"x": x, "d": x, "blind": 0.0, "thai": 1.0})
        labels.append(i >= 20)
        rows.append({"x": 0.9, "d": x, "blind": 1.0, "thai": 1.0})
        labels.append(False)
    model = fit_scope_model(rows, labels, names=["x"], dense_names=["d"], config=LOGISTIC)
    assert model.dense_only is not None and tuple(model.dense_only.coefficients) == ("d",)
    assert model.coefficients["x"] > 0
    assert model.probability({"x": 0.9, "d": 0.9, "blind": 0.0}) > 0.5


def test_the_centred_cosine_is_the_cosine_above_the_baseline_mean(bot) -> None:
    from qa_bot.scope import cosine_baseline

    retrieval = retrieve(bot.index, "When did SAMCA take place?", k=5)
    values, _ = features(bot.index, retrieval)
    mean, _ = cosine_baseline(bot.index, retrieval.query_vector)
    assert np.isclose(values["centred"], values["cosine"] - mean)
    assert values["centred"] > 0  # the best passage beats the average one


def test_each_language_gets_a_model_of_its_own_questions() -> None:
    from qa_bot.scope import fit_scope_model

    # The same signal means opposite things in the two languages here: only separate models
    # can judge both (as an English question's cosines run lower than a Thai one's).
    rows, labels = [], []
    for i in range(60):
        x = i / 60
        rows.append({"x": x, "thai": 1.0, "blind": 0.0})
        labels.append(x >= 0.5)
        rows.append({"x": x, "thai": 0.0, "blind": 0.0})
        labels.append(x < 0.5)
    both = replace(LOGISTIC, language_models=("th", "other"))
    model = fit_scope_model(rows, labels, names=["x"], dense_names=(), config=both)
    assert set(model.by_language) == {"th", "other"}
    assert (
        model.by_language["th"].coefficients["x"] > 0 > model.by_language["other"].coefficients["x"]
    )
    assert model.verdict(model.probability({"x": 0.95, "thai": 1.0}), {"thai": 1.0}) == "answered"
    assert model.verdict(model.probability({"x": 0.05, "thai": 0.0}), {"thai": 0.0}) == "answered"
    assert model.verdict(model.probability({"x": 0.05, "thai": 1.0}), {"thai": 1.0}) == "not_found"
    # Too few rows of a language (here 10 English ones, 5 of either verdict): the pooled
    # model judges it.
    keep = [i for i, row in enumerate(rows) if row["thai"] or 25 <= i // 2 < 35]
    few = fit_scope_model(
        [rows[i] for i in keep], [labels[i] for i in keep], names=["x"], dense_names=(), config=both
    )
    assert set(few.by_language) == {"th"}
    # By default no language gets a model of its own (English questions over Thai text are
    # judged by the dense_only part; the main part is fitted on the Thai ones).
    assert fit_scope_model(rows, labels, names=["x"], dense_names=()).by_language == {}
    assert fit_scope_model(rows, labels, ["x"], dense_names=(), config=LOGISTIC).by_language == {}


def test_a_request_to_compose_translate_or_opine_is_not_found(bot) -> None:
    # The document says much about the ASEAN Community, but no passage is an essay, a poem, a
    # Chinese translation or the bot's opinion: such requests (answer_types.is_request) get
    # not_found, while the fact beside them stays answerable.
    for question in (
        "ช่วยเขียนเรียงความเรื่องประชาคมอาเซียนให้หน่อย",
        "ช่วยแปลคำว่า การพัฒนาที่ยั่งยืน เป็นภาษาจีนให้หน่อย",
        "Could you write me a poem about the ASEAN Community?",
        "Do you think the ASEAN Socio-Cultural Community works?",
    ):
        answer = bot.ask(question)
        assert answer.verdict == "not_found", question
        assert answer.evidence.values["ruled_out"] == 1.0
    assert bot.ask("ประชาคมสังคมและวัฒนธรรมอาเซียนมีคุณลักษณะกี่ข้อ").verdict != "not_found"


def test_a_question_about_what_the_documents_never_mention_is_not_found(bot) -> None:
    # Every comparable word is foreign to the document (it writes 18 acronyms, never NATO or
    # UNESCO, and never โควิด): the question is about something else, not_found.
    for question in ("NATO ย่อมาจากอะไร", "What does UNESCO stand for?", "โควิด"):
        answer = bot.ask(question)
        assert answer.evidence.values["fair_unknown"] == 1.0
        assert answer.verdict == "not_found", question


def test_an_english_question_none_of_whose_words_the_text_translates_is_not_found(bot) -> None:
    # No name or number the document writes, and no word whose Thai translation it uses (it
    # never mentions COVID, a pandemic or wifi): ruled out as the Thai "โควิด" is above.
    for question in ("covid", "pandemic", "wifi password?"):
        answer = bot.ask(question)
        values = answer.evidence.values
        assert (values["blind"], values["translated_known"]) == (1.0, 0.0), question
        assert answer.verdict == "not_found", question
    # An English question whose words the text does translate is judged by the model.
    answer = bot.ask("disaster management")
    assert answer.evidence.values["translated_known"] > 0
    assert answer.evidence.values["ruled_out"] == 0.0


def test_an_acronym_the_best_passage_spells_out_is_answered(bot) -> None:
    # The document: "เครือข่ายมหาวิทยาลัยอาเซียน (ASEAN University Network: AUN)" and
    # "กรอบคุณวุฒิอ้างอิงอาเซียน (ASEAN Qualifications Reference Framework: AQRF)".
    asked = (
        ("AUN มีชื่อเต็มว่าอะไร", "AUN"),
        ("What does AQRF stand for?", "AQRF"),
        ("What's AUN short for?", "AUN"),
        ("aqrf stands for", "AQRF"),  # a kiosk types lower case; the corpus writes it in capitals
    )
    for question, acronym in asked:
        answer = bot.ask(question)
        assert answer.evidence.values["defined"] == 1.0
        assert answer.verdict == "answered", question
        assert f": {acronym})" in answer.hits[0].text
    # An acronym with a detail the passage need not give is judged as any question is.
    assert bot.ask("AUN มีสมาชิกกี่แห่ง").evidence.values["defined"] == 0.0


def test_a_measure_the_passage_gives_no_number_of_is_not_answered(bot) -> None:
    # The document tells where ASEAN's relief warehouse in Thailand is (ชัยนาท), never what it
    # cost: a sum needs a number with a currency, and the passage's years and counts are none.
    for question in (
        "คลังสิ่งของสำรองฉุกเฉินของอาเซียนในไทยใช้งบประมาณเท่าใด",
        "How much did the ASEAN relief supplies warehouse in Thailand cost?",
    ):
        answer = bot.ask(question)
        assert answer.evidence.values["unit_missing"] == 1.0
        assert answer.verdict != "answered"
    # … while "กี่ข้อ" is answered by the document's "มีคุณลักษณะ 5 ข้อ".
    answer = bot.ask("แผนงานประชาคมสังคมและวัฒนธรรมอาเซียนมีคุณลักษณะกี่ข้อ")
    assert answer.evidence.values["unit_missing"] == 0.0


def test_a_province_the_passage_does_not_name_is_not_answered(bot) -> None:
    # The document says Thailand will set up the ASEAN social-work training centre, never in
    # which province; it names the province of the relief warehouse (ชัยนาท).
    answer = bot.ask("ศูนย์อบรมอาเซียนด้านสังคมสงเคราะห์ที่ไทยจะจัดตั้ง อยู่ที่จังหวัดใด")
    assert answer.evidence.values["unit_missing"] == 1.0
    assert answer.verdict != "answered"
    answer = bot.ask("คลังเก็บสิ่งของช่วยเหลือของอาเซียนในไทยตั้งอยู่จังหวัดใด")
    assert answer.evidence.values["unit_missing"] == 0.0


def test_an_everyday_word_the_corpus_lacks_weighs_less_than_a_rare_one(bot) -> None:
    from qa_bot.known_words import everyday_discounted, general_rarity
    from qa_bot.vocabulary import idf_table, unknown_idf

    vocab, _ = idf_table(bot.index)
    known = next(iter(vocab))
    everyday, rare = "เดือน", "โกดัง"  # Thai National Corpus: 19,571 and 176 times
    assert everyday not in vocab and rare not in vocab
    weight = unknown_idf(bot.index)
    discounted = everyday_discounted(bot.index, {everyday: weight, rare: weight, known: 1.0})
    assert discounted[everyday] < discounted[rare] < weight
    assert discounted[known] == 1.0  # a word the corpus uses keeps its IDF
    assert general_rarity("wifi-unheard-of-word") == 1.0


def test_english_words_count_through_their_thai_translations(bot) -> None:
    # "held" is จัด (WordNet's Thai terms): the SAMCA sentence says "การจัดการประชุม", the
    # other sentence has no such word.
    retrieval = retrieve(
        bot.index, "When was the special meeting of ministers on climate held?", k=5
    )
    said, _ = features(bot.index, retrieval, answer_sentence=SAMCA)
    unsaid, _ = features(bot.index, retrieval, answer_sentence=OTHER)
    assert said["translated"] == unsaid["translated"] == 1.0
    # Its other words are no names where its case cannot tell (lexicon.common_word): they count
    # through the dictionary too (special → พิเศษ, meeting → การประชุม, ministers → รัฐมนตรี),
    # more of them in the SAMCA sentence than in the other. Three of its five words are met:
    # the dictionary gives climate as สภาพอากาศ (or ภูมิสถาปัตย์) where the text writes
    # สภาพภูมิอากาศ, and held as การจับ or รักษา, which the text never writes (its piece การ,
    # a stop word the text writes everywhere, meets nothing); the two weigh by their rarity in
    # Thai at large (scope.english_rarity).
    text = "".join(passage.text for passage in bot.index.passages)
    assert "จับ" not in text and "รักษา" not in text and "สภาพอากาศ" not in text
    assert 0.4 < said["translated_known"] < 0.7
    assert said["translated_coverage_sentence"] > unsaid["translated_coverage_sentence"]


def test_english_words_the_text_never_translates_are_unknown(bot) -> None:
    # The document never speaks of rain (ฝน) or tomorrow (พรุ่งนี้).
    text = "".join(passage.text for passage in bot.index.passages)
    assert "ฝน" not in text and "พรุ่งนี้" not in text
    retrieval = retrieve(bot.index, "Will it rain tomorrow?", k=5)
    values, _ = features(bot.index, retrieval)
    assert values["translated"] == 1.0
    assert values["translated_known"] == 0.0 and values["translated_coverage"] == 0.0


def test_a_term_is_met_by_its_meaning_pieces_not_its_grammatical_ones(bot) -> None:
    # The dictionary's photosynthesis is การสังเคราะห์ด้วยแสง / การสังเคราะห์แสง; the document
    # writes การ and ด้วย throughout, สังเคราะห์ and แสง nowhere: nothing of it is met, and the
    # question is not answered (topic16: it was, through การ).
    text = "".join(passage.text for passage in bot.index.passages)
    assert "การ" in text and "ด้วย" in text
    assert "สังเคราะห์" not in text and "แสง" not in text
    retrieval = retrieve(bot.index, "What is photosynthesis?", k=5)
    values, _ = features(bot.index, retrieval)
    assert values["translated"] == 1.0 and values["translated_known"] == 0.0
    assert bot.ask("What is photosynthesis?").verdict != "answered"


def test_a_word_the_corpus_writes_otherwise_is_known_through_that_spelling(bot) -> None:
    # The document never writes คนแก่ (everyday Thai) nor "phuket" (in Latin letters); it writes
    # ผู้สูงวัย / ผู้สูงอายุ, which share คนแก่'s Thai WordNet synset, and ภูเก็ต, which "phuket"
    # sounds like, in the passages the two find first.
    text = "".join(passage.text for passage in bot.index.passages)
    assert "คนแก่" not in text and "phuket" not in text.lower() and "ภูเก็ต" in text
    for asked, spelt in (("คนแก่", "ผู้สูงวัย"), ("phuket", "ภูเก็ต")):
        retrieval = retrieve(bot.index, asked, k=5)
        assert spelt in retrieval.candidates[0].passage.text
        values, unknown = features(bot.index, retrieval)
        assert unknown == () and values["fair_coverage"] == 1.0
        assert bot.ask(asked).verdict != "not_found"
    # "phuket" (a Latin word over the Thai text, judged by the dense_only part) is met as an
    # English word is through its translation: its Thai spelling is in the passage.
    values, _ = features(bot.index, retrieve(bot.index, "phuket", k=5))
    assert values["translated_known"] == values["translated_coverage"] == 1.0
    # … and so is Thai typed in Latin letters a syllable at a time: "raeng ngan" is แรงงาน.
    assert "แรงงาน" in text and "raeng" not in text
    values, _ = features(bot.index, retrieve(bot.index, "raeng ngan", k=5))
    assert values["translated_known"] == 1.0


def test_thai_typed_in_latin_letters_is_read_as_the_thai_word_it_sounds_like(bot) -> None:
    # The document writes สาธารณสุข (public health) and ขยะ (waste); a kiosk types them as
    # they sound. A three-letter syllable is too short to say which word it is.
    from qa_bot.known_words import romanised_thai

    text = "".join(passage.text for passage in bot.index.passages)
    assert "สาธารณสุข" in text and "ขยะ" in text
    assert romanised_thai(bot.index, "satharanasuk") == ("สาธารณสุข",)
    assert "ขยะ" in romanised_thai(bot.index, "kaya")
    assert romanised_thai(bot.index, "dek") == ()


@pytest.mark.parametrize("asked", ["อาเซียน", "asean", "What is ASEAN?"])
def test_a_question_naming_only_what_every_passage_is_about_is_not_answered(bot, asked) -> None:
    # Every passage of the document writes อาเซียน: any of them is as much an answer as another.
    assert all("อาเซียน" in passage.text for passage in bot.index.passages)
    answer = bot.ask(asked)
    assert answer.verdict == "uncertain" and answer.evidence.values["corpus_wide"] == 1.0
    # A question that asks for something about it is judged as before.
    assert bot.ask("อาเซียนตั้งเป้ายุติการระบาดของเอดส์ภายในปีใด").evidence.values["corpus_wide"] == 0.0


def test_an_english_word_the_text_never_says_weighs_by_how_rare_it_is(bot) -> None:
    # The document says อาเซียน throughout and speaks of no anthem (no เพลง, สรรเสริญ, สดุดี):
    # the question is about the anthem more than about ASEAN, and its rarer word weighs more.
    text = "".join(passage.text for passage in bot.index.passages)
    assert "อาเซียน" in text and not any(w in text for w in ("เพลง", "สรรเสริญ", "สดุดี"))
    retrieval = retrieve(bot.index, "What is the name of the ASEAN anthem?", k=5)
    values, _ = features(bot.index, retrieval)
    assert values["translated"] == 1.0 and 0.0 < values["translated_known"] < 0.5
    assert english_rarity("anthem") > english_rarity("city")


def test_english_words_no_dictionary_and_no_name_explain_are_unknown(bot) -> None:
    # "pandemic" is no name the document writes and no word of the dictionary: nothing meets it
    # in the Thai text, so it counts as unknown (as an untranslated word would), not neutral.
    retrieval = retrieve(bot.index, "pandemic", k=5)
    assert "pandemic" not in retrieval.words.translations
    values, _ = features(bot.index, retrieval)
    assert values["translated"] == 1.0 and values["translated_known"] == 0.0
    # … while a name the text writes is neutral (SAMCA), and "hi" asks about nothing.
    named, _ = features(bot.index, retrieve(bot.index, "hi SAMCA", k=5))
    assert named["translated"] == 0.0 and named["translated_known"] == 1.0


def test_a_thai_question_has_no_translated_words(bot) -> None:
    retrieval = retrieve(bot.index, "SAMCA จัดขึ้นเมื่อไร", k=5)
    values, _ = features(bot.index, retrieval, answer_sentence=OTHER)
    assert values["translated"] == 0.0
    assert values["translated_known"] == values["translated_coverage_sentence"] == 1.0


def test_a_question_asking_two_things_is_judged_by_its_first_clause_too(bot) -> None:
    # The document says what SAMCA is and when it met (10 กรกฎาคม ค.ศ. 2018): both clauses
    # are answered by one passage, and the verdict is at least the first clause's alone.
    question = "What does SAMCA stand for and when did it take place?"
    answer = bot.ask(question)
    first = answer.evidence.first
    assert first is not None
    alone = bot.ask("What does SAMCA stand for")
    assert alone.hits[0].passage_id == answer.hits[0].passage_id
    assert first.verdict == alone.verdict
    rank = {"not_found": 0, "uncertain": 1, "answered": 2}
    assert rank[answer.verdict] >= rank[first.verdict]
    assert answer.verdict == answer.evidence.verdict  # the verdict is the evidence's
    # A question asking one thing has no first clause to judge.
    assert bot.ask("SAMCA จัดขึ้นเมื่อไร").evidence.first is None


def test_an_english_word_of_a_thai_question_counts_only_where_it_is_written(bot) -> None:
    # The document's AUN passage says its "main activities" in Thai (กิจกรรมหลัก) and never in
    # English: a mixed question's English words are no evidence against it (issue #11, 4).
    question = "AUN มี main activities อะไรบ้าง"
    retrieval = retrieve(bot.index, question, k=5)
    top = retrieval.candidates[0].passage.text
    assert "กิจกรรมหลัก" in top and "activities" not in top.lower()
    fair, _ = features(bot.index, retrieval)
    spelled, _ = features(
        bot.index, retrieval, replace(DEFAULT.scope, latin_words_where_present=False)
    )
    assert fair["fair_coverage"] == 1.0  # AUN is there; main, activities are not looked for
    assert spelled["fair_coverage"] < 0.5  # counted missing when their spelling is asked for


# The document's sentence on the action plan of the Vientiane declaration: "ครั้งที่ 32 … ที่สิงคโปร์".
SUMMIT_32 = (
    "ซึ่งผู้นำประเทศสมาชิกอาเซียนรับทราบในการประชุมสุดยอดอาเซียน ครั้งที่ 32 "
    "เมื่อวันที่ 27-28 เมษายน ค.ศ. 2018 ที่สิงคโปร์"
)


def test_an_ordinal_the_question_gives_is_read_in_the_answer_sentence(bot) -> None:
    # "32nd" and "ครั้งที่ 32" are one number in two languages: language-neutral evidence.
    english = retrieve(bot.index, "Which city hosted the 32nd ASEAN Summit?", k=5)
    assert features(bot.index, english, answer_sentence=SUMMIT_32)[0]["ordinal_said"] == 1.0
    assert features(bot.index, english, answer_sentence=SAMCA)[0]["ordinal_said"] == 0.0
    thai = retrieve(bot.index, "การประชุมสุดยอดอาเซียนครั้งที่ 32 จัดที่ไหน", k=5)
    assert features(bot.index, thai, answer_sentence=SUMMIT_32)[0]["ordinal_said"] == 1.0
    # A question that gives no ordinal: 0.0, whatever the sentence holds.
    plain = retrieve(bot.index, "SAMCA จัดขึ้นที่ไหน", k=5)
    assert features(bot.index, plain, answer_sentence=SUMMIT_32)[0]["ordinal_said"] == 0.0


def test_a_count_in_a_series_is_told_by_the_ordinal_of_its_last_one(bot) -> None:
    # The document: "ดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง (First ASEAN Youth Development Index)".
    index_sentence = (
        "โดยได้มีการจัดทำดัชนีการพัฒนาเยาวชนอาเซียน ฉบับที่หนึ่ง (First ASEAN Youth Development Index)"
    )
    retrieval = retrieve(bot.index, "ดัชนีการพัฒนาเยาวชนอาเซียนออกมากี่ฉบับแล้ว", k=5)
    values, _ = features(bot.index, retrieval, answer_sentence=index_sentence)
    assert values["type_missing_sentence"] == 0.0
    assert features(bot.index, retrieval, answer_sentence=OTHER)[0]["type_missing_sentence"] == 1.0


def test_the_rule_that_answers_a_spelt_out_acronym_sets_its_probability_too(bot) -> None:
    # verdict_for answers "What's AUN short for?" (the passage: "(ASEAN University Network:
    # AUN)"); its probability says so too, so the verdict cuts are not placed on a low one.
    answer = bot.ask("What's AUN short for?")
    assert answer.evidence.values["defined"] == 1.0
    assert answer.evidence.probability == 1.0
    assert bot.ask("AUN มีสมาชิกกี่แห่ง").evidence.probability < 1.0
