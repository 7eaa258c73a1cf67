"""A recipient named by its kind: a convoy of aid stands for the aid workers aboard, one of a
named body for that body; a group of no known kind in a country is not that country's state;
places joined as one phrase are ground, no party."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-02"

# (text, trigger, the recipient's words, its name, its sector; None: named by its words alone)
RECIPIENTS = [
    ("Gunmen ambushed an aid convoy near Aleppo on Tuesday.", "ambushed", "an aid convoy",
     "NGO", "NGO"),
    ("Jets struck a humanitarian convoy on the road to the city.", "struck",
     "a humanitarian convoy", "NGO", "NGO"),
    # a named body's convoy is the body's
    ("Rebels looted a UN aid convoy.", "looted", "a UN aid convoy", "United Nations", "IGO"),
    ("Gunmen attacked a WFP humanitarian convoy.", "attacked", "a WFP humanitarian convoy",
     "World Food Programme", "IGO"),
    ("Iran firmly opposes the participation of the leading Kurdish groups in Syria.", "opposes",
     "the leading Kurdish groups in Syria", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "words", "name", "sector"), RECIPIENTS)
def test_actor_kinds_named_recipient(some_events_in, text, trigger, words, name, sector):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    assert any(e.target is not None and e.target.text == words and e.target.name == name and
               (sector is None or e.target.sector == sector)
               for e in events), [e.target for e in events]


# (text, trigger): the recipient is places joined as one phrase, no party
GROUND = [
    ("The militia said they had captured the city's stadium and the nearby hospital.",
     "captured"),
]


@pytest.mark.parametrize(("text", "trigger"), GROUND)
def test_actor_kinds_named_joined_places_are_no_party(some_events_in, text, trigger):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    assert all(e.target is None for e in events), [e.target for e in events]
