"""The kind of what an act is done to decides its type: ground or a person captured, knowledge
or goods given, a party or a proposal rejected (sentences written for these tests)."""

from __future__ import annotations

import pytest

CAPTURED = [
    # ground taken is a seizure of territory, whatever the ground is called
    ("Government troops captured the last pocket of rebel fighters near the dam.", "captured",
     "COERCE", "seize"),
    ("The militia seized the ridge above the valley road overnight.", "seized", "COERCE", "seize"),
    ("The insurgents took over the outskirts of the provincial capital.", "took", "COERCE",
     "seize"),
    ("Soldiers recaptured the hilltop from the insurgents at dawn.", "recaptured", "COERCE",
     "seize"),
    # a person taken is an arrest
    ("Police captured the suspected smuggler in a raid on Tuesday.", "captured", "COERCE",
     "arrest"),
    # a garrison is the soldiers who hold a place: taken, they are captives, not ground
    ("The rebels captured the garrison of forty soldiers at the pass.", "captured", "ASSAULT",
     "abduct"),
    # political parties dissolved by a power over them are banned (CAMEO 1722); a group that
    # disbands itself gives up arms
    ("The junta dissolved all political parties on Friday.", "dissolved", "COERCE", "ban"),
    ("The court disbanded the main opposition party.", "disbanded", "COERCE", "ban"),
    ("The rebel group disbanded after the peace deal.", "disbanded", "RETREAT", "disarm"),
]


def test_types10_a_party_dissolved_by_its_own_is_no_ban(events_in):
    events = events_in("The founders of the Reform Party dissolved their party on Sunday.")
    assert not [e for e in events if e.mode == "ban"], events


@pytest.mark.parametrize(("text", "trigger", "event_type", "mode"), CAPTURED)
def test_types10_ground_or_person_captured(event_on, text, trigger, event_type, mode):
    event = event_on(text, trigger)
    assert (event.event_type, event.mode) == (event_type, mode)


GIVEN = [
    # knowledge given is shared information (CAMEO 064), goods and money are aid
    ("The two prisoners supplied valuable intelligence to army interrogators.", "supplied",
     "COOPERATE"),
    ("The opposition leader was granted a security briefing by the government.", "granted",
     "COOPERATE"),
    ("The Jordanian government supplied information on the smuggling network to its allies.",
     "supplied", "COOPERATE"),
    ("The government provided food and tents to the refugees.", "provided", "AID"),
    ("Qatar supplied weapons to the rebels last year.", "supplied", "AID"),
    # the object as the verb's senses read it: what a measure counts
    ("The defectors supplied a trove of intelligence to the arms inspectors.",
     "supplied", "COOPERATE"),
    # knowledge given with goods is aid still; knowledge alone, however many kinds, is shared
    ("The embassy provided intelligence and rifles to the border guards.", "provided", "AID"),
    ("The agency supplied intelligence and documents to the prosecutors.", "supplied",
     "COOPERATE"),
    # a security detail is guards, not a particular told
    ("The council granted the judge a security detail after the threats.", "granted", "AID"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type"), GIVEN)
def test_types10_knowledge_or_goods_given(event_on, text, trigger, event_type):
    assert event_on(text, trigger).event_type == event_type


REJECTED = [
    # a party rejected or opposed is disapproved of; a proposal rejected is refused
    ("The minister rejected the militants and their ideology.", "rejected", "ACCUSE"),
    ("The former fighter said he rejected the group that had recruited him.", "rejected",
     "ACCUSE"),
    ("The opposition party fiercely opposed the military junta.", "opposed", "ACCUSE"),
    ("The senators opposed a proposal to close the border.", "opposed", "REJECT"),
    # a named treaty or policy is refused; a named state or group is disapproved of
    ("Norway rejected the Baltic Fisheries Partnership on Monday.", "rejected", "REJECT"),
    ("The farmers opposed Greencare, the new subsidy scheme.", "opposed", "REJECT"),
    ("The minister rejected Hezbollah in a speech to parliament.", "rejected", "ACCUSE"),
    # a party rejected in the passive
    ("The gunmen were rejected by the village elders at the meeting.", "rejected",
     "ACCUSE"),
    # a stance in the passive with no "by": the subject opposes what "to" names
    ("Iceland is opposed to the whaling quota plan.", "opposed", "REJECT"),
    ("Norway is opposed to the junta.", "opposed", "ACCUSE"),
    ("The rebels rejected the ceasefire proposal on Sunday.", "rejected", "REJECT"),
    ("The union rejected the offer of a two per cent pay rise.", "rejected", "REJECT"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type"), REJECTED)
def test_types10_party_or_proposal_rejected(event_on, text, trigger, event_type):
    assert event_on(text, trigger).event_type == event_type


def test_types10_armed_men_fleeing_withdraw(event_on):
    event = event_on("The rebels fled to the north after the defeat.", "fled")
    assert (event.event_type, event.mode) == ("RETREAT", "withdraw")
