"""Who took captives when the capture's sentence names only who holds them: a keeper of a kind
that takes people, not a carer, a guard of ground, a holder since a dated capture, nor a place."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-02"

# (text, trigger, the actor's words; None: no actor named by words)
KEEPERS = [
    # a passive capture joined to a passive verb of keeping
    ("Hundreds of militants were captured in the battle and are being held by the SDF.",
     "captured", "the SDF"),
    # a participle on the captives, joined to a passive verb of keeping
    ("Two foreign fighters captured in Baghuz and held by Kurdish forces asked to go "
     "home.", "captured", "Kurdish forces"),
    # a relative clause: being "in the custody of" the keeper
    ("The woman, who was detained and is in the custody of the Kurdish-led militia, wants to "
     "return.", "detained", "the Kurdish-led militia"),
    # remaining "in the custody of"
    ("He was arrested in 2019 and remains in the custody of Kurdish forces.",
     "arrested", "Kurdish forces"),
    # "in the hands of"
    ("The two reporters were abducted near the border and are now in the hands of the militia.",
     "abducted", "the militia"),
    # a seizure joined to being "in the hands of"
    ("The men were seized near the border and are now in the hands of the militia.",
     "seized", "the militia"),
    # a demonym alone names no body
    ("She was captured in Baghuz and is in Kurdish custody.", "captured", None),
    # a carer of captives took no one
    ("The prisoners were captured in the 1990s and are now held by the Red Cross for "
     "transfer.", "captured", None),
    ("The wounded fighters were captured and are in the hands of doctors at a field hospital.",
     "captured", None),
    ("The men were arrested in Tarsa and remain in the hands of their families.", "arrested",
     None),
    # ground seized changes hands; a guard of it took nothing
    ("The town was seized in March and is still held by the rebels.", "seized", None),
    ("Velmora was captured in 2015 and is now held by government forces.", "captured", None),
    ("The town was seized last year and is now guarded by UN peacekeepers.", "seized", None),
    # captives taken at a time of their own and held now may have changed hands
    ("The hostages were seized on October 7 and are now held by the militia.", "seized", None),
    ("Two foreign fighters captured last month and now held by Kurdish forces asked to go "
     "home.", "captured", None),
]


@pytest.mark.parametrize(("text", "trigger", "words"), KEEPERS)
def test_actor_keepers_holder_took_the_captives(some_events_in, text, trigger, words):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    if words is None:
        assert all(e.source is None or not e.source.text for e in events), \
            [e.source for e in events]
    else:
        assert any(e.source is not None and e.source.text == words for e in events), \
            [e.source for e in events]


# (text, trigger, the keeper's country, which is not the capture's place)
PLACES = [
    ("The ship was seized in the Gulf and is held by Iran.", "seized", "IRN"),
    ("He was detained in 2020 and is in the hands of Turkey.", "detained", "TUR"),
]


@pytest.mark.parametrize(("text", "trigger", "iso"), PLACES)
def test_actor_keepers_keeper_places_no_capture(some_events_in, text, trigger, iso):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert any(e.source is not None and e.source.country == iso for e in events), \
        [e.source for e in events]
    assert all(e.location is None or e.location.country != iso for e in events), \
        [e.location for e in events]
