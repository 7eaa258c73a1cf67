"""A named body the dictionary files under no state ("al-Qaeda") takes no country from the
report, its sentence or the event's place; a group filed under a country keeps it, and a group
with a branch where it acts takes that branch's."""

from __future__ import annotations

import pytest

from dateline.actor_stateless import lends_no_country, of_no_state
from dateline.records import Actor

PUBDATE = "2017-06-01"

# (text, trigger, the source's country)
SOURCES = [
    # a body of no state: not the country its sentence names
    ("Al-Qaeda leaders threatened the United States on Monday.", "threatened", None),
    ("Officials in Washington said al-Qaeda attacked a hotel in Yemen.", "attacked", None),
    # a group the dictionary files under a country keeps it
    ("Hezbollah fighters attacked a convoy in Syria on Monday.", "attacked", "LBN"),
    # a movement with a branch where it acts: that branch's
    ("The Muslim Brotherhood organised protests in Cairo on Friday.", "protests", "EGY"),
    # a state's own body still takes the sentence's country
    ("The army attacked a village in Yemen on Monday.", "attacked", "YEM"),
]


@pytest.mark.parametrize("text, trigger, country", SOURCES)
def test_actors18_stateless_body_takes_no_lent_country(event_on, text, trigger, country):
    event = event_on(text, trigger, PUBDATE)
    assert event.source is not None and event.source.country == country, event.source


# (the actor, whether it is a body of no state, whether it lends no country in Egypt)
ACTORS = [
    (Actor(text="al-Qaeda", name="al-Qaeda", sector="REB"), True, True),
    (Actor(text="al-Qaeda leaders", name="leaders", sector="REB", parent="al-Qaeda"), True,
     True),
    (Actor(text="Hezbollah", name="Hezbollah", country="LBN", sector="REB"), False, False),
    (Actor(text="the Brotherhood", name="Muslim Brotherhood", sector="PTY"), True, False),
    (Actor(text="foreign fighters", sector="REB"), False, True),
    (Actor(text="the police", sector="COP"), False, False),
]


@pytest.mark.parametrize("actor, stateless, lends_none", ACTORS)
def test_actors18_stateless_predicate(actor, stateless, lends_none):
    assert of_no_state(actor) is stateless
    assert lends_no_country(actor, "EGY") is lends_none
