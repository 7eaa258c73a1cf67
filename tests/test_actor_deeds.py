"""A relative clause told of a deed ("the attack on Tellis, which killed 30 people") is the deed's
doing: its actor is the deed's doer, never the deed's scene, and a party the clause hangs on
keeps the act (table-driven, one illustrative sentence per construction, written for the
project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-01-02"

# (text, the trigger of the clause's act, the actor's words, its country; None: no actor)
DEEDS = [
    # the deed's possessor did it; the town (tagged a person by the parse) is its scene
    ("The regime's chemical attack on Douma, which killed dozens, drew condemnation.",
     "killed", "The regime", "SYR"),
    # the one the sentence holds responsible for the deed
    ("Officials said the Syrian army was responsible for the attack on Tellis, which killed "
     "30 people.", "killed", "the Syrian army", "SYR"),
    # the deed's "by" agent
    ("An air raid by Israeli jets, which killed 12 people, hit Rafah on Monday.",
     "killed", "Israeli jets", "ISR"),
    # the deed is the clause's subject
    ("Ministers said the Syrian government was responsible for a gas attack on the besieged "
     "village of Kafr Nabl, which killed about 40 people.",
     "killed", "the Syrian government", "SYR"),
]

# (text, the trigger, the actor's words): a party the clause hangs on keeps the act
PARTIES = [
    ("Turkey, which launched an offensive in January, shelled Afrin on Sunday.",
     "offensive", "Turkey"),
]


@pytest.mark.parametrize(("text", "trigger", "words", "country"), DEEDS)
def test_actor_deeds_clause_act_is_the_deed_doers(some_events_in, text, trigger, words, country):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    assert any(e.source is not None and e.source.text == words and e.source.country == country
               for e in events), [e.source for e in events]


@pytest.mark.parametrize(("text", "trigger", "words"), PARTIES)
def test_actor_deeds_party_keeps_its_clause(some_events_in, text, trigger, words):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert any(e.source is not None and e.source.text == words for e in events), \
        [e.source for e in events]
