"""Whom an act in the complement of a relative clause is done to, one illustrative sentence per
construction (table-driven): after "to" or "of", through one or two complements, in an active or
a passive clause of saying; a clause with a relative word, an object of its own or a bare
preposition leaves no gap; of two subjects the parse gives a passive verb, the nearest before
it is whom it was done to; a thing another people's word marks as its own is that party's,
not the country it stands in."""

from __future__ import annotations

import pytest

# (sentence, trigger, (event type, the recipient's words))
GAPS = [
    # the act after "to" of the clause's verb
    ("These are the villages the militia tried to destroy.", "destroy",
     ("ASSAULT", "the villages")),
    ("The report named the activists the police had sought to detain.", "detain",
     ("COERCE", "the activists")),
    # through a passive verb of saying
    ("The tribunal heard that the civilians they are alleged to have killed came from Dorvik.",
     "killed", ("ASSAULT", "the civilians")),
    # the act after "of"
    ("Relatives of the hostages the group is accused of beheading spoke on Monday.",
     "beheading", ("ASSAULT", "the hostages")),
    # of two subjects the parse gives a passive verb, the nearest before it
    ("In the valley, scene of an earlier ambush, 20 guards were killed on Monday.", "killed",
     ("ASSAULT", "20 guards")),
]


@pytest.mark.parametrize("text, trigger, expected", GAPS)
def test_recipient_relatives_gap(event_on, text, trigger, expected):
    event = event_on(text, trigger)
    got = (event.event_type, event.target.text if event.target is not None else None)
    assert got == expected


# (text, trigger, the clause's noun): no gap to fill from the clause's noun
NO_GAP = [
    ("This is the town where the rebels tried to attack.", "attack", "the town"),
    # a noun standing for a dropped "why" or "how", through a complement or not
    ("That was the reason the militia decided to strike.", "strike", "the reason"),
    ("It is the way the Velmar guards chose to fight.", "fight", "the way"),
    ("Nobody knows the extent the gang looted.", "looted", "the extent"),
]


@pytest.mark.parametrize("text, trigger, noun", NO_GAP)
def test_recipient_relatives_no_gap(event_on, text, trigger, noun):
    event = event_on(text, trigger)
    assert noun not in (event.object, event.target and event.target.text), event


# (text, trigger, country of the recipient): a thing another party's word marks as its own
OWNED_THINGS = [
    ("Norway is demanding that the Iranian military presence in Syria is reined back.",
     "demanding", "IRN"),
]


@pytest.mark.parametrize("text, trigger, country", OWNED_THINGS)
def test_recipient_relatives_owned_thing_not_its_place(event_on, text, trigger, country):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.country == country
