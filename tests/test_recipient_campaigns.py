"""The party a mobilization or an attack is aimed at, named by the "against" phrase of the
campaign the act is told as a part of (table-driven, one illustrative sentence per
construction), and the campaigns that name no party."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
AIMED = [
    # a passive deployment set "in" the fight
    ("Foreign troops were deployed in the fight against the insurgents.", "deployed",
     "the insurgents"),
    # a participle set on the forces sent
    ("The troops sent to the fight against the rebels were withdrawn.", "sent", "the rebels"),
    # an active one, of weapons
    ("The navy sent two warships for the war against the pirates.", "sent", "the pirates"),
    # "for" the campaign
    ("The government mobilised reservists for the offensive against the separatists.",
     "mobilised", "the separatists"),
    # a named group
    ("The alliance deployed fighter jets in the campaign against al-Shabaab.", "deployed",
     "al-Shabaab"),
]


@pytest.mark.parametrize("text, trigger, recipient", AIMED)
def test_recipient_campaigns_aimed_at_foe(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and recipient in (event.target.text or
                                                      event.target.antecedent or ""), event.target


# a campaign against a thing or an evil names no party
NONE = [
    ("Foreign troops were deployed in the fight against poverty.", "deployed"),
    ("The ministry deployed two brigades in the campaign against drug smuggling.", "deployed"),
]


@pytest.mark.parametrize("text, trigger", NONE)
def test_recipient_campaigns_thing_is_no_party(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or "poverty" not in (event.target.text or "") and \
        "smuggling" not in (event.target.text or ""), event.target
