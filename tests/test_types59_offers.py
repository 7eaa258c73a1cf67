"""What is offered, proposed or invited is not yet done, and its object gives its type;
a gerund of time on a frame verb dates the frame and keeps its own act done (sentences
written for these tests)."""

from __future__ import annotations

import pytest

OFFERED = [
    # material help offered is aid to come
    ("The government offered 5 million dollars to the families of the victims.", "offered",
     "AID", "proposed"),
    ("The provincial council offered the flood victims compensation.", "offered", "AID",
     "proposed"),
    ("The donors offered food and medicine to the displaced villagers.", "offered", "AID",
     "proposed"),
    # an invitation is a meeting to come
    ("The prime minister invited the opposition leaders to talks in the capital.", "invited",
     "CONSULT", "proposed"),
    ("The foreign minister invited two rebel commanders to Rome to discuss a truce.", "invited",
     "CONSULT", "proposed"),
    # help or talks named as what is offered are still to come
    ("The regional government offered aid to the flooded districts.", "aid", "AID",
     "proposed"),
    ("The envoy offered talks to the rebel commanders.", "talks", "CONSULT", "proposed"),
    # an apology offered is made in the offering
    ("The minister offered a public apology to the victims' families.", "apology", "SUPPORT",
     "actual"),
    # a course proposed is an offer to cooperate, not an agreement reached
    ("The mediators proposed a new timetable for the elections.", "proposed", "AGREE",
     "proposed"),
    # an agreement to act is reached
    ("The health ministry agreed to pause the vaccination campaign.", "agreed", "AGREE",
     "actual"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type", "status"), OFFERED)
def test_types59_offer_type_and_status(event_on, text, trigger, event_type, status):
    event = event_on(text, trigger)
    assert (event.event_type, event.status) == (event_type, status)


def test_types59_help_not_offered_is_no_aid_to_come(events_in):
    events = events_in("The ministry did not offer aid to the flooded districts.")
    assert not [e for e in events if (e.event_type, e.status) == ("AID", "proposed")], events


def test_types59_invitation_and_its_talks_are_one_event(events_in):
    events = events_in("The foreign minister invited two rebel commanders to Rome to discuss "
                       "a truce.")
    assert [e.trigger for e in events if e.event_type == "CONSULT"] == ["invited"], events


TIMED = [
    # a gerund of time on the frame verb is told as done
    ("Before invading the valley last month, the army told the villagers to leave.", "invading",
     "actual"),
    ("The senator told reporters after meeting with the vice president.", "meeting",
     "actual"),
    ("The minister told reporters before visiting the camp in Jordan.", "visiting", "actual"),
    # on the framed act, it stays under the frame
    ("The envoy urged the rebels to disarm before signing the truce.", "truce", "demanded"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), TIMED)
def test_types59_time_of_a_frame_is_no_part_of_it(event_on, text, trigger, status):
    assert event_on(text, trigger).status == status


TAKEN = [
    # people seized are taken into custody; who takes them decides arrest or abduction
    ("Troops seized three suspected militants in a dawn raid.", "seized", "COERCE", "arrest"),
    ("Police seized two suspects outside the station.", "seized", "COERCE", "arrest"),
    ("Gunmen seized the mayor on his way to the office.", "seized", "ASSAULT", "abduct"),
    # things and ground seized stay seizures
    ("Police seized weapons and ammunition from the house.", "seized", "COERCE", "seize"),
    # a force that strengthens its own defences mobilises, as with "boost" or "bolster"
    ("Government forces enhanced the air defences around the capital.", "enhanced",
     "MOBILIZE", "troops"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type", "mode"), TAKEN)
def test_types59_people_seized_and_defences_enhanced(event_on, text, trigger, event_type,
                                                     mode):
    event = event_on(text, trigger)
    assert (event.event_type, event.mode) == (event_type, mode)


PROPOSED = [
    # what a proposal or suggestion puts forward is not reported done
    ("The minister proposed that the talks resume next week.", "proposed"),
    ("The army proposed that the rebels withdraw from the town.", "withdraw"),
    ("The envoy suggested meeting the rebel commanders in Cairo.", "meeting"),
]


@pytest.mark.parametrize(("text", "trigger"), PROPOSED)
def test_types59_what_is_proposed_is_not_done(event_on, text, trigger):
    assert event_on(text, trigger).status == "proposed"


def test_types59_talks_proposed_are_not_held(events_in):
    events = events_in("The minister proposed that the talks resume next week.")
    assert not [e for e in events if e.status == "actual"], events
