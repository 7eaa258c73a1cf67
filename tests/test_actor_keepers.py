"""Who took captives when the capture's sentence names only who holds them now, and parties of
no known kind or a convoy's own kind named as such (table-driven, one illustrative sentence per
construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-02"

# (text, trigger, the actor's words; None: no actor)
KEEPERS = [
    # a participle on the captives, joined to a passive verb of keeping with its "by"
    ("Two foreign fighters captured last month and now held by Kurdish forces asked to go home.",
     "captured", "Kurdish forces"),
    # a passive capture joined to a passive verb of keeping
    ("Hundreds of militants were captured in the battle and are being held by the SDF.",
     "captured", "the SDF"),
    # a relative clause: being "in the custody of" the keeper
    ("The woman, who was detained in January and is now in the custody of the Kurdish-led "
     "militia, wants to return.", "detained", "the Kurdish-led militia"),
    # remaining "in the custody of"
    ("He was arrested in 2019 and remains in the custody of Kurdish forces.",
     "arrested", "Kurdish forces"),
    # "in the hands of"
    ("The two reporters were abducted near the border and are now in the hands of the militia.",
     "abducted", "the militia"),
    # a seizure joined to being "in the hands of"
    ("The men were seized near the border and are now in the hands of the militia.",
     "seized", "the militia"),
    # ground seized and held
    ("The town was seized in March and is still held by the rebels.", "seized", "the rebels"),
    # a demonym alone names no body: no actor rather than a wrong one
    ("She was captured in Baghuz and is in Kurdish custody.", "captured", None),
]


@pytest.mark.parametrize(("text", "trigger", "words"), KEEPERS)
def test_actor_keepers_holder_took_the_captives(some_events_in, text, trigger, words):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    if words is None:
        assert all(e.source is None or not e.source.name for e in events), \
            [e.source for e in events]
    else:
        assert any(e.source is not None and e.source.text == words for e in events), \
            [e.source for e in events]


# (text, trigger, the recipient's words, its name; None: named by its words alone)
RECIPIENTS = [
    # a convoy of aid stands for the aid workers aboard
    ("Gunmen ambushed an aid convoy near Aleppo on Tuesday.", "ambushed", "an aid convoy", "NGO"),
    ("Jets struck a humanitarian convoy on the road to the city.", "struck",
     "a humanitarian convoy", "NGO"),
    # a group of no known kind in a country is not that country's state
    ("Turkey fiercely opposes the attendance of the main Kurdish groups in Syria.", "opposes",
     "the main Kurdish groups in Syria", None),
]


@pytest.mark.parametrize(("text", "trigger", "words", "name"), RECIPIENTS)
def test_actor_keepers_recipient_named_by_its_kind(some_events_in, text, trigger, words, name):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    assert any(e.target is not None and e.target.text == words and e.target.name == name
               for e in events), [e.target for e in events]
