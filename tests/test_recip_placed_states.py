"""The state a thing acted on is placed in, as the act's party, one illustrative sentence per
construction (table-driven): a thing with its own "in" phrase naming a country gives that
country as the recipient and stays the event's object; a place word, or a thing sent to
someone, keeps its own reading."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words, the object's words)
PLACED = [
    ("The agency has suspended food deliveries in Somalia after a convoy was looted.",
     "suspended", "Somalia", "food deliveries in Somalia"),
    ("Britain is deploying 200 engineers to the peacekeeping mission in Mali.", "deploying",
     "Mali", "the peacekeeping mission in Mali"),
]


@pytest.mark.parametrize("text, trigger, recipient, thing", PLACED)
def test_recip_thing_placed_in_a_state(event_on_unfiltered, text, trigger, recipient, thing):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target
    assert event.object == thing, event.object


# (sentence, trigger, a word the recipient must keep)
NOT_PLACED = [
    # a place word stands for whoever holds it, not for the country it is in
    ("Militants attacked an army base in Somalia on Monday.", "attacked", "base"),
]


@pytest.mark.parametrize("text, trigger, word", NOT_PLACED)
def test_recip_place_word_is_not_its_country(event_on_unfiltered, text, trigger, word):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and word in event.target.text, event.target
