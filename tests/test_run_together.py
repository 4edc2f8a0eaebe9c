"""English words typed without a space at a kiosk (FRESH21a K0c): "zikavirus", "AHACentre",
"migrantworkers" were not_found on the bundled document while the spaced words were answered.
The expected words and sections are the bundled document's (corpus/): each name below is
written there, in English, in the one section given."""

from __future__ import annotations

import pytest

from qa_bot.spelling import spelled

# (typed, the words meant, the section of the bundled document that writes them)
RUN_TOGETHER = [
    ("zikavirus", "zika virus", 5),  # "Zika Virus", Health
    ("culturalyear", "cultural year", 2),  # "ASEAN Cultural Year", Culture and Arts
    ("universitynetwork", "university network", 1),  # "ASEAN University Network", Education
    ("marinedebris", "marine debris", 7),  # "Reducing Marine Debris", Environment
    ("AHACentre", "AHA Centre", 6),  # "AHA Centre", Disaster Management
    ("ahacentre", "aha centre", 6),
    ("smartcity", "smart city", 8),  # "ASEAN Smart Cities Network"
    ("activeageing", "active ageing", 5),  # "Active Ageing", Health
    ("migrantworkers", "migrant workers", 3),  # "Migrant Workers", Labour
    ("climateaction", "climate action", 7),  # "SAMCA … on Climate Action", Environment
]


@pytest.mark.parametrize(("typed", "meant", "section"), RUN_TOGETHER)
def test_run_together_words_are_read_apart(bot, typed: str, meant: str, section: int) -> None:
    assert spelled(bot.index, typed) == meant
    assert spelled(bot.index, f"what is {typed}?") == f"what is {meant}?"


@pytest.mark.parametrize(("typed", "meant", "section"), RUN_TOGETHER)
def test_run_together_words_find_the_section_that_writes_them(
    bot, typed: str, meant: str, section: int
) -> None:
    answer = bot.ask(typed)
    assert answer.hits[0].section_id == section
    assert answer.verdict != "not_found"


def test_camel_case_keeps_the_case_it_was_typed_in(bot) -> None:
    # The document writes "ONE ASEAN ONE RESPONSE" (Disaster Management).
    assert spelled(bot.index, "OneASEANOneResponse") == "One ASEAN One Response"


@pytest.mark.parametrize(
    "word",
    [
        "ADDMER",  # the document's acronyms and names are its words: never split
        "addmer",  # ("add mer" by the web counts)
        "Yokyakarta",
        "SAMCA",
        "Vientiane",
        "Kaldi",  # a name the document does not write: no piece "k"
        "Chulalongkorn",  # a name: "chula long korn" has no known pieces
        "kansuksa",  # romanised Thai (การศึกษา), not "kans uksa"
    ],
)
def test_names_are_not_split(bot, word: str) -> None:
    assert " " not in spelled(bot.index, word)


def test_a_typo_is_still_a_typo(bot) -> None:
    # One edit from an English word: the typo corrector's, not two words.
    assert spelled(bot.index, "workplace safty") == "workplace safety"


# An own document (`qa-bot build`) whose acronym no web count has: its Latin words join the
# segmenter's, so the run-together "qxrfcentre" is its acronym and a word.
OWN = """# ศูนย์ QXRF

ศูนย์ QXRF Centre ตั้งอยู่ที่จังหวัดขอนแก่น เปิดให้บริการตรวจคุณภาพน้ำทุกวันจันทร์ถึงวันศุกร์

# ค่าบริการ

ค่าตรวจตัวอย่างน้ำตัวอย่างละ 300 บาท
"""


def test_an_own_document_s_acronym_is_a_word_of_the_split(bot, bot_over) -> None:
    own = bot_over("qxrf", {"qxrf.md": OWN})
    assert spelled(own.index, "qxrfcentre") == "qxrf centre"
    assert spelled(own.index, "QXRFCentre") == "QXRF Centre"
    # The bundled document does not write QXRF: the run stays one (unknown) word there.
    assert spelled(bot.index, "qxrfcentre") == "qxrfcentre"


def test_the_web_counts_are_read_after_the_port_opens_not_before() -> None:
    # A start does not pay the segmenter's ~0.5 s; the server's warm_up_later reads it, so the
    # first run-together word does not either. A new process: this one's are read by other tests.
    import subprocess
    import sys

    from .conftest import INDEX_DIR

    check = f"""
from qa_bot import QABot, pipeline, run_together
bot = QABot.load({str(INDEX_DIR)!r})
bot.warm_up(later=False)
before = run_together._web_counts.cache_info().currsize
pipeline.warm_up_later()
print(before, run_together._web_counts.cache_info().currsize)
"""
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.split() == ["0", "1"], done.stdout
