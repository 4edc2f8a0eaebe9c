"""Topic nouns a question names that the documents never write — another disease, organisation
or disaster (qa_bot/topic_words.py, FRESH13 §1) — and the words of paraphrases that are none.

What the bundled document writes is read from the document itself (source_text): each case
first checks that the topic is (or is not) in its text.
"""

from __future__ import annotations

import pytest

from qa_bot.topic_words import absent_topics, topic_kind
from qa_bot.types import ANSWERED


@pytest.mark.parametrize(
    ("question", "absent", "kind"),
    [
        # The document names AIDS and Zika among diseases, never cancer, TB or diabetes.
        ("อาเซียนมีความร่วมมือเรื่องโรคมะเร็งอย่างไร", "มะเร็ง", "ill_health"),
        ("What does ASEAN do about cancer?", "cancer", "ill_health"),
        ("อาเซียนมีความร่วมมือเรื่องวัณโรคอย่างไร", "วัณโรค", "ill_health"),
        ("What does ASEAN do about tuberculosis?", "tuberculosis", "ill_health"),
        ("อาเซียนรับมือไข้หวัดนกอย่างไร", "ไข้หวัด", "ill_health"),
        # … no organisation of the UN family but the UN itself.
        ("What role does UNICEF play in the ASEAN Socio-Cultural Community?", "unicef", None),
        ("ยูเนสโกขึ้นทะเบียนมรดกโลกในอาเซียนกี่แห่ง", "ยูเนสโก", "organization"),
        # … and disasters in general, never a typhoon.
        ("What did ASEAN do after the typhoon hit the Philippines?", "typhoon", None),
        # … and health cooperation, never tobacco (WordNet's drugs of abuse).
        ("อาเซียนมีมาตรการร่วมกันเรื่องควบคุมบุหรี่ไหม", "บุหรี่", "drug_of_abuse"),
        ("Did ASEAN health ministers agree on rules for cigarettes?", "cigarettes", None),
    ],
)
def test_a_topic_the_document_never_writes_is_absent(
    bot, source_text: str, question: str, absent: str, kind: str | None
) -> None:
    assert absent not in source_text.lower()
    assert "เอดส์" in source_text and "ซิกา" in source_text and "ภัยพิบัติ" in source_text
    found = absent_topics(bot.index, question)
    assert len(found) == 1 and absent in found[0]
    assert topic_kind(found[0]) is not None
    if kind is not None:
        assert topic_kind(found[0]) == kind


@pytest.mark.parametrize(
    ("question", "written"),
    [
        # Diseases, bodies and disasters the document names, in Thai or by their English names.
        ("อาเซียนทำอะไรเรื่องเอดส์", "เอดส์"),
        ("What does ASEAN do about HIV and AIDS?", "เอดส์"),
        ("What does ASEAN do about Zika?", "ซิกา"),
        ("อาเซียนรับมือภัยพิบัติอย่างไร", "ภัยพิบัติ"),
        ("How does ASEAN manage disasters?", "ภัยพิบัติ"),
        ("What does ASEAN do about malnutrition?", "ทุพโภชนาการ"),
        ("Which university network does ASEAN have?", "มหาวิทยาลัย"),
        # A paraphrase's everyday words name no topic: คนแก่ for ผู้สูงอายุ.
        ("อาเซียนดูแลคนแก่อย่างไร", "ผู้สูงอายุ"),
        ("เด็กขาดสารอาหาร อาเซียนทำอะไร", "ทุพโภชนาการ"),
        # A generic kind is no topic: บริษัท (a company) and รัฐบาล are everyday words.
        ("บริษัทควรดูแลลูกจ้างอย่างไรตามแนวทางของอาเซียน", "ลูกจ้าง"),
        # … nor a kind's general words: floods and earthquakes are the disasters the document
        # covers in general, an illness is what a question asks for.
        ("เวลาเกิดน้ำท่วมแผ่นดินไหวในอาเซียน มีศูนย์ไหนคอยประสานความช่วยเหลือ", "ภัยพิบัติ"),
        ("What illness does the ASEAN health cooperation name?", "เอดส์"),
    ],
)
def test_a_topic_the_document_writes_or_a_paraphrase_is_not_absent(
    bot, source_text: str, question: str, written: str
) -> None:
    assert written in source_text
    assert absent_topics(bot.index, question) == ()


def test_a_word_inside_a_longer_one_is_no_synonym_written(bot, source_text: str) -> None:
    # The Thai WordNet gives หวัด (a cold) for ไข้หวัด; the document writes หวัด only inside
    # จังหวัด (ชัยนาท), which is no cold.
    assert "ไข้หวัด" not in source_text and "จังหวัด" in source_text
    assert absent_topics(bot.index, "ไข้หวัดระบาด อาเซียนทำอะไร") == ("ไข้หวัด",)


