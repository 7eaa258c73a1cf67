"""One happening told twice in a sentence (dateline.realness_restated): sentences written for
the project."""

from __future__ import annotations

import pytest

# (sentence, the type, how many events of it the sentence tells)
CASES = [
    ("Gunmen attacked a police post near the border on Monday, an assault that killed three "
     "officers.", "ASSAULT", 1),
    ("Troops detained nine students in the city on Friday; the arrests came after a day of "
     "marches.", "COERCE", 1),
    # two happenings: each with a day of its own
    ("Militants attacked a police post in Tarsin on Monday, and the attacks resumed on "
     "Thursday.", "ASSAULT", 2),
    # ... or a noun that counts others
    ("Soldiers detained 14 students in Varna on Friday; the arrests of 20 more followed on "
     "Sunday.", "COERCE", 2),
    # two happenings: an act on a convoy that fends off another's offensive
    ("Army units fired on a convoy of militiamen fending off the government's offensive.",
     "ASSAULT", 2),
]


@pytest.mark.parametrize(("text", "etype", "n"), CASES)
def test_realness_restated_one_event_per_happening(events_in, text, etype, n):
    assert sum(e.event_type == etype for e in events_in(text)) == n


def test_realness_restated_toll_goes_to_the_act(events_in):
    text = ("Gunmen attacked a police post near the border on Monday, an assault that killed "
            "three officers.")
    (event,) = [e for e in events_in(text) if e.event_type == "ASSAULT"]
    assert event.trigger == "attacked" and event.fatalities == 3
