"""Build qa_bot/data/topic_nouns.json.gz: nouns that name a topic of their own kind — an illness,
an organisation, a geological or atmospheric phenomenon, a calamity, a drug of abuse — in English
and in Thai.

Princeton WordNet 3.0 (Debian's `wordnet-base`: /usr/share/wordnet/data.noun gives each synset's
hypernyms, index.* each lemma's synsets commonest first and how many of its senses SemCor tags per
part of speech) and the Thai WordNet (NICT 2011, bundled with PyThaiNLP as corpus/wordnet_th.db),
whose Thai lemmas are filed under the same WordNet 3.0 synsets. A synset belongs to a kind when one
of the kind's roots is among its hypernyms (instance hypernyms too): ill_health.n.01,
organization.n.01, geological_phenomenon.n.01, atmospheric_phenomenon.n.01, calamity.n.01,
drug_of_abuse.n.01 (tobacco, alcohol, narcotics: "อาเซียนมีมาตรการควบคุมบุหรี่ไหม" over a text on
ASEAN's health cooperation that names none). Not wrongdoing.n.02 (crimes): the Thai WordNet files
everyday words under its gambling (เบอร์ "number", as in the numbers game), and its general words
(การละเลย, การล่วงละเมิด) are a paraphrase's. An English lemma is kept when its commonest noun sense
belongs to a kind and it is mostly a noun (SemCor tags no more of its senses in another part of
speech: "doing", "push" are not; when SemCor tags none of its senses, every one must belong to it:
"gymnasium" is an untagged school and an untagged gym); a Thai lemma when any noun synset it is
filed under does (the Thai WordNet has no sense order). Each is kept with its depth below the kind's
root (a root 0, illness 1, disease 2: the general words of a kind), and a Thai spelling of an
English one by its sound (มาลาเรีย for malaria), from the Thai-English transliteration dictionary
v1.4 PyThaiNLP bundles (corpus/th_en_transliteration_v1.4.tsv; its pairs marked wrong, check False,
left out). Licences: qa_bot/data/LEXICON-LICENSE.txt.

English lemmas of several words are kept too ("world health organization", "bird flu"), as
WordNet writes them with spaces. Thai names a disease "โรค + its name" (โรคมาลาเรีย,
โรคพิษสุนัขบ้า, โรคไข้เลือดออก), and the Thai WordNet files few such names; so an illness's
*heads* — its one-word Thai lemmas filed under no synset of another kind, ≤ 2 steps below the
root and everyday in Thai at large (known_words.general_rarity < 0.5: โรค) — name one in the
general Thai word lists PyThaiNLP bundles (the Royal Society's dictionary orst_words_th.txt,
the Volubilis dictionary volubilis_words_th.txt, the Thai Wikipedia's titles
wikipedia_titles_th.txt): a compound head + name written in two of the three lists, whose name
is a word of the lists itself, adds the name and the compound one step below the head
(มาลาเรีย, ไข้เลือดออก, พิษสุนัขบ้า). One list alone is loose ("โรคคริสต์มาส", "โรคอุบัติใหม่").
The heads are kept too: qa_bot/topic_words.py reads a word after one in a question ("โรคอีโบลา").
The lists give more heads (list_heads): one-word Thai WordNet nouns, no verb or adjective, that
at least four of their compounds put before distinct illness names of the table (เชื้อเอดส์,
ไวรัสไข้หวัดใหญ่, วัคซีนวัณโรค); and names of several words (listed_names): entries of the Royal
Society's and the Volubilis dictionaries, no Wikipedia title, of at least three newmm words whose
last word is no Royal Society headword ("ประชาคมการเมืองและความมั่นคงอาเซียน").

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
    "drug_of_abuse": "03248958",
}
POS = ("noun", "verb", "adj", "adv")
# The kinds whose Thai names are a head word and a name (see the docstring); an organisation's
# Thai name is a phrase of its own (องค์การอนามัยโลก, in the Thai WordNet), and "รัฐบาลจีน",
# "ทีมชาติ" are no names of one.
HEADED_KINDS = ("ill_health",)
MAX_HEAD_DEPTH = 2
EVERYDAY_RARITY = 0.5  # qa_bot/topic_words.SPECIFIC: below it a word is everyday Thai
# PyThaiNLP's bundled general Thai word lists (pythainlp/corpus), read for head + name compounds.
WORD_LISTS = ("orst_words_th.txt", "volubilis_words_th.txt", "wikipedia_titles_th.txt")
MIN_LISTS = 2
MIN_NAMED = 4  # a list head's compounds name at least this many things of its kind
MIN_NAME_WORDS = 3  # a listed name's words, as newmm cuts it


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


def proper_names(wordnet: Path) -> set[tuple[str, str]]:
    """(synset offset, lower-case lemma) for each lemma a noun synset writes with a capital
    letter: a name ("World_Health_Organization"), not a sort of thing ("high_school")."""
    found = set()
    for line in (wordnet / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        for i in range(int(fields[3], 16)):
            word = fields[4 + 2 * i].split("(")[0]  # "(a)"-style markers are adjectives' only
            if word != word.lower():
                found.add((fields[0], word.lower()))
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


def word_list(path: Path) -> set[str]:
    """The entries of one of PyThaiNLP's word lists (one a line, "#" comments)."""
    text = path.read_text(encoding="utf-8-sig")
    return {line.split("#", 1)[0].strip() for line in text.splitlines()} - {""}


