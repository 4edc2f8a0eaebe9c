"""Build qa_bot/data/en_th_lexicon.json.gz: English words to Thai terms, from two WordNets and
a dictionary of English loanwords in Thai.

Princeton WordNet 3.0 (Debian's `wordnet-base`: /usr/share/wordnet/index.{noun,verb,adj,adv}
list each English lemma's synsets, commonest sense first; *.exc list irregular forms) and the
Thai WordNet (NICT 2011, bundled with PyThaiNLP as corpus/wordnet_th.db), whose Thai lemmas are
filed under the same WordNet 3.0 synset offsets. An English lemma's Thai terms are the Thai
lemmas of its `--senses` commonest synsets; "untagged" lists those of a part of speech none of
whose senses SemCor tags (index files' tagsense_cnt) where another is tagged. Only one-word
English lemmas are kept (a question's words are looked up one by one). From WordNet's data.*
files too: "derived", the nouns an adjective or adverb is formed from (pertainyms and
derivationally related nouns: "environmental" → environment); "numbers", cardinal words beside
their digits ("three 3 iii"); "phrases", nouns of two or three words ("old_person" →
ผู้สูงอายุ, noun_phrases).
Loanwords: the Thai-English transliteration dictionary v1.4 (Wannaphong Phatthiyaphaibun,
2022, CC BY 4.0; bundled with PyThaiNLP as
corpus/th_en_transliteration_v1.4.tsv), English words Thai writes by their sound ("technology"
→ เทคโนโลยี, "logistics" → โลจิสติกส์), which the Thai WordNet mostly lacks; its pairs the Royal
Institute's spelling marks wrong (check False) are left out. Licences:
qa_bot/data/LEXICON-LICENSE.txt.

    apt-get install wordnet-base && python scripts/english_thai_lexicon.py
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "qa_bot" / "data" / "en_th_lexicon.json.gz"
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
_THAI = re.compile("[\u0e01-\u0e5b]")


def loanwords(table: Path) -> dict[str, list[str]]:
    """One-word English words → their Thai transliterations, from the transliteration
    dictionary's th / en / check columns (check False: a spelling the Royal Institute marks
    wrong)."""
    found: dict[str, list[str]] = defaultdict(list)
    with open(table, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            english, thai = (row.get("en") or "").strip().lower(), (row.get("th") or "").strip()
            if row.get("check") == "False" or not english.isalpha() or not _THAI.search(thai):
                continue
            if thai not in found[english]:
                found[english].append(thai)
    return {k: v for k, v in sorted(found.items())}


# WordNet's pointers from an adjective or adverb to the noun it is formed from (wninput(5WN)):
# pertainym ("marine" → sea, "ministerial" → minister), derivationally related form
# ("competitive" → competitiveness). Verbs are left out: "inclusive" → include (ประกอบด้วย,
# "consists of") names no quality.
_DERIVED_FROM = {"\\": 0, "+": 1}


def related_nouns(
    wordnet: Path, lemmas: dict[str, list[str]], thai: dict[str, set[str]] | None = None
) -> dict[str, list[str]]:
    """Adjectives and adverbs → the one-word nouns with Thai terms their senses point to as the
    word they are formed from (pertainyms first, then derivationally related forms), in sense
    order: "marine" → ["sea", "navigation"], "environmental" → ["ecology", "environment"],
    "competitive" → ["competitiveness"]: the Thai WordNet files few adjectives (none for those
    three), while the nouns they come from have terms. The lexical pointers (wninput(5WN):
    source/target word numbers) name the very lemma; semantic ones every lemma of the target
    synset.

    With thai (`thai_lemmas`): instead, the Thai terms of the very senses the pointers name, in
    the same order ("rural" → ชนบท, the sense country / rural_area, where the noun "country"'s
    commonest senses are the nation's ประเทศ, รัฐ)."""
    words: dict[tuple[str, str], list[str]] = {}
    pointers: dict[tuple[str, str], list[tuple[str, str, str, int, int]]] = {}
    for name in ("noun", "verb", "adj", "adv"):
        for line in (wordnet / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split("|")[0].split()
            offset, pos = fields[0], "a" if fields[2] == "s" else fields[2]
            count = int(fields[3], 16)
            words[(offset, pos)] = [fields[4 + 2 * i].split("(")[0].lower() for i in range(count)]
            k = 4 + 2 * count
            found = []
            for j in range(int(fields[k])):
                symbol, target, target_pos, st = fields[k + 1 + 4 * j : k + 5 + 4 * j]
                if symbol in _DERIVED_FROM and pos in ("a", "r") and target_pos == "n":
                    found.append((symbol, target, target_pos, int(st[:2], 16), int(st[2:], 16)))
            if found:
                pointers[(offset, pos)] = found
    derived: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (offset, pos), found in pointers.items():
        own = words[(offset, pos)]
        for symbol, target, target_pos, source, dest in found:
            sources = own if source == 0 else own[source - 1 : source]
            targets = words.get((target, target_pos), [])
            targets = targets if dest == 0 else targets[dest - 1 : dest]
            for word in sources:
                if not word.isalpha():
                    continue
                if thai is not None:
                    for term in sorted(thai.get(f"{target}-{target_pos}", ())):
                        derived[word].append((_DERIVED_FROM[symbol], len(derived[word]), term))
                    continue
                for other in targets:
                    if other.isalpha() and lemmas.get(other) and other != word:
                        rank = (_DERIVED_FROM[symbol], len(derived[word]))
                        derived[word].append((*rank, other))
    return {
        word: list(dict.fromkeys(other for *_, other in sorted(found)))
        for word, found in sorted(derived.items())
    }


_ROMAN = re.compile(r"^[ivxlcdm]+$")


def number_words(wordnet: Path) -> dict[str, int]:
    """English cardinal number words → their value, from the adjective synsets WordNet files a
    cardinal under beside its digits ("three 3 iii", "fifteen 15 xv"); Roman numerals and
    words of several lemmas ("one_hundred") are left out."""
    found: dict[str, int] = {}
    for line in (wordnet / "data.adj").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split("|")[0].split()
        names = [fields[4 + 2 * i].split("(")[0] for i in range(int(fields[3], 16))]
        digits = [n for n in names if n.isdigit()]
        if len(digits) != 1:
            continue
        for name in names:
            if name.isalpha() and name.islower() and not _ROMAN.match(name) and len(name) > 2:
                found.setdefault(name, int(digits[0]))
    return dict(sorted(found.items()))


LOWER, NAME, ACRONYM = "l", "n", "a"  # how a synset writes a lemma: "bring", "Manila", "FAR"


def written_forms(wordnet: Path) -> dict[tuple[str, str], dict[str, str]]:
    """(offset, part of speech) → each lemma of that synset, lower case → how the synset writes
    it: LOWER ("bring"), NAME, with a capital ("Manila", the city; "Br", bromine), or ACRONYM,
    in capitals ("FAR", the Rwandan army); the first of these where it writes it twice.
    Satellite adjectives (s) are filed as adjectives (a)."""
    rank = {LOWER: 0, NAME: 1, ACRONYM: 2}
    found: dict[tuple[str, str], dict[str, str]] = {}
    for name in POS:
        for line in (wordnet / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            pos = "a" if fields[2] == "s" else fields[2]
            forms: dict[str, str] = {}
            for i in range(int(fields[3], 16)):
                word = fields[4 + 2 * i].split("(")[0]  # adjectives' markers: "galore(ip)"
                kind = (
                    LOWER
                    if word.islower()
                    else ACRONYM
                    if word.isupper() and len(word) > 1
                    else NAME
                )
                held = forms.get(word.lower())
                if held is None or rank[kind] < rank[held]:
                    forms[word.lower()] = kind
            found[(fields[0], pos)] = forms
    return found


def thai_lemmas(thai_db: Path) -> dict[str, set[str]]:
    """Synset ("offset-pos") → the Thai WordNet's Thai lemmas filed under it."""
    thai: dict[str, set[str]] = defaultdict(set)
    with sqlite3.connect(f"file:{thai_db}?mode=ro", uri=True) as db:
        for synset, lemma in db.execute("select synsetid, li from word_synset"):
            if _THAI.search(lemma) and len(lemma) >= 2:
                # WordNet's satellite adjectives (-s) share the adjective files' offsets (-a).
                thai[synset.replace("-s", "-a")].add(lemma.strip())
    return thai


MAX_PHRASE = 3  # words: longer collocations ("head_of_state_or_government") are rarely typed so


def noun_phrases(
    wordnet: Path,
    thai: dict[str, set[str]],
    forms: dict[tuple[str, str], dict[str, str]],
    senses: int,
) -> dict[str, list[str]]:
    """WordNet's nouns of two or three words (collocations, joined by "_": "old_person",
    "climate_change", "social_welfare") that some synset writes in lower case (not names:
    "South_China_Sea" is names.py's), → the Thai lemmas of their `senses` commonest synsets
    (old_person → ผู้สูงอายุ, …): a noun English writes in several words is one Thai term, whose
    words the one-word lemmas do not give ("older persons" word by word is อาวุโส คน)."""
    found: dict[str, list[str]] = {}
    for line in (wordnet / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):  # the licence header
            continue
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        words = lemma.split("_")
        if not 2 <= len(words) <= MAX_PHRASE or not all(w.isalpha() for w in words):
            continue
        offsets = fields[-count:][:senses]
        if not any(forms.get((o, "n"), {}).get(lemma) == LOWER for o in offsets):
            continue
        terms = [t for o in offsets for t in sorted(thai.get(f"{o}-n", ()))]
        found[lemma] = list(dict.fromkeys(terms))
    return dict(sorted(found.items()))


def verb_phrases(wordnet: Path) -> list[str]:
    """WordNet's verbs of two or three words ("take_place", "deal_with", "set_up"): phrasal
    verbs, whose particle or object is no word of its own sense (took place is no สถานที่)."""
    found = []
    for line in (wordnet / "index.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        words = line.split()[0].split("_")
        if 2 <= len(words) <= MAX_PHRASE and all(w.isalpha() and w.islower() for w in words):
            found.append("_".join(words))
    return sorted(found)


def build(wordnet: Path, thai_db: Path, senses: int) -> dict:
    forms = written_forms(wordnet)
    thai = thai_lemmas(thai_db)
    # A word that WordNet writes in lower case or as a name ("far", "china", "manila") has no
    # sense of the acronym it writes in capitals: not "far" as FAR (the Rwandan army, Thai
    # กองทัพปลดปล่อย…). Names keep their senses (China, จีน, beside china, porcelain).
    lower = {
        word for written in forms.values() for word, kind in written.items() if kind != ACRONYM
    }
    lemmas: dict[str, list[str]] = {}
    later: dict[str, list[str]] = defaultdict(list)
    by_pos: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)
    for name, pos in POS.items():
        for line in (wordnet / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):  # the licence header
                continue
            fields = line.split()
            lemma, count = fields[0], int(fields[2])
            if "_" in lemma or not lemma.isalpha():
                continue
            terms = lemmas.setdefault(lemma, [])
            found: set[str] = set()
            offsets = fields[-count:]
            if lemma in lower:
                offsets = [o for o in offsets if forms.get((o, pos), {}).get(lemma) != ACRONYM]
            for offset in offsets[:senses]:
                for term in sorted(thai.get(f"{offset}-{pos}", ())):
                    found.add(term)
                    if term not in terms:
                        terms.append(term)
            for offset in offsets[senses:]:
                for term in sorted(thai.get(f"{offset}-{pos}", ())):
                    if term not in later[lemma]:
                        later[lemma].append(term)
            # tagsense_cnt: how many of its senses in this part of speech the SemCor corpus
            # tags (index(5WN)), the field before the synset offsets
            by_pos[lemma].append((int(fields[-count - 1]), found, pos))
    # Terms of a part of speech none of whose senses SemCor tags, where another part of speech
    # of the lemma has tagged senses: "come" the noun (น้ำกาม) beside the verb, "main" the noun
    # (ทะเล) beside the adjective. An exam's English word is rarely used so.
    # A question uses a word SemCor tags only as a verb as a verb: its untagged noun senses are
    # no sense of it at all ("come", "take": ผลกำไร, a take's profit). Other untagged parts stay
    # in retrieval: "the elderly" is the noun (กลุ่มผู้สูงอายุ) that SemCor never tags beside
    # the tagged adjective.
    untagged: dict[str, list[str]] = {}
    for lemma, parts in by_pos.items():
        if any(tagged for tagged, _, _ in parts):
            used = set().union(*(found for tagged, found, _ in parts if tagged))
            rare = set().union(*(found for tagged, found, _ in parts if not tagged)) - used
            if rare:
                untagged[lemma] = sorted(rare)
            tagged_parts = {pos for tagged, _, pos in parts if tagged}
            if tagged_parts == {"v"}:
                nouns = set().union(*(found for _, found, pos in parts if pos == "n")) - used
                lemmas[lemma] = [t for t in lemmas[lemma] if t not in nouns]
    exceptions: dict[str, str] = {}
    for name in POS:
        for line in (wordnet / f"{name}.exc").read_text(encoding="utf-8").splitlines():
            form, *bases = line.split()
            if bases and form.isalpha() and bases[0].isalpha():
                exceptions.setdefault(form, bases[0])
    # English words (not names): one-word lemmas that a synset of data.* writes in lower case;
    # names: those it writes only with a capital (Bangkok, Sahara).
    words: set[str] = set()
    capitalised: set[str] = set()
    for name in POS:
        for line in (wordnet / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            for i in range(int(fields[3], 16)):
                word = fields[4 + 2 * i].split("(")[0]  # adjectives' markers: "galore(ip)"
                if word.isalpha() and word.islower():
                    words.add(word)
                elif word.isalpha() and word[0].isupper():
                    capitalised.add(word.lower())
    # The parts of speech in which WordNet writes a one-word lemma in lower case, for reducing
    # an inflected word by the detachment rules of its part of speech only (morphy(7WN)): not
    # "bring" → br (Br, bromine, a noun), "sing" → se (Se, selenium).
    parts: dict[str, set[str]] = defaultdict(set)
    for (_, pos), written in forms.items():
        for word, kind in written.items():
            if kind == LOWER and word.isalpha():
                parts[word].add(pos)
    return {
        "phrases": noun_phrases(wordnet, thai, forms, senses),
        "verb_phrases": verb_phrases(wordnet),
        "parts": {k: "".join(sorted(v)) for k, v in sorted(parts.items())},
        "derived": related_nouns(wordnet, lemmas),
        "derived_terms": related_nouns(wordnet, lemmas, thai),
        "numbers": number_words(wordnet),
        "sources": "Princeton WordNet 3.0 (index.*, data.*, *.exc) x Thai WordNet (NICT 2011)",
        "words": sorted(w for w in words if not lemmas.get(w)),
        "names": sorted(w for w in capitalised - words if lemmas.get(w)),
        "senses": senses,
        "lemmas": {k: v for k, v in sorted(lemmas.items()) if v},
        "later": {
            k: terms
            for k, v in sorted(later.items())
            if (terms := [t for t in v if t not in lemmas.get(k, ())])
        },
        "exceptions": dict(sorted(exceptions.items())),
        "untagged": dict(sorted(untagged.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--senses", type=int, default=3, help="commonest senses kept per lemma")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    import pythainlp

    corpus = Path(pythainlp.__file__).parent / "corpus"
    thai_db = corpus / "wordnet_th.db"
    if not (args.wordnet / "index.noun").exists():
        print(f"no WordNet at {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
        return 1
    transliterations = corpus / "th_en_transliteration_v1.4.tsv"
    if not transliterations.exists():
        print(
            f"no {transliterations.name} in PyThaiNLP: pip install 'pythainlp>=5.4'",
            file=sys.stderr,
        )
        return 1
    data = build(args.wordnet, thai_db, args.senses)
    data["loanwords"] = loanwords(transliterations)
    data["sources"] += " + Thai-English transliteration dictionary v1.4 (loanwords)"
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    tmp = args.out.with_suffix(".tmp")
    # mtime=0: the same sources give the same bytes.
    with open(tmp, "wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb", mtime=0) as gz:
        gz.write(raw.encode("utf-8"))
    tmp.replace(args.out)
    lemmas, exceptions = len(data["lemmas"]), len(data["exceptions"])
    words, names = len(data["words"]), len(data["names"])
    print(f"{lemmas} English lemmas ({names} names), {words} other words,")
    print(f"{exceptions} irregular forms, {len(data['loanwords'])} loanwords")
    print(f"-> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
