"""Recipients of retreats, hostage-taking and retorts, one illustrative sentence per
construction (table-driven): where a retreating doer goes is no party to its retreat; whom one
yields to or leaves stays its recipient; who is taken hostage is the party, not the word
"hostage"; a retort ("hit back at") is aimed at the party of its "at" phrase; a thing of the
doer's own state names no party."""

from __future__ import annotations

import pytest

# (text, trigger, type): a flight or escape to a place has no recipient, neither the place nor
# its state; nor has criticism whose "at" phrase names an occasion
NO_PARTY = [
    ("Hundreds of rebels fled to northern Norland last week.", "fled", "RETREAT"),
    ("The militants fled into Iraq after the battle.", "fled", "RETREAT"),
    ("Some of the foreign fighters fled to Syria, where they were later caught.", "fled",
     "RETREAT"),
    ("The minister criticised the plan at a rally.", "criticised", "ACCUSE"),
    # a thing of the doer's own state is no party
    ("The Kenyan president has since sought Kenyan state funds for the railway.", "sought",
     "REQUEST"),
]


@pytest.mark.parametrize("text, trigger, event_type", NO_PARTY)
def test_recipient_destinations_no_party_where_they_went(event_on, text, trigger, event_type):
    event = event_on(text, trigger)
    assert event.event_type == event_type, event
    assert event.target is None, event.target


# (text, trigger, recipient's words): whom one yields to or leaves, and a visit's host, stay;
# the party taken hostage is the recipient, not the word "hostage"; a retort is aimed "at" one
PARTIES = [
    ("The president hit back at the Norlandic president.", "hit", "the Norlandic president"),
    ("The minister lashed out at the police over the raid.", "lashed", "the police"),
    ("The rebels surrendered to the army on Monday.", "surrendered", "the army"),
    ("The fighters returned the town to the government.", "returned", "the government"),
    ("The minister travelled to Moscow for talks.", "travelled", "Moscow"),
    ("Gunmen took the mayor hostage.", "took", "the mayor"),
    ("The militants took two aid workers hostage in March.", "took", "two aid workers"),
    ("They asked about the fate of the Norlandic reporter taken hostage by the militants.",
     "taken", "the Norlandic reporter"),
    # a thing appraised keeps its author, of the doer's state or not; and a thing's own phrase
    # may name another party of the doer's state
    ("Montenegrin mayors demanded support from the Montenegro Assembly.", "demanded",
     "support from the Montenegro Assembly"),
    ("Turkey rejected the Russian proposal.", "rejected", "the Russian proposal"),
    ("The Russian president rejected a Russian proposal.", "rejected", "a Russian proposal"),
    # counted or determined, the captives themselves
    ("The rebels took 20 hostages on Monday.", "took", "20 hostages"),
    ("Bandits seized three Red Cross hostages near the ford.", "seized",
     "three Red Cross hostages"),
    ("Two soldiers were taken hostage by the rebels.", "taken", "Two soldiers"),
]


@pytest.mark.parametrize("text, trigger, words", PARTIES)
def test_recipient_destinations_party_yielded_to_or_taken(event_on, text, trigger, words):
    target = event_on(text, trigger).target
    assert target is not None and target.text == words, target
