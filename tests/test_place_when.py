"""Stage ``locate``: events that take the place of a neighbouring phrase by how they hang on it
(illustrative sentences, written for the project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # a "when" clause right after a phrase naming a town, without a comma: then and there
    ("There were celebrations in Sochi when the president's backers met last year.", "met",
     "Sochi"),
    # ... with a time told between the phrase and the "when"
    ("Protests filled the streets of Sochi last week when the summit's delegates met.", "met",
     "Sochi"),
    # with a comma, as before
    ("Since the siege of Aleppo, when 80 people were killed, the army has advanced.", "killed",
     "Aleppo"),
    # the clause naming a town of its own keeps it
    ("Crowds gathered in Paris when the bomb exploded in Lyon.", "exploded", "Lyon"),
    # a deed named as the doer of a passive verb is where that verb's event is
    ("Aid workers say ten clinics in eastern Ghouta were struck by rockets or shelling.",
     "shelling", "Eastern Ghouta"),
])
def test_place_when_then_and_there(event_on, text, trigger, name):
    e = event_on(text, trigger)
    got = e.location.name if e.location is not None and e.place_source in (
        "clause", "sentence") else None
    assert got == name, (e.location, e.place_source)
