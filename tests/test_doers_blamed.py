"""An act the sentence attributes to a party ("the shelling, attributed to government forces",
"the raid was blamed on the militia") has that party for its doer; the one who blames is no
doer, and a cause that is no party gives none (table-driven, one illustrative sentence per
construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2021-05-10"

# (text, the act's trigger, the doer's words)
BLAMED = [
    # a participle clause on the act
    ("The shelling of the village on Sunday, attributed to government forces, killed six "
     "farmers.", "shelling", "government forces"),
    ("The ambush near the border on Friday, widely attributed to the rebels, left four guards "
     "dead.", "ambush", "the rebels"),
    # the passive verb the act is the subject of
    ("The massacre in the valley on Saturday has been attributed to the militia.",
     "massacre", "the militia"),
    ("An attack on a convoy near the dam on Monday was blamed on the insurgents.",
     "attack", "the insurgents"),
    # a date's "on" names no party; the next "on" does
    ("The ambush in the hills was blamed on Friday on the insurgents.", "ambush",
     "the insurgents"),
    # "one of" the party: the party
    ("The massacre in the valley has been blamed on one of the militias.", "massacre",
     "the militias"),
    # the active verb the act is the object of
    ("Officials blamed the car bombing in the capital on the insurgents.", "bombing",
     "the insurgents"),
    # the one who blames, named by "by", is the accuser
    ("The bombing, blamed by police on the insurgents, killed 14 people in the capital on "
     "Tuesday.", "bombing", "the insurgents"),
    # a relative clause whose subject blames: the blamed party did it, not the one blaming
    ("The raid, which the army blamed on the insurgents, killed 12 villagers on Sunday.",
     "raid", "the insurgents"),
    # the parse hangs the clause on the deed's scene
    ("The attack on the market, which officials attributed to the insurgents, killed nine "
     "people on Monday.", "attack", "the insurgents"),
    # a scene that is a word for a place some party is in ("village", "town")
    ("The raid on the village, which the governor blamed on the army, left five farmers "
     "dead.", "raid", "the army"),
]

# (text, the act's trigger): a cause that is no party names no doer, nor makes an attack
NO_PARTY = [
    ("The blast at the depot on Monday was blamed on faulty wiring.", "blast"),
]


@pytest.mark.parametrize(("text", "trigger", "words"), BLAMED)
def test_doers_blamed_party_is_the_doer(some_events_in, text, trigger, words):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    assert all(e.source is not None and e.source.text == words for e in events), \
        [e.source for e in events]


@pytest.mark.parametrize(("text", "trigger"), NO_PARTY)
def test_doers_blamed_cause_is_no_doer(some_events_in, text, trigger):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert not any(e.event_type == "ASSAULT" for e in events), \
        [(e.event_type, e.source) for e in events]
