"""Those an attack left dead or hurt are whom it was done to: "left 15 children dead", a
relative clause on the attack's noun ("which left 30 people dead", "in which seven soldiers were
killed"); "left the town in ruins" names no one, nor does an attacker who died in it."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-02"

# (text, trigger, the recipient's words; None: no recipient)
TOLLS = [
    # the attack's noun is the subject of "left ... dead"
    ("An air strike on a school in the village left 15 children dead.", "air strike",
     "15 children"),
    # a participle clause of the attack's verb
    ("Jets bombed the market, leaving 20 people dead.", "bombed", "20 people"),
    # a bare count left dead
    ("The shelling left two dead.", "shelling", "two"),
    # a relative clause on the attack's noun: "which left ... dead"
    ("The bombing, which left 30 people dead, was claimed by the militants.", "bombing",
     "30 people"),
    # a relative clause "in which" those killed are its passive subject
    ("The attack, in which seven soldiers were killed, happened at dawn.", "attack",
     "seven soldiers"),
    # "left" with no toll names no one
    ("The raid left the town in ruins.", "raid", None),
    # a toll joined to a thing left in ruins
    ("An air strike left the hospital in ruins and 15 patients dead.", "air strike",
     "15 patients"),
    # "in which" those who died are its subject
    ("The ambush in which 11 soldiers died was blamed on the insurgents.", "ambush",
     "11 soldiers"),
    # an attacker who died in it is no one it was done to
    ("The explosion, in which the bomber died, shook the city.", "explosion", "the city"),
    ("A suicide bombing in which the bomber and 12 others died hit the market.",
     "suicide bombing", "12 others"),
]


@pytest.mark.parametrize(("text", "trigger", "words"), TOLLS)
def test_recipient_tolls_left_dead_are_the_recipient(some_events_in, text, trigger, words):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    if words is None:
        assert all(e.target is None for e in events), [e.target for e in events]
    else:
        assert any(e.target is not None and e.target.text == words for e in events), \
            [e.target for e in events]
