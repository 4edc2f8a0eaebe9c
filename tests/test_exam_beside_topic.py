"""Under a stem the judge finds uncertain, a pick said away from the stem's topic gives way to
the best-scored choice said beside it, undecided (exam/aside.py, `move_beside_topic`).

Expected values come from the bundled document's education section: the 28th–29th summits
"ระหว่างวันที่ 6-8 กันยายน ค.ศ. 2016 ที่เวียงจันทน์ สปป.ลาว ได้ให้การรับรองปฏิญญาอาเซียนว่าด้วยเรื่อง
ดังกล่าว (ASEAN Declaration on Strengthening Education for Out-of-School Children and Youth)":
C.E. 2016 is B.E. 2559. The health section's summit of 2017 (B.E. 2560) adopted other
declarations.
"""

from __future__ import annotations

from qa_bot import pipeline

STEM = (
    "In what Buddhist Era year was ASEAN's declaration on out-of-school children and youth adopted?"
)


def test_the_year_said_beside_the_stems_topic_is_the_pick_undecided(bot) -> None:
    answer = pipeline.ask(
        bot.index,
        STEM,
        choices=["B.E. 2558", "B.E. 2559", "B.E. 2560", "B.E. 2562"],
        config=bot.config,
    )
    choice = answer.choice
    assert choice is not None and choice.index == 1
    # Its place, not its scores, made it the pick: the verdict stays the stem's.
    assert not choice.decided
