"""Every side of a conflict, or every state, named together in a report of a war is one party
of no country: "both sides", "all parties", "the warring parties", "all states" take neither
the report's country nor its sentence's, and are no political party nor a government; a place
in their own words gives them one. A kind of party ("the opposition parties"), parties in home
politics and the states of a federation are the dictionary's."""

from __future__ import annotations

import pytest

#: The report's country, lent to parties of no country of their own.
_FOCUS = "Syrian government forces shelled the town of Douma on Monday. "

# (sentence after the report's opening, trigger, recipient words, its country)
COLLECTIVE = [
    ("The envoy called on both sides to stop the fighting.", "called", "both sides", None),
    ("The UN urged the warring parties to allow aid into the town.", "urged",
     "the warring parties", None),
    ("Britain urged all parties to the conflict to return to talks.", "urged", "all parties",
     None),
    ("The pope appealed to each faction to lay down its arms.", "appealed", "each faction",
     None),
    ("The secretary general urged all states to act responsibly.", "urged", "all states", None),
    ("The envoy called on the two sides to respect the truce.", "called", "the two sides",
     None),
    ("The envoy called on all sides in Lebanon to respect the truce.", "called",
     "all sides in Lebanon", "LBN"),
]


@pytest.mark.parametrize("text, trigger, words, country", COLLECTIVE)
def test_actor_collectives_every_side_of_no_country(event_on, text, trigger, words, country):
    event = event_on(_FOCUS + text, trigger)
    target = event.target
    assert target is not None and target.text == words, target
    assert target.country == country and target.name is None, target


# (sentence after the report's opening, trigger): a kind of party keeps the dictionary's reading
KINDS = [
    ("The president urged the opposition parties to join the talks.", "urged"),
    ("The president urged all political parties to join the talks.", "urged"),
]


@pytest.mark.parametrize("text, trigger", KINDS)
def test_actor_collectives_kinds_of_party_are_parties(event_on, text, trigger):
    event = event_on(_FOCUS + text, trigger)
    assert event.target is not None and event.target.sector == "PTY", event.target


# (text, trigger, the party's role, its country, its sector): parties of home politics and the
# states of a federation keep the sentence's country and the dictionary's sector
AT_HOME = [
    ("The Nigerian federal government urged all states to raise the minimum wage.", "urged",
     "target", "NGA", "GOV"),
    ("Troops fought rebels in the north. The Nigerian federal government urged all states to "
     "step up security.", "urged", "target", "NGA", "GOV"),
    ("British police arrested 12 protesters in Leeds on Monday. The Prime Minister urged both "
     "parties to condemn the violence.", "urged", "target", "GBR", "PTY"),
    ("The Kenyan president urged all parties to respect the court's ruling.", "urged", "target",
     "KEN", "PTY"),
    ("Police in Washington said members of both parties criticised the president.",
     "criticised", "source", "USA", None),
]


@pytest.mark.parametrize("text, trigger, role, country, sector", AT_HOME)
def test_actor_collectives_parties_at_home_keep_their_country(event_on, text, trigger, role,
                                                             country, sector):
    event = event_on(text, trigger)
    party = getattr(event, role)
    assert party is not None and party.country == country, party
    assert sector is None or party.sector == sector, party


# (words, whether a party so shown is a collective)
WORDS = [
    ("the warring parties", True),
    ("both sides", True),
    ("the two sides", True),
    ("all sides in Lebanon", True),
    ("the opposition parties", False),
    ("the Labour party", False),
    ("Gulf states", False),
    ("all states in the region", True),
    ("both states", False),
    ("the two countries", False),
    ("every state", False),
    ("members of both parties", False),
    ("a belligerent", False),
]


@pytest.mark.parametrize("text, expected", WORDS)
def test_actor_collectives_words_shown(text, expected):
    from dateline.actor_collectives import collective_words

    assert collective_words(text) is expected
