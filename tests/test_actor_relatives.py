"""Whom a relative clause's pronoun stands for when it follows coordinated nouns: the verb's
number decides (sentences written for these tests)."""

from __future__ import annotations

import pytest

# (text, trigger, the actor's words)
RELATIVES = [
    # a singular verb: the last noun before the pronoun, though the parse hangs the clause on
    # the coordination or on the noun before it
    ("Aid convoys wait at the border between the Kurdish militias and neighbouring Turkey, "
     "which has threatened a full-scale offensive.", "threatened", "neighbouring Turkey"),
    ("Ministers from France and Germany, which has criticised the plan, met in Brussels.",
     "criticised", "Germany"),
    # a plural verb: the coordination
    ("The talks brought together the army and the rebels, who have agreed to a ceasefire.",
     "agreed", "the army and the rebels"),
]


@pytest.mark.parametrize("text, trigger, actor", RELATIVES)
def test_actor_relatives_singular_verb_speaks_of_the_last_conjunct(event_on_unfiltered, text,
                                                                   trigger, actor):
    source = event_on_unfiltered(text, trigger).source
    assert source is not None and source.text == actor, source


# (text, trigger, the actor's words): "who" speaks of the person word right before it, not
# of the place the parse hangs the clause on
PERSON_BEFORE_WHO = [
    ("The children were found in the rubble of Baghuz, held by foreign jihadists who refused "
     "to leave.", "refused", "foreign jihadists"),
]


@pytest.mark.parametrize("text, trigger, actor", PERSON_BEFORE_WHO)
def test_actor_relatives_who_speaks_of_a_person(event_on_unfiltered, text, trigger, actor):
    source = event_on_unfiltered(text, trigger).source
    assert source is not None and source.text == actor, source
