"""Stage ``locate``: a state's institution acting at home is placed in its own country."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import home_ground, speakers_place
from dateline.records import Actor, Place

_SYRIA = Place(name="Syria", country="SYR", precision=3)
_ALEPPO = Place(name="Aleppo", country="SYR", precision=1)


@pytest.mark.parametrize(("sector", "kind", "mode", "target", "lent", "home"), [
    # a government's measure against persons, a resignation, a release: at home
    ("GOV", "COERCE", "", None, "focus", True),
    ("GOV", "RETREAT", "resign", None, "focus", True),
    ("GOV", "CONCEDE", "resign", "GBR", "focus", True),
    ("COP", "COERCE", "arrest", "GBR", "focus", True),
    ("GOV", "CONCEDE", "", None, None, True),
    # a parliament or a court acts where it sits, whatever it does
    ("LEG", "AGREE", "", None, "focus", True),
    ("JUD", "ACCUSE", "", None, "focus", True),
    # a measure against another country's people, or on the ground, keeps the story's place
    ("GOV", "COERCE", "", "SYR", "focus", False),
    ("GOV", "RETREAT", "withdraw", None, "focus", False),
    ("GOV", "RETREAT", "", None, "focus", False),
    ("GOV", "CONCEDE", "ceasefire", None, "focus", False),
    ("GOV", "AID", "", None, "focus", False),
    # forces and spies act abroad
    ("MIL", "COERCE", "", None, "focus", False),
    ("SPY", "COERCE", "", None, "focus", False),
    # a government's words and sanctions the text places nowhere have no place: neither the
    # story's country nor the speaker's (it may speak anywhere) ...
    ("GOV", "ACCUSE", "", "SYR", "focus", None),
    ("GOV", "THREATEN", "", None, None, None),
    ("GOV", "SANCTION", "", "SYR", "focus", None),
    # ... nor have a politician's: a party's, the opposition's, a former office-holder's ...
    ("PTY", "ACCUSE", "", None, "focus", None),
    ("OPP", "REQUEST", "", None, None, None),
    ("ELI", "REJECT", "", "SYR", "focus", None),
    # ... save a visit and support
    ("GOV", "CONSULT", "visit", None, "focus", False),
    ("LEG", "CONSULT", "visit", None, None, False),
    # a meeting with another country's party may be held by either; one at home stays there
    ("GOV", "CONSULT", "", "RUS", None, False),
    ("GOV", "CONSULT", "", "GBR", None, None),
    # ... but not in a third country the story alone lends it (dateline.place_strangers)
    ("LEG", "CONSULT", "", "UKR", "focus", None),
    ("GOV", "SUPPORT", "", "SYR", "focus", False),
    # ... and a private person's words (a foreigner the story tells of may be in its place);
    # a foreign body's or trade's are said where it is, which the story does not tell
    ("CVL", "ACCUSE", "", None, "focus", False),
    ("NGO", "ACCUSE", "", None, "focus", None),
    # a place the text names stays
    ("GOV", "COERCE", "", None, "clause", False),
    ("GOV", "COERCE", "", None, "carried", False),
    ("GOV", "COERCE", "", None, "dateline", False),
])
def test_home_ground(sector, kind, mode, target, lent, home):
    source = Actor(text="the government", country="GBR", sector=sector)
    recipient = None if target is None else Actor(text="them", country=target)
    sense = SimpleNamespace(event_type=kind, mode=mode)
    place = _SYRIA if lent is not None else None
    got, how = home_ground(sense, source, recipient, place, lent)
    if home:
        assert (got.country, got.precision, how) == ("GBR", 3, "focus")
    elif home is None:
        assert (got, how) == (None, None)
    else:
        assert (got, how) == (place, lent)


@pytest.mark.parametrize(("country", "country_from", "place", "kept"), [
    # the doer's country must be said in its own words, and differ from the story's
    ("GBR", "document focus", _SYRIA, True),
    ("GBR", "event place", _SYRIA, True),
    ("SYR", None, _SYRIA, True),
    ("SYR", None, _ALEPPO, True),
    ("GBR", None, _ALEPPO, False),
])
def test_home_ground_needs_the_doers_own_country(country, country_from, place, kept):
    source = Actor(text="the ministry", country=country, sector="GOV", country_from=country_from)
    sense = SimpleNamespace(event_type="COERCE", mode="")
    got, _ = home_ground(sense, source, None, place, "focus")
    assert (got == place) is kept


@pytest.mark.parametrize(("kind", "place"), [
    # a pronoun standing for a named voice ("he" after "the Labour leader"): its words are
    # not said in the story's country, nor surely at home ...
    ("REQUEST", None),
    # ... and it lends its country to no other act of the state
    ("COERCE", _SYRIA),
])
def test_home_ground_of_a_voice_named_before(kind, place):
    source = Actor(text="he", country="GBR", sector="OPP", country_from="antecedent",
                   antecedent="the opposition leader")
    sense = SimpleNamespace(event_type=kind, mode="")
    got, _ = home_ground(sense, source, None, _SYRIA, "focus")
    assert got == place


@pytest.mark.parametrize(("text", "antecedent"), [
    ("the ambassador", None),
    ("he", "the Russian envoy to the UN"),
])
def test_an_envoy_speaks_where_posted_not_at_home(text, antecedent):
    source = Actor(text=text, country="RUS", sector="GOV", antecedent=antecedent)
    sense = SimpleNamespace(event_type="ACCUSE", mode="")
    assert home_ground(sense, source, None, _SYRIA, "focus") == (_SYRIA, "focus")


def test_a_town_the_story_is_about_holds_a_governments_words():
    # talks in a town the story is about: a delegation's words there stay there
    source = Actor(text="the government delegation", country="SYR", sector="GOV")
    sense = SimpleNamespace(event_type="REJECT", mode="")
    geneva = Place(name="Geneva", country="CHE", precision=2)
    assert home_ground(sense, source, None, geneva, "focus") == (geneva, "focus")


def test_a_foreign_parliament_speaks_where_it_sits():
    # the story's country is not where a foreign parliament's words are said; its own is
    source = Actor(text="the parliament", country="IND", sector="LEG")
    sense = SimpleNamespace(event_type="ACCUSE", mode="")
    got, how = home_ground(sense, source, None, *speakers_place(sense, source, _SYRIA, "focus"))
    assert (got.country, how) == ("IND", "focus")


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Rebels shelled the city of Aleppo in Syria on Monday. Syrian troops fought back near "
     "Aleppo. The British government has stripped two fighters of their citizenship.",
     "stripped", "GBR"),
    ("Rebels shelled the city of Aleppo in Syria on Monday. Syrian troops fought back near "
     "Aleppo. Germany's interior minister resigned on Monday.", "resigned", "DEU"),
])
def test_state_act_at_home(event_on, text, trigger, country):
    event = event_on(text, trigger)
    assert (event.location.country if event.location else None) == country


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a country owning the place named after it: the two name the finer place
    ("Hundreds of fighters have massed in Syria's Idlib province, officials said.", "massed",
     "Idlib"),
])
def test_owned_place(event_on, text, trigger, place):
    assert event_on(text, trigger).location.name == place


@pytest.mark.parametrize(("text", "trigger", "country", "name"), [
    # a foreign government's words in a report about a town: not said there, but in its own
    # country (the text names no town of it)
    ("Syrian jets bombed Idlib on Monday. Rebels in Idlib fought back. Thousands fled Idlib. "
     "Turkey has warned that it will not accept an assault.", "warned", "TUR", "Turkey"),
    # ... what it only may say too: at home, not in the town it is about
    ("Syrian jets bombed Idlib on Monday. Rebels in Idlib fought back. Thousands fled Idlib. "
     "Turkey would condemn any assault.", "condemn", "TUR", "Turkey"),
    # ... nor in a town named as the venue of talks: it may have spoken there
    ("Talks in Geneva ended on Monday. Delegates left Geneva. Envoys stayed in Geneva. "
     "The Syrian government rejected the proposal.", "rejected", "CHE", "Geneva"),
    # ... save the words of one not named as coming to it: said at home
    ("Jean Dupont will hold talks in Geneva on Tuesday. Delegates reached Geneva. Envoys "
     "stayed in Geneva. The Turkish government rejected the proposal.", "rejected", "TUR",
     "Turkey"),
])
def test_foreign_voice_in_a_town_the_story_is_about(event_on_unfiltered, text, trigger, country,
                                                    name):
    # the place stage's reading, whether or not the real-event filter keeps a conditional act
    place = event_on_unfiltered(text, trigger).location
    assert (place.country if place is not None else None) == country
    assert name is None or place.name == name


@pytest.mark.parametrize(("sector", "kind", "country_from", "home"), [
    # a body or an office only some states have, read as another state's ("members of
    # Congress", "the home secretary"), is the doer's own word for its country: a parliament
    # sits at home ...
    ("LEG", "REQUEST", "body name", True),
    ("LEG", "AGREE", "office", True),
    # ... and a party's words the text places nowhere have no place
    ("PTY", "REQUEST", "body name", None),
    ("GOV", "ACCUSE", "office", None),
])
def test_home_ground_of_a_body_named_for_its_state(sector, kind, country_from, home):
    source = Actor(text="members of Congress", country="USA", sector=sector,
                   country_from=country_from)
    sense = SimpleNamespace(event_type=kind, mode="")
    got, how = home_ground(sense, source, None, _SYRIA, "focus")
    if home:
        assert (got.country, got.precision, how) == ("USA", 3, "focus")
    else:
        assert (got, how) == (None, None)


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # an international organisation speaks at its seats or on its envoys' travels: not in the
    # town or the country the story is about ...
    ("Government jets bombed Aleppo on Monday. Rebels shelled villages near Aleppo. The United "
     "Nations urged Russia and Turkey to find a peaceful solution.", "urged", None),
    # ... save at the venue of talks that town holds, which it convenes
    ("Peace talks opened in Geneva on Monday. The delegations met in Geneva again on Tuesday. "
     "The United Nations urged Russia to press the government negotiators.", "urged", "Geneva"),
])
def test_an_international_voice_speaks_at_its_venues(event_on, text, trigger, place):
    e = event_on(text, trigger)
    assert (e.location.name if e.location else None) == place, (e.location, e.place_source)


_GENEVA = Place(name="Geneva", country="CHE", admin1="07", lat=46.2, lon=6.15, precision=2)
_MALI = Place(name="Mali", country="MLI", precision=3)


_ENVOY = "the envoy"
_MISSION = "The head of the UN peacekeeping mission"


@pytest.mark.parametrize(("text", "sector", "country", "target", "kind", "place", "lent",
                          "kept"), [
    # an international organisation's envoy resigning, or a person leaving a post in one, is
    # not placed in the country the story is about ...
    (_ENVOY, "IGO", "IGO", None, "RETREAT", _SYRIA, "focus", False),
    (_ENVOY, "IGO", None, None, "CONCEDE", _SYRIA, "focus", False),
    ("a prosecutor", "JUD", "CHE", "IGO", "RETREAT", _SYRIA, "focus", False),
    ("a lawyer", "CVL", "CHE", "IGO", "RETREAT", _SYRIA, "focus", False),
    ("a former judge", "ELI", "CHE", "IGO", "RETREAT", _SYRIA, "focus", False),
    # ... but a state or its official leaving a body resigns where the story puts it, and the
    # head of a mission posted in the country resigns there ...
    ("the junta", "GOV", "MLI", "IGO", "RETREAT", _MALI, "focus", True),
    ("the army", "MIL", "MLI", "IGO", "RETREAT", _MALI, "focus", True),
    ("the prime minister", "GOV", "SYR", "IGO", "RETREAT", _SYRIA, "focus", True),
    (_MISSION, "IGO", "IGO", None, "RETREAT", _MALI, "focus", True),
    ("the UN's humanitarian coordinator", "IGO", "IGO", None, "RETREAT", _MALI, "focus", True),
    # ... a town the story is about may be the organisation's venue ...
    (_ENVOY, "IGO", "IGO", None, "RETREAT", _GENEVA, "focus", True),
    # ... a place the text names stays, and so does a state's own official's country
    (_ENVOY, "IGO", "IGO", None, "RETREAT", _SYRIA, "clause", True),
    (_ENVOY, "IGO", "IGO", None, "RETREAT", _SYRIA, "carried", True),
    (_ENVOY, "CVL", "SYR", None, "RETREAT", _SYRIA, "focus", True),
])
def test_home_ground_international_resignation(text, sector, country, target, kind, place,
                                               lent, kept):
    source = Actor(text=text, country=country, sector=sector)
    recipient = None if target is None else Actor(text="the commission", country=target,
                                                  sector="IGO")
    sense = SimpleNamespace(event_type=kind, mode="resign")
    got = home_ground(sense, source, recipient, place, lent)
    assert got == ((place, lent) if kept else (None, None))


_MALI_LEAD = ("Mali has been hit by attacks for years. Mali's army is stretched. Many in Mali "
              "have fled their homes. Aid to Mali has been cut.")


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a state leaving a body does so at home; so does a prime minister forced out by one
    ("Mali's junta quit ECOWAS on Sunday. " + _MALI_LEAD, "quit", "Mali"),
    ("Mali quit ECOWAS on Sunday. " + _MALI_LEAD, "quit", "Mali"),
    ("The Malian prime minister was forced to resign by the African Union. " + _MALI_LEAD,
     "resign", "Mali"),
    # the head of a mission the organisation keeps in the country is posted there
    ("The head of the UN peacekeeping mission resigned on Monday. " + _MALI_LEAD, "resigned",
     "Mali"),
])
def test_a_resignation_from_a_body_stays_at_home(event_on, text, trigger, place):
    e = event_on(text, trigger)
    assert (e.location.name if e.location else None) == place, (e.location, e.place_source)
