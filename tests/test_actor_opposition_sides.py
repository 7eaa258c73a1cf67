"""An opposition or a rebel group is of the state it opposes, not of another state that speaks
of it in its sentence (:func:`dateline.actor_fighters_home.sided`). Sentences written for the
project."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-20"
#: A report about Syria: its focus is the state the rebels fight.
_SYRIA = ("Syrian troops shelled Idlib on Monday. Government forces pounded Aleppo and Hama. ")


@pytest.mark.parametrize("text, trigger, role, country", [
    # another state says what the opposition did: the opposition is still the report's state's
    (_SYRIA + "Russia said the opposition had violated the ceasefire.", "violated", "source",
     "SYR"),
    # another state accuses the rebels: they are not of the accuser
    (_SYRIA + "Turkey accused the rebels of shelling a convoy.", "accused", "target", "SYR"),
    # a place of the other state told as where the act is done still gives its country
    (_SYRIA + "Rebels attacked a checkpoint in Turkey on Sunday.", "attacked", "source", "TUR"),
    # a state's army is not asked: the one country its sentence names is its own
    (_SYRIA + "Turkey said its army had bombed the border.", "bombed", "source", "TUR"),
])
def test_actor_opposition_sides_country(event_on, text, trigger, role, country):
    party = getattr(event_on(text, trigger, PUBDATE), role)
    assert party is not None and party.country == country, party
