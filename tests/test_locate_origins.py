"""Stage ``locate``: places that name where someone comes from or whom they sit for, which set
neither an event's place nor the article's focus, and the place of a deed told within the words
naming its doer. One short report per construction, written for the project."""

from __future__ import annotations

import pytest
from test_locate import _mention, _where

from dateline import Article
from dateline.locate import locator


@pytest.mark.parametrize(("text", "word"), [
    # a home left behind and the place whom a senator sits for are no focus of the story
    ("The family said their daughter left her home in Alabama for Syria in 2014. She was "
     "detained by Kurdish forces in Syria last month. The Alabama senators declined to comment, "
     "and a Texas congressman said little. Her lawyer urged officials to act.", "urged"),
])
def test_locate_focus_not_a_home_or_a_constituency(nlp, text, word):
    assert _where(nlp, text, word)[1] != "USA"


@pytest.mark.parametrize(("text", "word", "doer", "town"), [
    # the deed told in a relative clause of the words naming its doer takes that clause's place
    ("“Most of the men who are fighting in Afrin against the Kurds are mercenaries,” a "
     "fighter said.", "fighting", ("Most", "Kurds"), "‘Afrīn"),
    ("The militants who attacked a checkpoint in Kirkuk on Monday fled.", "attacked",
     ("The", "Monday"), "Kirkuk"),
])
def test_locate_deed_in_its_doers_words(nlp, text, word, doer, town):
    doc = nlp(text)
    words = [t.text for t in doc]
    span = (words.index(doer[0]), words.index(doer[1]) + 1)
    place, _ = locator(doc, Article(doc_id="t", text=text))(_mention(doc, word, span))
    assert place is not None and place.name == town


@pytest.mark.parametrize(("text", "word", "town"), [
    # someone acted on, named with where they come from: an origin, not the act's place
    ("Police arrested a man from Mosul on Friday.", "arrested", None),
    # ... also where the parse hangs "from" on the verb right after the person
    ("Detectives arrested a woman from Bradford on Sunday.", "arrested", None),
    ("Officers questioned a teenager from Leeds at an address in Sheffield.", "questioned",
     "Sheffield"),
    # ... unless the act takes them away from it: whence they were moved
    ("Soldiers rescued dozens of civilians from Baghuz.", "rescued", "Baghuz"),
    ("The army evacuated civilians from Douma.", "evacuated", "Duma"),
    ("Troops launched an offensive to clear the group from Afrin.", "offensive", "‘Afrīn"),
])
def test_locate_origin_of_someone_acted_on(nlp, text, word, town):
    assert _where(nlp, text, word)[0] == town


@pytest.mark.parametrize(("text", "word", "town"), [
    # a home near a place ("from the area around Aleppo") is an origin too
    ("Samir, a medic with the White Helmets from the rural area around Hama, was there when "
     "31 civilians were killed.", "killed", None),
    # ... where the deed itself is done there, it is the deed's place
    ("Troops shelled the area around Homs on Tuesday.", "shelled", "Homs"),
])
def test_locate_origin_near_a_place(nlp, text, word, town):
    assert _where(nlp, text, word)[0] == town


@pytest.mark.parametrize(("text", "name", "origin"), [
    # a home left behind, also where the parse hangs "in" on the leaving
    ("Four years have passed since she left her home in Ohio for Iraq.", "Ohio", True),
    ("Detectives arrested a woman from Bradford on Sunday.", "Bradford", True),
    ("Soldiers pulled the men from Mosul on Sunday.", "Mosul", False),
    # a town before one person's noun is where they live
    ("A Cardiff teenager was arrested on Friday.", "Cardiff", True),
    ("A Birmingham woman was detained at the airport on Tuesday.", "Birmingham", True),
    # ... not before a group there, nor a deed
    ("Kabul residents protested on Friday.", "Kabul", False),
    ("The Raqqa offensive began on Friday.", "Raqqa", False),
    ("Rebels shelled the town of Kobani on Sunday.", "Kobani", False),
])
def test_locate_origin_of_someone_named(nlp, text, name, origin):
    from dateline.place_origins import origin_of_someone
    from dateline.toponyms import toponyms

    doc = nlp(text)
    found = [t for t in toponyms(doc, Article(doc_id="t", text=text)) if t.text == name]
    assert found and origin_of_someone(doc, found[0]) is origin
