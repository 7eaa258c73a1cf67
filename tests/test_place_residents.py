"""Stage ``locate``: the home town of the one person an event befalls, and the jurisdiction of
the law an act is done under. The sentences are written for the project (illustrative, not
news)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a town before the one person who undergoes the act: near that home
    ("A Leeds man has been charged with murder.", "charged", "Leeds"),
    ("A Bradford woman was jailed for six years on Friday.", "jailed", "Bradford"),
    # ... also as the act's object
    ("Police arrested a Cardiff man on Monday.", "arrested", "Cardiff"),
    # ... but a place the clause names is the act's own
    ("A Leeds man was arrested in Madrid on Monday.", "arrested", "Madrid"),
])
def test_place_residents_home_town(event_on, text, trigger, town):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.name == town
    assert e.place_source == "clause"


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # the country of the law a charge is brought under
    ("Two boys were charged under the Official Secrets Act in the UK on Friday.", "charged", "GBR"),
])
def test_place_law_jurisdiction(event_on, text, trigger, country):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.country == country
    assert e.place_source == "clause"


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a sentence naming one other country than the article's focus: that country, not the focus
    ("Ministers debated the plan in London on Monday. MPs argued in London for hours. The war "
     "goes on, with shelling in Idlib, but the children were detained by Kurdish forces in "
     "camps.", "detained", "SYR"),
])
def test_place_country_of_the_sentence(event_on, text, trigger, country):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.country == country
    assert e.place_source == "sentence"
