"""A toll folds into the attack it fell in, not into one set before or after it; and the toll's
own named doer is kept over a pronoun of the attack it folds into (table-driven, on sentences
written for the project)."""

from __future__ import annotations

import pytest

# (sentence, the triggers of its attacks): a clause opened by "after" or "before" is another
# happening; one opened by "when" is the occasion the victims fell in
OCCASIONS = [
    ("The suspect was shot dead by officers after he opened fire.", {"shot", "opened"}),
    ("Police shot the gunman dead after he opened fire on a bus.", {"shot", "opened"}),
    ("Dozens were wounded when a car bomb exploded in the market.", {"exploded"}),
]


@pytest.mark.parametrize("text, triggers", OCCASIONS)
def test_toll_folds_into_its_own_occasion(events_in, text, triggers):
    assert {e.trigger for e in events_in(text) if e.event_type == "ASSAULT"} == triggers


def test_the_killer_named_is_kept_over_a_pronoun(events_in):
    attacks = [e for e in events_in("A gunman killed three people when he opened fire on a "
                                    "crowd in the square.") if e.event_type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].source.text == "A gunman", attacks


def test_the_shooting_after_is_the_officers(events_in):
    shot = [e for e in events_in("The suspect was shot dead by officers after he opened fire.")
            if e.trigger == "shot"]
    assert shot and shot[0].target.text == "The suspect" and shot[0].source.text == "officers"
