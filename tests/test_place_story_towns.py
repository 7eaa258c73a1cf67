"""An act of force the text places no finer than a country takes the town its story fights at,
told in the sentences around it (:mod:`dateline.place_guess`). Sentences written for the
project."""

from __future__ import annotations

import pytest

#: A report naming many places of Syria: its focus is the country, not a town.
_SYRIA = ("Rebels have held Aleppo, Homs, Hama and Raqqa at times during the war in Syria. "
          "Refugees fled Aleppo and Homs for the border. ")
_KESHMA = "Jets bombed the village of Keshma on Monday. "


@pytest.mark.parametrize(("text", "trigger"), [
    # the sentence before tells of the fight at the town
    (_SYRIA + _KESHMA + "Foreign fighters killed two guards.", "killed"),
    # ... or one a sentence further back, the story's sentences between naming no town
    (_SYRIA + _KESHMA + "Inside a small house, the leader met his aides. Foreign fighters "
     "nearly succeeded in killing him.", "killing"),
    # ... or the town is named in another role there, the story fighting at it
    (_SYRIA + "Shelling hit Keshma again on Monday. Families left Keshma at night. Gunmen "
     "shot two guards.", "shot"),
    # ... or the words telling of the fight are a subject: "the bombing was heavy in Keshma"
    (_SYRIA + "The bombing was heavy in Keshma. Soldiers hit the hospital.", "hit"),
])
def test_place_story_towns_fight_at_the_story_town(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.location is not None and event.location.name == "Keshma"
    assert event.place_source == "carried" and event.location.precision == 2


@pytest.mark.parametrize(("text", "trigger"), [
    # a time of its own: another occasion
    (_SYRIA + _KESHMA + "Years ago, foreign fighters killed a guard.", "killed"),
    # a place of its own the gazetteer does not know
    (_SYRIA + _KESHMA + "Gunmen attacked a checkpoint nearby.", "attacked"),
    # the town only threatened with force: no fight there
    (_SYRIA + "Gunmen threatened to attack Keshma. Inside a small house, the leader met his "
     "aides. Foreign fighters killed a guard.", "killed"),
    # the nearest town named is not one the story fights at
    (_SYRIA + _KESHMA + "Aid trucks reached Hama on Tuesday. Foreign fighters killed a guard.",
     "killed"),
])
def test_place_story_towns_not_lent(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.location is None or event.location.name != "Keshma"
