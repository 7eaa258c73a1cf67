"""Standing roles, acts inside a condition (dateline.realness_roles), the terms
of an interview and a family's words (dateline.realness_interviews), and a hole shot through a
thing (a row of non_events.tsv): sentences written for the project, read as the second sentence
of a short story."""

from __future__ import annotations

import pytest

LEAD = "Police arrested three men in Lomar on Tuesday. "

# (sentence, trigger, whether its event is kept)
CASES = [
    # a standing role: a participle describing a party, a gerund a preposition names
    ("The Norland Front, fighting to topple the regime, said the envoy was alive.", "fighting",
     False),
    ("The Kurdish units played a lead role in fighting the militia.", "fighting", False),
    # a deed charged keeps its event
    ("A former soldier went on trial for fighting against the militia in Vestia.", "fighting",
     True),
    # a fight told as a clause of its own, tied to its day
    ("A soldier was killed by a roadside bomb while fighting the militia near Varna.",
     "fighting", True),
    ("The militia fighters were fighting troops near Varna.", "fighting", True),
    # an act only inside a condition
    ("Fighters who surrendered would be spared, the commander promised.", "surrendered", False),
    ("The fighters who surrendered on Sunday will be tried in Varna.", "surrendered", True),
    # the terms of an interview
    ("He has now agreed to speak to the Observer about his years in the camp.", "agreed",
     False),
    ("He asked the reporter to use a pseudonym.", "asked", False),
    ("Police asked the reporter to delete the photographs.", "asked", True),
    ("The rebels agreed to talk to the envoy.", "agreed", True),
    # a family's words with no one else named
    ("His wife apologised.", "apologised", False),
    # a hole shot through a thing
    ("The prisoner shot a hole in the lock to get out.", "shot", False),
    ("Gunmen shot a guard at the gate of the prison.", "shot", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "kept"), CASES)
def test_realness_roles_forms(events_in_unfiltered, sentence, trigger, kept):
    events = events_in_unfiltered(LEAD + sentence)
    assert (trigger in [e.trigger for e in events]) == kept

