"""Stage ``locate``: the place of a verbal act is where it was spoken (dateline.place_words)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import home_ground
from dateline.place_words import heard_through, spoken_elsewhere, words_said
from dateline.records import Actor, Place

_SYRIA = Place(name="Syria", country="SYR", precision=3)
_AFRIN = Place(name="Afrin", country="SYR", precision=2)
_SCENE = ("Syrian jets bombed Douma on Monday, killing 20 people. Shelling also hit Harasta and "
          "Arbin in eastern Ghouta. ")


@pytest.mark.parametrize(("text", "word", "heard"), [
    # told to a newspaper, a broadcaster, through a statement or social media: no place
    ("A lawyer for the family told the Guardian that she rejected the charges.", "rejected",
     True),
    ("Speaking to the BBC, the fighter said he rejected the group.", "rejected", True),
    ("The minister said in a statement that he condemned the raid.", "condemned", True),
    ("The lawyer wrote on Twitter that she condemned the ruling.", "condemned", True),
    # a broadcast channel is a medium too (the word class broadcast_channels)
    ("The envoy said on television that he rejected the offer.", "rejected", True),
    ("In an interview with a radio station, the envoy accused the rebels of lying.", "accused",
     True),
    # an act joined to the telling shares its medium, though the parse hangs it on the words
    ("The lawyer told a newspaper the girl should be freed, and rejected the claims.",
     "rejected", True),
    # ... or as a clause of the hearer; a quotation told to a station
    ("She told the newspaper she had pleaded with the guards.", "pleaded", True),
    ("\u201cWe reject the deal,\u201d the lawyer told Radio 4.", "reject", True),
    # another's act that the speaker tells of through the medium is not the speaker's words
    ("A lawyer told a radio station that the government had rejected the plan.", "rejected",
     False),
    ("She told the man who had rejected the plan to leave.", "rejected", False),
    # a place, not a medium
    ("The minister condemned the attack in Geneva.", "condemned", False),
    ("The minister told reporters in Ankara that he rejected the plan.", "rejected", False),
])
def test_place_words_heard_through_a_medium(nlp, text, word, heard):
    assert heard_through(next(t for t in nlp(text) if t.text == word)) is heard


@pytest.mark.parametrize(("kind", "mode", "sector", "country", "country_from", "heard", "place",
                          "elsewhere"), [
    # a body, an office or a trade of another country than the story's, said in its own
    # words, by the words it stands for or by the report's own people: not in the story's land
    ("ACCUSE", "", "NGO", "GBR", None, False, _SYRIA, True),
    ("REQUEST", "", "JUD", "USA", "document focus", False, _SYRIA, True),
    ("REJECT", "", "HLH", "FRA", "antecedent", False, _SYRIA, True),
    # a private person may be where the story is ("the family, also in a camp, pleaded")
    ("REQUEST", "", "CVL", "AUS", "document focus", False, _SYRIA, False),
    ("REJECT", "", None, "NLD", "antecedent", False, _SYRIA, False),
    # ... unless heard through a medium, or by phone
    ("REJECT", "", None, "NLD", "antecedent", True, _SYRIA, True),
    ("CONSULT", "phone", "CVL", "GBR", "document focus", False, _SYRIA, True),
    ("REJECT", "", None, None, None, True, _SYRIA, True),
    # words heard through a medium from one of the story's own country stay there
    ("REJECT", "", "CVL", "SYR", "document focus", True, _SYRIA, False),
    # an armed force speaks where it fights; an envoy where it is posted
    ("THREATEN", "", "MIL", "RUS", None, False, _SYRIA, False),
    ("THREATEN", "", "REB", "GBR", None, True, _SYRIA, False),
    # a meeting with another country's party may be held on either's ground; a visit is paid
    # where it is; support is often given on the ground; a deed is no words
    ("CONSULT", "", "NGO", "GBR", None, False, _SYRIA, False),
    ("CONSULT", "visit", "NGO", "GBR", None, False, _SYRIA, False),
    ("ACCUSE", "investigate", "NGO", "GBR", None, False, _SYRIA, False),
    ("SUPPORT", "", "NGO", "GBR", None, False, _SYRIA, False),
    ("COERCE", "", "NGO", "GBR", None, False, _SYRIA, False),
    # a country lent by the event's place or the sentence says nothing of the speaker
    ("ACCUSE", "", "NGO", "GBR", "sentence focus", False, _SYRIA, False),
    # a town the story lends is the locator's to judge (a venue of talks), unless heard
    ("ACCUSE", "", "NGO", "GBR", None, False, _AFRIN, False),
    ("ACCUSE", "", "NGO", "GBR", None, True, _AFRIN, True),
    # ... but the town's own people, its police and an armed party fighting there keep it
    ("REJECT", "", "CVL", "SYR", "document focus", True, _AFRIN, False),
    ("REJECT", "", "COP", "SYR", None, True, _AFRIN, False),
    ("ACCUSE", "", "GOV", "SYR", None, True, _AFRIN, False),
    ("THREATEN", "", "REB", "SYR", None, True, _AFRIN, False),
    ("THREATEN", "", "REB", "SYR", None, False, _AFRIN, False),
])
def test_place_words_spoken_elsewhere(kind, mode, sector, country, country_from, heard, place,
                                      elsewhere):
    sense = SimpleNamespace(event_type=kind, mode=mode)
    source = Actor(text="the speaker", country=country, sector=sector, country_from=country_from)
    target = Actor(text="the rebels", country="SYR") if kind == "CONSULT" else None
    assert spoken_elsewhere(sense, source, target, place, "focus", heard) is elsewhere
    # a place the text gives stays
    assert not spoken_elsewhere(sense, source, target, place, "clause", heard)


def test_place_words_home_ground_nulls_words_said_elsewhere():
    sense = SimpleNamespace(event_type="ACCUSE", mode="")
    source = Actor(text="the charity", country="GBR", sector="NGO")
    assert home_ground(sense, source, None, _SYRIA, "focus") == (None, None)
    # a court speaks where it sits: at home
    court = Actor(text="the court", country="GBR", sector="JUD")
    got, how = home_ground(sense, court, None, _SYRIA, "focus")
    assert (got.country, how) == ("GBR", "focus")


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # words told to a broadcaster by a speaker of another country: no place
    (_SCENE + "Speaking to a radio station, the Dutch woman said she rejected the group.",
     "rejected", None),
    # words said in a town the clause names are said there
    (_SCENE + "The Turkish foreign minister, speaking in Ankara, condemned the bombing.",
     "condemned", "TUR"),
    # the story's own people's words stay in the story's place
    (_SCENE + "Syrian doctors in the enclave accused the army of bombing hospitals.", "accused",
     "SYR"),
])
def test_place_words_in_a_story(event_on, text, trigger, country):
    event = event_on(text, trigger)
    assert (event.location.country if event.location else None) == country


#: A report on riots in a town, and one on a siege of a town.
_RIOTS = ("Riots broke out in Tottenham in London on Saturday. Shops in London were looted. "
          "Police in London made dozens of arrests. Many in London are afraid. Fires burned "
          "across London. ")
_SIEGE = ("Turkish forces have surrounded Afrin. Shelling in Afrin went on all night. "
          "Thousands have fled Afrin. Aid agencies said food in Afrin was running out. ")


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # the town's own police and people, heard through a statement, stay in the town
    (_RIOTS + "The Metropolitan Police denied in a statement that officers had used "
     "excessive force.", "denied", "London"),
    (_RIOTS + "Local shopkeepers appealed for calm in a statement.", "appealed", "London"),
    # an armed party speaks where it fights, heard through a statement or social media
    (_SIEGE + "Kurdish commanders threatened on Twitter to blow up the bridges.", "threatened",
     "\u2018Afr\u012bn"),
])
def test_place_words_heard_in_the_story_town(event_on, text, trigger, town):
    event = event_on(text, trigger)
    assert (event.location.name if event.location else None) == town, event.place_source


@pytest.mark.parametrize(("kind", "mode", "said"), [
    # words: a statement, an accusation, a demand
    ("ACCUSE", "disapprove", True),
    ("REQUEST", "", True),
    # no words: a meeting (held where the parties met), a visit, an inquiry, support
    ("CONSULT", "", False),
    ("CONSULT", "visit", False),
    ("ACCUSE", "investigate", False),
    ("SUPPORT", "", False),
])
def test_place_words_said_by_event_type(kind, mode, said):
    mention = SimpleNamespace(sense=SimpleNamespace(event_type=kind, mode=mode))
    assert words_said(mention) is said
    assert not words_said(SimpleNamespace(sense=None))
