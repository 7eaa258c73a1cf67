"""Words no place holds are claimed no further than the country of the office, body or trade
that said them (:func:`dateline.place_voice.own_country`). Sentences written for the project."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.place_voice import own_country, titled
from dateline.records import Actor

#: A report about a town of Syria, its focus.
_SCENE = ("Syrian jets bombed Douma on Monday, killing 20 people. Shelling also hit Harasta and "
          "Arbin in eastern Ghouta. ")


def _sense(kind: str, mode: str = "") -> SimpleNamespace:
    return SimpleNamespace(event_type=kind, mode=mode)


@pytest.mark.parametrize(("kind", "mode", "sector", "country", "country_from", "claimed"), [
    # words of an office, a body or a trade of a country said in its own words: that country
    ("ACCUSE", "", "NGO", "GBR", None, "GBR"),
    ("REQUEST", "", "MED", "FRA", "possessor", "FRA"),
    ("REJECT", "", "GOV", "BEL", "document focus", "BEL"),
    # a private person: a nationality is no place
    ("REJECT", "", "CVL", "NLD", None, None),
    ("REQUEST", "", None, "GBR", None, None),
    # a country lent by the event's place or its sentence is not the speaker's own
    ("ACCUSE", "", "NGO", "GBR", "event place", None),
    ("ACCUSE", "", "NGO", "GBR", "sentence focus", None),
    # an armed party speaks where it fights; an international body has no one country
    ("THREATEN", "", "MIL", "RUS", None, None),
    ("REQUEST", "", "IGO", "IGO", None, None),
    # no words: a meeting (either side may host it), a visit, a deed
    ("CONSULT", "", "GOV", "GBR", None, None),
    ("CONSULT", "visit", "GOV", "GBR", None, None),
    ("ASSAULT", "", "GOV", "GBR", None, None),
])
def test_place_own_country_by_speaker(kind, mode, sector, country, country_from, claimed):
    source = Actor(text="the speaker", country=country, sector=sector,
                   country_from=country_from)
    got = own_country(_sense(kind, mode), source)
    if claimed is None:
        assert got is None
    else:
        place, how = got
        assert (place.country, place.precision, how) == (claimed, 3, "focus")


def test_place_own_country_no_speaker():
    assert own_country(_sense("ACCUSE"), None) is None


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a foreign body's words told to a broadcaster: its own country, not the story's
    (_SCENE + "Speaking to a radio station, a British charity accused the army of war crimes.",
     "accused", "GBR"),
    # a private person's: no place (her nationality is none)
    (_SCENE + "Speaking to a radio station, the Dutch woman said she rejected the group.",
     "rejected", None),
    # a place the clause names for the words stays
    (_SCENE + "The Turkish foreign minister, speaking in Ankara, condemned the bombing.",
     "condemned", "TUR"),
])
def test_place_own_country_in_a_story(event_on_unfiltered, text, trigger, country):
    event = event_on_unfiltered(text, trigger)
    assert (event.location.country if event.location else None) == country


@pytest.mark.parametrize(("text", "words", "sector"), [
    # an office named before the apposition: a state's voice
    ("Belgium's justice minister, Koen Geens, called for a common plan.", 7, "GOV"),
    ("The foreign secretary urged calm.", 3, "GOV"),
    # a lawyer speaks for a client, not from a court's seat
    ("A lawyer for the family rejected the claims.", 5, None),
    # a name alone names no office
    ("Koen Geens called for a common plan.", 2, None),
    # an office in a phrase on the speaker is not the speaker's
    ("The son of the prime minister called for a common plan.", 6, None),
])
def test_place_own_country_office_read_from_words(nlp, text, words, sector):
    doc = nlp(text)
    source = Actor(text=doc[:words].text, country="BEL")
    got = titled(SimpleNamespace(source=(0, words)), source, doc)
    assert got.sector == sector


#: A report about one town of Syria, its focus, where no talks are held.
_IDLIB = ("Syrian jets bombed Idlib on Monday. Rebels in Idlib fought back. Thousands fled "
          "Idlib. ")


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a refusal told by what will not be done is words said in the speaker's country all the
    # same (its capital standing for its government is no place the text gives)
    (_IDLIB + "Erdogan insisted Ankara would not participate in a massacre.", "participate",
     "Turkey"),
    (_IDLIB + "The Turkish foreign ministry said Turkey would never accept the offensive.",
     "accept", "Turkey"),
])
def test_place_own_country_wanted_words_at_the_seat(event_on_unfiltered, text, trigger, place):
    event = event_on_unfiltered(text, trigger)
    assert event.location is not None and event.location.name == place
