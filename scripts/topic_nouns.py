"""Build qa_bot/data/topic_nouns.json.gz: nouns that name a topic of their own kind — an illness,
an organisation, a geological or atmospheric phenomenon, a calamity — in English and in Thai.

Princeton WordNet 3.0 (Debian's `wordnet-base`: /usr/share/wordnet/data.noun gives each synset's
hypernyms, index.* each lemma's synsets commonest first and how many of its senses SemCor tags
per part of speech) and the Thai WordNet (NICT 2011, bundled with PyThaiNLP as
corpus/wordnet_th.db), whose Thai lemmas are filed under the same WordNet 3.0 synsets. A synset
belongs to a kind when one of the kind's roots is among its hypernyms (instance hypernyms too):
ill_health.n.01, organization.n.01, geological_phenomenon.n.01, atmospheric_phenomenon.n.01,
calamity.n.01. An English lemma is kept when its commonest noun sense belongs to a kind and it is
mostly a noun (SemCor tags no more of its senses in another part of speech: "doing", "push" are
not; when SemCor tags none of its senses, every one must belong to it: "gymnasium" is an
untagged school and an untagged gym); a Thai lemma when any noun synset it is filed under does
(the Thai WordNet has no sense order). Each is kept with its depth below the kind's root (a
root 0, illness 1, disease 2: the general words of a kind), and a Thai spelling of an English
one by its sound (มาลาเรีย for malaria), from the Thai-English transliteration dictionary v1.4
PyThaiNLP bundles (corpus/th_en_transliteration_v1.4.tsv; its pairs marked wrong, check False,
left out). Licences: qa_bot/data/LEXICON-LICENSE.txt.

    apt-get install wordnet-base && python scripts/topic_nouns.py
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "qa_bot" / "data" / "topic_nouns.json.gz"
# The kinds and their roots (WordNet 3.0 noun offsets).
KINDS = {
    "ill_health": "14052046",
    "organization": "08008335",
    "geological_phenomenon": "11417672",
    "atmospheric_phenomenon": "11425580",
    "calamity": "07314838",
}
POS = ("noun", "verb", "adj", "adv")


def hypernyms(wordnet: Path) -> dict[str, list[str]]:
    """Noun synset offset → its hypernyms' and instance hypernyms' offsets (data.noun)."""
    found: dict[str, list[str]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):  # the licence header
            continue
        fields = line.split(" | ")[0].split()
        at = 4 + 2 * int(fields[3], 16)
        pointers = int(fields[at])
        found[fields[0]] = [
            fields[at + 2 + 4 * i]
            for i in range(pointers)
            if fields[at + 1 + 4 * i] in ("@", "@i") and fields[at + 3 + 4 * i] == "n"
        ]
    return found


def kinds_of(graph: dict[str, list[str]]) -> dict[str, tuple[str, int]]:
    """Noun synset offset → the kind it belongs to and how many hypernym steps below its root it
    is (the nearest root among its ancestors: a root is 0, illness under ill_health 1)."""
    roots = {offset: kind for kind, offset in KINDS.items()}
    found: dict[str, tuple[str, int]] = {}
    for offset in graph:
        level, seen, depth = [offset], {offset}, 0
        while level:
            hit = next((roots[o] for o in level if o in roots), None)
            if hit is not None:
                found[offset] = (hit, depth)
                break
            level = [p for o in level for p in graph.get(o, ()) if p not in seen]
            seen.update(level)
            depth += 1
    return found


def build(wordnet: Path, thai_db: Path, transliterations: Path) -> dict:
    kinds = kinds_of(hypernyms(wordnet))
    tagged: dict[str, dict[str, int]] = {}
    noun_senses: dict[str, list[str]] = {}
    for pos in POS:
        for line in (wordnet / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, count = fields[0], int(fields[2])
            # tagsense_cnt: the field before the synset offsets (index(5WN))
            tagged.setdefault(lemma, {})[pos] = int(fields[-count - 1])
            if pos == "noun":
                noun_senses[lemma] = fields[-count:]
    english: dict[str, tuple[str, int]] = {}
    for lemma, senses in noun_senses.items():
        counts = tagged[lemma]
        other = max((n for p, n in counts.items() if p != "noun"), default=0)
        # The first sense is the commonest only when SemCor tags one ("gymnasium": an untagged
        # school before an untagged gym); untagged, every sense must be of the kind.
        first = senses[:1] if counts["noun"] else senses
        if "_" in lemma or not lemma.isalpha() or counts["noun"] < other:
            continue
        if all(o in kinds for o in first) and len({kinds[o][0] for o in first}) == 1:
            english[lemma] = min(kinds[o] for o in first)
    thai: dict[str, tuple[str, int]] = {}
    with sqlite3.connect(f"file:{thai_db}?mode=ro", uri=True) as db:
        rows = db.execute("select synsetid, li from word_synset order by li, synsetid")
        for synset, lemma in rows:
            offset, _, pos = synset.partition("-")
            lemma = lemma.strip()
            if pos == "n" and offset in kinds and len(lemma) >= 2 and lemma not in thai:
                thai[lemma] = kinds[offset]
    with open(transliterations, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            english_word = (row.get("en") or "").strip().lower()
            spelling = (row.get("th") or "").strip()
            if row.get("check") != "False" and english_word in english and spelling:
                thai.setdefault(spelling, english[english_word])
    return {
        "sources": "Princeton WordNet 3.0 (data.noun hypernyms, index.*) x Thai WordNet "
        "(NICT 2011); Thai-English transliteration dictionary v1.4",
        "kinds": KINDS,
        # lemma → [kind, hypernym steps below the kind's root]
        "english": {k: list(v) for k, v in sorted(english.items())},
        "thai": {k: list(v) for k, v in sorted(thai.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    import pythainlp

    corpus = Path(pythainlp.__file__).parent / "corpus"
    thai_db, transliterations = corpus / "wordnet_th.db", corpus / "th_en_transliteration_v1.4.tsv"
    if not (args.wordnet / "data.noun").exists():
        print(f"no WordNet at {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
        return 1
    if not transliterations.exists():
        print(
            f"no {transliterations.name} in PyThaiNLP: pip install 'pythainlp>=5.4'",
            file=sys.stderr,
        )
        return 1
    data = build(args.wordnet, thai_db, transliterations)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{args.out}: {len(data['english'])} English, {len(data['thai'])} Thai topic nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
