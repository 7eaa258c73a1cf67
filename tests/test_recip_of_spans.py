"""A recipient's "of" phrase ends before the clause hung in it (code/phrases.np_span)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # relative clause on the "of" object
    ("The ministry lifted sanctions against a unit of the state oil company that was accused of "
     "smuggling fuel.", "sanctions", "a unit of the state oil company"),
    # comma relative clause on the "of" object
    ("Soldiers detained members of the youth wing, who had marched through the capital.",
     "detained", "members of the youth wing"),
    # the "of" phrase that names the party stays
    ("Police arrested leaders of the farmers' union in the capital.", "arrested",
     "leaders of the farmers' union"),
])
def test_recip_of_phrase_ends_before_clause(event_on, text, trigger, target):
    ev = event_on(text, trigger)
    got = ev.target.text if ev.target is not None else ev.object
    assert got == target
