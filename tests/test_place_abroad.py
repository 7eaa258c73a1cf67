"""Stage ``locate``: an attack by a foreign force or group that a report on another country
tells without its place is not placed in that country (illustrative sentences, written for
the project)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.place_abroad import fought_abroad
from dateline.place_theatre import theatre
from dateline.records import Actor, Place

_BRITAIN = Place(name="United Kingdom", country="GBR", precision=3)
_SYRIA = Place(name="Syria", country="SYR", precision=3)
_ATTACK = SimpleNamespace(event_type="ASSAULT", mode="")


@pytest.mark.parametrize(("focus", "doer", "sector", "victims", "lent", "source", "country"), [
    # "Israeli troops killed 60 Palestinians" in a report on Britain: the victims' land
    (_BRITAIN, "ISR", "MIL", "PSE", None, "focus", "PSE"),
    # "Syrian forces killed 12 Syrians": their own land
    (_BRITAIN, "SYR", "MIL", "SYR", None, "focus", "SYR"),
    # "Russian fighters were killed in clashes with US forces": far from either's land, the
    # victims' nationality is no place
    (_SYRIA, "USA", "MIL", "RUS", None, "focus", "SYR"),
    # "The Taliban killed four soldiers" (no country of their own): the group's country
    (_BRITAIN, "AFG", "REB", "GBR", "document focus", "focus", "AFG"),
    # "The Taliban killed four American soldiers", "Isis beheaded a Japanese journalist": a
    # group fights at home, not in its foreign victims' land
    (_BRITAIN, "AFG", "REB", "USA", None, "focus", "AFG"),
    (_BRITAIN, "IRQ", "REB", "JPN", None, "focus", "IRQ"),
    # "Russian jets bombed a hospital": a state's force abroad, nowhere the text says
    (_BRITAIN, "RUS", "MIL", None, None, "focus", "GBR"),
    # "Isis beheaded two British aid workers": a group's victims' nationality is no place
    (_BRITAIN, "IRQ", "REB", "GBR", None, "focus", "IRQ"),
    # "British troops were killed by Iranian forces": a state's force's victims of the
    # report's country keep it
    (_BRITAIN, "IRN", "MIL", "GBR", None, "focus", "GBR"),
    # a war next door: "Russian jets struck Syrian rebels", "Isis shot deserters" (of Iraq)
    (_SYRIA, "RUS", "MIL", "SYR", None, "focus", "SYR"),
    (_SYRIA, "IRQ", "REB", None, None, "focus", "SYR"),
    (_SYRIA, "RUS", "MIL", "TUR", None, "focus", "SYR"),
    # the doer of the report's country, or a place the text names, stays
    (_BRITAIN, "GBR", "MIL", "SYR", None, "focus", "GBR"),
    (_BRITAIN, "ISR", "MIL", "PSE", None, "clause", "GBR"),
    # civilians are no force
    (_BRITAIN, "FRA", "CVL", "DEU", None, "focus", "GBR"),
])
def test_place_abroad_attack_placed_by_its_parties(focus, doer, sector, victims, lent, source,
                                                   country):
    actor = Actor(text="troops", country=doer, sector=sector)
    target = None if victims is None else Actor(text="them", country=victims, country_from=lent)
    place, how = fought_abroad(_ATTACK, actor, target, focus, source)
    assert (place.country, how) == (country, source)


def test_place_abroad_in_a_report_on_britain(events_in):
    text = ("Ministers in London met on Monday to discuss the plan. Police arrested three men in "
            "Birmingham. Israeli troops killed 60 Palestinians during protests on Monday.")
    placed = {e.trigger: (e.location.country if e.location else None) for e in events_in(text)}
    assert placed["killed"] == "PSE"


@pytest.mark.parametrize(("doer", "sector", "source", "country"), [
    # "The two men were seized by Syrian rebels" in a report on Britain: where the group is
    ("SYR", "REB", "focus", "SYR"),
    # a state's arrests abroad, and a place the text names, stay where they are
    ("SYR", "MIL", "focus", "GBR"),
    ("SYR", "REB", "clause", "GBR"),
])
def test_place_abroad_seizure_by_a_group(doer, sector, source, country):
    actor = Actor(text="rebels", country=doer, sector=sector)
    seized = SimpleNamespace(event_type="COERCE", mode="")
    place, how = fought_abroad(seized, actor, None, _BRITAIN, source)
    assert (place.country, how) == (country, source)


_USA = Place(name="United States", country="USA", precision=3)


@pytest.mark.parametrize(("doer", "sector", "named", "country"), [
    # a group of Iraq in a report on the United States that names Syria: next door, Syria
    ("IRQ", "REB", ("USA", "SYR", "USA"), "SYR"),
    # the group's own land, named
    ("AFG", "REB", ("USA", "AFG"), "AFG"),
    # no land of the group's named: the parties decide (:func:`fought_abroad`)
    ("AFG", "REB", ("USA", "FRA"), None),
    # a state's force is no group whose land is its theatre
    ("IRQ", "MIL", ("USA", "SYR"), None),
    # a group of the report's own country
    ("USA", "REB", ("USA", "SYR"), None),
])
def test_place_theatre_of_a_foreign_group(doer, sector, named, country):
    actor = Actor(text="militants", country=doer, sector=sector)
    places = [Place(name=c, country=c, precision=3) for c in named]
    found = theatre(_ATTACK, actor, _USA, places)
    assert (found.country if found is not None else None) == country


def test_place_theatre_in_a_report_on_the_united_states(events_in):
    text = ("Congress in Washington argued on Monday about the troops in Syria. Senators in New "
            "York and Boston were angry. Islamic State militants killed an American journalist "
            "on Monday.")
    placed = {e.trigger: (e.location.country if e.location else None) for e in events_in(text)}
    assert placed["killed"] == "SYR"
