"""A state's people named as the doer of an act of war stands for its forces; a people of no
state of its own, and an act that is no army's, keep what they are. One sentence written for
these tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, the actor's country and sector)
PEOPLES = [
    # an air strike, shelling: the state's military
    ("The Turks bombed a militia position near the border.", "bombed", ("TUR", "MIL")),
    ("The Russians shelled the town for a week.", "shelled", ("RUS", "MIL")),
    # taking ground (a COERCE seizure): the state's military
    ("The Greeks seized the hamlet on Tuesday.", "seized", ("GRC", "MIL")),
    # stones thrown: the people themselves
    ("Palestinians threw stones at the soldiers.", "threw", ("PSE", "CVL")),
]


@pytest.mark.parametrize("text, trigger, actor", PEOPLES)
def test_actor_people_at_war(event_on, text, trigger, actor):
    source = event_on(text, trigger).source
    assert source is not None and (source.country, source.sector) == actor, source


def test_actor_stateless_people_at_war_no_state_military(event_on):
    source = event_on("The Kurds shelled the town for a week.", "shelled").source
    assert source is None or source.sector != "MIL" or source.country is None, source
