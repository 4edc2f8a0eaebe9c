"""A count is stated where its number is written with the classifier of what the stem counts
(binding.unit_bound; FRESH25 K2). Expected values come from the bundled document:

- "แผนงานประชาคมสังคมและวัฒนธรรมอาเซียน มีคุณลักษณะ 5 ข้อ ได้แก่ (1) … (5) มีพลวัต": the Blueprint's
  five characteristics, counted in ข้อ, listed by bracketed numbers;
- "กรอบความร่วมมือภายใต้เสาประชาคมสังคมและวัฒนธรรมอาเซียน ประกอบด้วย 15 สาขา ดังนี้ …": the pillar's
  fifteen sectors (areas) of cooperation, counted in สาขา.

The stems are written for this test."""

from __future__ import annotations

import re
from pathlib import Path

from qa_bot import QABot
from qa_bot.corpus.model import Passage
from qa_bot.exam.binding import number_and_unit, sentence_at, unit_bound
from qa_bot.exam.english_counts import english_count_classifiers

TEXT = (
    Path(__file__).resolve().parents[1] / "corpus" / "asean_socio_cultural_community.th.txt"
).read_text(encoding="utf-8")


def _sentence(start: str) -> str:
    at = TEXT.index(start)
    return TEXT[at : TEXT.index("\n", at)]


TRAITS = _sentence("มีคุณลักษณะ 5 ข้อ")
SECTORS = _sentence("กรอบความร่วมมือภายใต้เสาประชาคมสังคมและวัฒนธรรมอาเซียน ประกอบด้วย 15 สาขา")


def test_an_english_count_names_the_classifier_of_its_noun() -> None:
    assert "สาขา" in english_count_classifiers("Into how many areas is the cooperation organised?")
    assert "สาขา" in english_count_classifiers("How many sectors of cooperation are there?")
    assert "ข้อ" in english_count_classifiers("How many characteristics does the Blueprint have?")
    assert english_count_classifiers("How many leaders' declarations were adopted?") == ("ฉบับ",)
    assert english_count_classifiers("How many member states does ASEAN have?") == ("ประเทศ",)
    # units of time are read by dates, not as a count; a stem that counts nothing names none
    assert english_count_classifiers("How many days did the summit last?") == ()
    assert english_count_classifiers("Which sector does AQRF belong to?") == ()


def test_a_count_is_stated_with_its_own_classifier() -> None:
    stem = "How many areas of cooperation make up the socio-cultural pillar?"
    assert unit_bound(SECTORS, "15", stem) is True
    assert unit_bound(TRAITS, "5", stem) is False  # five characteristics, not areas
    traits = "How many characteristics does the ASCC Blueprint 2016-2025 have?"
    assert unit_bound(TRAITS, "5", traits) is True
    assert unit_bound(SECTORS, "15", traits) is False
    # a Thai count in a classifier that counts the same things: กี่ประการ is answered by 5 ข้อ
    assert unit_bound(TRAITS, "5", "แผนงานมีคุณลักษณะกี่ประการ") is True
    assert unit_bound(TRAITS, "5 ประการ", "แผนงานมีคุณลักษณะกี่ประการ") is True
    assert number_and_unit("5", "What is the Blueprint?") is None


def test_a_list_items_bracketed_number_counts_nothing() -> None:
    assert re.search(r"\(2\) ความครอบคลุม", TRAITS)
    # "(2)" labels the second characteristic: no count of pillars
    assert unit_bound(TRAITS, "2 เสา", "ประชาคมอาเซียนประกอบด้วยเสาหลักกี่เสา") is False
    # … and an English choice read as a number ("One that …") is no count in a Thai classifier
    assert unit_bound(TRAITS, "1 that engages", "What kind of community is it?") is None


def test_a_place_between_two_sentences_is_the_next_ones() -> None:
    source = "แผนงานประชาคม มีคุณลักษณะ 5 ข้อ"
    passage = Passage(
        id=0,
        doc_id="d",
        doc_title="d",
        section_id=0,
        section_label="s",
        section_label_en="s",
        start=0,
        end=len(source),
        sentences=((0, 13), (14, len(source))),
        source=source,
    )
    assert source[13] == " "
    assert sentence_at(passage, 13) == (14, len(source))
    assert sentence_at(passage, 3) == (0, 13)


def test_the_count_of_the_pillars_areas_is_its_sectors(bot: QABot) -> None:
    choice = bot.ask(
        "How many areas of cooperation does the ASEAN Socio-Cultural Community pillar have?",
        choices=["5", "8", "12", "15"],
    ).choice
    assert choice is not None and choice.index == 3, choice.scores


def test_a_thai_count_in_another_classifier_of_fields_is_the_sectors(bot: QABot) -> None:
    # กี่ด้าน counts what สาขา counts (answer_types.alike_classifiers); the Blueprint's "5 ข้อ"
    # (characteristics) stands between two sentences, where a support may be placed.
    choice = bot.ask(
        "ความร่วมมือภายใต้เสาประชาคมสังคมและวัฒนธรรมอาเซียนแบ่งออกเป็นกี่ด้าน",
        choices=["5", "8", "10", "15"],
    ).choice
    assert choice is not None and choice.index == 3, choice.scores


def test_a_count_written_with_the_unit_the_stem_counts_by_is_decided(bot) -> None:
    # "กรอบความร่วมมือภายใต้เสาประชาคมสังคมและวัฒนธรรมอาเซียน ประกอบด้วย 15 สาขา": the English stem's
    # topic is little of the Thai text's words (judged uncertain), but the count is the
    # document's own, with the unit the stem counts by (sectors, areas → สาขา).
    for stem, choices in (
        ("How many areas of cooperation does the ASCC pillar have?", ["5", "8", "15", "20"]),
        (
            "Into how many sectors is cooperation under the socio-cultural pillar divided?",
            ["ten", "twelve", "fifteen", "eighteen"],
        ),
    ):
        choice = bot.ask(stem, choices=choices).choice
        assert choice is not None and choice.index == 2 and choice.decided
