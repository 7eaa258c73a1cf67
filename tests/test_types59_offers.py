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
