"""Stage ``locate``: an act set on the doer's own ground ("sealed their borders") is in the
doer's country (illustrative sentences, written for the project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # two states closing their borders in a report on a war next door
    ("The war in Syria went on. Jordan and Lebanon have closed their borders to new refugees.",
     "closed", "JOR"),
    # ... the border faces the story's country, but the act is on the doer's side of it
    ("Shelling continued in Syria. Turkey has sealed its border with Syria.", "sealed", "TUR"),
    # "own territory"
    ("Clashes spread in Syria. Lebanon said it had detained six gunmen on its own territory.",
     "detained", "LBN"),
])
def test_place_own_ground_is_the_doers_country(event_on, text, trigger, country):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.country == country, (e.location,
                                                                        e.place_source)


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # a town the clause names is finer than the ground's phrase
    ("Clashes spread in Syria. Turkey deployed tanks in Kilis, on its border.", "deployed",
     "Kilis"),
])
def test_place_own_ground_town_named_wins(event_on, text, trigger, name):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.name == name, e.location


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # ground gone into is the other side's
    ("Fighting raged in Syria. Turkish troops entered their territory on Monday.", "entered",
     "TUR"),
    # the land an attack is made on is the one struck, and "its" may be the accuser's
    ("Armenia accused Azerbaijan of launching drone attacks on its territory.",
     "drone attacks", "AZE"),
    # ... or the sayer's
    ("Lebanon said Israeli jets fired rockets at targets on its territory.", "fired", "ISR"),
    # a sayer other than the doer could own "its" ground
    ("Fighting raged in Syria. Turkey said Syrian troops had deployed along its border.",
     "deployed", "SYR"),
])
def test_place_own_ground_not_ground_gone_into(event_on, text, trigger, country):
    e = event_on(text, trigger)
    assert e.location is None or e.location.country != country, e.location
