"""The mode of an assault comes from the weapon tied to its trigger (its doer, its instrument,
what it fires), not from a weapon named elsewhere in the sentence or from the thing it strikes;
material backing is aid, not verbal support; telling another party of one's strikes beforehand
is sharing information. Sentences written for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger, PLOVER type, mode)
TYPED = [
    # the aircraft is the target: fired from the ground, no aerial attack
    ("Rebels shot down a government jet near the border.", "shot", "ASSAULT", "firearms"),
    ("Rebels shot down a jet using a shoulder-fired missile.", "shot", "ASSAULT",
     "heavy-weapons"),
    ("The militia fired a surface-to-air missile at the plane.", "fired", "ASSAULT",
     "heavy-weapons"),
    # the helicopter belongs to another clause
    ("Soldiers shot deserters who fled after the helicopter was hit by a rocket.", "shot",
     "ASSAULT", "firearms"),
    ("Soldiers shot deserters who fled after the helicopter was hit by a rocket.", "hit",
     "ASSAULT", "heavy-weapons"),
    # air power that backs the fighters is not the fighters' weapon
    ("Tribal fighters, backed by French air support, have been battling the insurgents.",
     "battling", "ASSAULT", "firearms"),
    # the weapon as doer, instrument or thing fired decides
    ("Police fired tear gas at the protesters.", "fired", "ASSAULT", "crowd-control"),
    ("Jets bombed and destroyed the bridge.", "bombed", "ASSAULT", "aerial"),
    ("Separatists tossed a grenade at a market, wounding five people.", "wounding", "ASSAULT",
     "explosives"),
    # blowing oneself up is a suicide attack
    ("A bomber blew himself up among the crowd at the centre.", "blew", "ASSAULT",
     "suicide-attack"),
    # pounding is from the air when aircraft do it, else by guns
    ("US jets pounded the militants' positions.", "pounded", "ASSAULT", "aerial"),
    ("Government forces pounded the town with artillery.", "pounded", "ASSAULT",
     "heavy-weapons"),
    # murdering hostages is a killing, no abduction
    ("The cell is responsible for murdering two dozen hostages.", "murdering", "ASSAULT", None),
    # backing with troops, arms, air power or money is material aid (PLOVER AID)
    ("The US backed the Kurdish fighters with airstrikes.", "backed", "AID", "military"),
    ("Turkey supported the rebels with troops and weapons.", "supported", "AID", "military"),
    ("Iran supports the militia with money.", "supports", "AID", "economic"),
    ("The council kept giving political and military support to the coalition.",
     "military support", "AID", "military"),
    ("Turkey provided military backing to the rebels.", "military backing", "AID", "military"),
    # backing a party or a proposal in words stays support
    ("Russia backed the proposal.", "backed", "SUPPORT", None),
    # arms that back a claim or a threat are no aid: only a party or its attack is aided
    ("The chancellor backed her claim with weapons found at the camp.", "backed", "SUPPORT",
     None),
    # telling another party of one's strikes beforehand is sharing information (CAMEO 064)
    ("The US notified Russia of the strikes before they began.", "notified", "COOPERATE", None),
    ("The US gave Russia advance warning of the attack.", "advance warning", "COOPERATE", None),
    # a warning of consequences stays a threat
    ("Russia warned the US of grave consequences.", "warned", "THREATEN", None),
]


@pytest.mark.parametrize("text, trigger, etype, mode", TYPED)
def test_type_weapons_by_definition(event_on, text, trigger, etype, mode):
    e = event_on(text, trigger)
    assert (e.event_type, e.mode) == (etype, mode)


def test_type_weapons_threat_backed_with_troops(events_in):
    """A threat backed with troops massed somewhere is the threat and the troops' massing, and
    the backing is verbal support, no aid to the troops."""
    events = events_in("The minister backed her ultimatum with soldiers massed along the river.")
    assert sorted((e.event_type, e.trigger) for e in events) == [
        ("MOBILIZE", "massed"), ("SUPPORT", "backed"), ("THREATEN", "ultimatum")]


# a request's mode from the thing asked for (PLOVER REQUEST modes: assist, meet, yield)
ASKED = [
    ("The Kurdish administration asked the coalition for help.", "asked", "assist"),
    ("The mayor requested more aid from the government.", "requested", "assist"),
    ("The Kurds requested an urgent meeting with Washington.", "requested", "meet"),
    ("The rebels demanded the withdrawal of government troops.", "demanded", "yield"),
]


@pytest.mark.parametrize("text, trigger, mode", ASKED)
def test_type_weapons_request_mode_of_the_thing_asked(event_on, text, trigger, mode):
    e = event_on(text, trigger)
    assert (e.event_type, e.mode) == ("REQUEST", mode)


# asking for anonymity or comment is how a story is reported: no request of any party
NO_REQUEST = [
    "One aid official, who requested anonymity, said the supplies were low.",
    "The ministry made a request for comment to the embassy.",
]


@pytest.mark.parametrize("text", NO_REQUEST)
def test_type_weapons_no_request_in_reporting(events_in, text):
    assert [e.event_type for e in events_in(text) if e.event_type == "REQUEST"] == []


# drones or troops shown at a display are no deployment; police sent to a rally keep order
KEPT = [
    "Police were deployed at the rally in the capital.",
]


@pytest.mark.parametrize("text", KEPT)
def test_type_weapons_mobilization_at_a_rally(events_in, text):
    assert [e.event_type for e in events_in(text) if e.event_type == "MOBILIZE"] == ["MOBILIZE"]


# drones or troops shown at a display are no deployment
NO_MOBILIZE = [
    "The company deployed 500 drones in a light show over the harbour.",
    "The air force deployed a thousand drones in a display at the trade fair.",
]


@pytest.mark.parametrize("text", NO_MOBILIZE)
def test_type_weapons_no_mobilization_in_a_show(events_in, text):
    assert [e.event_type for e in events_in(text) if e.event_type == "MOBILIZE"] == []
