"""The other party of the deal an act is agreed or done under, one illustrative sentence per
construction (table-driven): "in a deal with", "under a deal with", "as part of an agreement
with", "agreed with X to"; a party the act itself names stays."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
DEAL_PARTIES = [
    # the agreed act's object is its content, the deal names whom it was agreed with
    ("The mayor of Trellin agreed to close his private charity in a deal with the state "
     "prosecutor.", "agreed", "the state prosecutor"),
    # a settlement's "with" phrase
    ("The mining firm agreed to pay a fine in a settlement with regulators.", "agreed",
     "regulators"),
    # an act agreed to, told by its own verb, under a deal
    ("The rebels agreed to withdraw from the hill town under a deal with the army.",
     "withdraw", "the army"),
    # as part of an agreement, on the light verb of the act's noun
    ("The dockers' union agreed to end the strike as part of an agreement with the ministry.",
     "strike", "the ministry"),
    # a compromise is a deal too (the word class deals_agreed)
    ("The rebels agreed to withdraw from the hill town in a compromise with the army.",
     "withdraw", "the army"),
    # the verb of agreeing's own "with" phrase
    ("The dockers' union agreed with the ministry to end the strike.", "strike", "the ministry"),
]


@pytest.mark.parametrize("text, trigger, words", DEAL_PARTIES)
def test_recipient_deals_the_deal_names_the_counterpart(event_on_unfiltered, text, trigger,
                                                        words):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == words, event.target
    assert "+deal_party" in event.rule


# (sentence, trigger, the recipient's words): the act names its own party
OWN_PARTY = [
    ("The government released 40 prisoners as part of a deal with the rebels.", "released",
     "40 prisoners"),
]


@pytest.mark.parametrize("text, trigger, words", OWN_PARTY)
def test_recipient_deals_own_party_stays(event_on_unfiltered, text, trigger, words):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == words, event.target


# (sentence, trigger): where a deal is signed is no party to it
DEAL_VENUES = [
    ("Morvania signed a trade deal in Vienna on Monday.", "deal"),
    ("Morvania signed an accord in Vienna on Monday.", "accord"),
    # a capital where a deal is signed does not stand for its state
    ("Morvania signed a treaty in Vienna.", "treaty"),
    ("The two sides signed an agreement in Paris on Monday.", "agreement"),
]


@pytest.mark.parametrize("text, trigger", DEAL_VENUES)
def test_recipient_deals_venue_is_no_party(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None, event.target


# (sentence, trigger, the recipient's words): a curfew binds the people of its place
NOT_VENUES = [
    ("The government imposed a curfew in Bangkok.", "curfew", "Bangkok"),
    ("Morvania imposed a curfew in Algiers.", "curfew", "Algiers"),
]


@pytest.mark.parametrize("text, trigger, words", NOT_VENUES)
def test_recipient_deals_a_curfew_place_stays(event_on_unfiltered, text, trigger, words):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == words, event.target
