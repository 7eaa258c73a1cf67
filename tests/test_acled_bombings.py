"""A bombing by a state's forces, or by a coalition, is an air strike (PLOVER aerial, CAMEO 19);
a bombing by an armed group or by no one named is an explosive's (sentences written for these
tests)."""

from __future__ import annotations

import pytest

# (sentence, trigger, mode, ACLED sub-event type)
BOMBINGS = [
    ("Russian bombing of the port killed dozens.", "bombing", "aerial", "Air/drone strike"),
    ("Eleven people were killed in a coalition bombing on their home.", "killed", "aerial",
     "Air/drone strike"),
    ("A Taliban bombing killed five soldiers near the base.", "bombing", "explosives",
     "Remote explosive/landmine/IED"),
    ("A bombing at a market in Kabul killed ten people.", "bombing", "explosives",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "trigger", "mode", "subtype"), BOMBINGS)
def test_acled_bombing_by_its_doer(event_on, text, trigger, mode, subtype):
    event = event_on(text, trigger)
    assert (event.mode, event.acled_sub_event_type) == (mode, subtype), event
