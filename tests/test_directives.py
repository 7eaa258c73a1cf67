"""An act one party tells, orders, advises or presses another to do is the demand of the one
who tells (CAMEO 10 for an order or pressure, 02 for an appeal or advice), made of the party
told, where the verb of demand is no event of its own (code/directives)."""

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
def test_directives_demander_of_the_party_told(event_on, text, trigger, actor, recipient,
                                                    root):
    event = event_on(text, trigger)
    assert event.status == "demanded", event
    assert event.source is not None and event.source.text == actor, event.source
    assert event.target is not None and event.target.text == recipient, event.target
    assert event.cameo_root == root, event


def test_directives_each_party_told(events_in):
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
    # told, not only ordered, to one's own forces: the act of those forces
    ("The officer told the soldiers to fire on the protesters.", "fire", "the soldiers"),
    ("The commander told his men to shoot the protesters.", "shoot", "his men"),
]


@pytest.mark.parametrize("text, trigger, actor", KEPT)
def test_directives_others_kept(event_on, text, trigger, actor):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source


def test_directives_court_orders_no_forces(events_in):
    # a court commands no forces: "the company" it orders to pay is told, not a unit acting
    events = events_in("The court ordered the company to pay compensation to the victims.")
    assert not any(e.source is not None and e.source.text == "the company" for e in events), \
        events
    order = next(e for e in events if e.trigger == "ordered")
    assert (order.source.text, order.target.text, order.cameo_root) == (
        "The court", "the company", "10"), order


def test_directives_what_the_act_was_done_to(event_on):
    # the party told takes the recipient's place; what the act was done to stays its object
    event = event_on("Washington told Pakistan to arrest the militants.", "arrest")
    assert (event.source.text, event.target.text) == ("Washington", "Pakistan"), event
    assert event.object == "the militants", event


def test_directives_told_by_no_one_stated(event_on_unfiltered):
    # a passive with no agent names no demander: the act stays the party told's own, demanded
    # ("the guards have been instructed to search every car": what the guards are to do)
    event = event_on_unfiltered("The rebels were told to lay down their arms by Friday.", "lay")
    assert event.status == "demanded", event
    assert event.source is not None and event.source.text == "The rebels", event


def test_directives_every_verb_of_demand_has_a_root():
    # the root of a demand comes from the word classes, for every verb of demand there is
    from dateline.code.frames import load_frames
    from dateline.wordclasses import word_class

    ordering, appeal = word_class("demand_ordering_verbs"), word_class("demand_appeal_verbs")
    demanded = {w for w, (status, _) in load_frames().verbs.items() if status == "demanded"}
    assert demanded == ordering | appeal and not ordering & appeal
