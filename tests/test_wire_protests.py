"""A protest addressed to a party ("protested to Beijing") is a formal complaint in words
(CAMEO 114, under DISAPPROVE: ACCUSE/disapprove), not a demonstration; a crowd's protest to a
party, a protest outside a building, against a party or to demand something stays a
demonstration (table-driven, sentences written for the
project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, event_type, root, recipient", [
    ("Japan protested to China over the incursion.", "ACCUSE", "11", "CHN"),
    ("Islamabad protested to New Delhi over the shooting.", "ACCUSE", "11", "IND"),
    ("Britain protested to the Kremlin about the arrests.", "ACCUSE", "11", "RUS"),
    # the party complained to, not one the topic phrase names
    ("Japan protested to China over the detention of its citizens.", "ACCUSE", "11", "CHN"),
    ("Tokyo protested to Beijing about the arrest of two Japanese journalists.", "ACCUSE", "11",
     "CHN"),
    # a crowd protesting to a party, or outside its building, still demonstrates
    ("Thousands of demonstrators protested to the government over fuel prices.", "PROTEST",
     "14", None),
    ("Hundreds of farmers protested to lawmakers outside parliament over the new law.",
     "PROTEST", "14", None),
    # a demonstration, with "to" opening the purpose or as a mistaken attachment
    ("Students protested against the Kenyan government in the capital.", "PROTEST", "14", "KEN"),
    ("The deputy began a hunger strike to protest the president's failure to usher in reforms.",
     "PROTEST", "14", None),
])
def test_wire_protests_addressed_protest_is_a_complaint(event_on, sentence, event_type, root,
                                                        recipient):
    event = event_on(sentence, "protested" if "protested" in sentence else "protest",
                     "1995-05-01")
    assert (event.event_type, event.cameo_root) == (event_type, root), event
    if recipient is not None:
        assert event.target is not None and event.target.country == recipient, event.target
