"""Whom a relative "who" speaks of when the parse hangs it on the place of a person's phrase,
one illustrative sentence per construction (table-driven)."""

from __future__ import annotations

import pytest

# (sentence, trigger, the actor's words)
WHO = [
    # "who" hung on the place "in the province": the officials criticised
    ("Officials in the province who criticised the governor were detained.", "criticised",
     "Officials"),
    # "who" hung on the place of a group's phrase: the people the group's "of" phrase names
    ("The agency works with a network of lawyers in the capital who have criticised the "
     "ministry.", "criticised", "lawyers"),
    # a "who" hung on a person stays with the person
    ("The envoy met rebels who attacked the town last week.", "attacked", "rebels"),
]


@pytest.mark.parametrize("text, trigger, actor", WHO)
def test_actor_who_past_place(event_on_unfiltered, text, trigger, actor):
    event = event_on_unfiltered(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source
