"""Dense similarity fair across languages (background.language_bias): a question's cosine with a
text less what the text's script alone gives it."""

from __future__ import annotations

from qa_bot.background import language_bias, parallel_texts
from qa_bot.text import embedding_text


def _vector(bot, question: str):
    return bot.index.embedder.encode_queries([embedding_text(question)])[0]


def test_the_parallel_paragraphs_pair_each_english_text_with_its_thai_original() -> None:
    english, thai = parallel_texts()
    assert len(english) == len(thai) >= 20
    # bg001 is the Thai seasons paragraph in both languages: both give the hottest month.
    assert "April" in english[0] and "เมษายน" in thai[0]


def test_a_question_is_nearer_to_text_in_its_own_language(bot) -> None:
    english = _vector(bot, "How many sectors of cooperation does the socio-cultural pillar have?")
    thai = _vector(bot, "ประชาคมสังคมและวัฒนธรรมอาเซียนมีสาขาความร่วมมือกี่สาขา")
    assert language_bias(bot.index, english) > 0 > language_bias(bot.index, thai)
