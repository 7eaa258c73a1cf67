"""Stage ``locate``: what several parties say or agree together after a gathering the sentence
before tells of is said where they met (articles written for the project)."""

from __future__ import annotations

import pytest

_WAR = "The war in Ukraine has gone on for two years. "


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # the gathering told in the sentence before, by its verb or its noun
    (_WAR + "European leaders gathered in Brussels on Thursday. France and Germany agreed to "
     "fund a new air defence system.", "agreed", "Brussels"),
    (_WAR + "Emmanuel Macron and Olaf Scholz met in Berlin on Monday. The two leaders agreed to "
     "fund a new air defence system.", "agreed", "Berlin"),
    (_WAR + "Emmanuel Macron met Olaf Scholz in Berlin on Monday. France and Germany agreed to "
     "fund a new air defence system.", "agreed", "Berlin"),
    # ... and on through what the same parties go on to say
    (_WAR + "Emmanuel Macron and Olaf Scholz met in Berlin on Monday. The two leaders agreed to "
     "fund a new air defence system. They also called on Russia to withdraw its troops.",
     "called", "Berlin"),
    # a gathering only planned is no place of what is said after it
    (_WAR + "The EU will host a meeting in New York next week. France and Germany said they "
     "would contribute to the fund.", "contribute", None),
    # nor is it the place of one party's words
    (_WAR + "Emmanuel Macron met Olaf Scholz in Berlin on Monday. The Polish president "
     "condemned the shelling of Kyiv.", "condemned", None),
])
def test_locate_joint_words_are_said_where_the_parties_met(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert (place.name if place is not None and place.precision < 3 else None) == town
