"""Stage ``locate``: a country said of a deed, in a story set in one town of that country, is
near the story's town (:mod:`dateline.place_within`). Short reports written for the project."""

from __future__ import annotations

import pytest

from test_locate import _where

#: A story set in one Syrian town, named again and again as the scene.
_AFRIN = ("Shelling hit the town of Afrin on Monday, residents said. Rockets fell on a market "
          "in Afrin and families fled Afrin for the hills. ")
#: A story set in one Turkish resort.
_DIDIM = ("Armed police raided a hotel in the resort of Didim on Saturday. Officers searched "
          "rooms in Didim for hours. ")


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # the clause names only the country the story's town is in
    (_AFRIN + "Turkey launched a ground offensive in Syria last week.", "offensive", "‘Afrīn"),
    (_DIDIM + "A British tourist was arrested in Turkey on suspicion of terrorism.", "arrested",
     "Didim"),
])
def test_place_within_country_near_story_town(event_on, text, trigger, name):
    e = event_on(text, trigger)
    assert e.location is not None
    assert (e.location.name, e.location.precision, e.place_source) == (name, 2, "focus")


@pytest.mark.parametrize(("text", "word", "country"), [
    # a tally over a span is the country's
    (_AFRIN + "Turkish jets have struck targets in Syria since 2016.", "struck", "SYR"),
    # a country the story's town is not in keeps its own name
    (_DIDIM + "Police arrested a British tourist in Greece two years ago.", "arrested", "GRC"),
    # going into the country is no scene of the town
    (_AFRIN + "Volunteers from Europe travelled to Syria to join the fight.", "travelled", "SYR"),
])
def test_place_within_not_the_town(nlp, text, word, country):
    name, got_country, source = _where(nlp, text, word)
    assert got_country == country and source != "focus"
