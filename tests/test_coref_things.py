"""An act that judges "it" after a party's plan or decision is aimed at the plan's maker, as
for "the plan"; where two things of different kinds stand before it, "it" is left alone. One
text written for these tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, the words of the recipient named before, or None: no recipient)
THINGS = [
    # a plan a party unveiled in the sentence before
    ("The government unveiled a peace plan on Monday. Rebel leaders rejected it on Tuesday.",
     "rejected", "The government"),
    # a decision a party took; an act of blame
    ("Turkey took the decision to close the border. Rebel leaders condemned it.", "condemned",
     "Turkey"),
    # backing it
    ("The government announced the plan on Monday. Rebel leaders welcomed it on Tuesday.",
     "welcomed", "The government"),
    # a decision and a plan: which one "it" is, is unsaid
    ("Turkey took the decision to close the border and Russia announced a new plan. Rebel "
     "leaders condemned it.", "condemned", None),
    # a second judging of the same "it"
    ("The government unveiled a peace plan on Monday. Rebel leaders welcomed it, but the army "
     "criticised it.", "criticised", "The government"),
    # an act done between the plan and "it" is more likely what "it" is
    ("The government unveiled a peace plan on Monday. The army launched an assault on Dorvale, "
     "and Turkey condemned it.", "condemned", None),
    ("The government unveiled a peace plan on Monday. Rebels attacked an army post in Dorvale "
     "on Tuesday, and the UN condemned it.", "condemned", None),
    ("The government unveiled a peace plan on Monday. The army then shelled a rebel village, "
     "and rebel leaders condemned it.", "condemned", None),
]


@pytest.mark.parametrize("text, trigger, expected", THINGS)
def test_coref_things_it_judged_is_aimed_at_the_maker(event_on, text, trigger, expected):
    target = event_on(text, trigger).target
    if expected is None:
        assert target is None, target
    else:
        assert target is not None and target.antecedent == expected, target
