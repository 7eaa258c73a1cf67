"""Named people joined by "and" are one party each, one event each; coordinated groups of one
country stay one party."""

from __future__ import annotations

import pytest

# (text, trigger, role, the parties' names or texts in that role, why)
JOINED = [
    ("John Smith and Ali Khan were arrested by police in Leeds.", "arrested", "target",
     {"John Smith", "Ali Khan"}, "a passive's subject of two named men"),
    ("Police arrested John Smith and Ali Khan on Monday.", "arrested", "target",
     {"John Smith", "Ali Khan"}, "an object of two named men"),
    ("Peter Hall and Sarah Jones, leader of the Green group, urged the council to act.",
     "urged", "source", {"Peter Hall", "Sarah Jones"},
     "a title after the second name, parsed as the first one's"),
    ("Rebels and army deserters attacked the garrison.", "attacked", "source",
     {"rebels"}, "groups, not named people: one party"),
]


@pytest.mark.parametrize("text, trigger, role, parties, why", JOINED)
def test_actor_joined_people_each_a_party(events_in, text, trigger, role, parties, why):
    found = {(a.name or a.text) for e in events_in(text) if e.trigger == trigger
             and (a := getattr(e, role)) is not None}
    assert found == parties, why
