"""Whom a writing is addressed to, and whom an act of force is done to when the dictionaries
know nothing of them, one illustrative sentence per construction (table-driven): a clause that
tells what a letter says is addressed to whom it went, when its own words name only a thing and
when the parse hangs it on the addressee; the people shot or beaten are the recipient, told by a
count, a part of a group or "those" with a participle; a bare pronoun shot down, or a town's
name the story writes as a place, stays no party."""

from __future__ import annotations

import pytest

# (sentence, trigger, (event type, the recipient's words))
ADDRESSED = [
    # the clause hung on the addressee, its own object a thing
    ("Two senators wrote to the chamber's leaders opposing a plan to sell the port.",
     "opposing", ("REJECT", "the chamber's leaders")),
    ("The prime minister wrote to the regional council demanding a delay.", "demanding",
     ("REQUEST", "the regional council")),
    # a letter sent to someone, its clause's object a thing
    ("The mayor sent a letter to the governor criticising the budget.", "criticising",
     ("ACCUSE", "the governor")),
    # people struck, told by words no dictionary knows
    ("The militia had shot those attempting desertion.", "shot",
     ("ASSAULT", "those attempting desertion")),
    ("Soldiers shot those fleeing the town.", "shot", ("ASSAULT", "those fleeing the town")),
]


@pytest.mark.parametrize("text, trigger, expected", ADDRESSED)
def test_recipient_addressed_party(event_on, text, trigger, expected):
    event = event_on(text, trigger)
    got = (event.event_type, event.target.text if event.target is not None else None)
    assert got == expected


# (text, trigger): words of force that name no people stay no party: a bare pronoun shot
# down, a town's name written as a place elsewhere in the story
NOT_PEOPLE = [
    ("Rebels shot it down over the valley.", "shot"),
    ("Thousands of families live in Qamishli. Qamishli was attacked by the militia on Monday.",
     "attacked"),
]


@pytest.mark.parametrize("text, trigger", NOT_PEOPLE)
def test_recipient_addressed_no_people_named(event_on, text, trigger):
    assert event_on(text, trigger).target is None
