"""The doer of an act done by a weapon: the weapon's owner, and a state or its government
owning the weapons of armed forces is its military (sentences written for the project)."""

from __future__ import annotations

import pytest


def _event(events_in_unfiltered, text, trigger):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    return found[0]


# (text, trigger, country): a state as the owner of the weapons is its military
ARMED = [
    ("A Bolivian missile struck the convoy near the border.", "missile", "BOL"),
    ("The convoy was hit by a Peruvian airstrike on Friday.", "hit", "PER"),
    ("Chile launched an air offensive on the rebel valley in May.", "air offensive", "CHL"),
]


@pytest.mark.parametrize("text, trigger, country", ARMED)
def test_actor_weapons_state_weapons_are_its_military(event_on, text, trigger, country):
    source = event_on(text, trigger).source
    assert source is not None and (source.country, source.sector) == (country, "MIL"), source


def test_actor_weapons_state_leader_keeps_his_office(event_on):
    source = event_on("President Boric bombed the rebel camp.", "bombed").source
    assert source is None or source.sector != "MIL", source


# (text, trigger, the doer's country and sector): the owner a weapon's phrase names
WEAPON_OWNERS = [
    ("Bolivian government forces besieged the valley. Regime barrel bombs hit a clinic.",
     "barrel bombs", ("BOL", "MIL")),
    ("Government airstrikes killed nine people in Cochabamba.", "airstrikes", ("BOL", "MIL")),
]


@pytest.mark.parametrize("text, trigger, doer", WEAPON_OWNERS)
def test_actor_weapons_weapon_owner_is_the_doer(events_in_unfiltered, text, trigger, doer):
    source = _event(events_in_unfiltered, text, trigger).source
    assert source is not None and (source.country, source.sector) == doer, source


def test_actor_weapons_town_is_no_owner(events_in_unfiltered):
    source = _event(events_in_unfiltered, "The Cochabamba bombing killed nine people.",
                    "bombing").source
    assert source is None or source.sector != "MIL", source


def test_actor_weapons_victims_named_before_an_act_are_no_owners(events_in_unfiltered):
    found = [e for e in events_in_unfiltered("Civilian killings rose in Cochabamba last year.")
             if e.trigger == "killings"]
    assert all(e.source is None or e.source.sector != "CVL" for e in found), found
