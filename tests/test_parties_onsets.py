"""The sides of a fight whose "between" the parse hangs on the verb of its breaking out or going
on ("clashes erupted between …"): the first acts, the second is its counterpart; a time or a
place is no side (table-driven, one illustrative sentence per construction, written for the
project)."""

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
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), SIDES)
def test_parties_onsets_sides_of_the_fight(some_events_in, text, trigger, actor, recipient):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    shown = [(e.source and e.source.text, e.target and e.target.text) for e in events]
    assert (actor, recipient) in shown, shown
