"""Where a foreign armed group fights, as the report tells it: its theatre.

A report on one country (an editorial on the United States) that tells a killing by a
non-state armed group of another land ("Islamic State murdered an American journalist")
without its place does not place it in the report's country, however its victims are
described: a group fights at home or next door. Where the report names such a country as a
place (Syria, beside Iraq's Islamic State), the attack is there, at precision 3 and
``place_source`` ``focus`` (the text implies it); otherwise
:func:`dateline.place_abroad.fought_abroad` decides from the parties alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from .place_abroad import OWN_WORDS, armed_deed, country_at, non_state
from .place_neighbours import neighbours
from .records import Actor, Place

__all__ = ["theatre"]


def theatre(sense: Any, actor: Actor | None, focus: Place | None, named: Iterable[Place]
            ) -> Place | None:
    """The country of ``named`` (the report's places) that a foreign non-state group's attack
    the text places only by the ``focus`` is in: of the group's own land and the lands next to
    it, the one the report names most as a place; ``None`` where none is named or the group
    is of the focus's country or one bordering it."""
    if actor is None or focus is None or focus.country is None or actor.country is None \
            or actor.country_from not in OWN_WORDS or not armed_deed(sense, actor) \
            or not non_state(actor):
        return None
    doer, here = actor.country, focus.country
    if doer == here or doer in neighbours(here):
        return None
    near = {doer, *neighbours(doer)}
    counts = Counter(p.country for p in named if p.country in near)
    if not counts:
        return None
    return country_at(counts.most_common(1)[0][0])
