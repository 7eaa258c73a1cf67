"""A state agent named with no country of its own is of the state of the agent it is joined to,
not of the place of the act (table-driven, sentences written for the project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, countries", [
    # an adjective of the first conjunct is read over the agents joined to it
    ("US marines and soldiers raided a village in Helmand province on Monday.", "raided",
     {"USA"}),
    ("Russian warplanes and helicopters bombed rebel positions in Idlib on Monday.", "bombed",
     {"RUS"}),
    # a titled official and the officials with them
    ("The German chancellor and several ministers met Chinese leaders in Beijing on Monday.",
     "met", {"DEU"}),
    ("The French foreign minister and a group of deputies held talks with Romanian leaders "
     "in Bucharest on Tuesday.", "talks", {"FRA"}),
    # the place's own agents stay the place's
    ("US troops and local police arrested two men in Kandahar on Monday.", "arrested",
     {"USA", "AFG"}),
    ("Russian jets and Iranian-backed ground forces launched an attack on the province of "
     "Idlib.", "attack", {"RUS", "SYR"}),
    # joined parties that act on each other are two sides
    ("Russian troops and soldiers clashed in Idlib on Monday.", "clashed", {"RUS", "SYR"}),
])
def test_agent_conjuncts_joined_agent_takes_its_conjuncts_state(events_in, text, trigger,
                                                                 countries):
    events = [e for e in events_in(text) if e.trigger == trigger]
    assert events
    assert {e.source.country for e in events if e.source is not None} == countries
