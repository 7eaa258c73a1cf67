"""An attack told again by a definite noun that a party is said to have done ("claimed the
attack", "was behind the attack", "the attack was blamed on") gives that party to the attack
told just before when it names no doer (one construction per row, written for these tests).
Another's telling of who did it stays the event it is read as, if any."""

from __future__ import annotations

import pytest

from dateline.code.mention import CLAIM_SUFFIX

PUBDATE = "2024-03-16"
BOMB = "A car bomb killed nine people at a market in the capital on Sunday. "

# (text, the attack's trigger, its actor's words)
LAID = [
    # the claim takes the attack itself as its object
    (BOMB + "Al-Shabaab claimed the attack.", "car bomb", "Al-Shabaab"),
    # others say who was behind it
    (BOMB + "Police said al-Shabaab was behind the attack.", "car bomb", "al-Shabaab"),
    # behind it, in a passive of belief
    (BOMB + "Al-Shabaab is believed to be behind the bombing.", "car bomb", "Al-Shabaab"),
    # responsible for it
    ("A roadside bomb killed two soldiers near the border on Monday. The Taliban were "
     "responsible for the blast, officials said.", "roadside bomb", "Taliban"),
    # blamed on a party: the passive
    (BOMB + "The attack was blamed on al-Shabaab.", "car bomb", "al-Shabaab"),
    # blamed on a party: the active, whose subject only accuses
    (BOMB + "Officials blamed the attack on al-Shabaab.", "car bomb", "al-Shabaab"),
    # attributed to a party
    (BOMB + "The government attributed the bombing to al-Shabaab.", "car bomb", "al-Shabaab"),
    # another says the party carried it out
    (BOMB + "Officials said al-Shabaab carried out the bombing.", "car bomb", "al-Shabaab"),
]


@pytest.mark.parametrize("text, trigger, actor", LAID)
def test_claims_attributed_party_is_the_actor(events_in_unfiltered, text, trigger, actor):
    events = events_in_unfiltered(text, PUBDATE)
    attack = [e for e in events if e.trigger == trigger and e.event_type == "ASSAULT"]
    assert attack, [(e.event_type, e.trigger) for e in events]
    source = attack[0].source
    assert source is not None and actor in (source.antecedent or source.text), source
    assert attack[0].rule.endswith(CLAIM_SUFFIX), attack[0].rule


# (text, the attack's trigger): no party is said to have done it
NOT_LAID = [
    (BOMB + "No group has claimed the attack.", "car bomb"),
    (BOMB + "Al-Shabaab denied it was behind the attack.", "car bomb"),
    (BOMB + "Al-Shabaab was not behind the attack, officials said.", "car bomb"),
    (BOMB + "It is not clear who was behind the attack.", "car bomb"),
]


@pytest.mark.parametrize("text, trigger", NOT_LAID)
def test_claims_attributed_denied_or_unknown_gives_no_doer(events_in_unfiltered, text, trigger):
    events = events_in_unfiltered(text, PUBDATE)
    attack = [e for e in events if e.trigger == trigger and e.event_type == "ASSAULT"]
    assert attack, [(e.event_type, e.trigger) for e in events]
    assert not attack[0].rule.endswith(CLAIM_SUFFIX), (attack[0].rule, attack[0].source)


def test_claims_attributed_attack_with_its_own_doer_keeps_it(events_in_unfiltered):
    events = events_in_unfiltered("Rebel fighters shelled the market on Sunday. Officials "
                                  "blamed the attack on the army.", PUBDATE)
    attack = [e for e in events if e.trigger == "shelled"]
    assert attack and attack[0].source is not None
    assert "Rebel" in attack[0].source.text and not attack[0].rule.endswith(CLAIM_SUFFIX)
