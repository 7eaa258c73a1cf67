"""The teller at work (dateline.realness_private.press_at_work): a first-person teller of no
party who meets no one named, or people of no party, is gathering the story, no event; a
meeting of a first person with a party, or of a speaker the actor stage ties to a party,
stays. Stories written for the project."""

from __future__ import annotations

import pytest

LEAD = "Officials talked in Lomar on Monday. "

# (text, trigger, whether an event of the trigger is kept)
CASES = [
    (LEAD + "I met with the first group, five men who had left the city.", "met", False),
    (LEAD + "We meet in a quiet lane of the camp beside a small garden.", "meet", False),
    (LEAD + "I met the families at the clinic last week.", "met", False),
    (LEAD + "I met the foreign minister in Ankara, the envoy said.", "met", True),
    (LEAD + "We met with the interior minister, the rebel commander said.", "met", True),
    (LEAD + "The journalist met the interior minister in Kabul.", "met", True),
]


@pytest.mark.parametrize(("text", "trigger", "kept"), CASES)
def test_realness12_teller_meetings(events_in_unfiltered, text, trigger, kept):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger
             and e.sentence != LEAD.strip()]
    assert bool(found) == kept