def heads_of(
    lemmas: dict[str, set[str]], kinds: dict[str, tuple[str, int]]
) -> dict[str, tuple[str, int]]:
    """The heads of HEADED_KINDS: one-word Thai lemmas whose every noun synset is of one such
    kind, at most MAX_HEAD_DEPTH below its root, everyday in Thai at large."""
    from pythainlp.tokenize import word_tokenize

    from qa_bot.known_words import general_rarity

    found = {}
    for lemma, offsets in lemmas.items():
        of = [kinds.get(o) for o in offsets]
        if any(k is None for k in of) or len({k[0] for k in of if k}) != 1:
            continue
        kind, depth = min(k for k in of if k)
        if kind not in HEADED_KINDS or depth > MAX_HEAD_DEPTH or len(lemma) < 2:
            continue
        one_word = len(word_tokenize(lemma, engine="newmm")) == 1
        if one_word and general_rarity(lemma) < EVERYDAY_RARITY:
            found[lemma] = (kind, depth)
    return found


def headed_names(
    heads: dict[str, tuple[str, int]], lists: list[set[str]], not_nouns: set[str]
) -> dict[str, tuple[str, int]]:
    """Name and head + name, one step below the head, for each compound written in MIN_LISTS
    of the word lists whose name is an entry of a list itself and no word the Thai WordNet files
    as a verb, adjective or adverb (not_nouns): โรคอ้วน names obesity, but อ้วน is "fat"."""
    every = set().union(*lists)
    found: dict[str, tuple[str, int]] = {}
    for head, (kind, depth) in sorted(heads.items()):
        compounds: dict[str, int] = {}
        for entries in lists:
            for entry in entries:
                if entry.startswith(head) and len(entry) > len(head) + 1:
                    compounds[entry] = compounds.get(entry, 0) + 1
        for compound, n in sorted(compounds.items()):
            name = compound[len(head) :]
            if n >= MIN_LISTS and name in every and name not in not_nouns:
                found.setdefault(compound, (kind, depth + 1))
                found.setdefault(name, (kind, depth + 1))
    return found


def list_heads(
    thai: dict[str, tuple[str, int]],
    lemmas: dict[str, set[str]],
    lists: list[set[str]],
    not_nouns: set[str],
) -> dict[str, tuple[str, int]]:
    """Heads the word lists give a headed kind beside WordNet's: one-word Thai WordNet nouns
    (no verb, adjective or adverb) that at least MIN_NAMED compounds of the lists put before
    distinct names of the kind in the table (เชื้อเอดส์, ไวรัสไข้หวัดใหญ่, วัคซีนวัณโรค), as
    the kind's root (depth 0): the word after one names a thing of the kind only when Thai at
    large never writes it (qa_bot/topic_words.py: a transliterated name, อีโบลา)."""
    from pythainlp.tokenize import word_tokenize

    names = {w: k for w, (k, _) in thai.items() if k in HEADED_KINDS and len(w) >= 2}
    found: dict[str, set[str]] = {}
    for entry in set().union(*lists):
        for cut in range(2, len(entry) - 1):
            head, name = entry[:cut], entry[cut:]
            if name in names and head in lemmas and head not in not_nouns:
                found.setdefault(head, set()).add(name)
    return {
        head: (names[next(iter(named))], 0)
        for head, named in sorted(found.items())
        if len(named) >= MIN_NAMED and len(word_tokenize(head, engine="newmm")) == 1
    }


def listed_names(lists: list[set[str]]) -> dict[str, list[str]]:
    """Names of several words in the dictionaries' lists that the Thai Wikipedia's titles lack
    (entities.sibling_names reads those): entries of the Royal Society's and the Volubilis
    dictionaries of at least three newmm words whose last word is no headword of the Royal
    Society's dictionary (a name: "ประชาคมการเมืองและความมั่นคงอาเซียน"), each with its words."""
    from pythainlp.tokenize import word_tokenize

    from qa_bot.entities import is_wikipedia_title, royal_dictionary_word
    from qa_bot.text import is_thai

    found = {}
    for entry in sorted(set().union(*lists[:2])):
        if " " in entry or not is_thai(entry) or is_wikipedia_title(entry):
            continue
        words = word_tokenize(entry, engine="newmm")
        long_enough = len(words) >= MIN_NAME_WORDS and min(len(words[0]), len(words[-1])) >= 2
        if long_enough and is_thai(words[-1]) and not royal_dictionary_word(words[-1]):
            found[entry] = words
    return found


