"""Stage ``locate``: a sentence naming "the" deed the sentence before told goes on with its
story and takes its place, not the article's focus (illustrative sentences, written for the
project)."""

from __future__ import annotations

import pytest

_IDLIB = ("Russian jets bombed Idlib on Monday. Rebels in Idlib vowed to fight on. "
          "Thousands fled Idlib. ")


@pytest.mark.parametrize(("text", "trigger", "town", "source"), [
    # "the attack" points back at the attack told before, in another town than the focus
    (_IDLIB + "A sarin attack killed 80 people in Khan Sheikhoun in April. Government jets had "
     "shelled rebel positions hours before the attack.", "shelled", "Khan Shaykhun", "carried"),
    # a sentence naming no deed before it keeps the focus
    (_IDLIB + "A sarin attack killed 80 people in Khan Sheikhoun in April. Government jets "
     "shelled rebel positions on Tuesday.", "shelled", "Idlib", "focus"),
])
def test_place_story_deed_carries(event_on, text, trigger, town, source):
    e = event_on(text, trigger)
    assert e.location is not None and (e.location.name, e.place_source) == (town, source)
