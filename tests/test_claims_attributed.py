"""An attack told again by a definite noun that a party is said to have done ("claimed the
attack", "was behind the attack", "the attack was blamed on") gives that party to the attack
told just before when it names no doer: a group's own claim marks the rule with
``CLAIM_SUFFIX``, others' word with ``BLAME_SUFFIX``. A claim in the claimer's words is no
second attack; an attack others tell again stays its sentence's event, with that doer. A
claim or blame refused, denied, asked about or doubted, a cause that is no party, an attack
of another time or place, and a text with two attacks the noun could mean give no doer."""

from __future__ import annotations

import pytest

from dateline.code.mention import BLAME_SUFFIX, CLAIM_SUFFIX

PUBDATE = "2024-03-16"
BOMB = "A car bomb killed nine people at a market in the capital on Sunday. "

# (text, the attack's trigger, its actor's words, the suffix of its rule)
LAID = [
    # the claim takes the attack itself as its object: the group's own word
    (BOMB + "Al-Shabaab claimed the attack.", "car bomb", "Al-Shabaab", CLAIM_SUFFIX),
    # a group says of itself that it was behind it
    (BOMB + "Isis said it was behind the attack.", "car bomb", "Isis", CLAIM_SUFFIX),
    # others say who was behind it
    (BOMB + "Police said al-Shabaab was behind the attack.", "car bomb", "al-Shabaab",
     BLAME_SUFFIX),
    # responsible for it
    ("A roadside bomb killed two soldiers near the border on Monday. The Taliban were "
     "responsible for the blast, officials said.", "roadside bomb", "Taliban", BLAME_SUFFIX),
    # blamed on a party: the passive
    (BOMB + "The attack was blamed on al-Shabaab.", "car bomb", "al-Shabaab", BLAME_SUFFIX),
    # blamed on a party: the active, whose subject only accuses
    (BOMB + "Officials blamed the attack on al-Shabaab.", "car bomb", "al-Shabaab",
     BLAME_SUFFIX),
    # pinned on a party
    (BOMB + "Officials pinned the attack on al-Shabaab.", "car bomb", "al-Shabaab",
     BLAME_SUFFIX),
    # attributed to a party
    (BOMB + "The government attributed the bombing to al-Shabaab.", "car bomb", "al-Shabaab",
     BLAME_SUFFIX),
    # others say the party carried it out: one attack, not the bombing told twice
    (BOMB + "Officials said al-Shabaab carried out the bombing.", "car bomb", "al-Shabaab",
     BLAME_SUFFIX),
    # the same in the passive
    (BOMB + "The attack was carried out by al-Shabaab, police said.", "car bomb", "al-Shabaab",
     BLAME_SUFFIX),
    # blamed by others and denied by the group: an allegation, not the group's claim
    (BOMB + "Officials blamed the attack on al-Shabaab, but the group denied it.", "car bomb",
     "al-Shabaab", BLAME_SUFFIX),
]


@pytest.mark.parametrize("text, trigger, actor, suffix", LAID)
def test_claims_attributed_party_is_the_actor(events_in_unfiltered, text, trigger, actor,
                                              suffix):
    events = events_in_unfiltered(text, PUBDATE)
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    attack = [e for e in attacks if e.trigger == trigger]
    assert attack, [(e.event_type, e.trigger) for e in events]
    source = attack[0].source
    assert source is not None and actor in (source.antecedent or source.text), source
    assert attack[0].rule.endswith(suffix), attack[0].rule
    # a claim in the claimer's words is no second attack; an attack told again by others
    # stays the event of its own sentence, with the same doer
    if suffix == CLAIM_SUFFIX:
        assert len(attacks) == 1, [(e.trigger, e.rule) for e in attacks]
    assert all(e.source is not None and actor in (e.source.antecedent or e.source.text)
               for e in attacks), [(e.trigger, e.source) for e in attacks]


# (text, the attack's trigger): no party is said to have done it
NOT_LAID = [
    (BOMB + "No group has claimed the attack.", "car bomb"),
    (BOMB + "Al-Shabaab denied it was behind the attack.", "car bomb"),
    (BOMB + "Al-Shabaab was not behind the attack, officials said.", "car bomb"),
    (BOMB + "It is not clear who was behind the attack.", "car bomb"),
    # a blame or claim refused or not yet made
    (BOMB + "Police declined to blame the attack on al-Shabaab.", "car bomb"),
    (BOMB + "Al-Shabaab refused to claim the attack.", "car bomb"),
    (BOMB + "Al-Shabaab has yet to claim the attack.", "car bomb"),
    # both parties denied
    (BOMB + "Neither al-Shabaab nor Isis was behind the attack, officials said.", "car bomb"),
    # asked about, doubted, or said without ground
    (BOMB + "It is unclear whether al-Shabaab was behind the attack.", "car bomb"),
    (BOMB + "Investigators are trying to establish whether al-Shabaab was behind the attack.",
     "car bomb"),
    (BOMB + "Officials asked whether al-Shabaab was behind the attack.", "car bomb"),
    (BOMB + "There is no evidence that al-Shabaab was behind the attack.", "car bomb"),
    # the deed denied, or told as one still to come
    (BOMB + "Al-Shabaab denied carrying out the attack.", "car bomb"),
    (BOMB + "He said al-Shabaab would carry out the attack again.", "car bomb"),
    # an attack of another place and time
    (BOMB + "Al-Shabaab claimed the attack on a hotel in Nairobi in 2019.", "car bomb"),
    (BOMB + "Police said al-Shabaab was behind the attack on a hotel in Nairobi last year.",
     "car bomb"),
    ("Gunmen stormed a hotel in the port on Friday. A car bomb also killed nine people at a "
     "market in the capital on Sunday. Police said al-Shabaab was behind the attack on the "
     "hotel.", "car bomb"),
    # two attacks without a doer before the noun: it could mean either
    (BOMB + "Air strikes hit villages in response. Officials blamed the attack on al-Shabaab.",
     "Air strikes"),
    (BOMB + "Air strikes hit villages in response. Officials blamed the attack on al-Shabaab.",
     "car bomb"),
    (BOMB + "Air strikes hit villages in response. Officials said al-Shabaab carried out "
     "the attack.", "car bomb"),
    # a cause, not a party
    (BOMB + "Officials blamed the attack on poor security.", "car bomb"),
]


@pytest.mark.parametrize("text, trigger", NOT_LAID)
def test_claims_attributed_denied_or_unknown_gives_no_doer(events_in_unfiltered, text, trigger):
    events = events_in_unfiltered(text, PUBDATE)
    attack = [e for e in events if e.trigger == trigger and e.event_type == "ASSAULT"]
    assert attack, [(e.event_type, e.trigger) for e in events]
    assert not attack[0].rule.endswith((CLAIM_SUFFIX, BLAME_SUFFIX)), \
        (attack[0].rule, attack[0].source)
    assert attack[0].source is None or not attack[0].source.text, attack[0].source


def test_claims_attributed_attack_with_its_own_doer_keeps_it(events_in_unfiltered):
    events = events_in_unfiltered("Rebel fighters shelled the market on Sunday. Officials "
                                  "blamed the attack on the army.", PUBDATE)
    attack = [e for e in events if e.trigger == "shelled"]
    assert attack and attack[0].source is not None
    assert "Rebel" in attack[0].source.text
    assert not attack[0].rule.endswith((CLAIM_SUFFIX, BLAME_SUFFIX))
