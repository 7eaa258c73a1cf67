"""A party described by the name it goes by ("a militia known as the Syrian Democratic
Forces") is the party of that name (sentences written for these tests)."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's country and sector)
KNOWN = [
    ("The fighters surrendered to a Kurdish-led militia known as the Syrian Democratic Forces.",
     "surrendered", ("SYR", "REB")),
    ("The rebels handed the town to a group called Hezbollah on Monday.", "handed",
     ("LBN", "REB")),
]


@pytest.mark.parametrize(("text", "trigger", "party"), KNOWN)
def test_known_as_names_the_party(event_on, text, trigger, party):
    target = event_on(text, trigger).target
    assert target is not None and (target.country, target.sector) == party, target


def test_known_as_needs_a_name(nlp):
    from dateline.actor_known_as import known_as

    doc = nlp("A man known as a quiet neighbour was arrested.")
    assert known_as(doc[1]) is None
