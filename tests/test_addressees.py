"""Whom a reported demand or a conditional threat is addressed to, one illustrative sentence per
construction (table-driven): the speaker of "must" demands of the clause's subject; the
condition of a threat names its recipient; what no party is stays out of the recipient."""

from __future__ import annotations

import pytest


# (sentence, trigger, actor words, recipient words or None, CAMEO root)
ADDRESSED = [
    # "X said Y must …": X demands it of Y
    ("Norway said on Monday that Chile must release the detained fishermen.", "release",
     "Norway", "Chile", "10"),
    ("The foreign ministry stated that Kenya should return the seized cargo.", "return",
     "The foreign ministry", "Kenya", "10"),
    # "X said he must …": an obligation of one's own, no one else's act demanded
    ("The prime minister said he must resign.", "resign", "The prime minister", None, "10"),
    # the condition of a threat names whom it is put to
    ("Peru threatened to suspend the talks unless Bolivia withdrew its troops.", "threatened",
     "Peru", "Bolivia", "13"),
    ("The army threatened to shell the port if the rebels refuse to surrender.", "threatened",
     "The army", "the rebels", "13"),
    # a condition on no party ("if the truce fails") gives no recipient
    ("Ghana threatened to cut off fuel supplies if the truce fails.", "threatened", "Ghana",
     None, "13"),
    # an act a coded demand or appeal asks for is that demand: the demander's, of whom it asks
    ("Brazil demanded that Paraguay halt the dam construction.", "halt", "Brazil", "Paraguay",
     "10"),
    ("Egypt urged Sudan to withdraw its troops from the border.", "urged", "Egypt",
     "Sudan", "02"),
    # what a protest is for is the protest (CAMEO 14): one event, the protesters', against whom
    # its demand is
    ("Thousands of farmers rallied in the capital to demand the resignation of the minister.",
     "rallied", "Thousands of farmers", "the minister", "14"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient, root", ADDRESSED)
def test_addressees_demand_and_threat(event_on, text, trigger, actor, recipient, root):
    event = event_on(text, trigger)
    assert event.cameo_root == root, event
    assert event.source is not None and event.source.text == actor, event.source
    if recipient is None:
        assert event.target is None or event.target.text not in ("Ghana", "he"), event.target
    else:
        assert event.target is not None and event.target.text == recipient, event.target


def test_addressees_pronoun_subject_of_a_stance_is_the_speaker(event_on):
    event = event_on("Chile says it is willing to withdraw its warships from the "
                     "disputed waters.", "withdraw")
    assert event.source is not None and event.source.text == "Chile", event.source


def test_addressees_stance_of_the_passive_subject(event_on):
    # "is opposed to": the subject takes the stance, toward what "to" names
    event = event_on("Norway is opposed to the Danish proposal on fishing quotas.", "opposed")
    assert event.event_type == "REJECT", event
    assert event.source is not None and event.source.text == "Norway", event.source
    agent = event_on("The plan was opposed by the opposition parties.", "opposed")
    assert agent.source is not None and agent.source.text == "the opposition parties"
