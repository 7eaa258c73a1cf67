"""An act one party tells, orders, advises or presses another to do is the demand of the one
who tells (CAMEO 10 for an order or pressure, 02 for an appeal or advice), made of the party
told, where the verb of demand is no event of its own (agent_directives): one illustrative
sentence per construction, written for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger of the act demanded, actor words, recipient words, CAMEO root)
DIRECTED = [
    # told to act: an order
    ("The minister told the rebels to lay down their arms.", "lay", "The minister",
     "the rebels", "10"),
    # pressured to act: a demand
    ("The authorities have been pressuring striking dockers to call off the strike.", "strike",
     "The authorities", "striking dockers", "10"),
    # an order whose object the lexicon would read as a thing bought ("ordered a newspaper")
    ("The Afghan president ordered the newspapers to suspend publication.", "suspend",
     "The Afghan president", "the newspapers", "10"),
    # advised or begged to act: an appeal; the act named by the noun its verb takes
    ("The mediators advised the two factions to resume talks.", "talks", "The mediators",
     "the two factions", "02"),
    ("The envoy begged the rebels to free the hostages.", "free", "The envoy", "the rebels",
     "02"),
    # an act ended by the verb whose gerund it is
    ("The governor told the militia to stop attacking the bases.", "attacking", "The governor",
     "the militia", "10"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient, root", DIRECTED)
def test_wire_directives_demander_of_the_party_told(event_on, text, trigger, actor, recipient,
                                                    root):
    event = event_on(text, trigger)
    assert event.status == "demanded", event
    assert event.source is not None and event.source.text == actor, event.source
    assert event.target is not None and event.target.text == recipient, event.target
    assert event.cameo_root == root, event


def test_wire_directives_each_party_told(events_in):
    events = [e for e in events_in("Washington pressured Pakistan and Afghanistan to expel the "
                                   "militants.") if e.trigger == "expel"]
    assert sorted((e.source.text, e.target.text) for e in events if e.source and e.target) == [
        ("Washington", "Afghanistan"), ("Washington", "Pakistan")], events


# (sentence, trigger, actor words): no verb of demand with a party told stays as it was
KEPT = [
    # an order to one's own forces is the act of those forces
    ("The president ordered US troops to leave the border town.", "leave", "US troops"),
    # a that-clause tells what was done
    ("The minister told reporters that the army had withdrawn.", "withdrawn", "the army"),
]


@pytest.mark.parametrize("text, trigger, actor", KEPT)
def test_wire_directives_others_kept(event_on, text, trigger, actor):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source
