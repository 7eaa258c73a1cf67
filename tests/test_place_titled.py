"""Stage ``locate``: words are said where their speaker is, when the next sentence names the
speaker and where a verb of saying was spoken, and the first called the speaker by office."""

from __future__ import annotations

import pytest

_STORY = "The war in Syria goes on. "


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # an office-holder's words, then the holder named telling reporters at a venue
    (_STORY + "Iraq's president criticised the US plan on Monday. Karim Dawud told journalists "
     "at a summit in Basra that the troops must leave.", "criticised", "Basrah"),
    (_STORY + "The Turkish president condemned the strikes on Monday. Erdogan told reporters "
     "in Ankara that Turkey would respond.", "condemned", "Ankara"),
    # "he" after the named speaker, who told reporters where he was
    (_STORY + "Erdogan condemned the strikes. He told reporters in Ankara that Turkey would "
     "respond.", "condemned", "Ankara"),
    # the venue told first, the office's words after it
    (_STORY + "Erdogan told reporters in Ankara on Monday that talks had failed. The Turkish "
     "president also condemned the strikes.", "condemned", "Ankara"),
    # the sentence before names the capital, but as where others acted
    (_STORY + "Macron flew to Brussels for a summit on Monday. Farmers blocked roads in Paris. "
     "The French president condemned the strikes.", "condemned", "France"),
])
def test_place_titled_speaker_venue(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a venue in another country than the office's is another speaker's
    (_STORY + "Iraq's president criticised the US plan on Monday. John Smith told reporters "
     "in London that the troops must leave.", "criticised", "London"),
    # a deed is not done where a speaker told of it
    (_STORY + "Syrian jets bombed a market on Monday. Erdogan told reporters in Ankara that "
     "Turkey would respond.", "bombed", "Ankara"),
    # a venue two sentences away is another occasion
    (_STORY + "Iraq's president criticised the US plan on Monday. Oil prices rose. Karim "
     "Dawud told journalists at a summit in Basra that the troops must leave.", "criticised",
     "Basrah"),
])
def test_place_titled_not_the_speaker_venue(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is None or place.name != town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a town the model labels as a people, after "the outskirts of" (a plural the lemmatiser
    # leaves as it is): a place near the town
    ("Jets bombed a school on the outskirts of Aleppo.", "bombed", "Aleppo"),
    ("Jets bombed the outskirts of Aleppo.", "bombed", "Aleppo"),
])
def test_place_outskirts_of_a_town(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # "she said from her base in the city of X" after the named speaker's words
    (_STORY + "Turkish jets bombed Afrin. The commander Rojda Felat condemned the strikes. "
     "“We will resist,” she said from her base in the city of Qamishli.", "condemned",
     "Al Qamishli"),
])
def test_place_said_from_a_base(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town


def test_place_said_from_is_no_deed_place(event_on):
    # the strikes she tells of were not made where she spoke from
    text = (_STORY + "Turkish jets bombed Afrin. “We will resist,” the commander Rojda Felat "
            "said from her base in the city of Qamishli.")
    place = event_on(text, "bombed").location
    assert place is not None and place.name != "Al Qamishli"
