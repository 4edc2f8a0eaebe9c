"""web_counts.CountTable holds what wordsegment's dicts hold, in numpy arrays (RSS, issue #11):
the same count for every word, None for a word it does not have."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.web_counts import read_counts

# A repeated key keeps its last count (wordsegment reads the file with dict()); keys of one
# length and of several, non-ASCII bytes, a count of 11 digits (the largest unigram's).
LINES = "the\t23135851162\nof\t13151942776\nzika virus\t31\nof the\t2766332391\nof\t7\ncafé\t5\n"


def test_the_table_gives_wordsegment_s_counts(tmp_path: Path) -> None:
    from wordsegment import Segmenter

    path = tmp_path / "counts.txt"
    path.write_text(LINES, encoding="utf-8")
    table = read_counts(path)
    expected = Segmenter.parse(str(path))
    assert {word: table.get(word) for word in expected} == expected
    assert table.get("of") == 7.0
    assert table.get("a") is None and table.get("zika") is None and table.get("") is None
    assert list(table.ranked) == [23135851162.0, 13151942776.0, 31.0, 2766332391.0, 7.0, 5.0]


def test_a_last_line_without_its_newline_is_read(tmp_path: Path) -> None:
    path = tmp_path / "counts.txt"
    path.write_text("of\t5\nthe\t12", encoding="utf-8")
    assert read_counts(path).get("the") == 12.0


@pytest.mark.parametrize("text", ["", "of 5\n", "of\t\n", "of\t5x\n", "\t5\n"])
def test_a_malformed_file_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "counts.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        read_counts(path)


@pytest.mark.slow
def test_every_web_count_is_wordsegment_s() -> None:
    from wordsegment import Segmenter

    for name in (Segmenter.UNIGRAMS_FILENAME, Segmenter.BIGRAMS_FILENAME):
        expected = Segmenter.parse(name)
        table = read_counts(Path(name))
        assert len(expected) == sum(len(keys) for keys in table.keys.values())
        assert all(table.get(word) == count for word, count in expected.items())
