"""Over several documents, a word that names one document's subject weighs, for the scope judge,
as it weighs within that document (vocabulary.within_document): "ห้องสมุด", in every passage of
the library's rules, is as common there as อาเซียน is in the bundled document, not a rare word
of the corpus (FRESH20a, owndocs20: near-miss out-of-scope questions over staff corpora were
answered on their subject word). The documents are written here; expected weights are counted
from their passages."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from qa_bot.search import content_weights
from qa_bot.store import build_index
from qa_bot.vocabulary import idf_table, within_document
from tests.test_multidoc import HashEmbedder

LIBRARY = """# ระเบียบห้องสมุดโรงเรียน

## เวลาเปิด

ห้องสมุดเปิดวันจันทร์ถึงวันศุกร์ เวลา 07.30 ถึง 17.00 น.

## การยืม

นักเรียนยืมหนังสือจากห้องสมุดได้ครั้งละสามเล่ม เป็นเวลาเจ็ดวัน

## ค่าปรับ

หนังสือที่คืนห้องสมุดช้าเสียค่าปรับวันละห้าบาท
"""
CAMP = """# ค่ายวิทยาศาสตร์ภาคฤดูร้อน

## กำหนดการ

ค่ายจัดขึ้นระหว่างวันที่ 20 ถึง 22 เมษายน ที่ศูนย์การเรียนรู้ของโรงเรียน

## สิ่งที่ต้องเตรียม

นักเรียนต้องนำไฟฉาย ขวดน้ำ และยาประจำตัวมาค่าย
"""
WORD = "ห้องสมุด"


def _index(tmp_path: Path, files: dict[str, str]):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return build_index(corpus, tmp_path / "index", embedder=HashEmbedder())


def test_a_documents_subject_word_weighs_as_within_that_document(tmp_path: Path) -> None:
    index = _index(tmp_path, {"library.md": LIBRARY, "camp.md": CAMP})
    weights = content_weights(index, [WORD])
    vocab, idf = idf_table(index)
    assert weights[WORD] == pytest.approx(float(idf[vocab[WORD]]))
    n = len(index.passages)
    library = [p for p in index.passages if p.doc_id == "library.md"]
    holding = [p for p in library if WORD in p.text]
    assert len(holding) == len(library) >= 3  # the library's every passage writes it
    within = within_document(index, weights, library[0].id)
    df = len(holding) * n / len(library)  # its share of the document, as a share of the corpus
    assert within[WORD] == pytest.approx(math.log(1.0 + (n - df + 0.5) / (df + 0.5)))
    assert within[WORD] < weights[WORD]
    # Landing on the camp's notice, which never writes it, the word keeps its corpus weight.
    camp = next(p for p in index.passages if p.doc_id == "camp.md")
    assert within_document(index, weights, camp.id)[WORD] == weights[WORD]


def test_over_one_document_the_weights_are_as_they_are(tmp_path: Path) -> None:
    index = _index(tmp_path, {"library.md": LIBRARY})
    weights = content_weights(index, [WORD, "ค่าปรับ", "รถรับส่ง"])
    assert within_document(index, weights, 0) == weights
