"""The parties of a military operation told again by a definite noun, paragraphs after the
article named it with its parties, and the doer of an operation ordered by a named giver
(table-driven; see ``dateline.code.operation_retold``)."""

from __future__ import annotations

import pytest

_FILLER = ("Aid groups said food was short in the north. Fuel prices have tripled since March. "
           "The United Nations asked donors for more money. Teachers have not been paid for a "
           "year. ")

# (text, the last event's trigger, its doer's name, its recipient's earlier words)
RETOLD = [
    # the same noun, five sentences on: the first telling's doer and target
    ("Ethiopia launched an offensive against the Tigray People's Liberation Front on Monday. "
     + _FILLER + "The offensive has forced thousands of families to flee.",
     "offensive", "Ethiopia", "the Tigray People's Liberation Front"),
]

# (text, trigger): the last event's doer is lent by no telling far back
NOT_RETOLD = [
    # two sides launched offensives: which one is told again is not said
    ("Ethiopian troops launched an offensive against Tigrayan rebels near Mekelle on Monday. "
     "Tigrayan rebels launched an offensive near Gondar on Tuesday. " + _FILLER +
     "The offensive has forced thousands of families to flee.", "offensive"),
    # an attack is one of many a report may tell: not referred back to so far
    ("Ethiopian troops attacked Tigrayan rebels near Mekelle on Monday. " + _FILLER +
     "The attack has forced thousands of families to flee.", "attack"),
]

# (text, trigger, the doer's name)
ORDERED = [
    # the order is no event of its own: the operation is its giver's
    ("Thousands of fighters were sent into a battle ordered by Ethiopia.", "battle", "Ethiopia"),
]


def _last(events, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.event_type, e.trigger) for e in events]
    return found[-1]


@pytest.mark.parametrize("text, trigger, doer, recipient", RETOLD)
def test_recip14_operation_told_again_takes_its_parties(events_in, text, trigger, doer,
                                                         recipient):
    event = _last(events_in(text), trigger)
    assert event.source is not None and event.source.name == doer, event.source
    assert event.target is not None and event.target.antecedent == recipient, event.target
    assert event.source.text == "" and event.source.antecedent, event.source


@pytest.mark.parametrize("text, trigger", NOT_RETOLD)
def test_recip14_operation_not_lent_from_far_back(events_in, text, trigger):
    event = _last(events_in(text), trigger)
    assert event.source is None or event.source.antecedent is None, event.source


@pytest.mark.parametrize("text, trigger, doer", ORDERED)
def test_recip14_operation_ordered_is_the_givers(event_on, text, trigger, doer):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.name == doer, event.source


# (text, trigger, the recipient's words after the doer's own side is dropped)
TOLL_OF_OWN_SIDE = [
    # the toll names the doer's own side, by its backer's adjective: the civilians remain
    ("Turkey launched an offensive on the town on Monday. The offensive has killed dozens of "
     "civilians as well as Turkish-backed fighters.", "offensive", "dozens of civilians"),
]

# (text, trigger, the recipient's words, kept)
TOLL_OF_OTHER_SIDE = [
    # fighters of no side the phrase ties to the doer stay
    ("Turkey launched an offensive on the town on Monday. The offensive has killed dozens of "
     "civilians as well as Kurdish fighters.", "offensive",
     "dozens of civilians as well as Kurdish fighters"),
    # a killing told with its own doer is what it says, backed by it or not
    ("Turkish jets killed 20 Turkish-backed rebels near the town.", "killed",
     "20 Turkish-backed rebels"),
]


@pytest.mark.parametrize("text, trigger, words", TOLL_OF_OWN_SIDE)
def test_recip14_toll_drops_the_doers_own_side(events_in, text, trigger, words):
    event = _last(events_in(text), trigger)
    assert event.target is not None and event.target.text == words, event.target


@pytest.mark.parametrize("text, trigger, words", TOLL_OF_OTHER_SIDE)
def test_recip14_toll_keeps_other_sides(events_in, text, trigger, words):
    event = _last(events_in(text), trigger)
    assert event.target is not None and event.target.text == words, event.target
