"""The parties of a military operation told again by a definite noun, paragraphs after the
article named it with its parties, and the dead of an operation's toll who fight for its doer
(table-driven; see ``dateline.code.operation_retold`` and ``dateline.code.recipient_allies``)."""

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
    # a siege, coded as coercion by restricting, is an operation of force told again
    ("Russian forces began a siege of Kharkiv against Ukrainian troops on Monday. " + _FILLER
     + "The siege has left the city without water.", "siege", "Russia military",
     "Ukrainian troops"),
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
    # one of the offensives told has no doer: whose offensive is told again is not said
    ("Ethiopia launched an offensive against the TPLF on Monday. Another offensive followed "
     "on Tuesday. " + _FILLER + "The offensive has forced thousands of families to flee.",
     "offensive"),
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


# (text, trigger, the recipient's words after the doer's own side is dropped)
TOLL_OF_OWN_SIDE = [
    # the toll names the doer's own side, by its backer's adjective: the civilians remain
    ("Turkey launched an offensive on the town on Monday. The offensive has killed dozens of "
     "civilians as well as Turkish-backed fighters.", "offensive", "dozens of civilians"),
    # every other conjunct stays, not the first alone
    ("Ethiopia launched an offensive against the TPLF last month. The offensive killed 12 "
     "farmers, four Tigrayan fighters and six allies of Ethiopia.", "offensive",
     "12 farmers, four Tigrayan fighters"),
    # an allied conjunct hung on another's phrase is cut from the words too
    ("Turkey launched an offensive on the village on Friday. The offensive has killed hundreds "
     "of civilians and Syrian rebels fighting alongside Turkish soldiers.", "offensive",
     "hundreds of civilians"),
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
    # backed by the enemy, of the doer's own country: not the doer's side
    ("Ethiopia launched an offensive against the TPLF near the town on Monday. The offensive "
     "has killed 30 farmers as well as militiamen backed by the TPLF.", "offensive",
     "30 farmers as well as militiamen backed by the TPLF"),
]


@pytest.mark.parametrize("text, trigger, words", TOLL_OF_OWN_SIDE)
def test_recip14_toll_drops_the_doers_own_side(events_in, text, trigger, words):
    event = _last(events_in(text), trigger)
    assert event.target is not None and event.target.text == words, event.target


@pytest.mark.parametrize("text, trigger, words", TOLL_OF_OTHER_SIDE)
def test_recip14_toll_keeps_other_sides(events_in, text, trigger, words):
    event = _last(events_in(text), trigger)
    assert event.target is not None and event.target.text == words, event.target
