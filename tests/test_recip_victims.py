"""The dead and the hurt as recipients though nothing more is known of them, one illustrative
sentence per construction (table-driven): a member of a group, a bare count, a phrase the parse
hung on a preposition before the verb, a noun with an apposition after its verb; a thing struck
stays no recipient."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
VICTIMS = [
    # one of a group: one of its members
    ("One of the unit was killed by a roadside bomb.", "killed", "One of the unit"),
    # a bare count, its noun left out
    ("Ten guards were captured by the militia, and another 20 were killed two days later.",
     "killed", "another 20"),
    # the count read as the object of "between", the verb left without a subject
    ("The clinic said between four and 30 villagers died in the shelling.", "died",
     "four and 30 villagers"),
    # an apposition after the noun's own verb is no part of the noun's phrase
    ("The wounded were carried out and their entire household has been killed – uncle and aunt.",
     "killed", "their entire household"),
]


@pytest.mark.parametrize("text, trigger, words", VICTIMS)
def test_recip_victims_the_struck_are_the_recipient(event_on_unfiltered, text, trigger, words):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == words, event.target


# (sentence, trigger): a time or a place before a verb with no subject names no one
NO_VICTIM = [
    ("Last week in the north. Died in the attack.", "Died"),
]


@pytest.mark.parametrize("text, trigger", NO_VICTIM)
def test_recip_victims_no_one_before_the_verb(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None, event.target


# (sentence, trigger)
THINGS_STRUCK = [
    ("The building was destroyed in the blast.", "destroyed"),
]


@pytest.mark.parametrize("text, trigger", THINGS_STRUCK)
def test_recip_victims_a_thing_struck_is_no_recipient(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None, event.target
