"""English words to Thai terms (qa_bot/lexicon.py) and their use in retrieval."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from qa_bot.config import DEFAULT
from qa_bot.lexicon import derived_lemmas, derived_terms, dictionary_terms, lemma, number_word
from qa_bot.question_words import language_match, question_words
from qa_bot.search import fair_bm25
from qa_bot.text import tokenize

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "qa_bot" / "data" / "en_th_lexicon.json.gz"
SCRIPT = ROOT / "scripts" / "english_thai_lexicon.py"


def test_inflected_words_reach_their_wordnet_lemma() -> None:
    assert lemma("meetings") == "meeting"  # detachment rule -s
    assert lemma("held") == "hold"  # WordNet's verb.exc: held hold
    assert lemma("countries") == "country"  # -ies → -y
    assert lemma("xyzzy") is None


def test_thai_terms_are_the_thai_wordnet_s_lemmas_of_the_english_senses() -> None:
    # WordNet 3.0 synset 07144416-n "meeting" holds การประชุม in the Thai WordNet.
    assert "การประชุม" in dictionary_terms("meetings")
    assert "สิ่งแวดล้อม" in dictionary_terms("environment")
    assert dictionary_terms("xyzzy") == ()


def test_loanwords_are_the_thai_spellings_of_english_words_thai_writes_by_sound() -> None:
    from qa_bot.lexicon import loanwords

    assert loanwords("technology") == ("เทคโนโลยี",)
    assert loanwords("technologies") == ("เทคโนโลยี",)  # its base form's
    assert "วิดีโอ" in loanwords("video")
    assert loanwords("declaration") == ()  # Thai translates it: ปฏิญญา


def test_the_shipped_lexicon_is_what_the_script_builds_from_the_two_wordnets(tmp_path) -> None:
    # The test command installs Debian's wordnet-base (scripts/install-test-system-packages.sh).
    import importlib.util

    spec = importlib.util.spec_from_file_location("lexicon_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert Path("/usr/share/wordnet/index.noun").exists(), "apt-get install wordnet-base"
    out = tmp_path / "lexicon.json.gz"
    assert script.main(["--out", str(out)]) == 0
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(SHIPPED.read_bytes())
    data = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    assert data["senses"] == 3 and len(data["lemmas"]) > 40_000
    assert data["loanwords"]["logistics"] == ["โลจิสติกส์"]


def test_an_english_word_finds_the_thai_passage_through_its_thai_term(bot) -> None:
    index = bot.index
    question = "What about the elderly?"
    tokens = tokenize(question)
    # The document says ผู้สูงอายุ and ผู้สูงวัย (the elderly; WordNet's Thai lemmas of "elderly"
    # are กลุ่มผู้สูงอายุ, กลุ่มผู้สูงวัย, ผู้สูงอายุ, อาวุโส).
    holding = {p.id for p in index.passages if "ผู้สูงอายุ" in p.text or "ผู้สูงวัย" in p.text}
    assert holding
    untranslated = replace(DEFAULT.retrieval, translate=False)
    # Without the dictionary English words count only in a passage's English share (its
    # bracketed names); with it "elderly" adds where the text speaks of the elderly, since a
    # term of several words counts word by word (bench: better than counting only whole terms;
    # ผู้สูงวัย of กลุ่มผู้สูงวัย) …
    translated = question_words(index, question, tokens)
    plain = question_words(index, question, tokens, untranslated)
    added = fair_bm25(index, translated) - fair_bm25(index, plain, untranslated)
    assert added.min() >= 0.0
    assert holding <= set(np.flatnonzero(added > 0))
    # … but not by the stop word กลุ่ม ("group") of กลุ่มผู้สูงอายุ, a term the document never
    # writes whole (lexicon.attested_words): not where the text says only กลุ่ม. Counting every
    # word of every term, as before, it did.
    group = {p.id for p in index.passages if "กลุ่ม" in tokenize(p.text)} - holding
    assert group and not group & set(np.flatnonzero(added > 0))
    pieces = replace(DEFAULT.retrieval, attested_senses=False)
    every = fair_bm25(index, question_words(index, question, tokens, pieces))
    assert group <= set(np.flatnonzero(every - fair_bm25(index, plain, untranslated) > 0))
    # … and counts as a word the Thai text can match.
    assert language_match(translated) > language_match(plain)


def test_a_term_the_documents_do_not_write_counts_without_its_stop_words() -> None:
    from qa_bot.lexicon import attested_words, thai_words

    text = (ROOT / "corpus" / "asean_socio_cultural_community.th.txt").read_text(encoding="utf-8")

    def written(term: str) -> bool:
        return term in text

    # "members": สมาชิก (written: ประเทศสมาชิก), ส่วนที่ยื่นออกจากร่างกาย (a limb; not written):
    # not its stop words ส่วน and ที่.
    members = attested_words("members", written)
    assert "สมาชิก" in members and "ส่วน" in thai_words("members")
    assert "ส่วน" not in members and "ที่" not in members
    # "people": ประชาชน (written); not กลุ่ม (กลุ่มคน), มี, อยู่ (มีผู้คนอาศัยอยู่).
    people = attested_words("people", written)
    assert "ประชาชน" in people and not {"กลุ่ม", "มี", "อยู่"} & set(people)
    # A term written whole keeps all its words: "relief" → การบรรเทาทุกข์ (written), and of
    # การช่วยเหลือ (not written: ความช่วยเหลือ) ช่วยเหลือ but not การ.
    assert written("การบรรเทาทุกข์") and not written("การช่วยเหลือ")
    relief = attested_words("relief", written)
    assert relief.count("การ") == thai_words("relief").count("การ") - 1
    assert "ช่วยเหลือ" in relief
    assert attested_words("xyzzy", written) == ()


def test_an_english_question_s_translations_leave_out_unwritten_terms_stop_words(bot) -> None:
    question = "What do the members do?"
    found = question_words(bot.index, question).translated
    every = replace(DEFAULT.retrieval, attested_senses=False)
    pieces = question_words(bot.index, question, config=every).translated
    assert "สมาชิก" in found and "สมาชิก" in pieces
    assert "ส่วน" in pieces and "ส่วน" not in found  # of ส่วนที่ยื่นออกจากร่างกาย


def test_thai_synonyms_are_the_thai_wordnet_s_synset_mates() -> None:
    from qa_bot.lexicon import thai_synonyms

    # Thai WordNet synset 01067816-v (marry): แต่งงาน, สมรส, วิวาห์, อภิเษกสมรส, แต่ง.
    assert {"สมรส", "วิวาห์"} <= set(thai_synonyms("แต่งงาน"))
    assert "แต่งงาน" in thai_synonyms("สมรส")
    # Only one-word lemmas: a phrase would add its everyday words (ใน, ทอง, ใจ).
    assert all(tokenize(word) == [word] for word in thai_synonyms("เด็ก"))


def test_a_thai_question_s_word_reaches_the_document_s_synonym(bot) -> None:
    # ก่อตั้ง (found) and จัดตั้ง (establish) share a Thai WordNet synset; the document writes
    # จัดตั้ง.
    question = "ศูนย์ AHA ก่อตั้ง เพื่ออะไร"
    assert "จัดตั้ง" not in tokenize(question)
    assert "จัดตั้ง" in question_words(bot.index, question).translated
    plain = replace(DEFAULT.retrieval, thai_synonyms=False)
    assert "จัดตั้ง" not in question_words(bot.index, question, config=plain).translated


def test_english_words_without_thai_terms_are_known_as_words() -> None:
    from qa_bot.lexicon import untranslated_word

    # WordNet writes "waggle" and "think" in lower case (verbs); the Thai WordNet has no term.
    assert untranslated_word("waggle") and untranslated_word("thinks")
    assert not untranslated_word("kaldi")  # a name
    assert not untranslated_word("meeting")  # it has Thai terms (การประชุม)


def test_a_place_s_adjective_has_the_place_s_terms() -> None:
    # "Saharan dust", "Singaporean workers": WordNet has the places, not every adjective.
    assert dictionary_terms("saharan") == dictionary_terms("sahara") != ()
    assert "ชาวสิงคโปร์" in dictionary_terms("singaporean")
    assert dictionary_terms("kaldi") == ()


def test_an_adjective_without_a_written_term_reaches_the_noun_it_is_formed_from() -> None:
    # WordNet's pertainyms and derivationally related nouns: the Thai WordNet files no term for
    # these adjectives, and the nouns have the ones the document writes (สิ่งแวดล้อม, ทะเล,
    # รัฐมนตรี, วัฒนธรรม in "ความร่วมมือด้านสิ่งแวดล้อม", "ขยะทะเล", "รัฐมนตรีอาเซียน").
    assert dictionary_terms("environmental") == ()
    assert "environment" in derived_lemmas("environmental")
    assert "สิ่งแวดล้อม" in dictionary_terms("environment")
    assert derived_lemmas("marine")[0] == "sea" and "ทะเล" in dictionary_terms("sea")
    assert derived_lemmas("ministerial") == ("minister",)
    assert "culture" in derived_lemmas("cultural")
    assert derived_lemmas("meeting") == ()  # a noun is its own word


def test_an_adjective_reaches_the_very_sense_it_is_formed_from() -> None:
    # "rural" points to the sense country / rural_area (ชนบท, which the document writes in its
    # sector "การพัฒนาชนบทและการขจัดความยากจน"); the noun "country"'s commonest senses are the
    # nation's (ประเทศ, รัฐ), which is what "rural" was matched as before.
    assert "ชนบท" in derived_terms("rural")
    assert "รัฐ" not in derived_terms("rural") and "รัฐ" in dictionary_terms("country")
    assert derived_terms("marine") == ("ทะเล",)
    assert "สิ่งแวดล้อม" in derived_terms("environmental")
    assert derived_terms("meeting") == ()


def test_english_number_words_are_wordnet_s_cardinals() -> None:
    assert [number_word(w) for w in ("one", "three", "fifteen", "twenty")] == [1, 3, 15, 20]
    assert number_word("iii") is None and number_word("days") is None


def test_an_inflected_word_is_a_lower_case_lemma_of_its_rule_s_part_of_speech() -> None:
    # morphy(7WN): -ing and -ed are verb endings, and a base counts as a lemma of the rule's
    # part of speech that WordNet writes in lower case: "bring" and "sing" are not Br (bromine)
    # or Se (selenium) plus -ing, nor "assured" Assur plus -ed, nor "cooked" Cooke plus -d
    # (names and symbols WordNet writes only with a capital); "cooked" is cook.
    for word, name in (("bring", "br"), ("sing", "se"), ("assured", "assur")):
        assert lemma(word) != name
    assert lemma("cooked") == "cook"
    assert not any("โบรมีน" in t for t in dictionary_terms("bring"))
    assert not any("ซีลีเนียม" in t or "เซเลเนียม" in t for t in dictionary_terms("sing"))
    # Nouns still reach theirs by the noun rules ("countries" → country, "meetings" → meeting).
    assert (lemma("countries"), lemma("meetings")) == ("country", "meeting")


def test_a_word_has_no_terms_of_the_acronym_it_is_written_as() -> None:
    # "far" is an adverb and adjective (ไกล); FAR, the Rwandan army WordNet writes in capitals,
    # is not its sense. A name written with a capital keeps its senses: China (จีน) beside
    # china (porcelain), Manila (กรุงมะนิลา) beside manila (paper).
    far = dictionary_terms("far")
    assert "ไกล" in far and not any("ระวันดา" in t or "เอฟเออาร์" in t for t in far)
    assert "ประเทศจีน" in dictionary_terms("china")
    assert "กรุงมะนิลา" in dictionary_terms("manila")
    assert "เอดส์" in dictionary_terms("aids")  # written only as AIDS: the acronym is the word


def test_a_verb_s_untagged_noun_senses_are_not_its_terms() -> None:
    # SemCor tags "come" only as a verb: the noun (semen, น้ำกาม) is no sense a question means;
    # "elderly" is tagged as an adjective only, and "the elderly" (กลุ่มผู้สูงอายุ) stays.
    assert "มาถึง" in dictionary_terms("came") and "น้ำกาม" not in dictionary_terms("came")
    assert "กลุ่มผู้สูงอายุ" in dictionary_terms("elderly")


def test_a_noun_of_several_words_is_wordnet_s_collocation_as_inflected() -> None:
    from qa_bot.lexicon import phrase_terms

    # WordNet 3.0 old_person (10376523-n), in the Thai WordNet ผู้สูงอายุ among others.
    assert "ผู้สูงอายุ" in phrase_terms(("older", "persons"))  # older → old, persons → person
    assert "การเปลี่ยนแปลงสภาพภูมิอากาศ" in phrase_terms(("climate", "change"))
    assert phrase_terms(("older", "cities")) == ()
    assert phrase_terms(("older",)) == ()  # one word: dictionary_terms'


def test_phrasal_verbs_and_nouns_of_several_words_are_wordnet_s() -> None:
    from qa_bot.lexicon import is_phrase, noun_only, phrasal_verb

    assert phrasal_verb(("took", "place"))  # take_place, a verb only
    assert not phrasal_verb(("foreign", "ministers"))  # a noun
    assert is_phrase(("civil", "service")) and is_phrase(("health", "care"))
    assert not is_phrase(("took", "place"))
    assert noun_only("cooperation") and not noun_only("care") and not noun_only("deals")
