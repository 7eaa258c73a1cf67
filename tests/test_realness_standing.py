"""Standing acts, descriptions of people, warnings against others' acts, refusals to speak
(dateline.realness_standing) and ground won or lost over a campaign (dateline.realness_totals):
sentences written for the project, read as the second sentence of a short story."""

from __future__ import annotations

import pytest

LEAD = "Police arrested three men in Lomar on Tuesday. "

# (sentence, trigger, whether its event is kept)
CASES = [
    # a habit or a state in the simple present
    ("They target schools and clinics in the valley.", "target", False),
    ("The air force bombs the villages along the river.", "bombs", False),
    ("About 2,000 Norland troops are stationed in the north.", "stationed", False),
    ("Norland troops are deployed along the border.", "deployed", False),
    ("His forces are guarding some 900 prisoners in the camp.", "guarding", False),
    ("It must end before more children are killed.", "killed", False),
    ("Strikers are beaten by guards in Varna.", "beaten", True),
    ("Two men are held for the killing of a driver.", "held", True),
    # an act of force told of particulars: a count, a named doer, a named place
    ("Two guards are shot near the gate.", "shot", True),
    ("Norland jets bomb the villages along the river.", "bomb", True),
    ("The air force bombs the depots in Varna.", "bombs", True),
    # acts under way, dated, or told in the past
    ("The air force is bombing the villages along the river.", "bombing", True),
    ("The air force bombed the villages along the river.", "bombed", True),
    ("Norland troops were deployed along the border on Monday.", "deployed", True),
    ("Vestia is massing troops near the border.", "massing", True),
    # a stance or deed of words that says who a kind of people are
    ("Those who refused to surrender were held in the camp.", "refused", False),
    ("Fighters who refused to leave were held in the camp.", "refused", False),
    ("Activists who have visited the prisons gathered documents.", "visited", False),
    ("The rebels, who refused to leave, were held in the camp.", "refused", True),
    ("Fighters who refused to leave on Monday were held in the camp.", "refused", True),
    # ground won or lost over a campaign, and one act of taking ground
    ("The group has been driven out of its territory.", "driven", False),
    ("The militants have been pushed out of almost all the land they once held.", "pushed",
     False),
    ("The army has recaptured most of the territory lost to the rebels.", "recaptured", False),
    ("The army has driven the rebels out of Raqqa.", "driven", True),
    ("The army has recaptured most of the town on Monday.", "recaptured", True),
    # warnings against another's act, and threats
    ("The general warned the rebels against an attack on the capital.", "warned", False),
    ("Norland warned Vestia against an assault on the port, saying it would respond.",
     "warned", True),
    ("The general threatened to shell the port.", "threatened", True),
    # refusals to speak, and refusals to act
    ("The minister declined to give details of the talks.", "declined", False),
    ("The rebels refused to leave the town.", "refused", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "kept"), CASES)
def test_realness_standing_forms(events_in_unfiltered, sentence, trigger, kept):
    events = events_in_unfiltered(LEAD + sentence)
    assert (trigger in [e.trigger for e in events]) == kept


def test_realness_standing_kept_in_a_one_sentence_text(events_in_unfiltered):
    assert "target" in [e.trigger for e in events_in_unfiltered(
        "They target schools and clinics in the valley.")]


def test_realness_standing_kept_in_a_story_lead(events_in_unfiltered):
    # a story's first sentence tells its news in the present
    assert "shoot" in [e.trigger for e in events_in_unfiltered(
        "Guards shoot the strikers at the mill gate. The strike began in May.")]
