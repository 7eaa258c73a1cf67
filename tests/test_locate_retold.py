"""Stage ``locate``: the lead's news told again further on takes the lead's place; what the lead
says someone underwent, or only threatens, lends none. One short report per construction,
written for the project."""

from __future__ import annotations

import pytest

from dateline.locate import locator
from dateline.records import Article

from test_locate import _mention

_AWAY = "Their families spoke of relief. Officials in London welcomed the news. "


def _last(nlp, text: str, word: str, event_type: str):
    from types import SimpleNamespace

    doc = nlp(text)
    mention = _mention(doc, word)
    i = max(t.i for t in doc if t.text == word)
    mention.trigger, mention.trigger_span = i, (i, i + 1)
    mention.sense = SimpleNamespace(event_type=event_type)
    return locator(doc, Article(doc_id="t", text=text))(mention)


@pytest.mark.parametrize(("text", "word", "event_type", "country", "source"), [
    # the lead's happening, told again by its verb or its noun
    ("Two fighters were captured in Syria by Kurdish forces in January. " + _AWAY
     + "Exactly how they were captured remains unclear.", "captured", "COERCE", "SYR",
     "carried"),
    ("Weeks after their capture in eastern Syria, the two men were named. " + _AWAY
     + "Exactly how they were captured remains unclear.", "captured", "COERCE", "SYR",
     "carried"),
    # what the lead says a noun's referent underwent is no news of its own
    ("Families of civilians who were detained in Raqqa urged the factions to help. " + _AWAY
     + "The fighters detained dozens of officials.", "detained", "COERCE", None, None),
    # another doer's like deed is another happening
    ("The army said it had reclaimed the town of Albu Kamal from the militants. " + _AWAY
     + "Rebels reclaimed other towns.", "reclaimed", "ASSAULT", None, None),
    # ... named as the doer of the verb whose object the event's noun is
    ("Turkish troops began an assault on Afrin on Monday. " + _AWAY
     + "Russian jets launched an attack on a nearby town.", "attack", "ASSAULT", None, None),
    # nor what it only threatens
    ("Rebels threatened to attack Idlib on Monday. " + _AWAY + "The rebels attacked a checkpoint.",
     "attacked", "ASSAULT", None, None),
    # a like happening at a time of its own, or befalling another number, is another one
    ("Ten reporters were killed in Kabul on Monday. " + _AWAY
     + "\n\nIn March, three reporters were killed.", "killed", "ASSAULT", None, None),
    ("Ten reporters were killed in Kabul on Monday. " + _AWAY
     + "\n\nThree reporters were killed.", "killed", "ASSAULT", None, None),
    ("Ten reporters were killed in Kabul on Monday. " + _AWAY
     + "\n\nThe ten reporters were killed on Monday.", "killed", "ASSAULT", "AFG", "carried"),
    # ... but one may add the time the lead left out
    ("Ten reporters were killed in Kabul. " + _AWAY
     + "\n\nThe reporters were killed on Monday.", "killed", "ASSAULT", "AFG", "carried"),
    # words said twice are said twice
    ("The minister condemned the raids in Kabul on Monday. " + _AWAY
     + "The minister condemned the raids again.", "condemned", "ACCUSE", None, None),
])
def test_locate_retold_lead_takes_its_place(nlp, text, word, event_type, country, source):
    place, got = _last(nlp, text, word, event_type)
    assert (place.country if got == "carried" else None, got if got == "carried" else None) == (
        country, source)


def test_locate_retold_lead_by_another_word_of_its_kind(nlp):
    text = ("Two fighters were captured in Syria in January. " + _AWAY
            + "Exactly how they were seized remains unclear.")
    place, got = _last(nlp, text, "seized", "COERCE")
    assert (place.country, got) == ("SYR", "carried")


@pytest.mark.parametrize(("text", "where"), [
    # the lead's town lent to its news told again: near it, or only its country where the
    # telling's own words set it at a village the gazetteer does not know
    ("Two fighters were captured in Raqqa by Kurdish forces in January. " + _AWAY
     + "Exactly how they were captured near Sarrin, a village to the east, remains unclear.",
     ("Syria", 3)),
    # ... a site of no kind the story names is in the lead's town
    ("Two fighters were captured in Raqqa by Kurdish forces in January. " + _AWAY
     + "Exactly how they were captured at the Nour Hotel remains unclear.", ("Ar Raqqah", 2)),
])
def test_locate_retold_lead_near_a_place_unknown(nlp, text, where):
    place, source = _last(nlp, text, "captured", "COERCE")
    assert ((place.name, place.precision), source) == (where, "carried")
