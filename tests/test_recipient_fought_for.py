"""A fight for ground is done to whoever holds it: the place after the fight's "for" (after
control's "of" in it) is the ground whose holder, as the article states it, is the recipient;
a place no holder is said of leaves the recipient empty."""

from __future__ import annotations

import pytest

# (text, trigger, words of the holder in the recipient's name or words)
FOUGHT_FOR = [
    # a holding stated before the fight
    ("The YPG holds Afrin. On Monday Turkish troops battled for Afrin.", "battled",
     "Protection Units"),
    # a participle of holding set after the place
    ("Kurdish troops battled for the town held by Isis.", "battled", "Islamic State"),
    # control of a place, held by a relative clause's side
    ("Kurdish troops fought for control of Raqqa, which is held by Isis.", "fought",
     "Islamic State"),
    # a struggle is a fight for the ground
    ("The YPG holds Afrin. On Monday Turkish-backed rebels struggled for control of the town.",
     "struggled", "Protection Units"),
]


@pytest.mark.parametrize("text, trigger, holder", FOUGHT_FOR)
def test_recipient_fought_for_holder(event_on_unfiltered, text, trigger, holder):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and holder in "|".join(
        (event.target.text or "", event.target.name or "")), event.target


# (text, trigger): no holder is said
NO_HOLDER = [
    ("Kurdish troops fought for the town of Kobani.", "fought"),
    # the doer's own body holds the ground: no ground taken from another
    ("The YPG holds Afrin. YPG fighters fought for Afrin for weeks.", "fought"),
]


@pytest.mark.parametrize("text, trigger", NO_HOLDER)
def test_recipient_fought_for_no_holder(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None, event.target
