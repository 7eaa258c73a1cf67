"""A plural pronoun with no plural party before it stands for the two persons one clause
names as its parties, when they are of one country and nothing competes. One text written for
these tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, the names the pronoun's actor stands for, or None: left unresolved)
PAIRS = [
    # subject and object of one verb, the object by apposition
    ("Angela Merkel, the German chancellor, met her deputy Olaf Scholz. They criticised the "
     "plan.", "criticised", "Angela Merkel and Olaf Scholz"),
    # in the pronoun's own sentence, after a subordinate clause
    ("The last time Rena Dalby saw her friend Anna Campbell, they were heading by coach into "
     "Afrin to help defend the city from Turkish attack.", "defend",
     "Rena Dalby and Anna Campbell"),
    # two persons of two countries are two sides, not one party
    ("Angela Merkel met Emmanuel Macron in Paris. They criticised the plan.", "criticised", None),
    # a third person named: which two is unsaid
    ("Angela Merkel met Olaf Scholz after Horst Seehofer left. They criticised the plan.",
     "criticised", None),
]


@pytest.mark.parametrize("text, trigger, names", PAIRS)
def test_coref_pronoun_for_two_people(event_on, text, trigger, names):
    source = event_on(text, trigger).source
    assert source is not None, source
    assert source.antecedent == names, source
