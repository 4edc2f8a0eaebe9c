"""newmm over the prefix table (qa_bot/thai_dictionary.py) cuts every text as newmm over
PyThaiNLP's own trie, and serving never builds that trie as well."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from pythainlp.tokenize import word_dict_trie, word_tokenize
from pythainlp.util import Trie

from qa_bot.thai_dictionary import PrefixDictionary, newmm, thai_dictionary

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "corpus" / "asean_socio_cultural_community.th.txt"


def test_prefixes_are_the_tries():
    words = ["สวัส", "สวัสดี", "ดี", "ครับ", " ครับผม ", "ก", "กา", "การ", "การเมือง", "AB"]
    table, trie = PrefixDictionary(words), Trie(words)
    for text in ("สวัสดีครับผม", "การเมืองดี", "กกา", "ABC", "", "ขอ"):
        for start in range(len(text) + 1):
            assert table.prefixes(text, start) == trie.prefixes(text, start), (text, start)
    assert table.prefixes("ครับผมดี") == ["ครับ", "ครับผม"]  # " ครับผม " stripped, as Trie.add
    assert len(table) == len(trie) == 10
    assert "การ" in table and "กาแฟ" not in table and "สวั" not in table
    assert sorted(table) == sorted(trie)


def test_the_default_word_list():
    assert set(thai_dictionary()) == set(word_dict_trie())
    assert len(thai_dictionary()) == len(word_dict_trie())


def test_the_document_is_cut_as_newmm_cuts_it():
    text = DOCUMENT.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    rng = random.Random(0)
    pieces = [text[a : a + rng.randrange(1, 80)] for a in rng.sample(range(len(text)), 400)]
    for piece in [*lines, *pieces, "ASEAN มีกี่สาขา", "ไข้ซิกา ๆ  ครับ"]:
        for keep in (True, False):
            assert newmm(piece, keep) == word_tokenize(piece, engine="newmm", keep_whitespace=keep)


@pytest.mark.slow
def test_serving_never_builds_the_trie():
    # In a process of its own: another test may have built PyThaiNLP's trie in this one.
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    script = (
        "import json, sys\n"
        "from pythainlp.tokenize import word_dict_trie\n"
        "from qa_bot import QABot\n"
        "bot = QABot.load(sys.argv[1])\n"
        "bot.warm_up()\n"
        "for question in json.loads(sys.argv[2]):\n"
        "    bot.ask(question)\n"
        "bot.ask('ข้อใดถูกต้อง ก. AQRF ข. ASCC ค. AHA ง. ไม่มีข้อใดถูก')\n"
        "print(word_dict_trie.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(ROOT / "index"), json.dumps(questions)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert done.stdout.split()[-1] == "0"
