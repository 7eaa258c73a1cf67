"""Habits and standing states told in the present (dateline.code.standing): one test for the
code stage and the real-event filter. Sentences written for the project, read as the second
sentence of a short story."""

from __future__ import annotations

import pytest

from dateline.code.standing import standing

LEAD = "Police arrested three men in Lomar on Tuesday. "

# (sentence, trigger, event type or None, the form, or None for an act)
CASES = [
    # held: a clause hung on another as what is so
    ("They fear a militia that kidnaps travellers.", "kidnaps", None, "held"),
    ("We know that the group fights from homes.", "fights", None, "held"),
    ("A ruler who starves and massacres his people must go.", "massacres", None, "held"),
    # kind: a present passive of a kind of people, asked with or without a type
    ("Women who refuse are beaten.", "beaten", None, "kind"),
    ("Prisoners are taken to a camp in the desert.", "taken", "COERCE", "kind"),
    # habit: force, coercion or a posture in the simple present
    ("They target schools and clinics in the valley.", "target", "ASSAULT", "habit"),
    ("The air force bombs the villages along the river.", "bombs", "ASSAULT", "habit"),
    ("Their troops are deployed along the border.", "deployed", "MOBILIZE", "habit"),
    ("About 2,000 Norland troops are stationed in the north.", "stationed", "MOBILIZE",
     "habit"),
    # duty: a force's keeping in the present progressive
    ("His forces are guarding some 900 prisoners in the camp.", "guarding", "MOBILIZE", "duty"),
    ("The rebels shelled the bridge the soldiers were guarding.", "guarding", "MOBILIZE",
     "duty"),
    ("Gunmen shot the soldiers who were guarding the gate.", "guarding", "MOBILIZE", "duty"),
    ("Soldiers were guarding the bridge when the rebels attacked.", "guarding", "MOBILIZE",
     None),
    ("Police were patrolling the market on Friday.", "patrolling", "MOBILIZE", None),
    ("Troops were moving toward the border.", "moving", "MOBILIZE", None),
    # acts: particulars, a time, an adverb of habit, a saying, the progressive, the past
    ("Strikers are beaten by guards in Varna.", "beaten", "ASSAULT", None),
    ("Two men are held for the killing of a driver.", "held", "COERCE", None),
    ("Norland jets bomb the villages along the river.", "bomb", "ASSAULT", None),
    ("The air force bombs the depots in Varna.", "bombs", "ASSAULT", None),
    ("The air force bombs the villages on Tuesday.", "bombs", "ASSAULT", None),
    ("The air force is bombing the villages along the river.", "bombing", "ASSAULT", None),
    ("The air force bombed the villages along the river.", "bombed", "ASSAULT", None),
    ("The minister denies that the army holds the prisoners.", "denies", None, None),
    ("Homes are being burnt in the north.", "burnt", "ASSAULT", None),
    ("Strikers are beaten in Varna.", "beaten", None, None),
    # a type the habit form does not read: a stance in a main clause is the speaker's now
    ("The minister rejects the plan.", "rejects", "REJECT", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "event_type", "form"), CASES)
def test_habit_standing_forms(nlp, sentence, trigger, event_type, form):
    doc = nlp(LEAD + sentence)
    tok = next(t for t in doc if t.text == trigger and t.i > 9)
    assert standing(tok, event_type) == form


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Norland jets bomb villages.", "bomb"),
    ("Women who refuse are beaten.", "beaten"),
])
def test_habit_standing_lead_tells_news(nlp, sentence, trigger):
    """A story's first sentence (its headline or lead) tells its news in the present."""
    tok = next(t for t in nlp(sentence) if t.text == trigger)
    assert standing(tok, "ASSAULT") is None
