"""Stage ``locate``: a town inside the country an event's words name is its place
(dateline.place_finer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # the clause names the country and a town inside it: the town
    ("Israeli jets struck targets in Syria on Sunday, including a base near Homs.", "struck",
     "Homs"),
    ("Fighting in Yemen killed 30 people in Hodeidah on Monday.", "Fighting", "Al Hudaydah"),
    # a participle telling how the act was done names the town
    ("Turkey launched an offensive in Syria, targeting Kurdish fighters in Afrin.", "offensive",
     "\u2018Afr\u012bn"),
    ("US forces carried out raids in Iraq, arresting 12 men in Mosul.", "raids", "Mosul"),
    # a town something came from is no place the act is in
    ("A missile fired from Homs struck a base in Syria.", "missile", "Syria"),
    # nor one where the participle's motion goes: the country
    ("Army guns pounded villages in Syria, sending farmers running to Idlib.", "pounded",
     "Syria"),
    ("Army guns pounded villages in Syria, driving farmers into Idlib.", "pounded", "Syria"),
    ("Army guns pounded villages in Syria, pushing farmers towards Idlib.", "pounded", "Syria"),
    ("Army guns pounded villages in Syria, sending farmers fleeing for Idlib.", "pounded",
     "Syria"),
    # a town of another country leaves the country named
    ("Militants attacked a post in Mali, days after a raid in Niamey.", "attacked", "Mali"),
])
def test_place_finer_town_inside_the_country(event_on, text, trigger, name):
    place = event_on(text, trigger).location
    assert place is not None and place.name == name
