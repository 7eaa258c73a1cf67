"""Stage ``locate``: words between parties of other countries than the one the article's focus
lends are not placed there (dateline.place_strangers). Sentences written for the project."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.place_strangers import strangers_place
from dateline.records import Actor, Place

#: A report naming many places of Syria: its focus is the country.
_SYRIA = ("Rebels have held Aleppo, Homs, Hama and Raqqa at times during the war in Syria. "
          "Refugees fled Aleppo and Homs for the border. ")
#: A report set in Syria whose own people are British.
_BRITONS = ("A British woman who joined Isis in Syria is held in a camp in Syria with her son. "
            "British officials said she had left London in 2015. Kurdish forces in Syria hold "
            "hundreds of British fighters. ")
#: A report naming many places of Britain.
_BRITAIN = ("Strikes have hit railways across Britain. Trains were cancelled in London, Leeds "
            "and Manchester. ")
#: A report naming many places of Iraq.
_IRAQ = "Protests have spread across Iraq. Demonstrators marched in Basra, Najaf and Kirkuk. "

_COUNTRY = Place(name="Syria", country="SYR", precision=3)
_TOWN = Place(name="Afrin", country="SYR", precision=2)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # two parties of one other country: at their home
    (_BRITONS + "A Tory MP praised the home secretary.", "praised", "GBR"),
    # words to, from or about another country's voice: no place (the story's country is what
    # they are about, "in Syria" in what they urge included)
    (_SYRIA + "The British government was urged to help the families of fighters in Syria.",
     "urged", None),
    (_SYRIA + "Russia was blamed for the bombing.", "blamed", None),
    (_BRITONS + "Charities have urged the home secretary to repatriate the children held in "
     "Syria.", "urged", None),
    # an armed force speaks where it fights; a visit is paid where the story is
    (_SYRIA + "Russian forces warned the Turkish army.", "warned", "SYR"),
    (_BRITONS + "The British foreign secretary visited the camp.", "visited", "SYR"),
    # parties the story gives no country are unknown, not foreign: talks of unnamed sides, of
    # a stateless people or of a local militia stay in the story's country
    (_BRITAIN + "The two sides met on Tuesday.", "met", "GBR"),
    (_BRITAIN + "Talks were held on Tuesday but ended without a deal.", "Talks", "GBR"),
    (_IRAQ + "Kurdish and Arab leaders met on Tuesday to defuse tensions.", "met", "IRQ"),
    (_IRAQ + "Shia militia leaders met on Tuesday.", "met", "IRQ"),
    (_SYRIA + "Kurdish leaders met Arab tribal chiefs on Tuesday.", "met", "SYR"),
    # ... and one set of talks has one place, whatever its words
    (_IRAQ + "The two sides met on Tuesday but failed to agree.", "met", "IRQ"),
    (_IRAQ + "The two sides met on Tuesday but failed to agree.", "agree", "IRQ"),
])
def test_place_strangers_in_a_story(event_on_unfiltered, text, trigger, country):
    place = event_on_unfiltered(text, trigger).location
    assert (place.country if place is not None else None) == country


def _party(country, sector="GOV", country_from=None, text="the minister"):
    return Actor(text=text, country=country, sector=sector, country_from=country_from)


@pytest.mark.parametrize(("kind", "mode", "source", "target", "place", "expected"), [
    # two voices of one other country: at home, their country lent by the story's people too
    ("SUPPORT", "", _party("GBR", "PTY", "document focus"), _party("GBR"), _COUNTRY, "GBR"),
    ("ACCUSE", "", _party("USA", "LEG"), _party("USA"), _COUNTRY, "USA"),
    # a voice of another country alone, or with a third country's: no place
    ("REQUEST", "", None, _party("GBR"), _COUNTRY, None),
    ("CONSULT", "", _party("GBR"), _party("FRA"), _COUNTRY, None),
    # ... and a party the story lends its own country does not hold it there
    ("REQUEST", "", _party("RUS"), _party("SYR", country_from="document focus"), _COUNTRY,
     None),
    # a party of the story's country by its own words keeps the story's place
    ("REQUEST", "", _party("RUS"), _party("SYR"), _COUNTRY, "keep"),
    ("REQUEST", "", _party("RUS"), _party("SYR", country_from="antecedent"), _COUNTRY, "keep"),
    # a private person of another country may be where the story is
    ("REQUEST", "", _party("GBR", "CVL"), _party("GBR"), _COUNTRY, "keep"),
    # so may an armed force, an envoy at their post
    ("THREATEN", "", _party("RUS", "MIL"), _party("TUR"), _COUNTRY, "keep"),
    ("ACCUSE", "", _party("RUS", text="the ambassador"), None, _COUNTRY, "keep"),
    # deeds are done on the ground: an attack, aid, a withdrawal, a visit, an inquiry
    ("ASSAULT", "", _party("RUS"), _party("RUS", "CVL"), _COUNTRY, "keep"),
    ("AID", "", _party("GBR"), _party("GBR"), _COUNTRY, "keep"),
    ("RETREAT", "withdraw", _party("GBR"), None, _COUNTRY, "keep"),
    ("CONSULT", "visit", _party("USA"), None, _COUNTRY, "keep"),
    ("ACCUSE", "investigate", _party("USA", "NGO"), None, _COUNTRY, "keep"),
    # support is often given on the ground (between two of one country it is at home)
    ("SUPPORT", "", _party("USA"), None, _COUNTRY, "keep"),
    # an international organisation is of no country
    ("REQUEST", "", None, _party("IGO", "IGO"), _COUNTRY, "keep"),
    # a town the story is about may be the venue of talks
    ("REQUEST", "", _party("GBR"), _party("FRA"), _TOWN, "keep"),
    # a party of no known country is unknown, not foreign: a meeting or words keep the place
    ("CONSULT", "", None, None, _COUNTRY, "keep"),
    ("CONSULT", "", _party(None, "UNK", text="the two sides"), None, _COUNTRY, "keep"),
    ("CONSULT", "", _party(None, None, text="the tribal leaders"), None, _COUNTRY, "keep"),
    ("REQUEST", "", None, None, _COUNTRY, "keep"),
])
def test_place_strangers(kind, mode, source, target, place, expected):
    sense = SimpleNamespace(event_type=kind, mode=mode)
    got, how = strangers_place(sense, source, target, place, "focus")
    if expected == "keep":
        assert (got, how) == (place, "focus")
    elif expected is None:
        assert (got, how) == (None, None)
    else:
        assert (got.country, got.precision, how) == (expected, 3, "focus")


@pytest.mark.parametrize("how", ["clause", "sentence", "carried", "dateline"])
def test_place_strangers_keeps_a_place_the_text_gives(how):
    sense = SimpleNamespace(event_type="REQUEST", mode="")
    assert strangers_place(sense, _party("GBR"), None, _COUNTRY, how) == (_COUNTRY, how)
