"""A pronoun after a phrase of no known kind that only a state's name in its own phrases places
stands for that state; a phrase with a people's word of its own stays itself."""

from __future__ import annotations

import pytest

PUBDATE = "2017-09-01"

# (text, trigger, the actor's name)
PRONOUNS = [
    ("Many external supporters in Norway have accepted that the president will stay. They "
     "have been urging the rebel factions to cooperate with rival parties.", "urging",
     "Norway"),
    ("The talks have stalled. Many external supporters from countries such as Saudi Arabia "
     "have accepted that the president will stay. They have been urging the rebel "
     "factions to cooperate with rival parties.", "urging", "Saudi Arabia"),
    ("The main Kurdish groups in Syria met on Monday. They have been pressing the government "
     "to join the talks.", "pressing", "The main Kurdish groups in Syria"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), PRONOUNS)
def test_coref_named_state_pronoun(some_events_in, text, trigger, name):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    assert any(e.source is not None and e.source.name == name for e in events), \
        [e.source for e in events]
