"""A watch kept by a force is no act of force; a force moved or an act done is: sentences
written for the project."""

from __future__ import annotations

import pytest

# (text, trigger, the PLOVER type coded for it, None for no event)
CASES = [
    # a watch kept by a force (drones, scouts, aircraft) moves no force and does nothing to anyone
    ("Israeli drones monitored the border for hours.", "monitored", None),
    ("Army scouts spied on the rebel camp.", "spied", None),
    ("Military aircraft surveilled the coast overnight.", "surveilled", None),
    # a force moved or an act done by it stays
    ("The army deployed troops to the border.", "deployed", "MOBILIZE"),
    ("Police monitored the march and arrested ten people.", "arrested", "COERCE"),
    ("Army drones struck a rebel convoy near the border.", "struck", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), CASES)
def test_types60_watches_a_watch_kept_is_no_act(events_in, text, trigger, etype):
    types = [e.event_type for e in events_in(text) if e.trigger == trigger]
    assert types == ([etype] if etype else [])