def build(wordnet: Path, thai_db: Path, transliterations: Path, lists_dir: Path) -> dict:
    kinds = kinds_of(hypernyms(wordnet))
    names = proper_names(wordnet)
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
    synset_lemmas: dict[str, list[str]] = {}
    for lemma, senses in noun_senses.items():
        for offset in senses:
            synset_lemmas.setdefault(offset, []).append(lemma.replace("_", " "))
    first_senses: dict[str, list[str]] = {}
    for lemma, senses in noun_senses.items():
        counts = tagged[lemma]
        other = max((n for p, n in counts.items() if p != "noun"), default=0)
        # The first sense is the commonest only when SemCor tags one ("gymnasium": an untagged
        # school before an untagged gym); untagged, every sense must be of the kind.
        first = senses[:1] if counts["noun"] else senses
        if not lemma.replace("_", "").isalpha() or counts["noun"] < other:
            continue
        if not all(o in kinds for o in first) or len({kinds[o][0] for o in first}) != 1:
            continue
        # A sort of organisation of several words is everyday ("high school", "working
        # group"); one of several words that WordNet writes as a name is one of its own.
        sort_of = kinds[first[0]][0] == "organization" and "_" in lemma
        if sort_of and not any((o, lemma) in names for o in first):
            continue
        english[lemma.replace("_", " ")] = min(kinds[o] for o in first)
        first_senses[lemma.replace("_", " ")] = first
    thai: dict[str, tuple[str, int]] = {}
    lemmas: dict[str, set[str]] = {}
    not_nouns: set[str] = set()
    with sqlite3.connect(f"file:{thai_db}?mode=ro", uri=True) as db:
        rows = db.execute("select synsetid, li from word_synset order by li, synsetid")
        for synset, lemma in rows:
            offset, _, pos = synset.partition("-")
            lemma = lemma.strip()
            if pos == "n":
                lemmas.setdefault(lemma, set()).add(offset)
            else:
                not_nouns.add(lemma)
            if pos == "n" and offset in kinds and len(lemma) >= 2 and lemma not in thai:
                thai[lemma] = kinds[offset]
    heads = heads_of(lemmas, kinds)
    thai_of: dict[str, list[str]] = {}
    for lemma, offsets in lemmas.items():
        for offset in offsets:
            thai_of.setdefault(offset, []).append(lemma)
    # A name of several words is written when the text writes another lemma of its synsets
    # ("aids" for "acquired immune deficiency syndrome", องค์การอนามัยโลก for the WHO's name).
    synonyms = {
        phrase: sorted(
            {o for s in senses for o in synset_lemmas.get(s, []) + thai_of.get(s, [])} - {phrase}
        )
        for phrase, senses in first_senses.items()
        if " " in phrase
    }
    lists = [word_list(lists_dir / f) for f in WORD_LISTS]
    for name, found in headed_names(heads, lists, not_nouns).items():
        thai.setdefault(name, found)
    more_heads = {
        h: k for h, k in list_heads(thai, lemmas, lists, not_nouns).items() if h not in heads
    }
    with open(transliterations, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            english_word = (row.get("en") or "").strip().lower()
            spelling = (row.get("th") or "").strip()
            if row.get("check") != "False" and english_word in english and spelling:
                thai.setdefault(spelling, english[english_word])
    return {
        "sources": "Princeton WordNet 3.0 (data.noun hypernyms, index.*) x Thai WordNet "
        "(NICT 2011); Thai-English transliteration dictionary v1.4; PyThaiNLP's word lists "
        + ", ".join(WORD_LISTS),
        "kinds": KINDS,
        # Thai head words of a kind (โรค): the word after one names a thing of the kind
        "heads": {k: list(v) for k, v in sorted(heads.items())},
        # … and the word lists' (list_heads): the word after one must be new to Thai at large
        "list_heads": {k: list(v) for k, v in sorted(more_heads.items())},
        # names of several words the dictionaries list (listed_names) → their words
        "names": listed_names(lists),
        # lemma → [kind, hypernym steps below the kind's root]
        "english": {k: list(v) for k, v in sorted(english.items())},
        # an English name of several words → the other lemmas (English, Thai) of its synsets
        "synonyms": {k: v for k, v in sorted(synonyms.items()) if v},
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
    data = build(args.wordnet, thai_db, transliterations, corpus)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(
        f"{args.out}: {len(data['english'])} English, {len(data['thai'])} Thai topic nouns, "
        f"heads {', '.join(data['heads'])}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
