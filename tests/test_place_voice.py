"""Words and decisions are placed where their maker is, not where they are about; a regional
official acts in its region (:mod:`dateline.place_voice`). Sentences written for the project."""

from __future__ import annotations

import pytest

#: A report about one town of Syria, its focus.
_IDLIB = ("Syrian jets bombed Idlib on Monday. Rebels in Idlib fought back. Thousands fled "
          "Idlib. ")
#: A report naming many places of Syria: its focus is the country.
_SYRIA = ("Rebels have held Aleppo, Homs, Hama and Raqqa at times during the war in Syria. "
          "Refugees fled Aleppo and Homs for the border. ")
#: A report told from Washington.
_CAPITAL = ("The White House said on Monday it would review the rules. Officials in Washington "
            "met Senate leaders in Washington. The president spoke at the White House. ")


@pytest.mark.parametrize(("text", "trigger", "place", "precision"), [
    # a foreign state's voice speaks from its country, not from the town or country it speaks
    # of; the text names no town it spoke in, so not its capital either
    (_IDLIB + "The Turkish foreign minister condemned the bombing.", "condemned", "Turkey", 3),
    # (a ministry is an institution: it sits in the capital, :mod:`dateline.seats`)
    (_IDLIB + "The Turkish foreign ministry condemned the bombing.", "condemned", "Ankara", 2),
    (_SYRIA + "The British foreign secretary criticised the Syrian government.", "criticised",
     "United Kingdom", 3),
    (_SYRIA + "The French president urged the rebels to lay down their arms.", "urged",
     "France", 3),
    # ... a decision too
    (_SYRIA + "The US president ordered American troops to leave by the spring.", "ordered",
     "United States", 3),
    # a capital the speaker's own sentence names as a place where things happen is its seat
    (_SYRIA + "Back home in Paris, the French president urged the rebels to lay down their "
     "arms.", "urged", "Paris", 2),
    # ... by any name of its seat
    (_SYRIA + "Back home in New Delhi, the Indian foreign minister condemned the bombing.",
     "condemned", "Delhi", 2),
    # ... not one named for its government
    ("Ties between Paris and Damascus have long been poor. " + _SYRIA + "The French president "
     "urged the rebels to lay down their arms.", "urged", "France", 3),
    (_SYRIA + "Iran sent a warning to Washington on Monday. The US president urged the rebels "
     "to lay down their arms.", "urged", "United States", 3),
    (_SYRIA + "Sanctions from Washington have crippled the economy. The US president urged the "
     "rebels to lay down their arms.", "urged", "United States", 3),
    # ... in the speaker's own sentence too: a capital words go to or come from is its
    # government
    (_SYRIA + "The Iranian foreign minister, responding to a warning sent to Tehran, condemned "
     "the bombing.", "condemned", "Iran", 3),
    (_SYRIA + "Despite sanctions from Washington, the US president urged the rebels to lay down "
     "their arms.", "urged", "United States", 3),
    (_SYRIA + "The US president urged the rebels to send their demands to Washington.", "urged",
     "United States", 3),
    # ... nor one another sentence names: a protest there tells nothing of the speaker
    ("Thousands marched in Paris on Sunday. " + _SYRIA + "The French president urged the "
     "rebels to lay down their arms.", "urged", "France", 3),
    (_SYRIA + "Protesters gathered in New Delhi on Sunday. The Indian foreign minister "
     "condemned the bombing.", "condemned", "India", 3),
    (_SYRIA + "Macron flew to Brussels for an EU summit on Monday. Farmers blocked roads around "
     "Paris. The French president condemned the bombing.", "condemned", "France", 3),
    # an official of a region or a city acts there, whatever the act
    (_CAPITAL + "New York's attorney general sued the company on Tuesday.", "sued",
     "New York City", 2),
    (_SYRIA + "The governor of California criticised the decision to withdraw.", "criticised",
     "California", 3),
])
def test_place_voice_said_at_the_speakers_seat(event_on, text, trigger, place, precision):
    event = event_on(text, trigger)
    assert event.place_source == "focus"
    assert (event.location.name, event.location.precision) == (place, precision)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a place of the speaker's own country stays
    (_SYRIA + "The Syrian government denied the request.", "denied", "SYR"),
    # a private person's words keep the story's place: the person may be there
    (_SYRIA + "A Syrian teacher urged the fighters to leave.", "urged", "SYR"),
])
def test_place_voice_own_country_kept(event_on_unfiltered, text, trigger, country):
    event = event_on_unfiltered(text, trigger)
    assert event.location is not None and event.location.country == country


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a place the clause names for the words stays
    (_SYRIA + "Speaking in Geneva, the Turkish foreign minister condemned the bombing.",
     "condemned", "Geneva"),
    # several states acting together have no one seat
    (_SYRIA + "France and Germany agreed to fund a new hospital.", "agreed", None),
    # an armed group speaks where it fights: its words keep the story's place
    (_IDLIB + "The rebels vowed to hold the town.", "vowed", "Idlib"),
    # a visit is paid where it goes
    (_SYRIA + "The British foreign secretary visited Jordan on Tuesday.", "visited", "Jordan"),
])
def test_place_voice_kept(event_on_unfiltered, text, trigger, place):
    event = event_on_unfiltered(text, trigger)
    got = event.location.name if event.location is not None else None
    if place is None:
        assert got is None or event.location.precision == 3
    else:
        assert got is not None and place.lower() in got.lower()


@pytest.mark.parametrize("actor", [
    # a government voice read from its office alone has no dictionary name
    {"text": "the chief minister", "name": None, "country": "IND", "sector": "GOV"},
    {"text": "the minister", "name": None, "country": None, "sector": "GOV"},
])
def test_regional_seat_of_a_voice_with_no_name(actor):
    from dateline.place_voice import _regional_seat
    from dateline.records import Actor
    assert _regional_seat(Actor(**actor)) is None