def test_the_judge_reads_absent_topics(bot) -> None:
    assert bot.ask("อาเซียนมีความร่วมมือเรื่องวัณโรคอย่างไร").evidence.values["absent_topic"] == 1.0
    assert bot.ask("อาเซียนมีความร่วมมือเรื่องเอดส์อย่างไร").evidence.values["absent_topic"] == 0.0


@pytest.mark.parametrize(
    "question",
    [
        "What does ASEAN do about cancer?",
        "What does ASEAN do about tuberculosis?",
        "อาเซียนมีความร่วมมือเรื่องโรคมะเร็งอย่างไร",
    ],
)
def test_a_question_about_an_absent_disease_is_not_answered(bot, question: str) -> None:
    # FRESH13 §1: answered from the HIV/AIDS and Zika sentences of the health passage.
    assert bot.ask(question).verdict != ANSWERED


def test_the_shipped_topic_nouns_are_what_the_script_builds(tmp_path) -> None:
    # The test command installs Debian's wordnet-base (scripts/install-test-system-packages.sh).
    import gzip
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("topic_script", root / "scripts/topic_nouns.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert Path("/usr/share/wordnet/data.noun").exists(), "apt-get install wordnet-base"
    out = tmp_path / "topic_nouns.json.gz"
    assert script.main(["--out", str(out)]) == 0
    shipped = root / "qa_bot/data/topic_nouns.json.gz"
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped.read_bytes())
    data = json.loads(gzip.decompress(shipped.read_bytes()))
    # WordNet files dengue fever under ill health, UNESCO under organisations.
    assert data["english"]["unesco"][0] == "organization"
    assert data["english"]["cancer"] == ["ill_health", 5]  # ill health > illness > disease > …
    assert data["english"]["dengue"][0] == "ill_health"
    assert "doing" not in data["english"]  # mostly a verb's form: no topic
    assert "gymnasium" not in data["english"]  # an untagged school and an untagged gym
    # Names of several words: a WordNet name, not a sort of organisation; with its Thai name.
    assert data["english"]["world health organization"][0] == "organization"
    assert "high school" not in data["english"]
    assert "องค์การอนามัยโลก" in data["synonyms"]["world health organization"]
    # Thai illness names from "โรค + name" in two of PyThaiNLP's word lists; อ้วน ("fat") is
    # an adjective in the Thai WordNet, no name.
    assert list(data["heads"]) == ["โรค"]
    # … and heads the word lists put before illnesses' names (เชื้อเอดส์, ไวรัสไข้หวัดใหญ่).
    assert {"เชื้อ", "ไวรัส"} <= set(data["list_heads"])
    # Names of several words the dictionaries list that are no Wikipedia title.
    assert "ประชาคมการเมืองและความมั่นคงอาเซียน" in data["names"]
    assert data["thai"]["มาลาเรีย"] == data["thai"]["ไข้เลือดออก"] == ["ill_health", 3]
    assert "อ้วน" not in data["thai"]


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        # Thai names a disease "โรค + its name"; the dictionaries write the names of these three,
        # the document none of them (FRESH14 §1: answered from the AIDS / Zika sentences).
        ("อาเซียนมีมาตรการป้องกันไข้เลือดออกอย่างไร", "ไข้เลือดออก"),
        ("อาเซียนรับมือโรคมาลาเรียอย่างไร", "มาลาเรีย"),
        ("อาเซียนรับมือโรคพิษสุนัขบ้าอย่างไร", "พิษสุนัขบ้า"),
        # … and a name no dictionary has, after โรค.
        ("อาเซียนรับมือโรคอีโบลาอย่างไร", "อีโบลา"),
        # An organisation's English name of several words, or its acronym in capitals.
        ("What does the World Bank fund in ASEAN?", "world bank"),
        ("How does the WHO support ASEAN on Zika?", "who"),
        # A name of the document's own family it never writes: another ASEAN community.
        ("ประชาคมเศรษฐกิจอาเซียนมีเป้าหมายอะไร", "ประชาคมเศรษฐกิจอาเซียน"),
        # … one the Volubilis dictionary lists, though no Wikipedia title.
        ("ประชาคมการเมืองและความมั่นคงอาเซียนทำอะไรบ้าง", "ประชาคมการเมืองและความมั่นคงอาเซียน"),
        # A name after a head the word lists give illnesses (เชื้อ), new to Thai at large.
        ("อาเซียนเตรียมพร้อมรับมือเชื้ออีโบลาอย่างไร", "อีโบลา"),
        # A head and its name that newmm keeps as one word.
        ("อาเซียนรับมือโรคไข้หวัดนกอย่างไร", "โรคไข้หวัด"),
    ],
)
def test_disease_names_organisations_and_siblings_the_document_never_writes_are_absent(
    bot, source_text: str, question: str, absent: str
) -> None:
    assert absent not in source_text.lower()
    assert "ซิกา" in source_text and "ประชาคมสังคมและวัฒนธรรมอาเซียน" in source_text
    assert absent_topics(bot.index, question) == (absent,)


