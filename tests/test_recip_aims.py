"""Recipients a light-verb act names outside its noun's own phrases, one illustrative sentence
per construction (table-driven): the party an operation's name is "against", whom aid goes
to, named by the purpose clause it is sent with, and whom a strike protests, named by its
clause of protesting."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
AIMED = [
    # the "against" phrase hangs on the operation's name, set off by commas
    ("The army launched a large military operation, Operation Iron Gate, against militants "
     "in the valley on Monday.", "operation", "militants"),
    # aid sent for a purpose: whom it helps
    ("The provincial government is sending aid, including tents and food, to help refugees "
     "of the storm.", "aid", "refugees of the storm"),
    # a strike's purpose clause of protesting: the author of the thing protested
    ("Nurses launched a hunger strike to protest the pay freeze imposed by the Health "
     "Ministry.", "hunger strike", "the Health Ministry"),
    # "went on strike to protest" a party
    ("Dock workers went on strike to protest the port authority.", "strike",
     "the port authority"),
]


@pytest.mark.parametrize("text, trigger, recipient", AIMED)
def test_recip_aimed_by_name_or_purpose(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# things stay out of the recipient: aid sent to help rebuild names a thing, not a party
NO_PARTY = [
    ("The agency is sending aid, including tents, to help rebuild the bridge.", "aid"),
    ("The bank is sending aid, including loans, to help the economy.", "aid"),
]


@pytest.mark.parametrize("text, trigger", NO_PARTY)
def test_recip_purpose_thing_is_no_recipient(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or "bridge" not in event.target.text, event.target
