"""Recipients of retreats and of hostage-taking, one illustrative sentence per construction
(table-driven): where a retreating doer goes is no party to its retreat; whom one yields to or
leaves stays its recipient; who is taken hostage is the party, not the word "hostage"."""

from __future__ import annotations

import pytest

# (text, trigger): a flight or escape to a place has no recipient, neither the place nor its state
GONE_TO = [
    ("Hundreds of rebels fled to northern Norland last week.", "fled"),
    ("The militants fled into Iraq after the battle.", "fled"),
    ("Some of the foreign fighters fled to Syria, where they were later caught.", "fled"),
]


@pytest.mark.parametrize("text, trigger", GONE_TO)
def test_recipient_destinations_no_party_where_they_went(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.event_type == "RETREAT", event
    assert event.target is None, event.target


# (text, trigger, recipient's words): whom one yields to or leaves, and a visit's host, stay;
# the party taken hostage is the recipient, not the word "hostage"
PARTIES = [
    ("The rebels surrendered to the army on Monday.", "surrendered", "the army"),
    ("The fighters returned the town to the government.", "returned", "the government"),
    ("The minister travelled to Moscow for talks.", "travelled", "Moscow"),
    ("Gunmen took the mayor hostage.", "took", "the mayor"),
    ("The militants took two aid workers hostage in March.", "took", "two aid workers"),
    ("They asked about the fate of the Norlandic reporter taken hostage by the militants.",
     "taken", "the Norlandic reporter"),
    # counted or determined, the captives themselves
    ("The rebels took 20 hostages on Monday.", "took", "20 hostages"),
    ("Two soldiers were taken hostage by the rebels.", "taken", "Two soldiers"),
]


@pytest.mark.parametrize("text, trigger, words", PARTIES)
def test_recipient_destinations_party_yielded_to_or_taken(event_on, text, trigger, words):
    target = event_on(text, trigger).target
    assert target is not None and target.text == words, target
