"""Recipients that are no party, one illustrative sentence per construction (table-driven): a
thing set beside a name ("…, a decision") describes no one, and the name it follows is no party
to the act done on the thing; a town's name is where the act is aimed, wherever the text writes
it (the event's object), not a party."""

from __future__ import annotations

import pytest

# (sentence, trigger, a word the recipient must not hold)
NO_PARTY = [
    # a thing in apposition to a place's name the parse took for a person
    ("The league said the envoy would attend Harwick, a decision hailed by the Norland sports "
     "ministry.", "hailed", "Harwick"),
    # a town's name the text never writes after "in": a place all the same
    ("Turkey threatened to attack Manbij.", "threatened", "Manbij"),
]


@pytest.mark.parametrize("text, trigger, word", NO_PARTY)
def test_recip_no_party_named(event_on_unfiltered, text, trigger, word):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or word not in (event.target.name or "") + event.target.text, \
        event.target


# (sentence, trigger, the recipient's country)
OWNED = [
    # a thing a name owns is that party's, not the country its "in" phrase names
    ("The parliament cut its funding for Riyadh's operation in Yemen.", "funding", "SAU"),
    ("The parliament cut its funding for the Saudi army's operation in Yemen.", "funding",
     "SAU"),
    # a thing a common noun owns ("the army's") stays in the state its "in" phrase names
    ("The parliament cut its funding for the army's offensive in Syria.", "funding", "SYR"),
]


@pytest.mark.parametrize("text, trigger, country", OWNED)
def test_recip_owner_before_the_state_it_is_in(event_on_unfiltered, text, trigger, country):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.country == country, event.target
