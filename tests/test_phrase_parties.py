"""Parties named in a verb's phrases, told from places that are only where the act was done,
one illustrative sentence per construction (table-driven): a thing whose own modifier names
its holder is done to that holder, not to the place it lies in; a meeting's place is where it
is held, no party; a party named in a "with" phrase stays the recipient."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words begin so, a place that is not the recipient)
HELD_THINGS = [
    # a name before the thing: its holder ("Hamas targets")
    ("Israeli aircraft struck Hamas targets in Gaza overnight.", "struck", "Hamas targets",
     "Gaza"),
    # a name the parse splits ("Islamic" on "State"): its holder all the same
    ("Russian jets struck Islamic State targets in Syria.", "struck", "Islamic State targets",
     "Syria"),
    # a demonym before the thing: the state it names holds it
    ("The government froze Iranian assets in Europe.", "froze", "Iranian assets", "Europe"),
]


@pytest.mark.parametrize("text, trigger, recipient, place", HELD_THINGS)
def test_phrase_parties_thing_named_for_its_holder(event_on_unfiltered, text, trigger,
                                                   recipient, place):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text.startswith(recipient), event.target
    assert event.target.text != place, event.target


# (sentence, trigger, the recipient): a "to" coordinated with a "from" shares its object
SHARED_TO = [
    ("Jordan sent aid to and from Syria.", "aid", "Syria"),
]


@pytest.mark.parametrize("text, trigger, recipient", SHARED_TO)
def test_phrase_parties_to_shares_the_from_object(event_on_unfiltered, text, trigger,
                                                 recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger): a meeting in a place is held there, with no party named
VENUES = [
    ("The two presidents will meet in Ankara next week.", "meet"),
    ("The ministers held talks in Moscow on Tuesday.", "talks"),
]


@pytest.mark.parametrize("text, trigger", VENUES)
def test_phrase_parties_meeting_place_is_no_party(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None, event.target


def test_phrase_parties_meeting_with_a_party(event_on_unfiltered):
    # whom a meeting is with stays its recipient, the place it is in aside
    event = event_on_unfiltered("The envoy will hold talks with rebel leaders in Khartoum.",
                                "talks")
    assert event.target is not None and event.target.text.startswith("rebel leaders"), \
        event.target
