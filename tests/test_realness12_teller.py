"""The teller at work (dateline.realness_private.press_at_work): a first-person teller of no
party who meets no one named, or people of no party, is gathering the story, no event; a
meeting of a first person with a party, or of a speaker the actor stage ties to a party,
stays. Stories written for the project."""

from __future__ import annotations

import pytest

from test_realness_press import LEAD

# (sentence after the lead, trigger, whether an event of the trigger is kept)
MEETINGS = [
    ("I met with the first group, five men who had left the city.", "met", False),
    ("We meet in a quiet lane of the camp beside a small garden.", "meet", False),
    ("I met the families at the clinic last week.", "met", False),
    ("I have met with Karim Tabet, who feels abandoned by everyone.", "met", False),
    ("I met the foreign minister in Ankara, the envoy said.", "met", True),
    ("We met with the interior minister, the rebel commander said.", "met", True),
    ("The journalist met the interior minister in Kabul.", "met", True),
]


@pytest.mark.parametrize(("told", "trigger", "kept"), MEETINGS)
def test_realness12_teller_meetings(events_in_unfiltered, told, trigger, kept):
    triggers = {e.trigger for e in events_in_unfiltered(LEAD + told) if told in e.sentence}
    assert (trigger in triggers) is kept
