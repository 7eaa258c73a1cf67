"""Claims of responsibility give their claimer to the attack they refer to (one sentence or two
per construction, written for these tests)."""

from __future__ import annotations

import pytest

from dateline.code.mention import CLAIM_SUFFIX

PUBDATE = "2024-03-16"


# (text, the attack's trigger, its actor's words): the attack named no doer of its own
CLAIMED = [
    # the claim's noun refers back to the attack of the sentence before
    ("A car bomb exploded outside a hotel in the capital, killing nine people. Al-Shabaab "
     "claimed responsibility for the attack.", "exploded", "Al-Shabaab"),
    ("Five police officers were killed at a checkpoint near the border. The attack was "
     "claimed by the Pakistani Taliban.", "killed", "Pakistani Taliban"),
    ("Two soldiers were shot dead at a checkpoint near the border. The Pakistani Taliban "
     "said it carried out the attack.", "shot", "Pakistani Taliban"),
    # the claim is a clause of the attack's own noun
    ("The attack, which was claimed by al-Shabaab, killed nine soldiers.", "attack",
     "al-Shabaab"),
]


@pytest.mark.parametrize("text, trigger, actor", CLAIMED)
def test_claims_claimer_is_the_actor_of_the_attack(events_in_unfiltered, text, trigger, actor):
    # whose the attack is, whether or not the realness veto keeps it in a text of two sentences
    events = events_in_unfiltered(text, PUBDATE)
    attack = [e for e in events if e.trigger == trigger and e.event_type == "ASSAULT"]
    assert attack, [(e.event_type, e.trigger) for e in events]
    source = attack[0].source
    assert source is not None and actor in (source.antecedent or source.text), source
    assert attack[0].rule.endswith(CLAIM_SUFFIX), attack[0].rule
    # a claim that refers back is no second attack
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 1, \
        [(e.event_type, e.trigger, e.rule) for e in events]


def test_claims_an_attack_with_its_own_actor_keeps_it(events_in):
    events = events_in("Gunmen killed five police officers near the border. The "
                       "Pakistani Taliban claimed responsibility for the attack.", PUBDATE)
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].trigger == "killed"
    assert attacks[0].source is not None and "Gunmen" in attacks[0].source.text
    assert not attacks[0].rule.endswith(CLAIM_SUFFIX)


def test_claims_a_claim_with_no_attack_before_is_a_claim_of_responsibility(events_in):
    events = events_in("The minister met the ambassador on Monday. Islamic State "
                       "claimed responsibility for the bombing.", PUBDATE)
    claims = [e for e in events if e.event_type == "ASSAULT"]
    assert len(claims) == 1 and claims[0].trigger == "bombing"
    assert claims[0].status == "alleged" and claims[0].cameo_root == "01"
    assert claims[0].source is not None and "Islamic State" in claims[0].source.text


# taking, accepting or admitting something is no claim of an attack
@pytest.mark.parametrize("text", [
    "That the president announced a troop withdrawal must be taken with a grain of salt.",
    "The raid on the camp was accepted by the court as lawful.",
])
def test_claims_other_verbs_of_taking_are_no_claims(events_in, text):
    events = events_in(text, PUBDATE)
    assert events, "the act itself is still an event"
    assert not any(":claimed" in e.rule or e.rule.endswith(CLAIM_SUFFIX) for e in events), \
        [(e.event_type, e.trigger, e.rule) for e in events]
