"""One reading of place names for every place check (qa_bot/places.py): provinces, countries and
the cities the English–Thai dictionary names, read as whole words, each as one place.

Expected values are the document's spellings (corpus/asean_socio_cultural_community.th.txt:
"ณ กรุงมะนิลา ฟิลิปปินส์", "ที่จังหวัดชัยนาท", "ที่กรุงเทพฯ") and the bundled lists' (PyThaiNLP's
provinces: Chai Nat → ชัยนาท; the dictionary: Hanoi → กรุงฮานอย).
"""

from __future__ import annotations

import re

import pytest

from qa_bot.places import CAPITAL, place_names, places_in, province, thai_place


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("ณ กรุงมะนิลา ฟิลิปปินส์", {"มะนิลา", "ฟิลิปปินส์"}),  # a capital is one place with its name
        ("ระยะที่ 2 ที่จังหวัดชัยนาท", {"ชัยนาท"}),
        ("ที่กรุงเทพฯ ในช่วงที่ไทยเป็นประธาน", {CAPITAL, "ไทย"}),
        ("กรุงเทพมหานคร", {CAPITAL}),  # the capital in any of its forms
        ("ไม่ได้กล่าวถึงเลย", set()),  # the province Loei is also "at all": a stop word
        ("หินลาวาไหลลงทะเล", set()),  # ลาว inside another word is no place
        ("เครือข่ายเมืองอัจฉริยะอาเซียน", set()),  # a smart city is no city's name
    ],
)
def test_places_are_read_as_whole_words_each_as_one_place(text: str, places: set[str]) -> None:
    assert places_in(text) == places


@pytest.mark.parametrize(
    ("english", "thai"),
    [
        ("Chai Nat", "ชัยนาท"),  # a province by its English name (PyThaiNLP)
        ("Chiang Mai", "เชียงใหม่"),
        ("Hanoi", "กรุงฮานอย"),  # a capital by its dictionary term
        ("Singapore", "สิงคโปร์"),
        ("Scholarships", None),  # no place
    ],
)
def test_an_english_place_name_has_its_thai_form(english: str, thai: str | None) -> None:
    assert thai_place(english) == thai


def test_provinces_countries_and_cities_share_one_list() -> None:
    names = place_names()
    assert {"ชัยนาท", "ภูเก็ต", "อินโดนีเซีย", "กรุงฮานอย", "ฮานอย"} <= names
    assert province("khon kaen") == "ขอนแก่น"
    assert "เลย" not in names and "ผี" not in names  # เมืองผี (Hades) names no city "ผี"


def test_the_cities_of_the_documents_meetings_are_places() -> None:
    # The document holds the 8th AMCA "ที่เมืองยอกยาการ์ตา อินโดนีเซีย" and names a declaration after
    # บันดาร์เสรีเบกาวัน; the dictionary names neither city, GeoNames does (data/geonames_th.json.gz).
    from pathlib import Path

    from qa_bot.exam.claims import bound_places

    text = (Path(__file__).resolve().parents[1] / "corpus").glob("*.th.txt")
    line = next(
        line for f in text for line in f.read_text().splitlines() if "(AMCA) ครั้งที่ 8" in line
    )
    held = re.search(r"\(AMCA\) ครั้งที่ 8 ที่เมือง(\S+) (\S+)", line)
    named = re.search(r"ปฏิญญา(บันดาร์\S+?)ว่าด้วย", line)
    assert held is not None and named is not None
    assert places_in(f"ที่เมือง{held.group(1)}") == {held.group(1)}
    assert places_in(f"จัดขึ้นที่{named.group(1)}") == {named.group(1)}
    # The meeting's place is the city after its name, not the one a declaration is named after.
    assert bound_places(line, "การประชุม AMCA ครั้งที่ 8") == {held.group(1), held.group(2)}


def test_an_everyday_word_is_no_city() -> None:
    # GeoNames gives Thai names to cities that are also words; the dictionary's everyday terms
    # are left out, as for a bare city name.
    from qa_bot.lexicon import translated_terms
    from qa_bot.places import geonames_cities

    assert geonames_cities()
    assert not geonames_cities() & set(translated_terms())
