""" "None of the above" by words the documents never write (exam/none.py `none_unknown`): an
invented choice is mostly such words; a paraphrase of what they say, one word of it unglossed,
is mostly theirs and is no ground for "none" (ExamConfig.unknown_share).

Expected values come from the bundled document: at the 33rd ASEAN Summit (13–15 November 2018,
Singapore) the leaders adopted "แผนแม่บทอาเซียน พ.ศ. 2568 เพื่อบูรณาการสิทธิคนพิการ (ASEAN Enabling
Master Plan 2025 …)"; it names no space or nuclear treaty.
"""

from __future__ import annotations

from qa_bot import pipeline

STEM = "Which did ASEAN leaders adopt at the 33rd ASEAN Summit?"
INVENTED = ["a declaration on space travel", "a treaty on nuclear weapons"]


def test_a_paraphrase_of_what_the_document_says_is_not_ruled_out(bot) -> None:
    choices = ["a master plan on the rights of persons with disabilities", *INVENTED]
    answer = pipeline.ask(
        bot.index, STEM, choices=[*choices, "None of the above"], config=bot.config
    )
    assert answer.choice is not None and answer.choice.index == 0


def test_invented_choices_still_give_none(bot) -> None:
    choices = ["a charter on deep-sea mining", *INVENTED, "None of the above"]
    answer = pipeline.ask(bot.index, STEM, choices=choices, config=bot.config)
    assert answer.choice is not None and answer.choice.index == 3
