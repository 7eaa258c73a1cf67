"""Stage ``locate``: a happening named again by a definite description is where the story placed
it (:mod:`dateline.place_story`). One short report per construction, written for the project."""

from __future__ import annotations

import pytest

from test_locate import _where

#: A killing told with its town, then a country report that goes on about other things.
_KILLING = ("Saudi agents killed a journalist inside the consulate in Istanbul in October. "
            "Turkey and Saudi Arabia have long been rivals across the region. ")
_GAS = ("Government jets attacked the town of Douma with chlorine on Saturday, witnesses said. "
        "Russia has sent military police to Syria since then. ")


@pytest.mark.parametrize(("text", "word", "place", "source"), [
    # a definite noun of the same kind of happening (a killing named as an assassination)
    (_KILLING + "The assassination has damaged the prince's standing abroad.", "assassination",
     "Istanbul", "carried"),
    # the country the noun names holds the town the story told
    (_GAS + "Moscow said the attack in Syria was staged.", "attack", "Duma", "carried"),
    # a place of the noun's own names it
    (_GAS + "Officials condemned the attack on Aleppo.", "attack", "Aleppo", "clause"),
])
def test_place_story_takes_the_place_the_story_told(nlp, text, word, place, source):
    name, _, got = _where(nlp, text, word)
    assert (name, got) == (place, source)


@pytest.mark.parametrize(("text", "word"), [
    # what was only threatened before is no telling of the happening
    ("The army threatened to attack Idlib within days. Aid agencies warned that the attack "
     "had already caused a new wave of refugees.", "attack"),
    # another happening of the kind is not the one told before
    (_KILLING + "Another killing was reported last week.", "killing"),
])
def test_place_story_not_another_happening(nlp, text, word):
    _, _, got = _where(nlp, text, word)
    assert got != "carried"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # an act set at an occasion named before is where that occasion was
    ("The war in Syria has killed 400,000 people. Syria lost a qualifying match to Australia in "
     "Sydney on Tuesday. Assad's forces shelled Aleppo. Police arrested three fans at the match.",
     "arrested", "Sydney"),
    ("Thousands joined a rally in Beirut. Police arrested three men during the rally.",
     "arrested", "Beirut"),
])
def test_place_story_set_at_an_occasion_named_before(event_on, text, trigger, name):
    e = event_on(text, trigger)
    assert e.location is not None and (e.location.name, e.place_source) == (name, "carried")
