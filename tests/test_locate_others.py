"""Places an event's sentence names that are not the event's (where a measure is aimed rather
than taken, the scene of another happening the sentence names, a description of who the doer
is) and some that are (a town's own site, a relative clause placing the site an act strikes).
One sentence per construction, written for the project."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "not_country"), [
    # a measure is taken where those taking it sit, not where what it cuts off goes
    ("Germany is considering suspending its aid programme to Idlib province.", "suspending",
     "SYR"),
    ("The senators voted on Tuesday to cut funding for the coalition's war in Yemen.",
     "funding", "YEM"),
    # the scene of another happening named in the sentence is that happening's
    ("The crown prince ordered the killing, and the Senate withdrew its backing for the Saudi "
     "war in Yemen.", "killing", "YEM"),
    # what the doer's description says they did elsewhere is no place of this event
    ("Delal, one of a few Irish women fighting beside the Kurdish units in Syria, has "
     "spoken out to urge Ireland to help more.", "urge", "SYR"),
    ("Joe Smith, a former soldier who fought against Isis in Syria, was arrested on Monday.",
     "arrested", "SYR"),
    # where someone the event tells of sets out for is not yet where they are
    ("Border police stopped two men travelling to Syria.", "stopped", "SYR"),
    ("The reporter was killed while fleeing to Turkey.", "killed", "TUR"),
    # ... nor where the event kept them from arriving
    ("Turkish police prevented 140 smugglers reaching Greece.", "prevented", "GRC"),
])
def test_locate_others_place_is_not_lent(event_on, text, trigger, not_country):
    e = event_on(text, trigger)
    assert e.location is None or e.location.country != not_country


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # ... while the event's own place, and a doer placed by a phrase of place, still count
    ("The attack in Kabul on Monday killed twelve people.", "attack", "Kabul"),
    ("The minister, in Baghdad for talks, condemned the bombing.", "condemned", "Baghdad"),
    ("A court in Cairo sentenced three journalists to seven years in prison.", "sentenced",
     "Cairo"),
    # a town's own site is in the town ("Raqqa's hospital"), a country's need not be
    ("Fighting went on in Syria. An airstrike hit Raqqa's main hospital on Monday, killing "
     "nine people.", "airstrike", "Ar Raqqah"),
    # a relative clause placing the site an act strikes places the act
    ("Fighting went on in Syria. Doctors say 15 of the 20 hospitals they support in eastern "
     "Ghouta have been hit by airstrikes.", "hit", "Eastern Ghouta"),
])
def test_locate_others_own_places_still_count(event_on, text, trigger, town):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.name == town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a list of what was undergone, passives joined by "and", shares one scene
    ("Shops were looted and cars were torched in Kandahar on Sunday.", "looted", "Kandahar"),
    ("Houses were burned and two people were killed in Kabul on Sunday.", "burned", "Kabul"),
])
def test_locate_others_passive_list_shares_its_scene(event_on, text, trigger, town):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.name == town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # ... not clauses set apart ("but") nor an active clause with a doer of its own
    ("Shops were looted on Friday, but cars were torched in Kandahar on Sunday.", "looted",
     "Kandahar"),
    ("Rebels looted shops, and the army shelled Kandahar.", "looted", "Kandahar"),
])
def test_locate_others_apart_clauses_keep_their_scenes(event_on, text, trigger, town):
    e = event_on(text, trigger)
    assert e.location is None or e.location.name != town
