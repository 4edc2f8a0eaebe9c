"""Place names in either script: Thailand's provinces, the world's countries and its cities.

One reading of the bundled lists that every place check shares (exam/names: a choice's English
province in Thai; answer_types: the place level a question asks, the gazetteer; exam/claims:
the places a sentence names):

    provinces   PyThaiNLP's list of Thailand's 77 provinces, Thai and English names
                (pythainlp.corpus.provinces), with the capital as Thai texts write it
                (กรุงเทพฯ, กรุงเทพ; Royal Institute's short form);
    countries   countries.country_names (PyThaiNLP's 247 and the current spellings it lacks);
    geonames    the Thai names GeoNames gives the world's cities of 15,000 people or more
                (qa_bot/data/geonames_th.json.gz, scripts/geonames_places.py; CC BY 4.0):
                บันดาร์เสรีเบกาวัน, ยอกยาการ์ตา, which the dictionary does not name, less the
                stop words and the dictionary's everyday terms, as a bare city name;
    cities      the Thai terms the English–Thai dictionary (lexicon.py: Princeton WordNet × Thai
                WordNet) gives that begin with a capital's class noun, กรุง ("Hanoi" →
                กรุงฮานอย, "Manila" → กรุงมะนิลา), or with a town's, เมือง, for English names
                (lemmas WordNet writes only with a capital: "Nagoya" → เมืองนาโกยา; the everyday
                "heaven" is also เมืองสวรรค์), and the name without it (ฮานอย) unless that is
                the Thai term of an everyday English word (เมืองผี, "Hades": ผี is "ghost") or
                holds another class noun (เมืองหลวงประเทศเวียดนาม is a description).

A place is read as whole words: a name found inside another word (the province เลย in "เลยไป",
ลาว in "ลาวา") is none (countries._boundaries, PyThaiNLP's word cuts). A city and its bare name
are one place (กรุงมะนิลา = มะนิลา), as are the capital's forms (กรุงเทพฯ).
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

from .countries import _boundaries, _trie_pattern, country_names
from .kept_tables import handed
from .lexicon import _data, dictionary_terms, translated_terms
from .text import normalize, thai_stopwords

# The capital as Thai texts write it, beside PyThaiNLP's full name (Royal Institute).
CAPITAL = "กรุงเทพฯ"
_CAPITAL_FORMS = ("กรุงเทพฯ", "กรุงเทพ", "กรุงเทพมหานคร", "กทม.")
# The class nouns a Thai city's name begins with (Royal Institute: กรุง a capital, เมือง a town).
_CITY_NOUN = re.compile(r"^(?:กรุง|เมือง)(?=.)")
_CAPITAL_NOUN = "กรุง"
# Class nouns inside a term mark a description ("เมืองหลวงประเทศลาว"), not a name.
_OTHER_NOUN = re.compile(r"ประเทศ|จังหวัด|หลวง|\s")
# A bare city name shorter than this is too often part of other words.
_MIN_BARE = 3


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Thailand's provinces by their English names in lower case (PyThaiNLP's list): Thai name.

    >>> provinces()["chai nat"]
    'ชัยนาท'
    """
    from pythainlp.corpus import provinces as listed

    return {p["name_en"].lower(): p["name_th"] for p in listed(details=True) if p["name_en"]}


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """The Thai names of Thailand's provinces, with the capital's short forms (กรุงเทพฯ)."""
    return frozenset({*provinces().values(), *_CAPITAL_FORMS})


def province(name: str) -> str | None:
    """The Thai name of a province given in English ("Chiang Mai" → เชียงใหม่), None for any
    other name."""
    return provinces().get(re.sub(r"\s+", " ", name).strip().lower())


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """Each Thai form of a city the dictionary names (module docstring) → the city as one
    place: its name without the class noun (กรุงฮานอย → ฮานอย, ฮานอย → ฮานอย); from warm_tables'
    cache when it was read."""
    kept = handed("cities")
    if kept is not None:
        return kept  # type: ignore[return-value]
    lemmas, _, _, names = _data()
    everyday = translated_terms()
    found: dict[str, str] = {}
    for english, terms in lemmas.items():
        for term in terms:
            if not _CITY_NOUN.match(term) or not (
                term.startswith(_CAPITAL_NOUN) or english in names
            ):
                continue
            bare = _CITY_NOUN.sub("", term)
            if _OTHER_NOUN.search(bare):
                continue
            found[normalize(term)] = normalize(bare)
            if len(bare) >= _MIN_BARE and bare not in everyday:
                found[normalize(bare)] = normalize(bare)
    return found


_GEONAMES = Path(__file__).resolve().parent / "data" / "geonames_th.json.gz"


@lru_cache(maxsize=1)
def geonames_cities() -> frozenset[str]:
    """The Thai city names of GeoNames (module docstring) that are no everyday word, in the
    matching form (the build script normalised them: text.normalize)."""
    with gzip.open(_GEONAMES, "rt", encoding="utf-8") as fh:
        names = json.load(fh)["names"]
    everyday = translated_terms()
    return frozenset(n for n in names if len(n) >= _MIN_BARE and n not in everyday)


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Every Thai place form → the one place it names (module docstring), stop words left out
    ("เลย", the province Loei, is also "at all")."""
    forms: dict[str, str] = {}
    forms.update({n: n for n in geonames_cities()})
    forms.update(cities())
    forms.update({n: n for n in country_names()})
    forms.update({normalize(n): normalize(n) for n in province_names()})
    forms.update({normalize(n): CAPITAL for n in _CAPITAL_FORMS})
    stop = thai_stopwords()
    return {form: place for form, place in forms.items() if form not in stop and len(form) >= 2}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The longest place form starting at each position (overlapping ones too)."""
    return re.compile(f"(?=({_trie_pattern(frozenset(_forms()))}))")


def place_names() -> frozenset[str]:
    """Every Thai form of a province, country or city (module docstring)."""
    return frozenset(_forms())


@lru_cache(maxsize=1 << 14)
def places_in(text: str) -> frozenset[str]:
    """The places a text names as whole words, each as one place (กรุงมะนิลา and มะนิลา both as
    มะนิลา, the capital in any of its forms as กรุงเทพฯ).

    >>> sorted(places_in("ณ กรุงมะนิลา ฟิลิปปินส์"))
    ['ฟิลิปปินส์', 'มะนิลา']
    """
    text = normalize(text)
    found = [(m.start(), m.group(1)) for m in _pattern().finditer(text)]
    if not found:
        return frozenset()
    edges = _boundaries(text)
    forms = _forms()
    places = set()
    for start, form in found:
        # The longest form may end inside a word where a shorter one does not ("กรุงเทพฯ").
        for end in range(start + len(form), start + 1, -1):
            if text[start:end] in forms and start in edges and end in edges:
                places.add(forms[text[start:end]])
                break
    return frozenset(places)


def thai_place(name: str) -> str | None:
    """The Thai form of a place named in English that the lists know: a province
    ("Chiang Mai" → เชียงใหม่), else the first dictionary term of a one-word name that is a
    country or city ("Hanoi" → กรุงฮานอย); None for any other name."""
    found = province(name)
    if found is not None or " " in name.strip():
        return found
    forms = _forms()
    return next((t for t in dictionary_terms(name.strip().lower()) if normalize(t) in forms), None)
