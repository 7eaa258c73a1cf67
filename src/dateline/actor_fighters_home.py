"""The country of an armed group of no state whose own words name none: where it fights.

Rebels, militias and gunmen fight in their own land, as civilians live in theirs: "rebels
attacked the city of Afrin" are Syrian rebels, and so are "Turkish-backed rebels" (the demonym
names the sponsor, not the fighters); "a bomber blew himself up in the cultural centre", told
just after a blast in Kabul, is an Afghan bomber even in a report mostly about Syria. A state's
army, police or government may act abroad and take the report's country instead, and a party
called foreign ("foreign fighters") or of a people of no state ("Kurdish forces") is given its
country before this rule is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sectors import family_sectors, sectors_with

if TYPE_CHECKING:
    from .records import Actor

__all__ = ["fighters_home"]

#: Armed sectors of one country's own people: rebels, insurgents, separatists, militias,
#: unidentified gunmen, criminals (not international militarised groups).
_HOME_FIGHTERS = family_sectors("armed") & sectors_with("domestic")


def fighters_home(actor: Actor | None, place: str | None, place_told: bool,
                  recipient: bool = False) -> str | None:
    """The country of the place told by the text (``place``, ``place_told``) where a doer of an
    armed sector with no country of its own acts; ``None`` for any other party, for a
    recipient, and for a place the text does not tell (the document's focus or dateline)."""
    if actor is None or recipient or actor.country is not None or not place_told or \
            place in (None, "IGO") or actor.sector not in _HOME_FIGHTERS:
        return None
    return place
