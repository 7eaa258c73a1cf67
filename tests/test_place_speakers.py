"""Stage ``locate``: words are placed where their speaker is said to speak from, and a party
met face to face shares the scene of the words."""

from __future__ import annotations

import pytest

_STORY = "Turkish troops shelled Afrin on Sunday. "


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # "…, she said from X": the words reported are said where the speaker is
    (_STORY + "The Kurdish commander accused Turkey of war crimes, she said from Qamishli.",
     "accused", "Al Qamishli"),
    (_STORY + "“We will not surrender,” the commander said from Qamishli.",
     "surrender", "Al Qamishli"),
    # a speaking participle beside the words
    (_STORY + "The commander, speaking from Qamishli, accused Turkey of war crimes.",
     "accused", "Al Qamishli"),
    # spoken from a home or a base the place holds
    (_STORY + "Speaking from her base in the city of Qamishli, the commander urged Britain "
              "to do more.", "urged", "Al Qamishli"),
    (_STORY + "The commander urged Britain to do more, she said from her base in Qamishli.",
     "urged", "Al Qamishli"),
    ("Kurdish forces hold hundreds of foreign fighters in camps in Syria. Speaking by phone "
     "from his home in Sunamganj, Bangladesh, the fighter's father urged Britain to bring his "
     "son home.", "urged", "Sunamganj"),
    # lobbying officials is done where they are; of two towns of one country, the first
    (_STORY + "Turkey is lobbying Iraqi ministers in Baghdad and Basra for a route to Mosul.",
     "lobbying", "Baghdad"),
])
def test_place_words_said_from(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town


@pytest.mark.parametrize(("text", "trigger", "town", "precision", "country"), [
    # a home near a town is near it
    (_STORY + "Speaking from his home near Qamishli, the commander urged Britain to do more.",
     "urged", "Al Qamishli", 2, "SYR"),
    # the speaker's home is not his origin: the commander is of the home's country
    (_STORY + "Speaking from his home in Qamishli, the commander urged Britain to do more.",
     "urged", "Al Qamishli", 1, "SYR"),
])
def test_place_words_said_from_a_home(event_on, text, trigger, town, precision, country):
    event = event_on(text, trigger)
    place = event.location
    assert place is not None and (place.name, place.precision) == (town, precision)
    assert event.source is not None and event.source.country == country


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # spoken "from" what is no home or base: the place is not where the speaker is
    (_STORY + "Speaking from experience of the siege of Aleppo, the commander urged Britain "
              "to do more.", "urged", "Aleppo"),
    (_STORY + "Speaking from the perspective of refugees in Lebanon, the commander urged "
              "Britain to do more.", "urged", "Lebanon"),
])
def test_place_words_said_from_no_abode(event_on, text, trigger, town):
    event = event_on(text, trigger)
    assert event.location is None or event.location.name != town
    assert event.source is None or event.source.country != "LBN"


def test_place_deed_told_from_elsewhere_keeps_no_speaker_place(event_on):
    # a deed the words tell of is not done where they were said
    text = _STORY + "Turkish troops killed ten civilians, the commander said from Qamishli."
    place = event_on(text, "killed").location
    assert place is None or place.name != "Al Qamishli"


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a party met "with" in talks or face to face shares the meeting's scene
    (_STORY + "Turkey held talks with officials in Baghdad and Erbil.", "talks", "Baghdad"),
    ("The minister met with tribal leaders in Erbil on Monday.", "met", "Erbil"),
])
def test_place_party_met_with(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town
