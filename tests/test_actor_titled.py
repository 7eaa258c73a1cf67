"""A title said alone ("the leader") stands for the last person named before with that title,
before the name or in an apposition (sentences written for these tests)."""

from __future__ import annotations

import pytest

# (text, trigger, the recipient's resolved name)
TITLED = [
    # the title before the name
    ("Hamas leader Ismail Haniyeh arrived in Cairo. Egyptian officials met the leader on "
     "Monday.", "met", "Ismail Haniyeh"),
    # the title in an apposition to the name
    ("Abu Bakr al-Baghdadi, the group's leader, was hiding in the town. Foreign fighters nearly "
     "succeeded in killing the leader.", "killing", "Abu Bakr al-Baghdadi"),
]


@pytest.mark.parametrize("text, trigger, name", TITLED)
def test_actor_titled_title_alone_stands_for_the_named_person(event_on_unfiltered, text,
                                                              trigger, name):
    target = event_on_unfiltered(text, trigger).target
    assert target is not None and target.name == name, target


def test_actor_titled_no_one_named_with_the_title_resolves_to_no_one(event_on_unfiltered):
    target = event_on_unfiltered("Ismail Haniyeh arrived in Cairo. Police arrested the "
                                 "leader on Monday.", "arrested").target
    assert target is not None and target.antecedent != "Ismail Haniyeh", target
