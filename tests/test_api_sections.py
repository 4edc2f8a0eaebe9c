"""QABot.ask(sections=…) checks what it is given, as the CLI's --section and /ask do."""

from __future__ import annotations

import pytest

from qa_bot import QuestionError


def test_known_pairs_and_section_numbers_limit_the_search(bot) -> None:
    doc_id = bot.index.documents[0].doc_id
    by_pair = bot.ask("AQRF คืออะไร", sections=[(doc_id, 1)])
    by_number = bot.ask("AQRF คืออะไร", sections=[1])
    by_key = bot.ask("AQRF คืออะไร", sections=[f"{doc_id}#1"])
    assert by_pair.hits and all(h.section_id == 1 for h in by_pair.hits)
    assert [h.passage_id for h in by_pair.hits] == [h.passage_id for h in by_number.hits]
    assert [h.passage_id for h in by_pair.hits] == [h.passage_id for h in by_key.hits]


@pytest.mark.parametrize("sections", ["1", [(1, 2)], [("no-such-document", 1)], ["99"]])
def test_a_section_the_index_does_not_have_is_an_error(bot, sections: object) -> None:
    # Before, each of these searched nothing and answered not_found without a word.
    with pytest.raises(QuestionError) as raised:
        bot.ask("AQRF คืออะไร", sections=sections)
    assert "หมวด" in str(raised.value) and "section" in str(raised.value)
