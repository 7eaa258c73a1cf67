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
    # a hole shot through a thing
    ("The prisoner shot a hole in the lock to get out.", "shot", False),
    ("Gunmen shot a guard at the gate of the prison.", "shot", True),
    ("Gunmen shot holes in the minibus carrying the pilgrims.", "shot", True),
    # a past act before a modal of the present is a particular act
    ("Soldiers who killed the unarmed villagers should be punished, the envoy said.", "killed",
     True),
    # one force doing what it will do is no kind of people a condition befalls
    ("Norland troops attacking the town will withdraw next week.", "attacking", True),
    # a gerund tied to the time of another act is the fight of that day
    ("Two soldiers died on Tuesday after fighting with rebels near Varna.", "fighting", True),
    # an interview is only where or when these acts were told or done
    ("The foreign minister agreed in an interview to resume talks with the agency.", "agreed",
     True),
    ("The president met the Vestian envoy after an interview with state television.", "met",
     True),
    ("Residents supported the journalists.", "supported", True),
]


# (sentence, the role's word): a standing role read on its own parse (the whole pipeline may
# not make an event of these at all)
ROLES = [
    ("Forces fighting the group were seen near the town.", "fighting"),
    ("The units played a lead role in fighting the militia.", "fighting"),
]


@pytest.mark.parametrize(("sentence", "word"), ROLES)
def test_realness_roles_standing_role_read(nlp, sentence, word):
    from types import SimpleNamespace

    from dateline.realness_roles import standing_role

    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert standing_role(tok, SimpleNamespace(event_type="ASSAULT"))
    assert not standing_role(tok, SimpleNamespace(event_type="CONSULT"))


@pytest.mark.parametrize(("sentence", "trigger", "kept"), CASES)
def test_realness_roles_forms(events_in_unfiltered, sentence, trigger, kept):
    events = events_in_unfiltered(LEAD + sentence)
    assert (trigger in [e.trigger for e in events]) == kept

