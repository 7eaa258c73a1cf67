"""Counts to date in the hundreds and ranked victims of a long toll (dateline.habits):
sentences written for the project, read as the second sentence of a short story."""

from __future__ import annotations

import pytest

LEAD = "Rebels shelled a checkpoint in Lomar on Tuesday. "

# (sentence, trigger, whether its event is kept)
CASES = [
    # a count to date in the hundreds is a running total, whatever the act
    ("More than 1,200 people have been arrested so far.", "arrested", False),
    ("Soldiers have detained 2,000 people in total.", "detained", False),
    ("Altogether 600 strikers have been detained.", "detained", False),
    # a few arrests to date are the story's own acts
    ("Police have so far arrested three suspects.", "arrested", True),
    ("Soldiers have detained 2,000 people in Varna on Monday.", "detained", True),
    # a victim ranked in a toll since a year or a long fight
    ("She was the sixth reporter killed in Norland since 2014.", "killed", False),
    ("He was the third volunteer killed in Norland since the war began.", "killed", False),
    ("He was the third volunteer killed in Norland on Monday.", "killed", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "kept"), CASES)
def test_realness13_totals(events_in_unfiltered, sentence, trigger, kept):
    events = events_in_unfiltered(LEAD + sentence)
    assert (trigger in [e.trigger for e in events]) == kept



@pytest.mark.parametrize("text, trigger", [
    # "altogether" of an act done whole, not of a count
    ("Rebels shelled a checkpoint in Lomar on Tuesday. The government has banned the opposition "
     "party altogether.", "banned"),
    # arrests in the hundreds on a day of their own are that day's news
    ("Rebels shelled a checkpoint in Lomar on Tuesday. Police have so far arrested 300 "
     "protesters in Lomar on Wednesday.", "arrested"),
])
def test_realness13_acts_done_whole_or_on_their_day_stay(events_in, text, trigger):
    assert [e for e in events_in(text) if e.trigger == trigger]
