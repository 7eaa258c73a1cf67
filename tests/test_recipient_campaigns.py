"""The party a mobilization of the doer's own forces is aimed at, named by the "against" phrase
of the campaign it is told as a part of; a passive deployment or a restriction set in a
campaign names none by it, and the foe's country is not given to the forces sent
(table-driven, one illustrative sentence per construction)."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
AIMED = [
    ("The navy sent two warships for the war against the pirates.", "sent", "the pirates"),
    ("The government mobilised reservists for the offensive against the separatists.",
     "mobilised", "the separatists"),
    ("The alliance deployed fighter jets in the campaign against al-Shabaab.", "deployed",
     "al-Shabaab"),
]


@pytest.mark.parametrize("text, trigger, recipient", AIMED)
def test_recipient_campaigns_aimed_at_foe(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and recipient in (event.target.text or
                                                      event.target.antecedent or ""), event.target


# a restriction set in a campaign is not done to the campaign's foe
RESTRICTIONS = [
    ("The government declared a state of emergency in its fight against the rebels.", "declared",
     "rebels"),
]


@pytest.mark.parametrize("text, trigger, foe", RESTRICTIONS)
def test_recipient_campaigns_restriction_not_on_foe(event_on_unfiltered, text, trigger, foe):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or foe not in (event.target.text or ""), event.target


# the forces sent against a foe are not of the foe's country
FORCES = [
    ("Soldiers who were deployed in the fight against Isis in 2017 have returned home.",
     "returned"),
]


@pytest.mark.parametrize("text, trigger", FORCES)
def test_recipient_campaigns_forces_keep_no_foe_country(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.source is not None and event.source.country is None, event.source
