"""The press at work (dateline.realness_private.press_at_work): a reporter's talk with people of
no party is how a story was gathered, no event; a meeting with a party stays. Stories of two
sentences written for the project."""

from __future__ import annotations

import pytest

LEAD = "Officials talked in Lomar on Monday. "

# (text, trigger, whether an event of the trigger is kept)
CASES = [
    (LEAD + "The journalist met the women in a cafe near the camp.", "met", False),
    (LEAD + "The reporter spoke to residents of the town.", "spoke", False),
    (LEAD + "The journalist met the interior minister in Kabul.", "met", True),
    (LEAD + "Reporters met the rebel commander near the front.", "met", True),
]


@pytest.mark.parametrize(("text", "trigger", "kept"), CASES)
def test_realness_press_at_work(events_in_unfiltered, text, trigger, kept):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger
             and e.sentence != LEAD.strip()]
    assert bool(found) == kept
