"""Acts between private people are no events: words or dealings between people named by a
common noun, of no party, done to one another or to people of the same kind; the same act
to or by a party (an official, soldiers, a named person) stays. Each text (a story of two
sentences) is written for these tests."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"
LEAD = "The siege of the valley entered its third week. "

#: (text, trigger, event type or None for no event of the trigger)
CASES = [
    (LEAD + "In the camp, the women urged each other to stay strong.", "urged", None),
    (LEAD + "The women talked with one another about the shelling.", "talked", None),
    (LEAD + "The women begged their neighbours to stay.", "begged", None),
    # a party on either side keeps the act
    (LEAD + "The mayor urged residents to stay indoors.", "urged", "REQUEST"),
    (LEAD + "Residents asked the soldiers for water.", "asked", "REQUEST"),
    (LEAD + "The women urged the governor to lift it.", "urged", "REQUEST"),
    # people of no known kind may be a party: guards keep the plea made to them
    (LEAD + "A mother implored the guards to free her son.", "implored", "REQUEST"),
    # protesters' words to one another, or a call to protest, are a movement's
    (LEAD + "Demonstrators called on each other to gather outside the town hall.", "called",
     "REQUEST"),
    (LEAD + "Activists accused one another of selling out the movement.", "accused", "ACCUSE"),
    (LEAD + "The women urged each other to join the strike.", "urged", "REQUEST"),
]


@pytest.mark.parametrize("text, trigger, etype", CASES)
def test_realness_private_exchanges_go(events_in_unfiltered, text, trigger, etype):
    found = [e.event_type for e in events_in_unfiltered(text, PUBDATE)
             if e.trigger.lower() == trigger]
    assert found == ([] if etype is None else [etype]), found
