"""An act someone warns, urges, votes or campaigns against is left undone: the warning or the
appeal is the event, the act opposed none; to caution a party is to warn it (table-driven, on
sentences written for the project)."""

from __future__ import annotations

import pytest

# (sentence, the opposed act's trigger, the event that stays and its type)
OPPOSED = [
    ("The US warned Iran against attacking shipping in the Gulf.", "attacking", "warned",
     "THREATEN"),
    ("The EU urged Serbia against using force in Kosovo.", "using", "urged", "REQUEST"),
    ("Washington cautioned Moscow against invading Ukraine.", "invading", "cautioned",
     "THREATEN"),
    ("Lawmakers voted against imposing sanctions on the country.", "sanctions", "voted", None),
]


@pytest.mark.parametrize("text, opposed, stays, etype", OPPOSED)
def test_an_act_opposed_is_no_event(events_in, text, opposed, stays, etype):
    events = events_in(text)
    assert not [e for e in events if e.trigger == opposed], [(e.event_type, e.trigger)
                                                              for e in events]
    kept = [e for e in events if e.trigger == stays]
    assert kept and (etype is None or kept[0].event_type == etype), [
        (e.event_type, e.trigger) for e in events]


def test_fighting_against_a_party_is_fighting(event_on):
    """"against" with a party, not an act, names whom the act is done to."""
    event = event_on("Rebels fought against government troops in Darfur.", "fought")
    assert event.event_type == "ASSAULT"
