"""Stage ``locate``: of two deeds joined in one sentence and told as some time apart, the
later one's place is not the earlier one's (illustrative sentences, written for the
project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # "later" sets the birth apart from the detention: its camp is no place of the detention
    ("The woman was detained by Kurdish forces last month and later gave birth in the camp "
     "of al-Hawl.", "detained", None),
    # joined with no such word, the deeds are one scene
    ("Gunmen stormed the village and killed 12 people in Kano.", "stormed", "Kano"),
    # the later deed keeps its own place
    ("The fighters were captured by Kurdish forces and later handed over to Iraq in Baghdad.",
     "handed", "Baghdad"),
])
def test_place_later_deed_keeps_its_place(event_on, text, trigger, name):
    e = event_on(text, trigger)
    got = e.location.name if e.location is not None and e.place_source in (
        "clause", "sentence") else None
    assert got == name, (e.location, e.place_source)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # words told as said days before a deed are not said where the deed was done
    ("Government forces bombed eastern Ghouta on Monday, two days after the UN security council "
     "passed a resolution calling for a truce.", "calling", "USA"),
    # a scene set before the words stays theirs
    ("In Moscow, the minister said on Monday, after talks began, that he rejected the plan.",
     "rejected", "RUS"),
])
def test_place_later_words_told_apart(event_on, text, trigger, country):
    e = event_on(text, trigger)
    assert e.location is not None and e.location.country == country, (e.location,
                                                                      e.place_source)


@pytest.mark.parametrize(("text", "trigger", "carried"), [
    # the sentence names another place: the story has turned from the town before
    ("Turkish troops shelled Afrin on Sunday. They had also backed the Kurds in the Raqqa "
     "campaign.", "backed", False),
    # a sentence going on in the same town carries it on
    ("Turkish troops shelled Afrin on Sunday. They also killed three fighters.", "killed", True),
])
def test_place_later_other_story_not_carried(event_on, text, trigger, carried):
    e = event_on(text, trigger)
    assert (e.place_source == "carried" and e.location.name == "‘Afrīn") == carried, (
        e.location, e.place_source)
