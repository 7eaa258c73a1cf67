"""Stage ``locate``: a name a report's own country has a town of is read there, not as another
name of a town abroad; a people's land ("British soil") is that people's country (illustrative
sentences, written for the project)."""

from __future__ import annotations

import pytest

from dateline.locate import toponyms
from dateline.records import Article


@pytest.mark.parametrize(("text", "name", "country"), [
    # "Susa" is a village of eastern Syria and an old name of Sousse, Tunisia
    ("Kurdish fighters took the village of Susa from Islamic State in eastern Syria.",
     "Susa", "SYR"),
    # a great city keeps its name the world over
    ("Protesters in Chicago and Texas marched as the president flew to Peking.",
     "Peking", "CHN"),
    # a people's ground, sea or sky is their country's
    ("Gunmen carried out attacks on British soil, the minister said.", "British soil", "GBR"),
    ("Two jets entered Turkish airspace near the border.", "Turkish airspace", "TUR"),
    # and a wide stretch of it that names no town
    ("Isis fighters regrouped in the Syrian desert.", "Syrian desert", "SYR"),
    ("A boat sank off the Libyan coast on Sunday.", "Libyan coast", "LBY"),
])
def test_place_home_reading_names(nlp, text, name, country):
    found = {t.text: t.place.country for t in toponyms(nlp(text), Article(doc_id="t", text=text))}
    assert found.get(name) == country, found


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("US-backed forces captured the village of Susa from the militants in eastern Syria.",
     "captured", "SYR"),
    ("Two officers were arrested on Turkish soil on Monday.", "arrested", "TUR"),
])
def test_place_home_reading_events(event_on, text, trigger, country):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.country == country


def test_place_home_reading_desert_not_anothers_town(event_on):
    # a base in the desert is in that land, not in a town another sentence names
    text = ("The SDF captured Baghuz on Saturday. Coalition commanders visited the operation's "
            "base in the Syrian desert on Friday.")
    e = event_on(text, "visited")
    assert e.location is not None and (e.location.name, e.location.precision) == ("Syria", 3)


@pytest.mark.parametrize(("text", "trigger", "name", "source"), [
    # a land's part its name owns is where those met there were met, not the story's town
    ("Defectors have massed in Idlib province. British officers have met informants in "
     "Syria's north-east.", "met", "Syria", "clause"),
    # one met face to face, of any kind of person, shares the scene
    ("Rebels shelled Idlib on Monday. The envoy met bishops in Damascus.", "met", "Damascus",
     "clause"),
])
def test_place_home_reading_land_parts_met(event_on, text, trigger, name, source):
    e = event_on(text, trigger)
    assert e.location is not None and (e.location.name, e.place_source) == (name, source)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a land's soil is where attacks are urged or done, no party to them
    ("The woman fled to Syria, where she urged attacks on US soil.", "urged", "SYR"),
    ("Militants carried out attacks on British soil last year.", "attacks", "GBR"),
])
def test_place_home_reading_soil_no_party(event_on, text, trigger, country):
    e = event_on(text, trigger)
    assert e.target is None and e.location is not None and e.location.country == country
