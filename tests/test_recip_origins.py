"""Where something moved sets out is no party to an act on the thing that moves it, one
illustrative sentence per construction (table-driven): the "from" of a clause of sending or
going that describes the object names an origin when it names a place; the "from" of a clause
of taking names whom it was taken from, and that of a clause of going whom it got away from."""

from __future__ import annotations

import pytest

# (sentence, trigger, a word the recipient must not hold)
ORIGINS = [
    # a clause of sending: its "from" is where the arms set out
    ("The minister pledged to end a scheme, which had sent arms from Jordan to the rebels.",
     "pledged", "Jordan"),
]


@pytest.mark.parametrize("text, trigger, word", ORIGINS)
def test_recip_origin_of_what_moves_is_no_party(event_on_unfiltered, text, trigger, word):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or word not in event.target.text, event.target


# (sentence, trigger, the recipient's word)
TAKEN_FROM = [
    # a clause of taking: its "from" is whom the thing was taken from
    ("The militia said it would return weapons it seized from the Iraqi army.", "return",
     "army"),
    # a clause of going whose "from" names a party: whom the convoy got away from
    ("The governor welcomed the convoy, which had escaped from the militia.", "welcomed",
     "militia"),
]


@pytest.mark.parametrize("text, trigger, word", TAKEN_FROM)
def test_recip_taken_from_is_the_party(event_on_unfiltered, text, trigger, word):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and word in event.target.text, event.target
