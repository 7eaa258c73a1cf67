"""A noun for a kind of person acted on is the recipient, not a thing (code/person_nouns.py)."""

from __future__ import annotations

import pytest

from dateline.code.person_nouns import a_person_noun


@pytest.mark.parametrize(("word", "person"), [
    ("teenager", True), ("schoolgirl", True), ("bishop", True), ("bystander", True),
    ("dissident", True), ("fossil", False), ("holdout", False), ("weapon", False),
    ("computer", False),
])
def test_person_nouns_lists_people_only(word, person):
    assert a_person_noun(word) is person


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # passive subject named by a person noun no actor word covers
    ("A teenager from Leeds has been arrested by police in Turkey.", "arrested", "teenager"),
    # object of an attack
    ("Unknown gunmen shot a bishop outside his church.", "shot", "bishop"),
    # counted "others"
    ("Gunmen stormed a market. Four others were wounded in the raid.", "wounded", "others"),
    # coordinated people
    ("Police detained a schoolgirl and two bystanders near the mosque.", "detained",
     "schoolgirl"),
])
def test_recip_person_noun_is_recipient(event_on, text, trigger, target):
    ev = event_on(text, trigger)
    assert ev.target is not None and target in ev.target.text
    assert not ev.object or target not in ev.object


@pytest.mark.parametrize(("text", "trigger", "thing"), [
    ("The army seized weapons and computers in the raid.", "seized", "weapons"),
])
def test_recip_things_stay_objects(event_on, text, trigger, thing):
    ev = event_on(text, trigger)
    assert ev.target is None and thing in (ev.object or "")
