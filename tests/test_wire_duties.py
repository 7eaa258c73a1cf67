"""A duty a speaker lays on another party is the speaker's demand of that party (CAMEO 10):
the three ways beyond the plain "X said Y must …" that code/cameo_obligations.py reads, one
illustrative sentence per row (written for the project), and the duties that demand nothing
of anyone else."""

from __future__ import annotations

import pytest

# (sentence, trigger, actor words, recipient words)
DUTIES = [
    # the obligation held by a copula with an adjective of readiness
    ("A Chilean diplomat said Peru must be willing to talk with the strikers.", "talk",
     "A Chilean diplomat", "Peru"),
    ("The Kenyan president said Uganda must be ready to negotiate with the rebels.",
     "negotiate", "The Kenyan president", "Uganda"),
    ("The Swiss envoy said the Kenyan government must be prepared to compromise.",
     "compromise", "The Swiss envoy", "the Kenyan government"),
    # "need to", "have to" in the present
    ("The Norwegian minister said Sweden needs to release the detained sailors.", "release",
     "The Norwegian minister", "Sweden"),
    ("Ghana said Togo has to reopen the border.", "reopen", "Ghana", "Togo"),
    # the party obliged named as the one the words are put to, a pronoun the duty's subject
    ("The Dutch foreign minister told Belgium that it should expel the smugglers.", "expel",
     "The Dutch foreign minister", "Belgium"),
    ("The French president issued a reminder to Libya that it must free the hostages.", "free",
     "The French president", "Libya"),
    ("Japan sent a message to China that it must release the fishermen.", "release", "Japan",
     "China"),
    # words put to a party by reminding or warning it
    ("The Dutch envoy reminded Belgium that it must expel the smugglers.", "expel",
     "The Dutch envoy", "Belgium"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", DUTIES)
def test_wire_duties_demand_of_the_party_obliged(event_on, text, trigger, actor, recipient):
    event = event_on(text, trigger)
    assert event.status == "demanded", event
    assert event.cameo_root == "10", event
    assert event.source is not None and event.source.text == actor, event.source
    assert event.target is not None and event.target.text == recipient, event.target


def test_wire_duties_ready_act_keeps_its_own_type(event_on):
    # asked of another, talks are talks (CONSULT), not an intent of the speaker's (AGREE)
    event = event_on("A Chilean diplomat said Peru must be willing to talk with the strikers.",
                     "talk")
    assert event.event_type == "CONSULT", event


# a duty laid on oneself, or told as done under it, demands nothing of another party
UNLAID = [
    ("Germany said it must be ready to defend its borders.", "defend", "Germany"),
    # the speaker's own body named with its possessive is the speaker itself
    ("France said its army must be ready to defend the capital.", "defend", "its army"),
    ("Denmark said Iceland had to withdraw its trawlers.", "withdraw", "Iceland"),
]


@pytest.mark.parametrize("text, trigger, actor", UNLAID)
def test_wire_duties_no_demand_of_another(event_on, text, trigger, actor):
    event = event_on(text, trigger)
    assert event.cameo_root != "10", event
    assert event.source is not None and event.source.text == actor, event.source
