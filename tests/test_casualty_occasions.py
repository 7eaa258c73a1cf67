"""A toll folds into the attack it fell in, not into one set before or after it when the toll
names its own doer (table-driven, on sentences written for the project)."""

from __future__ import annotations

import pytest

# (sentence, the triggers of its attacks): a clause opened by "after" or "before" is another
# happening; one opened by "when" is the occasion the victims fell in
OCCASIONS = [
    ("The suspect was shot dead by officers after he opened fire.", {"shot", "opened"}),
    ("Police shot the gunman dead after he opened fire on a bus.", {"shot", "opened"}),
    ("Dozens were wounded when a car bomb exploded in the market.", {"exploded"}),
    # a toll with no doer of its own told "after" an attack is that attack's
    ("Fifty people were killed after an airstrike hit a residential building.", {"airstrike"}),
]


@pytest.mark.parametrize("text, triggers", OCCASIONS)
def test_toll_folds_into_its_own_occasion(events_in, text, triggers):
    assert {e.trigger for e in events_in(text) if e.event_type == "ASSAULT"} == triggers


def test_the_shooting_after_is_the_officers(events_in):
    shot = [e for e in events_in("The suspect was shot dead by officers after he opened fire.")
            if e.trigger == "shot"]
    assert shot and shot[0].target.text == "The suspect" and shot[0].source.text == "officers"


# (sentence, trigger, source text, target text, ACLED sub-type): the dead of a fight between
# named sides fell in that fight, whose sides are its parties
FIGHTS = [
    ("Twenty people were killed in fighting between the army and rebels.", "fighting",
     "the army", "rebels", "Armed clash"),
    ("Three protesters were wounded in clashes between police and demonstrators in Dhaka.",
     "clashes", "police", "demonstrators", "Excessive force against protesters"),
    # a fight between named sides names no killer: the fight is the event, its sides its parties
    ("Three fighters were killed in clashes between the army and the militia near Gao.",
     "clashes", "the army", "the militia", "Armed clash"),
    # the dead who died in a fight between named sides fell in it as much as the killed
    ("Twenty people died in fighting between the army and rebels.", "fighting",
     "the army", "rebels", "Armed clash"),
    ("Four soldiers died in clashes between the army and the militia near Gao.", "clashes",
     "the army", "the militia", "Armed clash"),
]


@pytest.mark.parametrize("text, trigger, source, target, subtype", FIGHTS)
def test_dead_of_a_fight_between_sides(event_on, text, trigger, source, target, subtype):
    event = event_on(text, trigger)
    assert (event.source.text, event.target.text, event.acled_sub_event_type) == (
        source, target, subtype)


def test_a_fight_between_one_plural_side_is_theirs(event_on):
    event = event_on("At least 20 people were killed in clashes between rival militias in "
                     "Tripoli.", "clashes")
    assert event.source.text.startswith("rival militias") and event.fatalities == 20
