"""A name a document's title gives is what all its passages are about (search.name_share).

bench/data/reading/articles/sahara.txt is titled "ทะเลทรายสะฮารา" and glosses it "(Sahara)";
two of its five paragraphs write the whole term, the others สะฮารา alone. "the Sahara" in an
English question is a name matched as its gloss: its bonus went to those two paragraphs,
whatever the question asked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa_bot import QABot, build_index, search
from qa_bot.glosses import thai_terms

READING = Path(__file__).resolve().parent.parent / "bench" / "data" / "reading"


@pytest.fixture(scope="module")
def articles_bot(tmp_path_factory) -> QABot:
    corpus = tmp_path_factory.mktemp("corpus")
    for slug in ("sahara", "saturn"):
        for name in (f"{slug}.txt", f"{slug}.txt.meta.json"):
            shutil.copyfile(READING / "articles" / name, corpus / name)
    index = tmp_path_factory.mktemp("built") / "index"
    build_index(corpus, index)
    return QABot.load(index)


def test_every_passage_of_the_document_a_title_names_holds_the_name(articles_bot) -> None:
    index = articles_bot.index
    sahara = [p for p in index.passages if p.doc_id == "sahara.txt"]
    assert sum("ทะเลทรายสะฮารา" not in p.text for p in sahara) >= 2  # the article's own text
    retrieval = search.retrieve(index, "What is the highest peak in the Sahara?", k=len(sahara))
    assert "sahara" in retrieval.words.names and "ทะเลทรายสะฮารา" in thai_terms(index, "sahara")
    found = [c for c in retrieval.candidates if c.passage.doc_id == "sahara.txt"]
    assert len(found) == len(sahara) and {c.names for c in found} == {1.0}
    # Saturn's paragraphs neither say nor are titled Sahara.
    others = search.retrieve(index, "What is the highest peak in the Sahara?", k=10).candidates
    assert all(c.names == 0.0 for c in others if c.passage.doc_id == "saturn.txt")
