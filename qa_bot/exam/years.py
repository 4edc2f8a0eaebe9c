"""A choice whose year the documents give otherwise where they say the rest of it.

"It aims to end the AIDS epidemic by 2025" found its every word in "… To End the AIDS Epidemic
by 2030" but the year, and scored as the best choice: a year weighs little beside the words
(the document writes 2025 elsewhere, so it is no rare unit). An exam changes the year of a true
statement to make a distractor; where the place that says the choice's words writes another
year and not the choice's, the documents give that year, not the choice's. Years are matched
in either era (matching.units: 2561 ↔ 2018); other numbers (days, ordinals, counts) stand too
close to one another in running text ("ครั้งที่ 8 … 24 ตุลาคม") to tell a different value from
another fact, and are left alone.
"""

from __future__ import annotations

import numpy as np

from ..text import BE_CE_OFFSET, BUDDHIST_ERA_YEARS
from .matching import PassageUnits
from .support import Query

# Christian-era years as matching.units writes them ("#2018"): the Buddhist-era years the text
# module reads as years, less the offset between the eras.
_YEARS = range(BUDDHIST_ERA_YEARS.start - BE_CE_OFFSET, BUDDHIST_ERA_YEARS.stop - BE_CE_OFFSET)


def year_unit(unit: str) -> bool:
    """Whether a matching unit is a year ("#2018"; not "#28", "~aids")."""
    return unit.startswith("#") and unit[1:].isdigit() and int(unit[1:]) in _YEARS


def other_year(pu: PassageUnits, query: Query, centre: float, half: float) -> bool:
    """Whether, within half (reading distance) of centre in the passage, the text writes a year
    that the choice does not and none of the years the choice does; False for a choice without
    a year."""
    mine = [u for u in query.weights if year_unit(u)]
    if not mine:
        return False

    def near(unit: str) -> bool:
        positions = pu.positions.get(unit)
        return positions is not None and bool((np.abs(positions - centre) <= half).any())

    if any(near(u) for u in mine):
        return False
    return any(year_unit(u) and u not in query.weights and near(u) for u in pu.positions)
