"""The sides of a fight whose "between" the parse hangs on the verb of its breaking out or going
on ("clashes erupted between …"): the first acts, the second is its counterpart; a state or a
group named by its name is a side, a time or a place is none."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-02"

# (text, trigger, the actor's words, the recipient's words; None: none)
SIDES = [
    ("Clashes erupted between Kurdish fighters and the army on Monday.", "Clashes",
     "Kurdish fighters", "the army"),
    ("Fighting broke out between the militia and jihadists in the old city.", "Fighting",
     "the militia", "jihadists"),
    # one plural party that is both sides
    ("Clashes broke out between rival militias in the capital.", "Clashes", "rival militias",
     None),
    # talks going on again
    ("Talks resumed between the government and the opposition on Tuesday.", "Talks",
     "the government", "the opposition"),
    # a time is no side
    ("Clashes erupted between Monday and Wednesday.", "Clashes", None, None),
    # a place is no side
    ("Clashes erupted between the two villages on Monday.", "Clashes", None, None),
    # states and groups named by their names are sides
    ("Clashes erupted between Armenia and Azerbaijan on the border.", "Clashes", "Armenia",
     "Azerbaijan"),
    ("Clashes erupted between Israel and Hezbollah along the border.", "Clashes", "Israel",
     "Hezbollah"),
    ("Fighting intensified between Ukraine and Russia in the east.", "Fighting", "Ukraine",
     "Russia"),
    ("Talks resumed between Russia and Ukraine in Istanbul.", "Talks", "Russia", "Ukraine"),
    # a state's name of several words, with its article
    ("Clashes erupted between Armenia and the United Arab Emirates.", "Clashes", "Armenia",
     "the United Arab Emirates"),
    ("The talks between Iran and the United States ended without a deal.", "talks", "Iran",
     "the United States"),
    # a gerund the tagger makes a verb, subject of the verb of going on
    ("Fighting continued between the rebels and the army in the north on Monday.", "Fighting",
     "the rebels", "the army"),
    ("Fighting continued between Israeli forces and Hamas in Gaza.", "Fighting",
     "Israeli forces", "Hamas"),
    # "raged", whatever the tagger's lemma
    ("Fighting raged between the army and the rebels in the north.", "Fighting", "the army",
     "the rebels"),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), SIDES)
def test_parties_onsets_sides_of_the_fight(some_events_in, text, trigger, actor, recipient):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    shown = [(e.source and e.source.text, e.target and e.target.text) for e in events]
    assert (actor, recipient) in shown, shown