@pytest.mark.parametrize(
    ("question", "written"),
    [
        # Zika's fever: the document writes ซิกา.
        ("อาเซียนทำอะไรเรื่องไข้ซิกา", "ซิกา"),
        # อ้วน after โรค is an everyday word ("fat"), no disease's name of its own.
        ("โรคอ้วนในเด็ก อาเซียนทำอะไร", "ทุพโภชนาการ"),
        # A sort of organisation of several words is no name; "Who" asks.
        ("Does ASEAN support high school students?", "การศึกษา"),
        ("Who leads ASEAN health cooperation?", "สาธารณสุข"),
        # A name with no Thai name cannot be looked for in a Thai text: left alone.
        ("What does the Royal Society do in ASEAN?", "อาเซียน"),
        # After a head of the word lists, a word Thai at large writes is no name: ภาวะ
        # (a condition) before โลกร้อน, a paraphrase of the climate the document covers.
        ("อาเซียนแก้ปัญหาภาวะโลกร้อนอย่างไร", "สภาพภูมิอากาศ"),
        # The document's own name of its family, and a Zika virus it writes.
        ("ประชาคมสังคมและวัฒนธรรมอาเซียนมีกี่สาขา", "ประชาคมสังคมและวัฒนธรรมอาเซียน"),
        ("อาเซียนรับมือเชื้อไวรัสซิกาอย่างไร", "ไวรัสซิกา"),
    ],
)
def test_everyday_words_after_a_head_sorts_and_untranslated_names_are_not_absent(
    bot, source_text: str, question: str, written: str
) -> None:
    assert written in source_text
    assert absent_topics(bot.index, question) == ()


@pytest.mark.parametrize(
    ("question", "absent", "head"),
    [
        # A thing of the document's family (a Thai Wikipedia title ending in อาเซียน) whose head
        # word the document writes in no spelling: it has no flag, motto or charter.
        ("ธงอาเซียนมีสีอะไรบ้าง", "ธงอาเซียน", "ธง"),
        ("คำขวัญของอาเซียนคืออะไร", "คำขวัญของอาเซียน", "คำขวัญ"),
        ("กฎบัตรอาเซียนลงนามที่ประเทศไหน", "กฎบัตรอาเซียน", "กฎบัตร"),
        # … asked in English, read through the dictionary's Thai (flag → ธง, motto → คำขวัญ).
        ("What does the ASEAN flag look like?", "ASEAN flag", "ธง"),
        ("What is the motto of ASEAN?", "ASEAN motto", "คำขวัญ"),
        ("What is ASEAN's motto?", "ASEAN motto", "คำขวัญ"),
    ],
)
def test_a_thing_of_the_family_the_document_never_writes_is_absent(
    bot, source_text: str, question: str, absent: str, head: str
) -> None:
    assert "อาเซียน" in source_text and head not in source_text
    assert absent.split()[-1] not in source_text.lower()
    assert absent_topics(bot.index, question) == (absent,)


@pytest.mark.parametrize(
    ("question", "written"),
    [
        # ทุนการศึกษาอาเซียน is listed, but the document writes ทุนการศึกษา (the AUN's).
        ("ทุนการศึกษาอาเซียนมีอะไรบ้าง", "ทุนการศึกษา"),
        ("What is the ASEAN scholarship?", "ทุนการศึกษา"),
        # The document's own bodies, in Thai and in English.
        ("เครือข่ายมหาวิทยาลัยอาเซียนทำอะไร", "เครือข่ายมหาวิทยาลัยอาเซียน"),
        ("What does the ASEAN University Network do?", "ASEAN University Network"),
    ],
)
def test_a_thing_of_the_family_the_document_writes_is_not_absent(
    bot, source_text: str, question: str, written: str
) -> None:
    assert written in source_text
    assert absent_topics(bot.index, question) == ()


def test_the_judge_reads_a_thing_of_the_family_in_both_languages(bot) -> None:
    # FRESH15 §2's kind: an English near-miss answered while its Thai twin is cautioned.
    for question in ("ธงอาเซียนมีสีอะไรบ้าง", "What colours are on the ASEAN flag?"):
        assert bot.ask(question).evidence.values["absent_topic"] == 1.0
