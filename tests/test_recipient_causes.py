"""Whom an act of protest or defiance answers, named by its cause phrase, one illustrative
sentence per construction (table-driven): a resignation "over" a thing a party made, did or
said is aimed at that party; so is one "in protest at" it; a party named as the cause is the
recipient itself; a cause that names no party (a pronoun's thing, a place) or a party's state
("its leader's illness") gives none, and a fight "over" a place is not done to it."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
ANSWERED = [
    # a named maker's thing, "over" it
    ("The Varnian ambassador resigned over Olan Petrov's decision on the dam.", "resigned",
     "Olan Petrov"),
    # an owner that is a party word, not a name
    ("The defence secretary quit last week over the president's sudden reversal.", "quit",
     "the president"),
    # the owner's whole name, its modifiers kept
    ("The deputy quit on Friday over the prime minister's decision to sell the port.", "quit",
     "the prime minister"),
    # "in protest at" a party's thing: the parse hangs the "at" on the verb
    ("The envoy resigned in protest at the government's handling of the talks.", "resigned",
     "the government"),
    # the noun of the act carried by its verb, the cause hung on the verb
    ("The minister handed in his resignation on Thursday over the president's plan to close "
     "the port.", "resignation", "the president"),
    # the cause is a party itself
    ("The opposition walked out in protest against the government.", "walked",
     "the government"),
]

# (sentence, trigger): a cause that names no party, or a party's state rather than its deed,
# gives no recipient
NO_PARTY = [
    ("The minister resigned over his health.", "resigned"),
    ("The mayor resigned over the flooding in the valley.", "resigned"),
    ("The health secretary resigned over the governor's long illness.", "resigned"),
    ("The deputy quit over the prime minister's age.", "quit"),
    ("The treasurer resigned over Olan Petrov's illness.", "resigned"),
]


@pytest.mark.parametrize("text, trigger, words", ANSWERED)
def test_recipient_causes_party_of_the_cause(event_on, text, trigger, words):
    target = event_on(text, trigger).target
    assert target is not None and target.text == words, target


@pytest.mark.parametrize("text, trigger", NO_PARTY)
def test_recipient_causes_no_party_named(event_on, text, trigger):
    assert event_on(text, trigger).target is None


def test_recipient_causes_not_for_fights(event_on):
    target = event_on("Rebels clashed with troops over the town.", "clashed").target
    assert target is not None and target.text == "troops", target
