"""Habits in the past are no events: an act done as a rule ("regularly", "routinely", "often"),
told in the simple past, the past passive or a gerund, with no time of its own besides a part
of the day, is a habit, no act at a time, whether told as done or laid at a party's door; the
same act told at a time, and a stance kept ("always denied"), stay. Each text (a story of two
sentences, where a record is background) is written for these tests."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"
LEAD = "The mill workers went on strike on Monday. "

#: (text, trigger, event type or None for no event of the trigger)
CASES = [
    (LEAD + "A worker said the guards regularly beat them.", "beat", None),
    (LEAD + "A worker said the guards often detained those who spoke up.", "detained", None),
    (LEAD + "Residents said the troops often raided homes at night.", "raided", None),
    (LEAD + "Strikers were routinely beaten by the guards, the union said.", "beaten", None),
    # told at a time, the act stays
    (LEAD + "Guards repeatedly beat the union leader on Tuesday, his lawyer said.", "beat",
     "ASSAULT"),
    (LEAD + "Police detained two strikers in the capital on Friday.", "detained", "COERCE"),
    # a stance kept is how one stood, no habit of acts
    (LEAD + "The owner has always denied the claims.", "denied", "REJECT"),
]


@pytest.mark.parametrize("text, trigger, etype", CASES)
def test_realness_habits_done_as_a_rule_go(events_in_unfiltered, text, trigger, etype):
    found = [(e.event_type, e.status) for e in events_in_unfiltered(text, PUBDATE)
             if e.trigger.lower() == trigger]
    assert found == ([] if etype is None else [(etype, "actual")]), found
