"""Force of crowd control (PLOVER ASSAULT crowd-control: tear gas, water cannon, baton charges)
is violent repression, CAMEO 175 (root 17), not a fight (19) or an assault (18); force of war
keeps its own root. One illustrative sentence per row, written for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger, CAMEO root)
ROOTS = [
    ("Riot police fired tear gas at students marching on the parliament.", "fired", "17"),
    ("Police used water cannon to disperse the crowd outside the embassy.", "used", "17"),
    ("Officers baton-charged the protesters in the main square.", "charged", "17"),
    # no crowd control: the armed forces' fire on rebels stays a fight
    ("Soldiers fired on the rebels near the border.", "fired", "19"),
]


@pytest.mark.parametrize("text, trigger, root", ROOTS)
def test_wire_repression_crowd_control_root(event_on, text, trigger, root):
    event = event_on(text, trigger)
    assert event.event_type == "ASSAULT", event
    assert event.cameo_root == root, event
